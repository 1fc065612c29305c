// SPDX-License-Identifier: MIT
#include "emulator/faultinjector.h"

#include <QTest>

using namespace ShotBrief;

class tst_FaultInjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void roundTrip();
    void countAndSkip_data();
    void countAndSkip();
    void targetsAreSeparate();
    void slowCombinesWithAction();
    void createOnlyFaultsWaitForCreates();
    void probabilityIsSeeded();
};

void tst_FaultInjector::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("skip");

    QTest::newRow("429 defaults") << "429" << int(FaultKind::TooManyRequests)
                                  << int(FaultTarget::Any) << 1 << 0;
    QTest::newRow("500 on create x3") << "500:on=create:count=3" << int(FaultKind::ServerError)
                                      << int(FaultTarget::Create) << 3 << 0;
    QTest::newRow("503 always after 2")
        << "503:count=0:skip=2" << int(FaultKind::ServiceUnavailable) << int(FaultTarget::Any) << 0
        << 2;
    QTest::newRow("drop defaults to download")
        << "drop" << int(FaultKind::DropConnection) << int(FaultTarget::Download) << 1 << 0;
    QTest::newRow("slow on list") << "slow:ms=50:on=list" << int(FaultKind::SlowResponse)
                                  << int(FaultTarget::List) << 1 << 0;
    QTest::newRow("moderation defaults to create")
        << "moderation" << int(FaultKind::ModerationBlocked) << int(FaultTarget::Create) << 1 << 0;
    QTest::newRow("lost") << " lost " << int(FaultKind::LostResponse) << int(FaultTarget::Create)
                          << 1 << 0;
    QTest::newRow("renderfail on remix") << "renderfail:on=remix" << int(FaultKind::RenderFailure)
                                         << int(FaultTarget::Remix) << 1 << 0;
    QTest::newRow("upper case") << "DROP:ON=DOWNLOAD" << int(FaultKind::DropConnection)
                                << int(FaultTarget::Download) << 1 << 0;
}

void tst_FaultInjector::parse()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, target);
    QFETCH(int, count);
    QFETCH(int, skip);
    const Result<FaultSpec> parsed = FaultSpec::parse(spec);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->rules.size(), 1);
    const FaultRule &rule = parsed->rules.first();
    QCOMPARE(int(rule.kind), kind);
    QCOMPARE(int(rule.target), target);
    QCOMPARE(rule.count, count);
    QCOMPARE(rule.skip, skip);
}

void tst_FaultInjector::parseErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown kind") << "418";
    QTest::newRow("unknown field") << "429:colour=red";
    QTest::newRow("missing value") << "429:count";
    QTest::newRow("negative count") << "500:count=-1";
    QTest::newRow("bad target") << "500:on=everything";
    QTest::newRow("probability above one") << "500:prob=1.5";
    QTest::newRow("bad seed") << "500,seed=abc";
    QTest::newRow("bad ms") << "slow:ms=soon";
}

void tst_FaultInjector::parseErrors()
{
    QFETCH(QString, spec);
    const Result<FaultSpec> parsed = FaultSpec::parse(spec);
    QVERIFY2(!parsed, "must be rejected");
    QVERIFY(!parsed.error().message.isEmpty());
}

void tst_FaultInjector::roundTrip()
{
    const QString spec =
        QStringLiteral("429:on=create:count=2:retry=3,drop:bytes=100,"
                       "slow:ms=20:on=retrieve:skip=1,503:count=0:prob=0.25,seed=9");
    const Result<FaultSpec> parsed = FaultSpec::parse(spec);
    QVERIFY(parsed);
    QCOMPARE(parsed->rules.size(), 4);
    QCOMPARE(parsed->seed, 9u);
    QCOMPARE(parsed->rules.at(0).retryAfterSeconds, 3);
    QCOMPARE(parsed->rules.at(1).dropAfterBytes, 100);
    QCOMPARE(parsed->rules.at(2).delayMs, 20);
    QCOMPARE(parsed->rules.at(3).probability, 0.25);
    const Result<FaultSpec> again = FaultSpec::parse(parsed->toString());
    QVERIFY2(again, qPrintable(parsed->toString()));
    QCOMPARE(*again, *parsed);
    QVERIFY(FaultSpec::parse(QString())->isEmpty());
}

