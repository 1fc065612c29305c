// SPDX-License-Identifier: MIT
// The job set-up the emulator's three dialects share.
#include "emulator/cliprenderer.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorjobstore.h"
#include "emulator/jobintake.h"
#include "emulator/jobrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_JobIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newJobIsStampedFromTheRequest_data();
    void newJobIsStampedFromTheRequest();
    void admitStoresCountsAndKeepsTheReference();
    void aLostAnswerClosesTheConnection();
};

namespace {

FaultDecision firing(FaultKind kind)
{
    FaultRule rule;
    rule.kind = kind;
    FaultDecision decision;
    decision.action = rule;
    decision.fired = 1;
    return decision;
}

} // namespace

void tst_JobIntake::newJobIsStampedFromTheRequest_data()
{
    QTest::addColumn<int>("fault"); // FaultKind, -1 for none
    QTest::addColumn<bool>("moderates");
    QTest::addColumn<QString>("planned");

    QTest::newRow("no fault") << -1 << true << QString();
    QTest::newRow("moderation") << int(FaultKind::ModerationBlocked) << true
                                << "moderation_blocked";
    QTest::newRow("moderation where nothing moderates")
        << int(FaultKind::ModerationBlocked) << false << "render_failed";
    QTest::newRow("render failure") << int(FaultKind::RenderFailure) << true << "render_failed";
    QTest::newRow("lost answer: the job still runs")
        << int(FaultKind::LostResponse) << true << QString();
}

void tst_JobIntake::newJobIsStampedFromTheRequest()
{
    QFETCH(int, fault);
    QFETCH(bool, moderates);
    QFETCH(QString, planned);
    HttpRequestData request;
    request.headers.append(
        qMakePair(QByteArray("X-ShotBrief-Shot-Label"), QByteArray("  12A \n night  market ")));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const EmulatorJob job = JobIntake::newJob(
        request, fault < 0 ? FaultDecision{} : firing(FaultKind(fault)), moderates);
    QVERIFY(job.createdAtMs >= before && job.createdAtMs <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(job.createdAt, job.createdAtMs / 1000);
    QCOMPARE(job.shotLabel, QStringLiteral("12A night market"));
    QCOMPARE(job.plannedFailure, planned);
    QVERIFY2(job.id.isEmpty(), "each dialect has its own ids");
}

void tst_JobIntake::admitStoresCountsAndKeepsTheReference()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EmulatorJobStore store(dir.path());
    ClipRenderer renderer;
    JobRunner runner(&store, &renderer);
    EmulatorStats stats;
    JobIntake intake(&store, &runner, &stats);

    EmulatorJob job = JobIntake::newJob(HttpRequestData{}, FaultDecision{});
    job.referenceFile = QStringLiteral("reference.png");
    const EmulatorJob *created = intake.admit(job, {{job.referenceFile, QByteArray("png bytes")}});
    QVERIFY(created);
    QVERIFY2(created->id.startsWith(QLatin1String("video_")), qPrintable(created->id));
    QCOMPARE(stats.creates, 1);
    QCOMPARE(stats.remixes, 0);
    QFile reference(store.mediaDir(created->id) + QStringLiteral("/reference.png"));
    QVERIFY(reference.open(QIODevice::ReadOnly));
    QCOMPARE(reference.readAll(), QByteArray("png bytes"));
    QCOMPARE(store.find(created->id)->sequence, 1);
    QCOMPARE(store.nextSequence(), 2);

    EmulatorJob remix = JobIntake::newJob(HttpRequestData{}, FaultDecision{});
    remix.id = QStringLiteral("own-id");
    QVERIFY(intake.admit(remix, {}, true));
    QCOMPARE(stats.remixes, 1);
    QVERIFY(store.find(QStringLiteral("own-id")));

    // Saved: a restarted emulator finds both.
    EmulatorJobStore reopened(dir.path());
    QVERIFY(reopened.load());
    QCOMPARE(reopened.jobs().size(), 2);
}

void tst_JobIntake::aLostAnswerClosesTheConnection()
{
    HttpResponseData response;
    QVERIFY(!JobIntake::answer(response, FaultDecision{}).closeWithoutResponse);
    QVERIFY(!JobIntake::answer(response, firing(FaultKind::RenderFailure)).closeWithoutResponse);
    QVERIFY(JobIntake::answer(response, firing(FaultKind::LostResponse)).closeWithoutResponse);
}

QTEST_GUILESS_MAIN(tst_JobIntake)
#include "tst_jobintake.moc"
