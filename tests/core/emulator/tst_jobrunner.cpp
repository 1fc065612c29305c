// SPDX-License-Identifier: MIT
// The job lifecycle against an injected clock: queued -> in_progress (rising) -> 99 % while
// rendering -> completed; planned failures; resuming after a restart; deletes cancel renders.
#include "emulator/cliprenderer.h"
#include "emulator/emulatorjobstore.h"
#include "emulator/jobrunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_JobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void progressFollowsTheClock_data();
    void progressFollowsTheClock();
    void completesOnlyAfterRender();
    void earlyRenderWaitsForTheJobTime();
    void moderationFailsHalfway();
    void plannedRenderFailureSkipsFfmpeg();
    void resumesAfterRestart();
    void forgetCancelsRender();

private:
    QString addJob(qint64 createdAtMs, const QString &plannedFailure = QString());
    const EmulatorJob &job(const QString &id) const { return *m_store->find(id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorJobStore> m_store;
    std::unique_ptr<ClipRenderer> m_renderer;
    std::unique_ptr<JobRunner> m_runner;
    qint64 m_now = 1'795'640'000'000;
};

void tst_JobRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EmulatorJobStore>(m_dir->path());
    m_renderer = std::make_unique<ClipRenderer>();
    m_runner = std::make_unique<JobRunner>(m_store.get(), m_renderer.get());
    m_runner->setClock([this] { return m_now; });
    m_runner->setJobSeconds(10.0);
    m_runner->setExpirySeconds(3600);
}

void tst_JobRunner::cleanup()
{
    m_runner.reset();
    m_renderer.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_JobRunner::addJob(qint64 createdAtMs, const QString &plannedFailure)
{
    EmulatorJob j;
    j.model = QStringLiteral("sora-2");
    j.prompt = QStringLiteral("a slate");
    j.size = QStringLiteral("1280x720");
    j.seconds = QStringLiteral("4");
    j.createdAtMs = createdAtMs;
    j.createdAt = createdAtMs / 1000;
    j.plannedFailure = plannedFailure;
    const QString id = m_store->add(j).id;
    m_runner->wake();
    return id;
}

void tst_JobRunner::progressFollowsTheClock_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("progress");
    QTest::newRow("just created") << qint64(0) << "queued" << 0;
    QTest::newRow("still queued at 10 %") << qint64(1000) << "queued" << 0;
    QTest::newRow("working at 20 %") << qint64(2000) << "in_progress" << 20;
    QTest::newRow("half way") << qint64(5000) << "in_progress" << 50;
    QTest::newRow("almost") << qint64(9950) << "in_progress" << 99;
    QTest::newRow("time is up, rendering") << qint64(10000) << "in_progress" << 99;
}

void tst_JobRunner::progressFollowsTheClock()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, status);
    QFETCH(int, progress);
    const QString id = addJob(m_now);
    m_now += elapsedMs;
    m_runner->tick();
    QCOMPARE(job(id).status, status);
    QCOMPARE(job(id).progress, progress);
    // Rendering starts with the work (15 %), so the job time covers it.
    QCOMPARE(m_renderer->isBusy(id), elapsedMs >= 1500);
    // Time going backwards (a clock step) never lowers progress.
    m_now -= elapsedMs / 2;
    m_runner->tick();
    QCOMPARE(job(id).progress, progress);
}

void tst_JobRunner::completesOnlyAfterRender()
{
    QSignalSpy completed(m_runner.get(), &JobRunner::jobCompleted);
    const QString id = addJob(m_now);
    m_now += 10'000;
    m_runner->tick();
    QCOMPARE(job(id).status, QStringLiteral("in_progress"));
    QCOMPARE(job(id).progress, 99);
    QCOMPARE(completed.size(), 0);
    QVERIFY2(completed.wait(60000), "render completes the job");
    QCOMPARE(completed.first().first().toString(), id);
    QCOMPARE(job(id).status, QStringLiteral("completed"));
    QCOMPARE(job(id).progress, 100);
    QCOMPARE(job(id).completedAt, m_now / 1000);
    QCOMPARE(job(id).expiresAtMs, m_now + 3600 * 1000);
    QVERIFY(!job(id).isExpired(m_now + 3599 * 1000));
    QVERIFY(job(id).isExpired(m_now + 3600 * 1000));
    // Persisted: a fresh store reads the completed job back.
    EmulatorJobStore reread(m_dir->path());
    QVERIFY(reread.load());
    QCOMPARE(reread.find(id)->status, QStringLiteral("completed"));
}

