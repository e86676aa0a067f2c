# Generated from ui/reply_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_ReplyDialog(object):
    def setupUi(self, ReplyDialog):
        if not ReplyDialog.objectName():
            ReplyDialog.setObjectName(u"ReplyDialog")
        ReplyDialog.resize(520, 240)
        ReplyDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ReplyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ReplyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.receivedOnLabel = QLabel(ReplyDialog)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedOnLabel)

        self.receivedOnEdit = OptionalDateEdit(ReplyDialog)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedOnEdit)

        self.receivedOnError = QLabel(ReplyDialog)
        self.receivedOnError.setObjectName(u"receivedOnError")
        self.receivedOnError.setStyleSheet(u"color: #b00020;")
        self.receivedOnError.setWordWrap(True)
        self.receivedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedOnError)

        self.fileLabel = QLabel(ReplyDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileBox = QWidget(ReplyDialog)
        self.fileBox.setObjectName(u"fileBox")
        self.fileLayout = QHBoxLayout(self.fileBox)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLayout.setContentsMargins(0, 0, 0, 0)
        self.fileEdit = QLineEdit(self.fileBox)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseFileButton = QPushButton(self.fileBox)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileLayout.addWidget(self.chooseFileButton)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fileBox)

        self.fileError = QLabel(ReplyDialog)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setStyleSheet(u"color: #b00020;")
        self.fileError.setWordWrap(True)
        self.fileError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fileError)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(ReplyDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ReplyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.receivedOnLabel.setBuddy(self.receivedOnEdit)
        self.receivedOnError.setBuddy(self.receivedOnEdit)
        self.fileLabel.setBuddy(self.fileEdit)
        self.fileError.setBuddy(self.fileEdit)
        QWidget.setTabOrder(self.receivedOnEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.chooseFileButton)
        QWidget.setTabOrder(self.chooseFileButton, self.buttonBox)

        self.retranslateUi(ReplyDialog)

        QMetaObject.connectSlotsByName(ReplyDialog)
    # setupUi

    def retranslateUi(self, ReplyDialog):
        ReplyDialog.setWindowTitle(QCoreApplication.translate("ReplyDialog", u"Reply received", None))
        self.introLabel.setText("")
        self.receivedOnLabel.setText(QCoreApplication.translate("ReplyDialog", u"&Received on:", None))
        self.receivedOnEdit.setAccessibleName(QCoreApplication.translate("ReplyDialog", u"Date the reply was received", None))
        self.receivedOnError.setText("")
        self.fileLabel.setText(QCoreApplication.translate("ReplyDialog", u"&Document:", None))
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ReplyDialog", u"The document received (optional)", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ReplyDialog", u"None: only the date is recorded", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ReplyDialog", u"C&hoose\u2026", None))
        self.fileError.setText("")
        self.generalError.setText("")
    # retranslateUi

