// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"
#include "ui/projectpanel.h"
#include "ui/promptpanel.h"
#include "ui/providerfitdialog.h"
#include "ui/settingsdialog.h"
#include "ui/shotinspector.h"
#include "ui/timelinewidget.h"

#include "api/providerprofile.h"
#include "document/projectdocument.h"
#include "document/providerfit.h"
#include "document/shotlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace ShotBrief;

/// The window plans against the project's provider: switching the sample project from the
/// emulator (Sora rules) to Runway changes what the views offer, and Check Fit fixes the
/// shots Runway cannot make in one undo step.
class tst_ProviderFitWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void viewsFollowTheProvider();
    void projectDefaultsOfferTheProvidersChoices();
    void promptPanelLintsForTheProvider();
    void dragResizeSnapsToTheProvidersLengths_data();
    void dragResizeSnapsToTheProvidersLengths();
    void checkFitListsTwelveSecondShotsAndFixes();
    void chosenFixAndLeaveAlone();
    void undoOfTheSwitchOpensNothing();
    void unknownProviderPlansWithTheEmulator();
    void preferencesSwitchOffersTheFixes();
    void profilePricesInTheStatusBar();
    void fittedProjectSavesAndReopens_data();
    void fittedProjectSavesAndReopens();
    void refreshedCatalogChangesThePlanAndRunsCheckFit();

private:
    void switchProvider(const QString &provider);
    void verifyClipWidths();
    QStringList twelveSecondLabels() const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_ProviderFitWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_providerfit"));
    QSettings().clear();
}

