// SPDX-License-Identifier: MIT
#include "script/fountainparser.h"
#include "script/scriptfile.h"

#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

/// "kind|speaker|text" per element of every scene, for compact comparisons.
QStringList describe(const Screenplay &play)
{
    QStringList out;
    for (const ScriptScene &scene : play.scenes) {
        out << QStringLiteral("SCENE|%1|%2").arg(scene.number, scene.heading);
        for (const ScriptElement &e : scene.elements) {
            QString kind;
            switch (e.kind) {
            case ElementKind::Action:
                kind = QStringLiteral("ACTION");
                break;
            case ElementKind::Speech:
                kind = e.dual ? QStringLiteral("DUAL") : QStringLiteral("SPEECH");
                break;
            case ElementKind::ShotHeading:
                kind = QStringLiteral("SHOT");
                break;
            case ElementKind::Transition:
                kind = QStringLiteral("TRANSITION");
                break;
            case ElementKind::Centered:
                kind = QStringLiteral("CENTERED");
                break;
            case ElementKind::Lyrics:
                kind = QStringLiteral("LYRICS");
                break;
            case ElementKind::Note:
                kind = QStringLiteral("NOTE");
                break;
            }
            out << QStringLiteral("%1|%2|%3").arg(kind, e.speaker, e.text);
        }
    }
    return out;
}

} // namespace

class tst_FountainParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elements_data();
    void elements();
    void titlePage();
    void sceneNumbersAndHeadings_data();
    void sceneNumbersAndHeadings();
    void extensionsAreStrippedFromSpeakers_data();
    void extensionsAreStrippedFromSpeakers();
    void notesNeverReachDialogue();
    void sectionsAndSynopsesAreSceneNotes();
    void boneyardIsIgnored();
    void unclosedBoneyardIsTextWithWarning();
    void textBeforeFirstHeadingOpensAScene();
    void fadeInAloneMakesNoScene();
    void sampleFile();
};

