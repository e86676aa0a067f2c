# Generated from ui/bailiff_pack_sent_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QTableWidget, QVBoxLayout, QWidget)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_BailiffPackSentDialog(object):
    def setupUi(self, BailiffPackSentDialog):
        if not BailiffPackSentDialog.objectName():
            BailiffPackSentDialog.setObjectName(u"BailiffPackSentDialog")
        BailiffPackSentDialog.resize(640, 420)
        BailiffPackSentDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BailiffPackSentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.captionLabel = QLabel(BailiffPackSentDialog)
        self.captionLabel.setObjectName(u"captionLabel")
        self.captionLabel.setWordWrap(True)
        self.captionLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.captionLabel)

        self.srsLabel = QLabel(BailiffPackSentDialog)
        self.srsLabel.setObjectName(u"srsLabel")

        self.mainLayout.addWidget(self.srsLabel)

        self.srTable = QTableWidget(BailiffPackSentDialog)
        self.srTable.setObjectName(u"srTable")
        self.srTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.srTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.srTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.srTable.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.srTable)

        self.srIdsError = QLabel(BailiffPackSentDialog)
        self.srIdsError.setObjectName(u"srIdsError")
        self.srIdsError.setStyleSheet(u"color: #b00020;")
        self.srIdsError.setWordWrap(True)
        self.srIdsError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.srIdsError)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.companyLabel = QLabel(BailiffPackSentDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyCombo = QComboBox(BailiffPackSentDialog)
        self.companyCombo.setObjectName(u"companyCombo")
        self.companyCombo.setEditable(True)
        self.companyCombo.setInsertPolicy(QComboBox.NoInsert)

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyCombo)

        self.companyError = QLabel(BailiffPackSentDialog)
        self.companyError.setObjectName(u"companyError")
        self.companyError.setStyleSheet(u"color: #b00020;")
        self.companyError.setWordWrap(True)
        self.companyError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyError)

        self.proceedDateLabel = QLabel(BailiffPackSentDialog)
        self.proceedDateLabel.setObjectName(u"proceedDateLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.proceedDateLabel)

        self.proceedDateEdit = OptionalDateEdit(BailiffPackSentDialog)
        self.proceedDateEdit.setObjectName(u"proceedDateEdit")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.proceedDateEdit)

        self.proceedDateError = QLabel(BailiffPackSentDialog)
        self.proceedDateError.setObjectName(u"proceedDateError")
        self.proceedDateError.setStyleSheet(u"color: #b00020;")
        self.proceedDateError.setWordWrap(True)
        self.proceedDateError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proceedDateError)

        self.issueDateLabel = QLabel(BailiffPackSentDialog)
        self.issueDateLabel.setObjectName(u"issueDateLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issueDateLabel)

        self.issueDateEdit = OptionalDateEdit(BailiffPackSentDialog)
        self.issueDateEdit.setObjectName(u"issueDateEdit")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issueDateEdit)

        self.issueDateError = QLabel(BailiffPackSentDialog)
        self.issueDateError.setObjectName(u"issueDateError")
        self.issueDateError.setStyleSheet(u"color: #b00020;")
        self.issueDateError.setWordWrap(True)
        self.issueDateError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.issueDateError)


        self.mainLayout.addLayout(self.fieldsForm)

        self.hintLabel = QLabel(BailiffPackSentDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.generalError = QLabel(BailiffPackSentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(BailiffPackSentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.srsLabel.setBuddy(self.srTable)
        self.srIdsError.setBuddy(self.srTable)
        self.companyLabel.setBuddy(self.companyCombo)
        self.companyError.setBuddy(self.companyCombo)
        self.proceedDateLabel.setBuddy(self.proceedDateEdit)
        self.proceedDateError.setBuddy(self.proceedDateEdit)
        self.issueDateLabel.setBuddy(self.issueDateEdit)
        self.issueDateError.setBuddy(self.issueDateEdit)
        QWidget.setTabOrder(self.srTable, self.companyCombo)
        QWidget.setTabOrder(self.companyCombo, self.proceedDateEdit)
        QWidget.setTabOrder(self.proceedDateEdit, self.issueDateEdit)
        QWidget.setTabOrder(self.issueDateEdit, self.buttonBox)

        self.retranslateUi(BailiffPackSentDialog)

        QMetaObject.connectSlotsByName(BailiffPackSentDialog)
    # setupUi

    def retranslateUi(self, BailiffPackSentDialog):
        BailiffPackSentDialog.setWindowTitle(QCoreApplication.translate("BailiffPackSentDialog", u"Record pack as sent to the bailiff", None))
        self.captionLabel.setText("")
        self.srsLabel.setText(QCoreApplication.translate("BailiffPackSentDialog", u"&Service requests of the pack:", None))
        self.srTable.setToolTip(QCoreApplication.translate("BailiffPackSentDialog", u"Untick an SR the Bailiff SPOC did not send", None))
        self.srTable.setWhatsThis(QCoreApplication.translate("BailiffPackSentDialog", u"The Bailiff SRs of the pack built and not yet recorded as sent, one per liability order, in the order the bailiff collects them. Untick any the Bailiff SPOC held back; the ticked ones are recorded together, or none is.", None))
        self.srTable.setAccessibleName(QCoreApplication.translate("BailiffPackSentDialog", u"Service requests of the pack", None))
        self.srIdsError.setText("")
        self.companyLabel.setText(QCoreApplication.translate("BailiffPackSentDialog", u"Bailiff &company:", None))
        self.companyCombo.setToolTip(QCoreApplication.translate("BailiffPackSentDialog", u"The enforcement agents the pack went to", None))
        self.companyCombo.setWhatsThis(QCoreApplication.translate("BailiffPackSentDialog", u"The Bailiff Company of the Enforce form: the enforcement agents the Bailiff SPOC sent the pack to (Bailiff procedure, step 17). Choose one already used or type its name.", None))
        self.companyCombo.setAccessibleName(QCoreApplication.translate("BailiffPackSentDialog", u"Bailiff company", None))
        self.companyError.setText("")
        self.proceedDateLabel.setText(QCoreApplication.translate("BailiffPackSentDialog", u"Bailiff &proceed date:", None))
        self.proceedDateEdit.setToolTip(QCoreApplication.translate("BailiffPackSentDialog", u"The day bailiff action was decided (Bailiff Proceed Date)", None))
        self.proceedDateEdit.setWhatsThis(QCoreApplication.translate("BailiffPackSentDialog", u"The Bailiff Proceed Date of the Enforce form: the day bailiff action was decided (Bailiff procedure, step 17). It starts as the day the pack was built and cannot be after the date sent.", None))
        self.proceedDateEdit.setAccessibleName(QCoreApplication.translate("BailiffPackSentDialog", u"Bailiff proceed date (the day bailiff action was decided)", None))
        self.proceedDateError.setText("")
        self.issueDateLabel.setText(QCoreApplication.translate("BailiffPackSentDialog", u"&Date sent:", None))
        self.issueDateEdit.setToolTip(QCoreApplication.translate("BailiffPackSentDialog", u"The day the Bailiff SPOC sent the pack (Bailiff Issue Date)", None))
        self.issueDateEdit.setWhatsThis(QCoreApplication.translate("BailiffPackSentDialog", u"The Bailiff Issue Date of the Enforce form: the day the Bailiff SPOC confirmed the pack went to the bailiff (Bailiff procedure, step 17). The 90-day wait for the bailiff's update runs from it (step 18).", None))
        self.issueDateEdit.setAccessibleName(QCoreApplication.translate("BailiffPackSentDialog", u"Date the pack was sent (Bailiff issue date)", None))
        self.issueDateError.setText("")
        self.hintLabel.setText("")
        self.generalError.setText("")
    # retranslateUi

