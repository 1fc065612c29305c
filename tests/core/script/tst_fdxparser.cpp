// SPDX-License-Identifier: MIT
#include "script/fdxparser.h"
#include "script/fountainparser.h"
#include "script/scriptfile.h"

#include <QFile>
#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

QByteArray fdx(const QByteArray &content)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
           "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\"><Content>" +
           content + "</Content></FinalDraft>";
}

QByteArray paragraph(const char *type, const char *text)
{
    return QByteArray("<Paragraph Type=\"") + type + "\"><Text>" + text + "</Text></Paragraph>";
}

/// Speakers and dialogue of every speech, in order: what "every line in order" means.
QStringList speeches(const Screenplay &play)
{
    QStringList out;
    for (const ScriptScene &scene : play.scenes) {
        for (const ScriptElement &e : scene.elements) {
            if (e.kind == ElementKind::Speech)
                out << e.speaker + QStringLiteral(": ") + e.text;
        }
    }
    return out;
}

} // namespace

class tst_FdxParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speechOverSeveralParagraphsIsOne();
    void runsAreJoinedAndAllCapsApplied();
    void dualDialogue();
    void shotParagraphIsAShotHeading();
    void sceneNumberAttribute();
    void nestedParagraphsAreNotScript();
    void omittedSceneIsSkipped();
    void inlineAndListedNotes();
    void titleFromFirstNonEmptyTitleParagraph();
    void unknownTypeIsActionWithWarning();
    void sampleMatchesFountainVersion();
    void refusals_data();
    void refusals();
};

