// SPDX-License-Identifier: MIT
// The review package on disk: the page with its data and policy, the media, the archive, and
// that nothing the user has is lost when writing fails or the target is someone else's folder.

#include "reviewtestproject.h"

#include "review/reviewpackage.h"
#include "review/reviewpage.h"
#include "review/shotrevision.h"

#include "io/projectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The text between `open` and the next `close` after it.
QByteArray between(const QByteArray &text, const QByteArray &open, const QByteArray &close)
{
    const qsizetype start = text.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    const qsizetype end = text.indexOf(close, from);
    return end < 0 ? QByteArray() : text.mid(from, end - from);
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class tst_ReviewPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageCarriesDataPolicyAndMedia();
    void embeddedJsonCannotCloseTheScript_data();
    void embeddedJsonCannotCloseTheScript();
    void circledOnlyAndShotSelection();
    void earlierPackageIsReplaced();
    void foreignFolderIsRefusedUntouched();
    void cancelLeavesNothing();
    void zipHoldsOneFolder();
    void pageWordsFollowTheLanguage();

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    Project m_project;
};

void tst_ReviewPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_projectPath = ReviewTest::makeProject(m_dir.path(), &m_project);
    QVERIFY2(!m_projectPath.isEmpty(), "ffmpeg could not make the test clips");
}