void tst_ProviderFitWindow::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    m_window->askRecover = [](const QString &) {
        return false;
    };
    // No providers.json: the built-in profiles only, whatever this machine has configured.
    m_window->setProfilesPath(m_dir->filePath(QStringLiteral("providers.json")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QString target = m_dir->filePath(QStringLiteral("night-market.shotbrief"));
    QVERIFY(QFile::copy(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"), target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(target));
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("emulator"));
}

void tst_ProviderFitWindow::cleanup()
{
    m_window->close();
    delete m_window;
    delete m_dir;
}

void tst_ProviderFitWindow::switchProvider(const QString &provider)
{
    ProjectDocument *document = m_window->document();
    FormatDefaults format = document->project().format;
    format.provider = provider;
    document->setProjectSettings(format, document->project().spendingCapUsd);
}

void tst_ProviderFitWindow::verifyClipWidths()
{
    const Project &project = m_window->document()->project();
    TimelineWidget *timeline = m_window->timeline();
    for (int row = 0; row < project.shots.size(); ++row) {
        // clipRect leaves a 2 px gap after each clip.
        const double expected = project.shots.at(row).durationSeconds * timeline->pixelsPerSecond();
        const int width = timeline->clipRect(row).width() + 2;
        QVERIFY2(std::abs(width - expected) <= 1.5,
                 qPrintable(QStringLiteral("clip %1: %2 px for %3 s")
                                .arg(row)
                                .arg(width)
                                .arg(project.shots.at(row).durationSeconds)));
    }
}

QStringList tst_ProviderFitWindow::twelveSecondLabels() const
{
    QStringList labels;
    for (const Shot &shot : m_window->document()->project().shots) {
        if (shot.durationSeconds == 12)
            labels << shot.label;
    }
    return labels;
}

void tst_ProviderFitWindow::viewsFollowTheProvider()
{
    ShotInspector *inspector = m_window->inspector();
    const auto items = [](QComboBox *combo) {
        QStringList data;
        for (int i = 0; i < combo->count(); ++i)
            data << combo->itemData(i).toString();
        return data;
    };
    QVERIFY(items(inspector->modelCombo()).contains(QStringLiteral("sora-2")));

    switchProvider(QStringLiteral("runway"));
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("runway"));
    QCOMPARE(m_window->capabilities().models.first().id, QStringLiteral("gen4.5"));
    const QStringList models = items(inspector->modelCombo());
    QVERIFY2(models.contains(QStringLiteral("gen4_turbo")) &&
                 models.contains(QStringLiteral("veo3")),
             qPrintable(models.join(QLatin1Char(' '))));
    QVERIFY2(!models.contains(QStringLiteral("sora-2-pro")),
             qPrintable(models.join(QLatin1Char(' '))));

    // A shot on gen4.5: the inspector offers 2-10 s and Runway's sizes.
    ProjectDocument *document = m_window->document();
    Shot shot = document->project().shots.at(1);
    shot.model = QStringLiteral("gen4.5");
    document->editShot(shot.id, shot, ShotField::Model, false);
    m_window->selectionModel()->setCurrentIndex(document->shotListModel()->index(1, 0),
                                                QItemSelectionModel::ClearAndSelect);
    QCOMPARE(inspector->shotId(), shot.id);
    QStringList durations;
    for (int i = 0; i < inspector->durationCombo()->count(); ++i)
        durations << inspector->durationCombo()->itemData(i).toString();
    QCOMPARE(durations.first(), QStringLiteral("2"));
    QVERIFY2(durations.contains(QStringLiteral("7")) && durations.contains(QStringLiteral("10")),
             qPrintable(durations.join(QLatin1Char(' '))));
    QVERIFY(items(inspector->sizeCombo()).contains(QStringLiteral("1584x672")));

    // The timeline snaps a drag of this clip to Runway's whole seconds: 7 s stays 7 s.
    QCOMPARE(m_window->capabilities().nearestDuration(QStringLiteral("gen4.5"), 7), 7);
    QCOMPARE(m_window->capabilities().nearestDuration(QStringLiteral("gen4_turbo"), 7), 5);
}

void tst_ProviderFitWindow::projectDefaultsOfferTheProvidersChoices()
{
    ProjectPanel *panel = m_window->projectPanel();
    QComboBox *model = panel->defaultModelCombo();
    QCOMPARE(model->currentData().toString(), QStringLiteral("sora-2"));
    QCOMPARE(model->count(), 2); // sora-2, sora-2-pro

    switchProvider(QStringLiteral("runway"));
    // sora-2 is kept but marked until it is changed.
    QCOMPARE(model->currentData().toString(), QStringLiteral("sora-2"));
    QVERIFY2(model->currentText().contains(QStringLiteral("not offered")),
             qPrintable(model->currentText()));
    // Runway's models (gen4.5, gen4_turbo, veo3.1 ...) + the marked sora-2.
    const int runwayModels = int(m_window->capabilities().models.size());
    QVERIFY(runwayModels >= 5);
    QCOMPARE(model->count(), runwayModels + 1);

    const int steps = m_window->document()->undoStack()->count();
    model->setCurrentIndex(model->findData(QStringLiteral("gen4_turbo")));
    Q_EMIT model->activated(model->currentIndex());
    QCOMPARE(m_window->document()->project().format.model, QStringLiteral("gen4_turbo"));
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    QCOMPARE(model->count(), runwayModels);
    // The lengths new shots get are gen4_turbo's: 5 and 10 s (4 s marked as not offered).
    QComboBox *duration = panel->defaultDurationCombo();
    QStringList lengths;
    for (int i = 0; i < duration->count(); ++i)
        lengths << duration->itemData(i).toString();
    QCOMPARE(lengths, (QStringList{"5", "10", "4"}));
    duration->setCurrentIndex(duration->findData(10));
    Q_EMIT duration->activated(duration->currentIndex());
    QCOMPARE(m_window->document()->project().format.durationSeconds, 10);
    QVERIFY(panel->defaultSizeCombo()->findData(QStringLiteral("1584x672")) >= 0);

    m_window->undoAction()->trigger();
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->document()->project().format.model, QStringLiteral("sora-2"));
    QCOMPARE(model->currentData().toString(), QStringLiteral("sora-2"));
}

