# Generated from ui/contact_view.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_ContactView(object):
    def setupUi(self, ContactView):
        if not ContactView.objectName():
            ContactView.setObjectName(u"ContactView")
        ContactView.resize(1200, 720)
        self.mainLayout = QVBoxLayout(ContactView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pvBanner = QLabel(ContactView)
        self.pvBanner.setObjectName(u"pvBanner")
        self.pvBanner.setWordWrap(True)
        self.pvBanner.setTextFormat(Qt.RichText)
        self.pvBanner.setStyleSheet(u"background: #b00020; color: white; padding: 6px 10px; border-radius: 3px; font-size: 11pt;")

        self.mainLayout.addWidget(self.pvBanner)

        self.detailsGroup = QGroupBox(ContactView)
        self.detailsGroup.setObjectName(u"detailsGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailsGroup.sizePolicy().hasHeightForWidth())
        self.detailsGroup.setSizePolicy(sizePolicy)
        self.detailsLayout = QVBoxLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(-1, 6, -1, 6)
        self.formsRow = QHBoxLayout()
        self.formsRow.setSpacing(18)
        self.formsRow.setObjectName(u"formsRow")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.leftForm.setVerticalSpacing(4)
        self.leftForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.titleLabel = QLabel(self.detailsGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.detailsGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(20)

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.detailsGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setStyleSheet(u"color: #b00020;")
        self.titleError.setWordWrap(True)
        self.titleError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.firstNameLabel = QLabel(self.detailsGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.detailsGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.firstNameError = QLabel(self.detailsGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setStyleSheet(u"color: #b00020;")
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.lastNameLabel = QLabel(self.detailsGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.detailsGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.lastNameError = QLabel(self.detailsGroup)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setStyleSheet(u"color: #b00020;")
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lastNameError)

        self.otherNamesLabel = QLabel(self.detailsGroup)
        self.otherNamesLabel.setObjectName(u"otherNamesLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.otherNamesLabel)

        self.otherNamesEdit = QLineEdit(self.detailsGroup)
        self.otherNamesEdit.setObjectName(u"otherNamesEdit")
        self.otherNamesEdit.setMaxLength(200)

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.otherNamesEdit)

        self.otherNamesError = QLabel(self.detailsGroup)
        self.otherNamesError.setObjectName(u"otherNamesError")
        self.otherNamesError.setStyleSheet(u"color: #b00020;")
        self.otherNamesError.setWordWrap(True)
        self.otherNamesError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.otherNamesError)

        self.dateOfBirthLabel = QLabel(self.detailsGroup)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirthEdit = OptionalDateEdit(self.detailsGroup)
        self.dateOfBirthEdit.setObjectName(u"dateOfBirthEdit")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dateOfBirthEdit)

        self.dateOfBirthError = QLabel(self.detailsGroup)
        self.dateOfBirthError.setObjectName(u"dateOfBirthError")
        self.dateOfBirthError.setStyleSheet(u"color: #b00020;")
        self.dateOfBirthError.setWordWrap(True)
        self.dateOfBirthError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dateOfBirthError)

        self.ninoLabel = QLabel(self.detailsGroup)
        self.ninoLabel.setObjectName(u"ninoLabel")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.ninoLabel)

        self.ninoEdit = QLineEdit(self.detailsGroup)
        self.ninoEdit.setObjectName(u"ninoEdit")
        self.ninoEdit.setMaxLength(13)

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.ninoEdit)

        self.ninoError = QLabel(self.detailsGroup)
        self.ninoError.setObjectName(u"ninoError")
        self.ninoError.setStyleSheet(u"color: #b00020;")
        self.ninoError.setWordWrap(True)
        self.ninoError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.ninoError)


        self.formsRow.addLayout(self.leftForm)

        self.middleForm = QFormLayout()
        self.middleForm.setObjectName(u"middleForm")
        self.middleForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.middleForm.setVerticalSpacing(4)
        self.middleForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.scinLabel = QLabel(self.detailsGroup)
        self.scinLabel.setObjectName(u"scinLabel")

        self.middleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scinLabel)

        self.scinEdit = QLineEdit(self.detailsGroup)
        self.scinEdit.setObjectName(u"scinEdit")
        self.scinEdit.setMaxLength(14)

        self.middleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scinEdit)

        self.scinError = QLabel(self.detailsGroup)
        self.scinError.setObjectName(u"scinError")
        self.scinError.setStyleSheet(u"color: #b00020;")
        self.scinError.setWordWrap(True)
        self.scinError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.middleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scinError)

        self.roleLabel = QLabel(self.detailsGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.middleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.detailsGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.middleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(self.detailsGroup)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setStyleSheet(u"color: #b00020;")
        self.roleError.setWordWrap(True)
        self.roleError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.middleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.jurisdictionLabel = QLabel(self.detailsGroup)
        self.jurisdictionLabel.setObjectName(u"jurisdictionLabel")

        self.middleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jurisdictionLabel)

        self.jurisdictionCombo = QComboBox(self.detailsGroup)
        self.jurisdictionCombo.setObjectName(u"jurisdictionCombo")

        self.middleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jurisdictionCombo)

        self.jurisdictionError = QLabel(self.detailsGroup)
        self.jurisdictionError.setObjectName(u"jurisdictionError")
        self.jurisdictionError.setStyleSheet(u"color: #b00020;")
        self.jurisdictionError.setWordWrap(True)
        self.jurisdictionError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.middleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.jurisdictionError)

        self.phoneLabel = QLabel(self.detailsGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.middleForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.detailsGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.middleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(self.detailsGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b00020;")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.middleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(self.detailsGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.middleForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.detailsGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.middleForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.detailsGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #b00020;")
        self.emailError.setWordWrap(True)
        self.emailError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.middleForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.pvCheck = QCheckBox(self.detailsGroup)
        self.pvCheck.setObjectName(u"pvCheck")

        self.middleForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.pvCheck)

        self.controlMeasuresLabel = QLabel(self.detailsGroup)
        self.controlMeasuresLabel.setObjectName(u"controlMeasuresLabel")

        self.middleForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.controlMeasuresLabel)

        self.controlMeasuresEdit = QPlainTextEdit(self.detailsGroup)
        self.controlMeasuresEdit.setObjectName(u"controlMeasuresEdit")
        self.controlMeasuresEdit.setTabChangesFocus(True)
        self.controlMeasuresEdit.setMaximumSize(QSize(16777215, 60))

        self.middleForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.controlMeasuresEdit)

        self.controlMeasuresError = QLabel(self.detailsGroup)
        self.controlMeasuresError.setObjectName(u"controlMeasuresError")
        self.controlMeasuresError.setStyleSheet(u"color: #b00020;")
        self.controlMeasuresError.setWordWrap(True)
        self.controlMeasuresError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.middleForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.controlMeasuresError)

        self.sensitiveCheck = QCheckBox(self.detailsGroup)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.middleForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.sensitiveCheck)

        self.sensitiveError = QLabel(self.detailsGroup)
        self.sensitiveError.setObjectName(u"sensitiveError")
        self.sensitiveError.setStyleSheet(u"color: #b00020;")
        self.sensitiveError.setWordWrap(True)
        self.sensitiveError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.middleForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.sensitiveError)


        self.formsRow.addLayout(self.middleForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.rightForm.setVerticalSpacing(4)
        self.rightForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.employmentLabel = QLabel(self.detailsGroup)
        self.employmentLabel.setObjectName(u"employmentLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employmentLabel)

        self.employmentCombo = QComboBox(self.detailsGroup)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employmentCombo)

        self.employmentError = QLabel(self.detailsGroup)
        self.employmentError.setObjectName(u"employmentError")
        self.employmentError.setStyleSheet(u"color: #b00020;")
        self.employmentError.setWordWrap(True)
        self.employmentError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employmentError)

        self.employerLabel = QLabel(self.detailsGroup)
        self.employerLabel.setObjectName(u"employerLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(self.detailsGroup)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaxLength(200)

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.employerError = QLabel(self.detailsGroup)
        self.employerError.setObjectName(u"employerError")
        self.employerError.setStyleSheet(u"color: #b00020;")
        self.employerError.setWordWrap(True)
        self.employerError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employerError)

        self.professionalBodyLabel = QLabel(self.detailsGroup)
        self.professionalBodyLabel.setObjectName(u"professionalBodyLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.professionalBodyLabel)

        self.professionalBodyEdit = QLineEdit(self.detailsGroup)
        self.professionalBodyEdit.setObjectName(u"professionalBodyEdit")
        self.professionalBodyEdit.setMaxLength(200)

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.professionalBodyEdit)

        self.professionalBodyError = QLabel(self.detailsGroup)
        self.professionalBodyError.setObjectName(u"professionalBodyError")
        self.professionalBodyError.setStyleSheet(u"color: #b00020;")
        self.professionalBodyError.setWordWrap(True)
        self.professionalBodyError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.professionalBodyError)

        self.licenceCheck = QCheckBox(self.detailsGroup)
        self.licenceCheck.setObjectName(u"licenceCheck")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.licenceCheck)

        self.licenceNumberLabel = QLabel(self.detailsGroup)
        self.licenceNumberLabel.setObjectName(u"licenceNumberLabel")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.licenceNumberLabel)

        self.licenceNumberEdit = QLineEdit(self.detailsGroup)
        self.licenceNumberEdit.setObjectName(u"licenceNumberEdit")
        self.licenceNumberEdit.setMaxLength(20)

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.licenceNumberEdit)

        self.licenceNumberError = QLabel(self.detailsGroup)
        self.licenceNumberError.setObjectName(u"licenceNumberError")
        self.licenceNumberError.setStyleSheet(u"color: #b00020;")
        self.licenceNumberError.setWordWrap(True)
        self.licenceNumberError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.licenceNumberError)

        self.passportCheck = QCheckBox(self.detailsGroup)
        self.passportCheck.setObjectName(u"passportCheck")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.passportCheck)

        self.dependsCheck = QCheckBox(self.detailsGroup)
        self.dependsCheck.setObjectName(u"dependsCheck")

        self.rightForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.dependsCheck)


        self.formsRow.addLayout(self.rightForm)

        self.formsRow.setStretch(0, 1)
        self.formsRow.setStretch(1, 1)
        self.formsRow.setStretch(2, 1)

        self.detailsLayout.addLayout(self.formsRow)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.updatedLabel = QLabel(self.detailsGroup)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setStyleSheet(u"color: #5f6368;")

        self.detailButtons.addWidget(self.updatedLabel)

        self.generalError = QLabel(self.detailsGroup)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.detailButtons.addWidget(self.generalError)

        self.detailSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailButtons.addItem(self.detailSpacer)

        self.editButton = QPushButton(self.detailsGroup)
        self.editButton.setObjectName(u"editButton")

        self.detailButtons.addWidget(self.editButton)

        self.cancelButton = QPushButton(self.detailsGroup)
        self.cancelButton.setObjectName(u"cancelButton")

        self.detailButtons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(self.detailsGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.detailButtons.addWidget(self.saveButton)


        self.detailsLayout.addLayout(self.detailButtons)


        self.mainLayout.addWidget(self.detailsGroup)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.tabs = QTabWidget(ContactView)
        self.tabs.setObjectName(u"tabs")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy1)
        self.addressesTab = QWidget()
        self.addressesTab.setObjectName(u"addressesTab")
        self.addressesTabLayout = QVBoxLayout(self.addressesTab)
        self.addressesTabLayout.setObjectName(u"addressesTabLayout")
        self.addressesTable = QTableView(self.addressesTab)
        self.addressesTable.setObjectName(u"addressesTable")
        self.addressesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.addressesTable.setAlternatingRowColors(True)
        self.addressesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.addressesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.addressesTable.setSortingEnabled(True)
        self.addressesTable.setWordWrap(False)
        self.addressesTable.horizontalHeader().setStretchLastSection(True)
        self.addressesTable.verticalHeader().setVisible(False)

        self.addressesTabLayout.addWidget(self.addressesTable)

        self.addressButtons = QHBoxLayout()
        self.addressButtons.setObjectName(u"addressButtons")
        self.addAddressButton = QPushButton(self.addressesTab)
        self.addAddressButton.setObjectName(u"addAddressButton")

        self.addressButtons.addWidget(self.addAddressButton)

        self.editAddressButton = QPushButton(self.addressesTab)
        self.editAddressButton.setObjectName(u"editAddressButton")

        self.addressButtons.addWidget(self.editAddressButton)

        self.addressSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addressButtons.addItem(self.addressSpacer)


        self.addressesTabLayout.addLayout(self.addressButtons)

        self.tabs.addTab(self.addressesTab, "")
        self.vehiclesTab = QWidget()
        self.vehiclesTab.setObjectName(u"vehiclesTab")
        self.vehiclesTabLayout = QVBoxLayout(self.vehiclesTab)
        self.vehiclesTabLayout.setObjectName(u"vehiclesTabLayout")
        self.vehiclesTable = QTableView(self.vehiclesTab)
        self.vehiclesTable.setObjectName(u"vehiclesTable")
        self.vehiclesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.vehiclesTable.setAlternatingRowColors(True)
        self.vehiclesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.vehiclesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.vehiclesTable.setSortingEnabled(True)
        self.vehiclesTable.setWordWrap(False)
        self.vehiclesTable.horizontalHeader().setStretchLastSection(True)
        self.vehiclesTable.verticalHeader().setVisible(False)

        self.vehiclesTabLayout.addWidget(self.vehiclesTable)

        self.vehicleButtons = QHBoxLayout()
        self.vehicleButtons.setObjectName(u"vehicleButtons")
        self.addVehicleButton = QPushButton(self.vehiclesTab)
        self.addVehicleButton.setObjectName(u"addVehicleButton")

        self.vehicleButtons.addWidget(self.addVehicleButton)

        self.editVehicleButton = QPushButton(self.vehiclesTab)
        self.editVehicleButton.setObjectName(u"editVehicleButton")

        self.vehicleButtons.addWidget(self.editVehicleButton)

        self.removeVehicleButton = QPushButton(self.vehiclesTab)
        self.removeVehicleButton.setObjectName(u"removeVehicleButton")

        self.vehicleButtons.addWidget(self.removeVehicleButton)

        self.vehicleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vehicleButtons.addItem(self.vehicleSpacer)


        self.vehiclesTabLayout.addLayout(self.vehicleButtons)

        self.tabs.addTab(self.vehiclesTab, "")
        self.assetsTab = QWidget()
        self.assetsTab.setObjectName(u"assetsTab")
        self.assetsTabLayout = QVBoxLayout(self.assetsTab)
        self.assetsTabLayout.setObjectName(u"assetsTabLayout")
        self.assetsTable = QTableView(self.assetsTab)
        self.assetsTable.setObjectName(u"assetsTable")
        self.assetsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assetsTable.setAlternatingRowColors(True)
        self.assetsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.assetsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assetsTable.setSortingEnabled(True)
        self.assetsTable.setWordWrap(False)
        self.assetsTable.horizontalHeader().setStretchLastSection(True)
        self.assetsTable.verticalHeader().setVisible(False)

        self.assetsTabLayout.addWidget(self.assetsTable)

        self.assetButtons = QHBoxLayout()
        self.assetButtons.setObjectName(u"assetButtons")
        self.assetsSummaryLabel = QLabel(self.assetsTab)
        self.assetsSummaryLabel.setObjectName(u"assetsSummaryLabel")
        self.assetsSummaryLabel.setWordWrap(True)

        self.assetButtons.addWidget(self.assetsSummaryLabel)

        self.assetSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assetButtons.addItem(self.assetSpacer)

        self.openAssetsButton = QPushButton(self.assetsTab)
        self.openAssetsButton.setObjectName(u"openAssetsButton")

        self.assetButtons.addWidget(self.openAssetsButton)


        self.assetsTabLayout.addLayout(self.assetButtons)

        self.tabs.addTab(self.assetsTab, "")
        self.srTab = QWidget()
        self.srTab.setObjectName(u"srTab")
        self.srTabLayout = QVBoxLayout(self.srTab)
        self.srTabLayout.setObjectName(u"srTabLayout")
        self.srTable = QTableView(self.srTab)
        self.srTable.setObjectName(u"srTable")
        self.srTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.srTable.setAlternatingRowColors(True)
        self.srTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.srTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.srTable.setSortingEnabled(True)
        self.srTable.setWordWrap(False)
        self.srTable.horizontalHeader().setStretchLastSection(True)
        self.srTable.verticalHeader().setVisible(False)

        self.srTabLayout.addWidget(self.srTable)

        self.srHint = QLabel(self.srTab)
        self.srHint.setObjectName(u"srHint")
        self.srHint.setWordWrap(True)
        self.srHint.setStyleSheet(u"color: #5f6368;")

        self.srTabLayout.addWidget(self.srHint)

        self.tabs.addTab(self.srTab, "")
        self.ordersTab = QWidget()
        self.ordersTab.setObjectName(u"ordersTab")
        self.ordersTabLayout = QVBoxLayout(self.ordersTab)
        self.ordersTabLayout.setObjectName(u"ordersTabLayout")
        self.ordersTable = QTableView(self.ordersTab)
        self.ordersTable.setObjectName(u"ordersTable")
        self.ordersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ordersTable.setAlternatingRowColors(True)
        self.ordersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ordersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ordersTable.setSortingEnabled(True)
        self.ordersTable.setWordWrap(False)
        self.ordersTable.horizontalHeader().setStretchLastSection(True)
        self.ordersTable.verticalHeader().setVisible(False)

        self.ordersTabLayout.addWidget(self.ordersTable)

        self.orderButtons = QHBoxLayout()
        self.orderButtons.setObjectName(u"orderButtons")
        self.ordersSummaryLabel = QLabel(self.ordersTab)
        self.ordersSummaryLabel.setObjectName(u"ordersSummaryLabel")
        self.ordersSummaryLabel.setWordWrap(True)

        self.orderButtons.addWidget(self.ordersSummaryLabel)

        self.orderSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderButtons.addItem(self.orderSpacer)

        self.openOrdersButton = QPushButton(self.ordersTab)
        self.openOrdersButton.setObjectName(u"openOrdersButton")

        self.orderButtons.addWidget(self.openOrdersButton)


        self.ordersTabLayout.addLayout(self.orderButtons)

        self.tabs.addTab(self.ordersTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QVBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesSplitter = QSplitter(self.notesTab)
        self.notesSplitter.setObjectName(u"notesSplitter")
        self.notesSplitter.setOrientation(Qt.Horizontal)
        self.notesSplitter.setChildrenCollapsible(False)
        self.notesTable = QTableView(self.notesSplitter)
        self.notesTable.setObjectName(u"notesTable")
        self.notesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.notesTable.setAlternatingRowColors(True)
        self.notesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.notesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.notesTable.setSortingEnabled(True)
        self.notesTable.setWordWrap(False)
        self.notesSplitter.addWidget(self.notesTable)
        self.notesTable.horizontalHeader().setStretchLastSection(True)
        self.notesTable.verticalHeader().setVisible(False)
        self.noteEditor = QWidget(self.notesSplitter)
        self.noteEditor.setObjectName(u"noteEditor")
        self.noteEditorLayout = QVBoxLayout(self.noteEditor)
        self.noteEditorLayout.setObjectName(u"noteEditorLayout")
        self.noteEditorLayout.setContentsMargins(0, 0, 0, 0)
        self.noteLabel = QLabel(self.noteEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteEditorLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.noteEditor)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.noteEditorLayout.addWidget(self.noteEdit)

        self.noteError = QLabel(self.noteEditor)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #b00020;")
        self.noteError.setWordWrap(True)
        self.noteError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.noteEditorLayout.addWidget(self.noteError)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.noteSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.noteSpacer)

        self.addNoteButton = QPushButton(self.noteEditor)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.noteButtons.addWidget(self.addNoteButton)


        self.noteEditorLayout.addLayout(self.noteButtons)

        self.notesSplitter.addWidget(self.noteEditor)

        self.notesTabLayout.addWidget(self.notesSplitter)

        self.tabs.addTab(self.notesTab, "")

        self.bottomRow.addWidget(self.tabs)

        self.caseGroup = QGroupBox(ContactView)
        self.caseGroup.setObjectName(u"caseGroup")
        self.caseGroup.setMinimumSize(QSize(340, 0))
        self.caseGroup.setMaximumSize(QSize(360, 16777215))
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.caseGroup.sizePolicy().hasHeightForWidth())
        self.caseGroup.setSizePolicy(sizePolicy2)
        self.caseLayout = QVBoxLayout(self.caseGroup)
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseLayout.setContentsMargins(-1, 6, -1, 6)
        self.caseChooserRow = QHBoxLayout()
        self.caseChooserRow.setObjectName(u"caseChooserRow")
        self.caseChooserLabel = QLabel(self.caseGroup)
        self.caseChooserLabel.setObjectName(u"caseChooserLabel")

        self.caseChooserRow.addWidget(self.caseChooserLabel)

        self.caseCombo = QComboBox(self.caseGroup)
        self.caseCombo.setObjectName(u"caseCombo")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.caseCombo.sizePolicy().hasHeightForWidth())
        self.caseCombo.setSizePolicy(sizePolicy3)

        self.caseChooserRow.addWidget(self.caseCombo)


        self.caseLayout.addLayout(self.caseChooserRow)

        self.caseLabel = QLabel(self.caseGroup)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(False)
        self.caseLabel.setTextFormat(Qt.RichText)
        self.caseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.caseLayout.addWidget(self.caseLabel)

        self.caseButtons = QHBoxLayout()
        self.caseButtons.setObjectName(u"caseButtons")
        self.editCaseButton = QPushButton(self.caseGroup)
        self.editCaseButton.setObjectName(u"editCaseButton")

        self.caseButtons.addWidget(self.editCaseButton)

        self.wilfulRefusalButton = QPushButton(self.caseGroup)
        self.wilfulRefusalButton.setObjectName(u"wilfulRefusalButton")

        self.caseButtons.addWidget(self.wilfulRefusalButton)

        self.caseButtonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseButtons.addItem(self.caseButtonSpacer)


        self.caseLayout.addLayout(self.caseButtons)

        self.partiesCaption = QLabel(self.caseGroup)
        self.partiesCaption.setObjectName(u"partiesCaption")

        self.caseLayout.addWidget(self.partiesCaption)

        self.partiesTable = QTableView(self.caseGroup)
        self.partiesTable.setObjectName(u"partiesTable")
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy4.setHorizontalStretch(0)
        sizePolicy4.setVerticalStretch(1)
        sizePolicy4.setHeightForWidth(self.partiesTable.sizePolicy().hasHeightForWidth())
        self.partiesTable.setSizePolicy(sizePolicy4)
        self.partiesTable.setMinimumSize(QSize(0, 72))
        self.partiesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.partiesTable.setAlternatingRowColors(True)
        self.partiesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.partiesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.partiesTable.setSortingEnabled(False)
        self.partiesTable.setWordWrap(False)
        self.partiesTable.horizontalHeader().setStretchLastSection(True)
        self.partiesTable.verticalHeader().setVisible(False)

        self.caseLayout.addWidget(self.partiesTable)

        self.partyButtons = QHBoxLayout()
        self.partyButtons.setObjectName(u"partyButtons")
        self.addReceivingParentButton = QPushButton(self.caseGroup)
        self.addReceivingParentButton.setObjectName(u"addReceivingParentButton")

        self.partyButtons.addWidget(self.addReceivingParentButton)

        self.removeReceivingParentButton = QPushButton(self.caseGroup)
        self.removeReceivingParentButton.setObjectName(u"removeReceivingParentButton")

        self.partyButtons.addWidget(self.removeReceivingParentButton)

        self.partyButtonSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partyButtons.addItem(self.partyButtonSpacer)


        self.caseLayout.addLayout(self.partyButtons)


        self.bottomRow.addWidget(self.caseGroup)

        self.bottomRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomRow)

        self.titleLabel.setBuddy(self.titleEdit)
        self.titleError.setBuddy(self.titleEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.firstNameError.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.lastNameError.setBuddy(self.lastNameEdit)
        self.otherNamesLabel.setBuddy(self.otherNamesEdit)
        self.otherNamesError.setBuddy(self.otherNamesEdit)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirthEdit)
        self.dateOfBirthError.setBuddy(self.dateOfBirthEdit)
        self.ninoLabel.setBuddy(self.ninoEdit)
        self.ninoError.setBuddy(self.ninoEdit)
        self.scinLabel.setBuddy(self.scinEdit)
        self.scinError.setBuddy(self.scinEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.roleError.setBuddy(self.roleCombo)
        self.jurisdictionLabel.setBuddy(self.jurisdictionCombo)
        self.jurisdictionError.setBuddy(self.jurisdictionCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.phoneError.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.emailError.setBuddy(self.emailEdit)
        self.controlMeasuresLabel.setBuddy(self.controlMeasuresEdit)
        self.controlMeasuresError.setBuddy(self.controlMeasuresEdit)
        self.sensitiveError.setBuddy(self.sensitiveCheck)
        self.employmentLabel.setBuddy(self.employmentCombo)
        self.employmentError.setBuddy(self.employmentCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.employerError.setBuddy(self.employerEdit)
        self.professionalBodyLabel.setBuddy(self.professionalBodyEdit)
        self.professionalBodyError.setBuddy(self.professionalBodyEdit)
        self.licenceNumberLabel.setBuddy(self.licenceNumberEdit)
        self.licenceNumberError.setBuddy(self.licenceNumberEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.noteError.setBuddy(self.noteEdit)
        self.caseChooserLabel.setBuddy(self.caseCombo)
        QWidget.setTabOrder(self.titleEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.otherNamesEdit)
        QWidget.setTabOrder(self.otherNamesEdit, self.dateOfBirthEdit)
        QWidget.setTabOrder(self.dateOfBirthEdit, self.ninoEdit)
        QWidget.setTabOrder(self.ninoEdit, self.scinEdit)
        QWidget.setTabOrder(self.scinEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.jurisdictionCombo)
        QWidget.setTabOrder(self.jurisdictionCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.pvCheck)
        QWidget.setTabOrder(self.pvCheck, self.controlMeasuresEdit)
        QWidget.setTabOrder(self.controlMeasuresEdit, self.sensitiveCheck)
        QWidget.setTabOrder(self.sensitiveCheck, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.professionalBodyEdit)
        QWidget.setTabOrder(self.professionalBodyEdit, self.licenceCheck)
        QWidget.setTabOrder(self.licenceCheck, self.licenceNumberEdit)
        QWidget.setTabOrder(self.licenceNumberEdit, self.passportCheck)
        QWidget.setTabOrder(self.passportCheck, self.dependsCheck)
        QWidget.setTabOrder(self.dependsCheck, self.editButton)
        QWidget.setTabOrder(self.editButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.caseCombo)
        QWidget.setTabOrder(self.caseCombo, self.editCaseButton)
        QWidget.setTabOrder(self.editCaseButton, self.wilfulRefusalButton)
        QWidget.setTabOrder(self.wilfulRefusalButton, self.partiesTable)
        QWidget.setTabOrder(self.partiesTable, self.addReceivingParentButton)
        QWidget.setTabOrder(self.addReceivingParentButton, self.removeReceivingParentButton)
        QWidget.setTabOrder(self.removeReceivingParentButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.addressesTable)
        QWidget.setTabOrder(self.addressesTable, self.addAddressButton)
        QWidget.setTabOrder(self.addAddressButton, self.editAddressButton)
        QWidget.setTabOrder(self.editAddressButton, self.vehiclesTable)
        QWidget.setTabOrder(self.vehiclesTable, self.addVehicleButton)
        QWidget.setTabOrder(self.addVehicleButton, self.editVehicleButton)
        QWidget.setTabOrder(self.editVehicleButton, self.removeVehicleButton)
        QWidget.setTabOrder(self.removeVehicleButton, self.assetsTable)
        QWidget.setTabOrder(self.assetsTable, self.openAssetsButton)
        QWidget.setTabOrder(self.openAssetsButton, self.srTable)
        QWidget.setTabOrder(self.srTable, self.ordersTable)
        QWidget.setTabOrder(self.ordersTable, self.openOrdersButton)
        QWidget.setTabOrder(self.openOrdersButton, self.notesTable)
        QWidget.setTabOrder(self.notesTable, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.addNoteButton)

        self.retranslateUi(ContactView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ContactView)
    # setupUi

    def retranslateUi(self, ContactView):
        ContactView.setAccessibleName(QCoreApplication.translate("ContactView", u"Contact view", None))
        self.pvBanner.setText("")
        self.pvBanner.setAccessibleName(QCoreApplication.translate("ContactView", u"PV marker warning", None))
        self.detailsGroup.setTitle(QCoreApplication.translate("ContactView", u"Client details", None))
        self.titleLabel.setText(QCoreApplication.translate("ContactView", u"Title:", None))
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Title", None))
        self.titleError.setText("")
        self.firstNameLabel.setText(QCoreApplication.translate("ContactView", u"Fi&rst name:", None))
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"First name", None))
        self.firstNameError.setText("")
        self.lastNameLabel.setText(QCoreApplication.translate("ContactView", u"&Last name:", None))
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Last name", None))
        self.lastNameError.setText("")
        self.otherNamesLabel.setText(QCoreApplication.translate("ContactView", u"&Other names:", None))
        self.otherNamesEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Other names", None))
        self.otherNamesError.setText("")
        self.dateOfBirthLabel.setText(QCoreApplication.translate("ContactView", u"Date of b&irth:", None))
        self.dateOfBirthEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Date of birth", None))
        self.dateOfBirthError.setText("")
        self.ninoLabel.setText(QCoreApplication.translate("ContactView", u"&NI number:", None))
        self.ninoEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"National Insurance number", None))
        self.ninoEdit.setPlaceholderText(QCoreApplication.translate("ContactView", u"QQ 12 34 56 C", None))
        self.ninoError.setText("")
        self.scinLabel.setText(QCoreApplication.translate("ContactView", u"S&CIN:", None))
        self.scinEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"SCIN (client reference)", None))
        self.scinError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("ContactView", u"Role:", None))
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ContactView", u"Role", None))
        self.roleError.setText("")
        self.jurisdictionLabel.setText(QCoreApplication.translate("ContactView", u"&Jurisdiction:", None))
        self.jurisdictionCombo.setToolTip(QCoreApplication.translate("ContactView", u"England, Wales, Scotland or Northern Ireland", None))
        self.jurisdictionCombo.setWhatsThis(QCoreApplication.translate("ContactView", u"Where the paying parent lives. Bailiff action and the county court orders are for England and Wales only: elsewhere the enforcement options say they are not available, and a paying parent with no jurisdiction recorded cannot be referred until it is.", None))
        self.jurisdictionCombo.setAccessibleName(QCoreApplication.translate("ContactView", u"Jurisdiction", None))
        self.jurisdictionError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("ContactView", u"&Phone:", None))
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Phone", None))
        self.phoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("ContactView", u"E&mail:", None))
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Email", None))
        self.emailError.setText("")
        self.pvCheck.setToolTip(QCoreApplication.translate("ContactView", u"Potentially violent marker", None))
        self.pvCheck.setWhatsThis(QCoreApplication.translate("ContactView", u"Potentially violent marker. Tick it when CIS, the 2012 system or the DWP Staff Protection List shows this person may be a risk to staff. It is shown on the work queue and must be given on the bailiff referral CMEL8010 (Bailiff procedure, step 10).", None))
        self.pvCheck.setAccessibleName(QCoreApplication.translate("ContactView", u"PV marker: potentially violent", None))
        self.pvCheck.setText(QCoreApplication.translate("ContactView", u"PV mar&ker (potentially violent)", None))
        self.controlMeasuresLabel.setText(QCoreApplication.translate("ContactView", u"Control measures:", None))
        self.controlMeasuresEdit.setToolTip(QCoreApplication.translate("ContactView", u"How to deal safely with this person", None))
        self.controlMeasuresEdit.setWhatsThis(QCoreApplication.translate("ContactView", u"The control measures that go with the PV marker: how staff and bailiffs must deal with this person (for example contact in writing only, no home visits). They are printed on the bailiff referral with the marker.", None))
        self.controlMeasuresEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"PV control measures", None))
        self.controlMeasuresError.setText("")
        self.sensitiveCheck.setText(QCoreApplication.translate("ContactView", u"Sensitive case", None))
        self.sensitiveCheck.setAccessibleName(QCoreApplication.translate("ContactView", u"Sensitive case: addresses shown only to Special Client Records", None))
        self.sensitiveCheck.setWhatsThis(QCoreApplication.translate("ContactView", u"A sensitive case (Enforcement/Liability Order Actions \u2013 Check CSA, step 4): the client's addresses are shown only to users in Special Client Records. Everyone else sees that the addresses are withheld, on the Contact view and in search results. Only users in Special Client Records and team leaders may tick or clear it; the change is saved at once and recorded in the history.", None))
        self.sensitiveError.setText("")
        self.employmentLabel.setText(QCoreApplication.translate("ContactView", u"Emplo&yment status:", None))
        self.employmentCombo.setAccessibleName(QCoreApplication.translate("ContactView", u"Employment status", None))
        self.employmentError.setText("")
        self.employerLabel.setText(QCoreApplication.translate("ContactView", u"Employer n&ame:", None))
        self.employerEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Employer name", None))
        self.employerError.setText("")
        self.professionalBodyLabel.setText(QCoreApplication.translate("ContactView", u"Professional body:", None))
        self.professionalBodyEdit.setToolTip(QCoreApplication.translate("ContactView", u"E.g. Law Society, General Medical Council", None))
        self.professionalBodyEdit.setWhatsThis(QCoreApplication.translate("ContactView", u"The professional body the paying parent belongs to, if any (solicitor, barrister, doctor...). Registering the liability order with the Register of Judgments, Orders and Fines suits such a member, as an entry may affect their standing (Enforcement Action \u2013 Consider, step 14).", None))
        self.professionalBodyEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Professional body (membership)", None))
        self.professionalBodyError.setText("")
        self.licenceCheck.setToolTip(QCoreApplication.translate("ContactView", u"Tick when they hold a driving licence, or you suspect they do", None))
        self.licenceCheck.setWhatsThis(QCoreApplication.translate("ContactView", u"Tick when they hold a driving licence, or you suspect they do. The bailiff pack can then ask the DVS for their photograph on CMSF5571 (Bailiff procedure, step 14), and disqualification from driving can be considered as a last resort.", None))
        self.licenceCheck.setAccessibleName(QCoreApplication.translate("ContactView", u"Holds a driving licence", None))
        self.licenceCheck.setText(QCoreApplication.translate("ContactView", u"Holds a driving licence", None))
        self.licenceNumberLabel.setText(QCoreApplication.translate("ContactView", u"Licence n&umber:", None))
        self.licenceNumberEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"Driving licence number", None))
        self.licenceNumberError.setText("")
        self.passportCheck.setToolTip(QCoreApplication.translate("ContactView", u"Used when the last-resort sanctions are considered", None))
        self.passportCheck.setWhatsThis(QCoreApplication.translate("ContactView", u"Whether they hold a passport. Commitment to prison is considered only when they hold neither a passport nor a driving licence, and only as a last resort.", None))
        self.passportCheck.setAccessibleName(QCoreApplication.translate("ContactView", u"Holds a passport", None))
        self.passportCheck.setText(QCoreApplication.translate("ContactView", u"Holds a passpor&t", None))
        self.dependsCheck.setToolTip(QCoreApplication.translate("ContactView", u"Rules out disqualification from driving", None))
        self.dependsCheck.setWhatsThis(QCoreApplication.translate("ContactView", u"Tick when they need to drive to earn their living (a driver, a trade that needs a vehicle). Disqualification from driving is then not considered (Enforcement Action \u2013 Consider, step 14).", None))
        self.dependsCheck.setAccessibleName(QCoreApplication.translate("ContactView", u"Depends on driving for their livelihood", None))
        self.dependsCheck.setText(QCoreApplication.translate("ContactView", u"Depends on driving for li&velihood", None))
        self.updatedLabel.setText("")
        self.generalError.setText("")
        self.editButton.setText(QCoreApplication.translate("ContactView", u"&Edit details", None))
        self.editButton.setAccessibleName(QCoreApplication.translate("ContactView", u"Edit the client's details", None))
        self.cancelButton.setText(QCoreApplication.translate("ContactView", u"Cancel", None))
        self.cancelButton.setToolTip(QCoreApplication.translate("ContactView", u"Drop the changes (Escape)", None))
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ContactView", u"Cancel editing", None))
        self.saveButton.setText(QCoreApplication.translate("ContactView", u"&Save", None))
        self.saveButton.setToolTip(QCoreApplication.translate("ContactView", u"Save the client's details (Ctrl+S)", None))
        self.saveButton.setAccessibleName(QCoreApplication.translate("ContactView", u"Save the client's details", None))
        self.tabs.setAccessibleName(QCoreApplication.translate("ContactView", u"Client information", None))
        self.addressesTable.setAccessibleName(QCoreApplication.translate("ContactView", u"Addresses", None))
        self.addAddressButton.setText(QCoreApplication.translate("ContactView", u"Add address\u2026", None))
        self.addAddressButton.setToolTip(QCoreApplication.translate("ContactView", u"Add an address (Insert in the table)", None))
        self.editAddressButton.setText(QCoreApplication.translate("ContactView", u"Edit address\u2026", None))
        self.editAddressButton.setToolTip(QCoreApplication.translate("ContactView", u"Edit the selected address (Enter or double-click)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.addressesTab), QCoreApplication.translate("ContactView", u"Addresses", None))
        self.vehiclesTable.setAccessibleName(QCoreApplication.translate("ContactView", u"Vehicles", None))
        self.addVehicleButton.setText(QCoreApplication.translate("ContactView", u"Add vehicle\u2026", None))
        self.addVehicleButton.setToolTip(QCoreApplication.translate("ContactView", u"Add a vehicle (Insert in the table)", None))
        self.editVehicleButton.setText(QCoreApplication.translate("ContactView", u"Edit vehicle\u2026", None))
        self.editVehicleButton.setToolTip(QCoreApplication.translate("ContactView", u"Edit the selected vehicle (Enter or double-click)", None))
        self.removeVehicleButton.setText(QCoreApplication.translate("ContactView", u"Remove vehicle\u2026", None))
        self.removeVehicleButton.setToolTip(QCoreApplication.translate("ContactView", u"Remove the selected vehicle (Delete in the table)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.vehiclesTab), QCoreApplication.translate("ContactView", u"Vehicles", None))
        self.assetsTable.setAccessibleName(QCoreApplication.translate("ContactView", u"Assets (read only)", None))
        self.assetsSummaryLabel.setText("")
        self.openAssetsButton.setText(QCoreApplication.translate("ContactView", u"Open Asset view", None))
        self.openAssetsButton.setToolTip(QCoreApplication.translate("ContactView", u"Add, change, disregard or link assets", None))
        self.tabs.setTabText(self.tabs.indexOf(self.assetsTab), QCoreApplication.translate("ContactView", u"Assets", None))
        self.srTable.setAccessibleName(QCoreApplication.translate("ContactView", u"Service requests of the client's cases: double-click or Enter opens the activity plan", None))
        self.srHint.setText(QCoreApplication.translate("ContactView", u"Double-click a service request (or press Enter) to open its activity plan.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.srTab), QCoreApplication.translate("ContactView", u"Service Requests", None))
        self.ordersTable.setAccessibleName(QCoreApplication.translate("ContactView", u"Enforcement orders (read only)", None))
        self.ordersSummaryLabel.setText("")
        self.openOrdersButton.setText(QCoreApplication.translate("ContactView", u"Open Enforcement Orders view", None))
        self.openOrdersButton.setToolTip(QCoreApplication.translate("ContactView", u"Add orders and payments; see the enforcement options", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ordersTab), QCoreApplication.translate("ContactView", u"Enforcement Orders", None))
        self.notesTable.setAccessibleName(QCoreApplication.translate("ContactView", u"Notes on the client", None))
        self.noteLabel.setText(QCoreApplication.translate("ContactView", u"New note:", None))
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ContactView", u"New note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ContactView", u"Type a note, then Add note (Ctrl+Enter)", None))
        self.noteError.setText("")
        self.addNoteButton.setText(QCoreApplication.translate("ContactView", u"Add note", None))
        self.addNoteButton.setToolTip(QCoreApplication.translate("ContactView", u"Add the note (Ctrl+Enter)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ContactView", u"Notes", None))
        self.caseGroup.setTitle(QCoreApplication.translate("ContactView", u"Case", None))
        self.caseChooserLabel.setText(QCoreApplication.translate("ContactView", u"Case:", None))
        self.caseCombo.setAccessibleName(QCoreApplication.translate("ContactView", u"Case shown in the Case box", None))
        self.caseCombo.setToolTip(QCoreApplication.translate("ContactView", u"The client has more than one case: choose the one to see and change", None))
        self.caseLabel.setText("")
        self.editCaseButton.setText(QCoreApplication.translate("ContactView", u"Edit case\u2026", None))
        self.editCaseButton.setToolTip(QCoreApplication.translate("ContactView", u"Change the scheme, region, owning team, arrears balance and flags of this case", None))
        self.editCaseButton.setAccessibleName(QCoreApplication.translate("ContactView", u"Edit the case", None))
        self.wilfulRefusalButton.setWhatsThis(QCoreApplication.translate("ContactView", u"Record the finding that the paying parent wilfully refused or culpably neglected to pay, with its date and evidence. Disqualification from driving and commitment to prison need this finding, once every other means of recovery is exhausted.", None))
        self.wilfulRefusalButton.setText(QCoreApplication.translate("ContactView", u"&Wilful refusal\u2026", None))
        self.wilfulRefusalButton.setToolTip(QCoreApplication.translate("ContactView", u"Record or correct the finding of wilful refusal or culpable neglect", None))
        self.wilfulRefusalButton.setAccessibleName(QCoreApplication.translate("ContactView", u"Record the wilful refusal finding", None))
        self.partiesCaption.setText(QCoreApplication.translate("ContactView", u"Receiving parent(s) \u2014 double-click to open:", None))
        self.partiesTable.setAccessibleName(QCoreApplication.translate("ContactView", u"Other parties of the case: double-click or press Enter to open", None))
        self.addReceivingParentButton.setText(QCoreApplication.translate("ContactView", u"Add receiving parent\u2026", None))
        self.addReceivingParentButton.setToolTip(QCoreApplication.translate("ContactView", u"Add a receiving parent to this case by SCIN (Insert in the table)", None))
        self.addReceivingParentButton.setAccessibleName(QCoreApplication.translate("ContactView", u"Add a receiving parent", None))
        self.removeReceivingParentButton.setText(QCoreApplication.translate("ContactView", u"Remove\u2026", None))
        self.removeReceivingParentButton.setToolTip(QCoreApplication.translate("ContactView", u"Remove the selected receiving parent from this case (Delete in the table)", None))
        self.removeReceivingParentButton.setAccessibleName(QCoreApplication.translate("ContactView", u"Remove the selected receiving parent", None))
    # retranslateUi

