// SPDX-License-Identifier: MIT
#include "ui/generationcontroller.h"
#include "ui/mainwindow.h"
#include "ui/promptpanel.h"
#include "ui/shotinspector.h"
#include "ui/takespanel.h"

#include "nextmodal.h"
#include "tabwalk.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace ShotBrief;

namespace {

constexpr int kGenerationTimeoutMs = 120000;

/// A small copy of the sample project: four 4-second shots (shots 1 and 3 already have a take,
/// 2 and 4 none), so that renders on the emulator stay short.
QString makeProject(const QTemporaryDir &dir, const QString &name)
{
    const Result<LoadedProject> sample =
        ProjectFile::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"));
    if (!sample)
        return {};
    Project project = sample->project;
    project.shots = project.shots.mid(0, 4);
    for (Shot &shot : project.shots)
        shot.durationSeconds = 4;
    const QString path = dir.filePath(name + QStringLiteral(".shotbrief"));
    return ProjectFile::save(project, path) ? path : QString();
}

QTreeWidgetItem *itemFor(QTreeWidget *tree, const QString &takeId)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == takeId)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

/// Selects a take in the list as a click would.
bool selectTake(TakesPanel *panel, const QString &takeId)
{
    QTreeWidgetItem *item = itemFor(panel->takesView(), takeId);
    if (!item)
        return false;
    panel->takesView()->setCurrentItem(item);
    return true;
}

} // namespace

/// The takes panel's buttons driven against the built-in emulator, started in-process.
class tst_TakesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void generateVariants();
    void cancelRunningTakeThenRetry();
    void retryFailedTake();
    void remixWithDeltaPrompt();
    void revealOpensTheClipFolder();
    void generateAllShowsEstimateBeforeSending();
    void keyboardReachesEveryTakeAction();
    void chainedShotWaitsForThePreviousOne();
    void outOfDateTakeIsMarkedAndGeneratedAgain();
    void costShowsWhatTheProviderCharged();

private:
    /// Opens `path` in a fresh window with a fast emulator and selects shot `row`.
    void openWindow(const QString &path, int row, double jobSeconds = 0.3);
    QString shotIdAt(int row) const { return m_window->document()->project().shots.at(row).id; }
    const Shot *shotAt(int row) const { return &m_window->document()->project().shots.at(row); }
    /// Generates one take of shot `row` through the Generate button and waits until it is ready.
    QString generateOne(int row);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TakesPanel *m_panel = nullptr;
    GenerationController *m_generation = nullptr;
};

