// SPDX-License-Identifier: MIT
// The prompt sheet and storyboard PDFs, checked with poppler: every shot's label and prompt
// come back from pdftotext, CJK fonts are embedded, every page has its furniture, and no
// word lies outside the page margins.

#include "testproject.h"

#include "export/exportdata.h"
#include "export/exporter.h"
#include "io/projectfile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

QString squeezed(const QString &text)
{
    QString normalized = text.normalized(QString::NormalizationForm_KC);
    normalized.remove(QRegularExpression(QStringLiteral("\\s+")));
    return normalized;
}

QString pdfText(const QString &path)
{
    QByteArray out;
    if (TestProject::run(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")},
            &out) != 0)
        return {};
    return QString::fromUtf8(out);
}

QString unescaped(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

struct WordBox
{
    double xMin, yMin, xMax, yMax, pageWidth, pageHeight;
    QString word;
};

QList<WordBox> pdfWords(const QString &path)
{
    QByteArray out;
    TestProject::run(QStringLiteral("pdftotext"),
                     {QStringLiteral("-bbox"), path, QStringLiteral("-")}, &out);
    QList<WordBox> words;
    double width = 0;
    double height = 0;
    static const QRegularExpression pageRe(
        QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" "
                       "yMax=\"([0-9.-]+)\">([^<]*)</word>"));
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (const auto page = pageRe.match(line); page.hasMatch()) {
            width = page.captured(1).toDouble();
            height = page.captured(2).toDouble();
        } else if (const auto word = wordRe.match(line); word.hasMatch()) {
            words.append({word.captured(1).toDouble(), word.captured(2).toDouble(),
                          word.captured(3).toDouble(), word.captured(4).toDouble(), width, height,
                          unescaped(word.captured(5))});
        }
    }
    return words;
}

} // namespace

class tst_PromptSheetPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void promptSheet_data();
    void promptSheet();
    void cjkFontsEmbedded();
    void storyboard_data();
    void storyboard();
    void firstAndLastFramesAreShown();
    void cancelLeavesNoFile();
    void cancelEveryFormat_data();
    void cancelEveryFormat();
    void failedWriteKeepsOldFile();

private:
    QTemporaryDir m_dir{qEnvironmentVariableIsSet("EXPORT_KEEP")
                            ? qEnvironmentVariable("EXPORT_KEEP") + QStringLiteral("/XXXXXX")
                            : QDir::tempPath() + QStringLiteral("/tst_export-XXXXXX")};
    Project m_project;
    QString m_projectPath;
};

void tst_PromptSheetPdf::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("EXPORT_KEEP"));
    m_project = TestProject::make(6);
    m_projectPath = TestProject::attachClips(m_project, m_dir.path(), {0, 2});
    QVERIFY2(!m_projectPath.isEmpty(), "ffmpeg could not make the test clips");
    m_project.shots[2].reviews = {Review{
        QStringLiteral("Ana 安娜"), ReviewDecision::ChangesRequested,
        QStringLiteral("更暖的主光 <b>warmer</b> key light"), m_project.shots[2].circledTakeId,
        QDateTime(QDate(2026, 9, 21), QTime(8, 0), Qt::UTC)}};
}

void tst_PromptSheetPdf::promptSheet_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("a4-portrait") << PaperSize::A4 << false;
    QTest::newRow("letter-portrait") << PaperSize::Letter << false;
    QTest::newRow("a4-landscape") << PaperSize::A4 << true;
}

