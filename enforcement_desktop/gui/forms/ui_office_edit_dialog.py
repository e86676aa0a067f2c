# Generated from ui/office_edit_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OfficeEditDialog(object):
    def setupUi(self, OfficeEditDialog):
        if not OfficeEditDialog.objectName():
            OfficeEditDialog.setObjectName(u"OfficeEditDialog")
        OfficeEditDialog.resize(480, 400)
        OfficeEditDialog.setModal(True)
        self.mainLayout = QVBoxLayout(OfficeEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(OfficeEditDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.introLabel)

        self.officeForm = QFormLayout()
        self.officeForm.setObjectName(u"officeForm")
        self.officeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.officeForm.setVerticalSpacing(4)
        self.nameLabel = QLabel(OfficeEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OfficeEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(OfficeEditDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #b00020;")
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.addressLinesLabel = QLabel(OfficeEditDialog)
        self.addressLinesLabel.setObjectName(u"addressLinesLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLinesLabel)

        self.addressLinesEdit = QPlainTextEdit(OfficeEditDialog)
        self.addressLinesEdit.setObjectName(u"addressLinesEdit")
        self.addressLinesEdit.setTabChangesFocus(True)
        self.addressLinesEdit.setMaximumSize(QSize(16777215, 110))

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressLinesEdit)

        self.addressLinesError = QLabel(OfficeEditDialog)
        self.addressLinesError.setObjectName(u"addressLinesError")
        self.addressLinesError.setStyleSheet(u"color: #b00020;")
        self.addressLinesError.setWordWrap(True)
        self.addressLinesError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressLinesError)

        self.postcodeLabel = QLabel(OfficeEditDialog)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(OfficeEditDialog)
        self.postcodeEdit.setObjectName(u"postcodeEdit")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.postcodeError = QLabel(OfficeEditDialog)
        self.postcodeError.setObjectName(u"postcodeError")
        self.postcodeError.setStyleSheet(u"color: #b00020;")
        self.postcodeError.setWordWrap(True)
        self.postcodeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.officeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postcodeError)

        self.phoneLabel = QLabel(OfficeEditDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(OfficeEditDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(OfficeEditDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b00020;")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.officeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.openingHoursLabel = QLabel(OfficeEditDialog)
        self.openingHoursLabel.setObjectName(u"openingHoursLabel")

        self.officeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.openingHoursLabel)

        self.openingHoursEdit = QLineEdit(OfficeEditDialog)
        self.openingHoursEdit.setObjectName(u"openingHoursEdit")

        self.officeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.openingHoursEdit)

        self.openingHoursError = QLabel(OfficeEditDialog)
        self.openingHoursError.setObjectName(u"openingHoursError")
        self.openingHoursError.setStyleSheet(u"color: #b00020;")
        self.openingHoursError.setWordWrap(True)
        self.openingHoursError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.officeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.openingHoursError)


        self.mainLayout.addLayout(self.officeForm)

        self.generalError = QLabel(OfficeEditDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(OfficeEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.nameLabel.setBuddy(self.nameEdit)
        self.nameError.setBuddy(self.nameEdit)
        self.addressLinesLabel.setBuddy(self.addressLinesEdit)
        self.addressLinesError.setBuddy(self.addressLinesEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.postcodeError.setBuddy(self.postcodeEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.phoneError.setBuddy(self.phoneEdit)
        self.openingHoursLabel.setBuddy(self.openingHoursEdit)
        self.openingHoursError.setBuddy(self.openingHoursEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressLinesEdit)
        QWidget.setTabOrder(self.addressLinesEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.openingHoursEdit)
        QWidget.setTabOrder(self.openingHoursEdit, self.buttonBox)

        self.retranslateUi(OfficeEditDialog)

        QMetaObject.connectSlotsByName(OfficeEditDialog)
    # setupUi

    def retranslateUi(self, OfficeEditDialog):
        OfficeEditDialog.setWindowTitle(QCoreApplication.translate("OfficeEditDialog", u"Office", None))
        self.introLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("OfficeEditDialog", u"&Name:", None))
        self.nameEdit.setAccessibleName(QCoreApplication.translate("OfficeEditDialog", u"Office name", None))
        self.nameEdit.setToolTip(QCoreApplication.translate("OfficeEditDialog", u"The office's name as users know it (e.g. CMS Enforcement Testbury)", None))
        self.nameError.setText("")
        self.addressLinesLabel.setText(QCoreApplication.translate("OfficeEditDialog", u"&Address:", None))
        self.addressLinesEdit.setAccessibleName(QCoreApplication.translate("OfficeEditDialog", u"Address", None))
        self.addressLinesEdit.setToolTip(QCoreApplication.translate("OfficeEditDialog", u"The office's postal address, one line per line, without the postcode: letters ask clients to write here", None))
        self.addressLinesError.setText("")
        self.postcodeLabel.setText(QCoreApplication.translate("OfficeEditDialog", u"Post&code:", None))
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("OfficeEditDialog", u"Postcode", None))
        self.postcodeEdit.setToolTip(QCoreApplication.translate("OfficeEditDialog", u"The office's postcode, printed after the address", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("OfficeEditDialog", u"e.g. TE1 1ST", None))
        self.postcodeError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("OfficeEditDialog", u"&Phone:", None))
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("OfficeEditDialog", u"Phone", None))
        self.phoneEdit.setToolTip(QCoreApplication.translate("OfficeEditDialog", u"The office's UK telephone number, printed on letters for clients to call", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("OfficeEditDialog", u"e.g. 0800 171 2345", None))
        self.phoneError.setText("")
        self.openingHoursLabel.setText(QCoreApplication.translate("OfficeEditDialog", u"Opening &hours:", None))
        self.openingHoursEdit.setAccessibleName(QCoreApplication.translate("OfficeEditDialog", u"Opening hours", None))
        self.openingHoursEdit.setToolTip(QCoreApplication.translate("OfficeEditDialog", u"When the phones are answered, as letters print it", None))
        self.openingHoursEdit.setPlaceholderText(QCoreApplication.translate("OfficeEditDialog", u"e.g. Monday to Friday, 8am to 6pm", None))
        self.openingHoursError.setText("")
        self.generalError.setText("")
    # retranslateUi

