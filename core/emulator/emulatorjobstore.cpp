// SPDX-License-Identifier: MIT
#include "emulatorjobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUuid>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct JobStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::EmulatorJobStore)
};

} // namespace

EmulatorJobStore::EmulatorJobStore(const QString &stateDir)
{
    if (stateDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                    QStringLiteral("/shotbrief-emulator-XXXXXX"));
        m_dir = m_tempDir->path();
    } else {
        m_dir = QDir(stateDir).absolutePath();
        QDir().mkpath(m_dir);
    }
}

EmulatorJobStore::~EmulatorJobStore() = default;

QString EmulatorJobStore::jobsFile() const
{
    return m_dir + QStringLiteral("/jobs.json");
}

QString EmulatorJobStore::mediaDir(const QString &id) const
{
    const QString dir = m_dir + QStringLiteral("/media/") + id;
    QDir().mkpath(dir);
    return dir;
}

QString EmulatorJobStore::videoPath(const QString &id) const
{
    return mediaDir(id) + QStringLiteral("/video.mp4");
}

QString EmulatorJobStore::thumbnailPath(const QString &id) const
{
    return mediaDir(id) + QStringLiteral("/thumbnail.webp");
}

QString EmulatorJobStore::spritesheetPath(const QString &id) const
{
    return mediaDir(id) + QStringLiteral("/spritesheet.jpg");
}

Result<void> EmulatorJobStore::load()
{
    QFile file(jobsFile());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::inFile(
            file.fileName(),
            JobStoreText::tr("Cannot read the emulator state: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::inFile(file.fileName(),
                             JobStoreText::tr("The emulator state is not valid JSON: %1")
                                 .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    m_jobs.clear();
    m_sequence = root.value(QStringLiteral("sequence")).toInteger();
    const QJsonArray jobs = root.value(QStringLiteral("jobs")).toArray();
    for (const QJsonValue &value : jobs) {
        EmulatorJob job = EmulatorJob::fromStateJson(value.toObject());
        if (job.id.isEmpty())
            continue;
        m_sequence = std::max(m_sequence, job.sequence);
        m_jobs.append(job);
    }
    std::stable_sort(m_jobs.begin(), m_jobs.end(), [](const EmulatorJob &a, const EmulatorJob &b) {
        return a.sequence < b.sequence;
    });
    return {};
}

Result<void> EmulatorJobStore::save() const
{
    QJsonArray jobs;
    for (const EmulatorJob &job : m_jobs)
        jobs.append(job.toStateJson());
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("sequence"), m_sequence},
                           {QStringLiteral("jobs"), jobs}};
    QSaveFile file(jobsFile());
    if (!file.open(QIODevice::WriteOnly))
        return Error::inFile(
            file.fileName(),
            JobStoreText::tr("Cannot write the emulator state: %1").arg(file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::inFile(
            file.fileName(),
            JobStoreText::tr("Cannot write the emulator state: %1").arg(file.errorString()));
    return {};
}

EmulatorJob *EmulatorJobStore::find(const QString &id)
{
    for (EmulatorJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

const EmulatorJob *EmulatorJobStore::find(const QString &id) const
{
    for (const EmulatorJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

EmulatorJob &EmulatorJobStore::add(EmulatorJob job)
{
    if (job.id.isEmpty())
        job.id = newJobId();
    job.sequence = ++m_sequence;
    m_jobs.append(job);
    return m_jobs.last();
}

bool EmulatorJobStore::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == id) {
            m_jobs.removeAt(i);
            QDir(m_dir + QStringLiteral("/media/") + id).removeRecursively();
            return true;
        }
    }
    return false;
}

int EmulatorJobStore::runningCount(const QString &ownerKey) const
{
    int n = 0;
    for (const EmulatorJob &job : m_jobs) {
        if (job.ownerKey == ownerKey && job.isRunning())
            ++n;
    }
    return n;
}

QString EmulatorJobStore::newJobId()
{
    return QStringLiteral("video_") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace ShotBrief
