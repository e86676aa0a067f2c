# Generated from ui/new_client_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_NewClientDialog(object):
    def setupUi(self, NewClientDialog):
        if not NewClientDialog.objectName():
            NewClientDialog.setObjectName(u"NewClientDialog")
        NewClientDialog.resize(820, 560)
        NewClientDialog.setModal(True)
        self.mainLayout = QVBoxLayout(NewClientDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(NewClientDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.identityGroup = QGroupBox(NewClientDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.identityForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.identityForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.identityForm.setVerticalSpacing(4)
        self.roleLabel = QLabel(self.identityGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.identityGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(self.identityGroup)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setStyleSheet(u"color: #b00020;")
        self.roleError.setWordWrap(True)
        self.roleError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.titleLabel = QLabel(self.identityGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.identityGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(20)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.identityGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setStyleSheet(u"color: #b00020;")
        self.titleError.setWordWrap(True)
        self.titleError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.firstNameLabel = QLabel(self.identityGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.identityGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.firstNameError = QLabel(self.identityGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setStyleSheet(u"color: #b00020;")
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.lastNameLabel = QLabel(self.identityGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.identityGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.lastNameError = QLabel(self.identityGroup)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setStyleSheet(u"color: #b00020;")
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lastNameError)

        self.otherNamesLabel = QLabel(self.identityGroup)
        self.otherNamesLabel.setObjectName(u"otherNamesLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.otherNamesLabel)

        self.otherNamesEdit = QLineEdit(self.identityGroup)
        self.otherNamesEdit.setObjectName(u"otherNamesEdit")
        self.otherNamesEdit.setMaxLength(200)

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.otherNamesEdit)

        self.otherNamesError = QLabel(self.identityGroup)
        self.otherNamesError.setObjectName(u"otherNamesError")
        self.otherNamesError.setStyleSheet(u"color: #b00020;")
        self.otherNamesError.setWordWrap(True)
        self.otherNamesError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.otherNamesError)

        self.scinLabel = QLabel(self.identityGroup)
        self.scinLabel.setObjectName(u"scinLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.scinLabel)

        self.scinEdit = QLineEdit(self.identityGroup)
        self.scinEdit.setObjectName(u"scinEdit")
        self.scinEdit.setMaxLength(14)

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.scinEdit)

        self.scinError = QLabel(self.identityGroup)
        self.scinError.setObjectName(u"scinError")
        self.scinError.setStyleSheet(u"color: #b00020;")
        self.scinError.setWordWrap(True)
        self.scinError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.scinError)

        self.dateOfBirthLabel = QLabel(self.identityGroup)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirthEdit = OptionalDateEdit(self.identityGroup)
        self.dateOfBirthEdit.setObjectName(u"dateOfBirthEdit")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.dateOfBirthEdit)

        self.dateOfBirthError = QLabel(self.identityGroup)
        self.dateOfBirthError.setObjectName(u"dateOfBirthError")
        self.dateOfBirthError.setStyleSheet(u"color: #b00020;")
        self.dateOfBirthError.setWordWrap(True)
        self.dateOfBirthError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.dateOfBirthError)

        self.ninoLabel = QLabel(self.identityGroup)
        self.ninoLabel.setObjectName(u"ninoLabel")

        self.identityForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.ninoLabel)

        self.ninoEdit = QLineEdit(self.identityGroup)
        self.ninoEdit.setObjectName(u"ninoEdit")
        self.ninoEdit.setMaxLength(13)

        self.identityForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.ninoEdit)

        self.ninoError = QLabel(self.identityGroup)
        self.ninoError.setObjectName(u"ninoError")
        self.ninoError.setStyleSheet(u"color: #b00020;")
        self.ninoError.setWordWrap(True)
        self.ninoError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.identityForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.ninoError)


        self.columnsLayout.addWidget(self.identityGroup)

        self.circumstancesGroup = QGroupBox(NewClientDialog)
        self.circumstancesGroup.setObjectName(u"circumstancesGroup")
        self.circumstancesForm = QFormLayout(self.circumstancesGroup)
        self.circumstancesForm.setObjectName(u"circumstancesForm")
        self.circumstancesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.circumstancesForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.circumstancesForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.circumstancesForm.setVerticalSpacing(4)
        self.jurisdictionLabel = QLabel(self.circumstancesGroup)
        self.jurisdictionLabel.setObjectName(u"jurisdictionLabel")

        self.circumstancesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jurisdictionLabel)

        self.jurisdictionCombo = QComboBox(self.circumstancesGroup)
        self.jurisdictionCombo.setObjectName(u"jurisdictionCombo")

        self.circumstancesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jurisdictionCombo)

        self.jurisdictionError = QLabel(self.circumstancesGroup)
        self.jurisdictionError.setObjectName(u"jurisdictionError")
        self.jurisdictionError.setStyleSheet(u"color: #b00020;")
        self.jurisdictionError.setWordWrap(True)
        self.jurisdictionError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.circumstancesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jurisdictionError)

        self.employmentLabel = QLabel(self.circumstancesGroup)
        self.employmentLabel.setObjectName(u"employmentLabel")

        self.circumstancesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employmentLabel)

        self.employmentCombo = QComboBox(self.circumstancesGroup)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.circumstancesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employmentCombo)

        self.employmentStatusError = QLabel(self.circumstancesGroup)
        self.employmentStatusError.setObjectName(u"employmentStatusError")
        self.employmentStatusError.setStyleSheet(u"color: #b00020;")
        self.employmentStatusError.setWordWrap(True)
        self.employmentStatusError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.circumstancesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employmentStatusError)

        self.employerLabel = QLabel(self.circumstancesGroup)
        self.employerLabel.setObjectName(u"employerLabel")

        self.circumstancesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(self.circumstancesGroup)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaxLength(200)

        self.circumstancesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.employerNameError = QLabel(self.circumstancesGroup)
        self.employerNameError.setObjectName(u"employerNameError")
        self.employerNameError.setStyleSheet(u"color: #b00020;")
        self.employerNameError.setWordWrap(True)
        self.employerNameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.circumstancesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.employerNameError)

        self.phoneLabel = QLabel(self.circumstancesGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.circumstancesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.circumstancesGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.circumstancesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(self.circumstancesGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b00020;")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.circumstancesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(self.circumstancesGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.circumstancesForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.circumstancesGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.circumstancesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.circumstancesGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #b00020;")
        self.emailError.setWordWrap(True)
        self.emailError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.circumstancesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.pvCheck = QCheckBox(self.circumstancesGroup)
        self.pvCheck.setObjectName(u"pvCheck")

        self.circumstancesForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.pvCheck)

        self.controlMeasuresLabel = QLabel(self.circumstancesGroup)
        self.controlMeasuresLabel.setObjectName(u"controlMeasuresLabel")

        self.circumstancesForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.controlMeasuresLabel)

        self.controlMeasuresEdit = QPlainTextEdit(self.circumstancesGroup)
        self.controlMeasuresEdit.setObjectName(u"controlMeasuresEdit")
        self.controlMeasuresEdit.setTabChangesFocus(True)
        self.controlMeasuresEdit.setMaximumSize(QSize(16777215, 72))

        self.circumstancesForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.controlMeasuresEdit)

        self.pvControlMeasuresError = QLabel(self.circumstancesGroup)
        self.pvControlMeasuresError.setObjectName(u"pvControlMeasuresError")
        self.pvControlMeasuresError.setStyleSheet(u"color: #b00020;")
        self.pvControlMeasuresError.setWordWrap(True)
        self.pvControlMeasuresError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.circumstancesForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.pvControlMeasuresError)


        self.columnsLayout.addWidget(self.circumstancesGroup)


        self.mainLayout.addLayout(self.columnsLayout)

        self.addressGroup = QGroupBox(NewClientDialog)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressGrid = QGridLayout(self.addressGroup)
        self.addressGrid.setObjectName(u"addressGrid")
        self.addressGrid.setVerticalSpacing(2)
        self.addressTypeLabel = QLabel(self.addressGroup)
        self.addressTypeLabel.setObjectName(u"addressTypeLabel")

        self.addressGrid.addWidget(self.addressTypeLabel, 0, 0, 1, 1)

        self.addressTypeCombo = QComboBox(self.addressGroup)
        self.addressTypeCombo.setObjectName(u"addressTypeCombo")

        self.addressGrid.addWidget(self.addressTypeCombo, 0, 1, 1, 1)

        self.postcodeLabel = QLabel(self.addressGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.addressGrid.addWidget(self.postcodeLabel, 0, 2, 1, 1)

        self.postcodeEdit = QLineEdit(self.addressGroup)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(8)

        self.addressGrid.addWidget(self.postcodeEdit, 0, 3, 1, 1)

        self.addressTypeError = QLabel(self.addressGroup)
        self.addressTypeError.setObjectName(u"addressTypeError")
        self.addressTypeError.setStyleSheet(u"color: #b00020;")
        self.addressTypeError.setWordWrap(True)
        self.addressTypeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressGrid.addWidget(self.addressTypeError, 1, 1, 1, 1)

        self.postcodeError = QLabel(self.addressGroup)
        self.postcodeError.setObjectName(u"postcodeError")
        self.postcodeError.setStyleSheet(u"color: #b00020;")
        self.postcodeError.setWordWrap(True)
        self.postcodeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressGrid.addWidget(self.postcodeError, 1, 3, 1, 1)

        self.line1Label = QLabel(self.addressGroup)
        self.line1Label.setObjectName(u"line1Label")

        self.addressGrid.addWidget(self.line1Label, 2, 0, 1, 1)

        self.line1Edit = QLineEdit(self.addressGroup)
        self.line1Edit.setObjectName(u"line1Edit")
        self.line1Edit.setMaxLength(200)

        self.addressGrid.addWidget(self.line1Edit, 2, 1, 1, 3)

        self.line1Error = QLabel(self.addressGroup)
        self.line1Error.setObjectName(u"line1Error")
        self.line1Error.setStyleSheet(u"color: #b00020;")
        self.line1Error.setWordWrap(True)
        self.line1Error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressGrid.addWidget(self.line1Error, 3, 1, 1, 3)

        self.line2Label = QLabel(self.addressGroup)
        self.line2Label.setObjectName(u"line2Label")

        self.addressGrid.addWidget(self.line2Label, 4, 0, 1, 1)

        self.line2Edit = QLineEdit(self.addressGroup)
        self.line2Edit.setObjectName(u"line2Edit")
        self.line2Edit.setMaxLength(200)

        self.addressGrid.addWidget(self.line2Edit, 4, 1, 1, 1)

        self.townLabel = QLabel(self.addressGroup)
        self.townLabel.setObjectName(u"townLabel")

        self.addressGrid.addWidget(self.townLabel, 4, 2, 1, 1)

        self.townEdit = QLineEdit(self.addressGroup)
        self.townEdit.setObjectName(u"townEdit")
        self.townEdit.setMaxLength(100)

        self.addressGrid.addWidget(self.townEdit, 4, 3, 1, 1)

        self.line2Error = QLabel(self.addressGroup)
        self.line2Error.setObjectName(u"line2Error")
        self.line2Error.setStyleSheet(u"color: #b00020;")
        self.line2Error.setWordWrap(True)
        self.line2Error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressGrid.addWidget(self.line2Error, 5, 1, 1, 1)

        self.townError = QLabel(self.addressGroup)
        self.townError.setObjectName(u"townError")
        self.townError.setStyleSheet(u"color: #b00020;")
        self.townError.setWordWrap(True)
        self.townError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressGrid.addWidget(self.townError, 5, 3, 1, 1)

        self.confidentCheck = QCheckBox(self.addressGroup)
        self.confidentCheck.setObjectName(u"confidentCheck")

        self.addressGrid.addWidget(self.confidentCheck, 6, 1, 1, 3)

        self.confidentError = QLabel(self.addressGroup)
        self.confidentError.setObjectName(u"confidentError")
        self.confidentError.setStyleSheet(u"color: #b00020;")
        self.confidentError.setWordWrap(True)
        self.confidentError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.addressGrid.addWidget(self.confidentError, 7, 1, 1, 3)

        self.addressGrid.setColumnStretch(1, 3)
        self.addressGrid.setColumnStretch(3, 1)

        self.mainLayout.addWidget(self.addressGroup)

        self.generalError = QLabel(NewClientDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(NewClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.roleLabel.setBuddy(self.roleCombo)
        self.roleError.setBuddy(self.roleCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.titleError.setBuddy(self.titleEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.firstNameError.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.lastNameError.setBuddy(self.lastNameEdit)
        self.otherNamesLabel.setBuddy(self.otherNamesEdit)
        self.otherNamesError.setBuddy(self.otherNamesEdit)
        self.scinLabel.setBuddy(self.scinEdit)
        self.scinError.setBuddy(self.scinEdit)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirthEdit)
        self.dateOfBirthError.setBuddy(self.dateOfBirthEdit)
        self.ninoLabel.setBuddy(self.ninoEdit)
        self.ninoError.setBuddy(self.ninoEdit)
        self.jurisdictionLabel.setBuddy(self.jurisdictionCombo)
        self.jurisdictionError.setBuddy(self.jurisdictionCombo)
        self.employmentLabel.setBuddy(self.employmentCombo)
        self.employmentStatusError.setBuddy(self.employmentCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.employerNameError.setBuddy(self.employerEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.phoneError.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.emailError.setBuddy(self.emailEdit)
        self.controlMeasuresLabel.setBuddy(self.controlMeasuresEdit)
        self.pvControlMeasuresError.setBuddy(self.controlMeasuresEdit)
        self.addressTypeLabel.setBuddy(self.addressTypeCombo)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.addressTypeError.setBuddy(self.addressTypeCombo)
        self.postcodeError.setBuddy(self.postcodeEdit)
        self.line1Label.setBuddy(self.line1Edit)
        self.line1Error.setBuddy(self.line1Edit)
        self.line2Label.setBuddy(self.line2Edit)
        self.townLabel.setBuddy(self.townEdit)
        self.line2Error.setBuddy(self.line2Edit)
        self.townError.setBuddy(self.townEdit)
        self.confidentError.setBuddy(self.confidentCheck)
        QWidget.setTabOrder(self.roleCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.otherNamesEdit)
        QWidget.setTabOrder(self.otherNamesEdit, self.scinEdit)
        QWidget.setTabOrder(self.scinEdit, self.dateOfBirthEdit)
        QWidget.setTabOrder(self.dateOfBirthEdit, self.ninoEdit)
        QWidget.setTabOrder(self.ninoEdit, self.jurisdictionCombo)
        QWidget.setTabOrder(self.jurisdictionCombo, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.pvCheck)
        QWidget.setTabOrder(self.pvCheck, self.controlMeasuresEdit)
        QWidget.setTabOrder(self.controlMeasuresEdit, self.addressTypeCombo)
        QWidget.setTabOrder(self.addressTypeCombo, self.line1Edit)
        QWidget.setTabOrder(self.line1Edit, self.line2Edit)
        QWidget.setTabOrder(self.line2Edit, self.townEdit)
        QWidget.setTabOrder(self.townEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.confidentCheck)
        QWidget.setTabOrder(self.confidentCheck, self.buttonBox)

        self.retranslateUi(NewClientDialog)

        QMetaObject.connectSlotsByName(NewClientDialog)
    # setupUi

    def retranslateUi(self, NewClientDialog):
        NewClientDialog.setWindowTitle(QCoreApplication.translate("NewClientDialog", u"New client", None))
        self.introLabel.setText(QCoreApplication.translate("NewClientDialog", u"Record a paying or receiving parent, and their current address if you have it. Vehicles and assets are added in the Contact view once the client is saved.", None))
        self.identityGroup.setTitle(QCoreApplication.translate("NewClientDialog", u"Client", None))
        self.roleLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Role:", None))
        self.roleCombo.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Role", None))
        self.roleError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Title:", None))
        self.titleEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"Optional, e.g. Ms", None))
        self.titleError.setText("")
        self.firstNameLabel.setText(QCoreApplication.translate("NewClientDialog", u"&First name:", None))
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"First name", None))
        self.firstNameError.setText("")
        self.lastNameLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Last name:", None))
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Last name", None))
        self.lastNameError.setText("")
        self.otherNamesLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Other names:", None))
        self.otherNamesEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Other names", None))
        self.otherNamesEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"Optional: middle or former names", None))
        self.otherNamesError.setText("")
        self.scinLabel.setText(QCoreApplication.translate("NewClientDialog", u"S&CIN:", None))
        self.scinEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"SCIN (client reference)", None))
        self.scinEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"12 digits", None))
        self.scinError.setText("")
        self.dateOfBirthLabel.setText(QCoreApplication.translate("NewClientDialog", u"Date of &birth:", None))
        self.dateOfBirthEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Date of birth", None))
        self.dateOfBirthError.setText("")
        self.ninoLabel.setText(QCoreApplication.translate("NewClientDialog", u"&NI number:", None))
        self.ninoEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"National Insurance number", None))
        self.ninoEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"QQ 12 34 56 C", None))
        self.ninoError.setText("")
        self.circumstancesGroup.setTitle(QCoreApplication.translate("NewClientDialog", u"Contact and circumstances", None))
        self.jurisdictionLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Jurisdiction:", None))
        self.jurisdictionCombo.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Jurisdiction", None))
        self.jurisdictionError.setText("")
        self.employmentLabel.setText(QCoreApplication.translate("NewClientDialog", u"E&mployment:", None))
        self.employmentCombo.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Employment status", None))
        self.employmentStatusError.setText("")
        self.employerLabel.setText(QCoreApplication.translate("NewClientDialog", u"Em&ployer:", None))
        self.employerEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Employer name", None))
        self.employerEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"Optional: who employs them", None))
        self.employerNameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("NewClientDialog", u"P&hone:", None))
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Phone", None))
        self.phoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("NewClientDialog", u"Ema&il:", None))
        self.emailEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Email", None))
        self.emailError.setText("")
        self.pvCheck.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"PV marker: potentially violent", None))
        self.pvCheck.setText(QCoreApplication.translate("NewClientDialog", u"P&V marker (potentially violent)", None))
        self.controlMeasuresLabel.setText(QCoreApplication.translate("NewClientDialog", u"Control me&asures:", None))
        self.controlMeasuresEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"PV control measures", None))
        self.controlMeasuresEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"Required with a PV marker: they go on the bailiff referral", None))
        self.pvControlMeasuresError.setText("")
        self.addressGroup.setTitle(QCoreApplication.translate("NewClientDialog", u"Current address (optional: it can be added later in the Contact view)", None))
        self.addressTypeLabel.setText(QCoreApplication.translate("NewClientDialog", u"Address t&ype:", None))
        self.addressTypeCombo.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Address type", None))
        self.postcodeLabel.setText(QCoreApplication.translate("NewClientDialog", u"Postco&de:", None))
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Postcode", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"e.g. B15 2TT", None))
        self.addressTypeError.setText("")
        self.postcodeError.setText("")
        self.line1Label.setText(QCoreApplication.translate("NewClientDialog", u"Line &1:", None))
        self.line1Edit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Address line 1", None))
        self.line1Edit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"House number and street; leave the address empty to add it later", None))
        self.line1Error.setText("")
        self.line2Label.setText(QCoreApplication.translate("NewClientDialog", u"Line &2:", None))
        self.line2Edit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Address line 2", None))
        self.line2Edit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"Optional", None))
        self.townLabel.setText(QCoreApplication.translate("NewClientDialog", u"To&wn:", None))
        self.townEdit.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Town", None))
        self.townEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"Optional", None))
        self.line2Error.setText("")
        self.townError.setText("")
        self.confidentCheck.setText(QCoreApplication.translate("NewClientDialog", u"Confident address (we &know the client lives there)", None))
        self.confidentCheck.setAccessibleName(QCoreApplication.translate("NewClientDialog", u"Confident address", None))
        self.confidentError.setText("")
        self.generalError.setText("")
    # retranslateUi

