// SPDX-License-Identifier: MIT
#include "httpexchange.h"

namespace ShotBrief {

QByteArray HttpRequestData::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace ShotBrief
