// SPDX-License-Identifier: MIT
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scripttext.h"
#include "script/shotlistcsv.h"

#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Script;

class tst_ShotListCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void rfc4180_data();
    void rfc4180();
    void refusals_data();
    void refusals();
    void englishShotList();
    void chineseShotListWithBom();
    void japaneseShotListWithSemicolons();
};

void tst_ShotListCsv::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ShotListColumn>("column");
    const auto row = [](const char *header, ShotListColumn column) {
        QTest::newRow(header) << QString::fromUtf8(header) << column;
    };
    row("Scene", ShotListColumn::Scene);
    row("SCENE #", ShotListColumn::Scene);
    row("Scene No.", ShotListColumn::Scene);
    row("Shot", ShotListColumn::Shot);
    row("shot number", ShotListColumn::Shot);
    row("Shot Description", ShotListColumn::Description);
    row("Size/Framing", ShotListColumn::Framing);
    row("Shot Size", ShotListColumn::Framing);
    row("Shot Type", ShotListColumn::Framing);
    row("Camera Angle", ShotListColumn::Angle);
    row("Camera Movement", ShotListColumn::Movement);
    row("Lens", ShotListColumn::Lens);
    row("Lens (mm)", ShotListColumn::Lens);
    row("Lighting", ShotListColumn::Lighting);
    row("Duration (s)", ShotListColumn::Duration);
    row("Est. Time", ShotListColumn::Duration);
    row("Dialog", ShotListColumn::Dialogue);
    row("Characters", ShotListColumn::Characters);
    row("Cast", ShotListColumn::Characters);
    row("Notes", ShotListColumn::Notes);
    row("Location", ShotListColumn::Location);
    row("场次", ShotListColumn::Scene);
    row("镜号", ShotListColumn::Shot);
    row("景别", ShotListColumn::Framing);
    row("画面内容", ShotListColumn::Description);
    row("运镜", ShotListColumn::Movement);
    row("时长", ShotListColumn::Duration);
    row("台词", ShotListColumn::Dialogue);
    row("角色", ShotListColumn::Characters);
    row("备注", ShotListColumn::Notes);
    row("シーン", ShotListColumn::Scene);
    row("カット", ShotListColumn::Shot);
    row("サイズ", ShotListColumn::Framing);
    row("カメラワーク", ShotListColumn::Movement);
    row("秒数", ShotListColumn::Duration);
    row("セリフ", ShotListColumn::Dialogue);
    row("登場人物", ShotListColumn::Characters);
    row("備考", ShotListColumn::Notes);
    row("Equipment", ShotListColumn::Unknown);
    row("Shot list", ShotListColumn::Unknown);
}

void tst_ShotListCsv::headers()
{
    QFETCH(QString, header);
    QFETCH(ShotListColumn, column);
    QCOMPARE(ShotListCsv::columnForHeader(header), column);
}

void tst_ShotListCsv::rfc4180_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain") << QStringLiteral("Shot,Description\n1,Rain\n2,Wind\n")
                           << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Rain")},
                                                 {QStringLiteral("2"), QStringLiteral("Wind")}};
    QTest::newRow("quoted comma, quote and line break")
        << QStringLiteral("Shot,Description\n1,\"Rain, \"\"heavy\"\"\nand wind\"\n")
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Rain, \"heavy\"\nand wind")}};
    QTest::newRow("no final newline, blank rows skipped")
        << QStringLiteral("Shot,Description\n\n1,Rain\n,\n2,Wind")
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Rain")},
                              {QStringLiteral("2"), QStringLiteral("Wind")}};
    QTest::newRow("semicolons") << QStringLiteral("Shot;Description\n1;Rain, wind\n")
                                << QList<QStringList>{
                                       {QStringLiteral("1"), QStringLiteral("Rain, wind")}};
    QTest::newRow("tabs") << QStringLiteral("Shot\tDescription\n1\tRain\n")
                          << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Rain")}};
    QTest::newRow("empty trailing cell")
        << QStringLiteral("Shot,Description,Notes\n1,Rain,\n")
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Rain"), QString()}};
}

void tst_ShotListCsv::rfc4180()
{
    QFETCH(QString, csv);
    QFETCH(QList<QStringList>, rows);
    const Result<ShotList> list = ShotListCsv::parse(csv, QStringLiteral("list.csv"));
    QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
    QList<QStringList> cells;
    for (const ShotListRow &row : list->rows)
        cells << row.cells;
    QCOMPARE(cells, rows);
}

void tst_ShotListCsv::refusals_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed quote") << QStringLiteral("Shot,Description\n1,Rain\n2,\"Wind\n3,x\n")
                                    << QStringLiteral("not closed") << 3;
    QTest::newRow("no known header")
        << QStringLiteral("Foo,Bar\n1,2\n") << QStringLiteral("header") << 1;
    QTest::newRow("header only") << QStringLiteral("Shot,Description\n")
                                 << QStringLiteral("no shots") << 1;
}

void tst_ShotListCsv::refusals()
{
    QFETCH(QString, csv);
    QFETCH(QString, needle);
    QFETCH(int, line);
    const Result<ShotList> list = ShotListCsv::parse(csv, QStringLiteral("list.csv"));
    QVERIFY(!list);
    QCOMPARE(list.error().file, QStringLiteral("list.csv"));
    QCOMPARE(list.error().line, line);
    QVERIFY2(list.error().message.contains(needle), qPrintable(list.error().message));
}

