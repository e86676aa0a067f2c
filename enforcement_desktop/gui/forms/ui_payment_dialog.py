# Generated from ui/payment_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(440, 260)
        PaymentDialog.setModal(True)
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.orderLabel = QLabel(PaymentDialog)
        self.orderLabel.setObjectName(u"orderLabel")
        self.orderLabel.setWordWrap(True)
        self.orderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.orderLabel)

        self.paymentForm = QFormLayout()
        self.paymentForm.setObjectName(u"paymentForm")
        self.paymentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.paymentForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.paidOnLabel = QLabel(PaymentDialog)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOnEdit = OptionalDateEdit(PaymentDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.paidOnError = QLabel(PaymentDialog)
        self.paidOnError.setObjectName(u"paidOnError")
        self.paidOnError.setStyleSheet(u"color: #b00020;")
        self.paidOnError.setWordWrap(True)
        self.paidOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paidOnError)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = MoneyEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.amountError = QLabel(PaymentDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setStyleSheet(u"color: #b00020;")
        self.amountError.setWordWrap(True)
        self.amountError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.methodLabel = QLabel(PaymentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(PaymentDialog)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setEditable(True)

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.methodError = QLabel(PaymentDialog)
        self.methodError.setObjectName(u"methodError")
        self.methodError.setStyleSheet(u"color: #b00020;")
        self.methodError.setWordWrap(True)
        self.methodError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.methodError)


        self.mainLayout.addLayout(self.paymentForm)

        self.generalError = QLabel(PaymentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.paidOnLabel.setBuddy(self.paidOnEdit)
        self.paidOnError.setBuddy(self.paidOnEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.amountError.setBuddy(self.amountEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.methodError.setBuddy(self.methodCombo)
        QWidget.setTabOrder(self.paidOnEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.buttonBox)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Add payment", None))
        self.orderLabel.setText("")
        self.paidOnLabel.setText(QCoreApplication.translate("PaymentDialog", u"Paid &on:", None))
        self.paidOnEdit.setToolTip(QCoreApplication.translate("PaymentDialog", u"When the money was received", None))
        self.paidOnEdit.setWhatsThis(QCoreApplication.translate("PaymentDialog", u"The date the payment was received, as on the bank statement or the bailiff's remittance.", None))
        self.paidOnEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Date paid", None))
        self.paidOnError.setText("")
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount:", None))
        self.amountEdit.setToolTip(QCoreApplication.translate("PaymentDialog", u"Paid against this liability order", None))
        self.amountEdit.setWhatsThis(QCoreApplication.translate("PaymentDialog", u"A payment made against this liability order. It lowers the order's current arrears balance (amount + costs \u2212 payments), the figure the bailiff pack asks the bailiff to collect.", None))
        self.amountEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Amount paid in pounds", None))
        self.amountError.setText("")
        self.methodLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Method:", None))
        self.methodCombo.setToolTip(QCoreApplication.translate("PaymentDialog", u"How it was paid", None))
        self.methodCombo.setWhatsThis(QCoreApplication.translate("PaymentDialog", u"How the payment was made (bank transfer, cheque, bailiff collection...); choose one or type another. Optional.", None))
        self.methodCombo.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"How it was paid", None))
        self.methodError.setText("")
        self.generalError.setText("")
    # retranslateUi

