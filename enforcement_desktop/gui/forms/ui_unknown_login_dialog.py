# Generated from ui/unknown_login_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget)

class Ui_UnknownLoginDialog(object):
    def setupUi(self, UnknownLoginDialog):
        if not UnknownLoginDialog.objectName():
            UnknownLoginDialog.setObjectName(u"UnknownLoginDialog")
        UnknownLoginDialog.resize(480, 360)
        UnknownLoginDialog.setModal(True)
        self.mainLayout = QVBoxLayout(UnknownLoginDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(UnknownLoginDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.messageLabel)

        self.adviceLabel = QLabel(UnknownLoginDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.adviceLabel)

        self.usersLabel = QLabel(UnknownLoginDialog)
        self.usersLabel.setObjectName(u"usersLabel")
        self.usersLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.usersLabel)

        self.usersList = QListWidget(UnknownLoginDialog)
        self.usersList.setObjectName(u"usersList")

        self.mainLayout.addWidget(self.usersList)

        self.buttonBox = QDialogButtonBox(UnknownLoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.NoButton)

        self.mainLayout.addWidget(self.buttonBox)

        self.usersLabel.setBuddy(self.usersList)
        QWidget.setTabOrder(self.usersList, self.buttonBox)

        self.retranslateUi(UnknownLoginDialog)

        QMetaObject.connectSlotsByName(UnknownLoginDialog)
    # setupUi

    def retranslateUi(self, UnknownLoginDialog):
        UnknownLoginDialog.setWindowTitle(QCoreApplication.translate("UnknownLoginDialog", u"Who is working?", None))
        self.messageLabel.setText("")
        self.adviceLabel.setText("")
        self.usersLabel.setText(QCoreApplication.translate("UnknownLoginDialog", u"Continue &as one of the demo users:", None))
        self.usersList.setWhatsThis(QCoreApplication.translate("UnknownLoginDialog", u"The demo database's users. Your login has no user record here, so on the demo data you may continue as one of them to try the application; on real data a team leader must add you first.", None))
        self.usersList.setAccessibleName(QCoreApplication.translate("UnknownLoginDialog", u"Demo users to continue as", None))
    # retranslateUi

