// SPDX-License-Identifier: MIT
// CSV (parsed back with an RFC 4180 reader), JSON, Markdown and HTML exports.

#include "testproject.h"

#include "export/csvexport.h"
#include "export/exportdata.h"
#include "export/exporter.h"
#include "export/markdownexport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

// A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks;
// records end with CRLF. Returns false on malformed input.
bool parseCsv(const QString &text, QList<QStringList> *rows)
{
    rows->clear();
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
            ++i;
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            return false; // bare LF outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows->append(row);
    }
    return true;
}

QStringList expectedRow(const Project &project, const Shot &shot)
{
    const Scene *scene = project.sceneById(shot.sceneId);
    QStringList dialogue;
    for (const DialogueLine &line : shot.dialogue)
        dialogue.append(line.speaker + QStringLiteral(": ") + line.line);
    QStringList palette;
    const Palette &colors = shot.palette.isEmpty() ? project.style.palette : shot.palette;
    for (const PaletteColor &color : colors)
        palette.append(color.name + QLatin1Char(' ') + color.hex);
    return {scene ? scene->title : QString(),
            shot.label,
            shot.framing.phrase(),
            shot.angle.phrase(),
            shot.movement.phrase(),
            shot.lensStyle.isEmpty() ? project.style.lensStyle : shot.lensStyle,
            QString::number(shot.durationSeconds),
            shot.sceneProse,
            shot.actionBeats.join(QLatin1Char('\n')),
            dialogue.join(QLatin1Char('\n')),
            palette.join(QStringLiteral("; ")),
            shot.circledTakeId.isEmpty() ? QStringLiteral("not generated")
                                         : QStringLiteral("circled"),
            QString()};
}

Result<QByteArray> exportAs(const Project &project, const QString &path, ExportFormat format,
                            bool bom = false)
{
    ExportOptions options;
    options.format = format;
    options.csvByteOrderMark = bom;
    options.exportedAt = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    return exportToBytes(project, path, options);
}

} // namespace

class tst_TextExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvField_data();
    void csvField();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void json();
    void jsonFollowsTheEdit();
    void markdown();
    void markdownEscaping_data();
    void markdownEscaping();
    void html();
    void circledTakeByNameAndWhetherOutOfDate();
    void reviewsInEveryTextFormat();
    void selectionKeepsOrder();
    void pdfWithoutGuiApplicationFails();

private:
    QTemporaryDir m_dir;
    Project m_project;
    QString m_projectPath;
};

void tst_TextExports::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_project = TestProject::make(5);
    m_projectPath = TestProject::attachClips(m_project, m_dir.path(), {1});
    QVERIFY2(!m_projectPath.isEmpty(), "ffmpeg could not make the test clips");
}

void tst_TextExports::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("wide shot") << QStringLiteral("wide shot");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("cjk") << QStringLiteral("夜市，雨") << QStringLiteral("夜市，雨");
    QTest::newRow("empty") << QString() << QString();
}

void tst_TextExports::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ShotBrief::csvField(text), expected);
}

void tst_TextExports::csvRoundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("utf8") << false;
    QTest::newRow("utf8-bom") << true;
}

void tst_TextExports::csvRoundTrip()
{
    QFETCH(bool, bom);
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Csv, bom);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    QCOMPARE(bytes->startsWith("\xEF\xBB\xBF"), bom);
    QString text = QString::fromUtf8(bom ? bytes->mid(3) : *bytes);
    QList<QStringList> rows;
    QVERIFY2(parseCsv(text, &rows), "the CSV is not valid RFC 4180");
    QCOMPARE(rows.size(), m_project.shots.size() + 1);
    QCOMPARE(rows.first(),
             QStringList({"scene", "shot", "size", "angle", "movement", "lens", "duration",
                          "description", "action", "dialogue", "palette", "status", "reviews"}));
    for (int i = 0; i < m_project.shots.size(); ++i)
        QCOMPARE(rows.at(i + 1), expectedRow(m_project, m_project.shots.at(i)));
}

void tst_TextExports::json()
{
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Json);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray shots = doc.object().value(QStringLiteral("shots")).toArray();
    QCOMPARE(shots.size(), m_project.shots.size());
    const ExportData data = collectExportData(m_project, m_projectPath, {}, PriceTable::builtIn());
    for (int i = 0; i < shots.size(); ++i) {
        const QJsonObject shot = shots.at(i).toObject();
        const QJsonObject request = shot.value(QStringLiteral("request")).toObject();
        QCOMPARE(shot.value(QStringLiteral("label")).toString(), m_project.shots.at(i).label);
        QCOMPARE(request.value(QStringLiteral("prompt")).toString(), data.shots.at(i).prompt);
        QCOMPARE(request.value(QStringLiteral("seconds")).toString(),
                 QString::number(m_project.shots.at(i).durationSeconds));
        QCOMPARE(request.value(QStringLiteral("model")).toString(), QStringLiteral("sora-2"));
        QCOMPARE(request.value(QStringLiteral("size")).toString(), QStringLiteral("1280x720"));
    }
    const QJsonObject circled =
        shots.at(1).toObject().value(QStringLiteral("circled_take")).toObject();
    QCOMPARE(circled.value(QStringLiteral("id")).toString(), m_project.shots.at(1).circledTakeId);
    QVERIFY2(circled.value(QStringLiteral("clip")).toString().endsWith(QStringLiteral(".mp4")),
             "the circled take's clip path is missing");
    QVERIFY(shots.at(0).toObject().value(QStringLiteral("circled_take")).isNull());
}

