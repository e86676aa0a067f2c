# Generated from ui/preferences_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(620, 320)
        PreferencesDialog.setModal(True)
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.folderGroup = QGroupBox(PreferencesDialog)
        self.folderGroup.setObjectName(u"folderGroup")
        self.folderLayout = QVBoxLayout(self.folderGroup)
        self.folderLayout.setObjectName(u"folderLayout")
        self.databaseLabel = QLabel(self.folderGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.folderLayout.addWidget(self.databaseLabel)

        self.outputFolderLabel = QLabel(self.folderGroup)
        self.outputFolderLabel.setObjectName(u"outputFolderLabel")

        self.folderLayout.addWidget(self.outputFolderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.folderGroup)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)
        self.folderEdit.setFocusPolicy(Qt.NoFocus)

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(self.folderGroup)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)

        self.defaultFolderButton = QPushButton(self.folderGroup)
        self.defaultFolderButton.setObjectName(u"defaultFolderButton")

        self.folderRow.addWidget(self.defaultFolderButton)


        self.folderLayout.addLayout(self.folderRow)

        self.outputFolderError = QLabel(self.folderGroup)
        self.outputFolderError.setObjectName(u"outputFolderError")
        self.outputFolderError.setStyleSheet(u"color: #b00020;")
        self.outputFolderError.setWordWrap(True)
        self.outputFolderError.setVisible(False)

        self.folderLayout.addWidget(self.outputFolderError)

        self.folderHintLabel = QLabel(self.folderGroup)
        self.folderHintLabel.setObjectName(u"folderHintLabel")
        self.folderHintLabel.setWordWrap(True)

        self.folderLayout.addWidget(self.folderHintLabel)


        self.mainLayout.addWidget(self.folderGroup)

        self.windowGroup = QGroupBox(PreferencesDialog)
        self.windowGroup.setObjectName(u"windowGroup")
        self.windowLayout = QVBoxLayout(self.windowGroup)
        self.windowLayout.setObjectName(u"windowLayout")
        self.reopenLastViewCheck = QCheckBox(self.windowGroup)
        self.reopenLastViewCheck.setObjectName(u"reopenLastViewCheck")

        self.windowLayout.addWidget(self.reopenLastViewCheck)

        self.forgetLayoutCheck = QCheckBox(self.windowGroup)
        self.forgetLayoutCheck.setObjectName(u"forgetLayoutCheck")

        self.windowLayout.addWidget(self.forgetLayoutCheck)


        self.mainLayout.addWidget(self.windowGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.outputFolderLabel.setBuddy(self.chooseFolderButton)
        self.outputFolderError.setBuddy(self.folderEdit)
        QWidget.setTabOrder(self.chooseFolderButton, self.defaultFolderButton)
        QWidget.setTabOrder(self.defaultFolderButton, self.reopenLastViewCheck)
        QWidget.setTabOrder(self.reopenLastViewCheck, self.forgetLayoutCheck)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.folderGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Packs, letters and case files", None))
        self.databaseLabel.setText("")
        self.outputFolderLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Output folder:", None))
        self.folderEdit.setWhatsThis(QCoreApplication.translate("PreferencesDialog", u"Where bailiff packs, letters and exported case files are saved for this database (the Bailiff packs folder in your Documents unless you choose another). Each database keeps its own, so a folder chosen for the demo data is never used for real cases.", None))
        self.folderEdit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Output folder", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("PreferencesDialog", u"&Choose\u2026", None))
        self.chooseFolderButton.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Choose the folder bailiff packs, letters and exported case files are saved in", None))
        self.defaultFolderButton.setText(QCoreApplication.translate("PreferencesDialog", u"Use &default", None))
        self.defaultFolderButton.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Go back to the Bailiff packs folder in your Documents", None))
        self.outputFolderError.setText("")
        self.folderHintLabel.setText(QCoreApplication.translate("PreferencesDialog", u"The bailiff pack dialog, Build packs for all prepared clients, the CMEL8011 and CMEL8039 letters and File \u25b8 Export client start from this folder. It is kept for this database only: a folder chosen while trying the demo data is never used for real cases. The files hold personal data: choose a folder only you (or your team) can open.", None))
        self.windowGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Window", None))
        self.reopenLastViewCheck.setWhatsThis(QCoreApplication.translate("PreferencesDialog", u"When ticked, the window opens on the view you were using when you last closed it; otherwise it opens on the Work Queue.", None))
        self.reopenLastViewCheck.setText(QCoreApplication.translate("PreferencesDialog", u"&Reopen the view I was using when I closed the window (otherwise the Work Queue)", None))
        self.forgetLayoutCheck.setWhatsThis(QCoreApplication.translate("PreferencesDialog", u"When ticked, the window's size and the positions of its panels are forgotten, and the default layout is used from the next start.", None))
        self.forgetLayoutCheck.setText(QCoreApplication.translate("PreferencesDialog", u"&Forget the window's size and where I put its panels (the default layout from the next start)", None))
    # retranslateUi

