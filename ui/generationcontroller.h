// SPDX-License-Identifier: MIT
#pragma once

#include "api/providerprofile.h"
#include "model/result.h"
#include "prompt/preflight.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace ShotBrief {

class Autosave;
class DocumentTakeStore;
class GenerationSession;
class ProjectDocument;

/// Connects the open document to generation: a GenerationSession (the one shotbrief-cli uses)
/// for the project's provider profile, on a store that writes through the document. With no
/// API key for it (or a local keyless server that is not running) the session starts the
/// built-in emulator in-process, speaking that provider's dialect to the same adapter
/// (placeholder clips, no cost), and the window says so.
class GenerationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationController)

public:
    GenerationController(ProjectDocument *document, Autosave *autosave, QObject *parent = nullptr);
    ~GenerationController() override;

    /// Forces the built-in emulator (speaking the project's provider's dialect) even when a
    /// key is available (tests, offline work).
    void setForceEmulator(bool force) { m_forceEmulator = force; }
    /// How long an emulator job takes (tests make it short).
    void setEmulatorJobSeconds(double seconds) { m_emulatorJobSeconds = seconds; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    /// A sentence for the user: which provider, and whether it costs money.
    QString providerDescription() const;
    bool usesEmulator() const;

    /// The cost of generating `count` takes of each shot at the project's provider (its
    /// adapter's price table), before anything is sent; the emulator itself charges nothing.
    double estimateUsd(const QStringList &shotIds, int count = 1);
    /// The profile name the takes record ("runway", "emulator-runway" ...); empty until
    /// generation has started.
    QString providerName() const;
    /// Shots with no ready, running or outcome-unknown take (isTakeOutcomeUnknown).
    QStringList ungeneratedShots() const;

    /// The check generate() runs first (GenerationSession::preflight): the shots the project's
    /// provider would refuse, each with why and the fix.
    PreflightReport preflight(const QStringList &shotIds) const;
    /// Refused as a whole, before anything is saved or sent, when preflight() finds a shot
    /// the provider would refuse (the error says which and why, with the fix).
    Result<QStringList> generate(const QStringList &shotIds, int count = 1);
    Result<QString> remix(const QString &shotId, const QString &takeId, const QString &delta);
    Result<QString> retry(const QString &shotId, const QString &takeId);
    void cancel(const QString &shotId, const QString &takeId);
    /// Resumes takes left in flight by an earlier run (after opening a project).
    void resumeInFlight();
    bool isIdle() const;
    /// What the run that just went idle made: "Generation finished: 2 takes ready, 1 failed
    /// (Shot 3: Take 2)." Counts from the first generate, remix or retry after the last idle.
    QString runSummary() const { return m_lastSummary; }
    /// True when a take failed in that run.
    bool runHadFailures() const { return m_lastRunFailed; }

Q_SIGNALS:
    void message(const QString &text);
    /// Nothing is running any more; runSummary() says what the run made.
    void idle();

private:
    Result<void> ensureQueue();
    ProviderProfile projectProfile() const;
    void teardown();
    /// After the project moved to another provider: a new session for it, once nothing runs.
    void onProjectSettingsChanged();
    void onTakeChanged(const QString &shotId, const Take &take);
    void onIdle();

    ProjectDocument *m_document; // not owned
    Autosave *m_autosave;        // not owned
    bool m_forceEmulator = false;
    double m_emulatorJobSeconds = 3.0;
    int m_pollIntervalMs = 1000;
    bool m_resolving = false; ///< Reading a key from the keychain (a local event loop runs).
    std::unique_ptr<DocumentTakeStore> m_store;
    std::unique_ptr<GenerationSession> m_session; ///< Null until generation is first used.
    QString m_sessionProvider; ///< The project's format.provider the session was started for.
    bool m_teardownWhenIdle = false;
    int m_runReady = 0;
    QStringList m_runFailed; ///< "Shot 3: Take 2" of each take that failed in this run.
    QString m_lastSummary;
    bool m_lastRunFailed = false;
};

} // namespace ShotBrief
