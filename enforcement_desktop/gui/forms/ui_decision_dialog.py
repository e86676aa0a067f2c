# Generated from ui/decision_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(640, 560)
        DecisionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(DecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DecisionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.powersLabel = QLabel(DecisionDialog)
        self.powersLabel.setObjectName(u"powersLabel")

        self.mainLayout.addWidget(self.powersLabel)

        self.powersList = QListWidget(DecisionDialog)
        self.powersList.setObjectName(u"powersList")

        self.mainLayout.addWidget(self.powersList)

        self.powersError = QLabel(DecisionDialog)
        self.powersError.setObjectName(u"powersError")
        self.powersError.setWordWrap(True)
        self.powersError.setStyleSheet(u"color: #b00020;")
        self.powersError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.powersError)

        self.reasonsLabel = QLabel(DecisionDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonsLabel)

        self.welfareStatementLabel = QLabel(DecisionDialog)
        self.welfareStatementLabel.setObjectName(u"welfareStatementLabel")

        self.mainLayout.addWidget(self.welfareStatementLabel)

        self.welfareStatementEdit = QPlainTextEdit(DecisionDialog)
        self.welfareStatementEdit.setObjectName(u"welfareStatementEdit")
        self.welfareStatementEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.welfareStatementEdit)

        self.welfareStatementError = QLabel(DecisionDialog)
        self.welfareStatementError.setObjectName(u"welfareStatementError")
        self.welfareStatementError.setWordWrap(True)
        self.welfareStatementError.setStyleSheet(u"color: #b00020;")
        self.welfareStatementError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.welfareStatementError)

        self.generalError = QLabel(DecisionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.powersLabel.setBuddy(self.powersList)
        self.powersError.setBuddy(self.powersList)
        self.welfareStatementLabel.setBuddy(self.welfareStatementEdit)
        self.welfareStatementError.setBuddy(self.welfareStatementEdit)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decide the enforcement power", None))
        self.introLabel.setText("")
        self.powersLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Powers (tick one, or several to run in parallel):", None))
        self.powersList.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Enforcement powers", None))
        self.powersError.setText("")
        self.reasonsLabel.setText("")
        self.welfareStatementLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Welfare of the child statement (verbatim, required):", None))
        self.welfareStatementEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Welfare of the child statement", None))
        self.welfareStatementError.setText("")
        self.generalError.setText("")
    # retranslateUi

