# Generated from ui/bailiff_close_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QButtonGroup, QDialogButtonBox, QFormLayout, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BailiffCloseDialog(object):
    def setupUi(self, BailiffCloseDialog):
        if not BailiffCloseDialog.objectName():
            BailiffCloseDialog.setObjectName(u"BailiffCloseDialog")
        BailiffCloseDialog.resize(520, 240)
        BailiffCloseDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BailiffCloseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.srLabel = QLabel(BailiffCloseDialog)
        self.srLabel.setObjectName(u"srLabel")
        self.srLabel.setWordWrap(True)
        self.srLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.srLabel)

        self.captionSpacer = QSpacerItem(0, 7, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.captionSpacer)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.costsAppliedLabel = QLabel(BailiffCloseDialog)
        self.costsAppliedLabel.setObjectName(u"costsAppliedLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.costsAppliedLabel)

        self.costsAppliedBox = QWidget(BailiffCloseDialog)
        self.costsAppliedBox.setObjectName(u"costsAppliedBox")
        self.costsAppliedLayout = QVBoxLayout(self.costsAppliedBox)
        self.costsAppliedLayout.setObjectName(u"costsAppliedLayout")
        self.costsAppliedLayout.setContentsMargins(0, 0, 0, 0)
        self.appliedRadio = QRadioButton(self.costsAppliedBox)
        self.costsGroup = QButtonGroup(BailiffCloseDialog)
        self.costsGroup.setObjectName(u"costsGroup")
        self.costsGroup.addButton(self.appliedRadio)
        self.appliedRadio.setObjectName(u"appliedRadio")

        self.costsAppliedLayout.addWidget(self.appliedRadio)

        self.notAppliedRadio = QRadioButton(self.costsAppliedBox)
        self.costsGroup.addButton(self.notAppliedRadio)
        self.notAppliedRadio.setObjectName(u"notAppliedRadio")

        self.costsAppliedLayout.addWidget(self.notAppliedRadio)


        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.costsAppliedBox)

        self.costsAppliedError = QLabel(BailiffCloseDialog)
        self.costsAppliedError.setObjectName(u"costsAppliedError")
        self.costsAppliedError.setStyleSheet(u"color: #b00020;")
        self.costsAppliedError.setWordWrap(True)
        self.costsAppliedError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.costsAppliedError)


        self.mainLayout.addLayout(self.fieldsForm)

        self.generalError = QLabel(BailiffCloseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(BailiffCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(4, 1)
        self.costsAppliedLabel.setBuddy(self.costsAppliedBox)
        self.costsAppliedError.setBuddy(self.costsAppliedBox)
        QWidget.setTabOrder(self.appliedRadio, self.notAppliedRadio)
        QWidget.setTabOrder(self.notAppliedRadio, self.buttonBox)

        self.retranslateUi(BailiffCloseDialog)

        QMetaObject.connectSlotsByName(BailiffCloseDialog)
    # setupUi

    def retranslateUi(self, BailiffCloseDialog):
        BailiffCloseDialog.setWindowTitle(QCoreApplication.translate("BailiffCloseDialog", u"Close Bailiff SR", None))
        self.srLabel.setText("")
        self.costsAppliedLabel.setText(QCoreApplication.translate("BailiffCloseDialog", u"Cost applied:", None))
        self.costsAppliedBox.setAccessibleName(QCoreApplication.translate("BailiffCloseDialog", u"Costs applied", None))
        self.appliedRadio.setToolTip(QCoreApplication.translate("BailiffCloseDialog", u"Costs to recover from the paying parent", None))
        self.appliedRadio.setWhatsThis(QCoreApplication.translate("BailiffCloseDialog", u"Applied: costs of the bailiff action are to be recovered from the paying parent; follow the Apply Costs procedure (Bailiff procedure, step 29).", None))
        self.appliedRadio.setText(QCoreApplication.translate("BailiffCloseDialog", u"Costs &applied", None))
        self.notAppliedRadio.setToolTip(QCoreApplication.translate("BailiffCloseDialog", u"No costs to recover", None))
        self.notAppliedRadio.setWhatsThis(QCoreApplication.translate("BailiffCloseDialog", u"Not applied: no costs are recovered for this bailiff action (Bailiff procedure, step 29).", None))
        self.notAppliedRadio.setText(QCoreApplication.translate("BailiffCloseDialog", u"Costs &not applied", None))
        self.costsAppliedError.setText("")
        self.generalError.setText("")
    # retranslateUi

