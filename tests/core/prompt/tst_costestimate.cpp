// SPDX-License-Identifier: MIT
#include "prompt/costestimate.h"

#include <QFile>
#include <QTest>

using namespace ShotBrief;

class tst_CostEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTableLoadsFromResource();
    void builtInPrices_data();
    void builtInPrices();
    void userTableFromFile();
    void exactSizeBeatsWildcard();
    void parseErrors_data();
    void parseErrors();
    void syntaxErrorHasLineAndColumn();
    void syntaxErrorPositions_data();
    void syntaxErrorPositions();
    void missingFileNamesIt();
    void estimateShotUsesEffectiveModelAndSize();
    void estimateProjectTotalsAndCountsUnpriced();
    void estimateNamesTable();
    void tableFromRowsKeepsTheFirstOfDuplicates();
};

namespace {

Project sampleProject()
{
    Project project;
    project.format.model = QStringLiteral("sora-2");
    project.format.size = QStringLiteral("1280x720");
    const auto addShot = [&project](const QString &id, int seconds, const QString &model,
                                    const QString &size) {
        Shot shot;
        shot.id = id;
        shot.durationSeconds = seconds;
        shot.model = model;
        shot.size = size;
        project.shots << shot;
    };
    addShot(QStringLiteral("a"), 4, QString(), QString()); // 0.40
    addShot(QStringLiteral("b"), 8, QStringLiteral("sora-2-pro"),
            QStringLiteral("1792x1024"));                                      // 4.00
    addShot(QStringLiteral("c"), 12, QStringLiteral("sora-2-pro"), QString()); // 3.60
    addShot(QStringLiteral("d"), 4, QStringLiteral("veo-3"), QString());       // unpriced
    return project;
}

} // namespace

void tst_CostEstimate::builtInTableLoadsFromResource()
{
    QVERIFY2(QFile::exists(QStringLiteral(":/shotbrief/prices.json")),
             "the price table resource is not linked into the test executable");
    const PriceTable table = PriceTable::builtIn();
    QCOMPARE(table.source(), QStringLiteral(":/shotbrief/prices.json"));
    QVERIFY2(table.name().contains(QLatin1String("as of 2026")), qPrintable(table.name()));
    QCOMPARE(table.rows().size(), 8);

    // The built-in table is the same file the repository ships.
    QFile shipped(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/prices.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const Result<PriceTable> fromDisk = PriceTable::parse(shipped.readAll(), shipped.fileName());
    QVERIFY2(fromDisk.hasValue(),
             qPrintable(fromDisk.hasValue() ? QString() : fromDisk.error().toString()));
    QCOMPARE(fromDisk->rows().size(), table.rows().size());
}

void tst_CostEstimate::builtInPrices_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<double>("expected"); // < 0: no price

    QTest::newRow("sora-2 landscape 720p") << "sora-2"
                                           << "1280x720" << 0.10;
    QTest::newRow("sora-2 portrait 720p") << "sora-2"
                                          << "720x1280" << 0.10;
    QTest::newRow("sora-2 has no 1024p") << "sora-2"
                                         << "1792x1024" << -1.0;
    QTest::newRow("pro 720p") << "sora-2-pro"
                              << "720x1280" << 0.30;
    QTest::newRow("pro 1024p portrait") << "sora-2-pro"
                                        << "1024x1792" << 0.50;
    QTest::newRow("pro 1024p landscape") << "sora-2-pro"
                                         << "1792x1024" << 0.50;
    QTest::newRow("pro 1080p landscape") << "sora-2-pro"
                                         << "1920x1080" << 0.70;
    QTest::newRow("pro 1080p portrait") << "sora-2-pro"
                                        << "1080x1920" << 0.70;
    QTest::newRow("unknown model") << "veo-3"
                                   << "1280x720" << -1.0;
}

void tst_CostEstimate::builtInPrices()
{
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(double, expected);
    const std::optional<double> price = PriceTable::builtIn().pricePerSecond(model, size);
    if (expected < 0) {
        QVERIFY2(!price, qPrintable(QStringLiteral("unexpected price %1").arg(price.value_or(0))));
    } else {
        QVERIFY2(price.has_value(), "no price");
        QCOMPARE(*price, expected);
    }
}

