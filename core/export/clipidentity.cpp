// SPDX-License-Identifier: MIT
#include "clipidentity.h"

#include <QRegularExpression>

namespace ShotBrief {

QString clipIdentityTag(const ClipIdentity &identity)
{
    QString tag = QStringLiteral("ShotBrief shot=%1").arg(identity.shotId);
    if (!identity.takeId.isEmpty())
        tag += QStringLiteral(" take=%1").arg(identity.takeId);
    return tag;
}

ClipIdentity parseClipIdentityTag(const QString &text)
{
    // Ids are UUIDs in practice; the tag also accepts the other word characters ids may have.
    static const QRegularExpression tag(
        QStringLiteral(
            R"(shotbrief\s+shot=([A-Za-z0-9_.-]{1,64})(?:\s+take=([A-Za-z0-9_.-]{1,64}))?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = tag.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toLower(), match.captured(2).toLower()};
}

QString reelNameForTake(const QString &takeId)
{
    QString reel = takeId;
    reel.remove(QLatin1Char('-'));
    return reel.left(8).toUpper();
}

} // namespace ShotBrief
