// SPDX-License-Identifier: MIT
#pragma once

#include "clipfitter.h"
#include "screenplay.h"
#include "shotlistcsv.h"

#include "model/capabilities.h"
#include "model/project.h"
#include "model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief::Script {

/// What an import will create, shown before anything changes.
struct ImportPlan
{
    ScriptFormat format = ScriptFormat::Fountain;
    QString title;                ///< The script's title; empty when it has none.
    QList<Scene> scenes;          ///< New scenes, in script order.
    QList<CastMember> newCast;    ///< Speakers the project does not have yet.
    QList<CastMember> cast;       ///< Everyone the shots name (existing and new), in order.
    QList<Shot> shots;            ///< In script order, labelled, fitted, with script_ref.
    QList<double> contentSeconds; ///< Per shot: what its content needs.
    QStringList warnings;         ///< From reading and from fitting, translated.

    int speechCount = 0;    ///< Lines of dialogue in the script (a split speech counts once).
    int splitShotCount = 0; ///< Shots that are a part of a split ("3A", "3B").
    int overflowCount = 0;  ///< Shots longer than any legal length (one long sentence).

    int totalSeconds() const;
};

/// Turns a screenplay or a shot list into scenes, cast and fitted shots for a project.
///
/// Screenplay: each heading a scene (title as written, number kept); each speaker a cast
/// member (an existing one of the same name is reused; identity left empty); an action
/// paragraph and the speeches after it form a shot, its sentences the action beats, each
/// speech a dialogue line; a shot heading ("CLOSE ON ...", an FDX Shot) starts a shot and
/// fills its camera terms; notes go to the shot's notes, sections and synopses to the
/// scene's. Every shot is fitted by ClipFitter to the lengths of the project's default model.
class ScriptImporter
{
public:
    /// `into`: the project the shots will join (for cast, labels and defaults).
    ScriptImporter(const Project &into, const ProviderCapabilities &capabilities,
                   const SpeakingRates &rates = {});

    /// Fails when the script has nothing to plan (no scene, action or dialogue).
    Result<ImportPlan> plan(const Screenplay &play, const QString &file = {}) const;
    Result<ImportPlan> plan(const ShotList &list, const QString &file = {}) const;

    const ClipFitter &fitter() const { return m_fitter; }

    /// "INT. NOODLE BAR - NIGHT" -> "Noodle Bar, interior, night." (the shot's scene prose).
    static QString sceneProse(const QString &heading);
    /// "AUNTIE HUA" -> "Auntie Hua"; names written in mixed case stay as they are.
    static QString castName(const QString &speaker);

private:
    const Project &m_into;
    ClipFitter m_fitter;
};

/// The project with the plan added at the end: scenes, new cast, shots; the title too when
/// the project has none. (The window does the same through the undo stack.)
Project withImport(Project project, const ImportPlan &plan);

} // namespace ShotBrief::Script
