# Generated from ui/appeal_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_AppealDialog(object):
    def setupUi(self, AppealDialog):
        if not AppealDialog.objectName():
            AppealDialog.setObjectName(u"AppealDialog")
        AppealDialog.resize(520, 400)
        AppealDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AppealDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AppealDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.appealForm = QFormLayout()
        self.appealForm.setObjectName(u"appealForm")
        self.appealForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.appealForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.caseLabel = QLabel(AppealDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.appealForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseLabel)

        self.caseCombo = QComboBox(AppealDialog)
        self.caseCombo.setObjectName(u"caseCombo")

        self.appealForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseCombo)

        self.caseIdError = QLabel(AppealDialog)
        self.caseIdError.setObjectName(u"caseIdError")
        self.caseIdError.setStyleSheet(u"color: #b00020;")
        self.caseIdError.setWordWrap(True)
        self.caseIdError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.caseIdError)

        self.lodgedLabel = QLabel(AppealDialog)
        self.lodgedLabel.setObjectName(u"lodgedLabel")

        self.appealForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lodgedLabel)

        self.lodgedEdit = OptionalDateEdit(AppealDialog)
        self.lodgedEdit.setObjectName(u"lodgedEdit")

        self.appealForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lodgedEdit)

        self.lodgedOnError = QLabel(AppealDialog)
        self.lodgedOnError.setObjectName(u"lodgedOnError")
        self.lodgedOnError.setStyleSheet(u"color: #b00020;")
        self.lodgedOnError.setWordWrap(True)
        self.lodgedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lodgedOnError)

        self.statusLabel = QLabel(AppealDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.appealForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(AppealDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.appealForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(AppealDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setStyleSheet(u"color: #b00020;")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.decidedLabel = QLabel(AppealDialog)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.appealForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = OptionalDateEdit(AppealDialog)
        self.decidedEdit.setObjectName(u"decidedEdit")

        self.appealForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decidedEdit)

        self.decidedOnError = QLabel(AppealDialog)
        self.decidedOnError.setObjectName(u"decidedOnError")
        self.decidedOnError.setStyleSheet(u"color: #b00020;")
        self.decidedOnError.setWordWrap(True)
        self.decidedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decidedOnError)

        self.hearingLabel = QLabel(AppealDialog)
        self.hearingLabel.setObjectName(u"hearingLabel")

        self.appealForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.hearingLabel)

        self.hearingEdit = OptionalDateEdit(AppealDialog)
        self.hearingEdit.setObjectName(u"hearingEdit")

        self.appealForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hearingEdit)

        self.hearingOnError = QLabel(AppealDialog)
        self.hearingOnError.setObjectName(u"hearingOnError")
        self.hearingOnError.setStyleSheet(u"color: #b00020;")
        self.hearingOnError.setWordWrap(True)
        self.hearingOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hearingOnError)

        self.caseIdsLabel = QLabel(AppealDialog)
        self.caseIdsLabel.setObjectName(u"caseIdsLabel")

        self.appealForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.caseIdsLabel)

        self.caseIdsList = QListWidget(AppealDialog)
        self.caseIdsList.setObjectName(u"caseIdsList")
        self.caseIdsList.setMaximumSize(QSize(16777215, 80))

        self.appealForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.caseIdsList)

        self.caseIdsError = QLabel(AppealDialog)
        self.caseIdsError.setObjectName(u"caseIdsError")
        self.caseIdsError.setStyleSheet(u"color: #b00020;")
        self.caseIdsError.setWordWrap(True)
        self.caseIdsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.caseIdsError)

        self.detailsLabel = QLabel(AppealDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.appealForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsEdit = QPlainTextEdit(AppealDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setTabChangesFocus(True)

        self.appealForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.detailsEdit)

        self.detailsError = QLabel(AppealDialog)
        self.detailsError.setObjectName(u"detailsError")
        self.detailsError.setStyleSheet(u"color: #b00020;")
        self.detailsError.setWordWrap(True)
        self.detailsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.detailsError)


        self.mainLayout.addLayout(self.appealForm)

        self.generalError = QLabel(AppealDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AppealDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.caseLabel.setBuddy(self.caseCombo)
        self.caseIdError.setBuddy(self.caseCombo)
        self.lodgedLabel.setBuddy(self.lodgedEdit)
        self.lodgedOnError.setBuddy(self.lodgedEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.statusError.setBuddy(self.statusCombo)
        self.decidedLabel.setBuddy(self.decidedEdit)
        self.decidedOnError.setBuddy(self.decidedEdit)
        self.hearingLabel.setBuddy(self.hearingEdit)
        self.hearingOnError.setBuddy(self.hearingEdit)
        self.caseIdsLabel.setBuddy(self.caseIdsList)
        self.caseIdsError.setBuddy(self.caseIdsList)
        self.detailsLabel.setBuddy(self.detailsEdit)
        self.detailsError.setBuddy(self.detailsEdit)
        QWidget.setTabOrder(self.caseCombo, self.lodgedEdit)
        QWidget.setTabOrder(self.lodgedEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.decidedEdit)
        QWidget.setTabOrder(self.decidedEdit, self.hearingEdit)
        QWidget.setTabOrder(self.hearingEdit, self.caseIdsList)
        QWidget.setTabOrder(self.caseIdsList, self.detailsEdit)
        QWidget.setTabOrder(self.detailsEdit, self.buttonBox)

        self.retranslateUi(AppealDialog)

        QMetaObject.connectSlotsByName(AppealDialog)
    # setupUi

    def retranslateUi(self, AppealDialog):
        AppealDialog.setWindowTitle(QCoreApplication.translate("AppealDialog", u"Appeal", None))
        self.introLabel.setText(QCoreApplication.translate("AppealDialog", u"An appeal disputes the arrears of a case: while it is open, enforcement on those arrears waits for the tribunal's decision.", None))
        self.caseLabel.setText(QCoreApplication.translate("AppealDialog", u"&Case:", None))
        self.caseCombo.setToolTip(QCoreApplication.translate("AppealDialog", u"The case whose arrears are disputed", None))
        self.caseCombo.setWhatsThis(QCoreApplication.translate("AppealDialog", u"The case the appeal disputes. While an appeal is open, enforcement on that case's arrears waits for the tribunal.", None))
        self.caseCombo.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Case the appeal is against", None))
        self.caseIdError.setText("")
        self.lodgedLabel.setText(QCoreApplication.translate("AppealDialog", u"&Lodged on:", None))
        self.lodgedEdit.setToolTip(QCoreApplication.translate("AppealDialog", u"When the appeal was lodged", None))
        self.lodgedEdit.setWhatsThis(QCoreApplication.translate("AppealDialog", u"The date the appeal was lodged with the tribunal.", None))
        self.lodgedEdit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Date the appeal was lodged", None))
        self.lodgedOnError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("AppealDialog", u"S&tatus:", None))
        self.statusCombo.setToolTip(QCoreApplication.translate("AppealDialog", u"Open holds enforcement", None))
        self.statusCombo.setWhatsThis(QCoreApplication.translate("AppealDialog", u"Open while the tribunal has not decided: enforcement on the case's arrears is held and the enforcement options say so. Decided or Withdrawn lifts the hold.", None))
        self.statusCombo.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Status of the appeal", None))
        self.statusError.setText("")
        self.decidedLabel.setText(QCoreApplication.translate("AppealDialog", u"&Decided on:", None))
        self.decidedEdit.setToolTip(QCoreApplication.translate("AppealDialog", u"When the tribunal decided", None))
        self.decidedEdit.setWhatsThis(QCoreApplication.translate("AppealDialog", u"The date the tribunal decided (or the appeal was withdrawn); needed once it is no longer open.", None))
        self.decidedEdit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Date the tribunal decided the appeal", None))
        self.decidedOnError.setText("")
        self.hearingLabel.setText(QCoreApplication.translate("AppealDialog", u"&Hearing on:", None))
        self.hearingEdit.setToolTip(QCoreApplication.translate("AppealDialog", u"When the tribunal hears the appeal", None))
        self.hearingEdit.setWhatsThis(QCoreApplication.translate("AppealDialog", u"The date of the tribunal's hearing, when known. The Diary reminds you on the day to find out the decision and record it here.", None))
        self.hearingEdit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Date of the tribunal's hearing", None))
        self.hearingOnError.setText("")
        self.caseIdsLabel.setText(QCoreApplication.translate("AppealDialog", u"Also co&vers:", None))
        self.caseIdsList.setToolTip(QCoreApplication.translate("AppealDialog", u"Tick the paying parent's other cases whose arrears the appeal disputes", None))
        self.caseIdsList.setWhatsThis(QCoreApplication.translate("AppealDialog", u"An appeal may dispute the arrears of more than one of the paying parent's cases. Enforcement on each case ticked waits for the tribunal, as on the appeal's own case.", None))
        self.caseIdsList.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Other cases whose arrears the appeal disputes", None))
        self.caseIdsError.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("AppealDialog", u"Deta&ils:", None))
        self.detailsEdit.setAccessibleName(QCoreApplication.translate("AppealDialog", u"Details of the appeal", None))
        self.detailsEdit.setPlaceholderText(QCoreApplication.translate("AppealDialog", u"What is disputed, tribunal reference, what was decided", None))
        self.detailsError.setText("")
        self.generalError.setText("")
    # retranslateUi

