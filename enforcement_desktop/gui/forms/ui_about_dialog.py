# Generated from ui/about_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTextBrowser, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(720, 640)
        AboutDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.aboutBrowser = QTextBrowser(AboutDialog)
        self.aboutBrowser.setObjectName(u"aboutBrowser")
        self.aboutBrowser.setOpenExternalLinks(False)
        self.aboutBrowser.setOpenLinks(False)

        self.mainLayout.addWidget(self.aboutBrowser)

        self.licencesLabel = QLabel(AboutDialog)
        self.licencesLabel.setObjectName(u"licencesLabel")

        self.mainLayout.addWidget(self.licencesLabel)

        self.licencesTable = QTableWidget(AboutDialog)
        self.licencesTable.setObjectName(u"licencesTable")
        self.licencesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.licencesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.licencesTable.setAlternatingRowColors(True)
        self.licencesTable.setWordWrap(False)

        self.mainLayout.addWidget(self.licencesTable)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.licencesLabel.setBuddy(self.licencesTable)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Enforcement Desktop", None))
        self.aboutBrowser.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About Enforcement Desktop", None))
        self.licencesLabel.setText(QCoreApplication.translate("AboutDialog", u"Open-source &libraries bundled with the application:", None))
        self.licencesTable.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open-source libraries and their licences", None))
    # retranslateUi

