# Generated from ui/users_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

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

        self.usersTable = QTableWidget(UsersDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.usersTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(UsersDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.hSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.hSpacer)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.buttonBox)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.summaryLabel.setText(QCoreApplication.translate("UsersDialog", u"Reading the users\u2026", None))
        self.usersTable.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&Add user\u2026", None))
        self.addButton.setToolTip(QCoreApplication.translate("UsersDialog", u"Add a user to this database", None))
        self.editButton.setText(QCoreApplication.translate("UsersDialog", u"&Edit user\u2026", None))
        self.editButton.setToolTip(QCoreApplication.translate("UsersDialog", u"Change the selected user (or double-click them)", None))
    # retranslateUi

