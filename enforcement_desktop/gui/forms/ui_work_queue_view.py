# Generated from ui/work_queue_view.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_WorkQueueView(object):
    def setupUi(self, WorkQueueView):
        if not WorkQueueView.objectName():
            WorkQueueView.setObjectName(u"WorkQueueView")
        WorkQueueView.resize(1000, 600)
        self.mainLayout = QVBoxLayout(WorkQueueView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusCaption = QLabel(WorkQueueView)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filterLayout.addWidget(self.statusCaption)

        self.statusOpenCheck = QCheckBox(WorkQueueView)
        self.statusOpenCheck.setObjectName(u"statusOpenCheck")
        self.statusOpenCheck.setChecked(True)

        self.filterLayout.addWidget(self.statusOpenCheck)

        self.statusInProgressCheck = QCheckBox(WorkQueueView)
        self.statusInProgressCheck.setObjectName(u"statusInProgressCheck")
        self.statusInProgressCheck.setChecked(True)

        self.filterLayout.addWidget(self.statusInProgressCheck)

        self.statusWaitCheck = QCheckBox(WorkQueueView)
        self.statusWaitCheck.setObjectName(u"statusWaitCheck")
        self.statusWaitCheck.setChecked(True)

        self.filterLayout.addWidget(self.statusWaitCheck)

        self.statusClosedCheck = QCheckBox(WorkQueueView)
        self.statusClosedCheck.setObjectName(u"statusClosedCheck")

        self.filterLayout.addWidget(self.statusClosedCheck)

        self.statusCancelledCheck = QCheckBox(WorkQueueView)
        self.statusCancelledCheck.setObjectName(u"statusCancelledCheck")

        self.filterLayout.addWidget(self.statusCancelledCheck)

        self.filterSeparator = QFrame(WorkQueueView)
        self.filterSeparator.setObjectName(u"filterSeparator")
        self.filterSeparator.setFrameShape(QFrame.Shape.VLine)
        self.filterSeparator.setFrameShadow(QFrame.Shadow.Sunken)

        self.filterLayout.addWidget(self.filterSeparator)

        self.ownerCombo = QComboBox(WorkQueueView)
        self.ownerCombo.addItem("")
        self.ownerCombo.addItem("")
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.filterLayout.addWidget(self.ownerCombo)

        self.overdueCheck = QCheckBox(WorkQueueView)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.textFilterLabel = QLabel(WorkQueueView)
        self.textFilterLabel.setObjectName(u"textFilterLabel")

        self.filterLayout.addWidget(self.textFilterLabel)

        self.textFilterEdit = QLineEdit(WorkQueueView)
        self.textFilterEdit.setObjectName(u"textFilterEdit")
        self.textFilterEdit.setMinimumSize(QSize(160, 0))
        self.textFilterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.textFilterEdit)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(WorkQueueView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.queueTable = QTableView(WorkQueueView)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setVerticalScrollMode(QAbstractItemView.ScrollPerItem)
        self.queueTable.setSortingEnabled(False)
        self.queueTable.setWordWrap(False)
        self.queueTable.horizontalHeader().setStretchLastSection(True)
        self.queueTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.queueTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.hintLabel = QLabel(WorkQueueView)
        self.hintLabel.setObjectName(u"hintLabel")

        self.bottomLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.openButton = QPushButton(WorkQueueView)
        self.openButton.setObjectName(u"openButton")

        self.bottomLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.textFilterLabel.setBuddy(self.textFilterEdit)
        QWidget.setTabOrder(self.statusOpenCheck, self.statusInProgressCheck)
        QWidget.setTabOrder(self.statusInProgressCheck, self.statusWaitCheck)
        QWidget.setTabOrder(self.statusWaitCheck, self.statusClosedCheck)
        QWidget.setTabOrder(self.statusClosedCheck, self.statusCancelledCheck)
        QWidget.setTabOrder(self.statusCancelledCheck, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.textFilterEdit)
        QWidget.setTabOrder(self.textFilterEdit, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.openButton)

        self.retranslateUi(WorkQueueView)

        QMetaObject.connectSlotsByName(WorkQueueView)
    # setupUi

    def retranslateUi(self, WorkQueueView):
        WorkQueueView.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Work queue", None))
        self.statusCaption.setText(QCoreApplication.translate("WorkQueueView", u"Status:", None))
        self.statusOpenCheck.setText(QCoreApplication.translate("WorkQueueView", u"O&pen", None))
        self.statusOpenCheck.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Show Open service requests", None))
        self.statusInProgressCheck.setText(QCoreApplication.translate("WorkQueueView", u"&In Progress", None))
        self.statusInProgressCheck.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Show In Progress service requests", None))
        self.statusWaitCheck.setText(QCoreApplication.translate("WorkQueueView", u"&Wait", None))
        self.statusWaitCheck.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Show service requests in Wait", None))
        self.statusClosedCheck.setText(QCoreApplication.translate("WorkQueueView", u"C&losed", None))
        self.statusClosedCheck.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Show Closed service requests", None))
        self.statusCancelledCheck.setText(QCoreApplication.translate("WorkQueueView", u"Ca&ncelled", None))
        self.statusCancelledCheck.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Show Cancelled service requests", None))
        self.ownerCombo.setItemText(0, QCoreApplication.translate("WorkQueueView", u"Mine", None))
        self.ownerCombo.setItemText(1, QCoreApplication.translate("WorkQueueView", u"Everyone's", None))

        self.ownerCombo.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Whose service requests", None))
        self.overdueCheck.setText(QCoreApplication.translate("WorkQueueView", u"O&verdue only", None))
        self.overdueCheck.setToolTip(QCoreApplication.translate("WorkQueueView", u"Only service requests whose wait date has passed", None))
        self.overdueCheck.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Overdue only", None))
        self.textFilterLabel.setText(QCoreApplication.translate("WorkQueueView", u"&Text:", None))
        self.textFilterEdit.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Filter text", None))
        self.textFilterEdit.setAccessibleDescription(QCoreApplication.translate("WorkQueueView", u"Client name, SCIN, category or sub status", None))
        self.textFilterEdit.setPlaceholderText(QCoreApplication.translate("WorkQueueView", u"name, SCIN, category, sub status", None))
        self.countLabel.setText("")
        self.queueTable.setAccessibleName(QCoreApplication.translate("WorkQueueView", u"Service requests", None))
        self.queueTable.setAccessibleDescription(QCoreApplication.translate("WorkQueueView", u"Press Enter or double-click to open a service request's activity plan", None))
        self.hintLabel.setText(QCoreApplication.translate("WorkQueueView", u"Enter or double-click opens the service request's activity plan. Overdue wait dates are shown in red.", None))
        self.openButton.setText(QCoreApplication.translate("WorkQueueView", u"&Open activity plan", None))
    # retranslateUi