void tst_ShotListCsv::englishShotList()
{
    const Result<ScriptSource> source =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/shotlist.csv"));
    QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
    QCOMPARE(source->format, ScriptFormat::ShotListCsv);
    const ShotList &list = source->shotList;
    QCOMPARE(list.columns.last(), ShotListColumn::Unknown);
    QCOMPARE(list.rows.size(), 4);

    const Project empty;
    const Result<ImportPlan> plan =
        ScriptImporter(empty, ProviderCapabilities::openAiVideos()).plan(list);
    QVERIFY(plan);
    QCOMPARE(plan->scenes.size(), 2);
    QCOMPARE(plan->scenes.at(0).number, QStringLiteral("1"));
    QCOMPARE(plan->scenes.at(0).title, QStringLiteral("Scene 1"));
    QCOMPARE(plan->shots.size(), 4);
    QStringList labels;
    for (const Shot &shot : plan->shots)
        labels << shot.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("1.1"), QStringLiteral("1.2"),
                                  QStringLiteral("2.1"), QStringLiteral("2.2")}));
    const Shot &first = plan->shots.at(0);
    QCOMPARE(first.framing.key(), QStringLiteral("wide"));
    QCOMPARE(first.angle.key(), QStringLiteral("high"));
    QCOMPARE(first.movement.key(), QStringLiteral("crane"));
    QCOMPARE(first.lensStyle, QStringLiteral("24mm"));
    QCOMPARE(first.lighting, QStringLiteral("Sodium lamps, rain backlit"));
    QCOMPARE(first.durationSeconds, 8);
    QCOMPARE(first.actionBeats, (QStringList{QStringLiteral("Red lanterns sway over the wet lane."),
                                             QStringLiteral("Most stalls are shuttered.")}));
    QCOMPARE(first.notes, QStringLiteral("Establishing\nEquipment: Crane"));
    QCOMPARE(plan->shots.at(1).angle.key(), QStringLiteral("eye_level"));

    const Shot &third = plan->shots.at(2);
    QCOMPARE(third.framing.key(), QStringLiteral("close_up"));
    QCOMPARE(third.dialogue,
             (QList<DialogueLine>{{QStringLiteral("Hua"), QStringLiteral("We're closed.")},
                                  {QStringLiteral("Jun"), QStringLiteral("One bowl.")}}));
    QCOMPARE(third.durationSeconds, 8); // fitted: 2 s of action + two 2 s lines
    QCOMPARE(third.notes, QStringLiteral("Hold on her eyes, \"really\" hold"));
    QCOMPARE(plan->shots.at(3).framing.key(), QStringLiteral("insert"));
    QCOMPARE(plan->shots.at(3).durationSeconds, 4); // "3s" on 4/8/12
    QCOMPARE(plan->shots.at(3).notes, QStringLiteral("Equipment: Macro lens"));

    QStringList cast;
    for (const CastMember &member : plan->newCast)
        cast << member.name;
    QCOMPARE(cast, (QStringList{QStringLiteral("Jun"), QStringLiteral("Hua")}));
    QCOMPARE(third.castIds.size(), 2);
    QCOMPARE(plan->speechCount, 2);
    QCOMPARE(third.scriptRef.scene, 2);
    QCOMPARE(third.scriptRef.paragraph, 1);
}

void tst_ShotListCsv::chineseShotListWithBom()
{
    const Result<ScriptSource> source =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/shotlist-zh.csv"));
    QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
    QCOMPARE(source->shotList.headers.first(), QStringLiteral("场次")); // the BOM is gone
    const Project empty;
    const Result<ImportPlan> plan =
        ScriptImporter(empty, ProviderCapabilities::openAiVideos()).plan(source->shotList);
    QVERIFY(plan);
    QCOMPARE(plan->shots.size(), 2);
    QCOMPARE(plan->shots.at(0).framing.key(), QStringLiteral("wide"));
    QCOMPARE(plan->shots.at(0).movement.key(), QStringLiteral("crane"));
    QCOMPARE(plan->shots.at(1).framing.key(), QStringLiteral("close_up"));
    QCOMPARE(plan->shots.at(1).movement.key(), QStringLiteral("static"));
    QCOMPARE(plan->shots.at(1).dialogue,
             (QList<DialogueLine>{{QStringLiteral("阿华"), QStringLiteral("打烊了。")}}));
    QCOMPARE(plan->shots.at(1).notes, QStringLiteral("留住她的眼神"));
    QCOMPARE(plan->newCast.size(), 1);
}

void tst_ShotListCsv::japaneseShotListWithSemicolons()
{
    const Result<ScriptSource> source =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/shotlist-ja.csv"));
    QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
    QCOMPARE(source->shotList.delimiter, QLatin1Char(';'));
    const Project empty;
    const Result<ImportPlan> plan =
        ScriptImporter(empty, ProviderCapabilities::openAiVideos()).plan(source->shotList);
    QVERIFY(plan);
    QCOMPARE(plan->shots.at(0).framing.key(), QStringLiteral("wide"));
    QCOMPARE(plan->shots.at(1).framing.key(), QStringLiteral("close_up"));
    QCOMPARE(plan->shots.at(1).movement.key(), QStringLiteral("static"));
    QCOMPARE(plan->shots.at(1).dialogue.first().speaker, QStringLiteral("ファ"));
    QCOMPARE(plan->shots.at(0).notes, QStringLiteral("機材: クレーン"));
}

QTEST_GUILESS_MAIN(tst_ShotListCsv)
#include "tst_shotlistcsv.moc"
