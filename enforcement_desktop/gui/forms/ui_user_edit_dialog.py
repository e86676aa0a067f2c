# Generated from ui/user_edit_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(460, 520)
        UserEditDialog.setModal(True)
        self.mainLayout = QVBoxLayout(UserEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(UserEditDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.introLabel)

        self.userForm = QFormLayout()
        self.userForm.setObjectName(u"userForm")
        self.userForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.userForm.setVerticalSpacing(4)
        self.loginLabel = QLabel(UserEditDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(UserEditDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.loginError = QLabel(UserEditDialog)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setStyleSheet(u"color: #b00020;")
        self.loginError.setWordWrap(True)
        self.loginError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginError)

        self.displayNameLabel = QLabel(UserEditDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(UserEditDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.displayNameError = QLabel(UserEditDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setStyleSheet(u"color: #b00020;")
        self.displayNameError.setWordWrap(True)
        self.displayNameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.userForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.phoneLabel = QLabel(UserEditDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.userForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(UserEditDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.userForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(UserEditDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b00020;")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.userForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.teamLabel = QLabel(UserEditDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.userForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(UserEditDialog)
        self.teamCombo.setObjectName(u"teamCombo")
        self.teamCombo.setEditable(True)

        self.userForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.teamError = QLabel(UserEditDialog)
        self.teamError.setObjectName(u"teamError")
        self.teamError.setStyleSheet(u"color: #b00020;")
        self.teamError.setWordWrap(True)
        self.teamError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.userForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.teamError)

        self.officeLabel = QLabel(UserEditDialog)
        self.officeLabel.setObjectName(u"officeLabel")

        self.userForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(UserEditDialog)
        self.officeCombo.setObjectName(u"officeCombo")

        self.userForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.officeIdError = QLabel(UserEditDialog)
        self.officeIdError.setObjectName(u"officeIdError")
        self.officeIdError.setStyleSheet(u"color: #b00020;")
        self.officeIdError.setWordWrap(True)
        self.officeIdError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.userForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.officeIdError)

        self.rolesBox = QGroupBox(UserEditDialog)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QVBoxLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.caseManagerCheck = QCheckBox(self.rolesBox)
        self.caseManagerCheck.setObjectName(u"caseManagerCheck")

        self.rolesLayout.addWidget(self.caseManagerCheck)

        self.teamLeaderCheck = QCheckBox(self.rolesBox)
        self.teamLeaderCheck.setObjectName(u"teamLeaderCheck")

        self.rolesLayout.addWidget(self.teamLeaderCheck)

        self.dotCheck = QCheckBox(self.rolesBox)
        self.dotCheck.setObjectName(u"dotCheck")

        self.rolesLayout.addWidget(self.dotCheck)

        self.fiuCheck = QCheckBox(self.rolesBox)
        self.fiuCheck.setObjectName(u"fiuCheck")

        self.rolesLayout.addWidget(self.fiuCheck)

        self.scrCheck = QCheckBox(self.rolesBox)
        self.scrCheck.setObjectName(u"scrCheck")

        self.rolesLayout.addWidget(self.scrCheck)


        self.userForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.rolesBox)

        self.rolesError = QLabel(UserEditDialog)
        self.rolesError.setObjectName(u"rolesError")
        self.rolesError.setStyleSheet(u"color: #b00020;")
        self.rolesError.setWordWrap(True)
        self.rolesError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.userForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.rolesError)

        self.activeCheck = QCheckBox(UserEditDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.userForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.activeError = QLabel(UserEditDialog)
        self.activeError.setObjectName(u"activeError")
        self.activeError.setStyleSheet(u"color: #b00020;")
        self.activeError.setWordWrap(True)
        self.activeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.userForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.activeError)


        self.mainLayout.addLayout(self.userForm)

        self.generalError = QLabel(UserEditDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(UserEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.loginLabel.setBuddy(self.loginEdit)
        self.loginError.setBuddy(self.loginEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.displayNameError.setBuddy(self.displayNameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.phoneError.setBuddy(self.phoneEdit)
        self.teamLabel.setBuddy(self.teamCombo)
        self.teamError.setBuddy(self.teamCombo)
        self.officeLabel.setBuddy(self.officeCombo)
        self.officeIdError.setBuddy(self.officeCombo)
        self.rolesError.setBuddy(self.rolesBox)
        self.activeError.setBuddy(self.activeCheck)
        QWidget.setTabOrder(self.loginEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.officeCombo)
        QWidget.setTabOrder(self.officeCombo, self.caseManagerCheck)
        QWidget.setTabOrder(self.caseManagerCheck, self.teamLeaderCheck)
        QWidget.setTabOrder(self.teamLeaderCheck, self.dotCheck)
        QWidget.setTabOrder(self.dotCheck, self.fiuCheck)
        QWidget.setTabOrder(self.fiuCheck, self.scrCheck)
        QWidget.setTabOrder(self.scrCheck, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.buttonBox)

        self.retranslateUi(UserEditDialog)

        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"User", None))
        self.introLabel.setText("")
        self.loginLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Login:", None))
        self.loginEdit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Login", None))
        self.loginEdit.setToolTip(QCoreApplication.translate("UserEditDialog", u"The login the user signs in to Windows or Linux with", None))
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"e.g. jane.smith", None))
        self.loginError.setText("")
        self.displayNameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Name:", None))
        self.displayNameEdit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Name", None))
        self.displayNameEdit.setToolTip(QCoreApplication.translate("UserEditDialog", u"The name shown in the application and printed on forms", None))
        self.displayNameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Phone:", None))
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Phone", None))
        self.phoneEdit.setToolTip(QCoreApplication.translate("UserEditDialog", u"A UK telephone number, printed on forms as the contact number", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"e.g. 020 7946 0000", None))
        self.phoneError.setText("")
        self.teamLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Team:", None))
        self.teamCombo.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Team", None))
        self.teamCombo.setToolTip(QCoreApplication.translate("UserEditDialog", u"The team the user works in: pick one or type a new one", None))
        self.teamError.setText("")
        self.officeLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Office:", None))
        self.officeCombo.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Office", None))
        self.officeIdError.setText("")
        self.rolesBox.setTitle(QCoreApplication.translate("UserEditDialog", u"Roles", None))
        self.rolesBox.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Roles", None))
        self.caseManagerCheck.setText(QCoreApplication.translate("UserEditDialog", u"Case &manager", None))
        self.caseManagerCheck.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Case manager", None))
        self.teamLeaderCheck.setText(QCoreApplication.translate("UserEditDialog", u"Team &leader", None))
        self.teamLeaderCheck.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Team leader: authorises Liability Order referrals and manages users", None))
        self.dotCheck.setText(QCoreApplication.translate("UserEditDialog", u"&Deduction Order Team (DOT)", None))
        self.dotCheck.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Deduction Order Team (DOT)", None))
        self.fiuCheck.setText(QCoreApplication.translate("UserEditDialog", u"&Financial Investigations Unit (FIU)", None))
        self.fiuCheck.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Financial Investigations Unit (FIU)", None))
        self.scrCheck.setText(QCoreApplication.translate("UserEditDialog", u"Special &Client Records", None))
        self.scrCheck.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Special Client Records", None))
        self.rolesError.setText("")
        self.activeCheck.setText(QCoreApplication.translate("UserEditDialog", u"&Active: may work in this database", None))
        self.activeCheck.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Active", None))
        self.activeError.setText("")
        self.generalError.setText("")
    # retranslateUi

