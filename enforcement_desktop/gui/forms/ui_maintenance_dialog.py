# Generated from ui/maintenance_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_MaintenanceDialog(object):
    def setupUi(self, MaintenanceDialog):
        if not MaintenanceDialog.objectName():
            MaintenanceDialog.setObjectName(u"MaintenanceDialog")
        MaintenanceDialog.resize(560, 520)
        MaintenanceDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MaintenanceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(MaintenanceDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.caseLabel)

        self.paymentsTable = QTableWidget(MaintenanceDialog)
        if (self.paymentsTable.columnCount() < 5):
            self.paymentsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.paymentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.paymentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.paymentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.paymentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.paymentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.paymentsTable.setObjectName(u"paymentsTable")
        self.paymentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.paymentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.paymentsTable.setColumnCount(5)
        self.paymentsTable.horizontalHeader().setStretchLastSection(True)
        self.paymentsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.paymentsTable)

        self.newLabel = QLabel(MaintenanceDialog)
        self.newLabel.setObjectName(u"newLabel")
        self.newLabel.setStyleSheet(u"font-weight: bold;")

        self.mainLayout.addWidget(self.newLabel)

        self.paymentForm = QFormLayout()
        self.paymentForm.setObjectName(u"paymentForm")
        self.paymentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dueOnLabel = QLabel(MaintenanceDialog)
        self.dueOnLabel.setObjectName(u"dueOnLabel")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dueOnLabel)

        self.dueOnEdit = OptionalDateEdit(MaintenanceDialog)
        self.dueOnEdit.setObjectName(u"dueOnEdit")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dueOnEdit)

        self.dueOnError = QLabel(MaintenanceDialog)
        self.dueOnError.setObjectName(u"dueOnError")
        self.dueOnError.setStyleSheet(u"color: #b00020;")
        self.dueOnError.setWordWrap(True)
        self.dueOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueOnError)

        self.amountDueLabel = QLabel(MaintenanceDialog)
        self.amountDueLabel.setObjectName(u"amountDueLabel")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountDueLabel)

        self.amountDueEdit = MoneyEdit(MaintenanceDialog)
        self.amountDueEdit.setObjectName(u"amountDueEdit")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountDueEdit)

        self.amountDueError = QLabel(MaintenanceDialog)
        self.amountDueError.setObjectName(u"amountDueError")
        self.amountDueError.setStyleSheet(u"color: #b00020;")
        self.amountDueError.setWordWrap(True)
        self.amountDueError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountDueError)

        self.amountPaidLabel = QLabel(MaintenanceDialog)
        self.amountPaidLabel.setObjectName(u"amountPaidLabel")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountPaidLabel)

        self.amountPaidEdit = MoneyEdit(MaintenanceDialog)
        self.amountPaidEdit.setObjectName(u"amountPaidEdit")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amountPaidEdit)

        self.amountPaidError = QLabel(MaintenanceDialog)
        self.amountPaidError.setObjectName(u"amountPaidError")
        self.amountPaidError.setStyleSheet(u"color: #b00020;")
        self.amountPaidError.setWordWrap(True)
        self.amountPaidError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amountPaidError)

        self.paidOnLabel = QLabel(MaintenanceDialog)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.paymentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOnEdit = OptionalDateEdit(MaintenanceDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.paymentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.paidOnError = QLabel(MaintenanceDialog)
        self.paidOnError.setObjectName(u"paidOnError")
        self.paidOnError.setStyleSheet(u"color: #b00020;")
        self.paidOnError.setWordWrap(True)
        self.paidOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.paidOnError)


        self.mainLayout.addLayout(self.paymentForm)

        self.generalError = QLabel(MaintenanceDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(MaintenanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.dueOnLabel.setBuddy(self.dueOnEdit)
        self.dueOnError.setBuddy(self.dueOnEdit)
        self.amountDueLabel.setBuddy(self.amountDueEdit)
        self.amountDueError.setBuddy(self.amountDueEdit)
        self.amountPaidLabel.setBuddy(self.amountPaidEdit)
        self.amountPaidError.setBuddy(self.amountPaidEdit)
        self.paidOnLabel.setBuddy(self.paidOnEdit)
        self.paidOnError.setBuddy(self.paidOnEdit)
        QWidget.setTabOrder(self.dueOnEdit, self.amountDueEdit)
        QWidget.setTabOrder(self.amountDueEdit, self.amountPaidEdit)
        QWidget.setTabOrder(self.amountPaidEdit, self.paidOnEdit)
        QWidget.setTabOrder(self.paidOnEdit, self.buttonBox)
        QWidget.setTabOrder(self.buttonBox, self.paymentsTable)

        self.retranslateUi(MaintenanceDialog)

        QMetaObject.connectSlotsByName(MaintenanceDialog)
    # setupUi

    def retranslateUi(self, MaintenanceDialog):
        MaintenanceDialog.setWindowTitle(QCoreApplication.translate("MaintenanceDialog", u"Maintenance payments", None))
        self.caseLabel.setText("")
        ___qtablewidgetitem = self.paymentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MaintenanceDialog", u"Due", None))
        ___qtablewidgetitem1 = self.paymentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MaintenanceDialog", u"Amount due", None))
        ___qtablewidgetitem2 = self.paymentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MaintenanceDialog", u"Paid", None))
        ___qtablewidgetitem3 = self.paymentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MaintenanceDialog", u"Paid on", None))
        ___qtablewidgetitem4 = self.paymentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MaintenanceDialog", u"Complied with?", None))
        self.paymentsTable.setAccessibleName(QCoreApplication.translate("MaintenanceDialog", u"Collections recorded on this case, newest first", None))
        self.newLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"Record a collection", None))
        self.dueOnLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"&Due on:", None))
        self.dueOnEdit.setToolTip(QCoreApplication.translate("MaintenanceDialog", u"The date the collection of ongoing maintenance was due", None))
        self.dueOnEdit.setWhatsThis(QCoreApplication.translate("MaintenanceDialog", u"The date this collection of ongoing maintenance was due. A collection paid in full by this date is complied with (Arrears \u2013 Consider Action, step 5).", None))
        self.dueOnEdit.setAccessibleName(QCoreApplication.translate("MaintenanceDialog", u"Date due", None))
        self.dueOnError.setText("")
        self.amountDueLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"Amount d&ue:", None))
        self.amountDueEdit.setToolTip(QCoreApplication.translate("MaintenanceDialog", u"What the paying parent had to pay on that date", None))
        self.amountDueEdit.setWhatsThis(QCoreApplication.translate("MaintenanceDialog", u"The amount of ongoing maintenance due on that date, in pounds and pence.", None))
        self.amountDueEdit.setAccessibleName(QCoreApplication.translate("MaintenanceDialog", u"Amount due in pounds", None))
        self.amountDueError.setText("")
        self.amountPaidLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"Amount pa&id:", None))
        self.amountPaidEdit.setToolTip(QCoreApplication.translate("MaintenanceDialog", u"What was received for this collection (empty: nothing)", None))
        self.amountPaidEdit.setWhatsThis(QCoreApplication.translate("MaintenanceDialog", u"What the paying parent paid towards this collection. Less than the amount due is a missed payment.", None))
        self.amountPaidEdit.setAccessibleName(QCoreApplication.translate("MaintenanceDialog", u"Amount paid in pounds", None))
        self.amountPaidError.setText("")
        self.paidOnLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"Paid &on:", None))
        self.paidOnEdit.setToolTip(QCoreApplication.translate("MaintenanceDialog", u"When the payment was received (empty when nothing was paid)", None))
        self.paidOnEdit.setWhatsThis(QCoreApplication.translate("MaintenanceDialog", u"The date the payment (or its last part) was received. Paid after the due date is a missed payment, even in full.", None))
        self.paidOnEdit.setAccessibleName(QCoreApplication.translate("MaintenanceDialog", u"Date paid", None))
        self.paidOnError.setText("")
        self.generalError.setText("")
    # retranslateUi