void tst_FountainParser::elements_data()
{
    QTest::addColumn<QString>("fountain");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("heading, action, speech")
        << QStringLiteral("INT. NOODLE BAR - NIGHT\n\nSteam rises.\n\nMEI\nOne more bowl.\n")
        << QStringList{QStringLiteral("SCENE||INT. NOODLE BAR - NIGHT"),
                       QStringLiteral("ACTION||Steam rises."),
                       QStringLiteral("SPEECH|MEI|One more bowl.")};
    QTest::newRow("lower-case heading and i/e")
        << QStringLiteral("int. kitchen - day\n\nA kettle.\n\nI/E CAR - MOVING\n\nRain.\n")
        << QStringList{QStringLiteral("SCENE||int. kitchen - day"),
                       QStringLiteral("ACTION||A kettle."),
                       QStringLiteral("SCENE||I/E CAR - MOVING"), QStringLiteral("ACTION||Rain.")};
    QTest::newRow("est and int./ext.")
        << QStringLiteral("EST. HARBOUR - DAWN\n\nGulls.\n\nINT./EXT. VAN - DAY\n\nEngine.\n")
        << QStringList{
               QStringLiteral("SCENE||EST. HARBOUR - DAWN"), QStringLiteral("ACTION||Gulls."),
               QStringLiteral("SCENE||INT./EXT. VAN - DAY"), QStringLiteral("ACTION||Engine.")};
    QTest::newRow("forced heading, not an ellipsis")
        << QStringLiteral(".FLASHBACK\n\n...and then nothing.\n")
        << QStringList{QStringLiteral("SCENE||FLASHBACK"),
                       QStringLiteral("ACTION||...and then nothing.")};
    QTest::newRow("parentheticals stay in the dialogue, lines joined")
        << QStringLiteral(
               "EXT. LANE - NIGHT\n\nJUN\n(quietly)\nYou kept it open.\n(beat)\nThanks.\n")
        << QStringList{QStringLiteral("SCENE||EXT. LANE - NIGHT"),
                       QStringLiteral("SPEECH|JUN|(quietly) You kept it open. (beat) Thanks.")};
    QTest::newRow("forced character with lower case")
        << QStringLiteral("EXT. ROOF - DAY\n\n@McCLANE\nYippee.\n")
        << QStringList{QStringLiteral("SCENE||EXT. ROOF - DAY"),
                       QStringLiteral("SPEECH|McCLANE|Yippee.")};
    QTest::newRow("upper-case line followed by blank is action")
        << QStringLiteral("EXT. ROOF - DAY\n\nBOOM\n\nThe door flies open.\n")
        << QStringList{QStringLiteral("SCENE||EXT. ROOF - DAY"), QStringLiteral("ACTION||BOOM"),
                       QStringLiteral("ACTION||The door flies open.")};
    QTest::newRow("number is not a cue") << QStringLiteral("EXT. ROOF - DAY\n\n23\nSkidoo.\n")
                                         << QStringList{QStringLiteral("SCENE||EXT. ROOF - DAY"),
                                                        QStringLiteral("ACTION||23\nSkidoo.")};
    QTest::newRow("dual dialogue, left speaker first")
        << QStringLiteral("INT. STALL - NIGHT\n\nHUA\nClosed!\n\nJUN ^\nOpen!\n")
        << QStringList{QStringLiteral("SCENE||INT. STALL - NIGHT"),
                       QStringLiteral("SPEECH|HUA|Closed!"), QStringLiteral("DUAL|JUN|Open!")};
    QTest::newRow("transitions, natural and forced")
        << QStringLiteral("INT. A - DAY\n\nA.\n\nCUT TO:\n\nEXT. B - DAY\n\nB.\n\n>FADE OUT.\n")
        << QStringList{
               QStringLiteral("SCENE||INT. A - DAY"), QStringLiteral("ACTION||A."),
               QStringLiteral("TRANSITION||CUT TO:"), QStringLiteral("SCENE||EXT. B - DAY"),
               QStringLiteral("ACTION||B."),          QStringLiteral("TRANSITION||FADE OUT.")};
    QTest::newRow("centred text") << QStringLiteral("INT. A - DAY\n\nA.\n\n>THE END<\n")
                                  << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                                                 QStringLiteral("ACTION||A."),
                                                 QStringLiteral("CENTERED||THE END")};
    QTest::newRow("lyrics alone and sung in a speech")
        << QStringLiteral(
               "INT. A - DAY\n\n~Rain on the tarp,\n~rain on the pot.\n\nHUA\n~Last bowl.\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                       QStringLiteral("LYRICS||Rain on the tarp,\nrain on the pot."),
                       QStringLiteral("SPEECH|HUA|Last bowl.")};
    QTest::newRow("forced action keeps an upper-case cue-like line")
        << QStringLiteral("INT. A - DAY\n\n!SCREAMING\nThe kettle boils.\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                       QStringLiteral("ACTION||SCREAMING\nThe kettle boils.")};
    QTest::newRow("shot heading before action")
        << QStringLiteral("INT. A - DAY\n\nCLOSE ON MEI'S HANDS\nShe folds the letter.\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                       QStringLiteral("SHOT||CLOSE ON MEI'S HANDS"),
                       QStringLiteral("ACTION||She folds the letter.")};
    QTest::newRow("shot heading alone")
        << QStringLiteral("INT. A - DAY\n\nINSERT - THE LETTER\n\nIt is blank.\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                       QStringLiteral("SHOT||INSERT - THE LETTER"),
                       QStringLiteral("ACTION||It is blank.")};
    QTest::newRow("emphasis removed, escapes kept")
        << QStringLiteral("INT. A - DAY\n\nShe is *very* **sure**, ***really*** _sure_; 2 * 3 and "
                          "\\*stars\\*.\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                       QStringLiteral("ACTION||She is very sure, really sure; 2 * 3 and *stars*.")};
    QTest::newRow("page break and two-space dialogue line")
        << QStringLiteral("INT. A - DAY\n\nMEI\nFirst.\n  \nSecond.\n\n===\n\nDone.\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                       QStringLiteral("SPEECH|MEI|First. Second."),
                       QStringLiteral("ACTION||Done.")};
    QTest::newRow("CRLF and indentation")
        << QStringLiteral("INT. A - DAY\n\n    Indented action.\n\n\tMEI\n\tTabbed.\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"),
                       QStringLiteral("ACTION||Indented action."),
                       QStringLiteral("SPEECH|MEI|Tabbed.")};
    QTest::newRow("chinese heading prefix and forced cue")
        << QStringLiteral("内景 面馆 夜\n\n蒸汽升起。\n\n@阿梅\n再来一碗。\n")
        << QStringList{QStringLiteral("SCENE||内景 面馆 夜"), QStringLiteral("ACTION||蒸汽升起。"),
                       QStringLiteral("SPEECH|阿梅|再来一碗。")};
    QTest::newRow("cue with only a parenthetical is action")
        << QStringLiteral("INT. A - DAY\n\nMEI\n(nods)\n")
        << QStringList{QStringLiteral("SCENE||INT. A - DAY"), QStringLiteral("ACTION||MEI (nods)")};
}