void tst_FdxParser::speechOverSeveralParagraphsIsOne()
{
    const Result<Screenplay> play = FdxParser::parse(
        fdx(paragraph("Scene Heading", "INT. A - DAY") + paragraph("Character", "MEI") +
            paragraph("Dialogue", "First part.") + paragraph("Parenthetical", "(beat)") +
            paragraph("Dialogue", "Second part.") + paragraph("Action", "She leaves.")),
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(speeches(*play), QStringList{QStringLiteral("MEI: First part. (beat) Second part.")});
    QCOMPARE(play->scenes.first().elements.size(), 2);
}

void tst_FdxParser::runsAreJoinedAndAllCapsApplied()
{
    const Result<Screenplay> play = FdxParser::parse(
        fdx("<Paragraph Type=\"Scene Heading\"><Text Style=\"AllCaps\">int. cafe - </Text>"
            "<Text Style=\"Bold+AllCaps\">morning</Text></Paragraph>"
            "<Paragraph Type=\"Action\"><Text>plain </Text><Text Style=\"Italic\">strong</Text>"
            "<Text Style=\"AllCapsish\"> left &amp; alone</Text></Paragraph>"),
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(play->scenes.first().heading, QStringLiteral("INT. CAFE - MORNING"));
    QCOMPARE(play->scenes.first().elements.first().text,
             QStringLiteral("plain strong left & alone"));
}

void tst_FdxParser::dualDialogue()
{
    const Result<Screenplay> play = FdxParser::parse(
        fdx(paragraph("Scene Heading", "INT. A - DAY") + "<Paragraph><DualDialogue>" +
            paragraph("Character", "MARA") + paragraph("Dialogue", "Yes.") +
            paragraph("Character", "JON") + paragraph("Parenthetical", "quietly") +
            paragraph("Dialogue", "No.") + "</DualDialogue></Paragraph>" +
            paragraph("Character", "MARA") + paragraph("Dialogue", "Then go.")),
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    const QList<ScriptElement> &elements = play->scenes.first().elements;
    QCOMPARE(elements.size(), 3);
    QCOMPARE(elements.at(0).speaker, QStringLiteral("MARA"));
    QVERIFY(!elements.at(0).dual);
    QCOMPARE(elements.at(1).speaker, QStringLiteral("JON"));
    QCOMPARE(elements.at(1).text, QStringLiteral("(quietly) No."));
    QVERIFY(elements.at(1).dual);
    QVERIFY(!elements.at(2).dual);
}

void tst_FdxParser::shotParagraphIsAShotHeading()
{
    const Result<Screenplay> play =
        FdxParser::parse(fdx(paragraph("Scene Heading", "INT. A - DAY") + paragraph("Shot", "MEI") +
                             paragraph("Action", "She turns.")),
                         QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(play->scenes.first().elements.first().kind, ElementKind::ShotHeading);
    QCOMPARE(play->scenes.first().elements.first().text, QStringLiteral("MEI"));
}

void tst_FdxParser::sceneNumberAttribute()
{
    const Result<Screenplay> play = FdxParser::parse(
        fdx("<Paragraph Number=\"12A\" Type=\"Scene Heading\"><SceneProperties Length=\"1/8\" "
            "Page=\"3\" Title=\"\"/><Text>EXT. ROOF - NIGHT</Text></Paragraph>" +
            paragraph("Action", "Wind.")),
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(play->scenes.first().number, QStringLiteral("12A"));
    QCOMPARE(play->scenes.first().heading, QStringLiteral("EXT. ROOF - NIGHT"));
}

void tst_FdxParser::nestedParagraphsAreNotScript()
{
    const Result<Screenplay> play = FdxParser::parse(
        fdx("<Paragraph Type=\"Scene Heading\"><SceneProperties><Summary><Paragraph><Text>"
            "SUMMARY</Text></Paragraph></Summary></SceneProperties><Text>INT. A - DAY</Text>"
            "</Paragraph>" +
            paragraph("Action", "Real.")),
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(play->scenes.size(), 1);
    QCOMPARE(play->scenes.first().heading, QStringLiteral("INT. A - DAY"));
    QCOMPARE(play->scenes.first().elements.size(), 1);
}

void tst_FdxParser::omittedSceneIsSkipped()
{
    const Result<Screenplay> play = FdxParser::parse(
        fdx(paragraph("Scene Heading", "INT. A - DAY") + paragraph("Action", "A.") +
            "<Paragraph Type=\"Scene Heading\"><Text>OMITTED</Text><OmittedScene>" +
            paragraph("Scene Heading", "INT. B - DAY") + "</OmittedScene></Paragraph>" +
            paragraph("Scene Heading", "INT. C - DAY") + paragraph("Action", "C.")),
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(play->scenes.size(), 2);
    QCOMPARE(play->scenes.at(1).heading, QStringLiteral("INT. C - DAY"));
    QCOMPARE(play->warnings.size(), 1);
}

void tst_FdxParser::inlineAndListedNotes()
{
    const Result<Screenplay> play = FdxParser::parse(
        "<?xml version=\"1.0\"?><FinalDraft DocumentType=\"Script\"><Content>" +
            paragraph("Scene Heading", "INT. A - DAY") +
            "<Paragraph Type=\"Action\"><ScriptNote ID=\"1\"><Paragraph><Text>inline note</Text>"
            "</Paragraph></ScriptNote><Text>First.</Text></Paragraph>" +
            paragraph("Action", "Second.") +
            "</Content><ScriptNotes><ScriptNote ID=\"2\" Range=\"20,25\"><Paragraph><Text>listed "
            "note</Text></Paragraph></ScriptNote></ScriptNotes></FinalDraft>",
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    const QList<ScriptElement> &elements = play->scenes.first().elements;
    QCOMPARE(elements.size(), 2);
    QCOMPARE(elements.at(0).text, QStringLiteral("First."));
    QCOMPARE(elements.at(0).notes, QStringList{QStringLiteral("inline note")});
    // "INT. A - DAY\n" is 13 characters, "First.\n" 7: offset 20 is "Second.".
    QCOMPARE(elements.at(1).notes, QStringList{QStringLiteral("listed note")});
}

void tst_FdxParser::titleFromFirstNonEmptyTitleParagraph()
{
    const Result<Screenplay> play = FdxParser::parse(
        "<FinalDraft><Content>" + paragraph("Scene Heading", "INT. A - DAY") +
            "</Content><TitlePage><HeaderAndFooter><Header><Paragraph><Text>HEADER</Text>"
            "</Paragraph></Header></HeaderAndFooter><Content><Paragraph><Text/></Paragraph>"
            "<Paragraph><Text>  The </Text><Text>Title </Text></Paragraph><Paragraph><Text>By "
            "me</Text></Paragraph></Content></TitlePage></FinalDraft>",
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(play->title, QStringLiteral("The Title"));
}

void tst_FdxParser::unknownTypeIsActionWithWarning()
{
    const Result<Screenplay> play = FdxParser::parse(
        fdx(paragraph("Scene Heading", "INT. A - DAY") + paragraph("Outline 1", "Beat one.") +
            paragraph("Outline 1", "Beat two.")),
        QStringLiteral("a.fdx"));
    QVERIFY(play);
    QCOMPARE(play->scenes.first().elements.size(), 2);
    QCOMPARE(play->scenes.first().elements.first().kind, ElementKind::Action);
    QCOMPARE(play->warnings.size(), 1);
}

void tst_FdxParser::sampleMatchesFountainVersion()
{
    // The same script written by Final Draft and as Fountain reads the same way.
    const Result<ScriptSource> fdxSource =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.fdx"));
    QVERIFY2(fdxSource, qPrintable(fdxSource ? QString() : fdxSource.error().toString()));
    const Result<ScriptSource> fountainSource =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.fountain"));
    QVERIFY(fountainSource);
    const Screenplay &a = fdxSource->screenplay;
    const Screenplay &b = fountainSource->screenplay;
    QCOMPARE(fdxSource->format, ScriptFormat::FinalDraft);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.scenes.size(), b.scenes.size());
    for (int s = 0; s < a.scenes.size(); ++s) {
        QCOMPARE(a.scenes.at(s).heading, b.scenes.at(s).heading);
        QCOMPARE(a.scenes.at(s).number, b.scenes.at(s).number);
    }
    QCOMPARE(speeches(a), speeches(b));
    QCOMPARE(a.speakers(), b.speakers());
    // SmartType's character list, the header and the macro are not in the script.
    QVERIFY(!a.speakers().contains(QStringLiteral("SMARTTYPE GHOST")));
    for (const ScriptScene &scene : a.scenes) {
        QVERIFY(!scene.heading.contains(QLatin1String("MACRO")));
        for (const ScriptElement &e : scene.elements) {
            QVERIFY2(!e.text.contains(QLatin1String("HEADER")), qPrintable(e.text));
            QVERIFY2(!e.text.contains(QLatin1String("summary")), qPrintable(e.text));
            QVERIFY2(!e.text.contains(QLatin1String("soaked")), qPrintable(e.text));
        }
    }
    QCOMPARE(a.scenes.first().notes, QStringList{QStringLiteral("ACT ONE")});
    QCOMPARE(a.scenes.first().elements.at(1).notes,
             QStringList{QStringLiteral("keep the steam backlit")});
    QCOMPARE(a.scenes.last().elements.first().notes,
             QStringList{QStringLiteral("hold on the empty lane")});
}

void tst_FdxParser::refusals_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("needle");
    QTest::newRow("truncated") << fdx(paragraph("Scene Heading", "INT. A - DAY")).left(120)
                               << QStringLiteral("truncated");
    QTest::newRow("not final draft")
        << QByteArray("<html><body>hi</body></html>") << QStringLiteral("<html>");
    QTest::newRow("internal DTD with entities")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE FinalDraft [<!ENTITY a \"aaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><FinalDraft><Content>"
                      "<Paragraph Type=\"Action\"><Text>&b;</Text></Paragraph></Content>"
                      "</FinalDraft>")
        << QStringLiteral("DTD");
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE FinalDraft [<!ENTITY x SYSTEM "
                      "\"file:///etc/passwd\">]><FinalDraft><Content><Paragraph Type=\"Action\">"
                      "<Text>&x;</Text></Paragraph></Content></FinalDraft>")
        << QStringLiteral("DTD");
    QTest::newRow("undeclared entity")
        << fdx("<Paragraph Type=\"Action\"><Text>&nope;</Text></Paragraph>")
        << QStringLiteral("nope");
    QByteArray deep = "<FinalDraft><Content>";
    for (int i = 0; i < 100; ++i)
        deep += "<Paragraph>";
    QTest::newRow("nested too deep") << deep << QStringLiteral("64");
    QTest::newRow("mismatched tags")
        << fdx("<Paragraph Type=\"Action\"><Text>a</Paragraph>") << QStringLiteral("XML");
}

void tst_FdxParser::refusals()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, needle);
    const Result<Screenplay> play = FdxParser::parse(xml, QStringLiteral("hostile.fdx"));
    QVERIFY(!play);
    QCOMPARE(play.error().file, QStringLiteral("hostile.fdx"));
    QVERIFY2(play.error().message.contains(needle, Qt::CaseInsensitive),
             qPrintable(play.error().toString()));
}

QTEST_GUILESS_MAIN(tst_FdxParser)
#include "tst_fdxparser.moc"