void tst_JobRunner::earlyRenderWaitsForTheJobTime()
{
    QSignalSpy completed(m_runner.get(), &JobRunner::jobCompleted);
    QSignalSpy rendered(m_renderer.get(), &ClipRenderer::finished);
    const QString id = addJob(m_now);
    m_now += 2000;
    m_runner->tick();
    QVERIFY(m_renderer->isBusy(id));
    QVERIFY2(rendered.wait(60000), "the render finishes");
    QCOMPARE(completed.size(), 0);
    QCOMPARE(job(id).status, QStringLiteral("in_progress"));
    m_now += 5000;
    m_runner->tick();
    QCOMPARE(completed.size(), 0);
    QCOMPARE(job(id).progress, 70);
    m_now += 3000;
    m_runner->tick();
    QCOMPARE(completed.size(), 1);
    QCOMPARE(job(id).status, QStringLiteral("completed"));
    QCOMPARE(job(id).completedAt, m_now / 1000);
}

void tst_JobRunner::moderationFailsHalfway()
{
    QSignalSpy failed(m_runner.get(), &JobRunner::jobFailed);
    const QString id = addJob(m_now, QStringLiteral("moderation_blocked"));
    m_now += 4000;
    m_runner->tick();
    QCOMPARE(job(id).status, QStringLiteral("in_progress"));
    m_now += 1000;
    m_runner->tick();
    QCOMPARE(job(id).status, QStringLiteral("failed"));
    QCOMPARE(job(id).errorCode, QStringLiteral("moderation_blocked"));
    QVERIFY(!job(id).errorMessage.isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("moderation_blocked"));
    QVERIFY(!m_renderer->isBusy(id));
}

void tst_JobRunner::plannedRenderFailureSkipsFfmpeg()
{
    QSignalSpy failed(m_runner.get(), &JobRunner::jobFailed);
    const QString id = addJob(m_now, QStringLiteral("render_failed"));
    m_now += 10'000;
    m_runner->tick();
    QCOMPARE(job(id).status, QStringLiteral("failed"));
    QCOMPARE(job(id).errorCode, QStringLiteral("render_failed"));
    QVERIFY(!m_renderer->isBusy(id));
    QCOMPARE(failed.size(), 1);
}

void tst_JobRunner::resumesAfterRestart()
{
    // A job made 20 s ago by an emulator that stopped mid-render.
    EmulatorJob j;
    j.model = QStringLiteral("sora-2");
    j.prompt = QStringLiteral("resumed");
    j.size = QStringLiteral("720x1280");
    j.seconds = QStringLiteral("4");
    j.status = QStringLiteral("in_progress");
    j.progress = 99;
    j.createdAtMs = m_now - 20'000;
    const QString id = m_store->add(j).id;
    QVERIFY(m_store->save());

    EmulatorJobStore store(m_dir->path());
    QVERIFY(store.load());
    ClipRenderer renderer;
    JobRunner runner(&store, &renderer);
    runner.setClock([this] { return m_now; });
    runner.setJobSeconds(10.0);
    QSignalSpy completed(&runner, &JobRunner::jobCompleted);
    runner.wake();
    QVERIFY2(renderer.isBusy(id), "the render starts again at once");
    QVERIFY2(completed.wait(60000), "and completes");
    QCOMPARE(store.find(id)->status, QStringLiteral("completed"));
}

void tst_JobRunner::forgetCancelsRender()
{
    QSignalSpy completed(m_runner.get(), &JobRunner::jobCompleted);
    const QString id = addJob(m_now);
    m_now += 10'000;
    m_runner->tick();
    QVERIFY(m_renderer->isBusy(id));
    m_runner->forget(id);
    m_store->remove(id);
    QVERIFY(!m_renderer->isBusy(id));
    // Even once its time is long past and whatever the cancel posted has run, it never
    // completes.
    m_now += 60'000;
    m_runner->tick();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(completed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_JobRunner)
#include "tst_jobrunner.moc"
