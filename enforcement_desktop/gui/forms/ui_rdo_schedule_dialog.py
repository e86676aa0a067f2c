# Generated from ui/rdo_schedule_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_RdoScheduleDialog(object):
    def setupUi(self, RdoScheduleDialog):
        if not RdoScheduleDialog.objectName():
            RdoScheduleDialog.setObjectName(u"RdoScheduleDialog")
        RdoScheduleDialog.resize(520, 460)
        RdoScheduleDialog.setModal(True)
        self.mainLayout = QVBoxLayout(RdoScheduleDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RdoScheduleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.firstDueLabel = QLabel(RdoScheduleDialog)
        self.firstDueLabel.setObjectName(u"firstDueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstDueLabel)

        self.firstDueEdit = OptionalDateEdit(RdoScheduleDialog)
        self.firstDueEdit.setObjectName(u"firstDueEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstDueEdit)

        self.firstDueOnError = QLabel(RdoScheduleDialog)
        self.firstDueOnError.setObjectName(u"firstDueOnError")
        self.firstDueOnError.setStyleSheet(u"color: #b00020;")
        self.firstDueOnError.setWordWrap(True)
        self.firstDueOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstDueOnError)

        self.amountLabel = QLabel(RdoScheduleDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(RdoScheduleDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.periodLabel = QLabel(RdoScheduleDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(RdoScheduleDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.countLabel = QLabel(RdoScheduleDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.countSpin = QSpinBox(RdoScheduleDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMaximum(1060)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countSpin)

        self.instalmentsError = QLabel(RdoScheduleDialog)
        self.instalmentsError.setObjectName(u"instalmentsError")
        self.instalmentsError.setStyleSheet(u"color: #b00020;")
        self.instalmentsError.setWordWrap(True)
        self.instalmentsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.instalmentsError)


        self.mainLayout.addLayout(self.form)

        self.previewTable = QTableWidget(RdoScheduleDialog)
        if (self.previewTable.columnCount() < 3):
            self.previewTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setSelectionMode(QAbstractItemView.NoSelection)

        self.mainLayout.addWidget(self.previewTable)

        self.reviewLabel = QLabel(RdoScheduleDialog)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)
        self.reviewLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.reviewLabel)

        self.generalError = QLabel(RdoScheduleDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(RdoScheduleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.firstDueLabel.setBuddy(self.firstDueEdit)
        self.firstDueOnError.setBuddy(self.firstDueEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.countLabel.setBuddy(self.countSpin)
        self.instalmentsError.setBuddy(self.countSpin)
        QWidget.setTabOrder(self.firstDueEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.buttonBox)

        self.retranslateUi(RdoScheduleDialog)

        QMetaObject.connectSlotsByName(RdoScheduleDialog)
    # setupUi

    def retranslateUi(self, RdoScheduleDialog):
        RdoScheduleDialog.setWindowTitle(QCoreApplication.translate("RdoScheduleDialog", u"RDO payment schedule", None))
        self.introLabel.setText(QCoreApplication.translate("RdoScheduleDialog", u"The regular deduction order's payment schedule, as the Deduction Order Team set it up. Its compliance is worked out from the payments recorded against the order.", None))
        self.firstDueLabel.setText(QCoreApplication.translate("RdoScheduleDialog", u"&First payment due:", None))
        self.firstDueEdit.setAccessibleName(QCoreApplication.translate("RdoScheduleDialog", u"First RDO payment due", None))
        self.firstDueEdit.setToolTip(QCoreApplication.translate("RdoScheduleDialog", u"The date of the first scheduled payment", None))
        self.firstDueOnError.setText("")
        self.amountLabel.setText(QCoreApplication.translate("RdoScheduleDialog", u"&Amount each:", None))
        self.amountEdit.setAccessibleName(QCoreApplication.translate("RdoScheduleDialog", u"Amount of each RDO payment", None))
        self.amountEdit.setToolTip(QCoreApplication.translate("RdoScheduleDialog", u"Pounds and pence, e.g. 100.00", None))
        self.periodLabel.setText(QCoreApplication.translate("RdoScheduleDialog", u"&Every:", None))
        self.periodCombo.setAccessibleName(QCoreApplication.translate("RdoScheduleDialog", u"How often a payment falls due", None))
        self.periodCombo.setToolTip(QCoreApplication.translate("RdoScheduleDialog", u"Weekly, every 4 weeks or monthly", None))
        self.countLabel.setText(QCoreApplication.translate("RdoScheduleDialog", u"&Number of payments:", None))
        self.countSpin.setAccessibleName(QCoreApplication.translate("RdoScheduleDialog", u"Number of scheduled RDO payments", None))
        self.countSpin.setToolTip(QCoreApplication.translate("RdoScheduleDialog", u"How many payments the schedule holds", None))
        self.instalmentsError.setText("")
        ___qtablewidgetitem = self.previewTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RdoScheduleDialog", u"Payment", None))
        ___qtablewidgetitem1 = self.previewTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RdoScheduleDialog", u"Due", None))
        ___qtablewidgetitem2 = self.previewTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RdoScheduleDialog", u"Amount", None))
        self.previewTable.setAccessibleName(QCoreApplication.translate("RdoScheduleDialog", u"The scheduled payments", None))
        self.reviewLabel.setText("")
        self.generalError.setText("")
    # retranslateUi