void tst_ProviderFitWindow::promptPanelLintsForTheProvider()
{
    ProjectDocument *document = m_window->document();
    int longShot = -1;
    for (int row = 0; row < document->project().shots.size() && longShot < 0; ++row) {
        if (document->project().shots.at(row).durationSeconds == 12)
            longShot = row;
    }
    QVERIFY(longShot >= 0);
    m_window->selectionModel()->setCurrentIndex(document->shotListModel()->index(longShot, 0),
                                                QItemSelectionModel::ClearAndSelect);
    const auto findings = [this] {
        QStringList messages;
        QTreeWidget *view = m_window->promptPanel()->findingsView();
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            messages << view->topLevelItem(i)->text(0);
        return messages.join(QLatin1Char('\n'));
    };
    QVERIFY2(!findings().contains(QStringLiteral("12-second")), qPrintable(findings()));

    // On Runway with gen4.5 as the default, the 12 s shot is too long.
    switchProvider(QStringLiteral("runway"));
    FormatDefaults format = document->project().format;
    format.model = QStringLiteral("gen4.5");
    document->setProjectSettings(format, document->project().spendingCapUsd);
    QVERIFY2(findings().contains(QStringLiteral("gen4.5 does not make 12-second clips")),
             qPrintable(findings()));
    m_window->undoAction()->trigger();
    m_window->undoAction()->trigger();
    QVERIFY2(!findings().contains(QStringLiteral("12-second")), qPrintable(findings()));
}

void tst_ProviderFitWindow::dragResizeSnapsToTheProvidersLengths_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("dragTo");
    QTest::addColumn<int>("expected");
    QTest::newRow("emulator (Sora): 7 s snaps to 8") << "emulator"
                                                     << "" << 7 << 8;
    QTest::newRow("runway gen4.5: 7 s stays 7") << "runway"
                                                << "gen4.5" << 7 << 7;
    QTest::newRow("runway gen4_turbo: 7 s snaps to 5") << "runway"
                                                       << "gen4_turbo" << 7 << 5;
    QTest::newRow("litellm veo: 7 s snaps to 6") << "litellm"
                                                 << "vertex_ai/veo-3.0-generate-preview" << 7 << 6;
}

void tst_ProviderFitWindow::dragResizeSnapsToTheProvidersLengths()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(int, dragTo);
    QFETCH(int, expected);
    switchProvider(provider);
    ProjectDocument *document = m_window->document();
    Shot shot = document->project().shots.at(1);
    shot.model = model;
    document->editShot(shot.id, shot, ShotField::Model, false);

    TimelineWidget *timeline = m_window->timeline();
    timeline->setPixelsPerSecond(12);
    const QRect clip = timeline->clipRect(1);
    const QPoint edge(clip.right() - 2, clip.center().y());
    const QPoint target(clip.left() + dragTo * 12 + 1, edge.y());
    QTest::mousePress(timeline, Qt::LeftButton, {}, edge);
    QTest::mouseMove(timeline, edge + QPoint(10, 0));
    QTest::mouseMove(timeline, target);
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, target);
    QCOMPARE(document->project().shots.at(1).durationSeconds, expected);
}

void tst_ProviderFitWindow::checkFitListsTwelveSecondShotsAndFixes()
{
    const QStringList longShots = twelveSecondLabels();
    QVERIFY2(longShots.size() >= 2, "the sample needs its 12 s shots");
    switchProvider(QStringLiteral("runway"));
    QVERIFY2(!m_window->providerFitDialog(), "a switch by the document alone opens nothing");
    const Project before = m_window->document()->project();
    const int total = before.totalDurationSeconds();
    const int steps = m_window->document()->undoStack()->count();

    m_window->checkFitAction()->trigger();
    ProviderFitDialog *dialog = m_window->providerFitDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QStringList listed;
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        listed << dialog->table()->item(row, 0)->text();
    for (const QString &label : longShots)
        QVERIFY2(listed.contains(label), qPrintable(listed.join(QLatin1Char(' '))));
    // The project defaults (sora-2) do not fit either: listed as the project's row.
    QVERIFY2(listed.contains(QStringLiteral("Project")), qPrintable(listed.join(QLatin1Char(' '))));
    QCOMPARE(dialog->table()->rowCount(), int(dialog->problems().size()));

    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY2(!m_window->providerFitDialog(), "the dialog closes once everything fits");
    const Project &fixed = m_window->document()->project();
    QVERIFY(ProviderFit(fixed, m_window->capabilities()).fits());
    QVERIFY2(twelveSecondLabels().isEmpty(), "no 12 s shot left on Runway");
    QCOMPARE(fixed.totalDurationSeconds(), total); // split, not cut
    QCOMPARE(fixed.shots.size(), before.shots.size() + longShots.size());
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    verifyClipWidths();

    m_window->undoAction()->trigger();
    QCOMPARE(m_window->document()->project(), before);
    verifyClipWidths();
    QCOMPARE(twelveSecondLabels(), longShots);
}

