// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "prompt/costestimate.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;

namespace ShotBrief {

struct PreflightReport;
struct AnimaticOptions;
class Autosave;
class ExportDialog;
class FileNotice;
class GenerationController;
class ProjectDocument;
class ProjectPanel;
class PromptPanel;
class ProviderFitDialog;
class ScriptActions;
class ShotInspector;
class ShotViewer;
class TakesPanel;
class TimelineView;
class TimelineWidget;
class ViewerTabs;

/// The director's workplace: the timeline under a large view of the current shot, with
/// dockable inspector, prompt & lint, takes and project panels.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project, offering to recover its autosave when a crash left a newer one.
    bool openFile(const QString &path);
    /// The recent projects a crash left newer unsaved changes of (a recovery file newer than
    /// the project).
    QStringList projectsToRecover() const;
    /// At start: offers to open one of projectsToRecover() with its unsaved changes, so that
    /// after a crash the work is one click away. The others stay offered (here and on open).
    void offerRecoveryAtStart();
    bool save();
    bool saveAs(const QString &path = {});
    void newProject();
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

    // Questions the window asks; replaceable so that tests can answer them.
    std::function<bool(const QString &projectPath)> askRecover;
    /// Which of these projects to recover now; empty: not now.
    std::function<QString(const QStringList &projectPaths)> askRecoverAtStart;
    std::function<QMessageBox::StandardButton(const QString &projectName)> askSaveChanges;
    /// Shows the pre-flight refusal or the Generate All question and returns the button;
    /// tests read the box instead of answering a modal one.
    std::function<int(QMessageBox &box)> askPreflight;

