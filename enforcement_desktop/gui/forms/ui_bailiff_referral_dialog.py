# Generated from ui/bailiff_referral_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTextBrowser, QVBoxLayout, QWidget)

class Ui_BailiffReferralDialog(object):
    def setupUi(self, BailiffReferralDialog):
        if not BailiffReferralDialog.objectName():
            BailiffReferralDialog.setObjectName(u"BailiffReferralDialog")
        BailiffReferralDialog.resize(900, 620)
        BailiffReferralDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BailiffReferralDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BailiffReferralDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.introLabel)

        self.ordersLabel = QLabel(BailiffReferralDialog)
        self.ordersLabel.setObjectName(u"ordersLabel")

        self.mainLayout.addWidget(self.ordersLabel)

        self.ordersTable = QTableWidget(BailiffReferralDialog)
        self.ordersTable.setObjectName(u"ordersTable")
        self.ordersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ordersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ordersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ordersTable.setTabKeyNavigation(False)
        self.ordersTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.ordersTable)

        self.checksLabel = QLabel(BailiffReferralDialog)
        self.checksLabel.setObjectName(u"checksLabel")

        self.mainLayout.addWidget(self.checksLabel)

        self.checksBrowser = QTextBrowser(BailiffReferralDialog)
        self.checksBrowser.setObjectName(u"checksBrowser")
        self.checksBrowser.setOpenLinks(False)

        self.mainLayout.addWidget(self.checksBrowser)

        self.generalError = QLabel(BailiffReferralDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(BailiffReferralDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.ordersLabel.setBuddy(self.ordersTable)
        self.checksLabel.setBuddy(self.checksBrowser)
        QWidget.setTabOrder(self.ordersTable, self.checksBrowser)
        QWidget.setTabOrder(self.checksBrowser, self.buttonBox)

        self.retranslateUi(BailiffReferralDialog)

        QMetaObject.connectSlotsByName(BailiffReferralDialog)
    # setupUi

    def retranslateUi(self, BailiffReferralDialog):
        BailiffReferralDialog.setWindowTitle(QCoreApplication.translate("BailiffReferralDialog", u"Refer to bailiff", None))
        self.introLabel.setText("")
        self.ordersLabel.setText(QCoreApplication.translate("BailiffReferralDialog", u"&Liability orders to refer (tick each one):", None))
        self.ordersTable.setToolTip(QCoreApplication.translate("BailiffReferralDialog", u"The case's granted liability orders with today's verdict for bailiff action", None))
        self.ordersTable.setWhatsThis(QCoreApplication.translate("BailiffReferralDialog", u"The case's granted liability orders with today's verdict for bailiff action. Tick each one to refer: one Bailiff service request is opened per order. They are collected CMS orders oldest first, then CSA orders oldest first (Bailiff procedure, step 10).", None))
        self.ordersTable.setAccessibleName(QCoreApplication.translate("BailiffReferralDialog", u"Granted liability orders of the case, with the referral verdict", None))
        self.checksLabel.setText(QCoreApplication.translate("BailiffReferralDialog", u"&Checks made for each liability order:", None))
        self.checksBrowser.setToolTip(QCoreApplication.translate("BailiffReferralDialog", u"Every check made for each order, with its reasons: England or Wales and a confident address, no Nulla Bona in the last 6 months, an asset recorded, no sanctions order or open appeal holding the debt", None))
        self.checksBrowser.setWhatsThis(QCoreApplication.translate("BailiffReferralDialog", u"Every check made for each order, with its reasons: England or Wales and a confident address, no Nulla Bona in the last 6 months, an asset recorded, no sanctions order or open appeal holding the debt.", None))
        self.checksBrowser.setAccessibleName(QCoreApplication.translate("BailiffReferralDialog", u"Every check made for each liability order, with the reasons", None))
        self.generalError.setText("")
    # retranslateUi

