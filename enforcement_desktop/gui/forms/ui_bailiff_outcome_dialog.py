# Generated from ui/bailiff_outcome_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_BailiffOutcomeDialog(object):
    def setupUi(self, BailiffOutcomeDialog):
        if not BailiffOutcomeDialog.objectName():
            BailiffOutcomeDialog.setObjectName(u"BailiffOutcomeDialog")
        BailiffOutcomeDialog.resize(520, 440)
        BailiffOutcomeDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BailiffOutcomeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.srLabel = QLabel(BailiffOutcomeDialog)
        self.srLabel.setObjectName(u"srLabel")
        self.srLabel.setWordWrap(True)
        self.srLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.srLabel)

        self.outcomeForm = QFormLayout()
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outcomeLabel = QLabel(BailiffOutcomeDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(BailiffOutcomeDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.outcomeError = QLabel(BailiffOutcomeDialog)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setStyleSheet(u"color: #b00020;")
        self.outcomeError.setWordWrap(True)
        self.outcomeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeError)

        self.outcomeTypeLabel = QLabel(BailiffOutcomeDialog)
        self.outcomeTypeLabel.setObjectName(u"outcomeTypeLabel")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeTypeLabel)

        self.outcomeTypeCombo = QComboBox(BailiffOutcomeDialog)
        self.outcomeTypeCombo.setObjectName(u"outcomeTypeCombo")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeTypeCombo)

        self.outcomeTypeError = QLabel(BailiffOutcomeDialog)
        self.outcomeTypeError.setObjectName(u"outcomeTypeError")
        self.outcomeTypeError.setStyleSheet(u"color: #b00020;")
        self.outcomeTypeError.setWordWrap(True)
        self.outcomeTypeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeTypeError)

        self.outcomeDateLabel = QLabel(BailiffOutcomeDialog)
        self.outcomeDateLabel.setObjectName(u"outcomeDateLabel")

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeDateLabel)

        self.outcomeDateEdit = OptionalDateEdit(BailiffOutcomeDialog)
        self.outcomeDateEdit.setObjectName(u"outcomeDateEdit")

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeDateEdit)

        self.outcomeDateError = QLabel(BailiffOutcomeDialog)
        self.outcomeDateError.setObjectName(u"outcomeDateError")
        self.outcomeDateError.setStyleSheet(u"color: #b00020;")
        self.outcomeDateError.setWordWrap(True)
        self.outcomeDateError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outcomeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcomeDateError)

        self.reasonCodeLabel = QLabel(BailiffOutcomeDialog)
        self.reasonCodeLabel.setObjectName(u"reasonCodeLabel")

        self.outcomeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonCodeLabel)

        self.reasonCodeEdit = QLineEdit(BailiffOutcomeDialog)
        self.reasonCodeEdit.setObjectName(u"reasonCodeEdit")

        self.outcomeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonCodeEdit)

        self.reasonReturnCodeError = QLabel(BailiffOutcomeDialog)
        self.reasonReturnCodeError.setObjectName(u"reasonReturnCodeError")
        self.reasonReturnCodeError.setStyleSheet(u"color: #b00020;")
        self.reasonReturnCodeError.setWordWrap(True)
        self.reasonReturnCodeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outcomeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonReturnCodeError)

        self.returnCodeLabel = QLabel(BailiffOutcomeDialog)
        self.returnCodeLabel.setObjectName(u"returnCodeLabel")

        self.outcomeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.returnCodeLabel)

        self.returnCodeEdit = QLineEdit(BailiffOutcomeDialog)
        self.returnCodeEdit.setObjectName(u"returnCodeEdit")

        self.outcomeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.returnCodeEdit)

        self.returnCodeError = QLabel(BailiffOutcomeDialog)
        self.returnCodeError.setObjectName(u"returnCodeError")
        self.returnCodeError.setStyleSheet(u"color: #b00020;")
        self.returnCodeError.setWordWrap(True)
        self.returnCodeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outcomeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.returnCodeError)

        self.nullaBonaCheck = QCheckBox(BailiffOutcomeDialog)
        self.nullaBonaCheck.setObjectName(u"nullaBonaCheck")

        self.outcomeForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.nullaBonaCheck)

        self.nullaBonaEdit = OptionalDateEdit(BailiffOutcomeDialog)
        self.nullaBonaEdit.setObjectName(u"nullaBonaEdit")

        self.outcomeForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.nullaBonaEdit)

        self.nullaBonaReceivedOnError = QLabel(BailiffOutcomeDialog)
        self.nullaBonaReceivedOnError.setObjectName(u"nullaBonaReceivedOnError")
        self.nullaBonaReceivedOnError.setStyleSheet(u"color: #b00020;")
        self.nullaBonaReceivedOnError.setWordWrap(True)
        self.nullaBonaReceivedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outcomeForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.nullaBonaReceivedOnError)

        self.finalPaymentLabel = QLabel(BailiffOutcomeDialog)
        self.finalPaymentLabel.setObjectName(u"finalPaymentLabel")

        self.outcomeForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.finalPaymentLabel)

        self.finalPaymentEdit = OptionalDateEdit(BailiffOutcomeDialog)
        self.finalPaymentEdit.setObjectName(u"finalPaymentEdit")

        self.outcomeForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.finalPaymentEdit)

        self.arrearsAgreementFinalPaymentDueError = QLabel(BailiffOutcomeDialog)
        self.arrearsAgreementFinalPaymentDueError.setObjectName(u"arrearsAgreementFinalPaymentDueError")
        self.arrearsAgreementFinalPaymentDueError.setStyleSheet(u"color: #b00020;")
        self.arrearsAgreementFinalPaymentDueError.setWordWrap(True)
        self.arrearsAgreementFinalPaymentDueError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outcomeForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.arrearsAgreementFinalPaymentDueError)


        self.mainLayout.addLayout(self.outcomeForm)

        self.hintLabel = QLabel(BailiffOutcomeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.generalError = QLabel(BailiffOutcomeDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(BailiffOutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.outcomeError.setBuddy(self.outcomeCombo)
        self.outcomeTypeLabel.setBuddy(self.outcomeTypeCombo)
        self.outcomeTypeError.setBuddy(self.outcomeTypeCombo)
        self.outcomeDateLabel.setBuddy(self.outcomeDateEdit)
        self.outcomeDateError.setBuddy(self.outcomeDateEdit)
        self.reasonCodeLabel.setBuddy(self.reasonCodeEdit)
        self.reasonReturnCodeError.setBuddy(self.reasonCodeEdit)
        self.returnCodeLabel.setBuddy(self.returnCodeEdit)
        self.returnCodeError.setBuddy(self.returnCodeEdit)
        self.nullaBonaReceivedOnError.setBuddy(self.nullaBonaEdit)
        self.finalPaymentLabel.setBuddy(self.finalPaymentEdit)
        self.arrearsAgreementFinalPaymentDueError.setBuddy(self.finalPaymentEdit)
        QWidget.setTabOrder(self.outcomeCombo, self.outcomeTypeCombo)
        QWidget.setTabOrder(self.outcomeTypeCombo, self.outcomeDateEdit)
        QWidget.setTabOrder(self.outcomeDateEdit, self.reasonCodeEdit)
        QWidget.setTabOrder(self.reasonCodeEdit, self.returnCodeEdit)
        QWidget.setTabOrder(self.returnCodeEdit, self.nullaBonaCheck)
        QWidget.setTabOrder(self.nullaBonaCheck, self.nullaBonaEdit)
        QWidget.setTabOrder(self.nullaBonaEdit, self.finalPaymentEdit)
        QWidget.setTabOrder(self.finalPaymentEdit, self.buttonBox)

        self.retranslateUi(BailiffOutcomeDialog)

        QMetaObject.connectSlotsByName(BailiffOutcomeDialog)
    # setupUi

    def retranslateUi(self, BailiffOutcomeDialog):
        BailiffOutcomeDialog.setWindowTitle(QCoreApplication.translate("BailiffOutcomeDialog", u"Record bailiff outcome", None))
        self.srLabel.setText("")
        self.outcomeLabel.setText(QCoreApplication.translate("BailiffOutcomeDialog", u"&Outcome:", None))
        self.outcomeCombo.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Successful, Not successful or NRP not located", None))
        self.outcomeCombo.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"Successful: the bailiff secured full payment, part payment with an arrears agreement, or an agreement. Not successful: not enough goods, or entry refused. NRP not located: no trace of the paying parent at the address (Bailiff procedure, step 26).", None))
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff outcome", None))
        self.outcomeError.setText("")
        self.outcomeTypeLabel.setText(QCoreApplication.translate("BailiffOutcomeDialog", u"Outcome &type:", None))
        self.outcomeTypeCombo.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff Outcome Type", None))
        self.outcomeTypeCombo.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff Outcome Type from the bailiff's report: paid in full, arrears agreement, returned by the bailiff, or recalled by us. It decides which codes and dates below are needed (Bailiff procedure, step 23).", None))
        self.outcomeTypeCombo.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff outcome type", None))
        self.outcomeTypeError.setText("")
        self.outcomeDateLabel.setText(QCoreApplication.translate("BailiffOutcomeDialog", u"Outcome &date:", None))
        self.outcomeDateEdit.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff Outcome Date", None))
        self.outcomeDateEdit.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"The date of the bailiff's outcome (Bailiff Outcome Date).", None))
        self.outcomeDateEdit.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Date the outcome was received", None))
        self.outcomeDateError.setText("")
        self.reasonCodeLabel.setText(QCoreApplication.translate("BailiffOutcomeDialog", u"&Reason return code:", None))
        self.reasonCodeEdit.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Only when returned by the bailiff", None))
        self.reasonCodeEdit.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff Reason Ret Code: the bailiff's code for why they returned the case. Needed only when the outcome type is Returned by bailiff (Bailiff procedure, step 23).", None))
        self.reasonCodeEdit.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff reason return code, when returned by the bailiff", None))
        self.reasonReturnCodeError.setText("")
        self.returnCodeLabel.setText(QCoreApplication.translate("BailiffOutcomeDialog", u"Ret&urn code:", None))
        self.returnCodeEdit.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Only when recalled by us", None))
        self.returnCodeEdit.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff Return Code: our code for why the case was recalled from the bailiff. Needed only when the outcome type is Recalled (Bailiff procedure, step 23).", None))
        self.returnCodeEdit.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Bailiff return code, when recalled by CMEC", None))
        self.returnCodeError.setText("")
        self.nullaBonaCheck.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Tick when the bailiff returned a Nulla Bona: a statement that the paying parent has no goods worth seizing", None))
        self.nullaBonaCheck.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"Tick when the bailiff returned a Nulla Bona: a statement that the paying parent has no goods worth seizing. Scan it and link it to the SR (step 24); for 6 months afterwards bailiff action is not considered again.", None))
        self.nullaBonaCheck.setText(QCoreApplication.translate("BailiffOutcomeDialog", u"&Nulla Bona received on:", None))
        self.nullaBonaCheck.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Nulla Bona received", None))
        self.nullaBonaEdit.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Nulla Bona Rcvd Date", None))
        self.nullaBonaEdit.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"The date the Nulla Bona was received; the 6 months without bailiff action run from it.", None))
        self.nullaBonaEdit.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Date the Nulla Bona was received", None))
        self.nullaBonaReceivedOnError.setText("")
        self.finalPaymentLabel.setText(QCoreApplication.translate("BailiffOutcomeDialog", u"&Final payment due:", None))
        self.finalPaymentEdit.setToolTip(QCoreApplication.translate("BailiffOutcomeDialog", u"Only for an arrears agreement", None))
        self.finalPaymentEdit.setWhatsThis(QCoreApplication.translate("BailiffOutcomeDialog", u"When the bailiff made an arrears agreement: the date its final payment is due. The SR then waits until 7 days after it, to check the arrears were paid in full (Bailiff procedure, step 28).", None))
        self.finalPaymentEdit.setAccessibleName(QCoreApplication.translate("BailiffOutcomeDialog", u"Arrears agreement final payment due", None))
        self.arrearsAgreementFinalPaymentDueError.setText("")
        self.hintLabel.setText("")
        self.generalError.setText("")
    # retranslateUi

