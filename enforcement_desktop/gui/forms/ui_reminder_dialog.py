# Generated from ui/reminder_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_ReminderDialog(object):
    def setupUi(self, ReminderDialog):
        if not ReminderDialog.objectName():
            ReminderDialog.setObjectName(u"ReminderDialog")
        ReminderDialog.resize(480, 320)
        ReminderDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ReminderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.srLabel = QLabel(ReminderDialog)
        self.srLabel.setObjectName(u"srLabel")
        self.srLabel.setWordWrap(True)
        self.srLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.srLabel)

        self.reminderForm = QFormLayout()
        self.reminderForm.setObjectName(u"reminderForm")
        self.reminderForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dueOnLabel = QLabel(ReminderDialog)
        self.dueOnLabel.setObjectName(u"dueOnLabel")

        self.reminderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dueOnLabel)

        self.dueOnEdit = OptionalDateEdit(ReminderDialog)
        self.dueOnEdit.setObjectName(u"dueOnEdit")

        self.reminderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dueOnEdit)

        self.dueOnError = QLabel(ReminderDialog)
        self.dueOnError.setObjectName(u"dueOnError")
        self.dueOnError.setStyleSheet(u"color: #b00020;")
        self.dueOnError.setWordWrap(True)
        self.dueOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.reminderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueOnError)

        self.noteLabel = QLabel(ReminderDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.reminderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ReminderDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.reminderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(ReminderDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #b00020;")
        self.noteError.setWordWrap(True)
        self.noteError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.reminderForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteError)

        self.ownerLabel = QLabel(ReminderDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.reminderForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ReminderDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.reminderForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.ownerError = QLabel(ReminderDialog)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setStyleSheet(u"color: #b00020;")
        self.ownerError.setWordWrap(True)
        self.ownerError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.reminderForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerError)


        self.mainLayout.addLayout(self.reminderForm)

        self.generalError = QLabel(ReminderDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ReminderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.dueOnLabel.setBuddy(self.dueOnEdit)
        self.dueOnError.setBuddy(self.dueOnEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.noteError.setBuddy(self.noteEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.ownerError.setBuddy(self.ownerCombo)
        QWidget.setTabOrder(self.dueOnEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.buttonBox)

        self.retranslateUi(ReminderDialog)

        QMetaObject.connectSlotsByName(ReminderDialog)
    # setupUi

    def retranslateUi(self, ReminderDialog):
        ReminderDialog.setWindowTitle(QCoreApplication.translate("ReminderDialog", u"Add reminder", None))
        self.srLabel.setText("")
        self.dueOnLabel.setText(QCoreApplication.translate("ReminderDialog", u"D&ue on:", None))
        self.dueOnEdit.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"Date the reminder is due", None))
        self.dueOnError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("ReminderDialog", u"&What to do:", None))
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"What to do when the reminder is due", None))
        self.noteError.setText("")
        self.ownerLabel.setText(QCoreApplication.translate("ReminderDialog", u"&For:", None))
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"Whose diary the reminder goes in", None))
        self.ownerError.setText("")
        self.generalError.setText("")
    # retranslateUi

