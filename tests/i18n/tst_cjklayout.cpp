// SPDX-License-Identifier: MIT
// Layouts hold in Chinese and Japanese: the translated main window fits a 1600x1000 screen
// and no label or button is narrower than its text. Grabs of the window are written to
// <build>/screenshots/ so that a person can look at them.

#include "translations/languagesupport.h"
#include "ui/conformdialog.h"
#include "ui/mainwindow.h"
#include "ui/providerfitdialog.h"
#include "ui/providerprofileseditor.h"
#include "ui/reviewexportdialog.h"
#include "ui/reviewimportdialog.h"
#include "ui/scriptimportdialog.h"
#include "ui/scriptupdatedialog.h"
#include "ui/settingsdialog.h"

#include "api/extraproviderprofiles.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"
#include "review/shotrevision.h"
#include "script/fountainparser.h"
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scriptupdater.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShotBrief;

namespace {

const QSize Screen(1600, 1000);

// Visible labels and buttons whose text does not fit their width.
QStringList clipped(const QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->width() <= 0)
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            // Wrapped labels and elided ones choose their own width.
            if (label->wordWrap() || label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            text = label->text();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            text = button->text();
        } else {
            continue;
        }
        const int needed = widget->minimumSizeHint().width();
        if (widget->width() + 1 < needed) {
            found << QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(40))
                         .arg(widget->width())
                         .arg(needed);
        }
    }
    return found;
}

