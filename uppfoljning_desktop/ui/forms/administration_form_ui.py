# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'administration_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AdministrationForm(object):
    def setupUi(self, AdministrationForm):
        if not AdministrationForm.objectName():
            AdministrationForm.setObjectName(u"AdministrationForm")
        self.outerLayout = QVBoxLayout(AdministrationForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.municipalityEditLabel = QLabel(AdministrationForm)
        self.municipalityEditLabel.setObjectName(u"municipalityEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.municipalityEditLabel)

        self.municipalityEdit = QLineEdit(AdministrationForm)
        self.municipalityEdit.setObjectName(u"municipalityEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.nameEditLabel = QLabel(AdministrationForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(AdministrationForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.postalEditLabel = QLabel(AdministrationForm)
        self.postalEditLabel.setObjectName(u"postalEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postalEditLabel)

        self.postalEdit = QLineEdit(AdministrationForm)
        self.postalEdit.setObjectName(u"postalEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postalEdit)

        self.visitingEditLabel = QLabel(AdministrationForm)
        self.visitingEditLabel.setObjectName(u"visitingEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.visitingEditLabel)

        self.visitingEdit = QLineEdit(AdministrationForm)
        self.visitingEdit.setObjectName(u"visitingEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.visitingEdit)

        self.switchboardEditLabel = QLabel(AdministrationForm)
        self.switchboardEditLabel.setObjectName(u"switchboardEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.switchboardEditLabel)

        self.switchboardEdit = QLineEdit(AdministrationForm)
        self.switchboardEdit.setObjectName(u"switchboardEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.switchboardEdit)

        self.orgNumberEditLabel = QLabel(AdministrationForm)
        self.orgNumberEditLabel.setObjectName(u"orgNumberEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.orgNumberEditLabel)

        self.orgNumberEdit = QLineEdit(AdministrationForm)
        self.orgNumberEdit.setObjectName(u"orgNumberEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.orgNumberEdit)

        self.bankgiroEditLabel = QLabel(AdministrationForm)
        self.bankgiroEditLabel.setObjectName(u"bankgiroEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bankgiroEditLabel)

        self.bankgiroEdit = QLineEdit(AdministrationForm)
        self.bankgiroEdit.setObjectName(u"bankgiroEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bankgiroEdit)

        self.webEditLabel = QLabel(AdministrationForm)
        self.webEditLabel.setObjectName(u"webEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.webEditLabel)

        self.webEdit = QLineEdit(AdministrationForm)
        self.webEdit.setObjectName(u"webEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.webEdit)

        self.emailEditLabel = QLabel(AdministrationForm)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(AdministrationForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AdministrationForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a4262c;")
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.municipalityEditLabel.setBuddy(self.municipalityEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.postalEditLabel.setBuddy(self.postalEdit)
        self.visitingEditLabel.setBuddy(self.visitingEdit)
        self.switchboardEditLabel.setBuddy(self.switchboardEdit)
        self.orgNumberEditLabel.setBuddy(self.orgNumberEdit)
        self.bankgiroEditLabel.setBuddy(self.bankgiroEdit)
        self.webEditLabel.setBuddy(self.webEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdministrationForm)

        QMetaObject.connectSlotsByName(AdministrationForm)
    # setupUi

    def retranslateUi(self, AdministrationForm):
        AdministrationForm.setWindowTitle(QCoreApplication.translate("AdministrationForm", u"Kommun och f\u00f6rvaltning", None))
        self.municipalityEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&Kommun", None))
        self.nameEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&F\u00f6rvaltning", None))
        self.postalEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&Postadress", None))
        self.visitingEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&Bes\u00f6ksadress", None))
        self.switchboardEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&V\u00e4xel/Kontaktcenter", None))
        self.orgNumberEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&Org.nr", None))
        self.bankgiroEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"Ban&kgiro", None))
        self.webEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&Webb", None))
        self.emailEditLabel.setText(QCoreApplication.translate("AdministrationForm", u"&E-post", None))
    # retranslateUi