void tst_TakesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_takespanel"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_TakesPanel::init()
{
    // The in-process emulator keeps its jobs in the cache folder: start each test without the
    // jobs an earlier one left running (they would count against the emulator's running limit).
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    const QString path = makeProject(m_dir, QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY2(!path.isEmpty(), "cannot make the test project");
    openWindow(path, 1);
}

void tst_TakesPanel::cleanup()
{
    m_window.reset();
    m_panel = nullptr;
    m_generation = nullptr;
}

void tst_TakesPanel::openWindow(const QString &path, int row, double jobSeconds)
{
    m_window = std::make_unique<MainWindow>();
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    m_window->askRecover = [](const QString &) {
        return false;
    };
    m_window->show();
    QVERIFY(m_window->openFile(path));
    m_generation = m_window->generation();
    QVERIFY2(m_generation, "this build has no generation");
    m_generation->setForceEmulator(true);
    m_generation->setEmulatorJobSeconds(jobSeconds);
    m_generation->setPollIntervalMs(50);
    m_panel = m_window->takesPanel();
    // The takes dock shares its place with the project dock: bring it to the front.
    if (auto *dock = qobject_cast<QDockWidget *>(m_panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
    m_window->selectionModel()->setCurrentIndex(m_window->selectionModel()->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect);
}

QString tst_TakesPanel::generateOne(int row)
{
    m_window->selectionModel()->setCurrentIndex(m_window->selectionModel()->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect);
    const int before = int(shotAt(row)->takes.size());
    QSignalSpy idle(m_generation, &GenerationController::idle);
    m_panel->variantsSpin()->setValue(1);
    m_panel->generateButton()->click();
    if (shotAt(row)->takes.size() != before + 1 || !idle.wait(kGenerationTimeoutMs))
        return {};
    const Take &take = shotAt(row)->takes.last();
    return take.status == TakeStatus::Ready ? take.id : QString();
}

void tst_TakesPanel::generateVariants()
{
    QVERIFY(shotAt(1)->takes.isEmpty());
    QSignalSpy idle(m_generation, &GenerationController::idle);
    m_panel->variantsSpin()->setValue(3);
    QVERIFY(m_panel->generateButton()->isEnabled());
    m_panel->generateButton()->click();
    QCOMPARE(shotAt(1)->takes.size(), 3);
    QCOMPARE(m_panel->takesView()->topLevelItemCount(), 3);
    QVERIFY2(idle.wait(kGenerationTimeoutMs), "the variants did not finish");
    for (const Take &take : shotAt(1)->takes) {
        QVERIFY2(take.status == TakeStatus::Ready,
                 qPrintable(takeStatusKey(take.status) + QStringLiteral(": ") + take.errorMessage));
        QCOMPARE(take.kind, TakeKind::Generate);
        QVERIFY(!take.clipPath.isEmpty());
    }
    // Three distinct jobs, one prompt.
    QVERIFY(shotAt(1)->takes.at(0).providerVideoId != shotAt(1)->takes.at(1).providerVideoId);
    QCOMPARE(shotAt(1)->takes.at(0).prompt, shotAt(1)->takes.at(2).prompt);
    // The panel lists them as ready.
    QCOMPARE(m_panel->takesView()->topLevelItem(2)->text(1), QStringLiteral("ready"));
}

void tst_TakesPanel::cancelRunningTakeThenRetry()
{
    // Jobs that take a minute: the take is still running when Cancel is pressed.
    openWindow(m_window->document()->filePath(), 1, 60.0);
    m_panel->generateButton()->click();
    QCOMPARE(shotAt(1)->takes.size(), 1);
    const QString takeId = shotAt(1)->takes.first().id;
    QTRY_VERIFY_WITH_TIMEOUT(shotAt(1)->takes.first().status == TakeStatus::InProgress ||
                                 shotAt(1)->takes.first().status == TakeStatus::Queued,
                             30000);
    QVERIFY(selectTake(m_panel, takeId));
    QVERIFY2(m_panel->cancelButton()->isEnabled(), "Cancel is disabled for a running take");
    QVERIFY(!m_panel->retryButton()->isEnabled());
    m_panel->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(shotAt(1)->takes.first().status, TakeStatus::Canceled, 30000);
    QCOMPARE(m_panel->takesView()->topLevelItem(0)->text(1), QStringLiteral("canceled"));
    QVERIFY2(!m_panel->cancelButton()->isEnabled(), "a canceled take can be canceled again");

    // A canceled take can be sent again: Retry makes a new take with the same request.
    QVERIFY(selectTake(m_panel, takeId));
    QVERIFY(m_panel->retryButton()->isEnabled());
    m_panel->retryButton()->click();
    QCOMPARE(shotAt(1)->takes.size(), 2);
    const Take &retried = shotAt(1)->takes.last();
    QVERIFY(retried.id != takeId);
    QCOMPARE(retried.prompt, shotAt(1)->takes.first().prompt);
    QCOMPARE(retried.seconds, shotAt(1)->takes.first().seconds);
    QVERIFY(retried.status != TakeStatus::Canceled && retried.status != TakeStatus::Failed);
}

void tst_TakesPanel::retryFailedTake()
{
    // The emulator renders with ffmpeg found on PATH: without it the render fails and the take
    // ends `failed` the way a provider's render failure does.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_dir.filePath(QStringLiteral("no-programs-here")).toLocal8Bit());
    QSignalSpy idle(m_generation, &GenerationController::idle);
    m_panel->generateButton()->click();
    const bool finished = idle.wait(kGenerationTimeoutMs);
    qputenv("PATH", path);
    QVERIFY2(finished, "the failing take never finished");
    QCOMPARE(shotAt(1)->takes.size(), 1);
    const Take failed = shotAt(1)->takes.first();
    QCOMPARE(failed.status, TakeStatus::Failed);
    QVERIFY2(!failed.errorCode.isEmpty() || !failed.errorMessage.isEmpty(), "no error recorded");
    QVERIFY2(!m_panel->takesView()->topLevelItem(0)->text(6).isEmpty(), "the error is not shown");

    QVERIFY(selectTake(m_panel, failed.id));
    QVERIFY2(m_panel->retryButton()->isEnabled(), "Retry is disabled for a failed take");
    QVERIFY(!m_panel->cancelButton()->isEnabled());
    QVERIFY(!m_panel->circleButton()->isEnabled());
    idle.clear();
    m_panel->retryButton()->click();
    QCOMPARE(shotAt(1)->takes.size(), 2);
    QVERIFY2(idle.wait(kGenerationTimeoutMs), "the retry did not finish");
    const Take &retried = shotAt(1)->takes.last();
    QCOMPARE(retried.status, TakeStatus::Ready);
    QCOMPARE(retried.prompt, failed.prompt);
    QCOMPARE(shotAt(1)->takes.first().status, TakeStatus::Failed); // the record stays
}

void tst_TakesPanel::remixWithDeltaPrompt()
{
    const QString parent = generateOne(1);
    QVERIFY2(!parent.isEmpty(), "the first take did not become ready");
    QVERIFY(selectTake(m_panel, parent));
    QVERIFY2(m_panel->remixButton()->isEnabled(), "Remix is disabled for a ready take");

    const QString delta = QStringLiteral("same shot, switch to 85mm");
    bool asked = false;
    int takesWhileAsking = -1;
    onNextModal(this, [&](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        asked = input != nullptr;
        takesWhileAsking = int(shotAt(1)->takes.size());
        if (!input) {
            modal->close();
            return;
        }
        input->setTextValue(delta);
        input->accept();
    });
    QSignalSpy idle(m_generation, &GenerationController::idle);
    m_panel->remixButton()->click();
    QVERIFY2(asked, "Remix did not ask for the change");
    QCOMPARE(takesWhileAsking, 1);
    QCOMPARE(shotAt(1)->takes.size(), 2);
    QVERIFY2(idle.wait(kGenerationTimeoutMs), "the remix did not finish");
    const Take &remix = shotAt(1)->takes.last();
    QCOMPARE(remix.kind, TakeKind::Remix);
    QCOMPARE(remix.parentTakeId, parent);
    QCOMPARE(remix.prompt, delta);
    QCOMPARE(remix.status, TakeStatus::Ready);
    QVERIFY(itemFor(m_panel->takesView(), remix.id));
}

void tst_TakesPanel::revealOpensTheClipFolder()
{
    const QString takeId = generateOne(1);
    QVERIFY2(!takeId.isEmpty(), "the take did not become ready");
    QList<QUrl> opened;
    m_panel->openUrl = [&opened](const QUrl &url) {
        opened.append(url);
        return true;
    };
    QVERIFY(selectTake(m_panel, takeId));
    QVERIFY(m_panel->revealButton()->isEnabled());
    m_panel->revealButton()->click();
    QCOMPARE(opened.size(), 1);
    const Result<QString> clip = ProjectFile::resolveMediaPath(m_window->document()->filePath(),
                                                               shotAt(1)->takes.first().clipPath);
    QVERIFY(clip);
    QVERIFY(QFileInfo::exists(*clip));
    QCOMPARE(opened.first(), QUrl::fromLocalFile(QFileInfo(*clip).absolutePath()));
    QVERIFY(opened.first().isLocalFile());

    // A take without a clip has nothing to reveal.
    QVERIFY(selectTake(m_panel, takeId));
    m_window->selectionModel()->setCurrentIndex(m_window->selectionModel()->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect);
    QVERIFY(selectTake(m_panel, shotAt(0)->takes.first().id)); // ready, but no clip on disk
    QVERIFY(!m_panel->revealButton()->isEnabled());
}

void tst_TakesPanel::generateAllShowsEstimateBeforeSending()
{
    QAction *generateAll = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().startsWith(QStringLiteral("Generate &All")))
            generateAll = action;
    }
    QVERIFY2(generateAll, "no Generate All action");
    QVERIFY(generateAll->isEnabled());
    const QStringList ungenerated = {shotIdAt(1), shotIdAt(3)};
    QCOMPARE(m_generation->ungeneratedShots(), ungenerated);
    const Project before = m_window->document()->project();

    // Triggers Generate All and answers its question with `answer`; returns the question, or
    // an empty string when takes were made (or anything sent) while it was open.
    const auto askAndAnswer = [&](QMessageBox::StandardButton answer) {
        QString question;
        onNextModal(this, [&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box) {
                modal->close();
                return;
            }
            const bool nothingSent =
                m_window->document()->project() == before && m_generation->isIdle();
            question = nothingSent ? box->text() : QString();
            box->button(answer)->click();
        });
        generateAll->trigger();
        return question;
    };

    // First the question, answered Cancel: nothing is sent.
    const QString question = askAndAnswer(QMessageBox::Cancel);
    QVERIFY2(!question.isEmpty(), "no confirmation, or takes made while it was open");
    const QString estimate = QLocale().toString(m_generation->estimateUsd(ungenerated), 'f', 2);
    QVERIFY2(question.contains(QStringLiteral("$") + estimate),
             qPrintable(QStringLiteral("the estimate $%1 is not in: %2").arg(estimate, question)));
    QVERIFY(question.contains(QStringLiteral("2 shot")));
    QVERIFY2(m_window->document()->project() == before, "Cancel still generated");

    // Then Yes: every ungenerated shot gets a take.
    QSignalSpy idle(m_generation, &GenerationController::idle);
    QVERIFY2(!askAndAnswer(QMessageBox::Yes).isEmpty(),
             "no confirmation, or takes made while it was open");
    QCOMPARE(shotAt(1)->takes.size(), 1);
    QCOMPARE(shotAt(3)->takes.size(), 1);
    QCOMPARE(shotAt(0)->takes.size(), before.shots.at(0).takes.size()); // already had one
    QVERIFY2(idle.wait(kGenerationTimeoutMs), "the batch did not finish");
    QCOMPARE(shotAt(1)->takes.first().status, TakeStatus::Ready);
    QCOMPARE(shotAt(3)->takes.first().status, TakeStatus::Ready);
    QVERIFY(m_generation->ungeneratedShots().isEmpty());
}

