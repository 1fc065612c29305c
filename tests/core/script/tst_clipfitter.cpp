// SPDX-License-Identifier: MIT
#include "script/clipfitter.h"
#include "script/contentfit.h"

#include "document/projectdocument.h"

#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

ContentPiece action(const QString &text, int source = 0)
{
    return ContentPiece{PieceKind::Action, text, {}, source, false};
}

ContentPiece speech(const QString &speaker, const QString &text, int source = 0)
{
    return ContentPiece{PieceKind::Speech, text, speaker, source, false};
}

/// A sentence of n words: "Word word word.".
QString words(int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << (i == 0 ? QStringLiteral("Word") : QStringLiteral("word"));
    return list.join(QLatin1Char(' ')) + QLatin1Char('.');
}

} // namespace

class tst_ClipFitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speakingRates_data();
    void speakingRates();
    void shortestLegalLength_data();
    void shortestLegalLength();
    void splitsAtSpeechBoundaries();
    void splitsALongSpeechAtSentences();
    void oneSentenceTooLongOverflows();
    void dualDialogueStaysTogetherAndOverlaps();
    void noContentGetsShortestLength();
    void fewestPartsThenLeastLength();
    void fitLengthsToContentIsOneUndoStep();
};

void tst_ClipFitter::speakingRates_data()
{
    QTest::addColumn<ContentPiece>("piece");
    QTest::addColumn<double>("seconds");
    // 10 words at 2.5 words a second.
    QTest::newRow("english speech") << speech(QStringLiteral("A"), words(10)) << 4.0;
    QTest::newRow("parentheticals are not spoken")
        << speech(QStringLiteral("A"), QStringLiteral("(very quietly, to herself) ") + words(10))
        << 4.0;
    QTest::newRow("short line takes a beat")
        << speech(QStringLiteral("A"), QStringLiteral("Yes.")) << 2.0;
    // 12 Han characters at 4 a second.
    QTest::newRow("chinese speech")
        << speech(QStringLiteral("A"), QStringLiteral("我们今天晚上一起回家吃饭。")) << 3.0;
    // 15 characters with kana at 5 a second.
    QTest::newRow("japanese speech")
        << speech(QStringLiteral("A"), QStringLiteral("今夜はもうお店を閉めますからね。")) << 3.0;
    // 9 words at 3 a second.
    QTest::newRow("action") << action(QStringLiteral(
                                   "She takes four slow steps toward the old window."))
                            << 3.0;
    QTest::newRow("short action") << action(QStringLiteral("She nods.")) << 1.5;
    QTest::newRow("empty action") << action(QString()) << 0.0;
}

void tst_ClipFitter::speakingRates()
{
    QFETCH(ContentPiece, piece);
    QFETCH(double, seconds);
    const ClipFitter fitter({4, 8, 12});
    QCOMPARE(fitter.seconds(piece), seconds);
}

void tst_ClipFitter::shortestLegalLength_data()
{
    QTest::addColumn<QList<int>>("legal");
    QTest::addColumn<double>("content");
    QTest::addColumn<int>("length");
    QTest::newRow("sora 3 s") << QList<int>{4, 8, 12} << 3.0 << 4;
    QTest::newRow("sora exactly 8") << QList<int>{12, 4, 8} << 8.0 << 8;
    QTest::newRow("sora 8.5") << QList<int>{4, 8, 12} << 8.5 << 12;
    QTest::newRow("runway any second") << QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10} << 5.2 << 6;
    QTest::newRow("veo only 8") << QList<int>{8} << 1.0 << 8;
    QTest::newRow("too long: the longest") << QList<int>{5, 10} << 30.0 << 10;
    QTest::newRow("no lengths: 4/8/12") << QList<int>{} << 5.0 << 8;
}

void tst_ClipFitter::shortestLegalLength()
{
    QFETCH(QList<int>, legal);
    QFETCH(double, content);
    QFETCH(int, length);
    QCOMPARE(ClipFitter(legal).lengthFor(content), length);
}

void tst_ClipFitter::splitsAtSpeechBoundaries()
{
    // Four speeches of 10 words (4 s each) and one action (3 s): 19 s, longest clip 8 s.
    const ClipFitter fitter({4, 8});
    const QList<ContentPiece> pieces = {
        action(QStringLiteral("She takes four slow steps to the window.")),
        speech(QStringLiteral("A"), words(10)), speech(QStringLiteral("B"), words(10)),
        speech(QStringLiteral("A"), words(10)), speech(QStringLiteral("B"), words(10))};
    const QList<FittedShot> shots = fitter.fit(pieces);
    QCOMPARE(shots.size(), 3);
    int total = 0;
    QList<ContentPiece> back;
    for (const FittedShot &shot : shots) {
        QVERIFY(shot.contentSeconds <= 8.0);
        QVERIFY(!shot.overflows);
        QCOMPARE(shot.durationSeconds, fitter.lengthFor(shot.contentSeconds));
        total += shot.durationSeconds;
        back << shot.pieces;
    }
    QCOMPARE(back, pieces); // nothing lost, nothing reordered
    QCOMPARE(total, 4 + 8 + 8);
}