void tst_PromptSheetPdf::promptSheet()
{
    QFETCH(PaperSize, paper);
    QFETCH(bool, landscape);
    ExportOptions options;
    options.format = ExportFormat::PromptSheetPdf;
    options.paper = paper;
    options.landscape = landscape;
    const QString out = m_dir.filePath(
        QStringLiteral("sheet-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    int calls = 0;
    int lastDone = -1;
    const Result<void> result =
        exportToFile(m_project, m_projectPath, out, options, [&](int done, int total) {
            ++calls;
            lastDone = done;
            return done <= total;
        });
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
    QVERIFY2(calls > int(m_project.shots.size()), "progress is reported per shot");
    QCOMPARE(lastDone, int(m_project.shots.size()) * 2);

    const QString text = pdfText(out);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const QList<WordBox> words = pdfWords(out);
    // The body text without the page furniture, so a prompt that continues on the next
    // page reads as one piece.
    QString body;
    for (const WordBox &word : words) {
        if (word.yMin > 40 && word.yMax < word.pageHeight - 40)
            body += word.word;
    }
    const QString flat = squeezed(body);
    const ExportData data =
        collectExportData(m_project, m_projectPath, options, PriceTable::builtIn());
    for (const ExportShot &item : data.shots) {
        QVERIFY2(flat.contains(squeezed(QStringLiteral("Shot ") + item.shot->label)),
                 qPrintable(QStringLiteral("label of shot %1 missing").arg(item.number)));
        QVERIFY2(!item.prompt.isEmpty(), "the composer gave an empty prompt");
        QVERIFY2(flat.contains(squeezed(item.prompt)),
                 qPrintable(QStringLiteral("prompt of shot %1 missing").arg(item.shot->label)));
    }
    QVERIFY2(flat.contains(squeezed(m_project.cast.first().identity)), "cast identity missing");
    const Shot &reviewed = m_project.shots.at(2);
    QVERIFY2(unescaped(flat).contains(squeezed(reviewText(reviewed, reviewed.reviews.at(0)))),
             "the review is missing from the sheet");

    // The pictures: the circled takes' thumbnails are embedded, the other shots are slates.
    QByteArray images;
    QCOMPARE(TestProject::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out}, &images),
             0);
    const int imageCount = int(images.trimmed().split('\n').size()) - 2; // two header lines
    QCOMPARE(imageCount, 2);

    // Every page: the project title and "Page n of m".
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(
        pages.size() >= m_project.shots.size() + 2,
        qPrintable(
            QStringLiteral("only %1 pages; the long prompt should continue").arg(pages.size())));
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = squeezed(pages.at(i));
        QVERIFY2(
            page.contains(squeezed(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size()))),
            qPrintable(QStringLiteral("page %1 has no page number").arg(i + 1)));
        QVERIFY2(page.contains(squeezed(m_project.title)),
                 qPrintable(QStringLiteral("page %1 has no project name").arg(i + 1)));
    }

    // Nothing runs off the page: every word inside the margins (14 pt of the edge).
    QVERIFY2(words.size() > 200, "pdftotext -bbox found too few words");
    for (const WordBox &word : words) {
        const bool inside = word.xMin >= 14 && word.yMin >= 14 &&
                            word.xMax <= word.pageWidth - 14 && word.yMax <= word.pageHeight - 14;
        QVERIFY2(inside, qPrintable(QStringLiteral("\"%1\" at %2,%3-%4,%5 leaves the %6x%7 page")
                                        .arg(word.word)
                                        .arg(word.xMin)
                                        .arg(word.yMin)
                                        .arg(word.xMax)
                                        .arg(word.yMax)
                                        .arg(word.pageWidth)
                                        .arg(word.pageHeight)));
    }
}

void tst_PromptSheetPdf::cjkFontsEmbedded()
{
    ExportOptions options;
    const QString out = m_dir.filePath(QStringLiteral("cjk.pdf"));
    const Result<void> result = exportToFile(m_project, m_projectPath, out, options);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
    QByteArray fonts;
    QCOMPARE(TestProject::run(QStringLiteral("pdffonts"), {out}, &fonts), 0);
    // Chinese in the SC face, Japanese (it has kana) in the JP face.
    QVERIFY2(fonts.contains("NotoSansCJKsc"), fonts.constData());
    QVERIFY2(fonts.contains("NotoSansCJKjp"), fonts.constData());
    for (const QByteArray &line : fonts.split('\n')) {
        if (line.contains("NotoSansCJK"))
            QVERIFY2(line.contains(" yes "), line.constData()); // emb column: embedded
    }
    const QString flat = squeezed(pdfText(out));
    QVERIFY2(flat.contains(squeezed(m_project.shots.at(1).sceneProse)), "Chinese text lost");
    QVERIFY2(flat.contains(squeezed(m_project.shots.at(2).sceneProse)), "Japanese text lost");
    QVERIFY2(flat.contains(squeezed(m_project.title)), "title lost");
}

