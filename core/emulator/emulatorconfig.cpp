// SPDX-License-Identifier: MIT
#include "emulatorconfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace ShotBrief {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {FaultKind::TooManyRequests, "429"},    {FaultKind::ServerError, "500"},
    {FaultKind::ServiceUnavailable, "503"}, {FaultKind::DropConnection, "drop"},
    {FaultKind::SlowResponse, "slow"},      {FaultKind::ModerationBlocked, "moderation"},
    {FaultKind::LostResponse, "lost"},      {FaultKind::RenderFailure, "renderfail"},
};

struct TargetName
{
    FaultTarget target;
    const char *name;
};

constexpr TargetName kTargetNames[] = {
    {FaultTarget::Any, "any"},           {FaultTarget::Create, "create"},
    {FaultTarget::Retrieve, "retrieve"}, {FaultTarget::List, "list"},
    {FaultTarget::Download, "download"}, {FaultTarget::Remix, "remix"},
    {FaultTarget::Delete, "delete"},
};

/// Gives lupdate and the runtime the same translation context.
struct FaultSpecText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::FaultSpec)
};

FaultTarget defaultTarget(FaultKind kind)
{
    switch (kind) {
    case FaultKind::DropConnection:
        return FaultTarget::Download;
    case FaultKind::ModerationBlocked:
    case FaultKind::LostResponse:
    case FaultKind::RenderFailure:
        return FaultTarget::Create;
    default:
        return FaultTarget::Any;
    }
}

Error specError(const QString &message)
{
    Error e;
    e.message = message;
    e.field = QStringLiteral("faults");
    return e;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

QString faultTargetName(FaultTarget target)
{
    for (const TargetName &t : kTargetNames) {
        if (t.target == target)
            return QString::fromLatin1(t.name);
    }
    return {};
}

Result<FaultSpec> FaultSpec::parse(const QString &spec)
{
    FaultSpec out;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        if (item.startsWith(QLatin1String("seed="))) {
            bool ok = false;
            const uint seed = item.mid(5).toUInt(&ok);
            if (!ok)
                return specError(
                    FaultSpecText::tr("Fault spec: seed must be a non-negative integer: %1")
                        .arg(item));
            out.seed = seed;
            continue;
        }
        const QStringList fields = item.split(QLatin1Char(':'));
        FaultRule rule;
        bool kindFound = false;
        for (const KindName &k : kKindNames) {
            if (fields.first().trimmed().compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0) {
                rule.kind = k.kind;
                kindFound = true;
            }
        }
        if (!kindFound)
            return specError(
                FaultSpecText::tr("Fault spec: unknown fault kind \"%1\" (expected 429, 500, 503, "
                                  "drop, slow, moderation, lost or renderfail)")
                    .arg(fields.first()));
        rule.target = defaultTarget(rule.kind);
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QString field = fields.at(i).trimmed();
            const qsizetype eq = field.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return specError(
                    FaultSpecText::tr("Fault spec: expected FIELD=VALUE, got \"%1\"").arg(field));
            const QString key = field.left(eq).toLower();
            const QString value = field.mid(eq + 1);
            bool ok = true;
            if (key == QLatin1String("on")) {
                bool targetFound = false;
                for (const TargetName &t : kTargetNames) {
                    if (value.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0) {
                        rule.target = t.target;
                        targetFound = true;
                    }
                }
                ok = targetFound;
            } else if (key == QLatin1String("count")) {
                rule.count = value.toInt(&ok);
                ok = ok && rule.count >= 0;
            } else if (key == QLatin1String("skip")) {
                rule.skip = value.toInt(&ok);
                ok = ok && rule.skip >= 0;
            } else if (key == QLatin1String("prob")) {
                rule.probability = value.toDouble(&ok);
                ok = ok && rule.probability >= 0.0 && rule.probability <= 1.0;
            } else if (key == QLatin1String("retry")) {
                rule.retryAfterSeconds = value.toInt(&ok);
                ok = ok && rule.retryAfterSeconds >= 0;
            } else if (key == QLatin1String("ms")) {
                rule.delayMs = value.toInt(&ok);
                ok = ok && rule.delayMs >= 0;
            } else if (key == QLatin1String("bytes")) {
                rule.dropAfterBytes = value.toLongLong(&ok);
                ok = ok && rule.dropAfterBytes >= 0;
            } else {
                return specError(FaultSpecText::tr("Fault spec: unknown field \"%1\"").arg(key));
            }
            if (!ok)
                return specError(FaultSpecText::tr("Fault spec: bad value in \"%1\"").arg(field));
        }
        out.rules.append(rule);
    }
    return out;
}

QString FaultSpec::toString() const
{
    QStringList items;
    for (const FaultRule &rule : rules) {
        QString item = faultKindName(rule.kind);
        item += QLatin1String(":on=") + faultTargetName(rule.target);
        item += QLatin1String(":count=") + QString::number(rule.count);
        if (rule.skip != 0)
            item += QLatin1String(":skip=") + QString::number(rule.skip);
        if (rule.probability < 1.0)
            item += QLatin1String(":prob=") + QString::number(rule.probability);
        if (rule.kind == FaultKind::TooManyRequests)
            item += QLatin1String(":retry=") + QString::number(rule.retryAfterSeconds);
        if (rule.kind == FaultKind::SlowResponse)
            item += QLatin1String(":ms=") + QString::number(rule.delayMs);
        if (rule.kind == FaultKind::DropConnection && rule.dropAfterBytes >= 0)
            item += QLatin1String(":bytes=") + QString::number(rule.dropAfterBytes);
        items.append(item);
    }
    if (seed != 1 && !items.isEmpty())
        items.append(QLatin1String("seed=") + QString::number(seed));
    return items.join(QLatin1Char(','));
}

} // namespace ShotBrief
