# Generated from ui/orders_view.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_OrdersView(object):
    def setupUi(self, OrdersView):
        if not OrdersView.objectName():
            OrdersView.setObjectName(u"OrdersView")
        OrdersView.resize(1200, 700)
        self.mainLayout = QVBoxLayout(OrdersView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseRow = QHBoxLayout()
        self.caseRow.setObjectName(u"caseRow")
        self.caseLabel = QLabel(OrdersView)
        self.caseLabel.setObjectName(u"caseLabel")

        self.caseRow.addWidget(self.caseLabel)

        self.caseCombo = QComboBox(OrdersView)
        self.caseCombo.setObjectName(u"caseCombo")
        self.caseCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.caseRow.addWidget(self.caseCombo)

        self.caseSummaryLabel = QLabel(OrdersView)
        self.caseSummaryLabel.setObjectName(u"caseSummaryLabel")
        self.caseSummaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseRow.addWidget(self.caseSummaryLabel)

        self.caseSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseRow.addItem(self.caseSpacer)


        self.mainLayout.addLayout(self.caseRow)

        self.mainSplitter = QSplitter(OrdersView)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.ordersPane = QWidget(self.mainSplitter)
        self.ordersPane.setObjectName(u"ordersPane")
        self.ordersPaneLayout = QVBoxLayout(self.ordersPane)
        self.ordersPaneLayout.setObjectName(u"ordersPaneLayout")
        self.ordersPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.ordersTable = QTableView(self.ordersPane)
        self.ordersTable.setObjectName(u"ordersTable")
        self.ordersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ordersTable.setAlternatingRowColors(True)
        self.ordersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ordersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ordersTable.setSortingEnabled(True)
        self.ordersTable.setWordWrap(False)
        self.ordersTable.horizontalHeader().setStretchLastSection(True)
        self.ordersTable.verticalHeader().setVisible(False)

        self.ordersPaneLayout.addWidget(self.ordersTable)

        self.orderButtons = QHBoxLayout()
        self.orderButtons.setObjectName(u"orderButtons")
        self.addOrderButton = QPushButton(self.ordersPane)
        self.addOrderButton.setObjectName(u"addOrderButton")

        self.orderButtons.addWidget(self.addOrderButton)

        self.editOrderButton = QPushButton(self.ordersPane)
        self.editOrderButton.setObjectName(u"editOrderButton")

        self.orderButtons.addWidget(self.editOrderButton)

        self.referButton = QPushButton(self.ordersPane)
        self.referButton.setObjectName(u"referButton")

        self.orderButtons.addWidget(self.referButton)

        self.packButton = QPushButton(self.ordersPane)
        self.packButton.setObjectName(u"packButton")

        self.orderButtons.addWidget(self.packButton)

        self.legacyActionButton = QPushButton(self.ordersPane)
        self.legacyActionButton.setObjectName(u"legacyActionButton")

        self.orderButtons.addWidget(self.legacyActionButton)

        self.orderButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderButtons.addItem(self.orderButtonSpacer)

        self.ordersTotalLabel = QLabel(self.ordersPane)
        self.ordersTotalLabel.setObjectName(u"ordersTotalLabel")
        self.ordersTotalLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.orderButtons.addWidget(self.ordersTotalLabel)


        self.ordersPaneLayout.addLayout(self.orderButtons)

        self.legacyActionsLabel = QLabel(self.ordersPane)
        self.legacyActionsLabel.setObjectName(u"legacyActionsLabel")
        self.legacyActionsLabel.setWordWrap(True)
        self.legacyActionsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.ordersPaneLayout.addWidget(self.legacyActionsLabel)

        self.mainSplitter.addWidget(self.ordersPane)
        self.bottomSplitter = QSplitter(self.mainSplitter)
        self.bottomSplitter.setObjectName(u"bottomSplitter")
        self.bottomSplitter.setOrientation(Qt.Horizontal)
        self.bottomSplitter.setChildrenCollapsible(False)
        self.caseSplitter = QSplitter(self.bottomSplitter)
        self.caseSplitter.setObjectName(u"caseSplitter")
        self.caseSplitter.setOrientation(Qt.Vertical)
        self.caseSplitter.setChildrenCollapsible(False)
        self.paymentsGroup = QGroupBox(self.caseSplitter)
        self.paymentsGroup.setObjectName(u"paymentsGroup")
        self.paymentsLayout = QVBoxLayout(self.paymentsGroup)
        self.paymentsLayout.setObjectName(u"paymentsLayout")
        self.paymentsTable = QTableView(self.paymentsGroup)
        self.paymentsTable.setObjectName(u"paymentsTable")
        self.paymentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.paymentsTable.setAlternatingRowColors(True)
        self.paymentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.paymentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.paymentsTable.setSortingEnabled(True)
        self.paymentsTable.setWordWrap(False)
        self.paymentsTable.horizontalHeader().setStretchLastSection(True)
        self.paymentsTable.verticalHeader().setVisible(False)

        self.paymentsLayout.addWidget(self.paymentsTable)

        self.balanceLabel = QLabel(self.paymentsGroup)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setWordWrap(True)
        self.balanceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.paymentsLayout.addWidget(self.balanceLabel)

        self.paymentButtons = QHBoxLayout()
        self.paymentButtons.setObjectName(u"paymentButtons")
        self.addPaymentButton = QPushButton(self.paymentsGroup)
        self.addPaymentButton.setObjectName(u"addPaymentButton")

        self.paymentButtons.addWidget(self.addPaymentButton)

        self.removePaymentButton = QPushButton(self.paymentsGroup)
        self.removePaymentButton.setObjectName(u"removePaymentButton")

        self.paymentButtons.addWidget(self.removePaymentButton)

        self.paymentSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentButtons.addItem(self.paymentSpacer)


        self.paymentsLayout.addLayout(self.paymentButtons)

        self.caseSplitter.addWidget(self.paymentsGroup)
        self.appealsGroup = QGroupBox(self.caseSplitter)
        self.appealsGroup.setObjectName(u"appealsGroup")
        self.appealsLayout = QVBoxLayout(self.appealsGroup)
        self.appealsLayout.setObjectName(u"appealsLayout")
        self.appealsSummaryLabel = QLabel(self.appealsGroup)
        self.appealsSummaryLabel.setObjectName(u"appealsSummaryLabel")
        self.appealsSummaryLabel.setWordWrap(True)
        self.appealsSummaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appealsLayout.addWidget(self.appealsSummaryLabel)

        self.appealsTable = QTableView(self.appealsGroup)
        self.appealsTable.setObjectName(u"appealsTable")
        self.appealsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.appealsTable.setAlternatingRowColors(True)
        self.appealsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.appealsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.appealsTable.setSortingEnabled(True)
        self.appealsTable.setWordWrap(False)
        self.appealsTable.horizontalHeader().setStretchLastSection(True)
        self.appealsTable.verticalHeader().setVisible(False)

        self.appealsLayout.addWidget(self.appealsTable)

        self.appealButtons = QHBoxLayout()
        self.appealButtons.setObjectName(u"appealButtons")
        self.addAppealButton = QPushButton(self.appealsGroup)
        self.addAppealButton.setObjectName(u"addAppealButton")

        self.appealButtons.addWidget(self.addAppealButton)

        self.editAppealButton = QPushButton(self.appealsGroup)
        self.editAppealButton.setObjectName(u"editAppealButton")

        self.appealButtons.addWidget(self.editAppealButton)

        self.appealSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appealButtons.addItem(self.appealSpacer)


        self.appealsLayout.addLayout(self.appealButtons)

        self.caseSplitter.addWidget(self.appealsGroup)
        self.bottomSplitter.addWidget(self.caseSplitter)
        self.optionsGroup = QGroupBox(self.bottomSplitter)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.optionsLayout = QVBoxLayout(self.optionsGroup)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsSummaryLabel = QLabel(self.optionsGroup)
        self.optionsSummaryLabel.setObjectName(u"optionsSummaryLabel")
        self.optionsSummaryLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.optionsSummaryLabel)

        self.optionsSplitter = QSplitter(self.optionsGroup)
        self.optionsSplitter.setObjectName(u"optionsSplitter")
        self.optionsSplitter.setOrientation(Qt.Vertical)
        self.optionsSplitter.setChildrenCollapsible(False)
        self.optionsTable = QTableView(self.optionsSplitter)
        self.optionsTable.setObjectName(u"optionsTable")
        self.optionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.optionsTable.setAlternatingRowColors(True)
        self.optionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.optionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.optionsTable.setSortingEnabled(False)
        self.optionsTable.setWordWrap(False)
        self.optionsSplitter.addWidget(self.optionsTable)
        self.optionsTable.horizontalHeader().setStretchLastSection(True)
        self.optionsTable.verticalHeader().setVisible(False)
        self.optionsDetail = QTextBrowser(self.optionsSplitter)
        self.optionsDetail.setObjectName(u"optionsDetail")
        self.optionsDetail.setOpenLinks(False)
        self.optionsSplitter.addWidget(self.optionsDetail)

        self.optionsLayout.addWidget(self.optionsSplitter)

        self.bottomSplitter.addWidget(self.optionsGroup)
        self.mainSplitter.addWidget(self.bottomSplitter)

        self.mainLayout.addWidget(self.mainSplitter)

        self.caseLabel.setBuddy(self.caseCombo)
        QWidget.setTabOrder(self.caseCombo, self.ordersTable)
        QWidget.setTabOrder(self.ordersTable, self.addOrderButton)
        QWidget.setTabOrder(self.addOrderButton, self.editOrderButton)
        QWidget.setTabOrder(self.editOrderButton, self.referButton)
        QWidget.setTabOrder(self.referButton, self.packButton)
        QWidget.setTabOrder(self.packButton, self.paymentsTable)
        QWidget.setTabOrder(self.paymentsTable, self.addPaymentButton)
        QWidget.setTabOrder(self.addPaymentButton, self.removePaymentButton)
        QWidget.setTabOrder(self.removePaymentButton, self.appealsTable)
        QWidget.setTabOrder(self.appealsTable, self.addAppealButton)
        QWidget.setTabOrder(self.addAppealButton, self.editAppealButton)
        QWidget.setTabOrder(self.editAppealButton, self.optionsTable)
        QWidget.setTabOrder(self.optionsTable, self.optionsDetail)

        self.retranslateUi(OrdersView)

        QMetaObject.connectSlotsByName(OrdersView)
    # setupUi

    def retranslateUi(self, OrdersView):
        OrdersView.setAccessibleName(QCoreApplication.translate("OrdersView", u"Enforcement orders view", None))
        self.caseLabel.setText(QCoreApplication.translate("OrdersView", u"Ca&se:", None))
        self.caseCombo.setAccessibleName(QCoreApplication.translate("OrdersView", u"Case", None))
        self.caseSummaryLabel.setText("")
        self.ordersTable.setToolTip(QCoreApplication.translate("OrdersView", u"The orders on this case; Enter edits", None))
        self.ordersTable.setWhatsThis(QCoreApplication.translate("OrdersView", u"Every enforcement order on the case. Origin CMS or CSA: a legacy CSA order not fully paid must be entered here (Check CSA). The current arrears balance of a liability order is its amount plus costs awarded, minus payments made against it.", None))
        self.ordersTable.setAccessibleName(QCoreApplication.translate("OrdersView", u"Enforcement orders of the case", None))
        self.addOrderButton.setText(QCoreApplication.translate("OrdersView", u"&Add order\u2026", None))
        self.addOrderButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Add an enforcement order", None))
        self.editOrderButton.setText(QCoreApplication.translate("OrdersView", u"Ed&it order\u2026", None))
        self.editOrderButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Edit the selected order", None))
        self.referButton.setToolTip(QCoreApplication.translate("OrdersView", u"Refer the ticked liability orders to the bailiff", None))
        self.referButton.setWhatsThis(QCoreApplication.translate("OrdersView", u"Open a Bailiff service request for each liability order you choose, after the checks for bailiff action (Bailiff procedure, steps 1-5).", None))
        self.referButton.setText(QCoreApplication.translate("OrdersView", u"Refer &to bailiff\u2026", None))
        self.referButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Refer liability orders to the bailiff", None))
        self.packButton.setToolTip(QCoreApplication.translate("OrdersView", u"Build the zip for the Bailiff SPOC", None))
        self.packButton.setWhatsThis(QCoreApplication.translate("OrdersView", u"Build the bailiff pack: a CMEL8010 per liability order in collection order, CMSF5571 when a DVS photo is wanted, zipped as SCIN + region for the Bailiff SPOC (Bailiff procedure, steps 10-16).", None))
        self.packButton.setText(QCoreApplication.translate("OrdersView", u"Bailiff pac&k\u2026", None))
        self.packButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Prepare the bailiff pack of this client", None))
        self.legacyActionButton.setText(QCoreApplication.translate("OrdersView", u"Legacy action\u2026", None))
        self.legacyActionButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Record legacy bailiff, EJO or DCA action on the selected CSA liability order", None))
        self.legacyActionButton.setWhatsThis(QCoreApplication.translate("OrdersView", u"Record bailiff, EJO (enforcement of judgment order) or DCA (debt collection agency) action the CSA systems started against the selected CSA liability order (Enforcement/Liability Order Actions \u2013 Check CSA, step 6). The actions are listed under the orders.", None))
        self.ordersTotalLabel.setText("")
        self.legacyActionsLabel.setText("")
        self.paymentsGroup.setTitle(QCoreApplication.translate("OrdersView", u"Payments against the selected order", None))
        self.paymentsTable.setToolTip(QCoreApplication.translate("OrdersView", u"Payments against the selected order", None))
        self.paymentsTable.setWhatsThis(QCoreApplication.translate("OrdersView", u"Payments made against the selected order; each lowers its current arrears balance.", None))
        self.paymentsTable.setAccessibleName(QCoreApplication.translate("OrdersView", u"Payments against the selected order", None))
        self.balanceLabel.setText("")
        self.addPaymentButton.setText(QCoreApplication.translate("OrdersView", u"Add &payment\u2026", None))
        self.addPaymentButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Add a payment against the selected order", None))
        self.removePaymentButton.setText(QCoreApplication.translate("OrdersView", u"&Remove payment\u2026", None))
        self.removePaymentButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Remove the selected payment", None))
        self.appealsGroup.setTitle(QCoreApplication.translate("OrdersView", u"Appeals against the arrears", None))
        self.appealsSummaryLabel.setText("")
        self.appealsTable.setToolTip(QCoreApplication.translate("OrdersView", u"Appeals on this case; an open one holds enforcement", None))
        self.appealsTable.setWhatsThis(QCoreApplication.translate("OrdersView", u"Appeals against the case's arrears. While one is open, enforcement on those arrears waits for the tribunal.", None))
        self.appealsTable.setAccessibleName(QCoreApplication.translate("OrdersView", u"Appeals against the arrears of the client's cases", None))
        self.addAppealButton.setText(QCoreApplication.translate("OrdersView", u"Add appea&l\u2026", None))
        self.addAppealButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Add an appeal against the arrears", None))
        self.editAppealButton.setText(QCoreApplication.translate("OrdersView", u"&Edit appeal\u2026", None))
        self.editAppealButton.setAccessibleName(QCoreApplication.translate("OrdersView", u"Edit the selected appeal", None))
        self.optionsGroup.setTitle(QCoreApplication.translate("OrdersView", u"Enforcement options", None))
        self.optionsSummaryLabel.setText("")
        self.optionsTable.setToolTip(QCoreApplication.translate("OrdersView", u"Today's verdict for each enforcement power", None))
        self.optionsTable.setWhatsThis(QCoreApplication.translate("OrdersView", u"Each enforcement power with today's verdict: available, or why not (minimum amounts, prerequisites, jurisdiction, holds). Select one to read every check with its figures.", None))
        self.optionsTable.setAccessibleName(QCoreApplication.translate("OrdersView", u"Enforcement options: every power, allowed or blocked, with reasons", None))
        self.optionsDetail.setAccessibleName(QCoreApplication.translate("OrdersView", u"Reasons and figures for the selected power", None))
    # retranslateUi