void tst_TakesPanel::outOfDateTakeIsMarkedAndGeneratedAgain()
{
    const QString takeId = generateOne(1);
    QVERIFY2(!takeId.isEmpty(), "the take did not become ready");
    QCOMPARE(shotAt(1)->circledTakeId, takeId);
    const int seconds = shotAt(1)->durationSeconds;
    PromptPanel *prompt = m_window->promptPanel();
    QVERIFY2(!prompt->generateAgainButton()->isVisibleTo(prompt), "a fresh take is current");
    const auto statusCell = [this, &takeId] {
        QTreeWidgetItem *item = itemFor(m_panel->takesView(), takeId);
        return item ? item->text(1) + QLatin1Char('|') + item->toolTip(1) : QString();
    };
    QVERIFY2(!statusCell().contains(QLatin1String("out of date")), qPrintable(statusCell()));

    // The shot becomes longer: its circled take no longer matches it.
    const int longer = seconds == 12 ? 8 : 12;
    m_window->document()->setShotDuration(shotIdAt(1), longer);
    QVERIFY2(statusCell().contains(QLatin1String("out of date")), qPrintable(statusCell()));
    QVERIFY2(
        statusCell().contains(QStringLiteral("length %1 s, now %2 s").arg(seconds).arg(longer)),
        qPrintable(statusCell()));
    m_panel->takesView()->setCurrentItem(itemFor(m_panel->takesView(), takeId));
    QVERIFY2(m_panel->detailsView()->toPlainText().contains(QLatin1String("Out of date")),
             qPrintable(m_panel->detailsView()->toPlainText()));
    // The lint finding offers "Generate Again", which makes a take of the shot as it is now.
    QVERIFY2(prompt->generateAgainButton()->isVisibleTo(prompt), "no Generate Again");
    QSignalSpy idle(m_generation, &GenerationController::idle);
    prompt->generateAgainButton()->click();
    QCOMPARE(shotAt(1)->takes.size(), 2);
    QVERIFY2(idle.wait(kGenerationTimeoutMs), "the new take did not finish");
    const Take again = shotAt(1)->takes.last();
    QCOMPARE(again.status, TakeStatus::Ready);
    QCOMPARE(again.seconds, longer);
    // It takes the out-of-date take's place in the sequence: one undoable edit.
    QTRY_COMPARE(shotAt(1)->circledTakeId, again.id);
    QVERIFY2(!prompt->generateAgainButton()->isVisibleTo(prompt), "still out of date");
    m_window->document()->undoStack()->undo();
    QCOMPARE(shotAt(1)->circledTakeId, takeId);
}

