# Generated from ui/address_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_AddressDialog(object):
    def setupUi(self, AddressDialog):
        if not AddressDialog.objectName():
            AddressDialog.setObjectName(u"AddressDialog")
        AddressDialog.resize(480, 420)
        AddressDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AddressDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.addressForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.addressTypeLabel = QLabel(AddressDialog)
        self.addressTypeLabel.setObjectName(u"addressTypeLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressTypeLabel)

        self.addressTypeCombo = QComboBox(AddressDialog)
        self.addressTypeCombo.setObjectName(u"addressTypeCombo")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressTypeCombo)

        self.addressTypeError = QLabel(AddressDialog)
        self.addressTypeError.setObjectName(u"addressTypeError")
        self.addressTypeError.setStyleSheet(u"color: #b00020;")
        self.addressTypeError.setWordWrap(True)
        self.addressTypeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressTypeError)

        self.line1Label = QLabel(AddressDialog)
        self.line1Label.setObjectName(u"line1Label")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.line1Label)

        self.line1Edit = QLineEdit(AddressDialog)
        self.line1Edit.setObjectName(u"line1Edit")
        self.line1Edit.setMaxLength(200)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.line1Edit)

        self.line1Error = QLabel(AddressDialog)
        self.line1Error.setObjectName(u"line1Error")
        self.line1Error.setStyleSheet(u"color: #b00020;")
        self.line1Error.setWordWrap(True)
        self.line1Error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.line1Error)

        self.line2Label = QLabel(AddressDialog)
        self.line2Label.setObjectName(u"line2Label")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.line2Label)

        self.line2Edit = QLineEdit(AddressDialog)
        self.line2Edit.setObjectName(u"line2Edit")
        self.line2Edit.setMaxLength(200)

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.line2Edit)

        self.line2Error = QLabel(AddressDialog)
        self.line2Error.setObjectName(u"line2Error")
        self.line2Error.setStyleSheet(u"color: #b00020;")
        self.line2Error.setWordWrap(True)
        self.line2Error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.line2Error)

        self.townLabel = QLabel(AddressDialog)
        self.townLabel.setObjectName(u"townLabel")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.townLabel)

        self.townEdit = QLineEdit(AddressDialog)
        self.townEdit.setObjectName(u"townEdit")
        self.townEdit.setMaxLength(100)

        self.addressForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.townEdit)

        self.townError = QLabel(AddressDialog)
        self.townError.setObjectName(u"townError")
        self.townError.setStyleSheet(u"color: #b00020;")
        self.townError.setWordWrap(True)
        self.townError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.townError)

        self.postcodeLabel = QLabel(AddressDialog)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.addressForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(AddressDialog)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(8)

        self.addressForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.postcodeError = QLabel(AddressDialog)
        self.postcodeError.setObjectName(u"postcodeError")
        self.postcodeError.setStyleSheet(u"color: #b00020;")
        self.postcodeError.setWordWrap(True)
        self.postcodeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.postcodeError)

        self.markerLabel = QLabel(AddressDialog)
        self.markerLabel.setObjectName(u"markerLabel")

        self.addressForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.markerLabel)

        self.markerCombo = QComboBox(AddressDialog)
        self.markerCombo.setObjectName(u"markerCombo")

        self.addressForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.markerCombo)

        self.markerError = QLabel(AddressDialog)
        self.markerError.setObjectName(u"markerError")
        self.markerError.setStyleSheet(u"color: #b00020;")
        self.markerError.setWordWrap(True)
        self.markerError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.markerError)

        self.confidentCheck = QCheckBox(AddressDialog)
        self.confidentCheck.setObjectName(u"confidentCheck")

        self.addressForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.confidentCheck)

        self.confidentError = QLabel(AddressDialog)
        self.confidentError.setObjectName(u"confidentError")
        self.confidentError.setStyleSheet(u"color: #b00020;")
        self.confidentError.setWordWrap(True)
        self.confidentError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.confidentError)

        self.currentCheck = QCheckBox(AddressDialog)
        self.currentCheck.setObjectName(u"currentCheck")

        self.addressForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.currentCheck)

        self.fromDateLabel = QLabel(AddressDialog)
        self.fromDateLabel.setObjectName(u"fromDateLabel")

        self.addressForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.fromDateLabel)

        self.fromDateEdit = OptionalDateEdit(AddressDialog)
        self.fromDateEdit.setObjectName(u"fromDateEdit")

        self.addressForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.fromDateError = QLabel(AddressDialog)
        self.fromDateError.setObjectName(u"fromDateError")
        self.fromDateError.setStyleSheet(u"color: #b00020;")
        self.fromDateError.setWordWrap(True)
        self.fromDateError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.fromDateError)


        self.mainLayout.addLayout(self.addressForm)

        self.generalError = QLabel(AddressDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(AddressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.addressTypeLabel.setBuddy(self.addressTypeCombo)
        self.addressTypeError.setBuddy(self.addressTypeCombo)
        self.line1Label.setBuddy(self.line1Edit)
        self.line1Error.setBuddy(self.line1Edit)
        self.line2Label.setBuddy(self.line2Edit)
        self.line2Error.setBuddy(self.line2Edit)
        self.townLabel.setBuddy(self.townEdit)
        self.townError.setBuddy(self.townEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.postcodeError.setBuddy(self.postcodeEdit)
        self.markerLabel.setBuddy(self.markerCombo)
        self.markerError.setBuddy(self.markerCombo)
        self.confidentError.setBuddy(self.confidentCheck)
        self.fromDateLabel.setBuddy(self.fromDateEdit)
        self.fromDateError.setBuddy(self.fromDateEdit)
        QWidget.setTabOrder(self.addressTypeCombo, self.line1Edit)
        QWidget.setTabOrder(self.line1Edit, self.line2Edit)
        QWidget.setTabOrder(self.line2Edit, self.townEdit)
        QWidget.setTabOrder(self.townEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.markerCombo)
        QWidget.setTabOrder(self.markerCombo, self.confidentCheck)
        QWidget.setTabOrder(self.confidentCheck, self.currentCheck)
        QWidget.setTabOrder(self.currentCheck, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.buttonBox)

        self.retranslateUi(AddressDialog)

        QMetaObject.connectSlotsByName(AddressDialog)
    # setupUi

    def retranslateUi(self, AddressDialog):
        AddressDialog.setWindowTitle(QCoreApplication.translate("AddressDialog", u"Address", None))
        self.addressTypeLabel.setText(QCoreApplication.translate("AddressDialog", u"Address &type:", None))
        self.addressTypeCombo.setAccessibleName(QCoreApplication.translate("AddressDialog", u"Address type", None))
        self.addressTypeError.setText("")
        self.line1Label.setText(QCoreApplication.translate("AddressDialog", u"Line &1:", None))
        self.line1Edit.setAccessibleName(QCoreApplication.translate("AddressDialog", u"Address line 1", None))
        self.line1Error.setText("")
        self.line2Label.setText(QCoreApplication.translate("AddressDialog", u"Line &2:", None))
        self.line2Edit.setAccessibleName(QCoreApplication.translate("AddressDialog", u"Address line 2", None))
        self.line2Error.setText("")
        self.townLabel.setText(QCoreApplication.translate("AddressDialog", u"T&own:", None))
        self.townEdit.setAccessibleName(QCoreApplication.translate("AddressDialog", u"Town", None))
        self.townError.setText("")
        self.postcodeLabel.setText(QCoreApplication.translate("AddressDialog", u"&Postcode:", None))
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("AddressDialog", u"Postcode", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("AddressDialog", u"e.g. CV1 2AB", None))
        self.postcodeError.setText("")
        self.markerLabel.setText(QCoreApplication.translate("AddressDialog", u"&Marker:", None))
        self.markerCombo.setAccessibleName(QCoreApplication.translate("AddressDialog", u"DLO or NFA marker", None))
        self.markerError.setText("")
        self.confidentCheck.setAccessibleName(QCoreApplication.translate("AddressDialog", u"Address is confident", None))
        self.confidentCheck.setText(QCoreApplication.translate("AddressDialog", u"&Confident (the paying parent lives here)", None))
        self.confidentError.setText("")
        self.currentCheck.setAccessibleName(QCoreApplication.translate("AddressDialog", u"Current address", None))
        self.currentCheck.setText(QCoreApplication.translate("AddressDialog", u"C&urrent address", None))
        self.fromDateLabel.setText(QCoreApplication.translate("AddressDialog", u"&From:", None))
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("AddressDialog", u"At this address from", None))
        self.fromDateError.setText("")
        self.generalError.setText("")
    # retranslateUi

