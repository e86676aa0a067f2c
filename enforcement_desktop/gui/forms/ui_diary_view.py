# Generated from ui/diary_view.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DiaryView(object):
    def setupUi(self, DiaryView):
        if not DiaryView.objectName():
            DiaryView.setObjectName(u"DiaryView")
        DiaryView.resize(1000, 600)
        self.mainLayout = QVBoxLayout(DiaryView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.titleLabel = QLabel(DiaryView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.RichText)

        self.topLayout.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.teamCheck = QCheckBox(DiaryView)
        self.teamCheck.setObjectName(u"teamCheck")

        self.topLayout.addWidget(self.teamCheck)


        self.mainLayout.addLayout(self.topLayout)

        self.diaryTabs = QTabWidget(DiaryView)
        self.diaryTabs.setObjectName(u"diaryTabs")
        self.remindersTab = QWidget()
        self.remindersTab.setObjectName(u"remindersTab")
        self.remindersLayout = QVBoxLayout(self.remindersTab)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.remindersTable = QTableWidget(self.remindersTab)
        if (self.remindersTable.columnCount() < 6):
            self.remindersTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.remindersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.remindersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.remindersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.remindersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.remindersTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.remindersTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.remindersTable.setObjectName(u"remindersTable")
        self.remindersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.remindersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.remindersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.remindersTable.setWordWrap(False)
        self.remindersTable.horizontalHeader().setStretchLastSection(True)
        self.remindersTable.verticalHeader().setVisible(False)

        self.remindersLayout.addWidget(self.remindersTable)

        self.explanationLabel = QLabel(self.remindersTab)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.remindersLayout.addWidget(self.explanationLabel)

        self.remindersButtons = QHBoxLayout()
        self.remindersButtons.setObjectName(u"remindersButtons")
        self.countLabel = QLabel(self.remindersTab)
        self.countLabel.setObjectName(u"countLabel")

        self.remindersButtons.addWidget(self.countLabel)

        self.moreButton = QPushButton(self.remindersTab)
        self.moreButton.setObjectName(u"moreButton")

        self.remindersButtons.addWidget(self.moreButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindersButtons.addItem(self.buttonsSpacer)

        self.openButton = QPushButton(self.remindersTab)
        self.openButton.setObjectName(u"openButton")

        self.remindersButtons.addWidget(self.openButton)

        self.doneButton = QPushButton(self.remindersTab)
        self.doneButton.setObjectName(u"doneButton")

        self.remindersButtons.addWidget(self.doneButton)


        self.remindersLayout.addLayout(self.remindersButtons)

        self.diaryTabs.addTab(self.remindersTab, "")
        self.quietTab = QWidget()
        self.quietTab.setObjectName(u"quietTab")
        self.quietLayout = QVBoxLayout(self.quietTab)
        self.quietLayout.setObjectName(u"quietLayout")
        self.quietCasesLabel = QLabel(self.quietTab)
        self.quietCasesLabel.setObjectName(u"quietCasesLabel")

        self.quietLayout.addWidget(self.quietCasesLabel)

        self.quietCasesTable = QTableWidget(self.quietTab)
        if (self.quietCasesTable.columnCount() < 5):
            self.quietCasesTable.setColumnCount(5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.quietCasesTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.quietCasesTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.quietCasesTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.quietCasesTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.quietCasesTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        self.quietCasesTable.setObjectName(u"quietCasesTable")
        self.quietCasesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.quietCasesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.quietCasesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.quietCasesTable.horizontalHeader().setStretchLastSection(True)
        self.quietCasesTable.verticalHeader().setVisible(False)

        self.quietLayout.addWidget(self.quietCasesTable)

        self.quietSrsLabel = QLabel(self.quietTab)
        self.quietSrsLabel.setObjectName(u"quietSrsLabel")

        self.quietLayout.addWidget(self.quietSrsLabel)

        self.quietSrsTable = QTableWidget(self.quietTab)
        if (self.quietSrsTable.columnCount() < 7):
            self.quietSrsTable.setColumnCount(7)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.quietSrsTable.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.quietSrsTable.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.quietSrsTable.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.quietSrsTable.setHorizontalHeaderItem(3, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.quietSrsTable.setHorizontalHeaderItem(4, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.quietSrsTable.setHorizontalHeaderItem(5, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.quietSrsTable.setHorizontalHeaderItem(6, __qtablewidgetitem17)
        self.quietSrsTable.setObjectName(u"quietSrsTable")
        self.quietSrsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.quietSrsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.quietSrsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.quietSrsTable.horizontalHeader().setStretchLastSection(True)
        self.quietSrsTable.verticalHeader().setVisible(False)

        self.quietLayout.addWidget(self.quietSrsTable)

        self.diaryTabs.addTab(self.quietTab, "")

        self.mainLayout.addWidget(self.diaryTabs)

        QWidget.setTabOrder(self.teamCheck, self.diaryTabs)
        QWidget.setTabOrder(self.diaryTabs, self.remindersTable)
        QWidget.setTabOrder(self.remindersTable, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.quietCasesTable)
        QWidget.setTabOrder(self.quietCasesTable, self.quietSrsTable)

        self.retranslateUi(DiaryView)

        self.diaryTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DiaryView)
    # setupUi

    def retranslateUi(self, DiaryView):
        DiaryView.setAccessibleName(QCoreApplication.translate("DiaryView", u"Diary", None))
        self.titleLabel.setText(QCoreApplication.translate("DiaryView", u"Diary", None))
        self.teamCheck.setText(QCoreApplication.translate("DiaryView", u"My &team", None))
        self.teamCheck.setToolTip(QCoreApplication.translate("DiaryView", u"Show the reminders of everyone in your team, not only yours", None))
        self.teamCheck.setAccessibleName(QCoreApplication.translate("DiaryView", u"Show my team's reminders", None))
        ___qtablewidgetitem = self.remindersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DiaryView", u"Due", None))
        ___qtablewidgetitem1 = self.remindersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DiaryView", u"SCIN", None))
        ___qtablewidgetitem2 = self.remindersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DiaryView", u"Client", None))
        ___qtablewidgetitem3 = self.remindersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DiaryView", u"SR", None))
        ___qtablewidgetitem4 = self.remindersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DiaryView", u"Owner", None))
        ___qtablewidgetitem5 = self.remindersTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DiaryView", u"What", None))
        self.remindersTable.setAccessibleName(QCoreApplication.translate("DiaryView", u"Reminders due today and overdue, latest due first", None))
        self.explanationLabel.setText("")
        self.countLabel.setText("")
        self.moreButton.setText(QCoreApplication.translate("DiaryView", u"Show &more", None))
        self.moreButton.setToolTip(QCoreApplication.translate("DiaryView", u"Show the next reminders due, after those listed", None))
        self.openButton.setText(QCoreApplication.translate("DiaryView", u"&Open service request", None))
        self.openButton.setToolTip(QCoreApplication.translate("DiaryView", u"Open the reminder's service request in the Activity Plan (Enter)", None))
        self.doneButton.setText(QCoreApplication.translate("DiaryView", u"Do&ne", None))
        self.doneButton.setToolTip(QCoreApplication.translate("DiaryView", u"Mark the reminder done: it leaves the diary", None))
        self.diaryTabs.setTabText(self.diaryTabs.indexOf(self.remindersTab), QCoreApplication.translate("DiaryView", u"&Reminders due", None))
        self.quietCasesLabel.setText(QCoreApplication.translate("DiaryView", u"Cases with arrears and no open service request", None))
        ___qtablewidgetitem6 = self.quietCasesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DiaryView", u"SCIN", None))
        ___qtablewidgetitem7 = self.quietCasesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DiaryView", u"Client", None))
        ___qtablewidgetitem8 = self.quietCasesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("DiaryView", u"Arrears", None))
        ___qtablewidgetitem9 = self.quietCasesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("DiaryView", u"Case manager", None))
        ___qtablewidgetitem10 = self.quietCasesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("DiaryView", u"Why", None))
        self.quietCasesTable.setAccessibleName(QCoreApplication.translate("DiaryView", u"Cases with arrears and no open service request", None))
        self.quietSrsLabel.setText(QCoreApplication.translate("DiaryView", u"Open service requests that ask nobody to act", None))
        ___qtablewidgetitem11 = self.quietSrsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("DiaryView", u"SR", None))
        ___qtablewidgetitem12 = self.quietSrsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("DiaryView", u"SCIN", None))
        ___qtablewidgetitem13 = self.quietSrsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("DiaryView", u"Client", None))
        ___qtablewidgetitem14 = self.quietSrsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("DiaryView", u"Status", None))
        ___qtablewidgetitem15 = self.quietSrsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("DiaryView", u"Opened", None))
        ___qtablewidgetitem16 = self.quietSrsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("DiaryView", u"Owner", None))
        ___qtablewidgetitem17 = self.quietSrsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("DiaryView", u"Type", None))
        self.quietSrsTable.setAccessibleName(QCoreApplication.translate("DiaryView", u"Open service requests with no pending step, no wait date and no open reminder", None))
        self.diaryTabs.setTabText(self.diaryTabs.indexOf(self.quietTab), QCoreApplication.translate("DiaryView", u"Gone &quiet", None))
    # retranslateUi