void tst_ProviderFitWindow::chosenFixAndLeaveAlone()
{
    switchProvider(QStringLiteral("runway"));
    ProviderFitDialog *dialog = m_window->checkProviderFit();
    QVERIFY(dialog);
    int firstShotRow = -1;
    for (int row = 0; row < dialog->problems().size(); ++row) {
        QComboBox *combo = dialog->fixCombo(row);
        QVERIFY(combo);
        QCOMPARE(combo->itemText(combo->count() - 1), QStringLiteral("Leave as it is"));
        if (dialog->problems().at(row).kind == FitProblemKind::ShotDuration) {
            if (firstShotRow < 0) {
                firstShotRow = row;
                combo->setCurrentIndex(combo->findText(QStringLiteral("Change to 10 s")));
                QVERIFY(combo->currentIndex() >= 0);
            } else {
                combo->setCurrentIndex(combo->count() - 1); // leave the other 12 s shots
            }
        }
    }
    QVERIFY(firstShotRow >= 0);
    const QString fixedShot = dialog->problems().at(firstShotRow).shotId;
    const int steps = m_window->document()->undoStack()->count();
    QVERIFY(dialog->applyFixes() >= 2); // the default model and one shot
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->document()->project().shotById(fixedShot)->durationSeconds, 10);
    // The shots left alone are still listed; the dialog stays open for them.
    QVERIFY(m_window->providerFitDialog());
    QCOMPARE(dialog->problems().size(), twelveSecondLabels().size());
    verifyClipWidths();
}

void tst_ProviderFitWindow::undoOfTheSwitchOpensNothing()
{
    switchProvider(QStringLiteral("comfyui"));
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("comfyui"));
    QVERIFY(!m_window->capabilities().model(QStringLiteral("sora-2")));
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("emulator"));
    QCOMPARE(m_window->capabilities(), ProviderProfiles::builtIns().last().capabilities);
    m_window->redoAction()->trigger();
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("comfyui"));
    QVERIFY(!m_window->providerFitDialog());
}

void tst_ProviderFitWindow::unknownProviderPlansWithTheEmulator()
{
    switchProvider(QStringLiteral("pika"));
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("emulator"));
    QCOMPARE(m_window->capabilities(), ProviderProfiles::builtIns().last().capabilities);
}

void tst_ProviderFitWindow::preferencesSwitchOffersTheFixes()
{
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->providerCombo()->setCurrentIndex(
            dialog->providerCombo()->findData(QStringLiteral("litellm")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    m_window->preferencesAction()->trigger();
    QVERIFY2(answered, "the Preferences dialog did not open");
    QCOMPARE(m_window->document()->project().format.provider, QStringLiteral("litellm"));
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("litellm"));
    ProviderFitDialog *dialog = m_window->providerFitDialog();
    QVERIFY2(dialog, "switching to a provider the project does not fit offers the fixes");
    QVERIFY(dialog->problems().size() > 0);
    dialog->applyFixes();
    QVERIFY(ProviderFit(m_window->document()->project(), m_window->capabilities()).fits());
}

void tst_ProviderFitWindow::profilePricesInTheStatusBar()
{
    const QString sora = m_window->costLabel()->text();
    switchProvider(QStringLiteral("runway"));
    QVERIFY2(
        m_window->priceTable().pricePerSecond(QStringLiteral("gen4.5"), QStringLiteral("1280x720")),
        "Runway's profile prices");
    ProviderFit::fixAll(m_window->document(), m_window->capabilities(), QStringLiteral("Runway"));
    // Every shot now on gen4.5 at $0.12/s.
    const double expected = m_window->document()->project().totalDurationSeconds() * 0.12;
    const QString text = m_window->costLabel()->text();
    QVERIFY2(text != sora, qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(expected, 'f', 2)),
             qPrintable(text + QStringLiteral(" / expected ") + QString::number(expected)));
    QVERIFY2(!text.contains(QStringLiteral("unpriced")), qPrintable(text));
}

