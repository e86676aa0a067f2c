# Generated from ui/letter_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(560, 560)
        LetterDialog.setModal(True)
        self.mainLayout = QVBoxLayout(LetterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(LetterDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.codeLabel = QLabel(LetterDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeCombo = QComboBox(LetterDialog)
        self.codeCombo.setObjectName(u"codeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeCombo)

        self.codeError = QLabel(LetterDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setStyleSheet(u"color: #b00020;")
        self.codeError.setWordWrap(True)
        self.codeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.recipientLabel = QLabel(LetterDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(LetterDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.recipientError = QLabel(LetterDialog)
        self.recipientError.setObjectName(u"recipientError")
        self.recipientError.setStyleSheet(u"color: #b00020;")
        self.recipientError.setWordWrap(True)
        self.recipientError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipientError)

        self.recipientNameLabel = QLabel(LetterDialog)
        self.recipientNameLabel.setObjectName(u"recipientNameLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recipientNameLabel)

        self.recipientNameEdit = QLineEdit(LetterDialog)
        self.recipientNameEdit.setObjectName(u"recipientNameEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recipientNameEdit)

        self.recipientNameError = QLabel(LetterDialog)
        self.recipientNameError.setObjectName(u"recipientNameError")
        self.recipientNameError.setStyleSheet(u"color: #b00020;")
        self.recipientNameError.setWordWrap(True)
        self.recipientNameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recipientNameError)

        self.recipientAddressLabel = QLabel(LetterDialog)
        self.recipientAddressLabel.setObjectName(u"recipientAddressLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recipientAddressLabel)

        self.recipientAddressEdit = QPlainTextEdit(LetterDialog)
        self.recipientAddressEdit.setObjectName(u"recipientAddressEdit")
        self.recipientAddressEdit.setTabChangesFocus(True)
        self.recipientAddressEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recipientAddressEdit)

        self.recipientAddressError = QLabel(LetterDialog)
        self.recipientAddressError.setObjectName(u"recipientAddressError")
        self.recipientAddressError.setStyleSheet(u"color: #b00020;")
        self.recipientAddressError.setWordWrap(True)
        self.recipientAddressError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.recipientAddressError)

        self.informationAboutLabel = QLabel(LetterDialog)
        self.informationAboutLabel.setObjectName(u"informationAboutLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.informationAboutLabel)

        self.informationAboutEdit = QLineEdit(LetterDialog)
        self.informationAboutEdit.setObjectName(u"informationAboutEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.informationAboutEdit)

        self.informationAboutError = QLabel(LetterDialog)
        self.informationAboutError.setObjectName(u"informationAboutError")
        self.informationAboutError.setStyleSheet(u"color: #b00020;")
        self.informationAboutError.setWordWrap(True)
        self.informationAboutError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.informationAboutError)

        self.variantLabel = QLabel(LetterDialog)
        self.variantLabel.setObjectName(u"variantLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.variantLabel)

        self.variantCombo = QComboBox(LetterDialog)
        self.variantCombo.setObjectName(u"variantCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.variantCombo)

        self.variantError = QLabel(LetterDialog)
        self.variantError.setObjectName(u"variantError")
        self.variantError.setStyleSheet(u"color: #b00020;")
        self.variantError.setWordWrap(True)
        self.variantError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.variantError)

        self.includeLabel = QLabel(LetterDialog)
        self.includeLabel.setObjectName(u"includeLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.includeLabel)

        self.includeBox = QWidget(LetterDialog)
        self.includeBox.setObjectName(u"includeBox")
        self.includeLayout = QHBoxLayout(self.includeBox)
        self.includeLayout.setObjectName(u"includeLayout")
        self.includeLayout.setContentsMargins(0, 0, 0, 0)
        self.includeNinoCheck = QCheckBox(self.includeBox)
        self.includeNinoCheck.setObjectName(u"includeNinoCheck")

        self.includeLayout.addWidget(self.includeNinoCheck)

        self.includeAddressCheck = QCheckBox(self.includeBox)
        self.includeAddressCheck.setObjectName(u"includeAddressCheck")

        self.includeLayout.addWidget(self.includeAddressCheck)

        self.includeDateOfBirthCheck = QCheckBox(self.includeBox)
        self.includeDateOfBirthCheck.setObjectName(u"includeDateOfBirthCheck")

        self.includeLayout.addWidget(self.includeDateOfBirthCheck)


        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.includeBox)

        self.includeDateOfBirthError = QLabel(LetterDialog)
        self.includeDateOfBirthError.setObjectName(u"includeDateOfBirthError")
        self.includeDateOfBirthError.setStyleSheet(u"color: #b00020;")
        self.includeDateOfBirthError.setWordWrap(True)
        self.includeDateOfBirthError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.includeDateOfBirthError)

        self.informationNeededLabel = QLabel(LetterDialog)
        self.informationNeededLabel.setObjectName(u"informationNeededLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.informationNeededLabel)

        self.informationNeededEdit = QPlainTextEdit(LetterDialog)
        self.informationNeededEdit.setObjectName(u"informationNeededEdit")
        self.informationNeededEdit.setTabChangesFocus(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.informationNeededEdit)

        self.informationNeededError = QLabel(LetterDialog)
        self.informationNeededError.setObjectName(u"informationNeededError")
        self.informationNeededError.setStyleSheet(u"color: #b00020;")
        self.informationNeededError.setWordWrap(True)
        self.informationNeededError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.informationNeededError)

        self.reasonLabel = QLabel(LetterDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(LetterDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(LetterDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setStyleSheet(u"color: #b00020;")
        self.reasonError.setWordWrap(True)
        self.reasonError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.councilItemsLabel = QLabel(LetterDialog)
        self.councilItemsLabel.setObjectName(u"councilItemsLabel")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.councilItemsLabel)

        self.councilItemsList = QListWidget(LetterDialog)
        self.councilItemsList.setObjectName(u"councilItemsList")

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.councilItemsList)

        self.councilItemsError = QLabel(LetterDialog)
        self.councilItemsError.setObjectName(u"councilItemsError")
        self.councilItemsError.setStyleSheet(u"color: #b00020;")
        self.councilItemsError.setWordWrap(True)
        self.councilItemsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.councilItemsError)

        self.replyDueLabel = QLabel(LetterDialog)
        self.replyDueLabel.setObjectName(u"replyDueLabel")

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.replyDueLabel)

        self.replyDueEdit = OptionalDateEdit(LetterDialog)
        self.replyDueEdit.setObjectName(u"replyDueEdit")

        self.form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.replyDueEdit)

        self.replyDueError = QLabel(LetterDialog)
        self.replyDueError.setObjectName(u"replyDueError")
        self.replyDueError.setStyleSheet(u"color: #b00020;")
        self.replyDueError.setWordWrap(True)
        self.replyDueError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.replyDueError)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(LetterDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(LetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.codeLabel.setBuddy(self.codeCombo)
        self.codeError.setBuddy(self.codeCombo)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.recipientError.setBuddy(self.recipientCombo)
        self.recipientNameLabel.setBuddy(self.recipientNameEdit)
        self.recipientNameError.setBuddy(self.recipientNameEdit)
        self.recipientAddressLabel.setBuddy(self.recipientAddressEdit)
        self.recipientAddressError.setBuddy(self.recipientAddressEdit)
        self.informationAboutLabel.setBuddy(self.informationAboutEdit)
        self.informationAboutError.setBuddy(self.informationAboutEdit)
        self.variantLabel.setBuddy(self.variantCombo)
        self.variantError.setBuddy(self.variantCombo)
        self.includeDateOfBirthError.setBuddy(self.includeDateOfBirthCheck)
        self.informationNeededLabel.setBuddy(self.informationNeededEdit)
        self.informationNeededError.setBuddy(self.informationNeededEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.reasonError.setBuddy(self.reasonEdit)
        self.councilItemsLabel.setBuddy(self.councilItemsList)
        self.councilItemsError.setBuddy(self.councilItemsList)
        self.replyDueLabel.setBuddy(self.replyDueEdit)
        self.replyDueError.setBuddy(self.replyDueEdit)
        QWidget.setTabOrder(self.codeCombo, self.recipientCombo)
        QWidget.setTabOrder(self.recipientCombo, self.recipientNameEdit)
        QWidget.setTabOrder(self.recipientNameEdit, self.recipientAddressEdit)
        QWidget.setTabOrder(self.recipientAddressEdit, self.informationAboutEdit)
        QWidget.setTabOrder(self.informationAboutEdit, self.variantCombo)
        QWidget.setTabOrder(self.variantCombo, self.includeNinoCheck)
        QWidget.setTabOrder(self.includeNinoCheck, self.includeAddressCheck)
        QWidget.setTabOrder(self.includeAddressCheck, self.includeDateOfBirthCheck)
        QWidget.setTabOrder(self.includeDateOfBirthCheck, self.informationNeededEdit)
        QWidget.setTabOrder(self.informationNeededEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.councilItemsList)
        QWidget.setTabOrder(self.councilItemsList, self.replyDueEdit)
        QWidget.setTabOrder(self.replyDueEdit, self.buttonBox)

        self.retranslateUi(LetterDialog)

        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"New letter", None))
        self.introLabel.setText(QCoreApplication.translate("LetterDialog", u"The letter is written as a Word document into the document store, for you to check, edit or tick before printing, and registered on this service request with the date its reply is due.", None))
        self.codeLabel.setText(QCoreApplication.translate("LetterDialog", u"&Letter:", None))
        self.codeCombo.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Letter to write", None))
        self.codeError.setText("")
        self.recipientLabel.setText(QCoreApplication.translate("LetterDialog", u"&To:", None))
        self.recipientCombo.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Who the letter goes to", None))
        self.recipientError.setText("")
        self.recipientNameLabel.setText(QCoreApplication.translate("LetterDialog", u"&Name:", None))
        self.recipientNameEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Name of the employer, third party or council written to", None))
        self.recipientNameError.setText("")
        self.recipientAddressLabel.setText(QCoreApplication.translate("LetterDialog", u"Add&ress:", None))
        self.recipientAddressEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Their address, one line each, the postcode last", None))
        self.recipientAddressError.setText("")
        self.informationAboutLabel.setText(QCoreApplication.translate("LetterDialog", u"Information &about:", None))
        self.informationAboutEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"What the information relates to", None))
        self.informationAboutError.setText("")
        self.variantLabel.setText(QCoreApplication.translate("LetterDialog", u"&Variant:", None))
        self.variantCombo.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Approached but failed to supply, or unable to trace", None))
        self.variantError.setText("")
        self.includeLabel.setText(QCoreApplication.translate("LetterDialog", u"Give the paying parent's:", None))
        self.includeNinoCheck.setText(QCoreApplication.translate("LetterDialog", u"N&I number", None))
        self.includeAddressCheck.setText(QCoreApplication.translate("LetterDialog", u"Last &known address", None))
        self.includeDateOfBirthCheck.setText(QCoreApplication.translate("LetterDialog", u"Date of &birth", None))
        self.includeDateOfBirthError.setText("")
        self.informationNeededLabel.setText(QCoreApplication.translate("LetterDialog", u"Information n&eeded:", None))
        self.informationNeededEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"The information needed from the receiving parent", None))
        self.informationNeededError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("LetterDialog", u"Rea&son:", None))
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Why the information is needed", None))
        self.reasonError.setText("")
        self.councilItemsLabel.setText(QCoreApplication.translate("LetterDialog", u"Ti&ck:", None))
        self.councilItemsList.setAccessibleName(QCoreApplication.translate("LetterDialog", u"The information asked of the council: tick each needed", None))
        self.councilItemsError.setText("")
        self.replyDueLabel.setText(QCoreApplication.translate("LetterDialog", u"Reply d&ue:", None))
        self.replyDueEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Date the reply is due", None))
        self.replyDueError.setText("")
        self.generalError.setText("")
    # retranslateUi

