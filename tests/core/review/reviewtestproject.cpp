// SPDX-License-Identifier: MIT
#include "reviewtestproject.h"

#include "io/projectfile.h"

#include <QDir>
#include <QProcess>

namespace ShotBrief::ReviewTest {

namespace {

bool ffmpeg(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                              QStringLiteral("error"), QStringLiteral("-y")} +
                      arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

bool makeClip(const QString &path, int seconds, const QString &colour)
{
    // A tone too: the sequence player must cope with sound.
    return ffmpeg(
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("color=c=%1:size=320x180:rate=24:duration=%2").arg(colour).arg(seconds),
         QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("sine=frequency=440:duration=%1").arg(seconds), QStringLiteral("-shortest"),
         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:v"),
         QStringLiteral("libx264"), QStringLiteral("-c:a"), QStringLiteral("aac"), path});
}

bool makeStill(const QString &path, const QString &colour)
{
    return ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                   QStringLiteral("color=c=%1:size=320x180").arg(colour),
                   QStringLiteral("-frames:v"), QStringLiteral("1"), path});
}

Take readyTake(const QString &id, const QString &clip, const QString &thumb, int seconds)
{
    Take take;
    take.id = id;
    take.status = TakeStatus::Ready;
    take.seconds = seconds;
    take.model = QStringLiteral("sora-2");
    take.size = QStringLiteral("1280x720");
    take.prompt = QStringLiteral("prompt");
    take.clipPath = clip;
    take.thumbnailPath = thumb;
    return take;
}

} // namespace

QString makeProject(const QString &dir, Project *project, int clipSeconds)
{
    const QString path = dir + QStringLiteral("/Review Test.shotbrief");
    const QString media = ProjectFile::mediaFolderFor(path);
    QDir().mkpath(media + QStringLiteral("/clips"));
    QDir().mkpath(media + QStringLiteral("/thumbs"));
    const struct
    {
        const char *name;
        const char *colour;
    } clips[] = {{"s1-a", "red"}, {"s2-a", "green"}, {"s2-b", "blue"}};
    for (const auto &clip : clips) {
        if (!makeClip(media + QStringLiteral("/clips/%1.mp4").arg(QLatin1String(clip.name)),
                      clipSeconds, QLatin1String(clip.colour)) ||
            !makeStill(media + QStringLiteral("/thumbs/%1.png").arg(QLatin1String(clip.name)),
                       QLatin1String(clip.colour)))
            return {};
    }

    Project p;
    p.title = QStringLiteral("Review <Test> 夜市");
    Scene market{QStringLiteral("scene-1"), QStringLiteral("EXT. NIGHT MARKET - NIGHT"), {}, {}};
    p.scenes = {market};
    for (int i = 0; i < 3; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QString::number(i + 1);
        shot.sceneId = market.id;
        shot.durationSeconds = 4;
        shot.framing = FramingTerm(Framing::Wide);
        shot.movement = MovementTerm(Movement::DollyIn);
        shot.actionBeats = {QStringLiteral("Mei walks in"), QStringLiteral("she stops")};
        shot.palette = {{QStringLiteral("teal"), QStringLiteral("#1b6f6f")},
                        {QStringLiteral("amber"), QStringLiteral("#f0a030")},
                        {QStringLiteral("rust"), QStringLiteral("#a4462a")}};
        p.shots.append(shot);
    }
    p.shots[0].takes = {readyTake(QStringLiteral("take-1a"), QStringLiteral("clips/s1-a.mp4"),
                                  QStringLiteral("thumbs/s1-a.png"), clipSeconds)};
    p.shots[0].circledTakeId = QStringLiteral("take-1a");
    p.shots[1].takes = {readyTake(QStringLiteral("take-2a"), QStringLiteral("clips/s2-a.mp4"),
                                  QStringLiteral("thumbs/s2-a.png"), clipSeconds),
                        readyTake(QStringLiteral("take-2b"), QStringLiteral("clips/s2-b.mp4"),
                                  QStringLiteral("thumbs/s2-b.png"), clipSeconds)};
    p.shots[1].circledTakeId = QStringLiteral("take-2b");
    p.shots[1].dialogue = {{QStringLiteral("Mei"), QStringLiteral("<i>Still</i> open?")}};
    p.shots[2].label = QStringLiteral("3 <b>x</b>");
    p.shots[2].notes = QString::fromUtf8(HostileNote);
    p.shots[2].durationSeconds = 1;
    if (!ProjectFile::save(p, path))
        return {};
    *project = p;
    return path;
}

} // namespace ShotBrief::ReviewTest
