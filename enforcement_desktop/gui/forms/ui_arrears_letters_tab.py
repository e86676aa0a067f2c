# Generated from ui/arrears_letters_tab.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_ArrearsLettersTab(object):
    def setupUi(self, ArrearsLettersTab):
        if not ArrearsLettersTab.objectName():
            ArrearsLettersTab.setObjectName(u"ArrearsLettersTab")
        ArrearsLettersTab.resize(640, 300)
        self.arrearsLettersLayout = QVBoxLayout(ArrearsLettersTab)
        self.arrearsLettersLayout.setObjectName(u"arrearsLettersLayout")
        self.adviceLabel = QLabel(ArrearsLettersTab)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)
        self.adviceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.arrearsLettersLayout.addWidget(self.adviceLabel)

        self.sendRow = QHBoxLayout()
        self.sendRow.setObjectName(u"sendRow")
        self.sendAdvisedButton = QPushButton(ArrearsLettersTab)
        self.sendAdvisedButton.setObjectName(u"sendAdvisedButton")

        self.sendRow.addWidget(self.sendAdvisedButton)

        self.sendCmsl5511Button = QPushButton(ArrearsLettersTab)
        self.sendCmsl5511Button.setObjectName(u"sendCmsl5511Button")

        self.sendRow.addWidget(self.sendCmsl5511Button)

        self.paymentsButton = QPushButton(ArrearsLettersTab)
        self.paymentsButton.setObjectName(u"paymentsButton")

        self.sendRow.addWidget(self.paymentsButton)

        self.overrideButton = QPushButton(ArrearsLettersTab)
        self.overrideButton.setObjectName(u"overrideButton")

        self.sendRow.addWidget(self.overrideButton)

        self.sendSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sendRow.addItem(self.sendSpacer)


        self.arrearsLettersLayout.addLayout(self.sendRow)

        self.sendError = QLabel(ArrearsLettersTab)
        self.sendError.setObjectName(u"sendError")
        self.sendError.setStyleSheet(u"color: #b00020;")
        self.sendError.setWordWrap(True)
        self.sendError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.arrearsLettersLayout.addWidget(self.sendError)

        self.lettersTable = QTableWidget(ArrearsLettersTab)
        if (self.lettersTable.columnCount() < 5):
            self.lettersTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.lettersTable.setObjectName(u"lettersTable")
        self.lettersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lettersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lettersTable.setColumnCount(5)
        self.lettersTable.horizontalHeader().setStretchLastSection(True)
        self.lettersTable.verticalHeader().setVisible(False)

        self.arrearsLettersLayout.addWidget(self.lettersTable)

        self.paymentsLabel = QLabel(ArrearsLettersTab)
        self.paymentsLabel.setObjectName(u"paymentsLabel")
        self.paymentsLabel.setWordWrap(True)
        self.paymentsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.arrearsLettersLayout.addWidget(self.paymentsLabel)

        self.sendError.setBuddy(self.sendAdvisedButton)

        self.retranslateUi(ArrearsLettersTab)

        QMetaObject.connectSlotsByName(ArrearsLettersTab)
    # setupUi

    def retranslateUi(self, ArrearsLettersTab):
        self.adviceLabel.setText("")
        self.adviceLabel.setWhatsThis(QCoreApplication.translate("ArrearsLettersTab", u"Which arrears letter the paying parent is due (Arrears \u2013 Consider Action, step 5): CMSL6031 when none has been sent; CMSL6038 when CMSL6031 had no response in 7 days, or when a payment is missed after 12 weeks or more of payments made in full and on time since the last arrears letter.", None))
        self.adviceLabel.setAccessibleName(QCoreApplication.translate("ArrearsLettersTab", u"Arrears letter advice", None))
        self.sendAdvisedButton.setText(QCoreApplication.translate("ArrearsLettersTab", u"Send CMSL6031", None))
        self.sendCmsl5511Button.setText(QCoreApplication.translate("ArrearsLettersTab", u"CMSL&5511 to receiving parent", None))
        self.sendCmsl5511Button.setToolTip(QCoreApplication.translate("ArrearsLettersTab", u"Ask the receiving parent to contact us when they cannot be reached by phone; a reminder is set for 7 days later", None))
        self.paymentsButton.setText(QCoreApplication.translate("ArrearsLettersTab", u"Maintenance payments\u2026", None))
        self.paymentsButton.setToolTip(QCoreApplication.translate("ArrearsLettersTab", u"Record the collections of ongoing maintenance: what was due and what was paid", None))
        self.overrideButton.setText(QCoreApplication.translate("ArrearsLettersTab", u"Letter not advised\u2026", None))
        self.overrideButton.setToolTip(QCoreApplication.translate("ArrearsLettersTab", u"Send CMSL6031 or CMSL6038 although the procedure does not advise it now, giving the reason (kept in the SR notes)", None))
        self.sendError.setText("")
        ___qtablewidgetitem = self.lettersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ArrearsLettersTab", u"Letter", None))
        ___qtablewidgetitem1 = self.lettersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ArrearsLettersTab", u"To", None))
        ___qtablewidgetitem2 = self.lettersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ArrearsLettersTab", u"Sent", None))
        ___qtablewidgetitem3 = self.lettersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ArrearsLettersTab", u"Reply due", None))
        ___qtablewidgetitem4 = self.lettersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ArrearsLettersTab", u"Reply received", None))
        self.lettersTable.setAccessibleName(QCoreApplication.translate("ArrearsLettersTab", u"Arrears letters sent on this case", None))
        self.paymentsLabel.setText("")
        pass
    # retranslateUi

