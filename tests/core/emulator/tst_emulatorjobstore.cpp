// SPDX-License-Identifier: MIT
#include "emulator/emulatorjobstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_EmulatorJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStateDirUsesTemporaryFolder();
    void saveAndLoadRoundTrip();
    void missingFileIsEmpty();
    void corruptFileIsAnError();
    void removeDeletesMedia();
    void runningCountPerOwner();
    void apiJsonShape();

private:
    static EmulatorJob job(const QString &owner, const QString &status);
};

EmulatorJob tst_EmulatorJobStore::job(const QString &owner, const QString &status)
{
    EmulatorJob j;
    j.model = QStringLiteral("sora-2");
    j.prompt = QStringLiteral("夜市");
    j.size = QStringLiteral("1280x720");
    j.seconds = QStringLiteral("8");
    j.status = status;
    j.ownerKey = owner;
    j.createdAt = 1795640000;
    j.createdAtMs = 1795640000123;
    return j;
}

void tst_EmulatorJobStore::emptyStateDirUsesTemporaryFolder()
{
    QString dir;
    {
        EmulatorJobStore store{QString()};
        dir = store.stateDir();
        QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
        QVERIFY(store.save());
        QVERIFY(QFile::exists(store.jobsFile()));
    }
    QVERIFY2(!QFileInfo::exists(dir), "temporary state goes away with the store");
}

void tst_EmulatorJobStore::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    QStringList ids;
    QList<EmulatorJob> saved;
    {
        EmulatorJobStore store(dir.path());
        for (const QString &status : {QStringLiteral("completed"), QStringLiteral("in_progress"),
                                      QStringLiteral("failed")}) {
            EmulatorJob j = job(QStringLiteral("k"), status);
            j.errorCode = status == QLatin1String("failed") ? QStringLiteral("moderation_blocked")
                                                            : QString();
            j.errorMessage = j.errorCode.isEmpty() ? QString() : QStringLiteral("blocked");
            j.remixedFromVideoId = ids.isEmpty() ? QString() : ids.first();
            j.shotLabel = QStringLiteral("3B");
            j.completedAt = status == QLatin1String("completed") ? 1795640004 : 0;
            j.expiresAtMs = status == QLatin1String("completed") ? 1795726404000 : 0;
            j.expiresAt = j.expiresAtMs / 1000;
            ids.append(store.add(j).id);
        }
        QVERIFY(store.save());
        saved = store.jobs();
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files) ==
                     QStringList{QStringLiteral("jobs.json")},
                 "only jobs.json, no temporary files");
    }
    EmulatorJobStore reloaded(dir.path());
    QVERIFY(reloaded.jobs().isEmpty());
    const Result<void> loaded = reloaded.load();
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QCOMPARE(reloaded.jobs(), saved);
    QStringList reloadedIds;
    for (const EmulatorJob &j : reloaded.jobs())
        reloadedIds.append(j.id);
    QCOMPARE(reloadedIds, ids);
    // New jobs continue the sequence.
    const qint64 next = reloaded.add(job(QStringLiteral("k"), QStringLiteral("queued"))).sequence;
    QCOMPARE(next, saved.last().sequence + 1);
}

void tst_EmulatorJobStore::missingFileIsEmpty()
{
    QTemporaryDir dir;
    EmulatorJobStore store(dir.filePath(QStringLiteral("new/sub")));
    QVERIFY(store.load());
    QVERIFY(store.jobs().isEmpty());
    QVERIFY(QFileInfo(store.stateDir()).isDir());
}

void tst_EmulatorJobStore::corruptFileIsAnError()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("jobs.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    EmulatorJobStore store(dir.path());
    const Result<void> loaded = store.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().file, f.fileName());
}

void tst_EmulatorJobStore::removeDeletesMedia()
{
    QTemporaryDir dir;
    EmulatorJobStore store(dir.path());
    const QString id = store.add(job(QStringLiteral("k"), QStringLiteral("completed"))).id;
    QFile video(store.videoPath(id));
    QVERIFY(video.open(QIODevice::WriteOnly));
    video.write("x");
    video.close();
    QVERIFY(store.remove(id));
    QVERIFY(!store.find(id));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("media/") + id)));
    QVERIFY(!store.remove(id));
}

void tst_EmulatorJobStore::runningCountPerOwner()
{
    QTemporaryDir dir;
    EmulatorJobStore store(dir.path());
    store.add(job(QStringLiteral("a"), QStringLiteral("queued")));
    store.add(job(QStringLiteral("a"), QStringLiteral("in_progress")));
    store.add(job(QStringLiteral("a"), QStringLiteral("completed")));
    store.add(job(QStringLiteral("a"), QStringLiteral("failed")));
    store.add(job(QStringLiteral("b"), QStringLiteral("queued")));
    QCOMPARE(store.runningCount(QStringLiteral("a")), 2);
    QCOMPARE(store.runningCount(QStringLiteral("b")), 1);
    QCOMPARE(store.runningCount(QStringLiteral("c")), 0);
}

void tst_EmulatorJobStore::apiJsonShape()
{
    EmulatorJob j = job(QStringLiteral("secret-owner"), QStringLiteral("queued"));
    j.id = QStringLiteral("video_1");
    const QJsonObject o = j.toApiJson();
    const QStringList keys{
        "completed_at", "created_at", "error",    "expires_at", "id",
        "model",        "object",     "progress", "prompt",     "remixed_from_video_id",
        "seconds",      "size",       "status"};
    QCOMPARE(o.keys(), keys);
    QVERIFY2(!o.contains(QStringLiteral("owner_key")), "internal fields stay out of the API");
    QCOMPARE(o.value(QStringLiteral("seconds")).toString(), QStringLiteral("8"));
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    QVERIFY(o.value(QStringLiteral("completed_at")).isNull());
    QCOMPARE(j.pixelSize(), QSize(1280, 720));
    QCOMPARE(j.durationSeconds(), 8);
}

QTEST_GUILESS_MAIN(tst_EmulatorJobStore)
#include "tst_emulatorjobstore.moc"
