// SPDX-License-Identifier: MIT
// The review page in a real browser: Debian's headless Chromium, driven over W3C WebDriver
// (chromedriver on loopback), opens a package from file://, plays the sequence across its
// cuts, takes a reviewer's decisions by keyboard and mouse, keeps them over a reload, downloads
// the feedback file; the test imports that file and checks the project.

#include "reviewtestproject.h"
#include "webdriver.h"

#include "review/reviewimport.h"
#include "review/reviewpackage.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace ShotBrief;
using TestSupport::WebDriver;
namespace Key = TestSupport::Key;

class tst_ReviewBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageLoadsOfflineAndShowsTextAsText();
    void sequencePlaysAcrossCuts();
    void decisionsByKeyboardAndMouse();
    void decisionsSurviveAReload();
    void feedbackDownloadsAndImports();

private:
    QString decisionOf(int shot);

    QTemporaryDir m_dir;
    QString m_projectPath;
    QString m_downloads;
    QString m_package;
    Project m_project;
    WebDriver m_browser;
};

void tst_ReviewBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_projectPath = ReviewTest::makeProject(m_dir.path(), &m_project);
    QVERIFY2(!m_projectPath.isEmpty(), "ffmpeg could not make the test clips");
    ReviewPackageOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("package"));
    options.takes = ReviewTakes::All;
    const Result<ReviewPackageSummary> written =
        writeReviewPackage(m_project, m_projectPath, options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    m_package = written->path;
    m_downloads = m_dir.filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(m_downloads));
    QVERIFY2(m_browser.start(m_downloads), qPrintable(m_browser.error()));
}

void tst_ReviewBrowser::pageLoadsOfflineAndShowsTextAsText()
{
    const QString url = QUrl::fromLocalFile(m_package + QStringLiteral("/index.html")).toString();
    QVERIFY(url.startsWith(QLatin1String("file:///")));
    QVERIFY2(m_browser.open(url), qPrintable(m_browser.error()));
    QVERIFY2(m_browser.waitFor(QStringLiteral("return document.body.dataset.ready === 'true';")),
             "the page's script did not start (blocked by its own policy?)");
    QCOMPARE(m_browser.script(QStringLiteral("return document.title;")).toString(),
             QStringLiteral("Review <Test> 夜市 \u2013 review"));
    QCOMPARE(m_browser.script(QStringLiteral("return document.querySelectorAll('.shot').length;"))
                 .toInt(),
             3);
    // Markup from the project is shown as the text it is, and nothing in it ran.
    QCOMPARE(m_browser.script(QStringLiteral("return typeof window.pwned;")).toString(),
             QStringLiteral("undefined"));
    QCOMPARE(m_browser.script(QStringLiteral("return document.scripts.length;")).toInt(), 2);
    QCOMPARE(m_browser
                 .script(QStringLiteral("return document.querySelectorAll('img[src=\"x\"], "
                                        ".fields b, .dialogue i').length;"))
                 .toInt(),
             0);
    const QJsonArray fields =
        m_browser
            .script(QStringLiteral("return Array.from(document.querySelectorAll('#shot-3 .fields "
                                   "dd')).map(function (e) { return e.textContent; });"))
            .toArray();
    QVERIFY2(fields.contains(QString::fromUtf8(ReviewTest::HostileNote)),
             "the note is shown as text");
    QCOMPARE(m_browser
                 .script(QStringLiteral("return document.querySelector('#shot-3 "
                                        "h3').textContent;"))
                 .toString(),
             QStringLiteral("Shot 3 <b>x</b>"));
    // Every address in the page (Chromium keeps no resource timing for file:// loads) is in
    // its folder.
    const QJsonArray addresses =
        m_browser
            .script(QStringLiteral(
                "var urls = [];"
                "document.querySelectorAll('[src], [poster], [href]').forEach(function (e) {"
                "  ['src', 'poster', 'href'].forEach(function (a) {"
                "    if (e.hasAttribute(a)) urls.push(new URL(e.getAttribute(a), "
                "document.baseURI).href);"
                "  });"
                "});"
                "return urls;"))
            .toArray();
    QVERIFY(addresses.size() >= 6);
    for (const QJsonValue &address : addresses)
        QVERIFY2(address.toString().startsWith(QUrl::fromLocalFile(m_package).toString() +
                                               QLatin1Char('/')),
                 qPrintable(address.toString()));
    // The policy is in force: even a request to this machine is refused.
    const QJsonValue blocked = m_browser.command(
        "POST", QStringLiteral("execute/async"),
        QJsonObject{{QStringLiteral("script"),
                     QStringLiteral("var done = arguments[arguments.length - 1];"
                                    "fetch('http://127.0.0.1:9/').then(function () { "
                                    "done('fetched'); }, function () { done('refused'); });")},
                    {QStringLiteral("args"), QJsonArray()}});
    QCOMPARE(blocked.toString(), QStringLiteral("refused"));
}

