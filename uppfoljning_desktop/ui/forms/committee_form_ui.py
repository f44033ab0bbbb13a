# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'committee_form.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CommitteeForm(object):
    def setupUi(self, CommitteeForm):
        if not CommitteeForm.objectName():
            CommitteeForm.setObjectName(u"CommitteeForm")
        self.outerLayout = QVBoxLayout(CommitteeForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.committeeNameEditLabel = QLabel(CommitteeForm)
        self.committeeNameEditLabel.setObjectName(u"committeeNameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.committeeNameEditLabel)

        self.committeeNameEdit = QLineEdit(CommitteeForm)
        self.committeeNameEdit.setObjectName(u"committeeNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.committeeNameEdit)

        self.codeEditLabel = QLabel(CommitteeForm)
        self.codeEditLabel.setObjectName(u"codeEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeEditLabel)

        self.codeEdit = QLineEdit(CommitteeForm)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.patternEditLabel = QLabel(CommitteeForm)
        self.patternEditLabel.setObjectName(u"patternEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patternEditLabel)

        self.patternEdit = QLineEdit(CommitteeForm)
        self.patternEdit.setObjectName(u"patternEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patternEdit)

        self.noticeSpinLabel = QLabel(CommitteeForm)
        self.noticeSpinLabel.setObjectName(u"noticeSpinLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noticeSpinLabel)

        self.noticeSpin = QSpinBox(CommitteeForm)
        self.noticeSpin.setObjectName(u"noticeSpin")
        self.noticeSpin.setMaximum(60)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noticeSpin)


        self.outerLayout.addLayout(self.formLayout)

        self.patternHelpLabel = QLabel(CommitteeForm)
        self.patternHelpLabel.setObjectName(u"patternHelpLabel")
        self.patternHelpLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.patternHelpLabel)

        self.errorLabel = QLabel(CommitteeForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a4262c;")
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.committeeNameEditLabel.setBuddy(self.committeeNameEdit)
        self.codeEditLabel.setBuddy(self.codeEdit)
        self.patternEditLabel.setBuddy(self.patternEdit)
        self.noticeSpinLabel.setBuddy(self.noticeSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitteeForm)

        QMetaObject.connectSlotsByName(CommitteeForm)
    # setupUi

    def retranslateUi(self, CommitteeForm):
        CommitteeForm.setWindowTitle(QCoreApplication.translate("CommitteeForm", u"N\u00e4mnd", None))
        self.committeeNameEditLabel.setText(QCoreApplication.translate("CommitteeForm", u"&N\u00e4mndens namn", None))
        self.codeEditLabel.setText(QCoreApplication.translate("CommitteeForm", u"&F\u00f6rkortning (i diarienummer)", None))
        self.patternEditLabel.setText(QCoreApplication.translate("CommitteeForm", u"&Diarienummerm\u00f6nster", None))
        self.noticeSpinLabel.setText(QCoreApplication.translate("CommitteeForm", u"&Kallelsetid", None))
        self.noticeSpin.setSuffix(QCoreApplication.translate("CommitteeForm", u" dagar", None))
        self.patternHelpLabel.setText(QCoreApplication.translate("CommitteeForm", u"M\u00f6nstret kan inneh\u00e5lla {kod}, {\u00e5r} och {l\u00f6pnr}, t.ex. {kod}/{\u00e5r}:{l\u00f6pnr} \u2192 AVUX/2016:59. Kallelsetiden anges i n\u00e4mndens reglemente.", None))
    # retranslateUi

