// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "api/modelcatalogrefresh.h"
#include "api/projectcapabilities.h"
#include "api/providernames.h"
#include "boardgridpage.h"
#include "boardgridview.h"
#include "conformdialog.h"
#include "continuityreportdialog.h"
#include "documentundofilter.h"
#include "exportdialog.h"
#include "filenotice.h"
#include "generationcontroller.h"
#include "keyboardshortcutsdialog.h"
#include "projectpanel.h"
#include "promptpanel.h"
#include "providerfitdialog.h"
#include "recoverydialog.h"
#include "reviewexportdialog.h"
#include "reviewimportdialog.h"
#include "scriptactions.h"
#include "settingsdialog.h"
#include "shotinspector.h"
#include "shotviewer.h"
#include "splitdialog.h"
#include "takespanel.h"
#include "theme.h"
#include "timelineview.h"
#include "timelinewidget.h"
#include "ui/preview/animaticexportdialog.h"
#include "ui/preview/projectsequence.h"
#include "viewertabs.h"

#include "document/autosave.h"
#include "document/projectdocument.h"
#include "document/providerfit.h"
#include "document/shotlistmodel.h"
#include "io/projectfile.h"
#include "model/shotname.h"
#include "prompt/costestimate.h"
#include "prompt/preflight.h"
#include "translations/languagesupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace ShotBrief {

namespace {
constexpr int MaxRecentFiles = 8;
const char RecentFilesKey[] = "recentFiles";
const char GeometryKey[] = "mainWindow/geometry";
const char StateKey[] = "mainWindow/state";
const char CentralKey[] = "mainWindow/central";
constexpr int LayoutVersion = 1;

QString fileFilter()
{
    return MainWindow::tr("ShotBrief projects (*.shotbrief);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    QSettings settings;
    m_autosave = new Autosave(
        m_document, std::chrono::minutes(std::max(
                        1, settings.value(SettingsDialog::AutosaveMinutesKey, 1).toInt())));
    m_selection = new QItemSelectionModel(m_document->shotListModel(), this);
    m_profilesPath = ProviderProfiles::defaultSettingsPath();

    askRecover = [this](const QString &path) {
        return QMessageBox::question(
                   this, tr("Recover Unsaved Changes?"),
                   tr("ShotBrief found changes to %1 that were not saved, newer than the file "
                      "itself (the application may have quit unexpectedly).\n\nRecover them?")
                       .arg(QDir::toNativeSeparators(path)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    };
    askRecoverAtStart = [this](const QStringList &paths) {
        return RecoveryDialog::choose(paths, this);
    };
    askSaveChanges = [this](const QString &name) {
        return QMessageBox::warning(
            this, tr("Unsaved Changes"), tr("Save the changes to \"%1\" before closing?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    m_central = new QSplitter(Qt::Vertical, this);
    m_central->setObjectName(QStringLiteral("centralSplitter"));
    m_viewer = new ShotViewer(m_document, m_central);
    m_timelineView = new TimelineView(m_document, m_selection, m_central);
    m_viewerTabs =
        new ViewerTabs(m_document, m_selection, m_viewer, m_timelineView->timeline(), m_central);
    m_central->addWidget(m_viewerTabs);
    m_central->addWidget(m_timelineView);
    // The viewer takes the spare height; the timeline keeps the height its clips need.
    m_central->setStretchFactor(0, 1);
    m_central->setStretchFactor(1, 0);
    m_central->setSizes({600, m_timelineView->minimumHeight() + 30});
    m_central->setChildrenCollapsible(false);
    setCentralWidget(m_central);

    createDocks();
    createActions();
    createMenus();

    m_costLabel = new QLabel(this);
    m_durationLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;")
            .arg(Theme::severityColor(LintSeverity::Warning, palette()).name()));
    statusBar()->addWidget(m_readOnlyLabel);
    m_fileNotice = new FileNotice(this);
    statusBar()->addPermanentWidget(m_fileNotice);
    statusBar()->addPermanentWidget(m_durationLabel);
    statusBar()->addPermanentWidget(m_costLabel);

    TimelineWidget *timelineWidget = m_timelineView->timeline();
    connect(timelineWidget, &TimelineWidget::editRequested, m_editShotAction, &QAction::trigger);
    connect(timelineWidget, &TimelineWidget::insertRequested, m_insertAction, &QAction::trigger);
    connect(timelineWidget, &TimelineWidget::duplicateRequested, m_duplicateAction,
            &QAction::trigger);
    connect(timelineWidget, &TimelineWidget::deleteRequested, m_deleteAction, &QAction::trigger);
    connect(timelineWidget, &TimelineWidget::splitRequested, m_splitAction, &QAction::trigger);
    BoardGridView *grid = m_viewerTabs->boardGrid()->view();
    connect(grid, &BoardGridView::editRequested, m_editShotAction, &QAction::trigger);
    connect(grid, &BoardGridView::insertRequested, m_insertAction, &QAction::trigger);
    connect(grid, &BoardGridView::duplicateRequested, m_duplicateAction, &QAction::trigger);
    connect(grid, &BoardGridView::deleteRequested, m_deleteAction, &QAction::trigger);
    connect(grid, &BoardGridView::splitRequested, m_splitAction, &QAction::trigger);
    connect(grid, &BoardGridView::cutToggleRequested, m_cutAction, &QAction::trigger);
    connect(timelineWidget, &TimelineWidget::cutToggleRequested, m_cutAction, &QAction::trigger);
    connect(m_selection, &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentShotChanged);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_promptPanel, &PromptPanel::fieldRequested, this, &MainWindow::focusField);
    connect(m_promptPanel, &PromptPanel::takesRequested, this, [this] {
        m_takesDock->show();
        m_takesDock->raise();
    });
    connect(m_promptPanel, &PromptPanel::generateAgainRequested, this, &MainWindow::generateAgain);
    connect(m_document, &ProjectDocument::takeChanged, this,
            [this](const QString &shotId, const QString &takeId) {
                if (!m_circleWhenReady.contains(takeId))
                    return;
                const Shot *shot = m_document->project().shotById(shotId);
                const Take *take = shot ? shot->takeById(takeId) : nullptr;
                if (!take || isTakeFinished(take->status))
                    m_circleWhenReady.remove(takeId);
                if (!take || take->status != TakeStatus::Ready || shot->circledTakeId == takeId)
                    return;
                // Not from inside the document's signal: the circle is an undo command.
                QTimer::singleShot(0, this, [this, shotId, takeId] {
                    if (!m_document->isReadOnly())
                        m_document->circleTake(shotId, takeId);
                });
            });
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::readOnlyChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_document, &ProjectDocument::changed, this, &MainWindow::updateStatus);
    connect(m_document, &ProjectDocument::changed, this, &MainWindow::updateActions);
    // The views plan against the project's provider: re-resolved on open (profiles may have
    // been edited meanwhile) and whenever an edit, undo or redo changes format.provider.
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::reloadProvider);
    connect(m_document, &ProjectDocument::projectSettingsChanged, this,
            &MainWindow::onProjectSettingsChanged);
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        if (m_document->shotListModel()->rowCount() > 0)
            m_selection->setCurrentIndex(m_document->shotListModel()->index(0, 0),
                                         QItemSelectionModel::ClearAndSelect);
        onCurrentShotChanged();
    });
    // After undo/redo of an insert or delete, keep a current shot.
    connect(m_document->shotListModel(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_selection->currentIndex().isValid() && m_document->shotListModel()->rowCount() > 0)
            m_selection->setCurrentIndex(m_document->shotListModel()->index(0, 0),
                                         QItemSelectionModel::ClearAndSelect);
    });
    connect(m_autosave, &Autosave::autosaved, this,
            [this] { statusBar()->showMessage(tr("Autosaved a recovery copy"), 3000); });
    connect(m_autosave, &Autosave::autosaveFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error.message), 8000);
    });

    // One undo history: Ctrl+Z in a field of the inspector or the project panel undoes the
    // document, not the field alone.
    auto *undoFilter = new DocumentUndoFilter(m_document->undoStack(), this);
    undoFilter->addEditorRoot(m_inspector);
    undoFilter->addEditorRoot(m_projectPanel);
    // A typing burst is one undo step; leaving the field ends it.
    connect(qApp, &QApplication::focusChanged, m_document,
            [this](QWidget *, QWidget *) { m_document->endTypingBurst(); });

    createGeneration();
    newProject();
    readSettings();
}