void tst_ReviewBrowser::sequencePlaysAcrossCuts()
{
    // Space plays (the focus on the page, not in a field); the playhead crosses from the
    // first clip into the second shot's circled take, then to the third shot's slate, and the
    // sequence stops at its end. The highlighted segment and card follow it.
    QVERIFY(m_browser.click(QStringLiteral("#shots-heading")));
    QCOMPARE(m_browser.script(QStringLiteral("return document.body.dataset.playhead;")).toString(),
             QStringLiteral("1"));
    QVERIFY(m_browser.keys(QStringLiteral(" ")));
    QVERIFY2(
        m_browser.waitFor(QStringLiteral("return document.body.dataset.player === 'playing';")),
        "Space did not start the player");
    QVERIFY2(m_browser.waitFor(
                 QStringLiteral("return document.body.dataset.playhead === '2' && "
                                "document.querySelector('.segment.current').textContent === '2' "
                                "&& document.querySelector('#shot-2').classList.contains("
                                "'playing');")),
             "the playhead did not cross into shot 2");
    // Shot 2 plays its circled take (the second), not the first.
    QVERIFY(m_browser.waitFor(
        QStringLiteral("var v = document.querySelector('video.layer.shown');"
                       "return v !== null && /002-2\\.mp4$/.test(v.src) && v.currentTime > 0;")));
    QVERIFY2(m_browser.waitFor(QStringLiteral("return document.body.dataset.playhead === '3' && "
                                              "document.querySelector('#still').classList."
                                              "contains('shown');")),
             "the playhead did not reach shot 3's slate");
    QVERIFY2(m_browser.waitFor(QStringLiteral("return document.body.dataset.player === 'paused';")),
             "the sequence did not stop at its end");
    QCOMPARE(m_browser.script(QStringLiteral("return document.body.dataset.current;")).toString(),
             QStringLiteral("3"));
}

QString tst_ReviewBrowser::decisionOf(int shot)
{
    return m_browser
        .script(QStringLiteral("var card = document.getElementById('shot-%1');"
                               "if (card.querySelector('.approve').getAttribute('aria-pressed') "
                               "=== 'true') return 'approved';"
                               "if (card.querySelector('.changes').getAttribute('aria-pressed') "
                               "=== 'true') return 'changes_requested';"
                               "return '';")
                    .arg(shot))
        .toString();
}

void tst_ReviewBrowser::decisionsByKeyboardAndMouse()
{
    QVERIFY(m_browser.type(QStringLiteral("#reviewer-name"), QStringLiteral("Ana Li")));
    QVERIFY(m_browser.keys(Key::Escape)); // Leave the field: the keys go to the page again.
    // Left twice from shot 3: shot 1, approved with A.
    QVERIFY(m_browser.keys(Key::Left + Key::Left));
    QCOMPARE(m_browser.script(QStringLiteral("return document.body.dataset.current;")).toString(),
             QStringLiteral("1"));
    QVERIFY(m_browser.keys(QStringLiteral("a")));
    QCOMPARE(decisionOf(1), QStringLiteral("approved"));
    // Shot 2: changes requested with C, the first take preferred, a note with markup.
    QVERIFY(m_browser.keys(Key::Right + QStringLiteral("c")));
    QCOMPARE(decisionOf(2), QStringLiteral("changes_requested"));
    QVERIFY(m_browser.click(QStringLiteral("#shot-2 input[type=radio][value='take-2a']")));
    QVERIFY(m_browser.type(QStringLiteral("#shot-2 textarea"),
                           QStringLiteral("Warmer <b>key</b>, slower")));
    // Shot 3 by mouse: Approve, then Approve again takes it back, then Changes requested.
    QVERIFY(m_browser.click(QStringLiteral("#shot-3 .approve")));
    QCOMPARE(decisionOf(3), QStringLiteral("approved"));
    QVERIFY(m_browser.click(QStringLiteral("#shot-3 .approve")));
    QCOMPARE(decisionOf(3), QString());
    QVERIFY(m_browser.click(QStringLiteral("#shot-3 .changes")));
    QVERIFY(m_browser.type(QStringLiteral("#shot-3 textarea"),
                           QStringLiteral("</script><script>window.pwned=3</script> & more")));
    QCOMPARE(m_browser
                 .script(QStringLiteral("return document.getElementById('progress')."
                                        "textContent;"))
                 .toString(),
             QStringLiteral("3 of 3 shots reviewed"));
}

