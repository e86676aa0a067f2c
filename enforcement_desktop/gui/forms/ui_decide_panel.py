# Generated from ui/decide_panel.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout)

from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

class Ui_DecidePanel(object):
    def setupUi(self, DecidePanel):
        if not DecidePanel.objectName():
            DecidePanel.setObjectName(u"DecidePanel")
        DecidePanel.resize(900, 600)
        self.panelLayout = QVBoxLayout(DecidePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.sourcesBox = QGroupBox(DecidePanel)
        self.sourcesBox.setObjectName(u"sourcesBox")
        self.sourcesLayout = QVBoxLayout(self.sourcesBox)
        self.sourcesLayout.setObjectName(u"sourcesLayout")
        self.sourcesHint = QLabel(self.sourcesBox)
        self.sourcesHint.setObjectName(u"sourcesHint")
        self.sourcesHint.setWordWrap(True)

        self.sourcesLayout.addWidget(self.sourcesHint)

        self.sourcesTable = QTableWidget(self.sourcesBox)
        self.sourcesTable.setObjectName(u"sourcesTable")
        self.sourcesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sourcesTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.sourcesLayout.addWidget(self.sourcesTable)

        self.missingLabel = QLabel(self.sourcesBox)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.sourcesLayout.addWidget(self.missingLabel)

        self.sourceForm = QGridLayout()
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceLabel = QLabel(self.sourcesBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceForm.addWidget(self.sourceLabel, 0, 0, 1, 1)

        self.sourceCombo = QComboBox(self.sourcesBox)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceForm.addWidget(self.sourceCombo, 0, 1, 1, 1)

        self.checkedOnLabel = QLabel(self.sourcesBox)
        self.checkedOnLabel.setObjectName(u"checkedOnLabel")

        self.sourceForm.addWidget(self.checkedOnLabel, 0, 2, 1, 1)

        self.checkedOnEdit = OptionalDateEdit(self.sourcesBox)
        self.checkedOnEdit.setObjectName(u"checkedOnEdit")

        self.sourceForm.addWidget(self.checkedOnEdit, 0, 3, 1, 1)

        self.resultLabel = QLabel(self.sourcesBox)
        self.resultLabel.setObjectName(u"resultLabel")

        self.sourceForm.addWidget(self.resultLabel, 0, 4, 1, 1)

        self.resultCombo = QComboBox(self.sourcesBox)
        self.resultCombo.setObjectName(u"resultCombo")

        self.sourceForm.addWidget(self.resultCombo, 0, 5, 1, 1)

        self.sourceError = QLabel(self.sourcesBox)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setWordWrap(True)
        self.sourceError.setStyleSheet(u"color: #b00020;")
        self.sourceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sourceForm.addWidget(self.sourceError, 1, 1, 1, 1)

        self.checkedOnError = QLabel(self.sourcesBox)
        self.checkedOnError.setObjectName(u"checkedOnError")
        self.checkedOnError.setWordWrap(True)
        self.checkedOnError.setStyleSheet(u"color: #b00020;")
        self.checkedOnError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sourceForm.addWidget(self.checkedOnError, 1, 3, 1, 1)

        self.resultError = QLabel(self.sourcesBox)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setWordWrap(True)
        self.resultError.setStyleSheet(u"color: #b00020;")
        self.resultError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sourceForm.addWidget(self.resultError, 1, 5, 1, 1)

        self.noteLabel = QLabel(self.sourcesBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.sourceForm.addWidget(self.noteLabel, 2, 0, 1, 1)

        self.noteEdit = QLineEdit(self.sourcesBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.sourceForm.addWidget(self.noteEdit, 2, 1, 1, 4)

        self.addSourceButton = QPushButton(self.sourcesBox)
        self.addSourceButton.setObjectName(u"addSourceButton")

        self.sourceForm.addWidget(self.addSourceButton, 2, 5, 1, 1)

        self.noteError = QLabel(self.sourcesBox)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #b00020;")
        self.noteError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sourceForm.addWidget(self.noteError, 3, 1, 1, 4)


        self.sourcesLayout.addLayout(self.sourceForm)


        self.panelLayout.addWidget(self.sourcesBox)

        self.criminalBox = QGroupBox(DecidePanel)
        self.criminalBox.setObjectName(u"criminalBox")
        self.criminalLayout = QGridLayout(self.criminalBox)
        self.criminalLayout.setObjectName(u"criminalLayout")
        self.criminalHint = QLabel(self.criminalBox)
        self.criminalHint.setObjectName(u"criminalHint")
        self.criminalHint.setWordWrap(True)

        self.criminalLayout.addWidget(self.criminalHint, 0, 0, 1, 4)

        self.criminalOffenceLabel = QLabel(self.criminalBox)
        self.criminalOffenceLabel.setObjectName(u"criminalOffenceLabel")

        self.criminalLayout.addWidget(self.criminalOffenceLabel, 1, 0, 1, 1)

        self.criminalOffenceCombo = QComboBox(self.criminalBox)
        self.criminalOffenceCombo.setObjectName(u"criminalOffenceCombo")

        self.criminalLayout.addWidget(self.criminalOffenceCombo, 1, 1, 1, 1)

        self.subjectContactIdLabel = QLabel(self.criminalBox)
        self.subjectContactIdLabel.setObjectName(u"subjectContactIdLabel")

        self.criminalLayout.addWidget(self.subjectContactIdLabel, 1, 2, 1, 1)

        self.subjectCombo = QComboBox(self.criminalBox)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.criminalLayout.addWidget(self.subjectCombo, 1, 3, 1, 1)

        self.criminalOffenceError = QLabel(self.criminalBox)
        self.criminalOffenceError.setObjectName(u"criminalOffenceError")
        self.criminalOffenceError.setWordWrap(True)
        self.criminalOffenceError.setStyleSheet(u"color: #b00020;")
        self.criminalOffenceError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.criminalLayout.addWidget(self.criminalOffenceError, 2, 1, 1, 1)

        self.subjectContactIdError = QLabel(self.criminalBox)
        self.subjectContactIdError.setObjectName(u"subjectContactIdError")
        self.subjectContactIdError.setWordWrap(True)
        self.subjectContactIdError.setStyleSheet(u"color: #b00020;")
        self.subjectContactIdError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.criminalLayout.addWidget(self.subjectContactIdError, 2, 3, 1, 1)

        self.evidenceOfCriminalActivityError = QLabel(self.criminalBox)
        self.evidenceOfCriminalActivityError.setObjectName(u"evidenceOfCriminalActivityError")
        self.evidenceOfCriminalActivityError.setWordWrap(True)
        self.evidenceOfCriminalActivityError.setStyleSheet(u"color: #b00020;")
        self.evidenceOfCriminalActivityError.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.criminalLayout.addWidget(self.evidenceOfCriminalActivityError, 3, 0, 1, 3)

        self.raiseCriminalButton = QPushButton(self.criminalBox)
        self.raiseCriminalButton.setObjectName(u"raiseCriminalButton")

        self.criminalLayout.addWidget(self.raiseCriminalButton, 3, 3, 1, 1)

        self.criminalSrsLabel = QLabel(self.criminalBox)
        self.criminalSrsLabel.setObjectName(u"criminalSrsLabel")
        self.criminalSrsLabel.setWordWrap(True)

        self.criminalLayout.addWidget(self.criminalSrsLabel, 4, 0, 1, 4)


        self.panelLayout.addWidget(self.criminalBox)

        self.decisionBox = QGroupBox(DecidePanel)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QVBoxLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLabel = QLabel(self.decisionBox)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.decisionLabel)

        self.decideButton = QPushButton(self.decisionBox)
        self.decideButton.setObjectName(u"decideButton")

        self.decisionLayout.addWidget(self.decideButton)


        self.panelLayout.addWidget(self.decisionBox)

        self.sourceLabel.setBuddy(self.sourceCombo)
        self.checkedOnLabel.setBuddy(self.checkedOnEdit)
        self.resultLabel.setBuddy(self.resultCombo)
        self.sourceError.setBuddy(self.sourceCombo)
        self.checkedOnError.setBuddy(self.checkedOnEdit)
        self.resultError.setBuddy(self.resultCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.noteError.setBuddy(self.noteEdit)
        self.criminalOffenceLabel.setBuddy(self.criminalOffenceCombo)
        self.subjectContactIdLabel.setBuddy(self.subjectCombo)
        self.criminalOffenceError.setBuddy(self.criminalOffenceCombo)
        self.subjectContactIdError.setBuddy(self.subjectCombo)
        self.evidenceOfCriminalActivityError.setBuddy(self.raiseCriminalButton)

        self.retranslateUi(DecidePanel)

        QMetaObject.connectSlotsByName(DecidePanel)
    # setupUi

    def retranslateUi(self, DecidePanel):
        DecidePanel.setWindowTitle(QCoreApplication.translate("DecidePanel", u"Decide on enforcement action", None))
        self.sourcesBox.setTitle(QCoreApplication.translate("DecidePanel", u"Information sources (Enforcement Action \u2013 Consider, step 7)", None))
        self.sourcesHint.setText("")
        self.sourcesTable.setAccessibleName(QCoreApplication.translate("DecidePanel", u"Information sources checked", None))
        self.missingLabel.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("DecidePanel", u"Source:", None))
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("DecidePanel", u"Source checked", None))
        self.checkedOnLabel.setText(QCoreApplication.translate("DecidePanel", u"Chec&ked on:", None))
        self.checkedOnEdit.setAccessibleName(QCoreApplication.translate("DecidePanel", u"Date checked", None))
        self.resultLabel.setText(QCoreApplication.translate("DecidePanel", u"R&esult:", None))
        self.resultCombo.setAccessibleName(QCoreApplication.translate("DecidePanel", u"What the check found", None))
        self.sourceError.setText("")
        self.checkedOnError.setText("")
        self.resultError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("DecidePanel", u"Note te&xt:", None))
        self.noteEdit.setAccessibleName(QCoreApplication.translate("DecidePanel", u"Note on the check", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DecidePanel", u"What was found, or why nothing was", None))
        self.addSourceButton.setText(QCoreApplication.translate("DecidePanel", u"Log source", None))
        self.noteError.setText("")
        self.criminalBox.setTitle(QCoreApplication.translate("DecidePanel", u"Criminal action (steps 3\u20134)", None))
        self.criminalHint.setText("")
        self.criminalOffenceLabel.setText(QCoreApplication.translate("DecidePanel", u"Offence t&ype:", None))
        self.criminalOffenceCombo.setAccessibleName(QCoreApplication.translate("DecidePanel", u"Offence", None))
        self.subjectContactIdLabel.setText(QCoreApplication.translate("DecidePanel", u"Against:", None))
        self.subjectCombo.setAccessibleName(QCoreApplication.translate("DecidePanel", u"Who the criminal action is against", None))
        self.criminalOffenceError.setText("")
        self.subjectContactIdError.setText("")
        self.evidenceOfCriminalActivityError.setText("")
        self.raiseCriminalButton.setText(QCoreApplication.translate("DecidePanel", u"Raise criminal acti&on SR", None))
        self.criminalSrsLabel.setText("")
        self.decisionBox.setTitle(QCoreApplication.translate("DecidePanel", u"Decision (steps 14\u201317)", None))
        self.decisionLabel.setText("")
        self.decideButton.setText(QCoreApplication.translate("DecidePanel", u"Dec&ide\u2026", None))
    # retranslateUi

