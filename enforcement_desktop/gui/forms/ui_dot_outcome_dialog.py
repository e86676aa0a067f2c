# Generated from ui/dot_outcome_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_DotOutcomeDialog(object):
    def setupUi(self, DotOutcomeDialog):
        if not DotOutcomeDialog.objectName():
            DotOutcomeDialog.setObjectName(u"DotOutcomeDialog")
        DotOutcomeDialog.resize(480, 300)
        DotOutcomeDialog.setModal(True)
        self.mainLayout = QVBoxLayout(DotOutcomeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DotOutcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.resultLabel = QLabel(DotOutcomeDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultCombo = QComboBox(DotOutcomeDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.resultError = QLabel(DotOutcomeDialog)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setStyleSheet(u"color: #b00020;")
        self.resultError.setWordWrap(True)
        self.resultError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultError)

        self.reasonsLabel = QLabel(DotOutcomeDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonsLabel)

        self.reasonsEdit = QPlainTextEdit(DotOutcomeDialog)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonsEdit)

        self.reasonsError = QLabel(DotOutcomeDialog)
        self.reasonsError.setObjectName(u"reasonsError")
        self.reasonsError.setStyleSheet(u"color: #b00020;")
        self.reasonsError.setWordWrap(True)
        self.reasonsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonsError)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(DotOutcomeDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(DotOutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.resultLabel.setBuddy(self.resultCombo)
        self.resultError.setBuddy(self.resultCombo)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
        self.reasonsError.setBuddy(self.reasonsEdit)
        QWidget.setTabOrder(self.resultCombo, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.buttonBox)

        self.retranslateUi(DotOutcomeDialog)

        QMetaObject.connectSlotsByName(DotOutcomeDialog)
    # setupUi

    def retranslateUi(self, DotOutcomeDialog):
        DotOutcomeDialog.setWindowTitle(QCoreApplication.translate("DotOutcomeDialog", u"Deduction Order Team outcome", None))
        self.introLabel.setText(QCoreApplication.translate("DotOutcomeDialog", u"The Deduction Order Team's outcome of the disclosure request. Approved: set up the order within 48 hours. Not approved: the case manager goes on to Initiate LO arrears action.", None))
        self.resultLabel.setText(QCoreApplication.translate("DotOutcomeDialog", u"&Outcome:", None))
        self.resultCombo.setAccessibleName(QCoreApplication.translate("DotOutcomeDialog", u"The Deduction Order Team's outcome", None))
        self.resultCombo.setToolTip(QCoreApplication.translate("DotOutcomeDialog", u"RDO approved, LSDO approved, or not approved", None))
        self.resultError.setText("")
        self.reasonsLabel.setText(QCoreApplication.translate("DotOutcomeDialog", u"&Reasons:", None))
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("DotOutcomeDialog", u"The Deduction Order Team's reasons", None))
        self.reasonsEdit.setToolTip(QCoreApplication.translate("DotOutcomeDialog", u"Required when not approved: why no deduction order can be made", None))
        self.reasonsEdit.setPlaceholderText(QCoreApplication.translate("DotOutcomeDialog", u"Required when not approved, e.g. no suitable account found", None))
        self.reasonsError.setText("")
        self.generalError.setText("")
    # retranslateUi

