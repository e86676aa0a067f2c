# Generated from ui/arrears_actions.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ArrearsActions(object):
    def setupUi(self, ArrearsActions):
        if not ArrearsActions.objectName():
            ArrearsActions.setObjectName(u"ArrearsActions")
        ArrearsActions.resize(640, 90)
        self.arrearsLayout = QVBoxLayout(ArrearsActions)
        self.arrearsLayout.setSpacing(4)
        self.arrearsLayout.setObjectName(u"arrearsLayout")
        self.closeCancelLabel = QLabel(ArrearsActions)
        self.closeCancelLabel.setObjectName(u"closeCancelLabel")
        self.closeCancelLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.closeCancelLabel.setWordWrap(True)
        self.closeCancelLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.arrearsLayout.addWidget(self.closeCancelLabel)

        self.arrearsButtons = QHBoxLayout()
        self.arrearsButtons.setObjectName(u"arrearsButtons")
        self.cancelForAddressButton = QPushButton(ArrearsActions)
        self.cancelForAddressButton.setObjectName(u"cancelForAddressButton")

        self.arrearsButtons.addWidget(self.cancelForAddressButton)

        self.raiseAmpButton = QPushButton(ArrearsActions)
        self.raiseAmpButton.setObjectName(u"raiseAmpButton")

        self.arrearsButtons.addWidget(self.raiseAmpButton)

        self.requestDisclosureButton = QPushButton(ArrearsActions)
        self.requestDisclosureButton.setObjectName(u"requestDisclosureButton")

        self.arrearsButtons.addWidget(self.requestDisclosureButton)

        self.recordOutcomeButton = QPushButton(ArrearsActions)
        self.recordOutcomeButton.setObjectName(u"recordOutcomeButton")

        self.arrearsButtons.addWidget(self.recordOutcomeButton)

        self.rdoScheduleButton = QPushButton(ArrearsActions)
        self.rdoScheduleButton.setObjectName(u"rdoScheduleButton")

        self.arrearsButtons.addWidget(self.rdoScheduleButton)

        self.returnToMaintenanceButton = QPushButton(ArrearsActions)
        self.returnToMaintenanceButton.setObjectName(u"returnToMaintenanceButton")

        self.arrearsButtons.addWidget(self.returnToMaintenanceButton)

        self.arrearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrearsButtons.addItem(self.arrearsSpacer)


        self.arrearsLayout.addLayout(self.arrearsButtons)

        self.arrearsHintLabel = QLabel(ArrearsActions)
        self.arrearsHintLabel.setObjectName(u"arrearsHintLabel")
        self.arrearsHintLabel.setWordWrap(True)
        self.arrearsHintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.arrearsLayout.addWidget(self.arrearsHintLabel)

        self.arrearsBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.arrearsLayout.addItem(self.arrearsBottomSpacer)


        self.retranslateUi(ArrearsActions)

        QMetaObject.connectSlotsByName(ArrearsActions)
    # setupUi

    def retranslateUi(self, ArrearsActions):
        ArrearsActions.setTitle(QCoreApplication.translate("ArrearsActions", u"Arrears action (Arrears \u2013 Consider Action)", None))
        self.closeCancelLabel.setText("")
        self.cancelForAddressButton.setText(QCoreApplication.translate("ArrearsActions", u"Record in notes and cancel SR", None))
        self.raiseAmpButton.setText(QCoreApplication.translate("ArrearsActions", u"Raise Action Missed Pa&yment", None))
        self.requestDisclosureButton.setText(QCoreApplication.translate("ArrearsActions", u"Re&quest disclosure (Deduction Order Team)", None))
        self.recordOutcomeButton.setText(QCoreApplication.translate("ArrearsActions", u"Record DOT outcome\u2026", None))
        self.rdoScheduleButton.setText(QCoreApplication.translate("ArrearsActions", u"RDO schedule\u2026", None))
        self.returnToMaintenanceButton.setText(QCoreApplication.translate("ArrearsActions", u"Return case to Maintenance", None))
        self.arrearsHintLabel.setText("")
    # retranslateUi

