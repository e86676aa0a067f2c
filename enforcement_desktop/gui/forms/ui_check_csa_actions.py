# Generated from ui/check_csa_actions.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CheckCsaActions(object):
    def setupUi(self, CheckCsaActions):
        if not CheckCsaActions.objectName():
            CheckCsaActions.setObjectName(u"CheckCsaActions")
        CheckCsaActions.resize(480, 90)
        self.checkCsaLayout = QVBoxLayout(CheckCsaActions)
        self.checkCsaLayout.setSpacing(4)
        self.checkCsaLayout.setObjectName(u"checkCsaLayout")
        self.checkCsaButtons = QHBoxLayout()
        self.checkCsaButtons.setObjectName(u"checkCsaButtons")
        self.raiseSetUpLegacyLoButton = QPushButton(CheckCsaActions)
        self.raiseSetUpLegacyLoButton.setObjectName(u"raiseSetUpLegacyLoButton")

        self.checkCsaButtons.addWidget(self.raiseSetUpLegacyLoButton)

        self.checkCsaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkCsaButtons.addItem(self.checkCsaSpacer)


        self.checkCsaLayout.addLayout(self.checkCsaButtons)

        self.checkCsaHintLabel = QLabel(CheckCsaActions)
        self.checkCsaHintLabel.setObjectName(u"checkCsaHintLabel")
        self.checkCsaHintLabel.setWordWrap(True)
        self.checkCsaHintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.checkCsaLayout.addWidget(self.checkCsaHintLabel)

        self.checkCsaBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checkCsaLayout.addItem(self.checkCsaBottomSpacer)


        self.retranslateUi(CheckCsaActions)

        QMetaObject.connectSlotsByName(CheckCsaActions)
    # setupUi

    def retranslateUi(self, CheckCsaActions):
        CheckCsaActions.setTitle(QCoreApplication.translate("CheckCsaActions", u"Legacy liability orders", None))
        self.raiseSetUpLegacyLoButton.setText(QCoreApplication.translate("CheckCsaActions", u"Ra&ise Set Up Legacy LO", None))
        self.raiseSetUpLegacyLoButton.setWhatsThis(QCoreApplication.translate("CheckCsaActions", u"Check CSA, steps 6-7: for each legacy (CSA) liability order found on the CSA systems, raise a Transition / Set Up/Amend Residual Arrears / Set Up Legacy LO SR for the financial transition team, linked to this SR and to the LO. When the case has several legacy LOs still without one, you are asked which; the new SR opens after.", None))
        self.checkCsaHintLabel.setText("")
    # retranslateUi

