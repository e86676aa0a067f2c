# Generated from ui/reassign_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReassignDialog(object):
    def setupUi(self, ReassignDialog):
        if not ReassignDialog.objectName():
            ReassignDialog.setObjectName(u"ReassignDialog")
        ReassignDialog.resize(460, 260)
        ReassignDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ReassignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.srLabel = QLabel(ReassignDialog)
        self.srLabel.setObjectName(u"srLabel")
        self.srLabel.setWordWrap(True)
        self.srLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.srLabel)

        self.targetGrid = QGridLayout()
        self.targetGrid.setObjectName(u"targetGrid")
        self.toUserRadio = QRadioButton(ReassignDialog)
        self.toUserRadio.setObjectName(u"toUserRadio")
        self.toUserRadio.setChecked(True)

        self.targetGrid.addWidget(self.toUserRadio, 0, 0, 1, 1)

        self.ownerCombo = QComboBox(ReassignDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.targetGrid.addWidget(self.ownerCombo, 0, 1, 1, 1)

        self.ownerError = QLabel(ReassignDialog)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setStyleSheet(u"color: #b00020;")
        self.ownerError.setWordWrap(True)
        self.ownerError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.targetGrid.addWidget(self.ownerError, 1, 1, 1, 1)

        self.toTeamRadio = QRadioButton(ReassignDialog)
        self.toTeamRadio.setObjectName(u"toTeamRadio")

        self.targetGrid.addWidget(self.toTeamRadio, 2, 0, 1, 1)

        self.teamCombo = QComboBox(ReassignDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.targetGrid.addWidget(self.teamCombo, 2, 1, 1, 1)

        self.teamError = QLabel(ReassignDialog)
        self.teamError.setObjectName(u"teamError")
        self.teamError.setStyleSheet(u"color: #b00020;")
        self.teamError.setWordWrap(True)
        self.teamError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.targetGrid.addWidget(self.teamError, 3, 1, 1, 1)


        self.mainLayout.addLayout(self.targetGrid)

        self.generalError = QLabel(ReassignDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(ReassignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.ownerError.setBuddy(self.ownerCombo)
        self.teamError.setBuddy(self.teamCombo)
        QWidget.setTabOrder(self.toUserRadio, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.toTeamRadio)
        QWidget.setTabOrder(self.toTeamRadio, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.buttonBox)

        self.retranslateUi(ReassignDialog)

        QMetaObject.connectSlotsByName(ReassignDialog)
    # setupUi

    def retranslateUi(self, ReassignDialog):
        ReassignDialog.setWindowTitle(QCoreApplication.translate("ReassignDialog", u"Reassign service request", None))
        self.srLabel.setText("")
        self.toUserRadio.setText(QCoreApplication.translate("ReassignDialog", u"To a &user:", None))
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"User to reassign to", None))
        self.ownerError.setText("")
        self.toTeamRadio.setText(QCoreApplication.translate("ReassignDialog", u"To a t&eam:", None))
        self.toTeamRadio.setToolTip(QCoreApplication.translate("ReassignDialog", u"The SR waits in the team\u2019s queue until someone in the team takes it", None))
        self.teamCombo.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"Team to reassign to", None))
        self.teamError.setText("")
        self.generalError.setText("")
    # retranslateUi