void tst_PromptSheetPdf::storyboard_data()
{
    QTest::addColumn<int>("perPage");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("shots");
    QTest::newRow("6-portrait-13-shots") << 6 << false << 13;
    QTest::newRow("9-portrait-9-shots") << 9 << false << 9;
    QTest::newRow("6-landscape-7-shots") << 6 << true << 7;
    QTest::newRow("1-portrait-3-shots") << 1 << false << 3;
    QTest::newRow("2-landscape-5-shots") << 2 << true << 5;
    QTest::newRow("4-portrait-9-shots") << 4 << false << 9;
    QTest::newRow("9-landscape-10-shots") << 9 << true << 10;
}

void tst_PromptSheetPdf::storyboard()
{
    QFETCH(int, perPage);
    QFETCH(bool, landscape);
    QFETCH(int, shots);
    Project project = TestProject::make(shots);
    ExportOptions options;
    options.format = ExportFormat::StoryboardPdf;
    options.storyboardFramesPerPage = perPage;
    options.landscape = landscape;
    const QString out = m_dir.filePath(
        QStringLiteral("board-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    const Result<void> result = exportToFile(project, QString(), out, options);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
    const QString text = pdfText(out);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), (shots + perPage - 1) / perPage);
    for (int i = 0; i < shots; ++i) {
        const QString page = squeezed(pages.at(i / perPage));
        QVERIFY2(
            page.contains(
                squeezed(QStringLiteral("%1 · %2").arg(i + 1).arg(project.shots.at(i).label))),
            qPrintable(QStringLiteral("shot %1 not on page %2").arg(i + 1).arg(i / perPage + 1)));
        QVERIFY2(page.contains(
                     squeezed(QStringLiteral("%1 s").arg(project.shots.at(i).durationSeconds))),
                 "duration missing");
    }
    for (const WordBox &word : pdfWords(out)) {
        QVERIFY2(word.xMin >= 17 && word.xMax <= word.pageWidth - 14 && word.yMin >= 17 &&
                     word.yMax <= word.pageHeight - 14,
                 qPrintable(QStringLiteral("\"%1\" leaves the page").arg(word.word)));
    }
}

