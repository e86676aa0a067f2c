# Generated from ui/authorisation_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QTableWidget, QVBoxLayout)

class Ui_AuthorisationDialog(object):
    def setupUi(self, AuthorisationDialog):
        if not AuthorisationDialog.objectName():
            AuthorisationDialog.setObjectName(u"AuthorisationDialog")
        AuthorisationDialog.resize(820, 640)
        AuthorisationDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AuthorisationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(AuthorisationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.headerLabel)

        self.checklistCaption = QLabel(AuthorisationDialog)
        self.checklistCaption.setObjectName(u"checklistCaption")
        self.checklistCaption.setWordWrap(True)

        self.mainLayout.addWidget(self.checklistCaption)

        self.checklistTable = QTableWidget(AuthorisationDialog)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setMinimumSize(QSize(0, 260))
        self.checklistTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.checklistTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checklistTable.setWordWrap(True)
        self.checklistTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.checklistTable)

        self.approveGroup = QGroupBox(AuthorisationDialog)
        self.approveGroup.setObjectName(u"approveGroup")
        self.approveForm = QFormLayout(self.approveGroup)
        self.approveForm.setObjectName(u"approveForm")
        self.approveForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.approveForm.setVerticalSpacing(4)
        self.enforcementTeamLabel = QLabel(self.approveGroup)
        self.enforcementTeamLabel.setObjectName(u"enforcementTeamLabel")

        self.approveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.enforcementTeamLabel)

        self.enforcementTeamCombo = QComboBox(self.approveGroup)
        self.enforcementTeamCombo.setObjectName(u"enforcementTeamCombo")

        self.approveForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enforcementTeamCombo)

        self.enforcementTeamError = QLabel(self.approveGroup)
        self.enforcementTeamError.setObjectName(u"enforcementTeamError")
        self.enforcementTeamError.setStyleSheet(u"color: #b00020;")
        self.enforcementTeamError.setWordWrap(True)

        self.approveForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enforcementTeamError)

        self.noteLabel = QLabel(self.approveGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.approveForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.approveGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 72))
        self.noteEdit.setTabChangesFocus(True)

        self.approveForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(self.approveGroup)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #b00020;")
        self.noteError.setWordWrap(True)

        self.approveForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.mainLayout.addWidget(self.approveGroup)

        self.rejectGroup = QGroupBox(AuthorisationDialog)
        self.rejectGroup.setObjectName(u"rejectGroup")
        self.rejectForm = QFormLayout(self.rejectGroup)
        self.rejectForm.setObjectName(u"rejectForm")
        self.rejectForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.rejectForm.setVerticalSpacing(4)
        self.reasonLabel = QLabel(self.rejectGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.rejectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.rejectGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 72))
        self.reasonEdit.setTabChangesFocus(True)

        self.rejectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(self.rejectGroup)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setStyleSheet(u"color: #b00020;")
        self.reasonError.setWordWrap(True)

        self.rejectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.alternativeLabel = QLabel(self.rejectGroup)
        self.alternativeLabel.setObjectName(u"alternativeLabel")

        self.rejectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.alternativeLabel)

        self.alternativeEdit = QPlainTextEdit(self.rejectGroup)
        self.alternativeEdit.setObjectName(u"alternativeEdit")
        self.alternativeEdit.setMaximumSize(QSize(16777215, 72))
        self.alternativeEdit.setTabChangesFocus(True)

        self.rejectForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.alternativeEdit)

        self.alternativeError = QLabel(self.rejectGroup)
        self.alternativeError.setObjectName(u"alternativeError")
        self.alternativeError.setStyleSheet(u"color: #b00020;")
        self.alternativeError.setWordWrap(True)

        self.rejectForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alternativeError)


        self.mainLayout.addWidget(self.rejectGroup)

        self.generalError = QLabel(AuthorisationDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AuthorisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
        self.enforcementTeamLabel.setBuddy(self.enforcementTeamCombo)
        self.enforcementTeamError.setBuddy(self.enforcementTeamCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.noteError.setBuddy(self.noteEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.reasonError.setBuddy(self.reasonEdit)
        self.alternativeLabel.setBuddy(self.alternativeEdit)
        self.alternativeError.setBuddy(self.alternativeEdit)

        self.retranslateUi(AuthorisationDialog)

        QMetaObject.connectSlotsByName(AuthorisationDialog)
    # setupUi

    def retranslateUi(self, AuthorisationDialog):
        AuthorisationDialog.setWindowTitle(QCoreApplication.translate("AuthorisationDialog", u"Liability Order authorisation", None))
        self.headerLabel.setText("")
        self.checklistCaption.setText(QCoreApplication.translate("AuthorisationDialog", u"The case manager's checklist (Arrears \u2013 Consider Action, Initiate LO arrears action, step 3):", None))
        self.checklistTable.setAccessibleName(QCoreApplication.translate("AuthorisationDialog", u"Checklist answers", None))
        self.approveGroup.setTitle(QCoreApplication.translate("AuthorisationDialog", u"Approve the Liability Order referral", None))
        self.enforcementTeamLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Enforcement team:", None))
        self.enforcementTeamCombo.setAccessibleName(QCoreApplication.translate("AuthorisationDialog", u"Enforcement team the case goes to", None))
        self.enforcementTeamCombo.setToolTip(QCoreApplication.translate("AuthorisationDialog", u"Recommend LO and Review Case and Decide Next Action are assigned to this team, and the case moves to it", None))
        self.enforcementTeamError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Note (optional):", None))
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AuthorisationDialog", u"Note on the approval", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"Anything the enforcement team should know", None))
        self.noteError.setText("")
        self.rejectGroup.setTitle(QCoreApplication.translate("AuthorisationDialog", u"Reject the Liability Order referral", None))
        self.reasonLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Reason:", None))
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AuthorisationDialog", u"Reason the referral is not authorised", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"Why a Liability Order is not appropriate now", None))
        self.reasonError.setText("")
        self.alternativeLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"Recommended &alternative:", None))
        self.alternativeEdit.setAccessibleName(QCoreApplication.translate("AuthorisationDialog", u"Recommended alternative arrears action", None))
        self.alternativeEdit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"The arrears action the case manager should take instead (e.g. disclosure for an RDO)", None))
        self.alternativeError.setText("")
        self.generalError.setText("")
    # retranslateUi

