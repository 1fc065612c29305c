// SPDX-License-Identifier: MIT
// Hostile scripts: binary files, truncated XML, entity expansion and external entities, deep
// nesting, 10 MB of one line, millions of lines, invalid UTF-8. Each is refused with a message
// naming the file (and where), or read with its paragraphs bounded; none crashes or floods the
// memory.
#include "script/fdxparser.h"
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scripttext.h"

#include <QFile>
#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/core/script/data/") +
               QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<ImportPlan> import(const QByteArray &bytes, const QString &name)
{
    const Result<ScriptSource> source = readScriptBytes(bytes, name);
    if (!source)
        return source.error();
    return source->plan(ScriptImporter(Project(), ProviderCapabilities::openAiVideos()));
}

} // namespace

class tst_HostileScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void everyTruncationOfAnFdxIsHandled();
    void tenMegabytesOfOneLine_data();
    void tenMegabytesOfOneLine();
    void millionsOfLinesAndScenesAreBounded();
    void utf16WithBomAndLoneSurrogates();
    void billionLaughsIsRefusedBeforeExpansion();
};

void tst_HostileScript::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("line");

    QByteArray random(4096, 0);
    quint32 seed = 20261207;
    for (char &c : random) {
        seed = seed * 1664525u + 1013904223u;
        c = char(seed >> 24);
    }
    QTest::newRow("random bytes") << random << QStringLiteral("noise.fountain")
                                  << QStringLiteral("binary") << 0;
    QTest::newRow("random bytes as fdx")
        << random << QStringLiteral("noise.fdx") << QStringLiteral("binary") << 0;
    QTest::newRow("zip (a .highland or .docx)")
        << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << QStringLiteral("script.fountain")
        << QStringLiteral("archive") << 0;
    QTest::newRow("invalid utf-8, line 3")
        << QByteArray("INT. A - DAY\n\nCaf\xc3 bad.\n") << QStringLiteral("a.fountain")
        << QStringLiteral("UTF-8") << 3;
    QTest::newRow("overlong utf-8") << QByteArray("INT. A - DAY\n\n\xc0\xaf\n")
                                    << QStringLiteral("a.fountain") << QStringLiteral("UTF-8") << 3;
    QTest::newRow("utf-8 surrogate")
        << QByteArray("INT. A - DAY\n\n\xed\xa0\x80\n") << QStringLiteral("a.fountain")
        << QStringLiteral("UTF-8") << 3;
    QTest::newRow("invalid utf-8 in fdx")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><FinalDraft><Content><Paragraph "
                      "Type=\"Action\"><Text>Caf\xe9</Text></Paragraph></Content></FinalDraft>")
        << QStringLiteral("a.fdx") << QString() << -1;
    QTest::newRow("surrogate character reference in fdx")
        << QByteArray("<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&#xD800;</Text>"
                      "</Paragraph></Content></FinalDraft>")
        << QStringLiteral("a.fdx") << QString() << -1;
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [\n<!ENTITY x SYSTEM "
                      "\"file:///etc/passwd\">\n]>\n<FinalDraft><Content><Paragraph "
                      "Type=\"Action\"><Text>&x;</Text></Paragraph></Content></FinalDraft>")
        << QStringLiteral("x.fdx") << QStringLiteral("DTD") << -1;
    QTest::newRow("parameter entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE FinalDraft [<!ENTITY % p SYSTEM "
                      "\"http://127.0.0.1:1/x.dtd\"> %p;]><FinalDraft/>")
        << QStringLiteral("x.fdx") << QString() << -1;
    QByteArray deep = "<FinalDraft><Content>";
    for (int i = 0; i < 200000; ++i)
        deep += "<Paragraph>";
    QTest::newRow("200,000 levels deep")
        << deep << QStringLiteral("deep.fdx") << QStringLiteral("64") << -1;
    QTest::newRow("csv quote never closed")
        << (QByteArray("Scene,Shot,Description\n1,1,\"") + QByteArray(1000000, 'x'))
        << QStringLiteral("list.csv") << QStringLiteral("not closed") << 2;
    QByteArray wide = "Shot,Description";
    for (int i = 0; i < 300; ++i)
        wide += ",Extra";
    QTest::newRow("csv 300 columns")
        << (wide + "\n1,a\n") << QStringLiteral("list.csv") << QStringLiteral("columns") << 1;
    QByteArray manyRows = "Shot,Description\n";
    for (int i = 0; i < 20010; ++i)
        manyRows += QByteArray::number(i) + ",a\n";
    QTest::newRow("csv over 20,000 rows")
        << manyRows << QStringLiteral("list.csv") << QStringLiteral("rows") << -1;
}

void tst_HostileScript::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, needle);
    QFETCH(int, line);
    const Result<ImportPlan> plan = import(bytes, name);
    QVERIFY2(!plan, "a hostile script was imported");
    QCOMPARE(plan.error().file, name);
    QVERIFY2(plan.error().message.contains(needle), qPrintable(plan.error().toString()));
    if (line >= 0)
        QCOMPARE(plan.error().line, line);
}