void tst_ReviewPackage::pageCarriesDataPolicyAndMedia()
{
    ReviewPackageOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("all"));
    options.takes = ReviewTakes::All;
    options.packageId = QStringLiteral("pkg-test");
    options.createdAt = QDateTime(QDate(2026, 9, 20), QTime(8, 0), Qt::UTC);
    const Result<ReviewPackageSummary> written =
        writeReviewPackage(m_project, m_projectPath, options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->shots, 3);
    QCOMPARE(written->clips, 3);
    QCOMPARE(written->pictures, 3 + 2 + 1); // posters, pictures of shots 1-2, a slate for 3
    QVERIFY2(written->warnings.isEmpty(), qPrintable(written->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(
        filesUnder(options.outputPath),
        (QStringList{"index.html", "media/clips/001-1.mp4", "media/clips/002-1.mp4",
                     "media/clips/002-2.mp4", "media/pictures/001.jpg", "media/pictures/002.jpg",
                     "media/pictures/003.png", "media/posters/001-1.jpg", "media/posters/002-1.jpg",
                     "media/posters/002-2.jpg"}));
    qint64 bytes = 0;
    for (const QString &file : filesUnder(options.outputPath))
        bytes += QFileInfo(QDir(options.outputPath).filePath(file)).size();
    QCOMPARE(written->bytes, bytes);
    // No working folder is left beside it.
    QCOMPARE(
        QDir(m_dir.path())
            .entryList({QStringLiteral(".shotbrief-review-*")}, QDir::AllEntries | QDir::Hidden),
        QStringList());

    const QByteArray page =
        readAll(QDir(options.outputPath).filePath(QStringLiteral("index.html")));
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains(ReviewPackage::PageMarker));
    QVERIFY(page.contains("<html lang=\"en\">"));
    QVERIFY(page.contains("<title>Review &lt;Test&gt; 夜市 \u2013 review</title>"));
    // The policy allows exactly the page's own script and style, by hash, and nothing remote.
    const QByteArray policy =
        between(page, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    const QByteArray script = between(page, "<script>", "</script>");
    const QByteArray style = between(page, "<style>", "</style>");
    QVERIFY(!script.isEmpty() && !style.isEmpty());
    QCOMPARE(policy, ReviewPage::contentSecurityPolicy(script, style));
    QVERIFY(policy.startsWith(
        "default-src 'none'; script-src 'sha256-" +
        QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64() + "'"));
    for (const char *forbidden : {"http:", "https:", "'unsafe-inline'", "'unsafe-eval'", "*"})
        QVERIFY2(!policy.contains(forbidden), forbidden);
    QVERIFY2(!page.contains("http://") && !page.contains("https://"),
             "nothing in the page names a remote address");
    QCOMPARE(page.count("<script"), 2);

    const QByteArray json =
        between(page, "<script type=\"application/json\" id=\"review-data\">", "</script>");
    QJsonParseError error;
    const QJsonObject data = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(data.value(QStringLiteral("format")).toString(),
             QStringLiteral("shotbrief-review-package"));
    QCOMPARE(data.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject package = data.value(QStringLiteral("package")).toObject();
    QCOMPARE(package.value(QStringLiteral("id")).toString(), QStringLiteral("pkg-test"));
    QCOMPARE(package.value(QStringLiteral("file")).toString(), QStringLiteral("Review Test"));
    QCOMPARE(package.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-09-20T08:00:00.000Z"));
    const QJsonArray shots = data.value(QStringLiteral("shots")).toArray();
    QCOMPARE(shots.size(), 3);
    const QJsonObject second = shots.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("scene")).toString(),
             QStringLiteral("EXT. NIGHT MARKET - NIGHT"));
    QCOMPARE(second.value(QStringLiteral("camera")).toString(),
             QStringLiteral("wide shot, slow dolly in"));
    const QJsonArray takes = second.value(QStringLiteral("takes")).toArray();
    QCOMPARE(takes.size(), 2);
    // The circled take comes first.
    QCOMPARE(takes.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("take-2b"));
    QVERIFY(takes.at(0).toObject().value(QStringLiteral("circled")).toBool());
    QCOMPARE(takes.at(0).toObject().value(QStringLiteral("clip")).toString(),
             QStringLiteral("media/clips/002-2.mp4"));
    QCOMPARE(second.value(QStringLiteral("revision")).toString(),
             shotRevision(m_project.shots.at(1),
                          {QStringLiteral("take-2b"), QStringLiteral("take-2a")}));
    // Hostile text arrives in the data as it was, for the script to show as text.
    QCOMPARE(shots.at(2).toObject().value(QStringLiteral("notes")).toString(),
             QString::fromUtf8(ReviewTest::HostileNote));
    QCOMPARE(shots.at(2).toObject().value(QStringLiteral("picture")).toString(),
             QStringLiteral("media/pictures/003.png"));
    QVERIFY(data.value(QStringLiteral("strings"))
                .toObject()
                .value(QStringLiteral("approve"))
                .isString());
    // The clips are the project's bytes.
    QCOMPARE(
        readAll(QDir(options.outputPath).filePath(QStringLiteral("media/clips/002-2.mp4"))),
        readAll(ProjectFile::mediaFolderFor(m_projectPath) + QStringLiteral("/clips/s2-b.mp4")));
}

void tst_ReviewPackage::embeddedJsonCannotCloseTheScript_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("end tag") << QByteArray(R"({"a":"</script><script>x()</script>"})");
    QTest::newRow("comment") << QByteArray(R"({"a":"<!-- <script>"})");
    QTest::newRow("ampersand") << QByteArray(R"({"a":"&lt; & >"})");
    QTest::newRow("line separators") << QByteArray("{\"a\":\"x\xe2\x80\xa8y\xe2\x80\xa9z\"}");
}

void tst_ReviewPackage::embeddedJsonCannotCloseTheScript()
{
    QFETCH(QByteArray, json);
    const QByteArray embedded = ReviewPage::embeddableJson(json);
    for (const char *c : {"<", ">", "&", "\xe2\x80\xa8", "\xe2\x80\xa9"})
        QVERIFY2(!embedded.contains(c), c);
    // JSON reads it back as the same text.
    QCOMPARE(QJsonDocument::fromJson(embedded), QJsonDocument::fromJson(json));
}

void tst_ReviewPackage::circledOnlyAndShotSelection()
{
    ReviewPackageOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("circled"));
    options.shotIds = {QStringLiteral("shot-2"), QStringLiteral("shot-3")};
    const Result<ReviewPackageSummary> written =
        writeReviewPackage(m_project, m_projectPath, options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->shots, 2);
    QCOMPARE(written->clips, 1);
    QVERIFY(QFile::exists(options.outputPath + QStringLiteral("/media/clips/002-2.mp4")));
    QVERIFY(!QFile::exists(options.outputPath + QStringLiteral("/media/clips/002-1.mp4")));
}