void tst_TextExports::jsonFollowsTheEdit()
{
    // The editor trimmed shot 2's take to 0.5-2.5 s and dropped shot 4.
    Project project = m_project;
    Take &take = project.shots[1].takes[0];
    take.inMs = 500;
    take.outMs = 2500;
    project.shots[3].cut = true;
    const Result<QByteArray> bytes = exportAs(project, m_projectPath, ExportFormat::Json);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    const QJsonArray shots =
        QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("shots")).toArray();
    QCOMPARE(shots.size(), project.shots.size() - 1);
    for (const QJsonValue &shot : shots)
        QVERIFY(shot.toObject().value(QStringLiteral("id")).toString() != project.shots[3].id);
    const QJsonObject trimmed = shots.at(1).toObject();
    QCOMPARE(trimmed.value(QStringLiteral("seconds")).toInt(), project.shots[1].durationSeconds);
    QCOMPARE(trimmed.value(QStringLiteral("edit_ms")).toInt(), 2000);
    const QJsonObject circled = trimmed.value(QStringLiteral("circled_take")).toObject();
    QCOMPARE(circled.value(QStringLiteral("in_ms")).toInt(), 500);
    QCOMPARE(circled.value(QStringLiteral("out_ms")).toInt(), 2500);
    // A shot without a clip lasts its duration.
    QCOMPARE(shots.at(0).toObject().value(QStringLiteral("edit_ms")).toInt(),
             project.shots[0].durationSeconds * 1000);

    // The sheets say both lengths for the trimmed shot, one for the others.
    const QString inTheCut =
        QStringLiteral("%1 s (2.00 s in the cut)").arg(project.shots[1].durationSeconds);
    for (const ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html}) {
        const Result<QByteArray> sheet = exportAs(project, m_projectPath, format);
        QVERIFY(sheet.hasValue());
        const QString text = QString::fromUtf8(*sheet);
        QVERIFY2(text.contains(inTheCut), qPrintable(exportFormatSuffix(format)));
        QCOMPARE(text.count(QLatin1String("in the cut")), 1);
    }
}

void tst_TextExports::markdown()
{
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Markdown);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    const QString md = QString::fromUtf8(*bytes);
    const ExportData data = collectExportData(m_project, m_projectPath, {}, PriceTable::builtIn());
    for (const ExportShot &item : data.shots) {
        QVERIFY2(md.contains(QStringLiteral("## Shot ") + item.shot->label),
                 qPrintable(item.shot->label));
        // The prompt sits verbatim inside a fence.
        QVERIFY2(md.contains(QStringLiteral("```text\n") + item.prompt + QStringLiteral("\n```")),
                 qPrintable(QStringLiteral("prompt of %1").arg(item.shot->label)));
    }
    QVERIFY2(md.contains(QStringLiteral("![Shot 2A](<file://")), "thumbnail link missing");
}

void tst_TextExports::markdownEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("emphasis") << QStringLiteral("*wet* _asphalt_")
                              << QStringLiteral("\\*wet\\* \\_asphalt\\_");
    QTest::newRow("table-pipe") << QStringLiteral("a|b") << QStringLiteral("a\\|b");
    QTest::newRow("html") << QStringLiteral("<b>") << QStringLiteral("\\<b\\>");
    QTest::newRow("cjk") << QStringLiteral("夜市") << QStringLiteral("夜市");
}

void tst_TextExports::markdownEscaping()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(markdownEscaped(text), expected);
}

