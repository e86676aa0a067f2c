# Generated from ui/passphrase_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(560, 260)
        PassphraseDialog.setModal(True)
        self.mainLayout = QVBoxLayout(PassphraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.zipLabel = QLabel(PassphraseDialog)
        self.zipLabel.setObjectName(u"zipLabel")
        self.zipLabel.setWordWrap(True)
        self.zipLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.zipLabel)

        self.passphraseRow = QHBoxLayout()
        self.passphraseRow.setObjectName(u"passphraseRow")
        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseRow.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(PassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setReadOnly(True)

        self.passphraseRow.addWidget(self.passphraseEdit)

        self.copyButton = QPushButton(PassphraseDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.passphraseRow.addWidget(self.copyButton)


        self.mainLayout.addLayout(self.passphraseRow)

        self.adviceLabel = QLabel(PassphraseDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.adviceLabel)

        self.copiedLabel = QLabel(PassphraseDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")

        self.mainLayout.addWidget(self.copiedLabel)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(PassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.passphraseLabel.setBuddy(self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.buttonBox)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Passphrase of the encrypted pack", None))
        self.zipLabel.setText("")
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
        self.passphraseEdit.setWhatsThis(QCoreApplication.translate("PassphraseDialog", u"The passphrase that opens the encrypted bailiff pack. Copy it and send it to the Bailiff SPOC separately from the e-mail that carries the zip; it is not stored and cannot be shown again.", None))
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase of the encrypted pack", None))
        self.copyButton.setText(QCoreApplication.translate("PassphraseDialog", u"&Copy", None))
        self.adviceLabel.setText(QCoreApplication.translate("PassphraseDialog", u"Send it to the Bailiff SPOC separately from the e-mail that carries the zip; it is not stored and cannot be shown again.", None))
        self.copiedLabel.setText("")
    # retranslateUi