void tst_FountainParser::elements()
{
    QFETCH(QString, fountain);
    QFETCH(QStringList, expected);
    const Screenplay play = FountainParser::parse(fountain);
    QCOMPARE(describe(play), expected);
}

void tst_FountainParser::titlePage()
{
    const Screenplay play = FountainParser::parse(QStringLiteral(
        "Title:\n    _**NIGHT MARKET,**_\n    LAST BOWL\nCredit: Written by\nAuthor: A. Writer\n"
        "Draft date: 1/2/2026\n\nINT. A - DAY\n\nAction.\n"));
    QCOMPARE(play.title, QStringLiteral("NIGHT MARKET, LAST BOWL"));
    QCOMPARE(play.scenes.size(), 1);
    QCOMPARE(play.scenes.first().heading, QStringLiteral("INT. A - DAY"));

    const Screenplay inline_ = FountainParser::parse(
        QStringLiteral("Title: Rain Check\nAuthor: Me\n\nEXT. B - NIGHT\n\nRain.\n"));
    QCOMPARE(inline_.title, QStringLiteral("Rain Check"));

    // "FADE IN:" is not a title page.
    const Screenplay fadeIn =
        FountainParser::parse(QStringLiteral("FADE IN:\n\nEXT. B - NIGHT\n\nRain.\n"));
    QVERIFY(fadeIn.title.isEmpty());
    QCOMPARE(fadeIn.scenes.size(), 1);
}

void tst_FountainParser::sceneNumbersAndHeadings_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("number");
    QTest::newRow("plain") << QStringLiteral("INT. HOUSE - DAY #1#")
                           << QStringLiteral("INT. HOUSE - DAY") << QStringLiteral("1");
    QTest::newRow("letter") << QStringLiteral("EXT. YARD - NIGHT #1A#")
                            << QStringLiteral("EXT. YARD - NIGHT") << QStringLiteral("1A");
    QTest::newRow("dotted") << QStringLiteral("INT. HALL - DAY #I-1-A#")
                            << QStringLiteral("INT. HALL - DAY") << QStringLiteral("I-1-A");
    QTest::newRow("forced") << QStringLiteral(".SNIPER SCOPE POV #110A#")
                            << QStringLiteral("SNIPER SCOPE POV") << QStringLiteral("110A");
    QTest::newRow("none") << QStringLiteral("INT. HOUSE - DAY")
                          << QStringLiteral("INT. HOUSE - DAY") << QString();
}

void tst_FountainParser::sceneNumbersAndHeadings()
{
    QFETCH(QString, line);
    QFETCH(QString, heading);
    QFETCH(QString, number);
    const Screenplay play = FountainParser::parse(line + QStringLiteral("\n\nAction.\n"));
    QCOMPARE(play.scenes.size(), 1);
    QCOMPARE(play.scenes.first().heading, heading);
    QCOMPARE(play.scenes.first().number, number);
}

void tst_FountainParser::extensionsAreStrippedFromSpeakers_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("speaker");
    QTest::newRow("V.O.") << QStringLiteral("MEI (V.O.)") << QStringLiteral("MEI");
    QTest::newRow("O.S. with space") << QStringLiteral("MOM (O. S.)") << QStringLiteral("MOM");
    QTest::newRow("CONT'D") << QStringLiteral("JUN (CONT'D)") << QStringLiteral("JUN");
    QTest::newRow("two extensions")
        << QStringLiteral("JUN (O.S.) (CONT'D)") << QStringLiteral("JUN");
    QTest::newRow("lower-case extension")
        << QStringLiteral("HANS (on the radio)") << QStringLiteral("HANS");
    QTest::newRow("two words") << QStringLiteral("AUNTIE HUA (V.O.)")
                               << QStringLiteral("AUNTIE HUA");
}

void tst_FountainParser::extensionsAreStrippedFromSpeakers()
{
    QFETCH(QString, cue);
    QFETCH(QString, speaker);
    const Screenplay play =
        FountainParser::parse(QStringLiteral("INT. A - DAY\n\n%1\nHello.\n").arg(cue));
    QCOMPARE(play.scenes.first().elements.size(), 1);
    const ScriptElement &speech = play.scenes.first().elements.first();
    QCOMPARE(speech.kind, ElementKind::Speech);
    QCOMPARE(speech.speaker, speaker);
    QCOMPARE(speech.cue, cue);
}

