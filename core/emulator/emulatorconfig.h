// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ShotBrief {

/// What a fault does when it fires.
enum class FaultKind {
    TooManyRequests,    ///< 429 with retry-after / retry-after-ms, no job made
    ServerError,        ///< 500, no job made
    ServiceUnavailable, ///< 503, no job made
    DropConnection,     ///< headers with the full Content-Length, part of the body, then close
    SlowResponse,       ///< wait before handling the request (QTimer, never sleep)
    ModerationBlocked,  ///< the created job ends `failed` with code `moderation_blocked`
    LostResponse,       ///< create: the job is made and counted, the connection closes unanswered
    RenderFailure,      ///< the created job's render fails: job ends `failed`, code `render_failed`
};

/// Which requests a fault rule looks at.
enum class FaultTarget { Any, Create, Retrieve, List, Download, Remix, Delete };

/// One deterministic fault rule: among the requests matching `target`, let `skip` through,
/// then fire on the next `count` (0 = on every one after the skipped ones). With
/// `probability` < 1 a firing is decided by the spec's seeded RNG instead (reproducible).
struct FaultRule
{
    FaultKind kind = FaultKind::ServerError;
    FaultTarget target = FaultTarget::Any;
    int count = 1;
    int skip = 0;
    double probability = 1.0;
    int retryAfterSeconds = 1;  ///< TooManyRequests: retry-after (retry-after-ms = this * 1000)
    int delayMs = 1000;         ///< SlowResponse
    qint64 dropAfterBytes = -1; ///< DropConnection: body bytes sent before closing; -1 = half

    bool operator==(const FaultRule &) const = default;
};

/// A set of fault rules, parsed from the emulator's --faults SPEC:
///
///   SPEC := RULE [',' RULE]... [',' 'seed=' N]
///   RULE := KIND [':' FIELD '=' VALUE]...
///   KIND := 429 | 500 | 503 | drop | slow | moderation | lost | renderfail
///   FIELD: on=any|create|retrieve|list|download|remix|delete (default: any; drop ->
///          download; moderation, lost, renderfail -> create), count=N (default 1, 0 = always),
///          skip=N (default 0), prob=P (0..1, seeded RNG), retry=S (429), ms=N (slow),
///          bytes=N (drop)
///
/// Examples: "429:on=create:count=2:retry=1", "drop:bytes=1000", "slow:ms=300:on=retrieve",
/// "moderation", "lost", "503:on=any:count=0:prob=0.2,seed=7".
struct FaultSpec
{
    QList<FaultRule> rules;
    quint32 seed = 1;

    bool isEmpty() const { return rules.isEmpty(); }
    static Result<FaultSpec> parse(const QString &spec);
    QString toString() const;

    bool operator==(const FaultSpec &) const = default;
};

QString faultKindName(FaultKind kind);
QString faultTargetName(FaultTarget target);

/// How an EmulatorServer behaves.
struct EmulatorConfig
{
    QString stateDir;              ///< jobs.json + media persist here; empty: a temporary folder
    double jobSeconds = 3.0;       ///< queued -> in_progress (rising) -> completed over this time
    int maxRunningPerKey = 2;      ///< 429 "too many running tasks" beyond this
    QString requiredKey;           ///< empty: any non-empty bearer key (or api-key header)
    int expirySeconds = 24 * 3600; ///< content expires this long after completion; < 0: never
    FaultSpec faults;
    QString ffmpegProgram = QStringLiteral("ffmpeg");
    /// What GET /api/v1/videos/models answers, as it is; empty: the catalog shipped with
    /// ShotBrief (resources/openrouter/video-models.json).
    QByteArray openRouterCatalog;
};

/// Counters of what the emulator did, also served as JSON at GET /v1/emulator/stats.
struct EmulatorStats
{
    int requests = 0;
    int creates = 0; ///< jobs made by POST /videos (including lost responses)
    int remixes = 0; ///< jobs made by remix, extensions and edits
    int retrieves = 0;
    int lists = 0;
    int downloads = 0; ///< content requests answered with a body (full or partial)
    int deletes = 0;
    int rejected = 0; ///< 4xx answers (validation, auth, running limit, unknown id)
    int faultsInjected = 0;
    int rendersDone = 0;   ///< renders finished, successful or not
    int rendersFailed = 0; ///< renders that failed (ffmpeg error or missing)

    bool operator==(const EmulatorStats &) const = default;
};

} // namespace ShotBrief
