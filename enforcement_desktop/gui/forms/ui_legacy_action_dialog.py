# Generated from ui/legacy_action_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_LegacyActionDialog(object):
    def setupUi(self, LegacyActionDialog):
        if not LegacyActionDialog.objectName():
            LegacyActionDialog.setObjectName(u"LegacyActionDialog")
        LegacyActionDialog.resize(480, 320)
        LegacyActionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(LegacyActionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.orderLabel = QLabel(LegacyActionDialog)
        self.orderLabel.setObjectName(u"orderLabel")
        self.orderLabel.setWordWrap(True)
        self.orderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.orderLabel)

        self.actionForm = QFormLayout()
        self.actionForm.setObjectName(u"actionForm")
        self.actionForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(LegacyActionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(LegacyActionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(LegacyActionDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setStyleSheet(u"color: #b00020;")
        self.kindError.setWordWrap(True)
        self.kindError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.actionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.startedOnLabel = QLabel(LegacyActionDialog)
        self.startedOnLabel.setObjectName(u"startedOnLabel")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startedOnLabel)

        self.startedOnEdit = OptionalDateEdit(LegacyActionDialog)
        self.startedOnEdit.setObjectName(u"startedOnEdit")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startedOnEdit)

        self.startedOnError = QLabel(LegacyActionDialog)
        self.startedOnError.setObjectName(u"startedOnError")
        self.startedOnError.setStyleSheet(u"color: #b00020;")
        self.startedOnError.setWordWrap(True)
        self.startedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.actionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startedOnError)

        self.endedOnLabel = QLabel(LegacyActionDialog)
        self.endedOnLabel.setObjectName(u"endedOnLabel")

        self.actionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endedOnLabel)

        self.endedOnEdit = OptionalDateEdit(LegacyActionDialog)
        self.endedOnEdit.setObjectName(u"endedOnEdit")

        self.actionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endedOnEdit)

        self.endedOnError = QLabel(LegacyActionDialog)
        self.endedOnError.setObjectName(u"endedOnError")
        self.endedOnError.setStyleSheet(u"color: #b00020;")
        self.endedOnError.setWordWrap(True)
        self.endedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.actionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endedOnError)

        self.detailsLabel = QLabel(LegacyActionDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.actionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsEdit = QLineEdit(LegacyActionDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")

        self.actionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.detailsEdit)

        self.detailsError = QLabel(LegacyActionDialog)
        self.detailsError.setObjectName(u"detailsError")
        self.detailsError.setStyleSheet(u"color: #b00020;")
        self.detailsError.setWordWrap(True)
        self.detailsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.actionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.detailsError)


        self.mainLayout.addLayout(self.actionForm)

        self.generalError = QLabel(LegacyActionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.verticalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(LegacyActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.kindLabel.setBuddy(self.kindCombo)
        self.kindError.setBuddy(self.kindCombo)
        self.startedOnLabel.setBuddy(self.startedOnEdit)
        self.startedOnError.setBuddy(self.startedOnEdit)
        self.endedOnLabel.setBuddy(self.endedOnEdit)
        self.endedOnError.setBuddy(self.endedOnEdit)
        self.detailsLabel.setBuddy(self.detailsEdit)
        self.detailsError.setBuddy(self.detailsEdit)
        self.generalError.setBuddy(self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.startedOnEdit)
        QWidget.setTabOrder(self.startedOnEdit, self.endedOnEdit)
        QWidget.setTabOrder(self.endedOnEdit, self.detailsEdit)
        QWidget.setTabOrder(self.detailsEdit, self.buttonBox)

        self.retranslateUi(LegacyActionDialog)

        QMetaObject.connectSlotsByName(LegacyActionDialog)
    # setupUi

    def retranslateUi(self, LegacyActionDialog):
        LegacyActionDialog.setWindowTitle(QCoreApplication.translate("LegacyActionDialog", u"Record legacy action", None))
        self.orderLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("LegacyActionDialog", u"&Action:", None))
        self.kindCombo.setAccessibleName(QCoreApplication.translate("LegacyActionDialog", u"Kind of legacy action", None))
        self.kindCombo.setWhatsThis(QCoreApplication.translate("LegacyActionDialog", u"The enforcement the CSA systems started against this liability order: a bailiff (distress), an EJO (enforcement of judgment order) or a DCA (debt collection agency). Recorded so the case can be managed between the systems (Enforcement/Liability Order Actions \u2013 Check CSA, step 6).", None))
        self.kindError.setText("")
        self.startedOnLabel.setText(QCoreApplication.translate("LegacyActionDialog", u"&Started on:", None))
        self.startedOnEdit.setAccessibleName(QCoreApplication.translate("LegacyActionDialog", u"Date the action started", None))
        self.startedOnError.setText("")
        self.endedOnLabel.setText(QCoreApplication.translate("LegacyActionDialog", u"&Ended on:", None))
        self.endedOnEdit.setAccessibleName(QCoreApplication.translate("LegacyActionDialog", u"Date the action ended, if it has", None))
        self.endedOnError.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("LegacyActionDialog", u"&Details:", None))
        self.detailsEdit.setAccessibleName(QCoreApplication.translate("LegacyActionDialog", u"Details of the action", None))
        self.detailsEdit.setPlaceholderText(QCoreApplication.translate("LegacyActionDialog", u"Optional: who acts, references, what happened", None))
        self.detailsError.setText("")
        self.generalError.setText("")
    # retranslateUi

