# Generated from ui/new_service_request_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewServiceRequestDialog(object):
    def setupUi(self, NewServiceRequestDialog):
        if not NewServiceRequestDialog.objectName():
            NewServiceRequestDialog.setObjectName(u"NewServiceRequestDialog")
        NewServiceRequestDialog.resize(560, 330)
        NewServiceRequestDialog.setModal(True)
        self.mainLayout = QVBoxLayout(NewServiceRequestDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.clientLabel = QLabel(NewServiceRequestDialog)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.clientLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.processLabel = QLabel(NewServiceRequestDialog)
        self.processLabel.setObjectName(u"processLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.processLabel)

        self.processCombo = QComboBox(NewServiceRequestDialog)
        self.processCombo.setObjectName(u"processCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.processCombo)

        self.areaLabel = QLabel(NewServiceRequestDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(NewServiceRequestDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.subAreaLabel = QLabel(NewServiceRequestDialog)
        self.subAreaLabel.setObjectName(u"subAreaLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subAreaLabel)

        self.subAreaCombo = QComboBox(NewServiceRequestDialog)
        self.subAreaCombo.setObjectName(u"subAreaCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subAreaCombo)

        self.subAreaError = QLabel(NewServiceRequestDialog)
        self.subAreaError.setObjectName(u"subAreaError")
        self.subAreaError.setStyleSheet(u"color: #b00020;")
        self.subAreaError.setWordWrap(True)
        self.subAreaError.setVisible(False)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subAreaError)

        self.caseLabel = QLabel(NewServiceRequestDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.caseLabel)

        self.caseCombo = QComboBox(NewServiceRequestDialog)
        self.caseCombo.setObjectName(u"caseCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.caseCombo)

        self.caseIdError = QLabel(NewServiceRequestDialog)
        self.caseIdError.setObjectName(u"caseIdError")
        self.caseIdError.setStyleSheet(u"color: #b00020;")
        self.caseIdError.setWordWrap(True)
        self.caseIdError.setVisible(False)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.caseIdError)

        self.parentLabel = QLabel(NewServiceRequestDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(NewServiceRequestDialog)
        self.parentCombo.setObjectName(u"parentCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.parentIdError = QLabel(NewServiceRequestDialog)
        self.parentIdError.setObjectName(u"parentIdError")
        self.parentIdError.setStyleSheet(u"color: #b00020;")
        self.parentIdError.setWordWrap(True)
        self.parentIdError.setVisible(False)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.parentIdError)


        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(NewServiceRequestDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b00020;")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)

        self.mainLayout.addWidget(self.generalError)

        self.verticalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(NewServiceRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.processLabel.setBuddy(self.processCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.subAreaLabel.setBuddy(self.subAreaCombo)
        self.subAreaError.setBuddy(self.subAreaCombo)
        self.caseLabel.setBuddy(self.caseCombo)
        self.caseIdError.setBuddy(self.caseCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.parentIdError.setBuddy(self.parentCombo)
        QWidget.setTabOrder(self.processCombo, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.subAreaCombo)
        QWidget.setTabOrder(self.subAreaCombo, self.caseCombo)
        QWidget.setTabOrder(self.caseCombo, self.parentCombo)

        self.retranslateUi(NewServiceRequestDialog)
        self.buttonBox.rejected.connect(NewServiceRequestDialog.reject)

        QMetaObject.connectSlotsByName(NewServiceRequestDialog)
    # setupUi

    def retranslateUi(self, NewServiceRequestDialog):
        NewServiceRequestDialog.setWindowTitle(QCoreApplication.translate("NewServiceRequestDialog", u"New service request", None))
        self.clientLabel.setText("")
        self.processLabel.setText(QCoreApplication.translate("NewServiceRequestDialog", u"&Process:", None))
        self.processCombo.setAccessibleName(QCoreApplication.translate("NewServiceRequestDialog", u"Process", None))
        self.areaLabel.setText(QCoreApplication.translate("NewServiceRequestDialog", u"&Area:", None))
        self.areaCombo.setAccessibleName(QCoreApplication.translate("NewServiceRequestDialog", u"Area", None))
        self.subAreaLabel.setText(QCoreApplication.translate("NewServiceRequestDialog", u"&Sub area:", None))
        self.subAreaCombo.setAccessibleName(QCoreApplication.translate("NewServiceRequestDialog", u"Sub area", None))
        self.caseLabel.setText(QCoreApplication.translate("NewServiceRequestDialog", u"&Case:", None))
        self.caseCombo.setAccessibleName(QCoreApplication.translate("NewServiceRequestDialog", u"Case", None))
        self.parentLabel.setText(QCoreApplication.translate("NewServiceRequestDialog", u"Pare&nt SR:", None))
        self.parentCombo.setAccessibleName(QCoreApplication.translate("NewServiceRequestDialog", u"Parent service request", None))
        self.parentCombo.setToolTip(QCoreApplication.translate("NewServiceRequestDialog", u"The open service request of this case the new one is raised from (it becomes its child SR), or none.", None))
        self.parentCombo.setWhatsThis(QCoreApplication.translate("NewServiceRequestDialog", u"The open service request the new one is raised from. The new SR is linked to it as a child SR. Some SRs are raised only from a parent: a Set Up Legacy LO SR is raised from the Check CSA SR (Transition / Legacy Case Data / Finalise Case), one per legacy liability order.", None))
    # retranslateUi