    ProjectDocument *document() const { return m_document; }
    Autosave *autosave() const { return m_autosave; }
    TimelineWidget *timeline() const;
    ShotInspector *inspector() const { return m_inspector; }
    PromptPanel *promptPanel() const { return m_promptPanel; }
    TakesPanel *takesPanel() const { return m_takesPanel; }
    ProjectPanel *projectPanel() const { return m_projectPanel; }
    /// Shot / Sequence / Compare tabs.
    ViewerTabs *viewerTabs() const { return m_viewerTabs; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QLabel *costLabel() const { return m_costLabel; }
    /// Where the last export went, with Open and Show in Folder.
    FileNotice *fileNotice() const { return m_fileNotice; }
    /// Opens File > Export; replaceable so that tests can drive the dialog.
    std::function<int(ExportDialog &dialog)> runExportDialog;
    /// Asks where File > Export Animatic writes, from the suggested path; empty: cancelled.
    /// Replaceable so that tests need no file dialog.
    std::function<QString(const QString &suggested)> askAnimaticPath;
    /// Asks what the animatic's captions show (false: cancelled); replaceable so that tests
    /// need no modal dialog.
    std::function<bool(AnimaticOptions &options)> askAnimaticCaptions;
    /// Made with the window; deleted first when it closes (the queue writes to the document).
    GenerationController *generation() const { return m_generation; }

    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *splitAction() const { return m_splitAction; }
    QAction *insertAction() const { return m_insertAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *conformAction() const { return m_conformAction; }
    QAction *cutAction() const { return m_cutAction; }
    QAction *checkFitAction() const { return m_checkFitAction; }
    QAction *continuityAction() const { return m_continuityAction; }
    QAction *exportAnimaticAction() const { return m_exportAnimaticAction; }
    ScriptActions *scriptActions() const { return m_scriptActions; }
    QAction *generateAllAction() const { return m_generateAllAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *exportReviewAction() const { return m_exportReviewAction; }
    QAction *importReviewAction() const { return m_importReviewAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QAction *keyboardShortcutsAction() const { return m_shortcutsAction; }
    QAction *openSampleAction() const { return m_openSampleAction; }

    /// Help > Open Sample Project: opens the user's copy of the sample (in Documents), made
    /// from the one built in when there is none yet; an edited copy is never replaced.
    bool openSampleProject();
    /// Where openSampleProject() keeps the user's copy.
    static QString sampleProjectPath();

    /// What the project's provider can do (Project::format.provider resolved against the
    /// provider profiles); the timeline, inspector, prompt panel and estimate follow it.
    const ProviderCapabilities &capabilities() const { return m_capabilities; }
    /// The profile in use: the project's provider, or "emulator" when it is unknown.
    QString providerProfileName() const { return m_providerProfile; }
    const PriceTable &priceTable() const { return m_prices; }
    /// Where provider profiles are read (tests use a temporary file); reloads them.
    void setProfilesPath(const QString &path);
    QString profilesPath() const { return m_profilesPath; }
    /// Re-reads the profiles and applies the project's provider to every view.
    void reloadProvider();
    /// Opens "Check Fit with Provider" (window-modal, returns at once). With `onlyIfUnfit`,
    /// only when something does not fit. Returns the dialog, or null when none was opened.
    ProviderFitDialog *checkProviderFit(bool onlyIfUnfit = false);
    /// Project > Continuity Report: opens the report, which measures in the background.
    void showContinuityReport();
    ProviderFitDialog *providerFitDialog() const;

    /// Splits the current shot without asking (tests, scripting).
    void splitCurrentShot(const QList<int> &durations, const QList<int> &beatParts);

    /// Lets the sequence player take the viewer's place above the timeline.
    void setViewerWidget(QWidget *widget);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void readSettings();
    void writeSettings();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void onCurrentShotChanged();
    void focusField(const QString &shotId, const QString &field);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void openDialog();
    enum class Recovery { Ask, Recover };
    bool openProject(const QString &path, Recovery recovery);
    void revert();
    void split();
    /// The lengths the provider allows for the shot's model, and the splits into them.
    QList<int> legalDurations(const Shot &shot) const;
    QList<QList<int>> splitsFor(const Shot &shot) const;
    void showPreferences();
    void onProjectSettingsChanged();
    void showAbout();
    void showKeyboardShortcuts();
    void exportProject();
    void exportAnimatic();
    /// Says where a finished export went (status bar and the file notice).
    void announceFile(const QString &text, const QString &path);
    void exportReviewPackage();
    void importReview();
    QString currentShotId() const;
    void createGeneration();
    void generateAllUngenerated();
    void showPreflightRefusal(const PreflightReport &report);
    /// "Generate Again" for a shot whose circled take is out of date: a new take of the shot
    /// as it is now, circled (an undoable edit) once it is ready.
    void generateAgain(const QString &shotId);
    /// True when generation costs nothing: the project's provider is the built-in emulator,
    /// or the emulator stands in for it (no key).
    bool isFreeRun() const;

    ProjectDocument *m_document = nullptr;        // owned (child)
    Autosave *m_autosave = nullptr;               // owned (child of the document)
    GenerationController *m_generation = nullptr; // owned (child)
    QItemSelectionModel *m_selection = nullptr;
    ProviderCapabilities m_capabilities = ProviderCapabilities::openAiVideos();
    PriceTable m_prices = PriceTable::builtIn();
    QString m_profilesPath;
    QString m_provider;             ///< The format.provider the views were last set up for.
    QString m_providerProfile;      ///< The profile actually used for it.
    bool m_fitCheckPending = false; ///< A catalog refresh changed a model the project uses.
    QString m_providerDisplayName;
    QPointer<ProviderFitDialog> m_fitDialog;   ///< Owned (child) while open; deletes on close.
    QHash<QString, QString> m_circleWhenReady; ///< Take id -> shot id, from generateAgain().

    QSplitter *m_central = nullptr;
    ShotViewer *m_viewer = nullptr;
    ViewerTabs *m_viewerTabs = nullptr;
    TimelineView *m_timelineView = nullptr;
    ShotInspector *m_inspector = nullptr;
    PromptPanel *m_promptPanel = nullptr;
    TakesPanel *m_takesPanel = nullptr;
    ProjectPanel *m_projectPanel = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_promptDock = nullptr;
    QDockWidget *m_takesDock = nullptr;
    QDockWidget *m_projectDock = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_durationLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    FileNotice *m_fileNotice = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportAnimaticAction = nullptr;
    QAction *m_exportReviewAction = nullptr;
    QAction *m_importReviewAction = nullptr;
    QAction *m_conformAction = nullptr;
    QAction *m_cutAction = nullptr; // Mark as Cut / Restore to Edit
    QAction *m_showShotAction = nullptr;
    QAction *m_showSequenceAction = nullptr;
    QAction *m_showCompareAction = nullptr;
    QAction *m_showBoardAction = nullptr;
    QAction *m_showGridAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_insertAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_editShotAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_generateAllAction = nullptr;
    QAction *m_checkFitAction = nullptr;
    QAction *m_continuityAction = nullptr;
    ScriptActions *m_scriptActions = nullptr; // owned (child)
};

} // namespace ShotBrief
