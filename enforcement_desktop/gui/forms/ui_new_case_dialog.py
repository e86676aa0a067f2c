# Generated from ui/new_case_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.resize(880, 470)
        NewCaseDialog.setModal(True)
        self.mainLayout = QVBoxLayout(NewCaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.payingParentLabel = QLabel(NewCaseDialog)
        self.payingParentLabel.setObjectName(u"payingParentLabel")
        self.payingParentLabel.setWordWrap(True)
        self.payingParentLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.payingParentLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.caseGroup = QGroupBox(NewCaseDialog)
        self.caseGroup.setObjectName(u"caseGroup")
        self.caseForm = QFormLayout(self.caseGroup)
        self.caseForm.setObjectName(u"caseForm")
        self.caseForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.caseForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.caseForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.caseForm.setVerticalSpacing(4)
        self.schemeLabel = QLabel(self.caseGroup)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(self.caseGroup)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.schemeError = QLabel(self.caseGroup)
        self.schemeError.setObjectName(u"schemeError")
        self.schemeError.setStyleSheet(u"color: #b00020;")
        self.schemeError.setWordWrap(True)
        self.schemeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schemeError)

        self.regionLabel = QLabel(self.caseGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(self.caseGroup)
        self.regionCombo.setObjectName(u"regionCombo")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.regionError = QLabel(self.caseGroup)
        self.regionError.setObjectName(u"regionError")
        self.regionError.setStyleSheet(u"color: #b00020;")
        self.regionError.setWordWrap(True)
        self.regionError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regionError)

        self.owningTeamLabel = QLabel(self.caseGroup)
        self.owningTeamLabel.setObjectName(u"owningTeamLabel")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owningTeamLabel)

        self.owningTeamCombo = QComboBox(self.caseGroup)
        self.owningTeamCombo.setObjectName(u"owningTeamCombo")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owningTeamCombo)

        self.owningTeamError = QLabel(self.caseGroup)
        self.owningTeamError.setObjectName(u"owningTeamError")
        self.owningTeamError.setStyleSheet(u"color: #b00020;")
        self.owningTeamError.setWordWrap(True)
        self.owningTeamError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.owningTeamError)

        self.arrearsLabel = QLabel(self.caseGroup)
        self.arrearsLabel.setObjectName(u"arrearsLabel")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.arrearsLabel)

        self.arrearsEdit = MoneyEdit(self.caseGroup)
        self.arrearsEdit.setObjectName(u"arrearsEdit")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.arrearsEdit)

        self.arrearsBalanceError = QLabel(self.caseGroup)
        self.arrearsBalanceError.setObjectName(u"arrearsBalanceError")
        self.arrearsBalanceError.setStyleSheet(u"color: #b00020;")
        self.arrearsBalanceError.setWordWrap(True)
        self.arrearsBalanceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.arrearsBalanceError)

        self.caseManagerLabel = QLabel(self.caseGroup)
        self.caseManagerLabel.setObjectName(u"caseManagerLabel")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.caseManagerLabel)

        self.caseManagerEdit = QLineEdit(self.caseGroup)
        self.caseManagerEdit.setObjectName(u"caseManagerEdit")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.caseManagerEdit)

        self.caseManagerError = QLabel(self.caseGroup)
        self.caseManagerError.setObjectName(u"caseManagerError")
        self.caseManagerError.setStyleSheet(u"color: #b00020;")
        self.caseManagerError.setWordWrap(True)
        self.caseManagerError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.caseManagerError)

        self.teamLabel = QLabel(self.caseGroup)
        self.teamLabel.setObjectName(u"teamLabel")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamEdit = QLineEdit(self.caseGroup)
        self.teamEdit.setObjectName(u"teamEdit")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.teamError = QLabel(self.caseGroup)
        self.teamError.setObjectName(u"teamError")
        self.teamError.setStyleSheet(u"color: #b00020;")
        self.teamError.setWordWrap(True)
        self.teamError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.teamError)


        self.columnsLayout.addWidget(self.caseGroup)

        self.receivingGroup = QGroupBox(NewCaseDialog)
        self.receivingGroup.setObjectName(u"receivingGroup")
        self.receivingGrid = QGridLayout(self.receivingGroup)
        self.receivingGrid.setObjectName(u"receivingGrid")
        self.findLabel = QLabel(self.receivingGroup)
        self.findLabel.setObjectName(u"findLabel")

        self.receivingGrid.addWidget(self.findLabel, 0, 0, 1, 2)

        self.findEdit = QLineEdit(self.receivingGroup)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.receivingGrid.addWidget(self.findEdit, 1, 0, 1, 1)

        self.searchButton = QPushButton(self.receivingGroup)
        self.searchButton.setObjectName(u"searchButton")

        self.receivingGrid.addWidget(self.searchButton, 1, 1, 1, 1)

        self.resultsList = QListWidget(self.receivingGroup)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMinimumSize(QSize(0, 96))
        self.resultsList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.resultsList.setMaximumSize(QSize(16777215, 96))

        self.receivingGrid.addWidget(self.resultsList, 2, 0, 1, 1)

        self.resultButtons = QVBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.addButton = QPushButton(self.receivingGroup)
        self.addButton.setObjectName(u"addButton")

        self.resultButtons.addWidget(self.addButton)

        self.resultSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultButtons.addItem(self.resultSpacer)


        self.receivingGrid.addLayout(self.resultButtons, 2, 1, 1, 1)

        self.findStatusLabel = QLabel(self.receivingGroup)
        self.findStatusLabel.setObjectName(u"findStatusLabel")
        self.findStatusLabel.setWordWrap(True)

        self.receivingGrid.addWidget(self.findStatusLabel, 3, 0, 1, 2)

        self.chosenLabel = QLabel(self.receivingGroup)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.receivingGrid.addWidget(self.chosenLabel, 4, 0, 1, 2)

        self.chosenList = QListWidget(self.receivingGroup)
        self.chosenList.setObjectName(u"chosenList")
        self.chosenList.setMinimumSize(QSize(0, 60))
        self.chosenList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.chosenList.setMaximumSize(QSize(16777215, 76))

        self.receivingGrid.addWidget(self.chosenList, 5, 0, 1, 1)

        self.chosenButtons = QVBoxLayout()
        self.chosenButtons.setObjectName(u"chosenButtons")
        self.removeButton = QPushButton(self.receivingGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.chosenButtons.addWidget(self.removeButton)

        self.chosenSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chosenButtons.addItem(self.chosenSpacer)


        self.receivingGrid.addLayout(self.chosenButtons, 5, 1, 1, 1)

        self.receivingParentError = QLabel(self.receivingGroup)
        self.receivingParentError.setObjectName(u"receivingParentError")
        self.receivingParentError.setStyleSheet(u"color: #b00020;")
        self.receivingParentError.setWordWrap(True)
        self.receivingParentError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.receivingGrid.addWidget(self.receivingParentError, 6, 0, 1, 2)

        self.newReceivingLayout = QHBoxLayout()
        self.newReceivingLayout.setObjectName(u"newReceivingLayout")
        self.newReceivingButton = QPushButton(self.receivingGroup)
        self.newReceivingButton.setObjectName(u"newReceivingButton")

        self.newReceivingLayout.addWidget(self.newReceivingButton)

        self.newReceivingSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newReceivingLayout.addItem(self.newReceivingSpacer)


        self.receivingGrid.addLayout(self.newReceivingLayout, 7, 0, 1, 2)


        self.columnsLayout.addWidget(self.receivingGroup)


        self.mainLayout.addLayout(self.columnsLayout)

        self.generalError = QLabel(NewCaseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(NewCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.schemeLabel.setBuddy(self.schemeCombo)
        self.schemeError.setBuddy(self.schemeCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.regionError.setBuddy(self.regionCombo)
        self.owningTeamLabel.setBuddy(self.owningTeamCombo)
        self.owningTeamError.setBuddy(self.owningTeamCombo)
        self.arrearsLabel.setBuddy(self.arrearsEdit)
        self.arrearsBalanceError.setBuddy(self.arrearsEdit)
        self.caseManagerLabel.setBuddy(self.caseManagerEdit)
        self.caseManagerError.setBuddy(self.caseManagerEdit)
        self.teamLabel.setBuddy(self.teamEdit)
        self.teamError.setBuddy(self.teamEdit)
        self.findLabel.setBuddy(self.findEdit)
        self.chosenLabel.setBuddy(self.chosenList)
        self.receivingParentError.setBuddy(self.chosenList)
        QWidget.setTabOrder(self.schemeCombo, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.owningTeamCombo)
        QWidget.setTabOrder(self.owningTeamCombo, self.arrearsEdit)
        QWidget.setTabOrder(self.arrearsEdit, self.caseManagerEdit)
        QWidget.setTabOrder(self.caseManagerEdit, self.teamEdit)
        QWidget.setTabOrder(self.teamEdit, self.findEdit)
        QWidget.setTabOrder(self.findEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.chosenList)
        QWidget.setTabOrder(self.chosenList, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.newReceivingButton)
        QWidget.setTabOrder(self.newReceivingButton, self.buttonBox)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.payingParentLabel.setText("")
        self.caseGroup.setTitle(QCoreApplication.translate("NewCaseDialog", u"Case", None))
        self.schemeLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Sc&heme:", None))
        self.schemeCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"CMS 2012 or legacy CSA", None))
        self.schemeCombo.setWhatsThis(QCoreApplication.translate("NewCaseDialog", u"The scheme the case is on: CMS 2012, or legacy CSA for a case still on the old system. Legacy CSA liability orders are collected after the CMS ones on a bailiff referral (Bailiff procedure, step 10).", None))
        self.schemeCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Scheme", None))
        self.schemeError.setText("")
        self.regionLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Region:", None))
        self.regionCombo.setWhatsThis(QCoreApplication.translate("NewCaseDialog", u"The CMS region that owns the case. The bailiff pack's zip is named SCIN + region (e.g. 123456789012Midlands.zip; Bailiff procedure, step 12); team leaders keep the list of regions.", None))
        self.regionCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Region", None))
        self.regionCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"The region names the bailiff pack (SCIN + region); team leaders keep the list", None))
        self.regionError.setText("")
        self.owningTeamLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Owning team:", None))
        self.owningTeamCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"Maintenance or enforcement", None))
        self.owningTeamCombo.setWhatsThis(QCoreApplication.translate("NewCaseDialog", u"Which team works the case now. A case moves from maintenance to enforcement when a team leader approves a Liability Order referral (Arrears \u2013 Consider Action).", None))
        self.owningTeamCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Owning team", None))
        self.owningTeamError.setText("")
        self.arrearsLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Arrears &balance:", None))
        self.arrearsEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Arrears balance in pounds", None))
        self.arrearsBalanceError.setText("")
        self.caseManagerLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Case &manager:", None))
        self.caseManagerEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Case manager", None))
        self.caseManagerEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Optional", None))
        self.caseManagerError.setText("")
        self.teamLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Team:", None))
        self.teamEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Team", None))
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Optional, e.g. Enforcement Team 7", None))
        self.teamError.setText("")
        self.receivingGroup.setTitle(QCoreApplication.translate("NewCaseDialog", u"Receiving parent(s) (parent with care)", None))
        self.findLabel.setText(QCoreApplication.translate("NewCaseDialog", u"F&ind by SCIN or name:", None))
        self.findEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Find a receiving parent by SCIN or name", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"SCIN or name, then Enter", None))
        self.searchButton.setText(QCoreApplication.translate("NewCaseDialog", u"&Search", None))
        self.searchButton.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Search for receiving parents", None))
        self.resultsList.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Receiving parents found", None))
        self.resultsList.setAccessibleDescription(QCoreApplication.translate("NewCaseDialog", u"Enter or double-click adds the receiving parent to the case", None))
        self.addButton.setText(QCoreApplication.translate("NewCaseDialog", u"&Add to case", None))
        self.addButton.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Add the receiving parent found to the case", None))
        self.findStatusLabel.setText("")
        self.chosenLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Recei&ving parents on the case:", None))
        self.chosenList.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Receiving parents on the new case", None))
        self.removeButton.setText(QCoreApplication.translate("NewCaseDialog", u"Remov&e", None))
        self.removeButton.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Remove the receiving parent from the case", None))
        self.receivingParentError.setText("")
        self.newReceivingButton.setText(QCoreApplication.translate("NewCaseDialog", u"&New receiving parent\u2026", None))
        self.newReceivingButton.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Record a new receiving parent and add them to the case", None))
        self.generalError.setText("")
    # retranslateUi

