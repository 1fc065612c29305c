// SPDX-License-Identifier: MIT
#include "take.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <utility>

namespace ShotBrief {

namespace {

constexpr std::array<std::pair<TakeStatus, const char *>, 9> statusKeys{{
    {TakeStatus::Draft, "draft"},
    {TakeStatus::Submitting, "submitting"},
    {TakeStatus::Queued, "queued"},
    {TakeStatus::InProgress, "in_progress"},
    {TakeStatus::Downloading, "downloading"},
    {TakeStatus::Ready, "ready"},
    {TakeStatus::Failed, "failed"},
    {TakeStatus::Canceled, "canceled"},
    {TakeStatus::Expired, "expired"},
}};

constexpr std::array<std::pair<TakeKind, const char *>, 5> kindKeys{{
    {TakeKind::Generate, "generate"},
    {TakeKind::Remix, "remix"},
    {TakeKind::Extend, "extend"},
    {TakeKind::Edit, "edit"},
    {TakeKind::Import, "import"},
}};

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString takeStatusKey(TakeStatus status)
{
    return keyOf(statusKeys, status);
}
std::optional<TakeStatus> takeStatusFromKey(const QString &key)
{
    return valueOf(statusKeys, key);
}
QString takeStatusName(TakeStatus status)
{
    // One translated name per status for every place a person reads it (timeline, Takes
    // panel, compare tiles, exports, messages); the file and --json keep the keys.
    const char *name = nullptr;
    switch (status) {
    case TakeStatus::Draft:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "draft");
        break;
    case TakeStatus::Submitting:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "submitting");
        break;
    case TakeStatus::Queued:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "queued");
        break;
    case TakeStatus::InProgress:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "rendering");
        break;
    case TakeStatus::Downloading:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "downloading");
        break;
    case TakeStatus::Ready:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "ready");
        break;
    case TakeStatus::Failed:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "failed");
        break;
    case TakeStatus::Canceled:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "canceled");
        break;
    case TakeStatus::Expired:
        name = QT_TRANSLATE_NOOP("ShotBrief::TakeStatus", "expired");
        break;
    }
    return name ? QCoreApplication::translate("ShotBrief::TakeStatus", name) : QString();
}

QString takeKindKey(TakeKind kind)
{
    return keyOf(kindKeys, kind);
}
std::optional<TakeKind> takeKindFromKey(const QString &key)
{
    return valueOf(kindKeys, key);
}

bool isTakeInFlight(TakeStatus status)
{
    return status == TakeStatus::Submitting || status == TakeStatus::Queued ||
           status == TakeStatus::InProgress || status == TakeStatus::Downloading;
}

bool isTakeFinished(TakeStatus status)
{
    return status == TakeStatus::Ready || status == TakeStatus::Failed ||
           status == TakeStatus::Canceled || status == TakeStatus::Expired;
}

QString chainedFromTakeId(const Take &take)
{
    if (take.requestJson.isEmpty())
        return {};
    return QJsonDocument::fromJson(take.requestJson)
        .object()
        .value(QLatin1String("first_frame_from"))
        .toObject()
        .value(QLatin1String("take"))
        .toString();
}

int Take::usedLengthMs() const
{
    return std::max(0, effectiveOutMs() - inMs);
}

} // namespace ShotBrief