void tst_TakesPanel::keyboardReachesEveryTakeAction()
{
    const QString takeId = generateOne(1);
    QVERIFY2(!takeId.isEmpty(), "the take did not become ready");
    // The first ready take circles itself; the second one is there to be circled by keys.
    const QString second = generateOne(1);
    QVERIFY2(!second.isEmpty(), "the second take did not become ready");
    QCOMPARE(shotAt(1)->circledTakeId, takeId);

    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Tab reaches every button of the panel and the list.
    QTreeWidget *tree = m_panel->takesView();
    const QList<QWidget *> wanted = {m_panel->generateButton(), m_panel->variantsSpin(),
                                     m_panel->remixButton(),    m_panel->cancelButton(),
                                     m_panel->retryButton(),    tree,
                                     m_panel->circleButton(),   m_panel->revealButton()};
    for (QWidget *widget : wanted)
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus,
                 qPrintable(QStringLiteral("%1 cannot take focus by Tab")
                                .arg(QString::fromLatin1(widget->metaObject()->className()))));
    const QSet<QWidget *> reached =
        TestSupport::widgetsReachedByTab(m_panel->generateButton(), wanted, 200);
    for (QWidget *widget : wanted) {
        // Buttons disabled for the current selection are skipped by Tab, as they should be.
        if (widget->isEnabled())
            QVERIFY2(reached.contains(widget),
                     qPrintable(QStringLiteral("Tab never reaches \"%1\"")
                                    .arg(widget->property("text").toString())));
    }

    // The panel's mnemonics are its own: not a menu's, not the inspector's beside it.
    const auto mnemonic = [](const QString &text) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
    };
    QHash<QChar, QString> taken;
    for (QAction *menu : m_window->menuBar()->actions())
        taken.insert(mnemonic(menu->text()), menu->text());
    for (const QLabel *label : m_window->inspector()->findChildren<QLabel *>())
        taken.insert(mnemonic(label->text()), label->text());
    for (const QAbstractButton *button : m_window->inspector()->findChildren<QAbstractButton *>())
        taken.insert(mnemonic(button->text()), button->text());
    taken.remove(QChar());
    QSet<QChar> own;
    for (const QAbstractButton *button : m_panel->findChildren<QAbstractButton *>()) {
        const QChar key = mnemonic(button->text());
        if (key.isNull())
            continue;
        QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("Alt+%1 is both \"%2\" and \"%3\"")
                                                      .arg(key, button->text(), taken.value(key))));
        QVERIFY2(!own.contains(key), qPrintable(button->text()));
        own.insert(key);
    }
    QVERIFY2(own.size() >= 5, "the panel's buttons lost their mnemonics");

    // In the list: arrows choose a take, Enter circles it.
    tree->setFocus();
    tree->setCurrentItem(itemFor(tree, takeId));
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), second);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(shotAt(1)->circledTakeId, second);
    // A progress update rebuilds the list: the keyboard keeps its place.
    Take progressed = shotAt(1)->takes.last();
    progressed.progress = 99;
    QVERIFY(m_window->document()->updateTakeFromGeneration(shotIdAt(1), progressed));
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), second);
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), takeId);

    // The context menu (Menu key) offers every take action with the buttons' state.
    const QList<QAction *> actions = m_panel->takeActions();
    QCOMPARE(actions.size(), 5);
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    for (QAction *action : actions)
        QVERIFY2(tree->actions().contains(action), qPrintable(action->text()));
    QVERIFY(selectTake(m_panel, takeId));
    QAction *circle = nullptr;
    for (QAction *action : actions) {
        if (action->text() == m_panel->circleButton()->text())
            circle = action;
    }
    QVERIFY(circle);
    QCOMPARE(circle->isEnabled(), m_panel->circleButton()->isEnabled());
    QVERIFY(circle->isEnabled());
    circle->trigger();
    QCOMPARE(shotAt(1)->circledTakeId, takeId);
    QVERIFY(!circle->isEnabled());
}

