# Generated from ui/bailiff_record_sent_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_BailiffRecordSentDialog(object):
    def setupUi(self, BailiffRecordSentDialog):
        if not BailiffRecordSentDialog.objectName():
            BailiffRecordSentDialog.setObjectName(u"BailiffRecordSentDialog")
        BailiffRecordSentDialog.resize(520, 300)
        BailiffRecordSentDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BailiffRecordSentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.srLabel = QLabel(BailiffRecordSentDialog)
        self.srLabel.setObjectName(u"srLabel")
        self.srLabel.setWordWrap(True)
        self.srLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.srLabel)

        self.captionSpacer = QSpacerItem(0, 7, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.captionSpacer)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.proceedDateLabel = QLabel(BailiffRecordSentDialog)
        self.proceedDateLabel.setObjectName(u"proceedDateLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.proceedDateLabel)

        self.proceedDateEdit = OptionalDateEdit(BailiffRecordSentDialog)
        self.proceedDateEdit.setObjectName(u"proceedDateEdit")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.proceedDateEdit)

        self.proceedDateError = QLabel(BailiffRecordSentDialog)
        self.proceedDateError.setObjectName(u"proceedDateError")
        self.proceedDateError.setStyleSheet(u"color: #b00020;")
        self.proceedDateError.setWordWrap(True)
        self.proceedDateError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.proceedDateError)

        self.issueDateLabel = QLabel(BailiffRecordSentDialog)
        self.issueDateLabel.setObjectName(u"issueDateLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issueDateLabel)

        self.issueDateEdit = OptionalDateEdit(BailiffRecordSentDialog)
        self.issueDateEdit.setObjectName(u"issueDateEdit")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issueDateEdit)

        self.issueDateError = QLabel(BailiffRecordSentDialog)
        self.issueDateError.setObjectName(u"issueDateError")
        self.issueDateError.setStyleSheet(u"color: #b00020;")
        self.issueDateError.setWordWrap(True)
        self.issueDateError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issueDateError)

        self.companyLabel = QLabel(BailiffRecordSentDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(BailiffRecordSentDialog)
        self.companyEdit.setObjectName(u"companyEdit")
        self.companyEdit.setMaxLength(200)

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.companyError = QLabel(BailiffRecordSentDialog)
        self.companyError.setObjectName(u"companyError")
        self.companyError.setStyleSheet(u"color: #b00020;")
        self.companyError.setWordWrap(True)
        self.companyError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.companyError)


        self.mainLayout.addLayout(self.fieldsForm)

        self.generalError = QLabel(BailiffRecordSentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(BailiffRecordSentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(4, 1)
        self.proceedDateLabel.setBuddy(self.proceedDateEdit)
        self.proceedDateError.setBuddy(self.proceedDateEdit)
        self.issueDateLabel.setBuddy(self.issueDateEdit)
        self.issueDateError.setBuddy(self.issueDateEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.companyError.setBuddy(self.companyEdit)
        QWidget.setTabOrder(self.proceedDateEdit, self.issueDateEdit)
        QWidget.setTabOrder(self.issueDateEdit, self.companyEdit)
        QWidget.setTabOrder(self.companyEdit, self.buttonBox)

        self.retranslateUi(BailiffRecordSentDialog)

        QMetaObject.connectSlotsByName(BailiffRecordSentDialog)
    # setupUi

    def retranslateUi(self, BailiffRecordSentDialog):
        BailiffRecordSentDialog.setWindowTitle(QCoreApplication.translate("BailiffRecordSentDialog", u"Record sent to bailiff", None))
        self.srLabel.setText("")
        self.proceedDateLabel.setText(QCoreApplication.translate("BailiffRecordSentDialog", u"Bailiff &proceed date:", None))
        self.proceedDateEdit.setAccessibleName(QCoreApplication.translate("BailiffRecordSentDialog", u"Bailiff proceed date", None))
        self.proceedDateError.setText("")
        self.issueDateLabel.setText(QCoreApplication.translate("BailiffRecordSentDialog", u"Bailiff &issue date:", None))
        self.issueDateEdit.setAccessibleName(QCoreApplication.translate("BailiffRecordSentDialog", u"Bailiff issue date", None))
        self.issueDateError.setText("")
        self.companyLabel.setText(QCoreApplication.translate("BailiffRecordSentDialog", u"Bailiff &company:", None))
        self.companyEdit.setAccessibleName(QCoreApplication.translate("BailiffRecordSentDialog", u"Bailiff company", None))
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("BailiffRecordSentDialog", u"The enforcement agents the SPOC sent the pack to", None))
        self.companyError.setText("")
        self.generalError.setText("")
    # retranslateUi

