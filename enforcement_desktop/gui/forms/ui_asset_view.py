# Generated from ui/asset_view.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit

class Ui_AssetView(object):
    def setupUi(self, AssetView):
        if not AssetView.objectName():
            AssetView.setObjectName(u"AssetView")
        AssetView.resize(1100, 640)
        self.mainLayout = QVBoxLayout(AssetView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(AssetView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tablePane = QWidget(self.splitter)
        self.tablePane.setObjectName(u"tablePane")
        self.tablePaneLayout = QVBoxLayout(self.tablePane)
        self.tablePaneLayout.setObjectName(u"tablePaneLayout")
        self.tablePaneLayout.setContentsMargins(0, 0, 0, 0)
        self.assetsCaption = QLabel(self.tablePane)
        self.assetsCaption.setObjectName(u"assetsCaption")

        self.tablePaneLayout.addWidget(self.assetsCaption)

        self.assetsTable = QTableView(self.tablePane)
        self.assetsTable.setObjectName(u"assetsTable")
        self.assetsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assetsTable.setAlternatingRowColors(True)
        self.assetsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.assetsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assetsTable.setSortingEnabled(True)
        self.assetsTable.setWordWrap(False)
        self.assetsTable.horizontalHeader().setStretchLastSection(True)
        self.assetsTable.verticalHeader().setVisible(False)

        self.tablePaneLayout.addWidget(self.assetsTable)

        self.disregardHint = QLabel(self.tablePane)
        self.disregardHint.setObjectName(u"disregardHint")
        self.disregardHint.setWordWrap(True)
        self.disregardHint.setStyleSheet(u"color: #5f6368;")

        self.tablePaneLayout.addWidget(self.disregardHint)

        self.linkGroup = QGroupBox(self.tablePane)
        self.linkGroup.setObjectName(u"linkGroup")
        self.linkLayout = QVBoxLayout(self.linkGroup)
        self.linkLayout.setObjectName(u"linkLayout")
        self.linkRow = QHBoxLayout()
        self.linkRow.setObjectName(u"linkRow")
        self.srLabel = QLabel(self.linkGroup)
        self.srLabel.setObjectName(u"srLabel")

        self.linkRow.addWidget(self.srLabel)

        self.srCombo = QComboBox(self.linkGroup)
        self.srCombo.setObjectName(u"srCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.srCombo.sizePolicy().hasHeightForWidth())
        self.srCombo.setSizePolicy(sizePolicy)
        self.srCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.srCombo.setMinimumContentsLength(30)

        self.linkRow.addWidget(self.srCombo)

        self.linkButton = QPushButton(self.linkGroup)
        self.linkButton.setObjectName(u"linkButton")

        self.linkRow.addWidget(self.linkButton)

        self.unlinkButton = QPushButton(self.linkGroup)
        self.unlinkButton.setObjectName(u"unlinkButton")

        self.linkRow.addWidget(self.unlinkButton)


        self.linkLayout.addLayout(self.linkRow)

        self.linkError = QLabel(self.linkGroup)
        self.linkError.setObjectName(u"linkError")
        self.linkError.setStyleSheet(u"color: #b00020;")
        self.linkError.setWordWrap(True)
        self.linkError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.linkLayout.addWidget(self.linkError)

        self.linkedLabel = QLabel(self.linkGroup)
        self.linkedLabel.setObjectName(u"linkedLabel")
        self.linkedLabel.setWordWrap(True)
        self.linkedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.linkLayout.addWidget(self.linkedLabel)


        self.tablePaneLayout.addWidget(self.linkGroup)

        self.disposalGroup = QGroupBox(self.tablePane)
        self.disposalGroup.setObjectName(u"disposalGroup")
        self.disposalLayout = QVBoxLayout(self.disposalGroup)
        self.disposalLayout.setObjectName(u"disposalLayout")
        self.disposalStateLabel = QLabel(self.disposalGroup)
        self.disposalStateLabel.setObjectName(u"disposalStateLabel")
        self.disposalStateLabel.setWordWrap(True)
        self.disposalStateLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.disposalLayout.addWidget(self.disposalStateLabel)

        self.disposalGrid = QGridLayout()
        self.disposalGrid.setObjectName(u"disposalGrid")
        self.disposalDateLabel = QLabel(self.disposalGroup)
        self.disposalDateLabel.setObjectName(u"disposalDateLabel")

        self.disposalGrid.addWidget(self.disposalDateLabel, 0, 0, 1, 1)

        self.disposalDateEdit = OptionalDateEdit(self.disposalGroup)
        self.disposalDateEdit.setObjectName(u"disposalDateEdit")

        self.disposalGrid.addWidget(self.disposalDateEdit, 0, 1, 1, 1)

        self.disposalSourceLabel = QLabel(self.disposalGroup)
        self.disposalSourceLabel.setObjectName(u"disposalSourceLabel")

        self.disposalGrid.addWidget(self.disposalSourceLabel, 0, 2, 1, 1)

        self.disposalSourceCombo = QComboBox(self.disposalGroup)
        self.disposalSourceCombo.setObjectName(u"disposalSourceCombo")
        sizePolicy.setHeightForWidth(self.disposalSourceCombo.sizePolicy().hasHeightForWidth())
        self.disposalSourceCombo.setSizePolicy(sizePolicy)

        self.disposalGrid.addWidget(self.disposalSourceCombo, 0, 3, 1, 1)

        self.imminentDisposalOnError = QLabel(self.disposalGroup)
        self.imminentDisposalOnError.setObjectName(u"imminentDisposalOnError")
        self.imminentDisposalOnError.setStyleSheet(u"color: #b00020;")
        self.imminentDisposalOnError.setWordWrap(True)
        self.imminentDisposalOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.disposalGrid.addWidget(self.imminentDisposalOnError, 1, 1, 1, 1)

        self.imminentDisposalSourceError = QLabel(self.disposalGroup)
        self.imminentDisposalSourceError.setObjectName(u"imminentDisposalSourceError")
        self.imminentDisposalSourceError.setStyleSheet(u"color: #b00020;")
        self.imminentDisposalSourceError.setWordWrap(True)
        self.imminentDisposalSourceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.disposalGrid.addWidget(self.imminentDisposalSourceError, 1, 3, 1, 1)


        self.disposalLayout.addLayout(self.disposalGrid)

        self.disposalButtons = QHBoxLayout()
        self.disposalButtons.setObjectName(u"disposalButtons")
        self.disposalSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disposalButtons.addItem(self.disposalSpacer)

        self.clearDisposalButton = QPushButton(self.disposalGroup)
        self.clearDisposalButton.setObjectName(u"clearDisposalButton")

        self.disposalButtons.addWidget(self.clearDisposalButton)

        self.flagDisposalButton = QPushButton(self.disposalGroup)
        self.flagDisposalButton.setObjectName(u"flagDisposalButton")

        self.disposalButtons.addWidget(self.flagDisposalButton)


        self.disposalLayout.addLayout(self.disposalButtons)

        self.disposalError = QLabel(self.disposalGroup)
        self.disposalError.setObjectName(u"disposalError")
        self.disposalError.setStyleSheet(u"color: #b00020;")
        self.disposalError.setWordWrap(True)
        self.disposalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.disposalLayout.addWidget(self.disposalError)


        self.tablePaneLayout.addWidget(self.disposalGroup)

        self.splitter.addWidget(self.tablePane)
        self.detailsGroup = QGroupBox(self.splitter)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsGroup.setMinimumSize(QSize(380, 0))
        self.detailsLayout = QVBoxLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.modeLabel = QLabel(self.detailsGroup)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setStyleSheet(u"font-weight: bold;")

        self.detailsLayout.addWidget(self.modeLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.detailsForm.setFormAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.typeLabel = QLabel(self.detailsGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.detailsGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(self.detailsGroup)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setStyleSheet(u"color: #b00020;")
        self.typeError.setWordWrap(True)
        self.typeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.accountTypeLabel = QLabel(self.detailsGroup)
        self.accountTypeLabel.setObjectName(u"accountTypeLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accountTypeLabel)

        self.accountTypeCombo = QComboBox(self.detailsGroup)
        self.accountTypeCombo.setObjectName(u"accountTypeCombo")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accountTypeCombo)

        self.accountTypeError = QLabel(self.detailsGroup)
        self.accountTypeError.setObjectName(u"accountTypeError")
        self.accountTypeError.setStyleSheet(u"color: #b00020;")
        self.accountTypeError.setWordWrap(True)
        self.accountTypeError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accountTypeError)

        self.descriptionLabel = QLabel(self.detailsGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(self.detailsGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(500)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(self.detailsGroup)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setStyleSheet(u"color: #b00020;")
        self.descriptionError.setWordWrap(True)
        self.descriptionError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.valueLabel = QLabel(self.detailsGroup)
        self.valueLabel.setObjectName(u"valueLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = MoneyEdit(self.detailsGroup)
        self.valueEdit.setObjectName(u"valueEdit")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.valueError = QLabel(self.detailsGroup)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setStyleSheet(u"color: #b00020;")
        self.valueError.setWordWrap(True)
        self.valueError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.valueError)

        self.sourceLabel = QLabel(self.detailsGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.detailsGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.sourceError = QLabel(self.detailsGroup)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setStyleSheet(u"color: #b00020;")
        self.sourceError.setWordWrap(True)
        self.sourceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sourceError)

        self.recordedLabel = QLabel(self.detailsGroup)
        self.recordedLabel.setObjectName(u"recordedLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.recordedLabel)

        self.recordedEdit = OptionalDateEdit(self.detailsGroup)
        self.recordedEdit.setObjectName(u"recordedEdit")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.recordedEdit)

        self.recordedError = QLabel(self.detailsGroup)
        self.recordedError.setObjectName(u"recordedError")
        self.recordedError.setStyleSheet(u"color: #b00020;")
        self.recordedError.setWordWrap(True)
        self.recordedError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.recordedError)

        self.findingLabel = QLabel(self.detailsGroup)
        self.findingLabel.setObjectName(u"findingLabel")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.findingLabel)

        self.findingCombo = QComboBox(self.detailsGroup)
        self.findingCombo.setObjectName(u"findingCombo")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.findingCombo)

        self.findingError = QLabel(self.detailsGroup)
        self.findingError.setObjectName(u"findingError")
        self.findingError.setStyleSheet(u"color: #b00020;")
        self.findingError.setWordWrap(True)
        self.findingError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.findingError)

        self.disposedCheck = QCheckBox(self.detailsGroup)
        self.disposedCheck.setObjectName(u"disposedCheck")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.disposedCheck)


        self.detailsLayout.addLayout(self.detailsForm)

        self.disregardedLabel = QLabel(self.detailsGroup)
        self.disregardedLabel.setObjectName(u"disregardedLabel")
        self.disregardedLabel.setWordWrap(True)
        self.disregardedLabel.setStyleSheet(u"background: #f1f3f4; color: #3c4043; padding: 6px; border-radius: 3px;")
        self.disregardedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.disregardedLabel)

        self.generalError = QLabel(self.detailsGroup)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)

        self.detailsLayout.addWidget(self.generalError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(self.detailsGroup)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(self.detailsGroup)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.detailsGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.detailsLayout.addLayout(self.buttonRow)

        self.disregardRow = QHBoxLayout()
        self.disregardRow.setObjectName(u"disregardRow")
        self.disregardSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disregardRow.addItem(self.disregardSpacer)

        self.disregardButton = QPushButton(self.detailsGroup)
        self.disregardButton.setObjectName(u"disregardButton")

        self.disregardRow.addWidget(self.disregardButton)


        self.detailsLayout.addLayout(self.disregardRow)

        self.detailsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.splitter.addWidget(self.detailsGroup)

        self.mainLayout.addWidget(self.splitter)

        self.srLabel.setBuddy(self.srCombo)
        self.linkError.setBuddy(self.srCombo)
        self.disposalDateLabel.setBuddy(self.disposalDateEdit)
        self.disposalSourceLabel.setBuddy(self.disposalSourceCombo)
        self.imminentDisposalOnError.setBuddy(self.disposalDateEdit)
        self.imminentDisposalSourceError.setBuddy(self.disposalSourceCombo)
        self.disposalError.setBuddy(self.flagDisposalButton)
        self.typeLabel.setBuddy(self.typeCombo)
        self.typeError.setBuddy(self.typeCombo)
        self.accountTypeLabel.setBuddy(self.accountTypeCombo)
        self.accountTypeError.setBuddy(self.accountTypeCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.descriptionError.setBuddy(self.descriptionEdit)
        self.valueLabel.setBuddy(self.valueEdit)
        self.valueError.setBuddy(self.valueEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.sourceError.setBuddy(self.sourceCombo)
        self.recordedLabel.setBuddy(self.recordedEdit)
        self.recordedError.setBuddy(self.recordedEdit)
        self.findingLabel.setBuddy(self.findingCombo)
        self.findingError.setBuddy(self.findingCombo)
        QWidget.setTabOrder(self.assetsTable, self.srCombo)
        QWidget.setTabOrder(self.srCombo, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.unlinkButton)
        QWidget.setTabOrder(self.unlinkButton, self.disposalDateEdit)
        QWidget.setTabOrder(self.disposalDateEdit, self.disposalSourceCombo)
        QWidget.setTabOrder(self.disposalSourceCombo, self.clearDisposalButton)
        QWidget.setTabOrder(self.clearDisposalButton, self.flagDisposalButton)
        QWidget.setTabOrder(self.flagDisposalButton, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.accountTypeCombo)
        QWidget.setTabOrder(self.accountTypeCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.recordedEdit)
        QWidget.setTabOrder(self.recordedEdit, self.findingCombo)
        QWidget.setTabOrder(self.findingCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.disregardButton)

        self.retranslateUi(AssetView)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AssetView)
    # setupUi

    def retranslateUi(self, AssetView):
        AssetView.setAccessibleName(QCoreApplication.translate("AssetView", u"Asset view", None))
        self.assetsCaption.setText(QCoreApplication.translate("AssetView", u"<b>Assets recorded</b>", None))
        self.assetsTable.setAccessibleName(QCoreApplication.translate("AssetView", u"Assets of the client", None))
        self.disregardHint.setText(QCoreApplication.translate("AssetView", u"Disregarded information keeps only the record of the search (type, source, date); its details are removed.", None))
        self.linkGroup.setTitle(QCoreApplication.translate("AssetView", u"Service request link (Contact Asset)", None))
        self.srLabel.setText(QCoreApplication.translate("AssetView", u"Service re&quest:", None))
        self.srCombo.setAccessibleName(QCoreApplication.translate("AssetView", u"Open service request to link the asset to", None))
        self.linkButton.setText(QCoreApplication.translate("AssetView", u"&Link", None))
        self.linkButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Link the selected asset to the service request", None))
        self.unlinkButton.setText(QCoreApplication.translate("AssetView", u"Unlin&k", None))
        self.unlinkButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Unlink the selected asset from the service request", None))
        self.linkError.setText("")
        self.linkedLabel.setText("")
        self.disposalGroup.setTitle(QCoreApplication.translate("AssetView", u"About to be disposed of (urgent)", None))
        self.disposalGroup.setToolTip(QCoreApplication.translate("AssetView", u"The paying parent is about to dispose of the selected asset (e.g. sell the house): the case is urgent and is fast-tracked to the 2012 scheme enforcement team (Check CSA). Record when it was learnt and where from.", None))
        self.disposalGroup.setWhatsThis(QCoreApplication.translate("AssetView", u"Flag the selected asset when the paying parent is about to dispose of it, for example by selling the property. The client then shows as Urgent in the banner, the work queue and search, and the case is fast-tracked to the 2012 scheme enforcement team (Enforcement/Liability Order Actions \u2013 Check CSA). Clear the flag when the danger has passed; both are recorded in the history.", None))
        self.disposalStateLabel.setText("")
        self.disposalDateLabel.setText(QCoreApplication.translate("AssetView", u"Not&ed on:", None))
        self.disposalDateEdit.setAccessibleName(QCoreApplication.translate("AssetView", u"Date the disposal was learnt of", None))
        self.disposalSourceLabel.setText(QCoreApplication.translate("AssetView", u"Learnt fro&m:", None))
        self.disposalSourceCombo.setAccessibleName(QCoreApplication.translate("AssetView", u"Where the information about the disposal came from", None))
        self.imminentDisposalOnError.setText("")
        self.imminentDisposalSourceError.setText("")
        self.clearDisposalButton.setText(QCoreApplication.translate("AssetView", u"Clear the flag", None))
        self.clearDisposalButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Clear the about to be disposed of flag", None))
        self.flagDisposalButton.setText(QCoreApplication.translate("AssetView", u"Flag as about to be disposed of", None))
        self.flagDisposalButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Flag the selected asset as about to be disposed of", None))
        self.disposalError.setText("")
        self.detailsGroup.setTitle(QCoreApplication.translate("AssetView", u"Asset details", None))
        self.modeLabel.setText(QCoreApplication.translate("AssetView", u"New asset", None))
        self.typeLabel.setText(QCoreApplication.translate("AssetView", u"Asset &type:", None))
        self.typeCombo.setAccessibleName(QCoreApplication.translate("AssetView", u"Asset type", None))
        self.typeError.setText("")
        self.accountTypeLabel.setText(QCoreApplication.translate("AssetView", u"Acc&ount type:", None))
        self.accountTypeCombo.setAccessibleName(QCoreApplication.translate("AssetView", u"Account type (bank or building society accounts only)", None))
        self.accountTypeError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("AssetView", u"Descri&ption:", None))
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("AssetView", u"Description", None))
        self.descriptionError.setText("")
        self.valueLabel.setText(QCoreApplication.translate("AssetView", u"Estimated val&ue:", None))
        self.valueEdit.setAccessibleName(QCoreApplication.translate("AssetView", u"Estimated value in pounds", None))
        self.valueError.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("AssetView", u"Sou&rce:", None))
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("AssetView", u"Source of the information", None))
        self.sourceError.setText("")
        self.recordedLabel.setText(QCoreApplication.translate("AssetView", u"Date re&corded:", None))
        self.recordedEdit.setAccessibleName(QCoreApplication.translate("AssetView", u"Date recorded", None))
        self.recordedError.setText("")
        self.findingLabel.setText(QCoreApplication.translate("AssetView", u"Fi&nding:", None))
        self.findingCombo.setAccessibleName(QCoreApplication.translate("AssetView", u"Finding: relevant or not yet assessed", None))
        self.findingError.setText("")
        self.disposedCheck.setText(QCoreApplication.translate("AssetView", u"Disposed of to a kno&wn third party", None))
        self.disposedCheck.setToolTip(QCoreApplication.translate("AssetView", u"The paying parent has passed this asset to a known third party (e.g. a partner or family member): the ground for a set aside disposition order.", None))
        self.disposedCheck.setAccessibleName(QCoreApplication.translate("AssetView", u"Disposed of to a known third party", None))
        self.disregardedLabel.setText("")
        self.generalError.setText("")
        self.newButton.setText(QCoreApplication.translate("AssetView", u"&Add new", None))
        self.newButton.setToolTip(QCoreApplication.translate("AssetView", u"Clear the form to record a new asset", None))
        self.newButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Add a new asset", None))
        self.revertButton.setText(QCoreApplication.translate("AssetView", u"Re&vert", None))
        self.revertButton.setToolTip(QCoreApplication.translate("AssetView", u"Drop the changes in the form", None))
        self.revertButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Revert changes", None))
        self.saveButton.setText(QCoreApplication.translate("AssetView", u"&Save", None))
        self.saveButton.setToolTip(QCoreApplication.translate("AssetView", u"Save the asset (Ctrl+S)", None))
        self.saveButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Save asset", None))
        self.disregardButton.setText(QCoreApplication.translate("AssetView", u"D&isregard\u2026", None))
        self.disregardButton.setToolTip(QCoreApplication.translate("AssetView", u"Remove the details of the selected asset, keeping the record that the search was made", None))
        self.disregardButton.setAccessibleName(QCoreApplication.translate("AssetView", u"Disregard the selected asset", None))
    # retranslateUi