void tst_ClipFitter::splitsALongSpeechAtSentences()
{
    // One speech of three 12-word sentences (4.8 s each, 14.4 s) on 4/8 s: split in two.
    const QString monologue =
        words(12) + QLatin1Char(' ') + words(12) + QLatin1Char(' ') + words(12);
    const ClipFitter fitter({4, 8});
    const QList<FittedShot> shots = fitter.fit({speech(QStringLiteral("HUA"), monologue, 7)});
    QCOMPARE(shots.size(), 3);
    QStringList texts;
    for (const FittedShot &shot : shots) {
        QCOMPARE(shot.pieces.size(), 1);
        QCOMPARE(shot.pieces.first().speaker, QStringLiteral("HUA"));
        QCOMPARE(shot.pieces.first().source, 7);
        QCOMPARE(shot.durationSeconds, 8);
        texts << shot.pieces.first().text;
    }
    QCOMPARE(texts.join(QLatin1Char(' ')), monologue);
}

void tst_ClipFitter::oneSentenceTooLongOverflows()
{
    const ClipFitter fitter({4, 8});
    const QList<FittedShot> shots = fitter.fit({speech(QStringLiteral("A"), words(40))});
    QCOMPARE(shots.size(), 1);
    QVERIFY(shots.first().overflows);
    QCOMPARE(shots.first().durationSeconds, 8);
}

void tst_ClipFitter::dualDialogueStaysTogetherAndOverlaps()
{
    ContentPiece right = speech(QStringLiteral("B"), words(5));
    right.simultaneous = true;
    const ClipFitter fitter({4, 8, 12});
    // 4 s and 2 s spoken at once: 4 s, not 6.
    const QList<FittedShot> shots = fitter.fit({speech(QStringLiteral("A"), words(10)), right});
    QCOMPARE(shots.size(), 1);
    QCOMPARE(shots.first().contentSeconds, 4.0);
    QCOMPARE(shots.first().durationSeconds, 4);
}

void tst_ClipFitter::noContentGetsShortestLength()
{
    const QList<FittedShot> shots = ClipFitter({5, 10}).fit({});
    QCOMPARE(shots.size(), 1);
    QCOMPARE(shots.first().durationSeconds, 5);
}

void tst_ClipFitter::fewestPartsThenLeastLength()
{
    // 3 + 3 + 3 + 3 s on 4/8/12: one 12 s shot, not two 8 s ones.
    const ClipFitter fitter({4, 8, 12});
    const ContentPiece beat =
        action(QStringLiteral("one two three four five six seven eight nine."));
    QCOMPARE(fitter.fit({beat, beat, beat, beat}).size(), 1);
    // 3 x 3 s + 5 s = 14 s on 4/8: two parts; 8 + 8 is the only two-part fit (6 | 3+5 = 8).
    const ContentPiece longBeat = action(words(15));
    const QList<FittedShot> two = ClipFitter({4, 8}).fit({beat, beat, beat, longBeat});
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).durationSeconds + two.at(1).durationSeconds, 16);
}

void tst_ClipFitter::fitLengthsToContentIsOneUndoStep()
{
    Project project;
    Shot small;
    small.id = QStringLiteral("small");
    small.label = QStringLiteral("1");
    small.durationSeconds = 12;
    small.actionBeats = {QStringLiteral("She nods.")};
    Shot big;
    big.id = QStringLiteral("big");
    big.label = QStringLiteral("2");
    big.durationSeconds = 4;
    big.actionBeats = {QStringLiteral("She takes four slow steps to the window."),
                       QStringLiteral("She pulls the curtain open and looks down at the lane.")};
    big.dialogue = {{QStringLiteral("Mei"), words(20)}, {QStringLiteral("Jun"), words(20)}};
    Take take;
    take.id = QStringLiteral("take-1");
    take.status = TakeStatus::Ready;
    big.takes = {take};
    big.circledTakeId = take.id;
    project.shots = {small, big};

    ProjectDocument document;
    document.resetProject(project);
    const ContentFitResult fit =
        fitLengthsToContent(document.project(), {QStringLiteral("small"), QStringLiteral("big")},
                            ProviderCapabilities::openAiVideos());
    QCOMPARE(fit.resized, 1);
    QCOMPARE(fit.split, 1);
    QVERIFY(applyAsOneStep(&document, fit.project, QStringLiteral("Fit")));
    QCOMPARE(document.undoStack()->count(), 1);

    const Project &after = document.project();
    QCOMPARE(after.shots.first().durationSeconds, 4);
    QVERIFY(after.shots.size() >= 3);
    QCOMPARE(after.shots.at(1).id, QStringLiteral("big"));
    QCOMPARE(after.shots.at(1).label, QStringLiteral("2A"));
    QCOMPARE(after.shots.at(2).label, QStringLiteral("2B"));
    QCOMPARE(after.shots.at(1).circledTakeId, QStringLiteral("take-1"));
    QVERIFY(after.shots.at(2).takes.isEmpty());
    // Every beat and line is still there, in order.
    QStringList beats;
    QList<DialogueLine> lines;
    for (int i = 1; i < after.shots.size(); ++i) {
        beats << after.shots.at(i).actionBeats;
        lines << after.shots.at(i).dialogue;
        QVERIFY(after.shots.at(i).durationSeconds <= 12);
    }
    QCOMPARE(beats, big.actionBeats);
    QCOMPARE(lines, big.dialogue);

    document.undoStack()->undo();
    QCOMPARE(document.project(), project);
}

QTEST_GUILESS_MAIN(tst_ClipFitter)
#include "tst_clipfitter.moc"
