// SPDX-License-Identifier: MIT
#include "result.h"

namespace ShotBrief {

QString Error::toString() const
{
    QString where = file;
    if (!file.isEmpty() && line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text;
    if (!where.isEmpty())
        text = where + QLatin1String(": ");
    if (!field.isEmpty())
        text += field + QLatin1String(": ");
    return text + message;
}

} // namespace ShotBrief
