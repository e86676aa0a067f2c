# Generated from ui/arrears_options_tab.ui by tools/build_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QTreeWidget, QVBoxLayout)

class Ui_ArrearsOptionsTab(object):
    def setupUi(self, ArrearsOptionsTab):
        if not ArrearsOptionsTab.objectName():
            ArrearsOptionsTab.setObjectName(u"ArrearsOptionsTab")
        ArrearsOptionsTab.resize(640, 300)
        self.arrearsOptionsLayout = QVBoxLayout(ArrearsOptionsTab)
        self.arrearsOptionsLayout.setObjectName(u"arrearsOptionsLayout")
        self.optionsTree = QTreeWidget(ArrearsOptionsTab)
        self.optionsTree.setObjectName(u"optionsTree")
        self.optionsTree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.optionsTree.setWordWrap(True)
        self.optionsTree.setRootIsDecorated(True)
        self.optionsTree.setUniformRowHeights(False)

        self.arrearsOptionsLayout.addWidget(self.optionsTree)

        self.deductionOrdersLabel = QLabel(ArrearsOptionsTab)
        self.deductionOrdersLabel.setObjectName(u"deductionOrdersLabel")
        self.deductionOrdersLabel.setWordWrap(True)
        self.deductionOrdersLabel.setTextFormat(Qt.RichText)
        self.deductionOrdersLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.arrearsOptionsLayout.addWidget(self.deductionOrdersLabel)


        self.retranslateUi(ArrearsOptionsTab)

        QMetaObject.connectSlotsByName(ArrearsOptionsTab)
    # setupUi

    def retranslateUi(self, ArrearsOptionsTab):
        ___qtreewidgetitem = self.optionsTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ArrearsOptionsTab", u"Verdict", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ArrearsOptionsTab", u"Option (in order of preference)", None))
        self.optionsTree.setAccessibleName(QCoreApplication.translate("ArrearsOptionsTab", u"Compliance options in order of preference, with their reasons", None))
        self.deductionOrdersLabel.setText("")
        pass
    # retranslateUi

