// SPDX-License-Identifier: MIT
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace ShotBrief::TestProject {

Project make(int shotCount)
{
    Project project;
    project.title = QStringLiteral("Night Market, \"Test\" 夜市");
    project.format.model = QStringLiteral("sora-2");
    project.format.size = QStringLiteral("1280x720");
    project.style.lensStyle = QStringLiteral("anamorphic 40mm");
    project.style.mood = QStringLiteral("cinematic and tense");
    project.style.lighting = QStringLiteral("neon signs as key light, wet reflections");
    project.style.palette = {{QStringLiteral("teal"), QStringLiteral("#1b6f6f")},
                             {QStringLiteral("sand"), QStringLiteral("#d8c4a0")},
                             {QStringLiteral("rust"), QStringLiteral("#a4462a")}};

    CastMember mei;
    mei.id = QStringLiteral("cast-mei");
    mei.name = QStringLiteral("Mei 美");
    mei.identity = QStringLiteral("a woman in her thirties, short black bob, yellow raincoat");
    project.cast.append(mei);

    Scene market;
    market.id = QStringLiteral("scene-market");
    market.title = QStringLiteral("EXT. NIGHT MARKET - NIGHT");
    Scene bar;
    bar.id = QStringLiteral("scene-bar");
    bar.title = QStringLiteral("INT. NOODLE BAR - NIGHT");
    project.scenes = {market, bar};

    const int durations[] = {4, 8, 4};
    for (int i = 0; i < shotCount; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        shot.label = QStringLiteral("%1A").arg(i + 1);
        shot.sceneId = i < (shotCount + 1) / 2 ? market.id : bar.id;
        shot.framing = FramingTerm(i % 2 ? Framing::CloseUp : Framing::Wide);
        shot.angle = AngleTerm(Angle::EyeLevel);
        shot.movement = MovementTerm(i % 3 ? Movement::DollyIn : Movement::Static);
        shot.depthOfField = DepthOfFieldTerm(DepthOfField::Shallow);
        shot.lighting = i == 0 ? QString() : QStringLiteral("warm backlight with soft rim");
        shot.durationSeconds = durations[i % 3];
        shot.castIds = {mei.id};
        shot.sceneProse = QStringLiteral("Mei walks past stall %1, \"fish balls, 5 for $2\", "
                                         "steam rising; rain on the awnings.")
                              .arg(i + 1);
        shot.actionBeats = {QStringLiteral("Mei takes four steps to the stall"),
                            QStringLiteral("pauses, looks up at the sign")};
        shot.dialogue = {{QStringLiteral("Mei"), QStringLiteral("Two, please, \"extra\" chili.")}};
        shot.palette = {{QStringLiteral("teal"), QStringLiteral("#1b6f6f")},
                        {QStringLiteral("amber"), QStringLiteral("#f0a030")},
                        {QStringLiteral("rust"), QStringLiteral("#a4462a")}};
        if (i == 1) {
            shot.sceneProse =
                QStringLiteral("美在夜市的摊位前停下，雨水打在遮阳棚上，霓虹灯倒映在水洼里。");
            shot.actionBeats = {QStringLiteral("她走四步到摊位前"),
                                QStringLiteral("停下，抬头看招牌")};
            shot.dialogue = {{QStringLiteral("美"), QStringLiteral("两份，多放辣。")}};
        } else if (i == 2) {
            shot.sceneProse = QStringLiteral(
                "メイは屋台の前で立ち止まり、雨が日よけを叩く。ネオンが水たまりに映る。");
            shot.actionBeats = {QStringLiteral("四歩進んで屋台へ"),
                                QStringLiteral("看板を見上げる")};
        } else if (i == 3) {
            QStringList sentences;
            for (int s = 0; s < 90; ++s) {
                sentences.append(QStringLiteral("Sentence %1 of a very long scene description "
                                                "that keeps going, with commas, and more words "
                                                "so that it wraps.")
                                     .arg(s + 1));
            }
            shot.sceneProse = sentences.join(QLatin1Char(' '));
            shot.actionBeats.append(QStringLiteral("line one\nline two of a beat"));
        } else if (i == 4) {
            // Words longer than a line must break anywhere rather than run off the page.
            shot.notes = QStringLiteral("https://example.com/") + QString(400, QLatin1Char('x'));
            shot.palette.append({QStringLiteral("a palette colour with a very long name indeed"),
                                 QStringLiteral("#123456")});
        }
        project.shots.append(shot);
    }
    return project;
}

int run(const QString &program, const QStringList &arguments, QByteArray *out, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int renderMlt(const QString &mlt, const QString &video, QByteArray *log)
{
    // A small consumer size keeps the render fast (x264 wants sizes divisible by 4: melt
    // crashes on 160x90); real_time=-1 never drops frames.
    return run(QStringLiteral("melt"),
               {QStringLiteral("-quiet"), mlt, QStringLiteral("-consumer"),
                QStringLiteral("avformat:") + video, QStringLiteral("width=192"),
                QStringLiteral("height=108"), QStringLiteral("real_time=-1"),
                QStringLiteral("vcodec=libx264"), QStringLiteral("preset=ultrafast"),
                QStringLiteral("an=1")},
               log, 240000);
}

qint64 countVideoFrames(const QString &video)
{
    QByteArray probe;
    if (run(QStringLiteral("ffprobe"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
             QStringLiteral("-select_streams"), QStringLiteral("v:0"),
             QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_frames"),
             QStringLiteral("-of"), QStringLiteral("csv=p=0"), video},
            &probe) != 0)
        return -1;
    bool ok = false;
    const qint64 frames = probe.trimmed().toLongLong(&ok);
    return ok ? frames : -1;
}

QString attachClips(Project &project, const QString &dir, const QList<int> &withClips)
{
    const QString projectPath = dir + QStringLiteral("/Test.shotbrief");
    const QString media = dir + QStringLiteral("/Test.media");
    QDir().mkpath(media + QStringLiteral("/clips"));
    QDir().mkpath(media + QStringLiteral("/thumbs"));
    QFile file(projectPath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("{}\n");
    file.close();
    for (int index : withClips) {
        Shot &shot = project.shots[index];
        const QString clip = QStringLiteral("clips/%1.mp4").arg(shot.id);
        const QString thumb = QStringLiteral("thumbs/%1.png").arg(shot.id);
        const QString source =
            QStringLiteral("testsrc=size=160x90:rate=24:duration=%1").arg(shot.durationSeconds);
        if (run(QStringLiteral("ffmpeg"),
                {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                 QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                 QStringLiteral("lavfi"), QStringLiteral("-i"), source, QStringLiteral("-pix_fmt"),
                 QStringLiteral("yuv420p"), media + QLatin1Char('/') + clip}) != 0)
            return {};
        if (run(QStringLiteral("ffmpeg"),
                {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                 QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                 QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc=size=160x90:rate=1:duration=1"),
                 QStringLiteral("-frames:v"), QStringLiteral("1"),
                 media + QLatin1Char('/') + thumb}) != 0)
            return {};
        Take take;
        take.id = QStringLiteral("take-%1").arg(index + 1);
        take.status = TakeStatus::Ready;
        take.seconds = shot.durationSeconds;
        take.model = project.effectiveModel(shot);
        take.size = project.effectiveSize(shot);
        take.prompt = QStringLiteral("prompt");
        take.clipPath = clip;
        take.thumbnailPath = thumb;
        take.costUsd = 0.1 * shot.durationSeconds;
        shot.takes.append(take);
        shot.circledTakeId = take.id;
    }
    return projectPath;
}

} // namespace ShotBrief::TestProject