MainWindow::~MainWindow()
{
    // The queue writes through the document: stop it while the document still exists.
    delete m_generation;
    m_generation = nullptr;
}

void MainWindow::createGeneration()
{
    m_generation = new GenerationController(m_document, m_autosave, this);
    m_takesPanel->setProviderText(m_generation->providerDescription());
    const auto report = [this](const Error &error) {
        statusBar()->showMessage(error.message, 10000);
        QMessageBox::warning(this, tr("Generation"), error.message);
    };
    connect(m_generation, &GenerationController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_viewerTabs, &ViewerTabs::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // A run with a failed take keeps its summary until the next message: it is the news.
    connect(m_generation, &GenerationController::idle, this, [this] {
        statusBar()->showMessage(m_generation->runSummary(),
                                 m_generation->runHadFailures() ? 0 : 8000);
    });
    connect(m_takesPanel, &TakesPanel::generateRequested, this,
            [this, report](const QString &shotId, int count) {
                if (const PreflightReport check = m_generation->preflight({shotId});
                    !check.passes()) {
                    showPreflightRefusal(check);
                    return;
                }
                const Result<QStringList> added = m_generation->generate({shotId}, count);
                if (!added)
                    report(added.error());
                m_takesPanel->setProviderText(m_generation->providerDescription());
            });
    connect(m_takesPanel, &TakesPanel::remixRequested, this,
            [this, report](const QString &shotId, const QString &takeId) {
                bool ok = false;
                const QString delta = QInputDialog::getText(
                    this, tr("Remix Take"),
                    tr("Describe one change (\"same shot, switch to 85mm\"):"), QLineEdit::Normal,
                    QString(), &ok);
                if (!ok || delta.trimmed().isEmpty())
                    return;
                const Result<QString> added = m_generation->remix(shotId, takeId, delta.trimmed());
                if (!added)
                    report(added.error());
            });
    connect(m_takesPanel, &TakesPanel::retryRequested, this,
            [this, report](const QString &shotId, const QString &takeId) {
                const Result<QString> added = m_generation->retry(shotId, takeId);
                if (!added)
                    report(added.error());
            });
    connect(m_takesPanel, &TakesPanel::cancelRequested, m_generation,
            &GenerationController::cancel);
    connect(m_document, &ProjectDocument::projectReset, this,
            [this] { m_takesPanel->setProviderText(m_generation->providerDescription()); });
}

void MainWindow::showPreflightRefusal(const PreflightReport &report)
{
    statusBar()->showMessage(report.headline(), 10000);
    QMessageBox box(QMessageBox::Warning, tr("Not Sent"), report.headline(), QMessageBox::Ok, this);
    box.setInformativeText(report.details());
    if (askPreflight)
        askPreflight(box);
    else
        box.exec();
}

void MainWindow::generateAgain(const QString &shotId)
{
    if (const PreflightReport check = m_generation->preflight({shotId}); !check.passes()) {
        showPreflightRefusal(check);
        return;
    }
    const Result<QStringList> added = m_generation->generate({shotId}, 1);
    if (!added) {
        statusBar()->showMessage(added.error().message, 10000);
        QMessageBox::warning(this, tr("Generation"), added.error().message);
        return;
    }
    for (const QString &takeId : *added)
        m_circleWhenReady.insert(takeId, shotId);
    m_takesPanel->setProviderText(m_generation->providerDescription());
}

void MainWindow::generateAllUngenerated()
{
    const QStringList shots = m_generation->ungeneratedShots();
    if (shots.isEmpty()) {
        QMessageBox::information(this, tr("Generate All"), tr("Every shot already has a take."));
        return;
    }
    // Nothing the provider would refuse is sent; the rest can go.
    const PreflightReport check = m_generation->preflight(shots);
    if (check.sendable.isEmpty()) {
        showPreflightRefusal(check);
        return;
    }
    // The estimate is shown before anything is sent, from the prices of the project's
    // provider profile.
    double usd = 0.0;
    for (const QString &id : check.sendable) {
        if (const Shot *shot = m_document->project().shotById(id))
            usd += estimateShot(m_document->project(), *shot, m_prices).usd;
    }
    QString question =
        tr("Generate %n shot(s) without a take?", nullptr, int(check.sendable.size())) +
        QStringLiteral("\n\n") +
        (isFreeRun() ? tr("Free on the built-in emulator (would cost $%1 at %2).")
                           .arg(QLocale().toString(usd, 'f', 2), m_prices.name())
                     : tr("Estimated cost: $%1 (price table: %2).")
                           .arg(QLocale().toString(usd, 'f', 2), m_prices.name())) +
        QStringLiteral("\n") + m_generation->providerDescription();
    QMessageBox box(QMessageBox::Question, tr("Generate All Ungenerated Shots"), question,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Yes);
    if (!check.passes()) {
        box.setInformativeText(tr("%n shot(s) will not be sent: the provider would refuse them.",
                                  nullptr, int(check.problems.size())) +
                               QStringLiteral("\n\n") + check.details());
        box.button(QMessageBox::Yes)
            ->setText(tr("Generate %n Shot(s)", nullptr, int(check.sendable.size())));
    }
    if ((askPreflight ? askPreflight(box) : box.exec()) != QMessageBox::Yes)
        return;
    const Result<QStringList> added = m_generation->generate(check.sendable);
    if (!added)
        QMessageBox::warning(this, tr("Generation"), added.error().message);
    m_takesPanel->setProviderText(m_generation->providerDescription());
}

TimelineWidget *MainWindow::timeline() const
{
    return m_timelineView->timeline();
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    const auto dock = [this](const QString &title, const QString &name, QWidget *content,
                             Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(name);
        widget->setWidget(content);
        addDockWidget(area, widget);
        return widget;
    };
    m_inspector = new ShotInspector(m_document);
    m_inspector->setCapabilities(m_capabilities);
    m_inspectorDock = dock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector,
                           Qt::RightDockWidgetArea);
    m_promptPanel = new PromptPanel(m_document);
    m_promptPanel->setCapabilities(m_capabilities);
    // Not "&": dock tabs treat it as a mnemonic.
    m_promptDock = dock(tr("Prompt and Lint"), QStringLiteral("promptDock"), m_promptPanel,
                        Qt::LeftDockWidgetArea);
    m_projectPanel = new ProjectPanel(m_document);
    m_projectDock =
        dock(tr("Project"), QStringLiteral("projectDock"), m_projectPanel, Qt::LeftDockWidgetArea);
    m_takesPanel = new TakesPanel(m_document);
    m_takesDock =
        dock(tr("Takes"), QStringLiteral("takesDock"), m_takesPanel, Qt::LeftDockWidgetArea);
    // Left: what the director reads (prompt and findings), with the project and the takes
    // one tab away; right: the inspector, where the brief is written.
    tabifyDockWidget(m_promptDock, m_projectDock);
    tabifyDockWidget(m_projectDock, m_takesDock);
    m_promptDock->raise();
    resizeDocks({m_inspectorDock, m_promptDock}, {420, 400}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &icon,
                             const QKeySequence &key = {}) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(key);
        return action;
    };
    m_newAction = make(tr("&New"), QStringLiteral("document-new"), QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            newProject();
    });
    m_openAction = make(tr("&Open..."), QStringLiteral("document-open"), QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_saveAction = make(tr("&Save"), QStringLiteral("document-save"), QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction =
        make(tr("Save &As..."), QStringLiteral("document-save-as"), QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    m_revertAction = make(tr("Re&vert"), QStringLiteral("document-revert"));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revert);
    m_exportAction =
        make(tr("&Export..."), QStringLiteral("document-export"), QKeySequence(tr("Ctrl+E")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportProject);
    m_exportAnimaticAction = make(tr("Export &Animatic..."), QStringLiteral("video-x-generic"),
                                  QKeySequence(tr("Ctrl+Shift+E")));
    connect(m_exportAnimaticAction, &QAction::triggered, this, &MainWindow::exportAnimatic);
    m_exportReviewAction = make(tr("Export Review &Package..."), QStringLiteral("mail-send"));
    m_exportReviewAction->setToolTip(
        tr("Write a folder the team opens in a browser to approve or comment on each shot"));
    connect(m_exportReviewAction, &QAction::triggered, this, &MainWindow::exportReviewPackage);
    m_importReviewAction = make(tr("&Import Review..."), QStringLiteral("mail-receive"));
    m_importReviewAction->setToolTip(tr("Bring the reviewers' feedback files into the project"));
    connect(m_importReviewAction, &QAction::triggered, this, &MainWindow::importReview);
    m_conformAction = make(tr("Conform to &Edit..."), QStringLiteral("document-import"));
    connect(m_conformAction, &QAction::triggered, this, [this] {
        if (ConformDialog::conformTo(m_document, this))
            statusBar()->showMessage(tr("Conformed to the edit: one step to undo"), 8000);
    });
    m_showShotAction = make(tr("&Shot"), QString(), QKeySequence(tr("Ctrl+1")));
    m_showSequenceAction = make(tr("Play &Sequence"), QStringLiteral("media-playback-start"),
                                QKeySequence(tr("Ctrl+2")));
    m_showCompareAction = make(tr("&Compare Takes"), QString(), QKeySequence(tr("Ctrl+3")));
    m_showBoardAction = make(tr("&Board"), QString(), QKeySequence(tr("Ctrl+4")));
    m_showGridAction = make(tr("Board &Grid"), QString(), QKeySequence(tr("Ctrl+5")));
    const auto showTab = [this](int tab) {
        m_viewerTabs->setCurrentIndex(tab);
        m_viewerTabs->currentWidget()->setFocus();
    };
    connect(m_showShotAction, &QAction::triggered, this,
            [showTab] { showTab(ViewerTabs::ShotTab); });
    connect(m_showSequenceAction, &QAction::triggered, this,
            [showTab] { showTab(ViewerTabs::SequenceTab); });
    connect(m_showCompareAction, &QAction::triggered, this,
            [showTab] { showTab(ViewerTabs::CompareTab); });
    connect(m_showBoardAction, &QAction::triggered, this,
            [showTab] { showTab(ViewerTabs::BoardTab); });
    connect(m_showGridAction, &QAction::triggered, this,
            [showTab] { showTab(ViewerTabs::GridTab); });
    m_closeAction = make(tr("&Close"), QStringLiteral("document-close"), QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (maybeSave()) {
            m_autosave->discardRecoveryFile();
            newProject();
        }
    });
    m_quitAction = make(tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);

    // Shot actions act on the timeline; their keys only work there so that Delete and
    // Ctrl+D keep their meaning in text fields.
    TimelineWidget *timelineWidget = m_timelineView->timeline();
    BoardGridView *grid = m_viewerTabs->boardGrid()->view();
    const auto timelineAction = [&](QAction *action) {
        action->setShortcutContext(Qt::WidgetShortcut);
        timelineWidget->addAction(action);
        grid->addAction(action); // the board grid shares the selection and the shot actions
        return action;
    };
    m_insertAction =
        make(tr("&Insert Shot"), QStringLiteral("list-add"), QKeySequence(Qt::Key_Insert));
    connect(m_insertAction, &QAction::triggered, this, [this] {
        const int row = m_selection->currentIndex().isValid()
                            ? m_selection->currentIndex().row()
                            : m_document->shotListModel()->rowCount() - 1;
        const QString id = m_document->insertNewShot(row);
        m_selection->setCurrentIndex(
            m_document->shotListModel()->index(m_document->project().shotIndex(id), 0),
            QItemSelectionModel::ClearAndSelect);
    });
    timelineAction(m_insertAction);
    m_duplicateAction = timelineAction(
        make(tr("D&uplicate"), QStringLiteral("edit-copy"), QKeySequence(tr("Ctrl+D"))));
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        const QStringList copies = m_document->duplicateShots(timeline()->selectedShotIds());
        if (!copies.isEmpty())
            m_selection->setCurrentIndex(m_document->shotListModel()->index(
                                             m_document->project().shotIndex(copies.last()), 0),
                                         QItemSelectionModel::ClearAndSelect);
    });
    m_deleteAction = timelineAction(
        make(tr("&Delete Shot"), QStringLiteral("edit-delete"), QKeySequence::Delete));
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const int row = m_selection->currentIndex().row();
        m_document->removeShots(timeline()->selectedShotIds());
        const int count = m_document->shotListModel()->rowCount();
        if (count > 0)
            m_selection->setCurrentIndex(
                m_document->shotListModel()->index(std::clamp(row, 0, count - 1), 0),
                QItemSelectionModel::ClearAndSelect);
    });
    // Premiere's key for enabling and disabling a clip.
    m_cutAction = timelineAction(make(tr("Mark as &Cut"), QString(), QKeySequence(tr("Shift+E"))));
    connect(m_cutAction, &QAction::triggered, this, [this] {
        const QStringList ids = timeline()->selectedShotIds();
        bool allCut = !ids.isEmpty();
        for (const QString &id : ids) {
            const Shot *shot = m_document->project().shotById(id);
            allCut = allCut && shot && shot->cut;
        }
        m_document->setShotsCut(ids, !allCut);
    });
    m_splitAction = timelineAction(
        make(tr("S&plit Shot..."), QStringLiteral("edit-cut"), QKeySequence(tr("Ctrl+K"))));
    connect(m_splitAction, &QAction::triggered, this, &MainWindow::split);
    m_editShotAction =
        make(tr("&Edit Shot"), QStringLiteral("document-edit"), QKeySequence(tr("Ctrl+Return")));
    connect(m_editShotAction, &QAction::triggered, this, [this] {
        m_inspectorDock->show();
        m_inspectorDock->raise();
        m_inspector->focusField(shotFieldKey(ShotField::SceneProse));
    });
    m_preferencesAction = make(tr("&Preferences..."), QStringLiteral("preferences-system"),
                               QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_zoomInAction = make(tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { timeline()->zoomBy(1.25); });
    m_zoomOutAction = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { timeline()->zoomBy(0.8); });
    m_zoomFitAction =
        make(tr("Zoom to &Fit"), QStringLiteral("zoom-fit-best"), QKeySequence(tr("Ctrl+0")));
    connect(m_zoomFitAction, &QAction::triggered, m_timelineView, &TimelineView::zoomToFit);
    m_generateAction =
        make(tr("&Generate Shot"), QStringLiteral("media-record"), QKeySequence(tr("Ctrl+G")));
    connect(m_generateAction, &QAction::triggered, this, [this] {
        if (!currentShotId().isEmpty())
            Q_EMIT m_takesPanel->generateRequested(currentShotId(), 1);
    });
    m_generateAllAction =
        make(tr("Generate &All Ungenerated Shots..."), QStringLiteral("media-playlist-repeat"));
    connect(m_generateAllAction, &QAction::triggered, this, &MainWindow::generateAllUngenerated);
    m_checkFitAction =
        make(tr("Check &Fit with Provider..."), QStringLiteral("dialog-information"));
    connect(m_checkFitAction, &QAction::triggered, this, [this] { checkProviderFit(); });
    m_continuityAction = make(tr("Continuity &Report..."), QStringLiteral("view-statistics"));
    connect(m_continuityAction, &QAction::triggered, this, &MainWindow::showContinuityReport);
    m_scriptActions = new ScriptActions(m_document, this);
    m_scriptActions->capabilities = [this] {
        return m_capabilities;
    };
    m_scriptActions->providerName = [this] {
        return m_providerDisplayName.isEmpty() ? m_providerProfile : m_providerDisplayName;
    };
    m_scriptActions->selectedShotIds = [this] {
        return timeline()->selectedShotIds();
    };
    connect(m_scriptActions, &ScriptActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_scriptActions, &ScriptActions::shotsAdded, this, [this](const QString &id) {
        m_selection->setCurrentIndex(
            m_document->shotListModel()->index(m_document->project().shotIndex(id), 0),
            QItemSelectionModel::ClearAndSelect);
    });
    m_shortcutsAction =
        make(tr("&Keyboard Shortcuts"), QStringLiteral("preferences-desktop-keyboard"),
             QKeySequence(tr("Ctrl+/")));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
    m_openSampleAction = make(tr("Open &Sample Project"), QStringLiteral("document-open"));
    connect(m_openSampleAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            openSampleProject();
    });
    m_aboutAction = make(tr("&About ShotBrief"), QStringLiteral("help-about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_exportAnimaticAction);
    file->addAction(m_exportReviewAction);
    file->addAction(m_importReviewAction);
    file->addAction(m_conformAction);
    file->addSeparator();
    file->addAction(m_scriptActions->importAction());
    file->addAction(m_scriptActions->updateAction());
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_insertAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_splitAction);
    edit->addAction(m_scriptActions->fitAction());
    edit->addAction(m_scriptActions->acceptAction());
    edit->addAction(m_deleteAction);
    edit->addAction(m_cutAction);
    edit->addSeparator();
    edit->addAction(m_editShotAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showShotAction);
    view->addAction(m_showSequenceAction);
    view->addAction(m_showCompareAction);
    view->addAction(m_showBoardAction);
    view->addAction(m_showGridAction);
    view->addSeparator();
    view->addAction(m_viewerTabs->useAsNextFirstFrameAction());
    view->addAction(m_viewerTabs->useAsLastFrameAction());
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomFitAction);
    view->addSeparator();
    for (QDockWidget *dock : {m_inspectorDock, m_promptDock, m_takesDock, m_projectDock})
        view->addAction(dock->toggleViewAction());

    QMenu *projectMenu = menuBar()->addMenu(tr("&Project"));
    projectMenu->addAction(m_checkFitAction);
    projectMenu->addAction(m_continuityAction);

    QMenu *generate = menuBar()->addMenu(tr("&Generate"));
    generate->addAction(m_generateAction);
    generate->addAction(m_generateAllAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_openSampleAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_insertAction);
    toolbar->addAction(m_duplicateAction);
    toolbar->addAction(m_splitAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_generateAction);
    toolbar->addSeparator();
    toolbar->addAction(m_zoomFitAction);
    // Without an icon theme the toolbar would show text only; keep it compact then.
    if (QIcon::themeName().isEmpty() || !QIcon::hasThemeIcon(QStringLiteral("document-open")))
        toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(available.boundedTo(QSize(1600, 1000)));
    }
    restoreState(settings.value(StateKey).toByteArray(), LayoutVersion);
    if (!m_central->restoreState(settings.value(CentralKey).toByteArray())) {
        // First start: once laid out, give the timeline just the height its clips need.
        QTimer::singleShot(0, this, [this] {
            const int timelineHeight = m_timelineView->minimumHeight();
            m_central->setSizes(
                {std::max(100, m_central->height() - timelineHeight), timelineHeight});
        });
    }
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(LayoutVersion));
    settings.setValue(CentralKey, m_central->saveState());
}

