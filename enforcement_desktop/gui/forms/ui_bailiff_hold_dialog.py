# Generated from ui/bailiff_hold_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_BailiffHoldDialog(object):
    def setupUi(self, BailiffHoldDialog):
        if not BailiffHoldDialog.objectName():
            BailiffHoldDialog.setObjectName(u"BailiffHoldDialog")
        BailiffHoldDialog.resize(520, 320)
        BailiffHoldDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BailiffHoldDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.srLabel = QLabel(BailiffHoldDialog)
        self.srLabel.setObjectName(u"srLabel")
        self.srLabel.setWordWrap(True)
        self.srLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.srLabel)

        self.captionSpacer = QSpacerItem(0, 7, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.captionSpacer)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(BailiffHoldDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(BailiffHoldDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(BailiffHoldDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setStyleSheet(u"color: #b00020;")
        self.reasonError.setWordWrap(True)
        self.reasonError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.untilLabel = QLabel(BailiffHoldDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilEdit = OptionalDateEdit(BailiffHoldDialog)
        self.untilEdit.setObjectName(u"untilEdit")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.untilEdit)

        self.untilError = QLabel(BailiffHoldDialog)
        self.untilError.setObjectName(u"untilError")
        self.untilError.setStyleSheet(u"color: #b00020;")
        self.untilError.setWordWrap(True)
        self.untilError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.untilError)


        self.mainLayout.addLayout(self.fieldsForm)

        self.generalError = QLabel(BailiffHoldDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(BailiffHoldDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(4, 1)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.reasonError.setBuddy(self.reasonEdit)
        self.untilLabel.setBuddy(self.untilEdit)
        self.untilError.setBuddy(self.untilEdit)
        QWidget.setTabOrder(self.reasonEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.buttonBox)

        self.retranslateUi(BailiffHoldDialog)

        QMetaObject.connectSlotsByName(BailiffHoldDialog)
    # setupUi

    def retranslateUi(self, BailiffHoldDialog):
        BailiffHoldDialog.setWindowTitle(QCoreApplication.translate("BailiffHoldDialog", u"Put on hold", None))
        self.srLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("BailiffHoldDialog", u"On hold &reason:", None))
        self.reasonEdit.setToolTip(QCoreApplication.translate("BailiffHoldDialog", u"On Hold Reason", None))
        self.reasonEdit.setWhatsThis(QCoreApplication.translate("BailiffHoldDialog", u"Why bailiff action is held (On Hold Reason); it is kept in a note on the SR. Call the bailiff to say when action should resume (Bailiff procedure, steps 21-22).", None))
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("BailiffHoldDialog", u"On hold reason", None))
        self.reasonError.setText("")
        self.untilLabel.setText(QCoreApplication.translate("BailiffHoldDialog", u"On hold &until:", None))
        self.untilEdit.setToolTip(QCoreApplication.translate("BailiffHoldDialog", u"The date the hold ends: the SR waits until then and the Diary reminds you", None))
        self.untilEdit.setWhatsThis(QCoreApplication.translate("BailiffHoldDialog", u"The date the hold ends: the SR waits until then and the Diary reminds you. A hold lasts at most 28 days (Bailiff procedure, step 21).", None))
        self.untilEdit.setAccessibleName(QCoreApplication.translate("BailiffHoldDialog", u"On hold until", None))
        self.untilError.setText("")
        self.generalError.setText("")
    # retranslateUi