void tst_TakesPanel::chainedShotWaitsForThePreviousOne()
{
    // Shot 3 begins on shot 2's last frame; both are generated at once. While shot 2 renders,
    // shot 3's take says what it waits for; then it is sent with shot 2's last frame.
    const QString path = m_window->document()->filePath();
    m_window.reset();
    Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded);
    Project project = loaded->project;
    for (int row : {1, 2}) {
        project.shots[row].takes.clear();
        project.shots[row].circledTakeId.clear();
    }
    project.shots[2].chainPrevious = true;
    QVERIFY(ProjectFile::save(project, path));
    openWindow(path, 2, 1.5);
    QSignalSpy idle(m_generation, &GenerationController::idle);
    QVERIFY(m_generation->generate({shotIdAt(1), shotIdAt(2)}, 1));
    const QString waiting = QStringLiteral("waiting for shot %1").arg(shotAt(1)->label);
    QCOMPARE(shotAt(2)->takes.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->takesView()->topLevelItem(0)->text(1), waiting, 10000);
    QVERIFY2(idle.wait(kGenerationTimeoutMs), "the chained shots did not finish");
    const Take &previous = shotAt(1)->takes.first();
    const Take &chained = shotAt(2)->takes.first();
    QCOMPARE(previous.status, TakeStatus::Ready);
    QCOMPARE(chained.status, TakeStatus::Ready);
    QCOMPARE(chained.referenceImage, QStringLiteral("frames/%1-first.png").arg(chained.id));
    QVERIFY(QFileInfo::exists(ProjectFile::mediaFolderFor(path) + QLatin1Char('/') +
                              chained.referenceImage));
    QVERIFY(chained.requestJson.contains(previous.id.toUtf8()));
}