void tst_FaultInjector::countAndSkip_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("pattern"); // x = fired, . = passed, over 6 requests
    QTest::newRow("once") << "500"
                          << "x.....";
    QTest::newRow("twice") << "500:count=2"
                           << "xx....";
    QTest::newRow("skip two then once") << "500:skip=2"
                                        << "..x...";
    QTest::newRow("skip one then always") << "500:skip=1:count=0"
                                          << ".xxxxx";
    QTest::newRow("never with prob 0") << "500:count=0:prob=0"
                                       << "......";
}

void tst_FaultInjector::countAndSkip()
{
    QFETCH(QString, spec);
    QFETCH(QString, pattern);
    FaultInjector injector(*FaultSpec::parse(spec));
    QString seen;
    for (int i = 0; i < pattern.size(); ++i)
        seen += injector.decide(FaultTarget::Retrieve).action ? QLatin1Char('x') : QLatin1Char('.');
    QCOMPARE(seen, pattern);
}

void tst_FaultInjector::targetsAreSeparate()
{
    FaultInjector injector(*FaultSpec::parse(QStringLiteral("429:on=create,500:on=list:count=2")));
    QVERIFY(!injector.decide(FaultTarget::Retrieve).action);
    QCOMPARE(injector.decide(FaultTarget::List).action->kind, FaultKind::ServerError);
    QCOMPARE(injector.decide(FaultTarget::Create).action->kind, FaultKind::TooManyRequests);
    QVERIFY(!injector.decide(FaultTarget::Create).action);
    QCOMPARE(injector.decide(FaultTarget::List).action->kind, FaultKind::ServerError);
    QVERIFY(!injector.decide(FaultTarget::List).action);
    // setSpec resets the counters.
    injector.setSpec(*FaultSpec::parse(QStringLiteral("429:on=create")));
    QVERIFY(injector.decide(FaultTarget::Create).action);
}

void tst_FaultInjector::slowCombinesWithAction()
{
    FaultInjector injector(*FaultSpec::parse(QStringLiteral("slow:ms=30,503")));
    const FaultDecision first = injector.decide(FaultTarget::Retrieve);
    QCOMPARE(first.delayMs, 30);
    QVERIFY(first.action);
    QCOMPARE(first.action->kind, FaultKind::ServiceUnavailable);
    QCOMPARE(first.fired, 2);
    const FaultDecision second = injector.decide(FaultTarget::Retrieve);
    QCOMPARE(second.delayMs, 0);
    QVERIFY(!second.action);
}

void tst_FaultInjector::createOnlyFaultsWaitForCreates()
{
    // "moderation:on=any" must not be spent on a list or a download.
    FaultInjector injector(*FaultSpec::parse(QStringLiteral("moderation:on=any,drop:on=any")));
    const FaultDecision list = injector.decide(FaultTarget::List);
    QVERIFY(!list.action);
    const FaultDecision create = injector.decide(FaultTarget::Create);
    QVERIFY(create.action);
    QCOMPARE(create.action->kind, FaultKind::ModerationBlocked);
    const FaultDecision download = injector.decide(FaultTarget::Download);
    QVERIFY(download.action);
    QCOMPARE(download.action->kind, FaultKind::DropConnection);
}

void tst_FaultInjector::probabilityIsSeeded()
{
    auto run = [](quint32 seed) {
        FaultSpec spec = *FaultSpec::parse(QStringLiteral("500:count=0:prob=0.5"));
        spec.seed = seed;
        FaultInjector injector(spec);
        QString out;
        for (int i = 0; i < 64; ++i)
            out += injector.decide(FaultTarget::Any).action ? QLatin1Char('x') : QLatin1Char('.');
        return out;
    };
    const QString a = run(7);
    QCOMPARE(run(7), a);
    QVERIFY2(run(8) != a, "another seed gives another sequence");
    QVERIFY2(a.contains(QLatin1Char('x')) && a.contains(QLatin1Char('.')), qPrintable(a));
}

QTEST_GUILESS_MAIN(tst_FaultInjector)
#include "tst_faultinjector.moc"