void saveGrab(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(SHOTBRIEF_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestCjkLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cjklayout"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { installTranslations(*QCoreApplication::instance(), u"en"_qs); }

    void mainWindowFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("zh_CN") << u"zh_CN"_qs << u"文件(&F)"_qs;
        QTest::newRow("ja") << u"ja"_qs << u"ファイル(&F)"_qs;
        QTest::newRow("en") << u"en"_qs << u"&File"_qs;
    }
    void mainWindowFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        const QString project = m_dir.filePath(language + u".shotbrief"_qs);
        QFile::remove(project);
        QVERIFY(
            QFile::copy(QStringLiteral(SHOTBRIEF_SOURCE_DIR
                                       "/resources/samples/night-market/night-market.shotbrief"),
                        project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);

        MainWindow window;
        window.askSaveChanges = [](const QString &) {
            return QMessageBox::Discard;
        };
        window.askRecover = [](const QString &) {
            return false;
        };
        QVERIFY(window.openFile(project));
        window.resize(Screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (QItemSelectionModel *selection = window.selectionModel()) {
            selection->setCurrentIndex(selection->model()->index(1, 0),
                                       QItemSelectionModel::ClearAndSelect);
        }
        QCoreApplication::processEvents();

        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), fileMenu);
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= Screen.width() && minimum.height() <= Screen.height(),
                 qPrintable(QStringLiteral("the window needs at least %1x%2")
                                .arg(minimum.width())
                                .arg(minimum.height())));
        QVERIFY2(window.width() <= Screen.width() && window.height() <= Screen.height(),
                 qPrintable(QStringLiteral("the window grew to %1x%2")
                                .arg(window.width())
                                .arg(window.height())));
        const QStringList problems = clipped(&window);
        saveGrab(&window, u"mainwindow-"_qs + language + u".png"_qs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        window.close();
    }

    void settingsDialogFits_data() { mainWindowFits_data(); }
    void settingsDialogFits()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        MainWindow window; // owns the document the dialog edits
        SettingsDialog dialog(window.document());
        checkDialogFits(&dialog, u"settings-"_qs + language);
    }

    void profilesEditorFits_data() { mainWindowFits_data(); }
    void profilesEditorFits()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        ProviderProfilesEditor editor(m_dir.filePath(u"providers.json"_qs));
        editor.profileList()->setCurrentRow(editor.profileList()->count() - 1); // a full form
        checkDialogFits(&editor, u"profiles-"_qs + language);
    }

    void providerFitDialogFits_data() { mainWindowFits_data(); }
    void providerFitDialogFits()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        MainWindow window;
        QVERIFY(openSample(window));
        const ProviderProfile runway = extraBuiltInProfiles().first();
        QCOMPARE(runway.name, u"runway"_qs);
        ProviderFitDialog dialog(window.document(), runway.capabilities, runway.displayName);
        QVERIFY2(!dialog.problems().isEmpty(), "the Sora sample does not fit Runway as it is");
        checkDialogFits(&dialog, u"providerfit-"_qs + language);
    }

    void scriptDialogsFit_data() { mainWindowFits_data(); }
    void scriptDialogsFit()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        const Result<Script::ScriptSource> source = Script::readScriptFile(
            QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/core/script/data/shotlist.csv"));
        QVERIFY(source);
        const Script::ScriptImporter importer(Project(), ProviderCapabilities::openAiVideos());
        const Result<Script::ImportPlan> plan = source->plan(importer);
        QVERIFY(plan);
        ScriptImportDialog import(*source, *plan, u"Emulator"_qs,
                                  importer.fitter().legalDurations());
        checkDialogFits(&import, u"scriptimport-"_qs + language);

        // A re-import with every kind of change: the first shot reworded, one gone, one new.
        const Project project = Script::withImport(Project(), *plan);
        Script::ShotList revised = source->shotList;
        revised.rows[0].cells[2] = u"Red lanterns sway over the empty lane."_qs;
        revised.rows.removeAt(1);
        revised.rows << revised.rows.last();
        revised.rows.last().cells[2] = u"A cat crosses the counter."_qs;
        const Script::ScriptImporter again(project, ProviderCapabilities::openAiVideos());
        const Script::UpdatePlan update =
            Script::ScriptUpdater::plan(project, *again.plan(revised), again.fitter());
        QVERIFY(update.hasChanges());
        ScriptUpdateDialog report(u"shotlist-v2.csv"_qs, update);
        checkDialogFits(&report, u"scriptupdate-"_qs + language);
    }

    void reviewExportDialogFits_data() { mainWindowFits_data(); }
    void reviewExportDialogFits()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        const Result<LoadedProject> sample = ProjectFile::load(QStringLiteral(
            SHOTBRIEF_SOURCE_DIR "/resources/samples/night-market/night-market.shotbrief"));
        QVERIFY(sample);
        ReviewExportDialog dialog(sample->project, m_dir.filePath(u"night-market.shotbrief"_qs),
                                  {sample->project.shots.first().id}, language);
        checkDialogFits(&dialog, u"reviewexport-"_qs + language);
    }

    void reviewImportDialogFits_data() { mainWindowFits_data(); }
    void reviewImportDialogFits()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        ProjectDocument document;
        QVERIFY(document.load(QStringLiteral(
            SHOTBRIEF_SOURCE_DIR "/resources/samples/night-market/night-market.shotbrief")));
        // One reviewer's word on every shot, one shot changed since, one gone.
        ReviewFeedback feedback;
        feedback.fileName = u"night-market.review-Ana-2026-09-21.json"_qs;
        feedback.reviewer = u"Ana"_qs;
        for (const Shot &shot : document.project().shots) {
            ReviewFeedbackShot entry;
            entry.shotId = shot.id;
            entry.label = shot.label;
            entry.revision = shotRevision(shot, {});
            entry.decision = ReviewDecision::ChangesRequested;
            entry.note = u"Warmer key light, and hold the last beat a second longer."_qs;
            feedback.shots.append(entry);
        }
        feedback.shots[1].revision = u"changed"_qs;
        feedback.shots[2].shotId = u"gone"_qs;
        ReviewImportDialog dialog(&document, {feedback}, {u"bad.json: not a valid JSON file"_qs});
        QVERIFY(dialog.includeChangedBox()->isVisibleTo(&dialog));
        checkDialogFits(&dialog, u"reviewimport-"_qs + language);
    }

    void conformDialogFits_data() { mainWindowFits_data(); }
    void conformDialogFits()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        MainWindow window;
        QVERIFY(openSample(window));
        // A cut that moves, trims and drops shots, with a clip from elsewhere: every part of
        // the dialog has something to show.
        const Project &project = window.document()->project();
        EditedCut cut;
        cut.fileName = m_dir.filePath(u"night-market-v3.otio"_qs);
        qint64 record = 0;
        for (int i : {2, 0, 1, 4, 5}) {
            CutClip clip;
            clip.location = u"item %1"_qs.arg(i + 1);
            clip.name = project.shots.at(i).label;
            clip.isSlate = true;
            clip.metadata.shotId = project.shots.at(i).id;
            clip.sourceOut = i == 0 ? 60 : project.shots.at(i).durationSeconds * 24;
            clip.recordIn = record + (i == 4 ? 12 : 0);
            record = clip.recordIn + clip.sourceOut;
            cut.clips.append(clip);
        }
        CutClip stock;
        stock.location = u"item 9"_qs;
        stock.name = u"lanterns-stock.mov"_qs;
        stock.mediaPath = u"/media/stock/lanterns-stock.mov"_qs;
        stock.sourceOut = 48;
        stock.recordIn = record;
        cut.clips.append(stock);
        ConformOptions options;
        options.fitLengthToCut = true;
        const Result<ConformPlan> plan =
            planConform(project, window.document()->filePath(), cut, options);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        ConformDialog dialog(window.document(), cut, *plan);
        QVERIFY(dialog.changeList()->count() >= 4);
        QCOMPARE(dialog.unmatchedList()->count(), 1);
        checkDialogFits(&dialog, u"conform-"_qs + language);
    }

private:
    /// Opens the sample project in `window`, which never asks to save.
    static bool openSample(MainWindow &window)
    {
        window.askSaveChanges = [](const QString &) {
            return QMessageBox::Discard;
        };
        return window.openFile(QStringLiteral(
            SHOTBRIEF_SOURCE_DIR "/resources/samples/night-market/night-market.shotbrief"));
    }

    /// Shown at its size on the 1600x1000 screen: nothing needs more room than the screen and
    /// no label or button is cut; a grab is kept in the build folder for a look.
    void checkDialogFits(QDialog *dialog, const QString &name)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QSize minimum = dialog->minimumSizeHint();
        QVERIFY2(minimum.width() <= Screen.width() && minimum.height() <= Screen.height(),
                 qPrintable(QStringLiteral("%1 needs at least %2x%3")
                                .arg(name)
                                .arg(minimum.width())
                                .arg(minimum.height())));
        const QStringList problems = clipped(dialog);
        saveGrab(dialog, name + u".png"_qs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        dialog->close();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCjkLayout)
#include "tst_cjklayout.moc"
