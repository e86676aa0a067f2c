# Generated from ui/disregard_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_DisregardDialog(object):
    def setupUi(self, DisregardDialog):
        if not DisregardDialog.objectName():
            DisregardDialog.setObjectName(u"DisregardDialog")
        DisregardDialog.resize(520, 320)
        DisregardDialog.setModal(True)
        self.mainLayout = QVBoxLayout(DisregardDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.assetLabel = QLabel(DisregardDialog)
        self.assetLabel.setObjectName(u"assetLabel")
        self.assetLabel.setWordWrap(True)
        self.assetLabel.setStyleSheet(u"font-weight: bold;")
        self.assetLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.assetLabel)

        self.warningLabel = QLabel(DisregardDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"background: #fff4e5; color: #5f3b00; padding: 6px; border: 1px solid #f0c36d; border-radius: 3px;")

        self.mainLayout.addWidget(self.warningLabel)

        self.reasonLabel = QLabel(DisregardDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(DisregardDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.reasonEdit)

        self.disregardReasonError = QLabel(DisregardDialog)
        self.disregardReasonError.setObjectName(u"disregardReasonError")
        self.disregardReasonError.setStyleSheet(u"color: #b00020;")
        self.disregardReasonError.setWordWrap(True)
        self.disregardReasonError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.disregardReasonError)

        self.buttonBox = QDialogButtonBox(DisregardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

        self.reasonLabel.setBuddy(self.reasonEdit)
        self.disregardReasonError.setBuddy(self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(DisregardDialog)

        QMetaObject.connectSlotsByName(DisregardDialog)
    # setupUi

    def retranslateUi(self, DisregardDialog):
        DisregardDialog.setWindowTitle(QCoreApplication.translate("DisregardDialog", u"Disregard asset information", None))
        self.assetLabel.setText("")
        self.warningLabel.setText(QCoreApplication.translate("DisregardDialog", u"The details will be removed (description, estimated value, account type); a record that the search was made is kept (type of asset, source and date recorded). This cannot be undone.", None))
        self.reasonLabel.setText(QCoreApplication.translate("DisregardDialog", u"&Reason for disregarding:", None))
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("DisregardDialog", u"Reason for disregarding", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DisregardDialog", u"For example: not relevant to the enforcement action (account closed in 2019)", None))
        self.disregardReasonError.setText("")
    # retranslateUi

