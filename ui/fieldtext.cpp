// SPDX-License-Identifier: MIT
#include "fieldtext.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace ShotBrief {

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace ShotBrief
