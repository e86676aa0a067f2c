# Generated from ui/case_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(480, 300)
        CaseDialog.setModal(True)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(CaseDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setTextFormat(Qt.RichText)
        self.caseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.caseLabel)

        self.caseForm = QFormLayout()
        self.caseForm.setObjectName(u"caseForm")
        self.caseForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.caseForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.caseForm.setVerticalSpacing(4)
        self.schemeLabel = QLabel(CaseDialog)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(CaseDialog)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.schemeError = QLabel(CaseDialog)
        self.schemeError.setObjectName(u"schemeError")
        self.schemeError.setStyleSheet(u"color: #b00020;")
        self.schemeError.setWordWrap(True)
        self.schemeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schemeError)

        self.regionLabel = QLabel(CaseDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(CaseDialog)
        self.regionCombo.setObjectName(u"regionCombo")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.regionError = QLabel(CaseDialog)
        self.regionError.setObjectName(u"regionError")
        self.regionError.setStyleSheet(u"color: #b00020;")
        self.regionError.setWordWrap(True)
        self.regionError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regionError)

        self.owningTeamLabel = QLabel(CaseDialog)
        self.owningTeamLabel.setObjectName(u"owningTeamLabel")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owningTeamLabel)

        self.owningTeamCombo = QComboBox(CaseDialog)
        self.owningTeamCombo.setObjectName(u"owningTeamCombo")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owningTeamCombo)

        self.owningTeamError = QLabel(CaseDialog)
        self.owningTeamError.setObjectName(u"owningTeamError")
        self.owningTeamError.setStyleSheet(u"color: #b00020;")
        self.owningTeamError.setWordWrap(True)
        self.owningTeamError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.owningTeamError)

        self.arrearsLabel = QLabel(CaseDialog)
        self.arrearsLabel.setObjectName(u"arrearsLabel")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.arrearsLabel)

        self.arrearsEdit = MoneyEdit(CaseDialog)
        self.arrearsEdit.setObjectName(u"arrearsEdit")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.arrearsEdit)

        self.arrearsBalanceError = QLabel(CaseDialog)
        self.arrearsBalanceError.setObjectName(u"arrearsBalanceError")
        self.arrearsBalanceError.setStyleSheet(u"color: #b00020;")
        self.arrearsBalanceError.setWordWrap(True)
        self.arrearsBalanceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.arrearsBalanceError)

        self.caseManagerLabel = QLabel(CaseDialog)
        self.caseManagerLabel.setObjectName(u"caseManagerLabel")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.caseManagerLabel)

        self.caseManagerEdit = QLineEdit(CaseDialog)
        self.caseManagerEdit.setObjectName(u"caseManagerEdit")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.caseManagerEdit)

        self.caseManagerError = QLabel(CaseDialog)
        self.caseManagerError.setObjectName(u"caseManagerError")
        self.caseManagerError.setStyleSheet(u"color: #b00020;")
        self.caseManagerError.setWordWrap(True)
        self.caseManagerError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.caseManagerError)

        self.teamLabel = QLabel(CaseDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamEdit = QLineEdit(CaseDialog)
        self.teamEdit.setObjectName(u"teamEdit")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.teamError = QLabel(CaseDialog)
        self.teamError.setObjectName(u"teamError")
        self.teamError.setStyleSheet(u"color: #b00020;")
        self.teamError.setWordWrap(True)
        self.teamError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.teamError)

        self.flagsLabel = QLabel(CaseDialog)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.caseForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.flagsLabel)

        self.segment5Check = QCheckBox(CaseDialog)
        self.segment5Check.setObjectName(u"segment5Check")

        self.caseForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.segment5Check)

        self.segment5Error = QLabel(CaseDialog)
        self.segment5Error.setObjectName(u"segment5Error")
        self.segment5Error.setStyleSheet(u"color: #b00020;")
        self.segment5Error.setWordWrap(True)
        self.segment5Error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.segment5Error)

        self.legacyCheck = QCheckBox(CaseDialog)
        self.legacyCheck.setObjectName(u"legacyCheck")

        self.caseForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.legacyCheck)

        self.legacyOngoingEnforcementError = QLabel(CaseDialog)
        self.legacyOngoingEnforcementError.setObjectName(u"legacyOngoingEnforcementError")
        self.legacyOngoingEnforcementError.setStyleSheet(u"color: #b00020;")
        self.legacyOngoingEnforcementError.setWordWrap(True)
        self.legacyOngoingEnforcementError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.legacyOngoingEnforcementError)

        self.monitorCheck = QCheckBox(CaseDialog)
        self.monitorCheck.setObjectName(u"monitorCheck")

        self.caseForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.monitorCheck)

        self.disableMissedPaymentMonitorError = QLabel(CaseDialog)
        self.disableMissedPaymentMonitorError.setObjectName(u"disableMissedPaymentMonitorError")
        self.disableMissedPaymentMonitorError.setStyleSheet(u"color: #b00020;")
        self.disableMissedPaymentMonitorError.setWordWrap(True)
        self.disableMissedPaymentMonitorError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(18, QFormLayout.ItemRole.FieldRole, self.disableMissedPaymentMonitorError)

        self.deoDesireLabel = QLabel(CaseDialog)
        self.deoDesireLabel.setObjectName(u"deoDesireLabel")

        self.caseForm.setWidget(19, QFormLayout.ItemRole.LabelRole, self.deoDesireLabel)

        self.deoDesireCombo = QComboBox(CaseDialog)
        self.deoDesireCombo.setObjectName(u"deoDesireCombo")

        self.caseForm.setWidget(19, QFormLayout.ItemRole.FieldRole, self.deoDesireCombo)

        self.deoDesireError = QLabel(CaseDialog)
        self.deoDesireError.setObjectName(u"deoDesireError")
        self.deoDesireError.setStyleSheet(u"color: #b00020;")
        self.deoDesireError.setWordWrap(True)
        self.deoDesireError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(20, QFormLayout.ItemRole.FieldRole, self.deoDesireError)

        self.deoDesireDateLabel = QLabel(CaseDialog)
        self.deoDesireDateLabel.setObjectName(u"deoDesireDateLabel")

        self.caseForm.setWidget(21, QFormLayout.ItemRole.LabelRole, self.deoDesireDateLabel)

        self.deoDesireDateEdit = OptionalDateEdit(CaseDialog)
        self.deoDesireDateEdit.setObjectName(u"deoDesireDateEdit")

        self.caseForm.setWidget(21, QFormLayout.ItemRole.FieldRole, self.deoDesireDateEdit)

        self.deoDesireSetOnError = QLabel(CaseDialog)
        self.deoDesireSetOnError.setObjectName(u"deoDesireSetOnError")
        self.deoDesireSetOnError.setStyleSheet(u"color: #b00020;")
        self.deoDesireSetOnError.setWordWrap(True)
        self.deoDesireSetOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseForm.setWidget(22, QFormLayout.ItemRole.FieldRole, self.deoDesireSetOnError)


        self.mainLayout.addLayout(self.caseForm)

        self.generalError = QLabel(CaseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.schemeLabel.setBuddy(self.schemeCombo)
        self.schemeError.setBuddy(self.schemeCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.regionError.setBuddy(self.regionCombo)
        self.owningTeamLabel.setBuddy(self.owningTeamCombo)
        self.owningTeamError.setBuddy(self.owningTeamCombo)
        self.arrearsLabel.setBuddy(self.arrearsEdit)
        self.arrearsBalanceError.setBuddy(self.arrearsEdit)
        self.caseManagerLabel.setBuddy(self.caseManagerEdit)
        self.caseManagerError.setBuddy(self.caseManagerEdit)
        self.teamLabel.setBuddy(self.teamEdit)
        self.teamError.setBuddy(self.teamEdit)
        self.segment5Error.setBuddy(self.segment5Check)
        self.legacyOngoingEnforcementError.setBuddy(self.legacyCheck)
        self.disableMissedPaymentMonitorError.setBuddy(self.monitorCheck)
        self.deoDesireLabel.setBuddy(self.deoDesireCombo)
        self.deoDesireError.setBuddy(self.deoDesireCombo)
        self.deoDesireDateLabel.setBuddy(self.deoDesireDateEdit)
        self.deoDesireSetOnError.setBuddy(self.deoDesireDateEdit)
        QWidget.setTabOrder(self.schemeCombo, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.owningTeamCombo)
        QWidget.setTabOrder(self.owningTeamCombo, self.arrearsEdit)
        QWidget.setTabOrder(self.arrearsEdit, self.caseManagerEdit)
        QWidget.setTabOrder(self.caseManagerEdit, self.teamEdit)
        QWidget.setTabOrder(self.teamEdit, self.segment5Check)
        QWidget.setTabOrder(self.segment5Check, self.legacyCheck)
        QWidget.setTabOrder(self.legacyCheck, self.monitorCheck)
        QWidget.setTabOrder(self.monitorCheck, self.deoDesireCombo)
        QWidget.setTabOrder(self.deoDesireCombo, self.deoDesireDateEdit)
        QWidget.setTabOrder(self.deoDesireDateEdit, self.buttonBox)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Edit case", None))
        self.caseLabel.setText("")
        self.schemeLabel.setText(QCoreApplication.translate("CaseDialog", u"S&cheme:", None))
        self.schemeCombo.setWhatsThis(QCoreApplication.translate("CaseDialog", u"The scheme the case is on: CMS 2012, or legacy CSA for a case still on the old system. Legacy CSA liability orders are collected after the CMS ones on a bailiff referral (Bailiff procedure, step 10).", None))
        self.schemeCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Scheme", None))
        self.schemeCombo.setToolTip(QCoreApplication.translate("CaseDialog", u"CMS 2012 or legacy CSA", None))
        self.schemeError.setText("")
        self.regionLabel.setText(QCoreApplication.translate("CaseDialog", u"&Region:", None))
        self.regionCombo.setWhatsThis(QCoreApplication.translate("CaseDialog", u"The CMS region that owns the case. The bailiff pack's zip is named SCIN + region (e.g. 123456789012Midlands.zip; Bailiff procedure, step 12); team leaders keep the list of regions.", None))
        self.regionCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Region", None))
        self.regionCombo.setToolTip(QCoreApplication.translate("CaseDialog", u"The region names the bailiff pack (SCIN + region); team leaders keep the list", None))
        self.regionError.setText("")
        self.owningTeamLabel.setText(QCoreApplication.translate("CaseDialog", u"&Owning team:", None))
        self.owningTeamCombo.setToolTip(QCoreApplication.translate("CaseDialog", u"Maintenance or enforcement", None))
        self.owningTeamCombo.setWhatsThis(QCoreApplication.translate("CaseDialog", u"Which team works the case now. A case moves from maintenance to enforcement when a team leader approves a Liability Order referral (Arrears \u2013 Consider Action).", None))
        self.owningTeamCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Owning team", None))
        self.owningTeamError.setText("")
        self.arrearsLabel.setText(QCoreApplication.translate("CaseDialog", u"&Arrears balance:", None))
        self.arrearsEdit.setToolTip(QCoreApplication.translate("CaseDialog", u"The case's arrears balance", None))
        self.arrearsEdit.setWhatsThis(QCoreApplication.translate("CaseDialog", u"The unpaid child maintenance on the case. Each enforcement power has a minimum (de minimis) below which it is not considered: \u00a3500 for a liability order, \u00a33,000 for an order for sale, \u00a31,000 for commitment.", None))
        self.arrearsEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Arrears balance in pounds", None))
        self.arrearsBalanceError.setText("")
        self.caseManagerLabel.setText(QCoreApplication.translate("CaseDialog", u"Case &manager:", None))
        self.caseManagerEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Case manager", None))
        self.caseManagerEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Optional: user name", None))
        self.caseManagerError.setText("")
        self.teamLabel.setText(QCoreApplication.translate("CaseDialog", u"&Team:", None))
        self.teamEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Team", None))
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Optional", None))
        self.teamError.setText("")
        self.flagsLabel.setText(QCoreApplication.translate("CaseDialog", u"<p style='margin-top:8px'><b>Case flags</b> (hover over one for what it means)</p>", None))
        self.segment5Check.setWhatsThis(QCoreApplication.translate("CaseDialog", u"Segment 5 Case: a compliance opportunity. An Arrears Review on this case goes first to the Segment 5 Compliance Opportunity steps, as a priority (Arrears \u2013 Consider Action).", None))
        self.segment5Check.setText(QCoreApplication.translate("CaseDialog", u"Segment &5 case", None))
        self.segment5Check.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Segment 5 case", None))
        self.segment5Check.setToolTip(QCoreApplication.translate("CaseDialog", u"Segment 5 case (a compliance opportunity): an Arrears Review on it goes to the Segment 5 Compliance Opportunity steps first, as a priority; transitioned Segment 5 cases with CSA committal, order for sale or sisted action need micro-managing between systems.", None))
        self.segment5Error.setText("")
        self.legacyCheck.setWhatsThis(QCoreApplication.translate("CaseDialog", u"Legacy Ongoing Enforcement Indicator: the old CSA case still has liability order or enforcement action outstanding. Setting it opens a Check CSA service request (if none is open), so the legacy liability orders not fully paid are entered on this case.", None))
        self.legacyCheck.setText(QCoreApplication.translate("CaseDialog", u"&Legacy Ongoing Enforcement Indicator", None))
        self.legacyCheck.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Legacy Ongoing Enforcement Indicator", None))
        self.legacyCheck.setToolTip(QCoreApplication.translate("CaseDialog", u"Legacy Ongoing Enforcement Indicator: the legacy CSA case still has enforcement or liability order action outstanding. It prompts the Check CSA procedure: legacy LOs whose debt is not fully discharged must be entered on the case.", None))
        self.legacyOngoingEnforcementError.setText("")
        self.monitorCheck.setWhatsThis(QCoreApplication.translate("CaseDialog", u"Disable Missed Payment Monitor: stops missed-payment work being raised on this case, for example when the Deduction Order Team found no further assets. Review the enforcement options again after the next annual review (Arrears \u2013 Consider Action).", None))
        self.monitorCheck.setText(QCoreApplication.translate("CaseDialog", u"&Disable Missed Payment Monitor", None))
        self.monitorCheck.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Disable Missed Payment Monitor", None))
        self.monitorCheck.setToolTip(QCoreApplication.translate("CaseDialog", u"Disable Missed Payment Monitor: no missed-payment work is raised on this case, e.g. when the Deduction Order Team found no further assets; the enforcement options are reviewed again after the next annual review.", None))
        self.disableMissedPaymentMonitorError.setText("")
        self.deoDesireLabel.setText(QCoreApplication.translate("CaseDialog", u"Des&ire for DEO/DER:", None))
        self.deoDesireLabel.setToolTip(QCoreApplication.translate("CaseDialog", u"Desire for DEO/DER: set (Mandatory or Self Selected) when HMRC report no employment details. Employment information is then re-requested from HMRC every two weeks and a new employer raises an SR. Give the date it was set: a reminder falls due 6 weeks later.", None))
        self.deoDesireCombo.setWhatsThis(QCoreApplication.translate("CaseDialog", u"Desire for DEO/DER: set Mandatory or Self Selected when HMRC report no employment details. HMRC are then asked again every two weeks, and a new employer raises a service request. A reminder falls due 6 weeks after the date it was set.", None))
        self.deoDesireCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Desire for DEO/DER", None))
        self.deoDesireCombo.setToolTip(QCoreApplication.translate("CaseDialog", u"Desire for DEO/DER: set (Mandatory or Self Selected) when HMRC report no employment details. Employment information is then re-requested from HMRC every two weeks and a new employer raises an SR. Give the date it was set: a reminder falls due 6 weeks later.", None))
        self.deoDesireError.setText("")
        self.deoDesireDateLabel.setText(QCoreApplication.translate("CaseDialog", u"Desire flag set o&n:", None))
        self.deoDesireDateLabel.setToolTip(QCoreApplication.translate("CaseDialog", u"The date the Desire for DEO/DER flag was set (needed when a desire is set).", None))
        self.deoDesireDateEdit.setWhatsThis(QCoreApplication.translate("CaseDialog", u"The date the Desire for DEO/DER flag was set: the Diary reminds you 6 weeks later (Arrears \u2013 Consider Action).", None))
        self.deoDesireDateEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Date the Desire for DEO/DER flag was set", None))
        self.deoDesireDateEdit.setToolTip(QCoreApplication.translate("CaseDialog", u"The date the Desire for DEO/DER flag was set (needed when a desire is set).", None))
        self.deoDesireSetOnError.setText("")
        self.generalError.setText("")
    # retranslateUi

