# Generated from ui/review_lo_actions.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ReviewLoActions(object):
    def setupUi(self, ReviewLoActions):
        if not ReviewLoActions.objectName():
            ReviewLoActions.setObjectName(u"ReviewLoActions")
        ReviewLoActions.resize(640, 90)
        self.reviewLoLayout = QVBoxLayout(ReviewLoActions)
        self.reviewLoLayout.setSpacing(4)
        self.reviewLoLayout.setObjectName(u"reviewLoLayout")
        self.reviewLoButtons = QHBoxLayout()
        self.reviewLoButtons.setObjectName(u"reviewLoButtons")
        self.raiseReviewLoButton = QPushButton(ReviewLoActions)
        self.raiseReviewLoButton.setObjectName(u"raiseReviewLoButton")

        self.reviewLoButtons.addWidget(self.raiseReviewLoButton)

        self.requestAuthorisationButton = QPushButton(ReviewLoActions)
        self.requestAuthorisationButton.setObjectName(u"requestAuthorisationButton")

        self.reviewLoButtons.addWidget(self.requestAuthorisationButton)

        self.approveButton = QPushButton(ReviewLoActions)
        self.approveButton.setObjectName(u"approveButton")

        self.reviewLoButtons.addWidget(self.approveButton)

        self.rejectButton = QPushButton(ReviewLoActions)
        self.rejectButton.setObjectName(u"rejectButton")

        self.reviewLoButtons.addWidget(self.rejectButton)

        self.reviewLoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewLoButtons.addItem(self.reviewLoSpacer)


        self.reviewLoLayout.addLayout(self.reviewLoButtons)

        self.reviewLoHintLabel = QLabel(ReviewLoActions)
        self.reviewLoHintLabel.setObjectName(u"reviewLoHintLabel")
        self.reviewLoHintLabel.setWordWrap(True)
        self.reviewLoHintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.reviewLoLayout.addWidget(self.reviewLoHintLabel)

        self.reviewLoBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewLoLayout.addItem(self.reviewLoBottomSpacer)


        self.retranslateUi(ReviewLoActions)

        QMetaObject.connectSlotsByName(ReviewLoActions)
    # setupUi

    def retranslateUi(self, ReviewLoActions):
        ReviewLoActions.setTitle(QCoreApplication.translate("ReviewLoActions", u"Liability Order authorisation", None))
        self.raiseReviewLoButton.setText(QCoreApplication.translate("ReviewLoActions", u"Rais&e Review LO", None))
        self.requestAuthorisationButton.setText(QCoreApplication.translate("ReviewLoActions", u"Ask team leader to authoris&e", None))
        self.approveButton.setText(QCoreApplication.translate("ReviewLoActions", u"Approv&e\u2026", None))
        self.rejectButton.setText(QCoreApplication.translate("ReviewLoActions", u"Re&ject\u2026", None))
        self.reviewLoHintLabel.setText("")
    # retranslateUi