void tst_ReviewBrowser::decisionsSurviveAReload()
{
    // Closing the tab loses nothing: the decisions live in local storage.
    QVERIFY(!m_browser.command("POST", QStringLiteral("refresh")).isUndefined());
    QVERIFY(m_browser.waitFor(QStringLiteral("return document.body.dataset.ready === 'true';")));
    QCOMPARE(decisionOf(1), QStringLiteral("approved"));
    QCOMPARE(decisionOf(2), QStringLiteral("changes_requested"));
    QCOMPARE(decisionOf(3), QStringLiteral("changes_requested"));
    QCOMPARE(m_browser
                 .script(QStringLiteral("return document.getElementById('reviewer-name')."
                                        "value;"))
                 .toString(),
             QStringLiteral("Ana Li"));
    QCOMPARE(m_browser
                 .script(QStringLiteral("return document.querySelector('#shot-2 "
                                        "textarea').value;"))
                 .toString(),
             QStringLiteral("Warmer <b>key</b>, slower"));
    QVERIFY(m_browser
                .script(QStringLiteral("return document.querySelector(\"#shot-2 "
                                       "input[value='take-2a']\").checked;"))
                .toBool());
    QCOMPARE(m_browser.script(QStringLiteral("return typeof window.pwned;")).toString(),
             QStringLiteral("undefined"));

    const QByteArray png = m_browser.screenshotPng();
    QVERIFY(png.startsWith("\x89PNG"));
    QFile file(QStringLiteral(SHOTBRIEF_BINARY_DIR "/review-page.png"));
    if (file.open(QIODevice::WriteOnly))
        file.write(png);
}

void tst_ReviewBrowser::feedbackDownloadsAndImports()
{
    QVERIFY(m_browser.click(QStringLiteral("#download")));
    const QString expected = QStringLiteral("Review Test.review-Ana-Li-%1.json")
                                 .arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QDir(m_downloads).filePath(expected);
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(path),
                              qPrintable(QDir(m_downloads).entryList().join(QLatin1Char(' '))),
                              30000);

    // Imported as the window does it: one undo step on the project from disk.
    const Result<ReviewFeedback> feedback = ReviewFeedbackFile::load(path);
    QVERIFY2(feedback, qPrintable(feedback ? QString() : feedback.error().toString()));
    QCOMPARE(feedback->reviewer, QStringLiteral("Ana Li"));
    ProjectDocument document;
    QVERIFY(document.load(m_projectPath));
    const ReviewImportPlan plan = planReviewImport(document.project(), {feedback.value()});
    QCOMPARE(plan.appliedCount(), 3);
    QCOMPARE(plan.skippedCount(), 0);
    QVERIFY(document.setShotReviews(plan.reviewsByShot, QStringLiteral("Import reviews")));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.save());

    const Result<LoadedProject> saved = ProjectFile::load(m_projectPath);
    QVERIFY(saved);
    const QList<Shot> &shots = saved->project.shots;
    QCOMPARE(shots.at(0).reviews.size(), 1);
    QCOMPARE(shots.at(0).reviews.at(0).reviewer, QStringLiteral("Ana Li"));
    QCOMPARE(shots.at(0).reviews.at(0).decision, ReviewDecision::Approved);
    QVERIFY(shots.at(0).reviews.at(0).at.isValid());
    QCOMPARE(shots.at(1).reviews.at(0).decision, ReviewDecision::ChangesRequested);
    QCOMPARE(shots.at(1).reviews.at(0).note, QStringLiteral("Warmer <b>key</b>, slower"));
    QCOMPARE(shots.at(1).reviews.at(0).preferredTakeId, QStringLiteral("take-2a"));
    QCOMPARE(shots.at(2).reviews.at(0).decision, ReviewDecision::ChangesRequested);
    QCOMPARE(shots.at(2).reviews.at(0).note,
             QStringLiteral("</script><script>window.pwned=3</script> & more"));
}

QTEST_MAIN(tst_ReviewBrowser)
#include "tst_reviewbrowser.moc"