void tst_ReviewPackage::earlierPackageIsReplaced()
{
    ReviewPackageOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("again"));
    options.takes = ReviewTakes::All;
    QVERIFY(writeReviewPackage(m_project, m_projectPath, options));
    QVERIFY(QFile::exists(options.outputPath + QStringLiteral("/media/clips/002-1.mp4")));
    options.takes = ReviewTakes::Circled;
    QVERIFY(writeReviewPackage(m_project, m_projectPath, options));
    QVERIFY2(!QFile::exists(options.outputPath + QStringLiteral("/media/clips/002-1.mp4")),
             "the earlier package's files are gone");
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("again.old-*")}, QDir::AllEntries),
             QStringList());
}

void tst_ReviewPackage::foreignFolderIsRefusedUntouched()
{
    const QString folder = m_dir.filePath(QStringLiteral("holiday-photos"));
    QVERIFY(QDir().mkpath(folder));
    QFile photo(folder + QStringLiteral("/beach.jpg"));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write("precious");
    photo.close();
    ReviewPackageOptions options;
    options.outputPath = folder;
    const Result<ReviewPackageSummary> written =
        writeReviewPackage(m_project, m_projectPath, options);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QStringLiteral("not empty")),
             qPrintable(written.error().toString()));
    QCOMPARE(filesUnder(folder), QStringList{QStringLiteral("beach.jpg")});
    QCOMPARE(readAll(folder + QStringLiteral("/beach.jpg")), QByteArray("precious"));
}

void tst_ReviewPackage::cancelLeavesNothing()
{
    ReviewPackageOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("canceled"));
    int calls = 0;
    const Result<ReviewPackageSummary> written = writeReviewPackage(
        m_project, m_projectPath, options, [&calls](int, int) { return ++calls < 3; });
    QVERIFY(!written);
    QVERIFY(!QFileInfo::exists(options.outputPath));
    QCOMPARE(
        QDir(m_dir.path())
            .entryList({QStringLiteral(".shotbrief-review-*")}, QDir::AllEntries | QDir::Hidden),
        QStringList());
}

void tst_ReviewPackage::zipHoldsOneFolder()
{
    ReviewPackageOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("for-client"));
    options.zip = true;
    options.takes = ReviewTakes::All;
    const Result<ReviewPackageSummary> written =
        writeReviewPackage(m_project, m_projectPath, options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->path, m_dir.filePath(QStringLiteral("for-client.zip")));
    QCOMPARE(written->bytes, QFileInfo(written->path).size());
    QVERIFY(!QFileInfo::exists(options.outputPath));
    QVERIFY(!QFileInfo::exists(written->path + QStringLiteral(".partial")));

    // Unpacked with the ordinary tool, it is one folder holding the package.
    const QString unpacked = m_dir.filePath(QStringLiteral("unpacked"));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-q"), written->path, QStringLiteral("-d"), unpacked});
    QVERIFY(unzip.waitForFinished(60000));
    QCOMPARE(unzip.exitCode(), 0);
    QCOMPARE(QDir(unpacked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("for-client")});
    const QStringList files = filesUnder(unpacked + QStringLiteral("/for-client"));
    QVERIFY(files.contains(QStringLiteral("index.html")));
    QVERIFY(files.contains(QStringLiteral("media/clips/002-1.mp4")));
    QCOMPARE(files.size(), 10);
}

void tst_ReviewPackage::pageWordsFollowTheLanguage()
{
    ReviewPackageOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("zh"));
    options.language = QStringLiteral("zh_CN");
    QVERIFY(writeReviewPackage(m_project, m_projectPath, options));
    const QByteArray page = readAll(options.outputPath + QStringLiteral("/index.html"));
    QVERIFY(page.contains("<html lang=\"zh-CN\">"));
    QVERIFY(page.contains("\"language\":\"zh-CN\""));
    QCOMPARE(ReviewPackage::htmlLanguage(QStringLiteral("\"><script>")), QStringLiteral("en"));
}

QTEST_MAIN(tst_ReviewPackage)
#include "tst_reviewpackage.moc"
