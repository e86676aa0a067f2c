# Generated from ui/bailiff_pack_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_BailiffPackDialog(object):
    def setupUi(self, BailiffPackDialog):
        if not BailiffPackDialog.objectName():
            BailiffPackDialog.setObjectName(u"BailiffPackDialog")
        BailiffPackDialog.resize(1120, 720)
        BailiffPackDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BailiffPackDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(BailiffPackDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.headerLabel)

        self.prioritiesGroup = QGroupBox(BailiffPackDialog)
        self.prioritiesGroup.setObjectName(u"prioritiesGroup")
        self.prioritiesLayout = QVBoxLayout(self.prioritiesGroup)
        self.prioritiesLayout.setObjectName(u"prioritiesLayout")
        self.prioritiesTable = QTableWidget(self.prioritiesGroup)
        self.prioritiesTable.setObjectName(u"prioritiesTable")
        self.prioritiesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.prioritiesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.prioritiesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.prioritiesTable.setTabKeyNavigation(False)
        self.prioritiesTable.setAlternatingRowColors(True)

        self.prioritiesLayout.addWidget(self.prioritiesTable)

        self.skipQuestionLabel = QLabel(self.prioritiesGroup)
        self.skipQuestionLabel.setObjectName(u"skipQuestionLabel")
        self.skipQuestionLabel.setWordWrap(True)
        self.skipQuestionLabel.setVisible(False)

        self.prioritiesLayout.addWidget(self.skipQuestionLabel)

        self.skipReasonEdit = QPlainTextEdit(self.prioritiesGroup)
        self.skipReasonEdit.setObjectName(u"skipReasonEdit")
        self.skipReasonEdit.setTabChangesFocus(True)
        self.skipReasonEdit.setVisible(False)

        self.prioritiesLayout.addWidget(self.skipReasonEdit)

        self.skipReasonError = QLabel(self.prioritiesGroup)
        self.skipReasonError.setObjectName(u"skipReasonError")
        self.skipReasonError.setStyleSheet(u"color: #b00020;")
        self.skipReasonError.setWordWrap(True)
        self.skipReasonError.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.skipReasonError.setVisible(False)

        self.prioritiesLayout.addWidget(self.skipReasonError)


        self.mainLayout.addWidget(self.prioritiesGroup)

        self.formsGroup = QGroupBox(BailiffPackDialog)
        self.formsGroup.setObjectName(u"formsGroup")
        self.formsLayout = QVBoxLayout(self.formsGroup)
        self.formsLayout.setObjectName(u"formsLayout")
        self.zipLabel = QLabel(self.formsGroup)
        self.zipLabel.setObjectName(u"zipLabel")
        self.zipLabel.setWordWrap(True)
        self.zipLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formsLayout.addWidget(self.zipLabel)

        self.formsTable = QTableWidget(self.formsGroup)
        self.formsTable.setObjectName(u"formsTable")
        self.formsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.formsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.formsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.formsTable.setTabKeyNavigation(False)
        self.formsTable.setAlternatingRowColors(True)

        self.formsLayout.addWidget(self.formsTable)

        self.formsHintLabel = QLabel(self.formsGroup)
        self.formsHintLabel.setObjectName(u"formsHintLabel")
        self.formsHintLabel.setWordWrap(True)
        self.formsHintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formsLayout.addWidget(self.formsHintLabel)

        self.notReadyLabel = QLabel(self.formsGroup)
        self.notReadyLabel.setObjectName(u"notReadyLabel")
        self.notReadyLabel.setWordWrap(True)
        self.notReadyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notReadyLabel.setVisible(False)

        self.formsLayout.addWidget(self.notReadyLabel)


        self.mainLayout.addWidget(self.formsGroup)

        self.dvsLayout = QVBoxLayout()
        self.dvsLayout.setSpacing(2)
        self.dvsLayout.setObjectName(u"dvsLayout")
        self.dvsCheck = QCheckBox(BailiffPackDialog)
        self.dvsCheck.setObjectName(u"dvsCheck")

        self.dvsLayout.addWidget(self.dvsCheck)

        self.dvsReasonLabel = QLabel(BailiffPackDialog)
        self.dvsReasonLabel.setObjectName(u"dvsReasonLabel")
        self.dvsReasonLabel.setWordWrap(True)
        self.dvsReasonLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dvsLayout.addWidget(self.dvsReasonLabel)

        self.dvsError = QLabel(BailiffPackDialog)
        self.dvsError.setObjectName(u"dvsError")
        self.dvsError.setStyleSheet(u"color: #b00020;")
        self.dvsError.setWordWrap(True)
        self.dvsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dvsLayout.addWidget(self.dvsError)


        self.mainLayout.addLayout(self.dvsLayout)

        self.additionalGroup = QGroupBox(BailiffPackDialog)
        self.additionalGroup.setObjectName(u"additionalGroup")
        self.additionalLayout = QVBoxLayout(self.additionalGroup)
        self.additionalLayout.setObjectName(u"additionalLayout")
        self.additionalScroll = QScrollArea(self.additionalGroup)
        self.additionalScroll.setObjectName(u"additionalScroll")
        self.additionalScroll.setFocusPolicy(Qt.NoFocus)
        self.additionalScroll.setWidgetResizable(True)
        self.additionalScroll.setFrameShape(QFrame.NoFrame)
        self.additionalContents = QWidget()
        self.additionalContents.setObjectName(u"additionalContents")
        self.additionalForm = QFormLayout(self.additionalContents)
        self.additionalForm.setObjectName(u"additionalForm")
        self.additionalForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.additionalScroll.setWidget(self.additionalContents)

        self.additionalLayout.addWidget(self.additionalScroll)

        self.additionalError = QLabel(self.additionalGroup)
        self.additionalError.setObjectName(u"additionalError")
        self.additionalError.setStyleSheet(u"color: #b00020;")
        self.additionalError.setWordWrap(True)
        self.additionalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.additionalLayout.addWidget(self.additionalError)


        self.mainLayout.addWidget(self.additionalGroup)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(BailiffPackDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(BailiffPackDialog)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setFocusPolicy(Qt.ClickFocus)
        self.folderEdit.setReadOnly(True)

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(BailiffPackDialog)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)


        self.mainLayout.addLayout(self.folderRow)

        self.folderError = QLabel(BailiffPackDialog)
        self.folderError.setObjectName(u"folderError")
        self.folderError.setStyleSheet(u"color: #b00020;")
        self.folderError.setWordWrap(True)
        self.folderError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.folderError)

        self.encryptLayout = QVBoxLayout()
        self.encryptLayout.setSpacing(2)
        self.encryptLayout.setObjectName(u"encryptLayout")
        self.encryptCheck = QCheckBox(BailiffPackDialog)
        self.encryptCheck.setObjectName(u"encryptCheck")

        self.encryptLayout.addWidget(self.encryptCheck)

        self.encryptHintLabel = QLabel(BailiffPackDialog)
        self.encryptHintLabel.setObjectName(u"encryptHintLabel")
        self.encryptHintLabel.setWordWrap(True)
        self.encryptHintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.encryptLayout.addWidget(self.encryptHintLabel)


        self.mainLayout.addLayout(self.encryptLayout)

        self.resultLabel = QLabel(BailiffPackDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.resultLabel.setVisible(False)

        self.mainLayout.addWidget(self.resultLabel)

        self.generalError = QLabel(BailiffPackDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.generalError.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.generalError)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.openFolderButton = QPushButton(BailiffPackDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setVisible(False)

        self.bottomRow.addWidget(self.openFolderButton)

        self.recordSentButton = QPushButton(BailiffPackDialog)
        self.recordSentButton.setObjectName(u"recordSentButton")
        self.recordSentButton.setAutoDefault(False)
        self.recordSentButton.setVisible(False)

        self.bottomRow.addWidget(self.recordSentButton)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(BailiffPackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Ok)

        self.bottomRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomRow)

        self.skipQuestionLabel.setBuddy(self.skipReasonEdit)
        self.skipReasonError.setBuddy(self.skipReasonEdit)
        self.dvsError.setBuddy(self.dvsCheck)
        self.additionalError.setBuddy(self.additionalScroll)
        self.folderLabel.setBuddy(self.chooseFolderButton)
        self.folderError.setBuddy(self.folderEdit)
        QWidget.setTabOrder(self.prioritiesTable, self.skipReasonEdit)
        QWidget.setTabOrder(self.skipReasonEdit, self.formsTable)
        QWidget.setTabOrder(self.formsTable, self.dvsCheck)
        QWidget.setTabOrder(self.dvsCheck, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.encryptCheck)
        QWidget.setTabOrder(self.encryptCheck, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.recordSentButton)
        QWidget.setTabOrder(self.recordSentButton, self.buttonBox)

        self.retranslateUi(BailiffPackDialog)

        QMetaObject.connectSlotsByName(BailiffPackDialog)
    # setupUi

    def retranslateUi(self, BailiffPackDialog):
        BailiffPackDialog.setWindowTitle(QCoreApplication.translate("BailiffPackDialog", u"Bailiff pack", None))
        self.headerLabel.setText("")
        self.prioritiesGroup.setTitle(QCoreApplication.translate("BailiffPackDialog", u"The client's liability orders with a balance, in collection priority", None))
        self.prioritiesTable.setWhatsThis(QCoreApplication.translate("BailiffPackDialog", u"The client's liability orders with a balance, in the order the bailiff collects them: CMS orders oldest to newest, then CSA orders oldest to newest (Bailiff procedure, step 10). Each row says whether its Bailiff SR is ready for the pack or what still stops it.", None))
        self.prioritiesTable.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"The client's liability orders in collection priority, and where each stands", None))
        self.skipQuestionLabel.setText("")
        self.skipReasonEdit.setWhatsThis(QCoreApplication.translate("BailiffPackDialog", u"Why this pack goes without a liability order that comes before it in collection priority, for example one whose Bailiff SR is on hold. The reason is recorded on each Bailiff SR of the pack, so the choice can be explained later.", None))
        self.skipReasonEdit.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Reason for leaving out a higher-priority liability order", None))
        self.skipReasonEdit.setPlaceholderText(QCoreApplication.translate("BailiffPackDialog", u"Why this pack goes without the liability order(s) above (recorded on each Bailiff SR)", None))
        self.skipReasonError.setText("")
        self.formsGroup.setTitle(QCoreApplication.translate("BailiffPackDialog", u"What the pack will hold", None))
        self.zipLabel.setText("")
        self.formsTable.setWhatsThis(QCoreApplication.translate("BailiffPackDialog", u"The forms the zip will hold, in its order: one CMEL8010 per liability order, numbered \u201c1 of N\u201d in collection priority (Bailiff procedure, step 10), and CMSF5571 when a DVS photo is asked for (steps 14-16).", None))
        self.formsTable.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Forms in the pack, in the order of the zip", None))
        self.formsHintLabel.setText("")
        self.notReadyLabel.setText("")
        self.dvsCheck.setWhatsThis(QCoreApplication.translate("BailiffPackDialog", u"Adds CMSF5571, the request for a photograph of the paying parent from the driver validation service (DVS), when they hold or may hold a driving licence (Bailiff procedure, steps 14-16). The Bailiff SPOC gets the photo and sends it to the bailiff.", None))
        self.dvsCheck.setText(QCoreApplication.translate("BailiffPackDialog", u"Include CMSF5571 &DVS photo request", None))
        self.dvsCheck.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Include the CMSF5571 DVS photo request", None))
        self.dvsReasonLabel.setText("")
        self.dvsError.setText("")
        self.additionalGroup.setTitle(QCoreApplication.translate("BailiffPackDialog", u"Additional &information for each CMEL8010", None))
        self.additionalError.setText("")
        self.folderLabel.setText(QCoreApplication.translate("BailiffPackDialog", u"&Output folder:", None))
        self.folderEdit.setWhatsThis(QCoreApplication.translate("BailiffPackDialog", u"The folder the zip is saved in, named by SCIN and region, e.g. 123456789012Midlands.zip (Bailiff procedure, step 12). Change it with Choose\u2026; it is remembered for this database.", None))
        self.folderEdit.setToolTip(QCoreApplication.translate("BailiffPackDialog", u"Change it with Choose\u2026", None))
        self.folderEdit.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Output folder for the pack", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("BailiffPackDialog", u"C&hoose\u2026", None))
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Choose the output folder", None))
        self.folderError.setText("")
        self.encryptCheck.setWhatsThis(QCoreApplication.translate("BailiffPackDialog", u"Encrypts the zip with AES-256. Its passphrase is shown once, to send to the Bailiff SPOC separately from the e-mail carrying the zip. When your office requires encrypted packs it starts ticked.", None))
        self.encryptCheck.setText(QCoreApplication.translate("BailiffPackDialog", u"&Encrypt the zip (AES-256)", None))
        self.encryptCheck.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Encrypt the zip with AES-256", None))
        self.encryptHintLabel.setText("")
        self.resultLabel.setText("")
        self.generalError.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("BailiffPackDialog", u"Open &folder", None))
        self.openFolderButton.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Open the folder holding the pack", None))
        self.recordSentButton.setText(QCoreApplication.translate("BailiffPackDialog", u"&Record pack as sent\u2026", None))
        self.recordSentButton.setAccessibleName(QCoreApplication.translate("BailiffPackDialog", u"Record the whole pack as sent to the bailiff", None))
    # retranslateUi

