// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ShotBrief {

/// The durable lifecycle of design.md. Every change is saved before the next network step.
enum class TakeStatus {
    Draft,
    Submitting, ///< Persisted before the create request; no provider id known yet.
    Queued,
    InProgress,
    Downloading,
    Ready,
    Failed,
    Canceled,
    Expired
};

/// Import: a clip that did not come from a provider (brought in from an edited cut).
enum class TakeKind { Generate, Remix, Extend, Edit, Import };

QString takeStatusKey(TakeStatus status); ///< "in_progress" ...
std::optional<TakeStatus> takeStatusFromKey(const QString &key);
/// The status in words for people, translated ("ready", 就绪): the one name every view uses.
QString takeStatusName(TakeStatus status);
QString takeKindKey(TakeKind kind); ///< "generate" ...
std::optional<TakeKind> takeKindFromKey(const QString &key);
/// True while the provider may still be working on it (resume polling on start).
bool isTakeInFlight(TakeStatus status);
/// True when nothing more will happen to the take.
bool isTakeFinished(TakeStatus status);
struct Take;
/// The take of the previous shot whose last frame `take` began on (a chained shot), as its
/// request records it ("first_frame_from": {"take": ...}); empty when it was not chained.
QString chainedFromTakeId(const Take &take);

/// One generation attempt of a shot, with everything needed to re-run it elsewhere.
struct Take
{
    QString id;              ///< Local id (UUID without braces).
    QString provider;        ///< Provider profile name the job ran on.
    QString providerVideoId; ///< The provider's job handle, persisted as soon as known.
    TakeKind kind = TakeKind::Generate;
    QString parentTakeId; ///< For remix/extend/edit.

    // The exact request.
    QString prompt;
    QString model;
    QString size; ///< "1280x720"
    int seconds = 4;
    QString referenceImage; ///< Relative to the media folder; the first frame sent.
    QString lastFrame;      ///< Relative to the media folder; the last frame sent.
    QByteArray requestJson; ///< The exact parameters sent, compact JSON, for re-running.

    TakeStatus status = TakeStatus::Draft;
    int progress = 0; ///< 0-100
    QString errorCode;
    QString errorMessage;

    QDateTime createdAt;   ///< UTC, when the take was made locally.
    QDateTime submittedAt; ///< UTC, when the create request was sent.
    QDateTime completedAt; ///< UTC
    QDateTime expiresAt;   ///< UTC, when the provider deletes the content.

    // Local media, relative to Name.media/.
    QString clipPath;
    QString thumbnailPath;
    QString spritesheetPath;

    double costUsd = 0.0;

    // The part of the clip the edit uses (set by conforming to a cut), in ms from the clip's
    // first frame. Both 0: the whole clip, untrimmed.
    int inMs = 0;
    int outMs = 0; ///< 0: to the end of the clip.

    QByteArray unknownJson; ///< Keys this version does not know, written back verbatim.

    /// True when an in or out point is set.
    bool isTrimmed() const { return inMs > 0 || outMs > 0; }
    /// The clip's length as generated: `seconds` in ms.
    int clipLengthMs() const { return seconds * 1000; }
    /// Where the used part ends: outMs, or the clip's end when no out point is set.
    int effectiveOutMs() const { return outMs > 0 ? outMs : clipLengthMs(); }
    /// The length of the part the edit uses (never negative).
    int usedLengthMs() const;

    bool operator==(const Take &) const = default;
};

} // namespace ShotBrief
