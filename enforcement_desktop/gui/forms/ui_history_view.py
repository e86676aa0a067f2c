# Generated from ui/history_view.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

class Ui_HistoryView(object):
    def setupUi(self, HistoryView):
        if not HistoryView.objectName():
            HistoryView.setObjectName(u"HistoryView")
        HistoryView.resize(1000, 600)
        self.mainLayout = QVBoxLayout(HistoryView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindLabel = QLabel(HistoryView)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(HistoryView)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.caseLabel = QLabel(HistoryView)
        self.caseLabel.setObjectName(u"caseLabel")

        self.filterLayout.addWidget(self.caseLabel)

        self.caseCombo = QComboBox(HistoryView)
        self.caseCombo.setObjectName(u"caseCombo")

        self.filterLayout.addWidget(self.caseCombo)

        self.filterEdit = QLineEdit(HistoryView)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.printButton = QPushButton(HistoryView)
        self.printButton.setObjectName(u"printButton")

        self.filterLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.countLabel = QLabel(HistoryView)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.historyTable = QTableView(HistoryView)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.historyTable)

        self.kindLabel.setBuddy(self.kindCombo)
        self.caseLabel.setBuddy(self.caseCombo)
        QWidget.setTabOrder(self.kindCombo, self.caseCombo)
        QWidget.setTabOrder(self.caseCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.historyTable)

        self.retranslateUi(HistoryView)

        QMetaObject.connectSlotsByName(HistoryView)
    # setupUi

    def retranslateUi(self, HistoryView):
        HistoryView.setAccessibleName(QCoreApplication.translate("HistoryView", u"Case history", None))
        self.kindLabel.setText(QCoreApplication.translate("HistoryView", u"&Show", None))
        self.kindCombo.setToolTip(QCoreApplication.translate("HistoryView", u"Show one kind of entry: changes, status changes, plan steps, outcomes, decisions, notes, documents or letters", None))
        self.kindCombo.setAccessibleName(QCoreApplication.translate("HistoryView", u"Kind of entry", None))
        self.caseLabel.setText(QCoreApplication.translate("HistoryView", u"C&ase", None))
        self.caseCombo.setToolTip(QCoreApplication.translate("HistoryView", u"Show one case, or the client's own records (contact details, addresses, vehicles, assets)", None))
        self.caseCombo.setAccessibleName(QCoreApplication.translate("HistoryView", u"Case", None))
        self.filterEdit.setToolTip(QCoreApplication.translate("HistoryView", u"Show the entries whose user or text holds these words", None))
        self.filterEdit.setAccessibleName(QCoreApplication.translate("HistoryView", u"Find in the history", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("HistoryView", u"Find in the history (user or text)\u2026", None))
        self.printButton.setToolTip(QCoreApplication.translate("HistoryView", u"Write the client's whole history, oldest first, to an A4 PDF", None))
        self.printButton.setText(QCoreApplication.translate("HistoryView", u"&Print\u2026", None))
        self.countLabel.setText("")
        self.historyTable.setAccessibleName(QCoreApplication.translate("HistoryView", u"Case history, newest first", None))
        self.historyTable.setToolTip(QCoreApplication.translate("HistoryView", u"Press Enter or double-click to open the record an entry is about", None))
    # retranslateUi