void tst_PromptSheetPdf::firstAndLastFramesAreShown()
{
    // A shot with a first and a last frame: both boards show them, labelled, as insets.
    const QString projectPath = m_dir.filePath(QStringLiteral("frames/Frames.shotbrief"));
    const QString refs = ProjectFile::mediaFolderFor(projectPath) + QStringLiteral("/refs");
    QVERIFY(QDir().mkpath(refs));
    for (const auto &[name, color] : {std::pair{QStringLiteral("first.png"), QColor(Qt::red)},
                                      std::pair{QStringLiteral("last.png"), QColor(Qt::blue)}}) {
        QImage picture(1280, 720, QImage::Format_RGB32);
        picture.fill(color);
        QVERIFY(picture.save(refs + QLatin1Char('/') + name));
    }
    Project project = TestProject::make(1);
    project.shots[0].size = QStringLiteral("1280x720");
    project.shots[0].referenceImage = QStringLiteral("refs/first.png");
    project.shots[0].lastFrame = QStringLiteral("refs/last.png");
    QVERIFY(ProjectFile::save(project, projectPath));
    for (const ExportFormat format : {ExportFormat::StoryboardPdf, ExportFormat::PromptSheetPdf}) {
        ExportOptions options;
        options.format = format;
        const QString out = m_dir.filePath(QStringLiteral("frames/out-%1.pdf").arg(int(format)));
        const Result<void> result = exportToFile(project, projectPath, out, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        // NFKC: the PDF may set "fi" as one ligature.
        const QString text = squeezed(pdfText(out));
        QVERIFY2(text.contains(QStringLiteral("firstframe")) &&
                     text.contains(QStringLiteral("lastframe")),
                 qPrintable(text.left(400)));
        // The red first frame is the board's picture; the blue last frame is an inset in it.
        const QString png = m_dir.filePath(QStringLiteral("frames/page-%1").arg(int(format)));
        QVERIFY(TestProject::run(QStringLiteral("pdftoppm"),
                                 {QStringLiteral("-r"), QStringLiteral("40"),
                                  QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                                  QStringLiteral("-l"), QStringLiteral("2"), out, png}) == 0);
        int blue = 0;
        for (const QString &page :
             QDir(m_dir.filePath(QStringLiteral("frames")))
                 .entryList({QStringLiteral("page-%1*.png").arg(int(format))})) {
            const QImage image(m_dir.filePath(QStringLiteral("frames/") + page));
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    blue += c.blue() > 200 && c.red() < 60 && c.green() < 60 ? 1 : 0;
                }
        }
        QVERIFY2(blue > 20,
                 qPrintable(QStringLiteral("no last-frame inset (%1 blue pixels)").arg(blue)));
    }
}

void tst_PromptSheetPdf::cancelLeavesNoFile()
{
    ExportOptions options;
    const QString out = m_dir.filePath(QStringLiteral("canceled.pdf"));
    const Result<void> result = exportToFile(m_project, m_projectPath, out, options,
                                             [](int done, int) { return done < 3; });
    QVERIFY2(!result.hasValue(), "a canceled export must fail");
    QVERIFY2(!QFile::exists(out), "a canceled export left a file");
}

void tst_PromptSheetPdf::cancelEveryFormat_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat format : allExportFormats())
        QTest::newRow(qPrintable(exportFormatKey(format))) << format;
}

void tst_PromptSheetPdf::cancelEveryFormat()
{
    QFETCH(ExportFormat, format);
    ExportOptions options;
    options.format = format;
    int calls = 0;
    const Result<QByteArray> canceled =
        exportToBytes(m_project, m_projectPath, options, [&calls](int, int) {
            ++calls;
            return false;
        });
    QVERIFY2(!canceled.hasValue(), "returning false from the progress callback must cancel");
    QCOMPARE(calls, 1);
    int lastDone = -1;
    int lastTotal = -1;
    bool monotonic = true;
    const Result<QByteArray> finished =
        exportToBytes(m_project, m_projectPath, options, [&](int done, int total) {
            monotonic = monotonic && done >= lastDone;
            lastDone = done;
            lastTotal = total;
            return true;
        });
    QVERIFY2(finished.hasValue(), qPrintable(finished ? QString() : finished.error().toString()));
    QVERIFY2(monotonic, "progress went backwards");
    QVERIFY2(lastTotal > 0 && lastDone == lastTotal, "progress must end at done == total");
}

void tst_PromptSheetPdf::failedWriteKeepsOldFile()
{
    const QString out = m_dir.filePath(QStringLiteral("keep.pdf"));
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    ExportOptions options;
    const Result<void> canceled = exportToFile(m_project, m_projectPath, out, options,
                                               [](int done, int) { return done < 2; });
    QVERIFY2(!canceled.hasValue(), "canceled");
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old"));
    const Result<void> badDir = exportToFile(
        m_project, m_projectPath, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), options);
    QVERIFY2(!badDir.hasValue(), "writing into a missing folder must fail");
}

QTEST_MAIN(tst_PromptSheetPdf)
#include "tst_promptsheetpdf.moc"