void tst_CostEstimate::userTableFromFile()
{
    const QString path = QStringLiteral(SHOTBRIEF_TEST_DATA "/prices-user.json");
    const Result<PriceTable> table = PriceTable::load(path);
    QVERIFY2(table.hasValue(), qPrintable(table.hasValue() ? QString() : table.error().toString()));
    QCOMPARE(table->source(), path);
    QCOMPARE(table->name(), QStringLiteral("Studio negotiated rates, as of 2026-10-01"));
    QCOMPARE(table->asOf(), QStringLiteral("2026-10-01"));
    QCOMPARE(table->rows().size(), 3);
    QCOMPARE(table->pricePerSecond(QStringLiteral("sora-2"), QStringLiteral("720x1280")), 0.08);
}

void tst_CostEstimate::exactSizeBeatsWildcard()
{
    const Result<PriceTable> table =
        PriceTable::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/prices-user.json"));
    QVERIFY(table.hasValue());
    // The wildcard row comes after the exact row in the file and before it in lookups.
    QCOMPARE(table->pricePerSecond(QStringLiteral("sora-2-pro"), QStringLiteral("1792x1024")),
             0.45);
    QCOMPARE(table->pricePerSecond(QStringLiteral("sora-2-pro"), QStringLiteral("1280x720")), 0.25);
}

void tst_CostEstimate::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("top level array") << QByteArray("[]") << QString();
    QTest::newRow("no name") << QByteArray(R"({"prices": []})") << "name";
    QTest::newRow("as_of not text")
        << QByteArray(R"({"name": "t", "as_of": 2026, "prices": []})") << "as_of";
    QTest::newRow("euro") << QByteArray(R"({"name": "t", "currency": "EUR", "prices": []})")
                          << "currency";
    QTest::newRow("prices not a list") << QByteArray(R"({"name": "t", "prices": {}})") << "prices";
    QTest::newRow("row not an object")
        << QByteArray(R"({"name": "t", "prices": [1]})") << "prices[0]";
    QTest::newRow("no model")
        << QByteArray(R"({"name": "t", "prices": [{"size": "*", "usd_per_second": 1}]})")
        << "prices[0].model";
    QTest::newRow("bad size")
        << QByteArray(
               R"({"name": "t", "prices": [{"model": "m", "size": "720p", "usd_per_second": 1}]})")
        << "prices[0].size";
    QTest::newRow("price as text")
        << QByteArray(
               R"({"name": "t", "prices": [{"model": "m", "size": "*", "usd_per_second": "0.1"}]})")
        << "prices[0].usd_per_second";
    QTest::newRow("negative price")
        << QByteArray(
               R"({"name": "t", "prices": [{"model": "m", "size": "*", "usd_per_second": -1}]})")
        << "prices[0].usd_per_second";
    QTest::newRow("duplicate row")
        << QByteArray(
               R"({"name": "t", "prices": [{"model": "m", "size": "*", "usd_per_second": 1},)"
               R"({"model": "m", "size": "*", "usd_per_second": 2}]})")
        << "prices[1]";
}

void tst_CostEstimate::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<PriceTable> table = PriceTable::parse(json, QStringLiteral("my-prices.json"));
    QVERIFY2(!table.hasValue(), "a bad table was accepted");
    QCOMPARE(table.error().file, QStringLiteral("my-prices.json"));
    QCOMPARE(table.error().field, field);
    QVERIFY2(!table.error().message.isEmpty(), "no message");
    QVERIFY2(table.error().toString().startsWith(QLatin1String("my-prices.json")),
             qPrintable(table.error().toString()));
}

void tst_CostEstimate::syntaxErrorHasLineAndColumn()
{
    const QString path = QStringLiteral(SHOTBRIEF_TEST_DATA "/prices-syntax-error.json");
    const Result<PriceTable> table = PriceTable::load(path);
    QVERIFY(!table.hasValue());
    QCOMPARE(table.error().file, path);
    QCOMPARE(table.error().line, 4); // the missing comma before "usd_per_second"
    QVERIFY2(table.error().column > 40, qPrintable(table.error().toString()));
}

void tst_CostEstimate::syntaxErrorPositions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // The same line:column as a project file's errors: columns count characters, not bytes.
    QTest::newRow("column counts characters") << QByteArray("{\"name\": \"夜市\", x}") << 1 << 16;
    QTest::newRow("second line") << QByteArray("{\n  \"name\": tru}") << 2 << 14;
    // Used to be an exception out of nlohmann (found by fuzz_pricetable); now a position.
    QTest::newRow("number overflow")
        << QByteArray("{\"name\": \"t\",\n \"prices\": [1e999]}") << 2 << 17;
    QTest::newRow("empty") << QByteArray() << 1 << 1;
}