void tst_TakesPanel::costShowsWhatTheProviderCharged()
{
    // Shot 1's take was estimated at $0.15 and OpenRouter charged $0.20; shot 3's take has only
    // its estimate (the provider said nothing yet).
    Project project = ProjectFile::load(makeProject(m_dir, QStringLiteral("charged")))->project;
    Take &charged = project.shots[0].takes.first();
    charged.costUsd = 0.15;
    SpendEntry entry;
    entry.takeId = charged.id;
    entry.shotId = project.shots[0].id;
    entry.provider = QStringLiteral("openrouter");
    entry.model = charged.model;
    entry.seconds = charged.seconds;
    entry.amountUsd = 0.15;
    entry.actualUsd = 0.20;
    entry.at = QDateTime::currentDateTimeUtc();
    project.ledger = {entry};
    Take &estimated = project.shots[2].takes.first();
    estimated.costUsd = 0.40;
    const QString path = m_dir.filePath(QStringLiteral("charged-ledger.shotbrief"));
    QVERIFY(ProjectFile::save(project, path));
    cleanup();
    openWindow(path, 0);

    const int cost = 3; // the Cost column
    QCOMPARE(m_panel->takesView()->headerItem()->text(cost), QStringLiteral("Cost"));
    QTreeWidgetItem *item = itemFor(m_panel->takesView(), charged.id);
    QVERIFY(item);
    QCOMPARE(item->text(cost), QStringLiteral("$0.20 (+$0.05)"));
    QVERIFY2(item->toolTip(cost).contains(QStringLiteral("estimated $0.15")),
             qPrintable(item->toolTip(cost)));
    QCOMPARE(m_window->document()->project().totalSpentUsd(), 0.20);

    m_window->selectionModel()->setCurrentIndex(m_window->selectionModel()->model()->index(2, 0),
                                                QItemSelectionModel::ClearAndSelect);
    QTreeWidgetItem *plain = itemFor(m_panel->takesView(), estimated.id);
    QVERIFY(plain);
    QCOMPARE(plain->text(cost), QStringLiteral("$0.40"));
}

QTEST_MAIN(tst_TakesPanel)
#include "tst_takespanel.moc"
