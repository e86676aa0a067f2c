# Generated from ui/batch_preview_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout, QWidget)

class Ui_BatchPreviewDialog(object):
    def setupUi(self, BatchPreviewDialog):
        if not BatchPreviewDialog.objectName():
            BatchPreviewDialog.setObjectName(u"BatchPreviewDialog")
        BatchPreviewDialog.resize(860, 440)
        BatchPreviewDialog.setModal(True)
        self.mainLayout = QVBoxLayout(BatchPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.captionLabel = QLabel(BatchPreviewDialog)
        self.captionLabel.setObjectName(u"captionLabel")
        self.captionLabel.setWordWrap(True)
        self.captionLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.captionLabel)

        self.clientsLabel = QLabel(BatchPreviewDialog)
        self.clientsLabel.setObjectName(u"clientsLabel")

        self.mainLayout.addWidget(self.clientsLabel)

        self.clientsTable = QTableWidget(BatchPreviewDialog)
        self.clientsTable.setObjectName(u"clientsTable")
        self.clientsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.clientsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.clientsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.clientsTable.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.clientsTable)

        self.hintLabel = QLabel(BatchPreviewDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(BatchPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.clientsLabel.setBuddy(self.clientsTable)
        QWidget.setTabOrder(self.clientsTable, self.buttonBox)

        self.retranslateUi(BatchPreviewDialog)

        QMetaObject.connectSlotsByName(BatchPreviewDialog)
    # setupUi

    def retranslateUi(self, BatchPreviewDialog):
        BatchPreviewDialog.setWindowTitle(QCoreApplication.translate("BatchPreviewDialog", u"Build all bailiff packs", None))
        self.captionLabel.setText("")
        self.clientsLabel.setText(QCoreApplication.translate("BatchPreviewDialog", u"&Clients:", None))
        self.clientsTable.setWhatsThis(QCoreApplication.translate("BatchPreviewDialog", u"Your clients with Bailiff SRs ready for a pack (Bailiff procedure, steps 10-17). A ticked client gets a pack built; untick any to leave out. A client something stops is listed with the reason and cannot be ticked.", None))
        self.clientsTable.setAccessibleName(QCoreApplication.translate("BatchPreviewDialog", u"Clients whose bailiff packs will be built", None))
        self.hintLabel.setText("")
    # retranslateUi