void tst_CostEstimate::syntaxErrorPositions()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<PriceTable> table = PriceTable::parse(json, QStringLiteral("p.json"));
    QVERIFY2(!table.hasValue(), "a table that is not JSON was accepted");
    QCOMPARE(table.error().line, line);
    QCOMPARE(table.error().column, column);
    QVERIFY2(table.error().message.contains(QLatin1String("JSON")),
             qPrintable(table.error().toString()));
}

void tst_CostEstimate::missingFileNamesIt()
{
    const Result<PriceTable> table = PriceTable::load(QStringLiteral("/nonexistent/prices.json"));
    QVERIFY(!table.hasValue());
    QCOMPARE(table.error().file, QStringLiteral("/nonexistent/prices.json"));
}

void tst_CostEstimate::estimateShotUsesEffectiveModelAndSize()
{
    const Project project = sampleProject();
    const PriceTable table = PriceTable::builtIn();
    const ShotEstimate a = estimateShot(project, project.shots.at(0), table);
    QVERIFY(a.priced);
    QCOMPARE(a.shotId, QStringLiteral("a"));
    QCOMPARE(a.usd, 0.40);
    const ShotEstimate c = estimateShot(project, project.shots.at(2), table);
    QVERIFY2(c.priced, "sora-2-pro at the default size 1280x720 has a price");
    QCOMPARE(c.usd, 12 * 0.30);
    const ShotEstimate d = estimateShot(project, project.shots.at(3), table);
    QVERIFY(!d.priced);
    QCOMPARE(d.usd, 0.0);
}

void tst_CostEstimate::estimateProjectTotalsAndCountsUnpriced()
{
    const Project project = sampleProject();
    const ProjectEstimate estimate = estimateProject(project, PriceTable::builtIn());
    QCOMPARE(estimate.shots.size(), project.shots.size());
    QCOMPARE(estimate.unpricedShots, 1);
    QVERIFY2(qFuzzyCompare(estimate.totalUsd, 0.40 + 8 * 0.50 + 12 * 0.30),
             qPrintable(QString::number(estimate.totalUsd)));

    const Result<PriceTable> user =
        PriceTable::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/prices-user.json"));
    QVERIFY(user.hasValue());
    const ProjectEstimate userEstimate = estimateProject(project, *user);
    QVERIFY2(qFuzzyCompare(userEstimate.totalUsd, 4 * 0.08 + 8 * 0.45 + 12 * 0.25),
             qPrintable(QString::number(userEstimate.totalUsd)));
    QCOMPARE(userEstimate.unpricedShots, 1);
}

void tst_CostEstimate::estimateNamesTable()
{
    const Result<PriceTable> user =
        PriceTable::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/prices-user.json"));
    QVERIFY(user.hasValue());
    const ProjectEstimate estimate = estimateProject(Project(), *user);
    QCOMPARE(estimate.tableName, user->name());
    QCOMPARE(estimate.tableSource, QStringLiteral(SHOTBRIEF_TEST_DATA "/prices-user.json"));
    QCOMPARE(estimate.totalUsd, 0.0);
    QCOMPARE(estimate.unpricedShots, 0);
}

void tst_CostEstimate::tableFromRowsKeepsTheFirstOfDuplicates()
{
    const PriceTable table =
        PriceTable::fromRows(QStringLiteral("profile prices"), QStringLiteral("providers.json"),
                             {{QStringLiteral("gen4.5"), QStringLiteral("*"), 0.12},
                              {QStringLiteral("gen4.5"), QStringLiteral("*"), 0.99},
                              {QStringLiteral("gen4.5"), QStringLiteral("1584x672"), 0.15}});
    QCOMPARE(table.name(), QStringLiteral("profile prices"));
    QCOMPARE(table.source(), QStringLiteral("providers.json"));
    QCOMPARE(table.rows().size(), 2);
    QCOMPARE(table.pricePerSecond(QStringLiteral("gen4.5"), QStringLiteral("1280x720")), 0.12);
    QCOMPARE(table.pricePerSecond(QStringLiteral("gen4.5"), QStringLiteral("1584x672")), 0.15);
    QVERIFY(!table.pricePerSecond(QStringLiteral("sora-2"), QStringLiteral("1280x720")));
}

QTEST_GUILESS_MAIN(tst_CostEstimate)
#include "tst_costestimate.moc"
