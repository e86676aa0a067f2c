# Generated from ui/vehicle_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VehicleDialog(object):
    def setupUi(self, VehicleDialog):
        if not VehicleDialog.objectName():
            VehicleDialog.setObjectName(u"VehicleDialog")
        VehicleDialog.resize(420, 260)
        VehicleDialog.setModal(True)
        self.mainLayout = QVBoxLayout(VehicleDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.vehicleForm = QFormLayout()
        self.vehicleForm.setObjectName(u"vehicleForm")
        self.vehicleForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.vehicleForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.registrationLabel = QLabel(VehicleDialog)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.vehicleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registrationEdit = QLineEdit(VehicleDialog)
        self.registrationEdit.setObjectName(u"registrationEdit")
        self.registrationEdit.setMaxLength(10)

        self.vehicleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registrationEdit)

        self.registrationError = QLabel(VehicleDialog)
        self.registrationError.setObjectName(u"registrationError")
        self.registrationError.setStyleSheet(u"color: #b00020;")
        self.registrationError.setWordWrap(True)
        self.registrationError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.vehicleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registrationError)

        self.makeLabel = QLabel(VehicleDialog)
        self.makeLabel.setObjectName(u"makeLabel")

        self.vehicleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.makeLabel)

        self.makeEdit = QLineEdit(VehicleDialog)
        self.makeEdit.setObjectName(u"makeEdit")
        self.makeEdit.setMaxLength(60)

        self.vehicleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.makeEdit)

        self.makeError = QLabel(VehicleDialog)
        self.makeError.setObjectName(u"makeError")
        self.makeError.setStyleSheet(u"color: #b00020;")
        self.makeError.setWordWrap(True)
        self.makeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.vehicleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.makeError)

        self.modelLabel = QLabel(VehicleDialog)
        self.modelLabel.setObjectName(u"modelLabel")

        self.vehicleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelEdit = QLineEdit(VehicleDialog)
        self.modelEdit.setObjectName(u"modelEdit")
        self.modelEdit.setMaxLength(60)

        self.vehicleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.modelError = QLabel(VehicleDialog)
        self.modelError.setObjectName(u"modelError")
        self.modelError.setStyleSheet(u"color: #b00020;")
        self.modelError.setWordWrap(True)
        self.modelError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.vehicleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modelError)

        self.colourLabel = QLabel(VehicleDialog)
        self.colourLabel.setObjectName(u"colourLabel")

        self.vehicleForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.colourLabel)

        self.colourEdit = QLineEdit(VehicleDialog)
        self.colourEdit.setObjectName(u"colourEdit")
        self.colourEdit.setMaxLength(40)

        self.vehicleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.colourEdit)

        self.colourError = QLabel(VehicleDialog)
        self.colourError.setObjectName(u"colourError")
        self.colourError.setStyleSheet(u"color: #b00020;")
        self.colourError.setWordWrap(True)
        self.colourError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.vehicleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.colourError)


        self.mainLayout.addLayout(self.vehicleForm)

        self.hintLabel = QLabel(VehicleDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #5f6368;")

        self.mainLayout.addWidget(self.hintLabel)

        self.generalError = QLabel(VehicleDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(VehicleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.registrationLabel.setBuddy(self.registrationEdit)
        self.registrationError.setBuddy(self.registrationEdit)
        self.makeLabel.setBuddy(self.makeEdit)
        self.makeError.setBuddy(self.makeEdit)
        self.modelLabel.setBuddy(self.modelEdit)
        self.modelError.setBuddy(self.modelEdit)
        self.colourLabel.setBuddy(self.colourEdit)
        self.colourError.setBuddy(self.colourEdit)
        QWidget.setTabOrder(self.registrationEdit, self.makeEdit)
        QWidget.setTabOrder(self.makeEdit, self.modelEdit)
        QWidget.setTabOrder(self.modelEdit, self.colourEdit)
        QWidget.setTabOrder(self.colourEdit, self.buttonBox)

        self.retranslateUi(VehicleDialog)

        QMetaObject.connectSlotsByName(VehicleDialog)
    # setupUi

    def retranslateUi(self, VehicleDialog):
        VehicleDialog.setWindowTitle(QCoreApplication.translate("VehicleDialog", u"Vehicle", None))
        self.registrationLabel.setText(QCoreApplication.translate("VehicleDialog", u"&Registration:", None))
        self.registrationEdit.setAccessibleName(QCoreApplication.translate("VehicleDialog", u"Registration", None))
        self.registrationEdit.setPlaceholderText(QCoreApplication.translate("VehicleDialog", u"e.g. AB12 CDE, or Not Known", None))
        self.registrationError.setText("")
        self.makeLabel.setText(QCoreApplication.translate("VehicleDialog", u"M&ake:", None))
        self.makeEdit.setAccessibleName(QCoreApplication.translate("VehicleDialog", u"Make", None))
        self.makeEdit.setPlaceholderText(QCoreApplication.translate("VehicleDialog", u"Not Known", None))
        self.makeError.setText("")
        self.modelLabel.setText(QCoreApplication.translate("VehicleDialog", u"Mo&del:", None))
        self.modelEdit.setAccessibleName(QCoreApplication.translate("VehicleDialog", u"Model", None))
        self.modelEdit.setPlaceholderText(QCoreApplication.translate("VehicleDialog", u"Not Known", None))
        self.modelError.setText("")
        self.colourLabel.setText(QCoreApplication.translate("VehicleDialog", u"&Colour:", None))
        self.colourEdit.setAccessibleName(QCoreApplication.translate("VehicleDialog", u"Colour", None))
        self.colourError.setText("")
        self.hintLabel.setText(QCoreApplication.translate("VehicleDialog", u"Enter Not Known when the registration is unknown; an empty make or model is recorded as Not Known.", None))
        self.generalError.setText("")
    # retranslateUi

