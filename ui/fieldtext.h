// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLineEdit;
class QPlainTextEdit;

namespace ShotBrief {

/// Shows the document's text in a field only when it differs from what the field holds, so
/// that a field the user is typing in keeps its cursor, selection and undo history when the
/// edit comes back from the document.
void setTextIfDifferent(QLineEdit *edit, const QString &text);
void setTextIfDifferent(QPlainTextEdit *edit, const QString &text);

} // namespace ShotBrief