void tst_TextExports::html()
{
    Project project = m_project;
    project.shots[0].notes = QStringLiteral("<script>alert(1)</script> & \"quotes\"");
    const Result<QByteArray> bytes = exportAs(project, m_projectPath, ExportFormat::Html);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    const QString html = QString::fromUtf8(*bytes);
    QVERIFY2(!html.contains(QStringLiteral("<script>")), "user text is not escaped");
    QVERIFY2(html.contains(
                 QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")),
             "escaped notes missing");
    QVERIFY2(html.contains(QStringLiteral("src=\"data:image/")), "the thumbnail is not embedded");
    static const QRegularExpression external(QStringLiteral("(src|href)=\"(?!data:)"));
    QVERIFY2(!html.contains(external), "the HTML refers to an outside file");
    QVERIFY2(html.contains(QStringLiteral("美在夜市的摊位前停下")), "CJK text lost");
    QCOMPARE(html.count(QStringLiteral("<section class=\"shot\"")), project.shots.size());
}

void tst_TextExports::circledTakeByNameAndWhetherOutOfDate()
{
    // The test project's takes were made from the prompt "prompt", not from today's briefs.
    for (const ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html}) {
        const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, format);
        QVERIFY(bytes.hasValue());
        const QString text = QString::fromUtf8(*bytes);
        const qsizetype at = text.indexOf(QStringLiteral("Circled take"));
        QVERIFY2(at >= 0, "no circled take row");
        const QString row = text.mid(at, text.indexOf(QLatin1Char('\n'), at) - at);
        QVERIFY2(row.contains(QStringLiteral("Take 1 (ready)")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("Out of date: the prompt changed")), qPrintable(row));
        QVERIFY2(!row.contains(QStringLiteral("take-")), qPrintable(row)); // no id
    }
    // JSON keeps the id, and says why the take is out of date.
    const Result<QByteArray> json = exportAs(m_project, m_projectPath, ExportFormat::Json);
    QVERIFY(json.hasValue());
    const QJsonObject circled = QJsonDocument::fromJson(*json)
                                    .object()
                                    .value(QStringLiteral("shots"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("circled_take"))
                                    .toObject();
    QCOMPARE(circled.value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(circled.value(QStringLiteral("out_of_date")).toArray().first().toString(),
             QStringLiteral("the prompt changed"));
}

void tst_TextExports::reviewsInEveryTextFormat()
{
    Project project = m_project;
    Shot &shot = project.shots[1];
    shot.reviews = {Review{QStringLiteral("Ana"), ReviewDecision::ChangesRequested,
                           QStringLiteral("<b>warmer</b> | *key*"), shot.circledTakeId,
                           QDateTime(QDate(2026, 9, 21), QTime(8, 0), Qt::UTC)},
                    Review{QStringLiteral("Bo"), ReviewDecision::Approved, {}, {}, {}}};
    const QString ana = QStringLiteral(
        "Ana: changes requested (prefers take 1; 2026-09-21) \u2014 <b>warmer</b> | *key*");
    QCOMPARE(reviewText(shot, shot.reviews.at(0)), ana);
    QCOMPARE(reviewText(shot, shot.reviews.at(1)), QStringLiteral("Bo: approved"));

    const QString md = QString::fromUtf8(*exportAs(project, m_projectPath, ExportFormat::Markdown));
    QVERIFY2(md.contains(QStringLiteral("**Reviews**\n\n- ") + markdownEscaped(ana) +
                         QStringLiteral("\n- Bo: approved\n")),
             qPrintable(md));
    const QString html = QString::fromUtf8(*exportAs(project, m_projectPath, ExportFormat::Html));
    QVERIFY(html.contains(QStringLiteral("<li>") + ana.toHtmlEscaped() + QStringLiteral("</li>")));
    QVERIFY(!html.contains(QStringLiteral("<b>warmer")));
    QList<QStringList> rows;
    QVERIFY(
        parseCsv(QString::fromUtf8(*exportAs(project, m_projectPath, ExportFormat::Csv)), &rows));
    QCOMPARE(rows.at(2).constLast(), ana + QStringLiteral("\nBo: approved"));
    const QJsonArray reviews =
        QJsonDocument::fromJson(*exportAs(project, m_projectPath, ExportFormat::Json))
            .object()
            .value(QStringLiteral("shots"))
            .toArray()
            .at(1)
            .toObject()
            .value(QStringLiteral("reviews"))
            .toArray();
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("decision")).toString(),
             QStringLiteral("changes_requested"));
    QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-09-21T08:00:00Z"));
    QVERIFY(reviews.at(1).toObject().value(QStringLiteral("at")).isNull());
}

void tst_TextExports::selectionKeepsOrder()
{
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.shotIds = {m_project.shots.at(3).id, m_project.shots.at(1).id};
    const Result<QByteArray> bytes = exportToBytes(m_project, m_projectPath, options);
    QVERIFY(bytes.hasValue());
    QList<QStringList> rows;
    QVERIFY(parseCsv(QString::fromUtf8(*bytes), &rows));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(1), m_project.shots.at(1).label);
    QCOMPARE(rows.at(2).at(1), m_project.shots.at(3).label);
}

void tst_TextExports::pdfWithoutGuiApplicationFails()
{
    // This test runs under a QCoreApplication: painting text would abort inside QFont.
    const Result<QByteArray> bytes =
        exportAs(m_project, m_projectPath, ExportFormat::PromptSheetPdf);
    QVERIFY2(!bytes.hasValue(), "expected an error, not a PDF");
    QVERIFY2(bytes.error().message.contains(QStringLiteral("QGuiApplication")),
             qPrintable(bytes.error().message));
}

QTEST_GUILESS_MAIN(tst_TextExports)
#include "tst_textexports.moc"