void MainWindow::newProject()
{
    Project project;
    project.title = tr("Untitled Sequence");
    m_document->resetProject(project);
}

QStringList MainWindow::projectsToRecover() const
{
    QStringList paths;
    for (const QString &path : QSettings().value(RecentFilesKey).toStringList()) {
        if (Autosave::hasRecoveryFor(path) && path != m_document->filePath())
            paths << path;
    }
    return paths;
}

void MainWindow::offerRecoveryAtStart()
{
    const QStringList paths = projectsToRecover();
    if (paths.isEmpty())
        return;
    const QString chosen = askRecoverAtStart(paths);
    if (!chosen.isEmpty())
        openProject(chosen, Recovery::Recover);
}

bool MainWindow::openFile(const QString &path)
{
    return openProject(path, Recovery::Ask);
}

bool MainWindow::openProject(const QString &path, Recovery recovery)
{
    if (!maybeSave())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Autosave::hasRecoveryFor(absolute)) {
        if (recovery == Recovery::Recover || askRecover(absolute)) {
            Result<LoadedProject> recovered =
                ProjectFile::load(Autosave::recoveryPathFor(absolute));
            if (recovered) {
                m_document->resetProject(recovered->project, absolute, recovered->readOnly,
                                         recovered->readOnlyReason);
                m_document->markModified();
                addRecentFile(absolute);
                statusBar()->showMessage(tr("Recovered unsaved changes: save to keep them."), 8000);
                return true;
            }
            QMessageBox::warning(
                this, tr("Recovery Failed"),
                tr("The recovery file cannot be read:\n%1\n\nOpening the saved project instead.")
                    .arg(recovered.error().toString()));
        }
        QFile::remove(Autosave::recoveryPathFor(absolute));
    }
    const Result<void> loaded = m_document->load(absolute);
    if (!loaded) {
        QMessageBox::critical(this, tr("Cannot Open Project"), loaded.error().toString());
        return false;
    }
    addRecentFile(absolute);
    // Show the whole sequence when it fits at a readable scale.
    QTimer::singleShot(0, this, [this] {
        const int total = std::max(1, m_document->project().totalDurationSeconds());
        if (m_timelineView->viewport()->width() / double(total) >= 14.0)
            m_timelineView->zoomToFit();
    });
    m_generation->resumeInFlight();
    if (m_document->isReadOnly())
        QMessageBox::information(this, tr("Read-Only Project"), m_document->readOnlyReason());
    if (!m_document->loadWarnings().isEmpty())
        statusBar()->showMessage(m_document->loadWarnings().join(QStringLiteral("; ")), 10000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    const Result<void> saved = m_document->save();
    if (!saved) {
        QMessageBox::critical(this, tr("Cannot Save Project"), saved.error().toString());
        return false;
    }
    m_autosave->discardRecoveryFile();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())),
                             3000);
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested =
            m_document->filePath().isEmpty()
                ? QDir::home().filePath(m_document->displayName() + QStringLiteral(".shotbrief"))
                : m_document->filePath();
        target = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested, fileFilter());
        if (target.isEmpty())
            return false;
        if (!target.endsWith(QStringLiteral(".shotbrief")))
            target += QStringLiteral(".shotbrief");
    }
    const QString previous = m_document->filePath();
    const Result<void> saved = m_document->saveAs(target);
    if (!saved) {
        QMessageBox::critical(this, tr("Cannot Save Project"), saved.error().toString());
        return false;
    }
    if (!previous.isEmpty() && previous != m_document->filePath())
        QFile::remove(Autosave::recoveryPathFor(previous));
    m_autosave->discardRecoveryFile();
    addRecentFile(m_document->filePath());
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (askSaveChanges(m_document->displayName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosave->discardRecoveryFile();
        return true;
    default:
        return false;
    }
}

