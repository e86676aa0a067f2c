# Generated from ui/wilful_refusal_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_WilfulRefusalDialog(object):
    def setupUi(self, WilfulRefusalDialog):
        if not WilfulRefusalDialog.objectName():
            WilfulRefusalDialog.setObjectName(u"WilfulRefusalDialog")
        WilfulRefusalDialog.resize(480, 300)
        WilfulRefusalDialog.setModal(True)
        self.mainLayout = QVBoxLayout(WilfulRefusalDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(WilfulRefusalDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setTextFormat(Qt.RichText)
        self.caseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.caseLabel)

        self.prerequisiteLabel = QLabel(WilfulRefusalDialog)
        self.prerequisiteLabel.setObjectName(u"prerequisiteLabel")
        self.prerequisiteLabel.setWordWrap(True)
        self.prerequisiteLabel.setStyleSheet(u"color: #5f6368;")

        self.mainLayout.addWidget(self.prerequisiteLabel)

        self.existingLabel = QLabel(WilfulRefusalDialog)
        self.existingLabel.setObjectName(u"existingLabel")
        self.existingLabel.setWordWrap(True)
        self.existingLabel.setTextFormat(Qt.RichText)
        self.existingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.existingLabel)

        self.findingForm = QFormLayout()
        self.findingForm.setObjectName(u"findingForm")
        self.findingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.findingForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.findingForm.setVerticalSpacing(4)
        self.foundOnLabel = QLabel(WilfulRefusalDialog)
        self.foundOnLabel.setObjectName(u"foundOnLabel")

        self.findingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.foundOnLabel)

        self.foundOnEdit = OptionalDateEdit(WilfulRefusalDialog)
        self.foundOnEdit.setObjectName(u"foundOnEdit")

        self.findingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.foundOnEdit)

        self.foundOnError = QLabel(WilfulRefusalDialog)
        self.foundOnError.setObjectName(u"foundOnError")
        self.foundOnError.setStyleSheet(u"color: #b00020;")
        self.foundOnError.setWordWrap(True)
        self.foundOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.findingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.foundOnError)

        self.evidenceLabel = QLabel(WilfulRefusalDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.findingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QPlainTextEdit(WilfulRefusalDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")
        self.evidenceEdit.setTabChangesFocus(True)

        self.findingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)

        self.evidenceError = QLabel(WilfulRefusalDialog)
        self.evidenceError.setObjectName(u"evidenceError")
        self.evidenceError.setStyleSheet(u"color: #b00020;")
        self.evidenceError.setWordWrap(True)
        self.evidenceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.findingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidenceError)


        self.mainLayout.addLayout(self.findingForm)

        self.generalError = QLabel(WilfulRefusalDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(WilfulRefusalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.foundOnLabel.setBuddy(self.foundOnEdit)
        self.foundOnError.setBuddy(self.foundOnEdit)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
        self.evidenceError.setBuddy(self.evidenceEdit)
        QWidget.setTabOrder(self.foundOnEdit, self.evidenceEdit)
        QWidget.setTabOrder(self.evidenceEdit, self.buttonBox)

        self.retranslateUi(WilfulRefusalDialog)

        QMetaObject.connectSlotsByName(WilfulRefusalDialog)
    # setupUi

    def retranslateUi(self, WilfulRefusalDialog):
        WilfulRefusalDialog.setWindowTitle(QCoreApplication.translate("WilfulRefusalDialog", u"Wilful refusal or culpable neglect", None))
        self.caseLabel.setText("")
        self.prerequisiteLabel.setText(QCoreApplication.translate("WilfulRefusalDialog", u"This finding is a prerequisite for the last-resort sanctions, disqualification from driving and commitment to prison, once every other means of recovery is exhausted.", None))
        self.existingLabel.setText("")
        self.foundOnLabel.setText(QCoreApplication.translate("WilfulRefusalDialog", u"Date &found:", None))
        self.foundOnEdit.setWhatsThis(QCoreApplication.translate("WilfulRefusalDialog", u"The date wilful refusal or culpable neglect was found. Disqualification from driving and commitment to prison need this finding; it cannot be in the future.", None))
        self.foundOnEdit.setAccessibleName(QCoreApplication.translate("WilfulRefusalDialog", u"Date wilful refusal or culpable neglect was found", None))
        self.foundOnEdit.setToolTip(QCoreApplication.translate("WilfulRefusalDialog", u"The date of the finding; it cannot be in the future", None))
        self.foundOnError.setText("")
        self.evidenceLabel.setText(QCoreApplication.translate("WilfulRefusalDialog", u"&Evidence:", None))
        self.evidenceEdit.setToolTip(QCoreApplication.translate("WilfulRefusalDialog", u"What shows the refusal or neglect: for example means found but payments refused, letters and calls ignored", None))
        self.evidenceEdit.setWhatsThis(QCoreApplication.translate("WilfulRefusalDialog", u"What shows the refusal or neglect: for example means found but payments refused, letters and calls ignored. A court will ask for it.", None))
        self.evidenceEdit.setAccessibleName(QCoreApplication.translate("WilfulRefusalDialog", u"Evidence of wilful refusal or culpable neglect", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("WilfulRefusalDialog", u"What shows the refusal or neglect: e.g. means found, payments refused, letters and calls ignored", None))
        self.evidenceError.setText("")
        self.generalError.setText("")
    # retranslateUi