void tst_FountainParser::notesNeverReachDialogue()
{
    const Screenplay play = FountainParser::parse(QStringLiteral(
        "INT. A - DAY\n\nShe sits. [[check the chair]]\n\nMEI\nHello [[too long?\nmaybe]] there.\n"
        "[[after the line]]\n\n[[a note of its own]]\n\nShe leaves.\n"));
    const QList<ScriptElement> &elements = play.scenes.first().elements;
    QCOMPARE(elements.size(), 4);
    QCOMPARE(elements.at(0).text, QStringLiteral("She sits."));
    QCOMPARE(elements.at(0).notes, QStringList{QStringLiteral("check the chair")});
    QCOMPARE(elements.at(1).kind, ElementKind::Speech);
    QCOMPARE(elements.at(1).text, QStringLiteral("Hello there."));
    QCOMPARE(elements.at(1).notes,
             (QStringList{QStringLiteral("too long? maybe"), QStringLiteral("after the line")}));
    QCOMPARE(elements.at(2).kind, ElementKind::Note);
    QCOMPARE(elements.at(2).notes, QStringList{QStringLiteral("a note of its own")});
    QCOMPARE(elements.at(3).text, QStringLiteral("She leaves."));
    for (const ScriptElement &e : elements)
        QVERIFY2(!e.text.contains(QLatin1String("[[")), qPrintable(e.text));
}

void tst_FountainParser::sectionsAndSynopsesAreSceneNotes()
{
    const Screenplay play = FountainParser::parse(QStringLiteral(
        "# ACT ONE\n\n= Mei closes up.\n\nINT. STALL - NIGHT\n\n= The last customer.\n\n"
        "Rain.\n\n## Sequence 2\n\nEXT. LANE - NIGHT\n\nJun rides in.\n"));
    QCOMPARE(play.scenes.size(), 2);
    QCOMPARE(play.scenes.at(0).notes,
             (QStringList{QStringLiteral("ACT ONE"), QStringLiteral("Mei closes up."),
                          QStringLiteral("The last customer.")}));
    QCOMPARE(play.scenes.at(1).notes, QStringList{QStringLiteral("Sequence 2")});
}

void tst_FountainParser::boneyardIsIgnored()
{
    const Screenplay play = FountainParser::parse(
        QStringLiteral("INT. A - DAY\n\nKept.\n\n/*\nINT. CUT SCENE - "
                       "DAY\n\nMEI\nGone.\n*/\n\nAlso kept /* not this */ here.\n"));
    QCOMPARE(describe(play),
             (QStringList{QStringLiteral("SCENE||INT. A - DAY"), QStringLiteral("ACTION||Kept."),
                          QStringLiteral("ACTION||Also kept  here.")}));
    QVERIFY(play.warnings.isEmpty());
}

void tst_FountainParser::unclosedBoneyardIsTextWithWarning()
{
    const Screenplay play =
        FountainParser::parse(QStringLiteral("INT. A - DAY\n\nKept /* open.\n\nMore.\n"));
    QCOMPARE(play.scenes.first().elements.size(), 2);
    QCOMPARE(play.warnings.size(), 1);
    QVERIFY2(play.warnings.first().contains(QLatin1String("line 3")),
             qPrintable(play.warnings.first()));
}

void tst_FountainParser::textBeforeFirstHeadingOpensAScene()
{
    const Screenplay play = FountainParser::parse(QStringLiteral(
        "Title: Prologue Test\n\nBlack screen. A voice.\n\nMEI (V.O.)\nIt rained.\n\n"
        "INT. A - DAY\n\nLight.\n"));
    QCOMPARE(play.scenes.size(), 2);
    QVERIFY(play.scenes.at(0).opening);
    QVERIFY(play.scenes.at(0).heading.isEmpty());
    QCOMPARE(play.scenes.at(0).elements.size(), 2);
    QVERIFY(!play.scenes.at(1).opening);
}

void tst_FountainParser::fadeInAloneMakesNoScene()
{
    const Screenplay play =
        FountainParser::parse(QStringLiteral("FADE IN:\n\nINT. A - DAY\n\nLight.\n"));
    QCOMPARE(play.scenes.size(), 1);
    QVERIFY(!play.scenes.first().opening);
}

void tst_FountainParser::sampleFile()
{
    const Result<ScriptSource> source =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.fountain"));
    QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
    const Screenplay &play = source->screenplay;
    QCOMPARE(source->format, ScriptFormat::Fountain);
    QCOMPARE(play.title, QStringLiteral("Night Market, Last Bowl"));
    QCOMPARE(play.scenes.size(), 4);
    QCOMPARE(play.speechCount(), 12);
    QCOMPARE(play.speakers(),
             (QStringList{QStringLiteral("RADIO"), QStringLiteral("HUA"), QStringLiteral("JUN")}));
    QVERIFY2(play.warnings.isEmpty(), qPrintable(play.warnings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_FountainParser)
#include "tst_fountainparser.moc"