void tst_ProviderFitWindow::fittedProjectSavesAndReopens_data()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("runway") << "runway";
    QTest::newRow("litellm") << "litellm";
    QTest::newRow("comfyui") << "comfyui";
}

void tst_ProviderFitWindow::fittedProjectSavesAndReopens()
{
    QFETCH(QString, provider);
    switchProvider(provider);
    QCOMPARE(ProviderFit::fixAll(m_window->document(), m_window->capabilities(), provider), 0);
    const Project fitted = m_window->document()->project();
    QVERIFY(m_window->save());
    // The file names the provider: reopening plans for it again, and nothing needs fixing.
    QVERIFY(m_window->openFile(m_window->document()->filePath()));
    QCOMPARE(m_window->document()->project(), fitted);
    QCOMPARE(m_window->providerProfileName(), provider);
    QVERIFY(ProviderFit(m_window->document()->project(), m_window->capabilities()).fits());
    QVERIFY(!m_window->checkProviderFit(true));
}

void tst_ProviderFitWindow::refreshedCatalogChangesThePlanAndRunsCheckFit()
{
    // The project on OpenRouter, fitted to the catalog as shipped.
    switchProvider(QStringLiteral("openrouter"));
    QCOMPARE(ProviderFit::fixAll(m_window->document(), m_window->capabilities(),
                                 QStringLiteral("OpenRouter")),
             0);
    QVERIFY(ProviderFit(m_window->document()->project(), m_window->capabilities()).fits());
    const QString model = m_window->document()->project().format.model;
    const ModelCapability *used = m_window->capabilities().model(model);
    QVERIFY(used);
    QVERIFY(!m_window->providerFitDialog());

    // A refresh that changes nothing the project uses runs nothing.
    const QString settings = m_dir->filePath(QStringLiteral("providers.json"));
    ProviderProfiles profiles = ProviderProfiles::load(settings).value();
    QList<ModelCapability> models = m_window->capabilities().models;
    QVERIFY(
        profiles.applyCatalog(QStringLiteral("openrouter"), models, QDateTime::currentDateTimeUtc())
            .hasValue());
    QVERIFY(profiles.save(settings).hasValue());
    m_window->setProfilesPath(settings);
    QTest::qWait(50);
    QVERIFY(!m_window->providerFitDialog());

    // A refresh after which the project's model makes 5 or 10 s only: the timeline offers
    // those, and Check Fit opens on the shots that no longer fit.
    for (ModelCapability &capability : models) {
        if (capability.id == model)
            capability.durations = {5, 10};
    }
    QVERIFY(
        profiles.applyCatalog(QStringLiteral("openrouter"), models, QDateTime::currentDateTimeUtc())
            .hasValue());
    QVERIFY(profiles.save(settings).hasValue());
    m_window->setProfilesPath(settings);
    QCOMPARE(m_window->capabilities().durationsFor(model), (QList<int>{5, 10}));
    m_window->selectionModel()->setCurrentIndex(m_window->document()->shotListModel()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect);
    QStringList offered;
    for (int i = 0; i < m_window->inspector()->durationCombo()->count(); ++i)
        offered << m_window->inspector()->durationCombo()->itemData(i).toString();
    // 5 and 10 s, not the 4, 6 or 8 s of the catalog before (the shot's own length is listed
    // too while it does not fit).
    offered.removeAll(
        QString::number(m_window->document()->project().shots.first().durationSeconds));
    QCOMPARE(offered, (QStringList{QStringLiteral("5"), QStringLiteral("10")}));
    QTRY_VERIFY2(m_window->providerFitDialog(), "Check Fit did not run after the refresh");
    QVERIFY(m_window->providerFitDialog()->table()->rowCount() > 0);
}

QTEST_MAIN(tst_ProviderFitWindow)
#include "tst_providerfit.moc"
