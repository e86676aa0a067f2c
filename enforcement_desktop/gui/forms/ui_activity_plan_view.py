# Generated from ui/activity_plan_view.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QTreeWidget, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_ActivityPlanView(object):
    def setupUi(self, ActivityPlanView):
        if not ActivityPlanView.objectName():
            ActivityPlanView.setObjectName(u"ActivityPlanView")
        ActivityPlanView.resize(1100, 700)
        self.mainLayout = QHBoxLayout(ActivityPlanView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.planSplitter = QSplitter(ActivityPlanView)
        self.planSplitter.setObjectName(u"planSplitter")
        self.planSplitter.setOrientation(Qt.Horizontal)
        self.planSplitter.setChildrenCollapsible(False)
        self.srListPanel = QWidget(self.planSplitter)
        self.srListPanel.setObjectName(u"srListPanel")
        self.srListLayout = QVBoxLayout(self.srListPanel)
        self.srListLayout.setObjectName(u"srListLayout")
        self.srListLayout.setContentsMargins(0, 0, 4, 0)
        self.srListLabel = QLabel(self.srListPanel)
        self.srListLabel.setObjectName(u"srListLabel")

        self.srListLayout.addWidget(self.srListLabel)

        self.srList = QListWidget(self.srListPanel)
        self.srList.setObjectName(u"srList")
        self.srList.setMinimumSize(QSize(200, 0))
        self.srList.setWordWrap(True)

        self.srListLayout.addWidget(self.srList)

        self.newSrButton = QPushButton(self.srListPanel)
        self.newSrButton.setObjectName(u"newSrButton")

        self.srListLayout.addWidget(self.newSrButton)

        self.planSplitter.addWidget(self.srListPanel)
        self.detailPanel = QWidget(self.planSplitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(4, 0, 0, 0)
        self.emptyLabel = QLabel(self.detailPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.emptyLabel)

        self.srDetail = QWidget(self.detailPanel)
        self.srDetail.setObjectName(u"srDetail")
        self.srDetailLayout = QVBoxLayout(self.srDetail)
        self.srDetailLayout.setObjectName(u"srDetailLayout")
        self.srDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.headerGroup = QGroupBox(self.srDetail)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerLayout = QGridLayout(self.headerGroup)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setVerticalSpacing(3)
        self.categoryCaption = QLabel(self.headerGroup)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.headerLayout.addWidget(self.categoryCaption, 0, 0, 1, 1)

        self.categoryValue = QLabel(self.headerGroup)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerLayout.addWidget(self.categoryValue, 0, 1, 1, 3)

        self.srIdCaption = QLabel(self.headerGroup)
        self.srIdCaption.setObjectName(u"srIdCaption")

        self.headerLayout.addWidget(self.srIdCaption, 0, 4, 1, 1)

        self.srIdValue = QLabel(self.headerGroup)
        self.srIdValue.setObjectName(u"srIdValue")
        self.srIdValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerLayout.addWidget(self.srIdValue, 0, 5, 1, 1)

        self.statusCaption = QLabel(self.headerGroup)
        self.statusCaption.setObjectName(u"statusCaption")

        self.headerLayout.addWidget(self.statusCaption, 1, 0, 1, 1)

        self.statusValue = QLabel(self.headerGroup)
        self.statusValue.setObjectName(u"statusValue")

        self.headerLayout.addWidget(self.statusValue, 1, 1, 1, 1)

        self.subStatusCaption = QLabel(self.headerGroup)
        self.subStatusCaption.setObjectName(u"subStatusCaption")

        self.headerLayout.addWidget(self.subStatusCaption, 1, 2, 1, 1)

        self.subStatusValue = QLabel(self.headerGroup)
        self.subStatusValue.setObjectName(u"subStatusValue")

        self.headerLayout.addWidget(self.subStatusValue, 1, 3, 1, 1)

        self.waitCaption = QLabel(self.headerGroup)
        self.waitCaption.setObjectName(u"waitCaption")

        self.headerLayout.addWidget(self.waitCaption, 1, 4, 1, 1)

        self.waitValue = QLabel(self.headerGroup)
        self.waitValue.setObjectName(u"waitValue")

        self.headerLayout.addWidget(self.waitValue, 1, 5, 1, 1)

        self.ownerCaption = QLabel(self.headerGroup)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.headerLayout.addWidget(self.ownerCaption, 2, 0, 1, 1)

        self.ownerValue = QLabel(self.headerGroup)
        self.ownerValue.setObjectName(u"ownerValue")

        self.headerLayout.addWidget(self.ownerValue, 2, 1, 1, 1)

        self.openedCaption = QLabel(self.headerGroup)
        self.openedCaption.setObjectName(u"openedCaption")

        self.headerLayout.addWidget(self.openedCaption, 2, 2, 1, 1)

        self.openedValue = QLabel(self.headerGroup)
        self.openedValue.setObjectName(u"openedValue")

        self.headerLayout.addWidget(self.openedValue, 2, 3, 1, 1)

        self.closedCaption = QLabel(self.headerGroup)
        self.closedCaption.setObjectName(u"closedCaption")

        self.headerLayout.addWidget(self.closedCaption, 2, 4, 1, 1)

        self.closedValue = QLabel(self.headerGroup)
        self.closedValue.setObjectName(u"closedValue")

        self.headerLayout.addWidget(self.closedValue, 2, 5, 1, 1)

        self.loCaption = QLabel(self.headerGroup)
        self.loCaption.setObjectName(u"loCaption")

        self.headerLayout.addWidget(self.loCaption, 3, 0, 1, 1)

        self.loLayout = QHBoxLayout()
        self.loLayout.setObjectName(u"loLayout")
        self.loValue = QLabel(self.headerGroup)
        self.loValue.setObjectName(u"loValue")

        self.loLayout.addWidget(self.loValue)

        self.loCombo = QComboBox(self.headerGroup)
        self.loCombo.setObjectName(u"loCombo")
        self.loCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.loLayout.addWidget(self.loCombo)

        self.associateLoButton = QPushButton(self.headerGroup)
        self.associateLoButton.setObjectName(u"associateLoButton")

        self.loLayout.addWidget(self.associateLoButton)

        self.loSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loLayout.addItem(self.loSpacer)


        self.headerLayout.addLayout(self.loLayout, 3, 1, 1, 3)

        self.loError = QLabel(self.headerGroup)
        self.loError.setObjectName(u"loError")
        self.loError.setWordWrap(True)
        self.loError.setVisible(False)

        self.headerLayout.addWidget(self.loError, 4, 1, 1, 5)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer, 0, 6, 1, 1)


        self.srDetailLayout.addWidget(self.headerGroup)

        self.readOnlyLabel = QLabel(self.srDetail)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setVisible(False)
        self.readOnlyLabel.setStyleSheet(u"QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060; padding: 4px 8px; }")
        self.readOnlyLabel.setWordWrap(True)

        self.srDetailLayout.addWidget(self.readOnlyLabel)

        self.statusGroup = QGroupBox(self.srDetail)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QGridLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setVerticalSpacing(2)
        self.newStatusLabel = QLabel(self.statusGroup)
        self.newStatusLabel.setObjectName(u"newStatusLabel")

        self.statusLayout.addWidget(self.newStatusLabel, 0, 0, 1, 1)

        self.statusCombo = QComboBox(self.statusGroup)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(120, 0))

        self.statusLayout.addWidget(self.statusCombo, 0, 1, 1, 1)

        self.newSubStatusLabel = QLabel(self.statusGroup)
        self.newSubStatusLabel.setObjectName(u"newSubStatusLabel")

        self.statusLayout.addWidget(self.newSubStatusLabel, 0, 2, 1, 1)

        self.subStatusCombo = QComboBox(self.statusGroup)
        self.subStatusCombo.setObjectName(u"subStatusCombo")
        self.subStatusCombo.setMinimumSize(QSize(210, 0))

        self.statusLayout.addWidget(self.subStatusCombo, 0, 3, 1, 1)

        self.waitDateLabel = QLabel(self.statusGroup)
        self.waitDateLabel.setObjectName(u"waitDateLabel")

        self.statusLayout.addWidget(self.waitDateLabel, 0, 4, 1, 1)

        self.waitDateEdit = OptionalDateEdit(self.statusGroup)
        self.waitDateEdit.setObjectName(u"waitDateEdit")

        self.statusLayout.addWidget(self.waitDateEdit, 0, 5, 1, 1)

        self.applyStatusButton = QPushButton(self.statusGroup)
        self.applyStatusButton.setObjectName(u"applyStatusButton")

        self.statusLayout.addWidget(self.applyStatusButton, 0, 6, 1, 1)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer, 0, 7, 1, 1)

        self.statusError = QLabel(self.statusGroup)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)
        self.statusError.setVisible(False)

        self.statusLayout.addWidget(self.statusError, 1, 1, 1, 1)

        self.subStatusError = QLabel(self.statusGroup)
        self.subStatusError.setObjectName(u"subStatusError")
        self.subStatusError.setWordWrap(True)
        self.subStatusError.setVisible(False)

        self.statusLayout.addWidget(self.subStatusError, 1, 3, 1, 1)

        self.waitDateError = QLabel(self.statusGroup)
        self.waitDateError.setObjectName(u"waitDateError")
        self.waitDateError.setWordWrap(True)
        self.waitDateError.setVisible(False)

        self.statusLayout.addWidget(self.waitDateError, 1, 5, 1, 2)

        self.statusHintLabel = QLabel(self.statusGroup)
        self.statusHintLabel.setObjectName(u"statusHintLabel")
        self.statusHintLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusHintLabel, 2, 0, 1, 8)


        self.srDetailLayout.addWidget(self.statusGroup)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.bailiffActionsGroup = QGroupBox(self.srDetail)
        self.bailiffActionsGroup.setObjectName(u"bailiffActionsGroup")
        self.bailiffActionsLayout = QVBoxLayout(self.bailiffActionsGroup)
        self.bailiffActionsLayout.setSpacing(4)
        self.bailiffActionsLayout.setObjectName(u"bailiffActionsLayout")
        self.bailiffButtons = QHBoxLayout()
        self.bailiffButtons.setObjectName(u"bailiffButtons")
        self.cmel8011Button = QPushButton(self.bailiffActionsGroup)
        self.cmel8011Button.setObjectName(u"cmel8011Button")

        self.bailiffButtons.addWidget(self.cmel8011Button)

        self.preparePackButton = QPushButton(self.bailiffActionsGroup)
        self.preparePackButton.setObjectName(u"preparePackButton")

        self.bailiffButtons.addWidget(self.preparePackButton)

        self.recordSentButton = QPushButton(self.bailiffActionsGroup)
        self.recordSentButton.setObjectName(u"recordSentButton")

        self.bailiffButtons.addWidget(self.recordSentButton)

        self.holdButton = QPushButton(self.bailiffActionsGroup)
        self.holdButton.setObjectName(u"holdButton")

        self.bailiffButtons.addWidget(self.holdButton)

        self.resumeButton = QPushButton(self.bailiffActionsGroup)
        self.resumeButton.setObjectName(u"resumeButton")

        self.bailiffButtons.addWidget(self.resumeButton)

        self.recordOutcomeButton = QPushButton(self.bailiffActionsGroup)
        self.recordOutcomeButton.setObjectName(u"recordOutcomeButton")

        self.bailiffButtons.addWidget(self.recordOutcomeButton)

        self.cmel8039Button = QPushButton(self.bailiffActionsGroup)
        self.cmel8039Button.setObjectName(u"cmel8039Button")

        self.bailiffButtons.addWidget(self.cmel8039Button)

        self.closeBailiffButton = QPushButton(self.bailiffActionsGroup)
        self.closeBailiffButton.setObjectName(u"closeBailiffButton")

        self.bailiffButtons.addWidget(self.closeBailiffButton)

        self.bailiffSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bailiffButtons.addItem(self.bailiffSpacer)


        self.bailiffActionsLayout.addLayout(self.bailiffButtons)

        self.bailiffHintLabel = QLabel(self.bailiffActionsGroup)
        self.bailiffHintLabel.setObjectName(u"bailiffHintLabel")
        self.bailiffHintLabel.setWordWrap(True)
        self.bailiffHintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.bailiffActionsLayout.addWidget(self.bailiffHintLabel)


        self.actionsRow.addWidget(self.bailiffActionsGroup)


        self.srDetailLayout.addLayout(self.actionsRow)

        self.detailTabs = QTabWidget(self.srDetail)
        self.detailTabs.setObjectName(u"detailTabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planTabLayout = QVBoxLayout(self.planTab)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.stepsTable = QTableWidget(self.planTab)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stepsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stepsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stepsTable.setWordWrap(False)
        self.stepsTable.horizontalHeader().setStretchLastSection(False)
        self.stepsTable.verticalHeader().setVisible(False)

        self.planTabLayout.addWidget(self.stepsTable)

        self.planHintLabel = QLabel(self.planTab)
        self.planHintLabel.setObjectName(u"planHintLabel")
        self.planHintLabel.setWordWrap(True)

        self.planTabLayout.addWidget(self.planHintLabel)

        self.detailTabs.addTab(self.planTab, "")
        self.formTab = QWidget()
        self.formTab.setObjectName(u"formTab")
        self.formTabLayout = QVBoxLayout(self.formTab)
        self.formTabLayout.setObjectName(u"formTabLayout")
        self.formHintLabel = QLabel(self.formTab)
        self.formHintLabel.setObjectName(u"formHintLabel")
        self.formHintLabel.setWordWrap(True)

        self.formTabLayout.addWidget(self.formHintLabel)

        self.formScroll = QScrollArea(self.formTab)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.NoFrame)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formColumns = QHBoxLayout(self.formContents)
        self.formColumns.setObjectName(u"formColumns")
        self.formLeftColumn = QVBoxLayout()
        self.formLeftColumn.setObjectName(u"formLeftColumn")
        self.bailiffPrepGroup = QGroupBox(self.formContents)
        self.bailiffPrepGroup.setObjectName(u"bailiffPrepGroup")
        self.bailiffPrepGroupLayout = QFormLayout(self.bailiffPrepGroup)
        self.bailiffPrepGroupLayout.setObjectName(u"bailiffPrepGroupLayout")
        self.bailiffPrepGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.bailiffPrepGroupLayout.setVerticalSpacing(2)
        self.ef_lo_current_arrears_balance_label = QLabel(self.bailiffPrepGroup)
        self.ef_lo_current_arrears_balance_label.setObjectName(u"ef_lo_current_arrears_balance_label")

        self.bailiffPrepGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ef_lo_current_arrears_balance_label)

        self.ef_lo_current_arrears_balance = MoneyEdit(self.bailiffPrepGroup)
        self.ef_lo_current_arrears_balance.setObjectName(u"ef_lo_current_arrears_balance")
        self.ef_lo_current_arrears_balance.setMaximumSize(QSize(160, 16777215))

        self.bailiffPrepGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ef_lo_current_arrears_balance)

        self.ef_lo_current_arrears_balance_error = QLabel(self.bailiffPrepGroup)
        self.ef_lo_current_arrears_balance_error.setObjectName(u"ef_lo_current_arrears_balance_error")
        self.ef_lo_current_arrears_balance_error.setWordWrap(True)
        self.ef_lo_current_arrears_balance_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ef_lo_current_arrears_balance_error)

        self.ef_arrears_balance_against_lo_label = QLabel(self.bailiffPrepGroup)
        self.ef_arrears_balance_against_lo_label.setObjectName(u"ef_arrears_balance_against_lo_label")

        self.bailiffPrepGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ef_arrears_balance_against_lo_label)

        self.ef_arrears_balance_against_lo = MoneyEdit(self.bailiffPrepGroup)
        self.ef_arrears_balance_against_lo.setObjectName(u"ef_arrears_balance_against_lo")
        self.ef_arrears_balance_against_lo.setMaximumSize(QSize(160, 16777215))

        self.bailiffPrepGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ef_arrears_balance_against_lo)

        self.ef_arrears_balance_against_lo_error = QLabel(self.bailiffPrepGroup)
        self.ef_arrears_balance_against_lo_error.setObjectName(u"ef_arrears_balance_against_lo_error")
        self.ef_arrears_balance_against_lo_error.setWordWrap(True)
        self.ef_arrears_balance_against_lo_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ef_arrears_balance_against_lo_error)

        self.ef_sum_applied_for_label = QLabel(self.bailiffPrepGroup)
        self.ef_sum_applied_for_label.setObjectName(u"ef_sum_applied_for_label")

        self.bailiffPrepGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ef_sum_applied_for_label)

        self.ef_sum_applied_for = MoneyEdit(self.bailiffPrepGroup)
        self.ef_sum_applied_for.setObjectName(u"ef_sum_applied_for")
        self.ef_sum_applied_for.setMaximumSize(QSize(160, 16777215))

        self.bailiffPrepGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ef_sum_applied_for)

        self.ef_sum_applied_for_error = QLabel(self.bailiffPrepGroup)
        self.ef_sum_applied_for_error.setObjectName(u"ef_sum_applied_for_error")
        self.ef_sum_applied_for_error.setWordWrap(True)
        self.ef_sum_applied_for_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ef_sum_applied_for_error)

        self.ef_nrp_employment_status_label = QLabel(self.bailiffPrepGroup)
        self.ef_nrp_employment_status_label.setObjectName(u"ef_nrp_employment_status_label")

        self.bailiffPrepGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ef_nrp_employment_status_label)

        self.ef_nrp_employment_status = QComboBox(self.bailiffPrepGroup)
        self.ef_nrp_employment_status.setObjectName(u"ef_nrp_employment_status")

        self.bailiffPrepGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ef_nrp_employment_status)

        self.ef_nrp_employment_status_error = QLabel(self.bailiffPrepGroup)
        self.ef_nrp_employment_status_error.setObjectName(u"ef_nrp_employment_status_error")
        self.ef_nrp_employment_status_error.setWordWrap(True)
        self.ef_nrp_employment_status_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ef_nrp_employment_status_error)

        self.ef_cmel8011_sent_on_label = QLabel(self.bailiffPrepGroup)
        self.ef_cmel8011_sent_on_label.setObjectName(u"ef_cmel8011_sent_on_label")

        self.bailiffPrepGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ef_cmel8011_sent_on_label)

        self.ef_cmel8011_sent_on = OptionalDateEdit(self.bailiffPrepGroup)
        self.ef_cmel8011_sent_on.setObjectName(u"ef_cmel8011_sent_on")

        self.bailiffPrepGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ef_cmel8011_sent_on)

        self.ef_cmel8011_sent_on_error = QLabel(self.bailiffPrepGroup)
        self.ef_cmel8011_sent_on_error.setObjectName(u"ef_cmel8011_sent_on_error")
        self.ef_cmel8011_sent_on_error.setWordWrap(True)
        self.ef_cmel8011_sent_on_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ef_cmel8011_sent_on_error)

        self.ef_welfare_of_child_decision_label = QLabel(self.bailiffPrepGroup)
        self.ef_welfare_of_child_decision_label.setObjectName(u"ef_welfare_of_child_decision_label")

        self.bailiffPrepGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.ef_welfare_of_child_decision_label)

        self.ef_welfare_of_child_decision = QPlainTextEdit(self.bailiffPrepGroup)
        self.ef_welfare_of_child_decision.setObjectName(u"ef_welfare_of_child_decision")
        self.ef_welfare_of_child_decision.setMaximumSize(QSize(16777215, 64))
        self.ef_welfare_of_child_decision.setTabChangesFocus(True)

        self.bailiffPrepGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.ef_welfare_of_child_decision)

        self.ef_welfare_of_child_decision_error = QLabel(self.bailiffPrepGroup)
        self.ef_welfare_of_child_decision_error.setObjectName(u"ef_welfare_of_child_decision_error")
        self.ef_welfare_of_child_decision_error.setWordWrap(True)
        self.ef_welfare_of_child_decision_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.ef_welfare_of_child_decision_error)

        self.ef_pack_prepared_on_label = QLabel(self.bailiffPrepGroup)
        self.ef_pack_prepared_on_label.setObjectName(u"ef_pack_prepared_on_label")

        self.bailiffPrepGroupLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.ef_pack_prepared_on_label)

        self.ef_pack_prepared_on = OptionalDateEdit(self.bailiffPrepGroup)
        self.ef_pack_prepared_on.setObjectName(u"ef_pack_prepared_on")

        self.bailiffPrepGroupLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.ef_pack_prepared_on)

        self.ef_pack_prepared_on_error = QLabel(self.bailiffPrepGroup)
        self.ef_pack_prepared_on_error.setObjectName(u"ef_pack_prepared_on_error")
        self.ef_pack_prepared_on_error.setWordWrap(True)
        self.ef_pack_prepared_on_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.ef_pack_prepared_on_error)

        self.ef_dvs_requested_label = QLabel(self.bailiffPrepGroup)
        self.ef_dvs_requested_label.setObjectName(u"ef_dvs_requested_label")

        self.bailiffPrepGroupLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.ef_dvs_requested_label)

        self.ef_dvs_requested = QCheckBox(self.bailiffPrepGroup)
        self.ef_dvs_requested.setObjectName(u"ef_dvs_requested")

        self.bailiffPrepGroupLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.ef_dvs_requested)

        self.ef_dvs_requested_error = QLabel(self.bailiffPrepGroup)
        self.ef_dvs_requested_error.setObjectName(u"ef_dvs_requested_error")
        self.ef_dvs_requested_error.setWordWrap(True)
        self.ef_dvs_requested_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.ef_dvs_requested_error)

        self.ef_additional_information_label = QLabel(self.bailiffPrepGroup)
        self.ef_additional_information_label.setObjectName(u"ef_additional_information_label")

        self.bailiffPrepGroupLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.ef_additional_information_label)

        self.ef_additional_information = QPlainTextEdit(self.bailiffPrepGroup)
        self.ef_additional_information.setObjectName(u"ef_additional_information")
        self.ef_additional_information.setMaximumSize(QSize(16777215, 64))
        self.ef_additional_information.setTabChangesFocus(True)

        self.bailiffPrepGroupLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.ef_additional_information)

        self.ef_additional_information_error = QLabel(self.bailiffPrepGroup)
        self.ef_additional_information_error.setObjectName(u"ef_additional_information_error")
        self.ef_additional_information_error.setWordWrap(True)
        self.ef_additional_information_error.setVisible(False)

        self.bailiffPrepGroupLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.ef_additional_information_error)


        self.formLeftColumn.addWidget(self.bailiffPrepGroup)

        self.appealGroup = QGroupBox(self.formContents)
        self.appealGroup.setObjectName(u"appealGroup")
        self.appealGroupLayout = QFormLayout(self.appealGroup)
        self.appealGroupLayout.setObjectName(u"appealGroupLayout")
        self.appealGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.appealGroupLayout.setVerticalSpacing(2)
        self.ef_appeal_details_label = QLabel(self.appealGroup)
        self.ef_appeal_details_label.setObjectName(u"ef_appeal_details_label")

        self.appealGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ef_appeal_details_label)

        self.ef_appeal_details = QPlainTextEdit(self.appealGroup)
        self.ef_appeal_details.setObjectName(u"ef_appeal_details")
        self.ef_appeal_details.setMaximumSize(QSize(16777215, 64))
        self.ef_appeal_details.setTabChangesFocus(True)

        self.appealGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ef_appeal_details)

        self.ef_appeal_details_error = QLabel(self.appealGroup)
        self.ef_appeal_details_error.setObjectName(u"ef_appeal_details_error")
        self.ef_appeal_details_error.setWordWrap(True)
        self.ef_appeal_details_error.setVisible(False)

        self.appealGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ef_appeal_details_error)


        self.formLeftColumn.addWidget(self.appealGroup)

        self.decideGroup = QGroupBox(self.formContents)
        self.decideGroup.setObjectName(u"decideGroup")
        self.decideGroupLayout = QFormLayout(self.decideGroup)
        self.decideGroupLayout.setObjectName(u"decideGroupLayout")
        self.decideGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.decideGroupLayout.setVerticalSpacing(2)
        self.ef_evidence_of_criminal_activity_label = QLabel(self.decideGroup)
        self.ef_evidence_of_criminal_activity_label.setObjectName(u"ef_evidence_of_criminal_activity_label")

        self.decideGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ef_evidence_of_criminal_activity_label)

        self.ef_evidence_of_criminal_activity = QComboBox(self.decideGroup)
        self.ef_evidence_of_criminal_activity.setObjectName(u"ef_evidence_of_criminal_activity")

        self.decideGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ef_evidence_of_criminal_activity)

        self.ef_evidence_of_criminal_activity_error = QLabel(self.decideGroup)
        self.ef_evidence_of_criminal_activity_error.setObjectName(u"ef_evidence_of_criminal_activity_error")
        self.ef_evidence_of_criminal_activity_error.setWordWrap(True)
        self.ef_evidence_of_criminal_activity_error.setVisible(False)

        self.decideGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ef_evidence_of_criminal_activity_error)

        self.ef_criminal_offence_label = QLabel(self.decideGroup)
        self.ef_criminal_offence_label.setObjectName(u"ef_criminal_offence_label")

        self.decideGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ef_criminal_offence_label)

        self.ef_criminal_offence = QComboBox(self.decideGroup)
        self.ef_criminal_offence.setObjectName(u"ef_criminal_offence")

        self.decideGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ef_criminal_offence)

        self.ef_criminal_offence_error = QLabel(self.decideGroup)
        self.ef_criminal_offence_error.setObjectName(u"ef_criminal_offence_error")
        self.ef_criminal_offence_error.setWordWrap(True)
        self.ef_criminal_offence_error.setVisible(False)

        self.decideGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ef_criminal_offence_error)

        self.ef_continue_data_gathering_label = QLabel(self.decideGroup)
        self.ef_continue_data_gathering_label.setObjectName(u"ef_continue_data_gathering_label")

        self.decideGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ef_continue_data_gathering_label)

        self.ef_continue_data_gathering = QComboBox(self.decideGroup)
        self.ef_continue_data_gathering.setObjectName(u"ef_continue_data_gathering")

        self.decideGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ef_continue_data_gathering)

        self.ef_continue_data_gathering_error = QLabel(self.decideGroup)
        self.ef_continue_data_gathering_error.setObjectName(u"ef_continue_data_gathering_error")
        self.ef_continue_data_gathering_error.setWordWrap(True)
        self.ef_continue_data_gathering_error.setVisible(False)

        self.decideGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ef_continue_data_gathering_error)

        self.ef_chosen_power_label = QLabel(self.decideGroup)
        self.ef_chosen_power_label.setObjectName(u"ef_chosen_power_label")

        self.decideGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ef_chosen_power_label)

        self.ef_chosen_power = QComboBox(self.decideGroup)
        self.ef_chosen_power.setObjectName(u"ef_chosen_power")

        self.decideGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ef_chosen_power)

        self.ef_chosen_power_error = QLabel(self.decideGroup)
        self.ef_chosen_power_error.setObjectName(u"ef_chosen_power_error")
        self.ef_chosen_power_error.setWordWrap(True)
        self.ef_chosen_power_error.setVisible(False)

        self.decideGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ef_chosen_power_error)


        self.formLeftColumn.addWidget(self.decideGroup)

        self.formLeftColumnSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLeftColumn.addItem(self.formLeftColumnSpacer)


        self.formColumns.addLayout(self.formLeftColumn)

        self.formRightColumn = QVBoxLayout()
        self.formRightColumn.setObjectName(u"formRightColumn")
        self.onHoldGroup = QGroupBox(self.formContents)
        self.onHoldGroup.setObjectName(u"onHoldGroup")
        self.onHoldGroupLayout = QFormLayout(self.onHoldGroup)
        self.onHoldGroupLayout.setObjectName(u"onHoldGroupLayout")
        self.onHoldGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.onHoldGroupLayout.setVerticalSpacing(2)
        self.ef_on_hold_reason_label = QLabel(self.onHoldGroup)
        self.ef_on_hold_reason_label.setObjectName(u"ef_on_hold_reason_label")

        self.onHoldGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ef_on_hold_reason_label)

        self.ef_on_hold_reason = QLineEdit(self.onHoldGroup)
        self.ef_on_hold_reason.setObjectName(u"ef_on_hold_reason")

        self.onHoldGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ef_on_hold_reason)

        self.ef_on_hold_reason_error = QLabel(self.onHoldGroup)
        self.ef_on_hold_reason_error.setObjectName(u"ef_on_hold_reason_error")
        self.ef_on_hold_reason_error.setWordWrap(True)
        self.ef_on_hold_reason_error.setVisible(False)

        self.onHoldGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ef_on_hold_reason_error)

        self.ef_on_hold_until_label = QLabel(self.onHoldGroup)
        self.ef_on_hold_until_label.setObjectName(u"ef_on_hold_until_label")

        self.onHoldGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ef_on_hold_until_label)

        self.ef_on_hold_until = OptionalDateEdit(self.onHoldGroup)
        self.ef_on_hold_until.setObjectName(u"ef_on_hold_until")

        self.onHoldGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ef_on_hold_until)

        self.ef_on_hold_until_error = QLabel(self.onHoldGroup)
        self.ef_on_hold_until_error.setObjectName(u"ef_on_hold_until_error")
        self.ef_on_hold_until_error.setWordWrap(True)
        self.ef_on_hold_until_error.setVisible(False)

        self.onHoldGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ef_on_hold_until_error)


        self.formRightColumn.addWidget(self.onHoldGroup)

        self.sentGroup = QGroupBox(self.formContents)
        self.sentGroup.setObjectName(u"sentGroup")
        self.sentGroupLayout = QFormLayout(self.sentGroup)
        self.sentGroupLayout.setObjectName(u"sentGroupLayout")
        self.sentGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sentGroupLayout.setVerticalSpacing(2)
        self.ef_bailiff_proceed_date_label = QLabel(self.sentGroup)
        self.ef_bailiff_proceed_date_label.setObjectName(u"ef_bailiff_proceed_date_label")

        self.sentGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_proceed_date_label)

        self.ef_bailiff_proceed_date = OptionalDateEdit(self.sentGroup)
        self.ef_bailiff_proceed_date.setObjectName(u"ef_bailiff_proceed_date")

        self.sentGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_proceed_date)

        self.ef_bailiff_proceed_date_error = QLabel(self.sentGroup)
        self.ef_bailiff_proceed_date_error.setObjectName(u"ef_bailiff_proceed_date_error")
        self.ef_bailiff_proceed_date_error.setWordWrap(True)
        self.ef_bailiff_proceed_date_error.setVisible(False)

        self.sentGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_proceed_date_error)

        self.ef_bailiff_issue_date_label = QLabel(self.sentGroup)
        self.ef_bailiff_issue_date_label.setObjectName(u"ef_bailiff_issue_date_label")

        self.sentGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_issue_date_label)

        self.ef_bailiff_issue_date = OptionalDateEdit(self.sentGroup)
        self.ef_bailiff_issue_date.setObjectName(u"ef_bailiff_issue_date")

        self.sentGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_issue_date)

        self.ef_bailiff_issue_date_error = QLabel(self.sentGroup)
        self.ef_bailiff_issue_date_error.setObjectName(u"ef_bailiff_issue_date_error")
        self.ef_bailiff_issue_date_error.setWordWrap(True)
        self.ef_bailiff_issue_date_error.setVisible(False)

        self.sentGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_issue_date_error)

        self.ef_bailiff_company_label = QLabel(self.sentGroup)
        self.ef_bailiff_company_label.setObjectName(u"ef_bailiff_company_label")

        self.sentGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_company_label)

        self.ef_bailiff_company = QLineEdit(self.sentGroup)
        self.ef_bailiff_company.setObjectName(u"ef_bailiff_company")

        self.sentGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_company)

        self.ef_bailiff_company_error = QLabel(self.sentGroup)
        self.ef_bailiff_company_error.setObjectName(u"ef_bailiff_company_error")
        self.ef_bailiff_company_error.setWordWrap(True)
        self.ef_bailiff_company_error.setVisible(False)

        self.sentGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_company_error)


        self.formRightColumn.addWidget(self.sentGroup)

        self.outcomeGroup = QGroupBox(self.formContents)
        self.outcomeGroup.setObjectName(u"outcomeGroup")
        self.outcomeGroupLayout = QFormLayout(self.outcomeGroup)
        self.outcomeGroupLayout.setObjectName(u"outcomeGroupLayout")
        self.outcomeGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outcomeGroupLayout.setVerticalSpacing(2)
        self.ef_bailiff_outcome_received_label = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_received_label.setObjectName(u"ef_bailiff_outcome_received_label")

        self.outcomeGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_outcome_received_label)

        self.ef_bailiff_outcome_received = QCheckBox(self.outcomeGroup)
        self.ef_bailiff_outcome_received.setObjectName(u"ef_bailiff_outcome_received")

        self.outcomeGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome_received)

        self.ef_bailiff_outcome_received_error = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_received_error.setObjectName(u"ef_bailiff_outcome_received_error")
        self.ef_bailiff_outcome_received_error.setWordWrap(True)
        self.ef_bailiff_outcome_received_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome_received_error)

        self.ef_bailiff_outcome_date_label = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_date_label.setObjectName(u"ef_bailiff_outcome_date_label")

        self.outcomeGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_outcome_date_label)

        self.ef_bailiff_outcome_date = OptionalDateEdit(self.outcomeGroup)
        self.ef_bailiff_outcome_date.setObjectName(u"ef_bailiff_outcome_date")

        self.outcomeGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome_date)

        self.ef_bailiff_outcome_date_error = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_date_error.setObjectName(u"ef_bailiff_outcome_date_error")
        self.ef_bailiff_outcome_date_error.setWordWrap(True)
        self.ef_bailiff_outcome_date_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome_date_error)

        self.ef_bailiff_outcome_label = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_label.setObjectName(u"ef_bailiff_outcome_label")

        self.outcomeGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_outcome_label)

        self.ef_bailiff_outcome = QComboBox(self.outcomeGroup)
        self.ef_bailiff_outcome.setObjectName(u"ef_bailiff_outcome")

        self.outcomeGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome)

        self.ef_bailiff_outcome_error = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_error.setObjectName(u"ef_bailiff_outcome_error")
        self.ef_bailiff_outcome_error.setWordWrap(True)
        self.ef_bailiff_outcome_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome_error)

        self.ef_bailiff_outcome_type_label = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_type_label.setObjectName(u"ef_bailiff_outcome_type_label")

        self.outcomeGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_outcome_type_label)

        self.ef_bailiff_outcome_type = QComboBox(self.outcomeGroup)
        self.ef_bailiff_outcome_type.setObjectName(u"ef_bailiff_outcome_type")

        self.outcomeGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome_type)

        self.ef_bailiff_outcome_type_error = QLabel(self.outcomeGroup)
        self.ef_bailiff_outcome_type_error.setObjectName(u"ef_bailiff_outcome_type_error")
        self.ef_bailiff_outcome_type_error.setWordWrap(True)
        self.ef_bailiff_outcome_type_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_outcome_type_error)

        self.ef_bailiff_reason_return_code_label = QLabel(self.outcomeGroup)
        self.ef_bailiff_reason_return_code_label.setObjectName(u"ef_bailiff_reason_return_code_label")

        self.outcomeGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_reason_return_code_label)

        self.ef_bailiff_reason_return_code = QLineEdit(self.outcomeGroup)
        self.ef_bailiff_reason_return_code.setObjectName(u"ef_bailiff_reason_return_code")

        self.outcomeGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_reason_return_code)

        self.ef_bailiff_reason_return_code_error = QLabel(self.outcomeGroup)
        self.ef_bailiff_reason_return_code_error.setObjectName(u"ef_bailiff_reason_return_code_error")
        self.ef_bailiff_reason_return_code_error.setWordWrap(True)
        self.ef_bailiff_reason_return_code_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_reason_return_code_error)

        self.ef_bailiff_return_code_label = QLabel(self.outcomeGroup)
        self.ef_bailiff_return_code_label.setObjectName(u"ef_bailiff_return_code_label")

        self.outcomeGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.ef_bailiff_return_code_label)

        self.ef_bailiff_return_code = QLineEdit(self.outcomeGroup)
        self.ef_bailiff_return_code.setObjectName(u"ef_bailiff_return_code")

        self.outcomeGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_return_code)

        self.ef_bailiff_return_code_error = QLabel(self.outcomeGroup)
        self.ef_bailiff_return_code_error.setObjectName(u"ef_bailiff_return_code_error")
        self.ef_bailiff_return_code_error.setWordWrap(True)
        self.ef_bailiff_return_code_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.ef_bailiff_return_code_error)

        self.ef_nulla_bona_received_label = QLabel(self.outcomeGroup)
        self.ef_nulla_bona_received_label.setObjectName(u"ef_nulla_bona_received_label")

        self.outcomeGroupLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.ef_nulla_bona_received_label)

        self.ef_nulla_bona_received = QCheckBox(self.outcomeGroup)
        self.ef_nulla_bona_received.setObjectName(u"ef_nulla_bona_received")

        self.outcomeGroupLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.ef_nulla_bona_received)

        self.ef_nulla_bona_received_error = QLabel(self.outcomeGroup)
        self.ef_nulla_bona_received_error.setObjectName(u"ef_nulla_bona_received_error")
        self.ef_nulla_bona_received_error.setWordWrap(True)
        self.ef_nulla_bona_received_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.ef_nulla_bona_received_error)

        self.ef_nulla_bona_received_on_label = QLabel(self.outcomeGroup)
        self.ef_nulla_bona_received_on_label.setObjectName(u"ef_nulla_bona_received_on_label")

        self.outcomeGroupLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.ef_nulla_bona_received_on_label)

        self.ef_nulla_bona_received_on = OptionalDateEdit(self.outcomeGroup)
        self.ef_nulla_bona_received_on.setObjectName(u"ef_nulla_bona_received_on")

        self.outcomeGroupLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.ef_nulla_bona_received_on)

        self.ef_nulla_bona_received_on_error = QLabel(self.outcomeGroup)
        self.ef_nulla_bona_received_on_error.setObjectName(u"ef_nulla_bona_received_on_error")
        self.ef_nulla_bona_received_on_error.setWordWrap(True)
        self.ef_nulla_bona_received_on_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.ef_nulla_bona_received_on_error)

        self.ef_arrears_agreement_final_payment_due_label = QLabel(self.outcomeGroup)
        self.ef_arrears_agreement_final_payment_due_label.setObjectName(u"ef_arrears_agreement_final_payment_due_label")

        self.outcomeGroupLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.ef_arrears_agreement_final_payment_due_label)

        self.ef_arrears_agreement_final_payment_due = OptionalDateEdit(self.outcomeGroup)
        self.ef_arrears_agreement_final_payment_due.setObjectName(u"ef_arrears_agreement_final_payment_due")

        self.outcomeGroupLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.ef_arrears_agreement_final_payment_due)

        self.ef_arrears_agreement_final_payment_due_error = QLabel(self.outcomeGroup)
        self.ef_arrears_agreement_final_payment_due_error.setObjectName(u"ef_arrears_agreement_final_payment_due_error")
        self.ef_arrears_agreement_final_payment_due_error.setWordWrap(True)
        self.ef_arrears_agreement_final_payment_due_error.setVisible(False)

        self.outcomeGroupLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.ef_arrears_agreement_final_payment_due_error)


        self.formRightColumn.addWidget(self.outcomeGroup)

        self.formRightColumnSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formRightColumn.addItem(self.formRightColumnSpacer)


        self.formColumns.addLayout(self.formRightColumn)

        self.formScroll.setWidget(self.formContents)

        self.formTabLayout.addWidget(self.formScroll)

        self.detailTabs.addTab(self.formTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QVBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesList = QListWidget(self.notesTab)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)
        self.notesList.setAlternatingRowColors(True)

        self.notesTabLayout.addWidget(self.notesList)

        self.newNoteLabel = QLabel(self.notesTab)
        self.newNoteLabel.setObjectName(u"newNoteLabel")

        self.notesTabLayout.addWidget(self.newNoteLabel)

        self.newNoteEdit = QPlainTextEdit(self.notesTab)
        self.newNoteEdit.setObjectName(u"newNoteEdit")
        self.newNoteEdit.setMaximumSize(QSize(16777215, 80))
        self.newNoteEdit.setTabChangesFocus(True)

        self.notesTabLayout.addWidget(self.newNoteEdit)

        self.newNoteError = QLabel(self.notesTab)
        self.newNoteError.setObjectName(u"newNoteError")
        self.newNoteError.setWordWrap(True)
        self.newNoteError.setVisible(False)

        self.notesTabLayout.addWidget(self.newNoteError)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.noteSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.noteSpacer)

        self.addNoteButton = QPushButton(self.notesTab)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.noteButtons.addWidget(self.addNoteButton)


        self.notesTabLayout.addLayout(self.noteButtons)

        self.detailTabs.addTab(self.notesTab, "")
        self.assetsTab = QWidget()
        self.assetsTab.setObjectName(u"assetsTab")
        self.assetsTabLayout = QVBoxLayout(self.assetsTab)
        self.assetsTabLayout.setObjectName(u"assetsTabLayout")
        self.assetsHintLabel = QLabel(self.assetsTab)
        self.assetsHintLabel.setObjectName(u"assetsHintLabel")
        self.assetsHintLabel.setWordWrap(True)

        self.assetsTabLayout.addWidget(self.assetsHintLabel)

        self.linkedAssetsList = QListWidget(self.assetsTab)
        self.linkedAssetsList.setObjectName(u"linkedAssetsList")

        self.assetsTabLayout.addWidget(self.linkedAssetsList)

        self.assetButtons = QHBoxLayout()
        self.assetButtons.setObjectName(u"assetButtons")
        self.assetComboLabel = QLabel(self.assetsTab)
        self.assetComboLabel.setObjectName(u"assetComboLabel")

        self.assetButtons.addWidget(self.assetComboLabel)

        self.assetCombo = QComboBox(self.assetsTab)
        self.assetCombo.setObjectName(u"assetCombo")
        self.assetCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.assetButtons.addWidget(self.assetCombo)

        self.linkAssetButton = QPushButton(self.assetsTab)
        self.linkAssetButton.setObjectName(u"linkAssetButton")

        self.assetButtons.addWidget(self.linkAssetButton)

        self.unlinkAssetButton = QPushButton(self.assetsTab)
        self.unlinkAssetButton.setObjectName(u"unlinkAssetButton")

        self.assetButtons.addWidget(self.unlinkAssetButton)

        self.assetSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assetButtons.addItem(self.assetSpacer)


        self.assetsTabLayout.addLayout(self.assetButtons)

        self.assetError = QLabel(self.assetsTab)
        self.assetError.setObjectName(u"assetError")
        self.assetError.setWordWrap(True)
        self.assetError.setVisible(False)

        self.assetsTabLayout.addWidget(self.assetError)

        self.detailTabs.addTab(self.assetsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsTabLayout = QVBoxLayout(self.documentsTab)
        self.documentsTabLayout.setObjectName(u"documentsTabLayout")
        self.letterButtons = QHBoxLayout()
        self.letterButtons.setObjectName(u"letterButtons")
        self.lettersLabel = QLabel(self.documentsTab)
        self.lettersLabel.setObjectName(u"lettersLabel")

        self.letterButtons.addWidget(self.lettersLabel)

        self.letterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letterButtons.addItem(self.letterSpacer)

        self.newLetterButton = QPushButton(self.documentsTab)
        self.newLetterButton.setObjectName(u"newLetterButton")

        self.letterButtons.addWidget(self.newLetterButton)

        self.replyReceivedButton = QPushButton(self.documentsTab)
        self.replyReceivedButton.setObjectName(u"replyReceivedButton")

        self.letterButtons.addWidget(self.replyReceivedButton)


        self.documentsTabLayout.addLayout(self.letterButtons)

        self.lettersTree = QTreeWidget(self.documentsTab)
        self.lettersTree.setObjectName(u"lettersTree")
        self.lettersTree.setRootIsDecorated(False)
        self.lettersTree.setUniformRowHeights(True)

        self.documentsTabLayout.addWidget(self.lettersTree)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.documentsLabel = QLabel(self.documentsTab)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.documentButtons.addWidget(self.documentsLabel)

        self.documentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentSpacer)

        self.attachFileButton = QPushButton(self.documentsTab)
        self.attachFileButton.setObjectName(u"attachFileButton")

        self.documentButtons.addWidget(self.attachFileButton)

        self.openDocumentButton = QPushButton(self.documentsTab)
        self.openDocumentButton.setObjectName(u"openDocumentButton")

        self.documentButtons.addWidget(self.openDocumentButton)


        self.documentsTabLayout.addLayout(self.documentButtons)

        self.documentsTree = QTreeWidget(self.documentsTab)
        self.documentsTree.setObjectName(u"documentsTree")
        self.documentsTree.setRootIsDecorated(False)
        self.documentsTree.setUniformRowHeights(True)

        self.documentsTabLayout.addWidget(self.documentsTree)

        self.attachError = QLabel(self.documentsTab)
        self.attachError.setObjectName(u"attachError")
        self.attachError.setStyleSheet(u"color: #b00020;")
        self.attachError.setWordWrap(True)
        self.attachError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.documentsTabLayout.addWidget(self.attachError)

        self.detailTabs.addTab(self.documentsTab, "")

        self.srDetailLayout.addWidget(self.detailTabs)

        self.saveButtons = QHBoxLayout()
        self.saveButtons.setObjectName(u"saveButtons")
        self.unsavedLabel = QLabel(self.srDetail)
        self.unsavedLabel.setObjectName(u"unsavedLabel")

        self.saveButtons.addWidget(self.unsavedLabel)

        self.saveSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveButtons.addItem(self.saveSpacer)

        self.discardButton = QPushButton(self.srDetail)
        self.discardButton.setObjectName(u"discardButton")

        self.saveButtons.addWidget(self.discardButton)

        self.saveButton = QPushButton(self.srDetail)
        self.saveButton.setObjectName(u"saveButton")

        self.saveButtons.addWidget(self.saveButton)


        self.srDetailLayout.addLayout(self.saveButtons)

        self.srDetailLayout.setStretch(4, 1)

        self.detailLayout.addWidget(self.srDetail)

        self.planSplitter.addWidget(self.detailPanel)

        self.mainLayout.addWidget(self.planSplitter)

        self.srListLabel.setBuddy(self.srList)
        self.loCaption.setBuddy(self.loCombo)
        self.newStatusLabel.setBuddy(self.statusCombo)
        self.newSubStatusLabel.setBuddy(self.subStatusCombo)
        self.waitDateLabel.setBuddy(self.waitDateEdit)
        self.ef_lo_current_arrears_balance_label.setBuddy(self.ef_lo_current_arrears_balance)
        self.ef_arrears_balance_against_lo_label.setBuddy(self.ef_arrears_balance_against_lo)
        self.ef_sum_applied_for_label.setBuddy(self.ef_sum_applied_for)
        self.ef_nrp_employment_status_label.setBuddy(self.ef_nrp_employment_status)
        self.ef_cmel8011_sent_on_label.setBuddy(self.ef_cmel8011_sent_on)
        self.ef_welfare_of_child_decision_label.setBuddy(self.ef_welfare_of_child_decision)
        self.ef_pack_prepared_on_label.setBuddy(self.ef_pack_prepared_on)
        self.ef_dvs_requested_label.setBuddy(self.ef_dvs_requested)
        self.ef_additional_information_label.setBuddy(self.ef_additional_information)
        self.ef_appeal_details_label.setBuddy(self.ef_appeal_details)
        self.ef_evidence_of_criminal_activity_label.setBuddy(self.ef_evidence_of_criminal_activity)
        self.ef_criminal_offence_label.setBuddy(self.ef_criminal_offence)
        self.ef_continue_data_gathering_label.setBuddy(self.ef_continue_data_gathering)
        self.ef_chosen_power_label.setBuddy(self.ef_chosen_power)
        self.ef_on_hold_reason_label.setBuddy(self.ef_on_hold_reason)
        self.ef_on_hold_until_label.setBuddy(self.ef_on_hold_until)
        self.ef_bailiff_proceed_date_label.setBuddy(self.ef_bailiff_proceed_date)
        self.ef_bailiff_issue_date_label.setBuddy(self.ef_bailiff_issue_date)
        self.ef_bailiff_company_label.setBuddy(self.ef_bailiff_company)
        self.ef_bailiff_outcome_received_label.setBuddy(self.ef_bailiff_outcome_received)
        self.ef_bailiff_outcome_date_label.setBuddy(self.ef_bailiff_outcome_date)
        self.ef_bailiff_outcome_label.setBuddy(self.ef_bailiff_outcome)
        self.ef_bailiff_outcome_type_label.setBuddy(self.ef_bailiff_outcome_type)
        self.ef_bailiff_reason_return_code_label.setBuddy(self.ef_bailiff_reason_return_code)
        self.ef_bailiff_return_code_label.setBuddy(self.ef_bailiff_return_code)
        self.ef_nulla_bona_received_label.setBuddy(self.ef_nulla_bona_received)
        self.ef_nulla_bona_received_on_label.setBuddy(self.ef_nulla_bona_received_on)
        self.ef_arrears_agreement_final_payment_due_label.setBuddy(self.ef_arrears_agreement_final_payment_due)
        self.newNoteLabel.setBuddy(self.newNoteEdit)
        self.assetComboLabel.setBuddy(self.assetCombo)
        self.lettersLabel.setBuddy(self.lettersTree)
        self.documentsLabel.setBuddy(self.documentsTree)
        self.attachError.setBuddy(self.attachFileButton)
        QWidget.setTabOrder(self.srList, self.newSrButton)
        QWidget.setTabOrder(self.newSrButton, self.loCombo)
        QWidget.setTabOrder(self.loCombo, self.associateLoButton)
        QWidget.setTabOrder(self.associateLoButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.subStatusCombo)
        QWidget.setTabOrder(self.subStatusCombo, self.waitDateEdit)
        QWidget.setTabOrder(self.waitDateEdit, self.applyStatusButton)
        QWidget.setTabOrder(self.applyStatusButton, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.stepsTable)
        QWidget.setTabOrder(self.stepsTable, self.ef_lo_current_arrears_balance)
        QWidget.setTabOrder(self.ef_lo_current_arrears_balance, self.ef_arrears_balance_against_lo)
        QWidget.setTabOrder(self.ef_arrears_balance_against_lo, self.ef_sum_applied_for)
        QWidget.setTabOrder(self.ef_sum_applied_for, self.ef_nrp_employment_status)
        QWidget.setTabOrder(self.ef_nrp_employment_status, self.ef_cmel8011_sent_on)
        QWidget.setTabOrder(self.ef_cmel8011_sent_on, self.ef_welfare_of_child_decision)
        QWidget.setTabOrder(self.ef_welfare_of_child_decision, self.ef_pack_prepared_on)
        QWidget.setTabOrder(self.ef_pack_prepared_on, self.ef_dvs_requested)
        QWidget.setTabOrder(self.ef_dvs_requested, self.ef_additional_information)
        QWidget.setTabOrder(self.ef_additional_information, self.ef_appeal_details)
        QWidget.setTabOrder(self.ef_appeal_details, self.ef_evidence_of_criminal_activity)
        QWidget.setTabOrder(self.ef_evidence_of_criminal_activity, self.ef_criminal_offence)
        QWidget.setTabOrder(self.ef_criminal_offence, self.ef_continue_data_gathering)
        QWidget.setTabOrder(self.ef_continue_data_gathering, self.ef_chosen_power)
        QWidget.setTabOrder(self.ef_chosen_power, self.ef_on_hold_reason)
        QWidget.setTabOrder(self.ef_on_hold_reason, self.ef_on_hold_until)
        QWidget.setTabOrder(self.ef_on_hold_until, self.ef_bailiff_proceed_date)
        QWidget.setTabOrder(self.ef_bailiff_proceed_date, self.ef_bailiff_issue_date)
        QWidget.setTabOrder(self.ef_bailiff_issue_date, self.ef_bailiff_company)
        QWidget.setTabOrder(self.ef_bailiff_company, self.ef_bailiff_outcome_received)
        QWidget.setTabOrder(self.ef_bailiff_outcome_received, self.ef_bailiff_outcome_date)
        QWidget.setTabOrder(self.ef_bailiff_outcome_date, self.ef_bailiff_outcome)
        QWidget.setTabOrder(self.ef_bailiff_outcome, self.ef_bailiff_outcome_type)
        QWidget.setTabOrder(self.ef_bailiff_outcome_type, self.ef_bailiff_reason_return_code)
        QWidget.setTabOrder(self.ef_bailiff_reason_return_code, self.ef_bailiff_return_code)
        QWidget.setTabOrder(self.ef_bailiff_return_code, self.ef_nulla_bona_received)
        QWidget.setTabOrder(self.ef_nulla_bona_received, self.ef_nulla_bona_received_on)
        QWidget.setTabOrder(self.ef_nulla_bona_received_on, self.ef_arrears_agreement_final_payment_due)
        QWidget.setTabOrder(self.ef_arrears_agreement_final_payment_due, self.notesList)
        QWidget.setTabOrder(self.notesList, self.newNoteEdit)
        QWidget.setTabOrder(self.newNoteEdit, self.addNoteButton)
        QWidget.setTabOrder(self.addNoteButton, self.linkedAssetsList)
        QWidget.setTabOrder(self.linkedAssetsList, self.assetCombo)
        QWidget.setTabOrder(self.assetCombo, self.linkAssetButton)
        QWidget.setTabOrder(self.linkAssetButton, self.unlinkAssetButton)
        QWidget.setTabOrder(self.unlinkAssetButton, self.lettersTree)
        QWidget.setTabOrder(self.lettersTree, self.newLetterButton)
        QWidget.setTabOrder(self.newLetterButton, self.replyReceivedButton)
        QWidget.setTabOrder(self.replyReceivedButton, self.documentsTree)
        QWidget.setTabOrder(self.documentsTree, self.attachFileButton)
        QWidget.setTabOrder(self.attachFileButton, self.openDocumentButton)
        QWidget.setTabOrder(self.openDocumentButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.discardButton)

        self.retranslateUi(ActivityPlanView)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ActivityPlanView)
    # setupUi

    def retranslateUi(self, ActivityPlanView):
        ActivityPlanView.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Activity plan", None))
        self.srListLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Service requests of this &client:", None))
        self.srList.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Service requests of this client", None))
        self.newSrButton.setText(QCoreApplication.translate("ActivityPlanView", u"&New service request\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Choose a service request from the list, or open one from the work queue.", None))
        self.headerGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"Service request", None))
        self.categoryCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Process / Area / Sub Area:", None))
        self.srIdCaption.setText(QCoreApplication.translate("ActivityPlanView", u"SR number:", None))
        self.statusCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Status:", None))
        self.subStatusCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Sub status:", None))
        self.waitCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Wait date:", None))
        self.ownerCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Owner:", None))
        self.openedCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Opened:", None))
        self.closedCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Closed:", None))
        self.loCaption.setText(QCoreApplication.translate("ActivityPlanView", u"Associated &LO:", None))
        self.loCombo.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Liability order to associate", None))
        self.associateLoButton.setText(QCoreApplication.translate("ActivityPlanView", u"Associa&te LO", None))
        self.statusGroup.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Change status", None))
        self.newStatusLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Change stat&us to:", None))
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"New status", None))
        self.newSubStatusLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Sub status:", None))
        self.subStatusCombo.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"New sub status", None))
        self.waitDateLabel.setText(QCoreApplication.translate("ActivityPlanView", u"&Wait date:", None))
        self.waitDateEdit.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Wait date", None))
        self.applyStatusButton.setText(QCoreApplication.translate("ActivityPlanView", u"&Apply", None))
        self.bailiffActionsGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"Bailiff actions", None))
        self.cmel8011Button.setText(QCoreApplication.translate("ActivityPlanView", u"Send CMEL&8011 to receiving parent", None))
        self.cmel8011Button.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Send CMEL8011 to the receiving parent", None))
        self.preparePackButton.setText(QCoreApplication.translate("ActivityPlanView", u"Pr&epare bailiff pack\u2026", None))
        self.preparePackButton.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Prepare the bailiff pack", None))
        self.recordSentButton.setText(QCoreApplication.translate("ActivityPlanView", u"Record sent to ba&iliff\u2026", None))
        self.recordSentButton.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Record the pack as sent to the bailiff", None))
        self.holdButton.setText(QCoreApplication.translate("ActivityPlanView", u"Put on hold\u2026", None))
        self.holdButton.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Put the bailiff action on hold", None))
        self.resumeButton.setText(QCoreApplication.translate("ActivityPlanView", u"Resume from hold", None))
        self.resumeButton.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Resume the bailiff action", None))
        self.recordOutcomeButton.setText(QCoreApplication.translate("ActivityPlanView", u"R&ecord outcome\u2026", None))
        self.recordOutcomeButton.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Record the bailiff outcome", None))
        self.cmel8039Button.setText(QCoreApplication.translate("ActivityPlanView", u"Send CMEL80&39 to receiving parent", None))
        self.cmel8039Button.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Send CMEL8039 to the receiving parent", None))
        self.closeBailiffButton.setText(QCoreApplication.translate("ActivityPlanView", u"Clos&e SR\u2026", None))
        self.closeBailiffButton.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Close the Bailiff service request", None))
        self.stepsTable.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Activity plan steps", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.planTab), QCoreApplication.translate("ActivityPlanView", u"Activity &plan", None))
        self.bailiffPrepGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"Bailiff pack preparation", None))
        self.ef_lo_current_arrears_balance_label.setText(QCoreApplication.translate("ActivityPlanView", u"LO current arrears bal:", None))
        self.ef_lo_current_arrears_balance_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"LO Current Arrears Bal: the LO amount plus costs, minus payments against it", None))
        self.ef_lo_current_arrears_balance.setToolTip(QCoreApplication.translate("ActivityPlanView", u"LO Current Arrears Bal: the LO amount plus costs, minus payments against it", None))
        self.ef_lo_current_arrears_balance.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"LO Current Arrears Bal", None))
        self.ef_arrears_balance_against_lo_label.setText(QCoreApplication.translate("ActivityPlanView", u"Arrears bal against LO:", None))
        self.ef_arrears_balance_against_lo_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Arrears Balance Against LO: the same figure as LO Current Arrears Bal", None))
        self.ef_arrears_balance_against_lo.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Arrears Balance Against LO: the same figure as LO Current Arrears Bal", None))
        self.ef_arrears_balance_against_lo.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Arrears Balance Against LO", None))
        self.ef_sum_applied_for_label.setText(QCoreApplication.translate("ActivityPlanView", u"Sum applied for:", None))
        self.ef_sum_applied_for_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Sum Applied For", None))
        self.ef_sum_applied_for.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Sum Applied For", None))
        self.ef_sum_applied_for.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Sum Applied For", None))
        self.ef_nrp_employment_status_label.setText(QCoreApplication.translate("ActivityPlanView", u"Employment status:", None))
        self.ef_nrp_employment_status_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Paying parent's employment status (NRP Empl Status)", None))
        self.ef_nrp_employment_status.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Paying parent's employment status (NRP Empl Status)", None))
        self.ef_nrp_employment_status.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Paying parent's employment status (NRP Empl Status)", None))
        self.ef_cmel8011_sent_on_label.setText(QCoreApplication.translate("ActivityPlanView", u"CMEL8011 sent on:", None))
        self.ef_cmel8011_sent_on_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Date CMEL8011 was sent to the receiving parent", None))
        self.ef_cmel8011_sent_on.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Date CMEL8011 was sent to the receiving parent", None))
        self.ef_cmel8011_sent_on.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Date CMEL8011 was sent to the receiving parent", None))
        self.ef_welfare_of_child_decision_label.setText(QCoreApplication.translate("ActivityPlanView", u"Welfare of child:", None))
        self.ef_welfare_of_child_decision_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Welfare of the child decision", None))
        self.ef_welfare_of_child_decision.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Welfare of the child decision", None))
        self.ef_welfare_of_child_decision.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Welfare of the child decision", None))
        self.ef_pack_prepared_on_label.setText(QCoreApplication.translate("ActivityPlanView", u"Pack prepared on:", None))
        self.ef_pack_prepared_on_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Date the bailiff pack was prepared", None))
        self.ef_pack_prepared_on.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Date the bailiff pack was prepared", None))
        self.ef_pack_prepared_on.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Date the bailiff pack was prepared", None))
        self.ef_dvs_requested_label.setText(QCoreApplication.translate("ActivityPlanView", u"DVS photo (CMSF5571):", None))
        self.ef_dvs_requested_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"DVS photo requested with CMSF5571", None))
        self.ef_dvs_requested.setToolTip(QCoreApplication.translate("ActivityPlanView", u"DVS photo requested with CMSF5571", None))
        self.ef_dvs_requested.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"DVS photo requested with CMSF5571", None))
        self.ef_dvs_requested.setText(QCoreApplication.translate("ActivityPlanView", u"Yes", None))
        self.ef_additional_information_label.setText(QCoreApplication.translate("ActivityPlanView", u"Additional info:", None))
        self.ef_additional_information_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Additional information for the bailiff", None))
        self.ef_additional_information.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Additional information for the bailiff", None))
        self.ef_additional_information.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Additional information for the bailiff", None))
        self.appealGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"Appeal", None))
        self.ef_appeal_details_label.setText(QCoreApplication.translate("ActivityPlanView", u"Appeal details:", None))
        self.ef_appeal_details_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Appeal Details", None))
        self.ef_appeal_details.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Appeal Details", None))
        self.ef_appeal_details.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Appeal Details", None))
        self.decideGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"Decide on enforcement action", None))
        self.ef_evidence_of_criminal_activity_label.setText(QCoreApplication.translate("ActivityPlanView", u"Criminal activity:", None))
        self.ef_evidence_of_criminal_activity_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Any evidence of criminal activity", None))
        self.ef_evidence_of_criminal_activity.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Any evidence of criminal activity", None))
        self.ef_evidence_of_criminal_activity.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Any evidence of criminal activity", None))
        self.ef_criminal_offence_label.setText(QCoreApplication.translate("ActivityPlanView", u"Criminal offence:", None))
        self.ef_criminal_offence_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Criminal offence (when there is evidence of criminal activity)", None))
        self.ef_criminal_offence.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Criminal offence (when there is evidence of criminal activity)", None))
        self.ef_criminal_offence.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Criminal offence (when there is evidence of criminal activity)", None))
        self.ef_continue_data_gathering_label.setText(QCoreApplication.translate("ActivityPlanView", u"Continue gathering:", None))
        self.ef_continue_data_gathering_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Continue data gathering (civil action)", None))
        self.ef_continue_data_gathering.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Continue data gathering (civil action)", None))
        self.ef_continue_data_gathering.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Continue data gathering (civil action)", None))
        self.ef_chosen_power_label.setText(QCoreApplication.translate("ActivityPlanView", u"Chosen power:", None))
        self.ef_chosen_power_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Civil enforcement power chosen (step 14)", None))
        self.ef_chosen_power.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Civil enforcement power chosen (step 14)", None))
        self.ef_chosen_power.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Civil enforcement power chosen (step 14)", None))
        self.onHoldGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"On hold", None))
        self.ef_on_hold_reason_label.setText(QCoreApplication.translate("ActivityPlanView", u"On hold reason:", None))
        self.ef_on_hold_reason_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"On Hold Reason", None))
        self.ef_on_hold_reason.setToolTip(QCoreApplication.translate("ActivityPlanView", u"On Hold Reason", None))
        self.ef_on_hold_reason.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"On Hold Reason", None))
        self.ef_on_hold_until_label.setText(QCoreApplication.translate("ActivityPlanView", u"On hold until:", None))
        self.ef_on_hold_until_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"On hold until (at most 28 days)", None))
        self.ef_on_hold_until.setToolTip(QCoreApplication.translate("ActivityPlanView", u"On hold until (at most 28 days)", None))
        self.ef_on_hold_until.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"On hold until (at most 28 days)", None))
        self.sentGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"Sent to bailiff", None))
        self.ef_bailiff_proceed_date_label.setText(QCoreApplication.translate("ActivityPlanView", u"Proceed date:", None))
        self.ef_bailiff_proceed_date_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Proceed Date", None))
        self.ef_bailiff_proceed_date.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Proceed Date", None))
        self.ef_bailiff_proceed_date.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Proceed Date", None))
        self.ef_bailiff_issue_date_label.setText(QCoreApplication.translate("ActivityPlanView", u"Issue date:", None))
        self.ef_bailiff_issue_date_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Issue Date", None))
        self.ef_bailiff_issue_date.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Issue Date", None))
        self.ef_bailiff_issue_date.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Issue Date", None))
        self.ef_bailiff_company_label.setText(QCoreApplication.translate("ActivityPlanView", u"Bailiff company:", None))
        self.ef_bailiff_company_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Company", None))
        self.ef_bailiff_company.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Company", None))
        self.ef_bailiff_company.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Company", None))
        self.outcomeGroup.setTitle(QCoreApplication.translate("ActivityPlanView", u"Outcome", None))
        self.ef_bailiff_outcome_received_label.setText(QCoreApplication.translate("ActivityPlanView", u"Outcome received:", None))
        self.ef_bailiff_outcome_received_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Rcvd", None))
        self.ef_bailiff_outcome_received.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Rcvd", None))
        self.ef_bailiff_outcome_received.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Rcvd", None))
        self.ef_bailiff_outcome_received.setText(QCoreApplication.translate("ActivityPlanView", u"Yes", None))
        self.ef_bailiff_outcome_date_label.setText(QCoreApplication.translate("ActivityPlanView", u"Outcome date:", None))
        self.ef_bailiff_outcome_date_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Date", None))
        self.ef_bailiff_outcome_date.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Date", None))
        self.ef_bailiff_outcome_date.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Date", None))
        self.ef_bailiff_outcome_label.setText(QCoreApplication.translate("ActivityPlanView", u"Outcome:", None))
        self.ef_bailiff_outcome_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff outcome", None))
        self.ef_bailiff_outcome.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff outcome", None))
        self.ef_bailiff_outcome.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff outcome", None))
        self.ef_bailiff_outcome_type_label.setText(QCoreApplication.translate("ActivityPlanView", u"Outcome type:", None))
        self.ef_bailiff_outcome_type_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Type", None))
        self.ef_bailiff_outcome_type.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Type", None))
        self.ef_bailiff_outcome_type.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Outcome Type", None))
        self.ef_bailiff_reason_return_code_label.setText(QCoreApplication.translate("ActivityPlanView", u"Reason ret code:", None))
        self.ef_bailiff_reason_return_code_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Reason Ret Code: only when returned by bailiff", None))
        self.ef_bailiff_reason_return_code.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Reason Ret Code: only when returned by bailiff", None))
        self.ef_bailiff_reason_return_code.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Reason Ret Code", None))
        self.ef_bailiff_return_code_label.setText(QCoreApplication.translate("ActivityPlanView", u"Return code:", None))
        self.ef_bailiff_return_code_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Return Code: only when recalled by CMEC", None))
        self.ef_bailiff_return_code.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Bailiff Return Code: only when recalled by CMEC", None))
        self.ef_bailiff_return_code.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Bailiff Return Code", None))
        self.ef_nulla_bona_received_label.setText(QCoreApplication.translate("ActivityPlanView", u"Nulla Bona:", None))
        self.ef_nulla_bona_received_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Nulla Bona received", None))
        self.ef_nulla_bona_received.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Nulla Bona received", None))
        self.ef_nulla_bona_received.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Nulla Bona received", None))
        self.ef_nulla_bona_received.setText(QCoreApplication.translate("ActivityPlanView", u"Yes", None))
        self.ef_nulla_bona_received_on_label.setText(QCoreApplication.translate("ActivityPlanView", u"Nulla Bona date:", None))
        self.ef_nulla_bona_received_on_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Date the Nulla Bona was received", None))
        self.ef_nulla_bona_received_on.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Date the Nulla Bona was received", None))
        self.ef_nulla_bona_received_on.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Date the Nulla Bona was received", None))
        self.ef_arrears_agreement_final_payment_due_label.setText(QCoreApplication.translate("ActivityPlanView", u"Final payment due:", None))
        self.ef_arrears_agreement_final_payment_due_label.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Arrears agreement made by the bailiff: final payment due", None))
        self.ef_arrears_agreement_final_payment_due.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Arrears agreement made by the bailiff: final payment due", None))
        self.ef_arrears_agreement_final_payment_due.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Arrears agreement made by the bailiff", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.formTab), QCoreApplication.translate("ActivityPlanView", u"Enforce form", None))
        self.notesList.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Notes on this service request", None))
        self.newNoteLabel.setText(QCoreApplication.translate("ActivityPlanView", u"New note te&xt:", None))
        self.newNoteEdit.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"New note", None))
        self.addNoteButton.setText(QCoreApplication.translate("ActivityPlanView", u"Add n&ote", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.notesTab), QCoreApplication.translate("ActivityPlanView", u"Notes", None))
        self.assetsHintLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Assets associated with this service request (Contact Asset). A Bailiff SR cannot proceed without one.", None))
        self.linkedAssetsList.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Associated assets", None))
        self.assetComboLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Client's asset:", None))
        self.assetCombo.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Asset to associate", None))
        self.linkAssetButton.setText(QCoreApplication.translate("ActivityPlanView", u"Lin&k asset", None))
        self.unlinkAssetButton.setText(QCoreApplication.translate("ActivityPlanView", u"Remo&ve link", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.assetsTab), QCoreApplication.translate("ActivityPlanView", u"Assets", None))
        self.lettersLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Letters sent:", None))
        self.newLetterButton.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Write a third-party letter (Word) into the document store and register it on this service request", None))
        self.newLetterButton.setText(QCoreApplication.translate("ActivityPlanView", u"New letter\u2026", None))
        self.replyReceivedButton.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Record the reply to the letter chosen: the date it came and the document received", None))
        self.replyReceivedButton.setText(QCoreApplication.translate("ActivityPlanView", u"Reply received\u2026", None))
        ___qtreewidgetitem = self.lettersTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ActivityPlanView", u"Reply received", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ActivityPlanView", u"Reply due", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ActivityPlanView", u"Sent", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ActivityPlanView", u"Recipient", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ActivityPlanView", u"Letter", None))
        self.lettersTree.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Letters sent from this service request", None))
        self.documentsLabel.setText(QCoreApplication.translate("ActivityPlanView", u"Documents (letters written and files received):", None))
        self.attachFileButton.setToolTip(QCoreApplication.translate("ActivityPlanView", u"Copy a file received (any type, at most 50 MB) into the document store and record it on this service request", None))
        self.attachFileButton.setText(QCoreApplication.translate("ActivityPlanView", u"Attach file\u2026", None))
        self.openDocumentButton.setText(QCoreApplication.translate("ActivityPlanView", u"&Open document", None))
        ___qtreewidgetitem1 = self.documentsTree.headerItem()
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("ActivityPlanView", u"SHA-256", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("ActivityPlanView", u"By", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ActivityPlanView", u"Created", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ActivityPlanView", u"File", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ActivityPlanView", u"Document", None))
        self.documentsTree.setAccessibleName(QCoreApplication.translate("ActivityPlanView", u"Documents of this service request", None))
        self.attachError.setText("")
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.documentsTab), QCoreApplication.translate("ActivityPlanView", u"Letters and documents", None))
        self.unsavedLabel.setText("")
        self.discardButton.setText(QCoreApplication.translate("ActivityPlanView", u"Disca&rd changes", None))
        self.saveButton.setText(QCoreApplication.translate("ActivityPlanView", u"&Save", None))
    # retranslateUi