void MainWindow::openDialog()
{
    const QString dir = m_document->filePath().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::revert()
{
    if (m_document->filePath().isEmpty())
        return;
    if (m_document->isModified() &&
        QMessageBox::question(this, tr("Revert"),
                              tr("Drop all unsaved changes and reload \"%1\" from disk?")
                                  .arg(m_document->displayName())) != QMessageBox::Yes)
        return;
    const Result<void> reverted = m_document->revert();
    if (!reverted)
        QMessageBox::critical(this, tr("Cannot Revert"), reverted.error().toString());
    else
        m_autosave->discardRecoveryFile();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(RecentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(RecentFilesKey, files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(RecentFilesKey).toStringList();
    int number = 1;
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { QSettings().remove(RecentFilesKey); });
}

void MainWindow::updateTitle()
{
    QString title = m_document->displayName() + QStringLiteral("[*]");
    if (m_document->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(tr("%1 — ShotBrief").arg(title));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
    m_readOnlyLabel->setText(m_document->isReadOnly()
                                 ? tr("Read-only: %1").arg(m_document->readOnlyReason())
                                 : QString());
}

void MainWindow::updateActions()
{
    const bool writable = !m_document->isReadOnly();
    const Shot *shot = m_document->project().shotById(currentShotId());
    const bool hasShot = shot != nullptr;
    m_saveAction->setEnabled(true);
    m_revertAction->setEnabled(!m_document->filePath().isEmpty());
    m_insertAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && hasShot);
    m_deleteAction->setEnabled(writable && hasShot);
    m_cutAction->setEnabled(writable && hasShot);
    m_cutAction->setText(hasShot && shot->cut ? tr("Res&tore to Edit") : tr("Mark as &Cut"));
    m_conformAction->setEnabled(writable && !m_document->project().shots.isEmpty());
    m_splitAction->setEnabled(writable && hasShot && !splitsFor(*shot).isEmpty());
    m_editShotAction->setEnabled(hasShot);
    m_generateAction->setEnabled(writable && hasShot);
    m_generateAllAction->setEnabled(writable && !m_document->project().shots.isEmpty());
    m_scriptActions->updateEnabled();
    m_exportReviewAction->setEnabled(!m_document->project().shots.isEmpty());
    m_importReviewAction->setEnabled(writable && !m_document->project().shots.isEmpty());
}

void MainWindow::updateStatus()
{
    const Project &project = m_document->project();
    const int total = project.totalDurationSeconds();
    m_durationLabel->setText(tr("%n shot(s), %1:%2", nullptr, int(project.shots.size()))
                                 .arg(total / 60)
                                 .arg(total % 60, 2, 10, QLatin1Char('0')));
    const PriceTable &prices = m_prices;
    const QLocale locale;
    // Prices are in US dollars whatever the locale; only the number is localised.
    const auto usd = [&locale](double amount) {
        return QStringLiteral("$") + locale.toString(amount, 'f', 2);
    };
    const ProjectEstimate estimate = estimateProject(project, prices);
    // The emulator charges nothing: its shots are "free", with what they would cost at the
    // prices of the models they plan for, never a bare price for a free run.
    const bool free = isFreeRun();
    QString text;
    if (const Shot *shot = project.shotById(currentShotId())) {
        const ShotEstimate shotEstimate = estimateShot(project, *shot, prices);
        const QString title = shotTitle(project, project.shotIndex(shot->id));
        if (!shotEstimate.priced)
            text = free ? tr("%1: free").arg(title) : tr("%1: no price").arg(title);
        else if (free)
            text = tr("%1: free (would cost %2 on %3)")
                       .arg(title, usd(shotEstimate.usd), project.effectiveModel(*shot));
        else
            text = tr("%1: %2").arg(title, usd(shotEstimate.usd));
        text += QStringLiteral("   ");
    }
    text += free ? tr("Project: free on the emulator (would cost %1)").arg(usd(estimate.totalUsd))
                 : tr("Project: %1").arg(usd(estimate.totalUsd));
    if (estimate.unpricedShots > 0)
        text += tr(" (+%n unpriced)", nullptr, estimate.unpricedShots);
    if (project.totalSpentUsd() > 0)
        text += tr("   Spent: %1").arg(usd(project.totalSpentUsd()));
    m_costLabel->setText(text);
    m_costLabel->setToolTip(
        free ? tr("The built-in emulator makes placeholder clips at no cost. What they would cost "
                  "is estimated from the price table \"%1\" (%2).")
                   .arg(estimate.tableName, estimate.tableSource)
             : tr("Estimate from the price table \"%1\" (%2)")
                   .arg(estimate.tableName, estimate.tableSource));
}

bool MainWindow::isFreeRun() const
{
    return m_providerProfile == QLatin1String("emulator") ||
           (m_generation && m_generation->usesEmulator());
}

QString MainWindow::currentShotId() const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? current.data(ShotListModel::IdRole).toString() : QString();
}

void MainWindow::onCurrentShotChanged()
{
    const QString id = currentShotId();
    m_inspector->setShotId(id);
    m_promptPanel->setShotId(id);
    m_takesPanel->setShotId(id);
    m_viewer->setShotId(id);
    updateActions();
    updateStatus();
}

void MainWindow::focusField(const QString &shotId, const QString &field)
{
    const int row = m_document->project().shotIndex(shotId);
    if (row >= 0 && row != m_selection->currentIndex().row())
        m_selection->setCurrentIndex(m_document->shotListModel()->index(row, 0),
                                     QItemSelectionModel::ClearAndSelect);
    m_inspectorDock->show();
    m_inspectorDock->raise();
    if (!m_inspector->focusField(field)) {
        // Project-level findings point at the style bible or cast.
        m_projectDock->show();
        m_projectDock->raise();
    }
}

void MainWindow::splitCurrentShot(const QList<int> &durations, const QList<int> &beatParts)
{
    const QString id = currentShotId();
    if (id.isEmpty())
        return;
    const QStringList parts = m_document->splitShot(id, durations, beatParts);
    if (parts.isEmpty())
        return;
    m_selection->select(m_document->shotListModel()->selectionOf(parts),
                        QItemSelectionModel::ClearAndSelect);
}

QList<int> MainWindow::legalDurations(const Shot &shot) const
{
    return m_capabilities.durationsFor(m_document->project().effectiveModel(shot));
}

QList<QList<int>> MainWindow::splitsFor(const Shot &shot) const
{
    return SplitDialog::splitsFor(shot.durationSeconds, legalDurations(shot));
}

void MainWindow::split()
{
    const Shot *shot = m_document->project().shotById(currentShotId());
    if (!shot || splitsFor(*shot).isEmpty())
        return;
    QStringList otherLabels;
    for (const Shot &other : m_document->project().shots) {
        if (other.id != shot->id)
            otherLabels.append(other.label);
    }
    SplitDialog dialog(*shot, legalDurations(*shot), otherLabels, this);
    if (dialog.exec() == QDialog::Accepted)
        splitCurrentShot(dialog.durations(), dialog.beatParts());
}

void MainWindow::setViewerWidget(QWidget *widget)
{
    if (!widget || widget == m_central->widget(0))
        return;
    QWidget *old = m_central->replaceWidget(0, widget);
    if (old)
        old->hide();
}

void MainWindow::showPreferences()
{
    const QString providerBefore = m_document->project().format.provider;
    SettingsDialog dialog(m_document, this);
    if (!m_profilesPath.isEmpty())
        dialog.setProfilesPath(m_profilesPath);
    // Profiles edited in the dialog apply at once, even when it is cancelled afterwards.
    connect(&dialog, &SettingsDialog::profilesChanged, this, &MainWindow::reloadProvider);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    // A catalog refreshed in the dialog changed a model this project uses.
    const bool catalogTouched = std::exchange(m_fitCheckPending, false);
    if (!accepted) {
        if (catalogTouched)
            checkProviderFit(true);
        return;
    }
    m_autosave->setInterval(std::chrono::minutes(dialog.autosaveSpin()->value()));
    // Only a switch the user just made offers the fixes; undo/redo of it does not.
    if (m_document->project().format.provider != providerBefore || catalogTouched)
        checkProviderFit(true);
}

void MainWindow::setProfilesPath(const QString &path)
{
    m_profilesPath = path;
    reloadProvider();
}

void MainWindow::onProjectSettingsChanged()
{
    if (m_document->project().format.provider != m_provider)
        reloadProvider();
}

void MainWindow::reloadProvider()
{
    const Project &project = m_document->project();
    const QString profileBefore = m_providerProfile;
    const QList<ModelCapability> modelsBefore = m_capabilities.models;
    m_provider = project.format.provider;
    QString warning;
    const Result<ProviderProfiles> loaded = ProviderProfiles::load(m_profilesPath);
    // A broken providers.json must not stop planning: the built-in profiles still work.
    const Result<ProviderProfiles> builtIn = ProviderProfiles::load(QString());
    const ProviderProfiles &profiles = loaded ? loaded.value() : builtIn.value();
    if (!loaded)
        warning = loaded.error().toString();
    const ProjectProvider provider = projectProvider(project, profiles);
    if (!provider.warning.isEmpty())
        warning = warning.isEmpty() ? provider.warning
                                    : warning + QStringLiteral("; ") + provider.warning;
    m_providerProfile = provider.profile.name;
    m_providerDisplayName = provider.profile.displayName.isEmpty() ? provider.profile.name
                                                                   : provider.profile.displayName;
    m_capabilities = provider.profile.capabilities;
    m_prices = priceTableForProfile(provider.profile);
    timeline()->setCapabilities(m_capabilities);
    m_inspector->setCapabilities(m_capabilities);
    m_promptPanel->setCapabilities(m_capabilities);
    m_projectPanel->setCapabilities(m_capabilities);
    // The Takes panel names the provider of each take apart from the project's own.
    m_takesPanel->setProjectProvider(m_providerDisplayName);
    m_takesPanel->setProviderNamer(
        [profiles](const QString &recorded) { return recordedProviderName(recorded, profiles); });
    if (m_generation)
        m_takesPanel->setProviderText(m_generation->providerDescription());
    updateStatus();
    if (!warning.isEmpty())
        statusBar()->showMessage(warning, 10000);
    // A refreshed catalog that dropped or changed a model this project uses: check the fit
    // (once the Preferences dialog that refreshed it has closed).
    QStringList used{project.format.model};
    for (const Shot &shot : project.shots)
        used << shot.model;
    if (profileBefore == m_providerProfile &&
        compareCatalogs(modelsBefore, m_capabilities.models).touches(used)) {
        m_fitCheckPending = true;
        QTimer::singleShot(0, this, [this] {
            if (m_fitCheckPending && !QApplication::activeModalWidget()) {
                m_fitCheckPending = false;
                checkProviderFit(true);
            }
        });
    }
}

ProviderFitDialog *MainWindow::providerFitDialog() const
{
    return m_fitDialog;
}

ProviderFitDialog *MainWindow::checkProviderFit(bool onlyIfUnfit)
{
    if (onlyIfUnfit && ProviderFit(m_document->project(), m_capabilities).fits())
        return nullptr;
    if (m_fitDialog)
        m_fitDialog->close();
    m_fitDialog = new ProviderFitDialog(m_document, m_capabilities, m_providerDisplayName, this);
    m_fitDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fitDialog->open();
    return m_fitDialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ShotBrief"),
                       tr("<h3>ShotBrief %1</h3><p>Plan, prompt, generate and preview AI-generated "
                          "film sequences.</p>")
                           .arg(QStringLiteral(SHOTBRIEF_VERSION)));
}

