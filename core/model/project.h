// SPDX-License-Identifier: MIT
#pragma once

#include "palette.h"
#include "promptlanguage.h"
#include "shot.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ShotBrief {

/// The file format version this build writes; newer files open read-only.
inline constexpr int CurrentSchemaVersion = 1;

/// A named character whose identity text is reused word for word in every prompt.
struct CastMember
{
    QString id;             ///< Stable UUID without braces.
    QString name;           ///< "Mei"
    QString identity;       ///< "a woman in her thirties, short black bob, yellow raincoat ..."
    QString referenceImage; ///< Relative to the media folder, optional.
    QByteArray unknownJson;

    bool operator==(const CastMember &) const = default;
};

/// Optional grouping of shots ("INT. NOODLE BAR - NIGHT").
struct Scene
{
    QString id;
    QString title;
    QString notes;
    QString number; ///< The scene's number in the script ("12A"), or empty.
    QByteArray unknownJson;

    bool operator==(const Scene &) const = default;
};

/// The look shared by all shots; a shot's own value overrides it when set.
struct StyleBible
{
    QString lensStyle;
    QString mood;
    QString lighting; ///< The lighting logic of the sequence.
    Palette palette;
    QString notes;

    bool operator==(const StyleBible &) const = default;
};

/// Container parameters used when a shot leaves them empty.
struct FormatDefaults
{
    QString provider = QStringLiteral("emulator"); ///< Provider profile name.
    QString model = QStringLiteral("sora-2");
    QString size = QStringLiteral("1280x720");
    int durationSeconds = 4;
    /// The language prompts are composed in; empty: the language most of the brief is in.
    std::optional<PromptLanguage> promptLanguage;

    bool operator==(const FormatDefaults &) const = default;
};

/// Money spent, one entry per paid job, never rewritten.
struct SpendEntry
{
    QString takeId;
    QString shotId;
    QString provider;
    QString model;
    int seconds = 0;
    double amountUsd = 0.0; ///< The estimate when the job was paid for.
    QDateTime at;           ///< UTC
    /// What the provider says the job cost (OpenRouter's usage.cost), once it has said it.
    std::optional<double> actualUsd;

    /// The actual cost where known, else the estimate.
    double spentUsd() const { return actualUsd.value_or(amountUsd); }

    bool operator==(const SpendEntry &) const = default;
};

struct Project
{
    int schema = CurrentSchemaVersion;
    QString title;
    FormatDefaults format;
    StyleBible style;
    QList<CastMember> cast;
    QList<Scene> scenes;
    QList<Shot> shots;
    QList<SpendEntry> ledger;
    double spendingCapUsd = 0.0; ///< 0: no cap.
    QByteArray unknownJson;      ///< Top-level keys this version does not know.

    int shotIndex(const QString &shotId) const; ///< -1 when absent.
    const Shot *shotById(const QString &shotId) const;
    const CastMember *castById(const QString &castId) const;
    const Scene *sceneById(const QString &sceneId) const;
    /// The ledger entry of a take; nullptr when the take paid nothing.
    const SpendEntry *spendEntryFor(const QString &takeId) const;
    SpendEntry *spendEntryFor(const QString &takeId);
    int totalDurationSeconds() const;
    /// The ledger's total: actual costs where the provider reported them, else the estimates.
    double totalSpentUsd() const;

    /// The shot's model/size, or the project default when the shot leaves it empty.
    QString effectiveModel(const Shot &shot) const;
    QString effectiveSize(const Shot &shot) const;

    bool operator==(const Project &) const = default;
};

/// A new UUID without braces, for shots, takes, cast and scenes.
QString newId();

} // namespace ShotBrief
