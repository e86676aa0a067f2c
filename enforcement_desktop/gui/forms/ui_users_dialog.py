# Generated from ui/users_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(820, 440)
        UsersDialog.setModal(True)
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(UsersDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(UsersDialog)
        self.tabs.setObjectName(u"tabs")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersTabLayout = QVBoxLayout(self.usersTab)
        self.usersTabLayout.setObjectName(u"usersTabLayout")
        self.usersTable = QTableWidget(self.usersTab)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)

        self.usersTabLayout.addWidget(self.usersTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(self.usersTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(self.usersTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.hSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.hSpacer)


        self.usersTabLayout.addLayout(self.buttonRow)

        self.tabs.addTab(self.usersTab, "")
        self.officesTab = QWidget()
        self.officesTab.setObjectName(u"officesTab")
        self.officesTabLayout = QVBoxLayout(self.officesTab)
        self.officesTabLayout.setObjectName(u"officesTabLayout")
        self.officesCaption = QLabel(self.officesTab)
        self.officesCaption.setObjectName(u"officesCaption")
        self.officesCaption.setWordWrap(True)

        self.officesTabLayout.addWidget(self.officesCaption)

        self.officesTable = QTableWidget(self.officesTab)
        self.officesTable.setObjectName(u"officesTable")
        self.officesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.officesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.officesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.officesTable.setAlternatingRowColors(True)

        self.officesTabLayout.addWidget(self.officesTable)

        self.officeButtonRow = QHBoxLayout()
        self.officeButtonRow.setObjectName(u"officeButtonRow")
        self.addOfficeButton = QPushButton(self.officesTab)
        self.addOfficeButton.setObjectName(u"addOfficeButton")

        self.officeButtonRow.addWidget(self.addOfficeButton)

        self.editOfficeButton = QPushButton(self.officesTab)
        self.editOfficeButton.setObjectName(u"editOfficeButton")

        self.officeButtonRow.addWidget(self.editOfficeButton)

        self.officeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officeButtonRow.addItem(self.officeSpacer)


        self.officesTabLayout.addLayout(self.officeButtonRow)

        self.tabs.addTab(self.officesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.tabs, self.usersTable)
        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.officesTable)
        QWidget.setTabOrder(self.officesTable, self.addOfficeButton)
        QWidget.setTabOrder(self.addOfficeButton, self.editOfficeButton)
        QWidget.setTabOrder(self.editOfficeButton, self.buttonBox)

        self.retranslateUi(UsersDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users and offices", None))
        self.summaryLabel.setText(QCoreApplication.translate("UsersDialog", u"Reading the users\u2026", None))
        self.usersTable.setWhatsThis(QCoreApplication.translate("UsersDialog", u"The people who may use this database, with their team, roles (case manager, team leader...), office and whether they are active. Double-click one, or choose Edit user\u2026, to change it; only a team leader may add or change users.", None))
        self.usersTable.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&Add user\u2026", None))
        self.addButton.setToolTip(QCoreApplication.translate("UsersDialog", u"Add a user to this database", None))
        self.editButton.setText(QCoreApplication.translate("UsersDialog", u"&Edit user\u2026", None))
        self.editButton.setToolTip(QCoreApplication.translate("UsersDialog", u"Change the selected user (or double-click them)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("UsersDialog", u"&Users", None))
        self.officesCaption.setText(QCoreApplication.translate("UsersDialog", u"The offices users work from: letters and forms give the office's address, phone and opening hours.", None))
        self.officesTable.setWhatsThis(QCoreApplication.translate("UsersDialog", u"The offices users work from: the name, address, phone and opening hours that letters print for clients, and how many users each has. Double-click one, or choose Edit office\u2026, to change it; only a team leader may.", None))
        self.officesTable.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Offices", None))
        self.addOfficeButton.setText(QCoreApplication.translate("UsersDialog", u"Add offi&ce\u2026", None))
        self.addOfficeButton.setToolTip(QCoreApplication.translate("UsersDialog", u"Add an office users may work from", None))
        self.editOfficeButton.setText(QCoreApplication.translate("UsersDialog", u"E&dit office\u2026", None))
        self.editOfficeButton.setToolTip(QCoreApplication.translate("UsersDialog", u"Change the selected office (or double-click it)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.officesTab), QCoreApplication.translate("UsersDialog", u"&Offices", None))
    # retranslateUi