void MainWindow::showKeyboardShortcuts()
{
    KeyboardShortcutsDialog dialog(this, KeyboardShortcutsDialog::viewKeys(), this);
    dialog.exec();
}

QString MainWindow::sampleProjectPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
           QStringLiteral("/ShotBrief Samples/Night Market/night-market.shotbrief");
}

bool MainWindow::openSampleProject()
{
    const QString path = sampleProjectPath();
    if (!QFileInfo::exists(path)) {
        // The built-in copy is read-only; the user's copy is theirs to change and keep.
        const QString source = QStringLiteral(":/shotbrief/samples/night-market.shotbrief");
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !QFile::copy(source, path) ||
            !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                             QFile::ReadOther)) {
            QMessageBox::warning(this, tr("Open Sample Project"),
                                 tr("Cannot copy the sample project to %1: check that the "
                                    "folder can be written.")
                                     .arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    if (!openFile(path))
        return false;
    statusBar()->showMessage(tr("The sample project: your own copy, in %1")
                                 .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                             10000);
    return true;
}

void MainWindow::exportProject()
{
    ExportDialog dialog(m_document->project(), m_document->filePath(),
                        timeline()->selectedShotIds(), this);
    if ((runExportDialog ? runExportDialog(dialog) : dialog.exec()) == QDialog::Accepted)
        announceFile(tr("Exported %1").arg(QFileInfo(dialog.outputPath()).fileName()),
                     dialog.outputPath());
}

void MainWindow::announceFile(const QString &text, const QString &path)
{
    statusBar()->showMessage(
        tr("%1 to %2").arg(text, QDir::toNativeSeparators(QFileInfo(path).absolutePath())), 10000);
    m_fileNotice->showFile(text, path);
}

void MainWindow::exportAnimatic()
{
    AnimaticOptions options;
    const bool chosen = askAnimaticCaptions ? askAnimaticCaptions(options)
                                            : AnimaticExportDialog::chooseCaptions(this, options);
    if (!chosen)
        return;
    const QString projectPath = m_document->filePath();
    const QString suggested = projectPath.isEmpty()
                                  ? QDir::home().filePath(tr("animatic.mp4"))
                                  : QFileInfo(projectPath).path() + QLatin1Char('/') +
                                        QFileInfo(projectPath).completeBaseName() +
                                        QLatin1String("-animatic.mp4");
    const QString output =
        askAnimaticPath ? askAnimaticPath(suggested)
                        : QFileDialog::getSaveFileName(this, tr("Export Animatic"), suggested,
                                                       tr("MPEG-4 video (*.mp4)"));
    if (output.isEmpty())
        return;
    auto *dialog = new AnimaticExportDialog(sequenceForProject(m_document->project(), projectPath),
                                            output, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->renderer()->setOptions(options);
    connect(dialog, &AnimaticExportDialog::exported, this, [this](const QString &path) {
        announceFile(tr("Exported the animatic %1").arg(QFileInfo(path).fileName()), path);
    });
    dialog->show();
    dialog->start();
}

void MainWindow::exportReviewPackage()
{
    // The package copies the clips from the project's media folder, which needs a saved file.
    if (m_document->filePath().isEmpty() && !saveAs())
        return;
    ReviewExportDialog dialog(m_document->project(), m_document->filePath(),
                              timeline()->selectedShotIds(), resolveLanguage(QString()), this);
    dialog.exec();
}

void MainWindow::importReview()
{
    QSettings settings;
    const QString directory = settings
                                  .value(QStringLiteral("review/importDirectory"),
                                         QFileInfo(m_document->filePath()).absolutePath())
                                  .toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Review"), directory, tr("Review feedback (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("review/importDirectory"),
                      QFileInfo(paths.first()).absolutePath());
    ReviewImportDialog::openFiles(m_document, paths, this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discardRecoveryFile();
    writeSettings();
    event->accept();
}

void MainWindow::showContinuityReport()
{
    auto *dialog = new ContinuityReportDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContinuityReportDialog::shotActivated, this, [this](const QString &shotId) {
        const int row = m_document->project().shotIndex(shotId);
        if (row >= 0)
            m_selection->setCurrentIndex(m_document->shotListModel()->index(row, 0),
                                         QItemSelectionModel::ClearAndSelect);
    });
    dialog->show();
}

} // namespace ShotBrief
