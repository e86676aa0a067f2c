# Generated from ui/order_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_OrderDialog(object):
    def setupUi(self, OrderDialog):
        if not OrderDialog.objectName():
            OrderDialog.setObjectName(u"OrderDialog")
        OrderDialog.resize(860, 520)
        OrderDialog.setModal(True)
        self.mainLayout = QVBoxLayout(OrderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formsRow = QHBoxLayout()
        self.formsRow.setSpacing(24)
        self.formsRow.setObjectName(u"formsRow")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.leftForm.setVerticalSpacing(6)
        self.leftForm.setHorizontalSpacing(8)
        self.leftForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.typeLabel = QLabel(OrderDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(OrderDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.orderTypeError = QLabel(OrderDialog)
        self.orderTypeError.setObjectName(u"orderTypeError")
        self.orderTypeError.setStyleSheet(u"color: #b00020;")
        self.orderTypeError.setWordWrap(True)
        self.orderTypeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orderTypeError)

        self.statusLabel = QLabel(OrderDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(OrderDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(OrderDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setStyleSheet(u"color: #b00020;")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.originLabel = QLabel(OrderDialog)
        self.originLabel.setObjectName(u"originLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originCombo = QComboBox(OrderDialog)
        self.originCombo.setObjectName(u"originCombo")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.originCombo)

        self.originError = QLabel(OrderDialog)
        self.originError.setObjectName(u"originError")
        self.originError.setStyleSheet(u"color: #b00020;")
        self.originError.setWordWrap(True)
        self.originError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.originError)

        self.referenceLabel = QLabel(OrderDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(OrderDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(40)

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.referenceError = QLabel(OrderDialog)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setStyleSheet(u"color: #b00020;")
        self.referenceError.setWordWrap(True)
        self.referenceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.referenceError)

        self.courtLabel = QLabel(OrderDialog)
        self.courtLabel.setObjectName(u"courtLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.courtLabel)

        self.courtCombo = QComboBox(OrderDialog)
        self.courtCombo.setObjectName(u"courtCombo")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.courtCombo)

        self.courtIdError = QLabel(OrderDialog)
        self.courtIdError.setObjectName(u"courtIdError")
        self.courtIdError.setStyleSheet(u"color: #b00020;")
        self.courtIdError.setWordWrap(True)
        self.courtIdError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.courtIdError)

        self.parentLabel = QLabel(OrderDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(OrderDialog)
        self.parentCombo.setObjectName(u"parentCombo")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.parentOrderIdError = QLabel(OrderDialog)
        self.parentOrderIdError.setObjectName(u"parentOrderIdError")
        self.parentOrderIdError.setStyleSheet(u"color: #b00020;")
        self.parentOrderIdError.setWordWrap(True)
        self.parentOrderIdError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.parentOrderIdError)


        self.formsRow.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.rightForm.setVerticalSpacing(6)
        self.rightForm.setHorizontalSpacing(8)
        self.rightForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.appliedLabel = QLabel(OrderDialog)
        self.appliedLabel.setObjectName(u"appliedLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appliedLabel)

        self.appliedEdit = OptionalDateEdit(OrderDialog)
        self.appliedEdit.setObjectName(u"appliedEdit")
        self.appliedEdit.setMinimumSize(QSize(190, 0))

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appliedEdit)

        self.appliedOnError = QLabel(OrderDialog)
        self.appliedOnError.setObjectName(u"appliedOnError")
        self.appliedOnError.setStyleSheet(u"color: #b00020;")
        self.appliedOnError.setWordWrap(True)
        self.appliedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.appliedOnError)

        self.grantedLabel = QLabel(OrderDialog)
        self.grantedLabel.setObjectName(u"grantedLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.grantedLabel)

        self.grantedEdit = OptionalDateEdit(OrderDialog)
        self.grantedEdit.setObjectName(u"grantedEdit")
        self.grantedEdit.setMinimumSize(QSize(190, 0))

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.grantedEdit)

        self.grantedOnError = QLabel(OrderDialog)
        self.grantedOnError.setObjectName(u"grantedOnError")
        self.grantedOnError.setStyleSheet(u"color: #b00020;")
        self.grantedOnError.setWordWrap(True)
        self.grantedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grantedOnError)

        self.endedLabel = QLabel(OrderDialog)
        self.endedLabel.setObjectName(u"endedLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endedLabel)

        self.endedEdit = OptionalDateEdit(OrderDialog)
        self.endedEdit.setObjectName(u"endedEdit")
        self.endedEdit.setMinimumSize(QSize(190, 0))

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endedEdit)

        self.endedOnError = QLabel(OrderDialog)
        self.endedOnError.setObjectName(u"endedOnError")
        self.endedOnError.setStyleSheet(u"color: #b00020;")
        self.endedOnError.setWordWrap(True)
        self.endedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endedOnError)

        self.periodFromLabel = QLabel(OrderDialog)
        self.periodFromLabel.setObjectName(u"periodFromLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.periodFromLabel)

        self.periodFromEdit = OptionalDateEdit(OrderDialog)
        self.periodFromEdit.setObjectName(u"periodFromEdit")
        self.periodFromEdit.setMinimumSize(QSize(190, 0))

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.periodFromEdit)

        self.periodFromError = QLabel(OrderDialog)
        self.periodFromError.setObjectName(u"periodFromError")
        self.periodFromError.setStyleSheet(u"color: #b00020;")
        self.periodFromError.setWordWrap(True)
        self.periodFromError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.periodFromError)

        self.periodToLabel = QLabel(OrderDialog)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.periodToLabel)

        self.periodToEdit = OptionalDateEdit(OrderDialog)
        self.periodToEdit.setObjectName(u"periodToEdit")
        self.periodToEdit.setMinimumSize(QSize(190, 0))

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.periodToEdit)

        self.periodToError = QLabel(OrderDialog)
        self.periodToError.setObjectName(u"periodToError")
        self.periodToError.setStyleSheet(u"color: #b00020;")
        self.periodToError.setWordWrap(True)
        self.periodToError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.periodToError)

        self.amountLabel = QLabel(OrderDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.rightForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = MoneyEdit(OrderDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMinimumSize(QSize(190, 0))

        self.rightForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.amountError = QLabel(OrderDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setStyleSheet(u"color: #b00020;")
        self.amountError.setWordWrap(True)
        self.amountError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.costsLabel = QLabel(OrderDialog)
        self.costsLabel.setObjectName(u"costsLabel")

        self.rightForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.costsLabel)

        self.costsEdit = MoneyEdit(OrderDialog)
        self.costsEdit.setObjectName(u"costsEdit")
        self.costsEdit.setMinimumSize(QSize(190, 0))

        self.rightForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.costsEdit)

        self.costsError = QLabel(OrderDialog)
        self.costsError.setObjectName(u"costsError")
        self.costsError.setStyleSheet(u"color: #b00020;")
        self.costsError.setWordWrap(True)
        self.costsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.costsError)


        self.formsRow.addLayout(self.rightForm)

        self.formsRow.setStretch(0, 3)
        self.formsRow.setStretch(1, 2)

        self.mainLayout.addLayout(self.formsRow)

        self.sanctionsGroup = QGroupBox(OrderDialog)
        self.sanctionsGroup.setObjectName(u"sanctionsGroup")
        self.sanctionsForm = QFormLayout(self.sanctionsGroup)
        self.sanctionsForm.setObjectName(u"sanctionsForm")
        self.sanctionsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sanctionsForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.paymentTermsLabel = QLabel(self.sanctionsGroup)
        self.paymentTermsLabel.setObjectName(u"paymentTermsLabel")

        self.sanctionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paymentTermsLabel)

        self.paymentTermsEdit = QLineEdit(self.sanctionsGroup)
        self.paymentTermsEdit.setObjectName(u"paymentTermsEdit")
        self.paymentTermsEdit.setMaxLength(500)

        self.sanctionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paymentTermsEdit)

        self.paymentTermsError = QLabel(self.sanctionsGroup)
        self.paymentTermsError.setObjectName(u"paymentTermsError")
        self.paymentTermsError.setStyleSheet(u"color: #b00020;")
        self.paymentTermsError.setWordWrap(True)
        self.paymentTermsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sanctionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paymentTermsError)

        self.instalmentAmountLabel = QLabel(self.sanctionsGroup)
        self.instalmentAmountLabel.setObjectName(u"instalmentAmountLabel")

        self.sanctionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.instalmentAmountLabel)

        self.instalmentAmountEdit = MoneyEdit(self.sanctionsGroup)
        self.instalmentAmountEdit.setObjectName(u"instalmentAmountEdit")
        self.instalmentAmountEdit.setMaximumSize(QSize(190, 16777215))

        self.sanctionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.instalmentAmountEdit)

        self.instalmentAmountError = QLabel(self.sanctionsGroup)
        self.instalmentAmountError.setObjectName(u"instalmentAmountError")
        self.instalmentAmountError.setStyleSheet(u"color: #b00020;")
        self.instalmentAmountError.setWordWrap(True)
        self.instalmentAmountError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sanctionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.instalmentAmountError)

        self.instalmentPeriodLabel = QLabel(self.sanctionsGroup)
        self.instalmentPeriodLabel.setObjectName(u"instalmentPeriodLabel")

        self.sanctionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.instalmentPeriodLabel)

        self.instalmentPeriodCombo = QComboBox(self.sanctionsGroup)
        self.instalmentPeriodCombo.setObjectName(u"instalmentPeriodCombo")
        self.instalmentPeriodCombo.setMaximumSize(QSize(190, 16777215))

        self.sanctionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.instalmentPeriodCombo)

        self.instalmentPeriodError = QLabel(self.sanctionsGroup)
        self.instalmentPeriodError.setObjectName(u"instalmentPeriodError")
        self.instalmentPeriodError.setStyleSheet(u"color: #b00020;")
        self.instalmentPeriodError.setWordWrap(True)
        self.instalmentPeriodError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sanctionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.instalmentPeriodError)

        self.firstDueOnLabel = QLabel(self.sanctionsGroup)
        self.firstDueOnLabel.setObjectName(u"firstDueOnLabel")

        self.sanctionsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.firstDueOnLabel)

        self.firstDueOnEdit = OptionalDateEdit(self.sanctionsGroup)
        self.firstDueOnEdit.setObjectName(u"firstDueOnEdit")
        self.firstDueOnEdit.setMinimumSize(QSize(190, 0))
        self.firstDueOnEdit.setMaximumSize(QSize(190, 16777215))

        self.sanctionsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.firstDueOnEdit)

        self.firstDueOnError = QLabel(self.sanctionsGroup)
        self.firstDueOnError.setObjectName(u"firstDueOnError")
        self.firstDueOnError.setStyleSheet(u"color: #b00020;")
        self.firstDueOnError.setWordWrap(True)
        self.firstDueOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sanctionsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.firstDueOnError)

        self.caseIdsLabel = QLabel(self.sanctionsGroup)
        self.caseIdsLabel.setObjectName(u"caseIdsLabel")

        self.sanctionsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.caseIdsLabel)

        self.caseIdsList = QListWidget(self.sanctionsGroup)
        self.caseIdsList.setObjectName(u"caseIdsList")
        self.caseIdsList.setMaximumSize(QSize(16777215, 90))

        self.sanctionsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.caseIdsList)

        self.caseIdsError = QLabel(self.sanctionsGroup)
        self.caseIdsError.setObjectName(u"caseIdsError")
        self.caseIdsError.setStyleSheet(u"color: #b00020;")
        self.caseIdsError.setWordWrap(True)
        self.caseIdsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sanctionsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.caseIdsError)


        self.mainLayout.addWidget(self.sanctionsGroup)

        self.notesLabel = QLabel(OrderDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.mainLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(OrderDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 60))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(OrderDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setStyleSheet(u"color: #b00020;")
        self.notesError.setWordWrap(True)
        self.notesError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.notesError)

        self.generalError = QLabel(OrderDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(OrderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.typeLabel.setBuddy(self.typeCombo)
        self.orderTypeError.setBuddy(self.typeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.statusError.setBuddy(self.statusCombo)
        self.originLabel.setBuddy(self.originCombo)
        self.originError.setBuddy(self.originCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.referenceError.setBuddy(self.referenceEdit)
        self.courtLabel.setBuddy(self.courtCombo)
        self.courtIdError.setBuddy(self.courtCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.parentOrderIdError.setBuddy(self.parentCombo)
        self.appliedLabel.setBuddy(self.appliedEdit)
        self.appliedOnError.setBuddy(self.appliedEdit)
        self.grantedLabel.setBuddy(self.grantedEdit)
        self.grantedOnError.setBuddy(self.grantedEdit)
        self.endedLabel.setBuddy(self.endedEdit)
        self.endedOnError.setBuddy(self.endedEdit)
        self.periodFromLabel.setBuddy(self.periodFromEdit)
        self.periodFromError.setBuddy(self.periodFromEdit)
        self.periodToLabel.setBuddy(self.periodToEdit)
        self.periodToError.setBuddy(self.periodToEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.amountError.setBuddy(self.amountEdit)
        self.costsLabel.setBuddy(self.costsEdit)
        self.costsError.setBuddy(self.costsEdit)
        self.paymentTermsLabel.setBuddy(self.paymentTermsEdit)
        self.paymentTermsError.setBuddy(self.paymentTermsEdit)
        self.instalmentAmountLabel.setBuddy(self.instalmentAmountEdit)
        self.instalmentAmountError.setBuddy(self.instalmentAmountEdit)
        self.instalmentPeriodLabel.setBuddy(self.instalmentPeriodCombo)
        self.instalmentPeriodError.setBuddy(self.instalmentPeriodCombo)
        self.firstDueOnLabel.setBuddy(self.firstDueOnEdit)
        self.firstDueOnError.setBuddy(self.firstDueOnEdit)
        self.caseIdsLabel.setBuddy(self.caseIdsList)
        self.caseIdsError.setBuddy(self.caseIdsList)
        self.notesLabel.setBuddy(self.notesEdit)
        self.notesError.setBuddy(self.notesEdit)
        QWidget.setTabOrder(self.typeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.originCombo)
        QWidget.setTabOrder(self.originCombo, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.courtCombo)
        QWidget.setTabOrder(self.courtCombo, self.parentCombo)
        QWidget.setTabOrder(self.parentCombo, self.appliedEdit)
        QWidget.setTabOrder(self.appliedEdit, self.grantedEdit)
        QWidget.setTabOrder(self.grantedEdit, self.endedEdit)
        QWidget.setTabOrder(self.endedEdit, self.periodFromEdit)
        QWidget.setTabOrder(self.periodFromEdit, self.periodToEdit)
        QWidget.setTabOrder(self.periodToEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.costsEdit)
        QWidget.setTabOrder(self.costsEdit, self.paymentTermsEdit)
        QWidget.setTabOrder(self.paymentTermsEdit, self.instalmentAmountEdit)
        QWidget.setTabOrder(self.instalmentAmountEdit, self.instalmentPeriodCombo)
        QWidget.setTabOrder(self.instalmentPeriodCombo, self.firstDueOnEdit)
        QWidget.setTabOrder(self.firstDueOnEdit, self.caseIdsList)
        QWidget.setTabOrder(self.caseIdsList, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(OrderDialog)

        QMetaObject.connectSlotsByName(OrderDialog)
    # setupUi

    def retranslateUi(self, OrderDialog):
        OrderDialog.setWindowTitle(QCoreApplication.translate("OrderDialog", u"Enforcement order", None))
        self.typeLabel.setText(QCoreApplication.translate("OrderDialog", u"Order &type:", None))
        self.typeCombo.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Order type", None))
        self.orderTypeError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("OrderDialog", u"&Status:", None))
        self.statusCombo.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Status", None))
        self.statusError.setText("")
        self.originLabel.setText(QCoreApplication.translate("OrderDialog", u"Or&igin:", None))
        self.originCombo.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Origin: CMS or legacy CSA", None))
        self.originError.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("OrderDialog", u"Re&ference:", None))
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("OrderDialog", u"e.g. LO/2026/01234", None))
        self.referenceError.setText("")
        self.courtLabel.setText(QCoreApplication.translate("OrderDialog", u"&Court:", None))
        self.courtCombo.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Court", None))
        self.courtIdError.setText("")
        self.parentLabel.setText(QCoreApplication.translate("OrderDialog", u"Rests on (&parent order):", None))
        self.parentCombo.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Parent order this order rests on (lineage)", None))
        self.parentOrderIdError.setText("")
        self.appliedLabel.setText(QCoreApplication.translate("OrderDialog", u"&Applied on:", None))
        self.appliedEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Date applied", None))
        self.appliedOnError.setText("")
        self.grantedLabel.setText(QCoreApplication.translate("OrderDialog", u"&Granted on:", None))
        self.grantedEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Date granted", None))
        self.grantedOnError.setText("")
        self.endedLabel.setText(QCoreApplication.translate("OrderDialog", u"&Ended on:", None))
        self.endedEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Date ended", None))
        self.endedOnError.setText("")
        self.periodFromLabel.setText(QCoreApplication.translate("OrderDialog", u"Period f&rom:", None))
        self.periodFromEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Start of the period of debt covered", None))
        self.periodFromError.setText("")
        self.periodToLabel.setText(QCoreApplication.translate("OrderDialog", u"Period t&o:", None))
        self.periodToEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"End of the period of debt covered", None))
        self.periodToError.setText("")
        self.amountLabel.setText(QCoreApplication.translate("OrderDialog", u"A&mount:", None))
        self.amountEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Amount of debt in pounds", None))
        self.amountError.setText("")
        self.costsLabel.setText(QCoreApplication.translate("OrderDialog", u"Costs a&warded:", None))
        self.costsEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Costs awarded in pounds", None))
        self.costsError.setText("")
        self.sanctionsGroup.setTitle(QCoreApplication.translate("OrderDialog", u"Sanctions order", None))
        self.paymentTermsLabel.setText(QCoreApplication.translate("OrderDialog", u"Pa&yment terms:", None))
        self.paymentTermsEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Payment terms set by the court", None))
        self.paymentTermsError.setText("")
        self.instalmentAmountLabel.setText(QCoreApplication.translate("OrderDialog", u"Amount eac&h period:", None))
        self.instalmentAmountEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Amount due each period", None))
        self.instalmentAmountError.setText("")
        self.instalmentPeriodLabel.setText(QCoreApplication.translate("OrderDialog", u"Perio&d:", None))
        self.instalmentPeriodCombo.setAccessibleName(QCoreApplication.translate("OrderDialog", u"How often an instalment falls due", None))
        self.instalmentPeriodError.setText("")
        self.firstDueOnLabel.setText(QCoreApplication.translate("OrderDialog", u"First d&ue:", None))
        self.firstDueOnEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Date the first instalment is due", None))
        self.firstDueOnError.setText("")
        self.caseIdsLabel.setText(QCoreApplication.translate("OrderDialog", u"Cases co&vered:", None))
        self.caseIdsList.setAccessibleName(QCoreApplication.translate("OrderDialog", u"The paying parent's cases the order covers", None))
        self.caseIdsList.setToolTip(QCoreApplication.translate("OrderDialog", u"Tick each of the paying parent's cases the order names: it blocks further enforcement on each while its payments keep to the terms.", None))
        self.caseIdsError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("OrderDialog", u"&Notes:", None))
        self.notesEdit.setAccessibleName(QCoreApplication.translate("OrderDialog", u"Notes", None))
        self.notesError.setText("")
        self.generalError.setText("")
    # retranslateUi