void tst_HostileScript::everyTruncationOfAnFdxIsHandled()
{
    const QByteArray whole = sample("night-market.fdx");
    QVERIFY(whole.size() > 1000);
    int refused = 0;
    for (qsizetype cut = 0; cut < whole.size(); cut += 97) {
        const Result<ImportPlan> plan = import(whole.left(cut), QStringLiteral("cut.fdx"));
        if (!plan) {
            ++refused;
            QCOMPARE(plan.error().file, QStringLiteral("cut.fdx"));
            QVERIFY(!plan.error().message.isEmpty());
        }
    }
    // Every cut before the end tag leaves the XML open.
    QCOMPARE(refused, int((whole.size() + 96) / 97));
}

void tst_HostileScript::tenMegabytesOfOneLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    const QByteArray words = QByteArray("rain ").repeated(2 * 1024 * 1024 - 1);
    QTest::newRow("fountain action")
        << QByteArray("INT. A - DAY\n\n" + words).left(10 * 1024 * 1024)
        << QStringLiteral("line.fountain");
    QTest::newRow("fountain, no spaces")
        << QByteArray(10 * 1024 * 1024, 'a') << QStringLiteral("line.fountain");
    QTest::newRow("fdx text run") << QByteArray(
                                         "<FinalDraft><Content><Paragraph Type=\"Action\"><Text>" +
                                         words.left(10 * 1024 * 1024 - 200) +
                                         "</Text></Paragraph></Content></FinalDraft>")
                                  << QStringLiteral("line.fdx");
    QTest::newRow("csv cell") << QByteArray("Shot,Description\n1," +
                                            words.left(10 * 1024 * 1024 - 40))
                              << QStringLiteral("line.csv");
}

void tst_HostileScript::tenMegabytesOfOneLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QVERIFY(bytes.size() <= MaxScriptBytes);
    const Result<ImportPlan> plan = import(bytes, name);
    if (!plan) {
        QCOMPARE(plan.error().file, name);
        return;
    }
    // Read, with the paragraph shortened (and said so): no shot carries megabytes of text.
    for (const Shot &shot : plan->shots) {
        int chars = 0;
        for (const QString &beat : shot.actionBeats)
            chars += int(beat.size());
        QVERIFY2(chars <= 20000, qPrintable(QString::number(chars)));
        QVERIFY(shot.scriptRef.text.size() <= 40000);
    }
    QVERIFY(!plan->warnings.isEmpty() || name.endsWith(QLatin1String(".csv")));
}

void tst_HostileScript::millionsOfLinesAndScenesAreBounded()
{
    // 10 MB of scene headings: far more scenes than a screenplay has. Refused, not planned.
    const QByteArray headings = QByteArray("INT. A\n\n").repeated(1024 * 1024);
    const Result<ImportPlan> scenes = import(headings, QStringLiteral("scenes.fountain"));
    QVERIFY(!scenes);
    QVERIFY2(scenes.error().message.contains(QLatin1String("5000")),
             qPrintable(scenes.error().message));
    // 10 MB of empty lines is an empty script.
    const Result<ImportPlan> blank =
        import(QByteArray(10 * 1024 * 1024, '\n'), QStringLiteral("blank.fountain"));
    QVERIFY(!blank);
    // Five million one-letter lines: one paragraph, shortened.
    const Result<ImportPlan> lines =
        import("INT. A - DAY\n\n" + QByteArray("a\n").repeated(5 * 1024 * 1024 - 16),
               QStringLiteral("lines.fountain"));
    QVERIFY(lines);
    QVERIFY(!lines->warnings.isEmpty());
}

void tst_HostileScript::utf16WithBomAndLoneSurrogates()
{
    QString text = QStringLiteral("INT. A - DAY\n\nMEI\nHello \u3042.\n\nBroken ");
    text += QChar(0xD800); // lone
    text += QStringLiteral(" glyph.\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Result<ImportPlan> plan = import(bytes, QStringLiteral("utf16.fountain"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->shots.first().dialogue.first().line, QStringLiteral("Hello \u3042."));
    QCOMPARE(plan->shots.last().actionBeats.first(), QStringLiteral("Broken \uFFFD glyph."));
    for (const Shot &shot : plan->shots) {
        for (const QString &beat : shot.actionBeats) {
            for (const QChar c : beat)
                QVERIFY(!c.isSurrogate());
        }
    }
}

void tst_HostileScript::billionLaughsIsRefusedBeforeExpansion()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    xml += " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        xml += QStringLiteral(" <!ENTITY lol%1 \"").arg(i).toUtf8();
        for (int k = 0; k < 10; ++k)
            xml += QStringLiteral("&lol%1;").arg(i - 1).toUtf8();
        xml += "\">\n";
    }
    xml += "]>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&lol9;</Text></Paragraph>"
           "</Content></FinalDraft>";
    const Result<Screenplay> play = FdxParser::parse(xml, QStringLiteral("lolz.fdx"));
    QVERIFY(!play);
    QVERIFY2(play.error().message.contains(QLatin1String("DTD")),
             qPrintable(play.error().toString()));
    QCOMPARE(play.error().line, 13); // stopped at the end of the DTD, nothing expanded
}

QTEST_GUILESS_MAIN(tst_HostileScript)
#include "tst_hostilescript.moc"
