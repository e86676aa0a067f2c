# Generated from ui/arrears_letter_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_ArrearsLetterDialog(object):
    def setupUi(self, ArrearsLetterDialog):
        if not ArrearsLetterDialog.objectName():
            ArrearsLetterDialog.setObjectName(u"ArrearsLetterDialog")
        ArrearsLetterDialog.resize(520, 320)
        ArrearsLetterDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ArrearsLetterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.adviceLabel = QLabel(ArrearsLetterDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)
        self.adviceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.adviceLabel)

        self.letterForm = QFormLayout()
        self.letterForm.setObjectName(u"letterForm")
        self.letterForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.codeLabel = QLabel(ArrearsLetterDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeCombo = QComboBox(ArrearsLetterDialog)
        self.codeCombo.setObjectName(u"codeCombo")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeCombo)

        self.codeError = QLabel(ArrearsLetterDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setStyleSheet(u"color: #b00020;")
        self.codeError.setWordWrap(True)
        self.codeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.letterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.addressError = QLabel(ArrearsLetterDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setStyleSheet(u"color: #b00020;")
        self.addressError.setWordWrap(True)
        self.addressError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.letterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.overrideReasonLabel = QLabel(ArrearsLetterDialog)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")

        self.letterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.overrideReasonLabel)

        self.overrideReasonEdit = QPlainTextEdit(ArrearsLetterDialog)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")
        self.overrideReasonEdit.setTabChangesFocus(True)

        self.letterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.overrideReasonEdit)

        self.overrideReasonError = QLabel(ArrearsLetterDialog)
        self.overrideReasonError.setObjectName(u"overrideReasonError")
        self.overrideReasonError.setStyleSheet(u"color: #b00020;")
        self.overrideReasonError.setWordWrap(True)
        self.overrideReasonError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.letterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.overrideReasonError)


        self.mainLayout.addLayout(self.letterForm)

        self.generalError = QLabel(ArrearsLetterDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ArrearsLetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.codeLabel.setBuddy(self.codeCombo)
        self.codeError.setBuddy(self.codeCombo)
        self.addressError.setBuddy(self.codeCombo)
        self.overrideReasonLabel.setBuddy(self.overrideReasonEdit)
        self.overrideReasonError.setBuddy(self.overrideReasonEdit)
        QWidget.setTabOrder(self.codeCombo, self.overrideReasonEdit)
        QWidget.setTabOrder(self.overrideReasonEdit, self.buttonBox)

        self.retranslateUi(ArrearsLetterDialog)

        QMetaObject.connectSlotsByName(ArrearsLetterDialog)
    # setupUi

    def retranslateUi(self, ArrearsLetterDialog):
        ArrearsLetterDialog.setWindowTitle(QCoreApplication.translate("ArrearsLetterDialog", u"Send an arrears letter not advised", None))
        self.adviceLabel.setText("")
        self.codeLabel.setText(QCoreApplication.translate("ArrearsLetterDialog", u"&Letter:", None))
        self.codeCombo.setToolTip(QCoreApplication.translate("ArrearsLetterDialog", u"The arrears letter to send to the paying parent", None))
        self.codeCombo.setWhatsThis(QCoreApplication.translate("ArrearsLetterDialog", u"CMSL6031 (arrears notice) or CMSL6038 (pay immediately or face legal action), sent to the paying parent although Arrears \u2013 Consider Action, step 5 does not advise it now.", None))
        self.codeCombo.setAccessibleName(QCoreApplication.translate("ArrearsLetterDialog", u"Arrears letter", None))
        self.codeError.setText("")
        self.addressError.setText("")
        self.overrideReasonLabel.setText(QCoreApplication.translate("ArrearsLetterDialog", u"&Reason:", None))
        self.overrideReasonEdit.setToolTip(QCoreApplication.translate("ArrearsLetterDialog", u"Why this letter is sent although it is not advised (kept in the SR notes)", None))
        self.overrideReasonEdit.setWhatsThis(QCoreApplication.translate("ArrearsLetterDialog", u"Why you send this letter although the procedure does not advise it now, for example a letter sent from another system. It is kept in the service request's notes with the advice of the moment.", None))
        self.overrideReasonEdit.setAccessibleName(QCoreApplication.translate("ArrearsLetterDialog", u"Reason for sending a letter not advised", None))
        self.overrideReasonError.setText("")
        self.generalError.setText("")
    # retranslateUi

