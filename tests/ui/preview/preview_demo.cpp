// SPDX-License-Identifier: MIT
// A small demo of the sequence player and the take compare on generated, emulator-like clips,
// for screenshots under Xvfb and for trying the keys by hand:
//   preview_demo [--compare] [--wipe] [--seek MS] [--play] [--quit-after MS]
#include "ui/preview/compareengine.h"
#include "ui/preview/comparepanel.h"
#include "ui/preview/sequenceengine.h"
#include "ui/preview/sequenceplayer.h"
#include "ui/preview/sequenceruler.h"
#include "ui/preview/wipeview.h"

#include "preview/animaticrenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ShotBrief;

namespace {

bool makeClip(const QString &path, const QString &size, const QString &color, const QString &text,
              int seconds, const QString &font)
{
    QString filter = QStringLiteral("color=c=%1:s=%2:r=24:d=%3").arg(color, size).arg(seconds);
    if (!font.isEmpty())
        filter += QStringLiteral(",drawtext=fontfile=%1:text='%2':fontcolor=white:fontsize=h/8:"
                                 "x=(w-tw)/2:y=h/3,drawtext=fontfile=%1:text='%{pts\\:hms}':"
                                 "fontcolor=white:fontsize=h/12:x=(w-tw)/2:y=h*0.6")
                      .arg(font, text);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), filter,
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("sine=f=440:d=%1").arg(seconds), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                  QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest"),
                  path});
    return ffmpeg.waitForFinished(120000) && ffmpeg.exitCode() == 0;
}

Take readyTake(const QString &clip, const QString &prompt, double cost, const QString &size)
{
    Take take;
    take.id = newId();
    take.status = TakeStatus::Ready;
    take.clipPath = clip;
    take.prompt = prompt;
    take.model = QStringLiteral("sora-2");
    take.size = size;
    take.seconds = 4;
    take.costUsd = cost;
    take.provider = QStringLiteral("emulator");
    return take;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption compareOption(QStringLiteral("compare"),
                                           QStringLiteral("Show compare"));
    const QCommandLineOption wipeOption(QStringLiteral("wipe"),
                                        QStringLiteral("Compare as A/B wipe"));
    const QCommandLineOption playOption(QStringLiteral("play"), QStringLiteral("Start playing"));
    const QCommandLineOption seekOption(QStringLiteral("seek"), QStringLiteral("Seek to ms"),
                                        QStringLiteral("ms"), QStringLiteral("5200"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after"),
                                        QStringLiteral("Quit after ms"), QStringLiteral("ms"),
                                        QStringLiteral("0"));
    parser.addOptions({compareOption, wipeOption, playOption, seekOption, quitOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("Night Market.shotbrief"));
    const QString media = dir.filePath(QStringLiteral("Night Market.media"));
    QDir().mkpath(media + QStringLiteral("/clips"));
    const QString font = AnimaticRenderer::findFontFile();
    struct ClipSpec
    {
        const char *name, *size, *color, *text;
    };
    const ClipSpec specs[] = {
        {"1a.mp4", "640x360", "0x0b4f5c", "1A"},
        {"2.mp4", "360x640", "0x5c2a0b", "2"},
        {"4.mp4", "640x272", "0x2b0b5c", "4"},
        {"2b.mp4", "360x640", "0x6b3a1b", "2 take 2"},
        {"2c.mp4", "360x640", "0x3b4a2b", "2 take 3"},
        {"2d.mp4", "360x640", "0x4b2a4b", "2 take 4"},
    };
    for (const ClipSpec &spec : specs) {
        if (!makeClip(media + QStringLiteral("/clips/") + QLatin1String(spec.name),
                      QLatin1String(spec.size), QLatin1String(spec.color), QLatin1String(spec.text),
                      4, font))
            return 1;
    }

    Project project;
    project.title = QStringLiteral("Night Market");
    project.style.lensStyle = QStringLiteral("anamorphic 40mm, handheld");
    project.style.palette = {{QStringLiteral("teal"), QStringLiteral("#0b4f5c")},
                             {QStringLiteral("rust"), QStringLiteral("#b7410e")},
                             {QStringLiteral("sodium amber"), QStringLiteral("#f2a541")}};
    auto makeShot = [](const QString &label, const QString &prose) {
        Shot shot;
        shot.id = newId();
        shot.label = label;
        shot.sceneProse = prose;
        shot.durationSeconds = 4;
        return shot;
    };
    Shot s1 = makeShot(QStringLiteral("1A"),
                       QStringLiteral("Rain falls on a crowded night market; steam rises from "
                                      "noodle stalls under strings of bare bulbs."));
    s1.takes << readyTake(QStringLiteral("clips/1a.mp4"), QString(), 0.4,
                          QStringLiteral("1280x720"));
    s1.circledTakeId = s1.takes.first().id;
    Shot s1b = makeShot(QStringLiteral("1B"),
                        QStringLiteral("Mei, in a yellow raincoat, pushes through the crowd "
                                       "towards the camera, looking for someone."));
    s1b.palette = {{QStringLiteral("yellow"), QStringLiteral("#f5c542")},
                   {QStringLiteral("wet black"), QStringLiteral("#15171c")},
                   {QStringLiteral("neon pink"), QStringLiteral("#ff4f9a")}};
    Shot s2 = makeShot(QStringLiteral("2"),
                       QStringLiteral("Close on the noodle cook's hands; a ladle of broth, "
                                      "flames licking the wok."));
    const QString p2 = QStringLiteral("Close on the cook's hands, a ladle of broth, flames licking "
                                      "the wok, shallow depth of field, warm tungsten light.");
    s2.takes << readyTake(QStringLiteral("clips/2.mp4"), p2, 0.4, QStringLiteral("720x1280"))
             << readyTake(QStringLiteral("clips/2b.mp4"),
                          QString(p2).replace(QStringLiteral("warm tungsten"),
                                              QStringLiteral("cold fluorescent")),
                          0.4, QStringLiteral("720x1280"))
             << readyTake(QStringLiteral("clips/2c.mp4"), p2 + QStringLiteral(" Slow push in."),
                          1.2, QStringLiteral("720x1280"))
             << readyTake(
                    QStringLiteral("clips/2d.mp4"),
                    QString(p2).replace(QStringLiteral("shallow depth of field, "), QString()), 0.4,
                    QStringLiteral("720x1280"));
    s2.takes[2].model = QStringLiteral("sora-2-pro");
    s2.takes[3].kind = TakeKind::Remix;
    s2.circledTakeId = s2.takes.first().id;
    Shot s3 = makeShot(QStringLiteral("3"),
                       QStringLiteral("Wide: the market from a rooftop, umbrellas like petals."));
    s3.takes << readyTake(QStringLiteral("clips/3.mp4"), QString(), 0.4,
                          QStringLiteral("1280x720"));
    s3.circledTakeId = s3.takes.first().id; // the file is missing on purpose
    Shot s4 = makeShot(QStringLiteral("4"),
                       QStringLiteral("Mei finds the old man at the last stall; he looks up."));
    s4.takes << readyTake(QStringLiteral("clips/4.mp4"), QString(), 0.4,
                          QStringLiteral("1280x544"));
    s4.circledTakeId = s4.takes.first().id;
    project.shots = {s1, s1b, s2, s3, s4};

    QMainWindow window;
    window.resize(1600, 1000);
    if (parser.isSet(compareOption)) {
        auto *panel = new ComparePanel(&window);
        panel->setShot(project, projectPath, s2.id);
        if (parser.isSet(wipeOption))
            panel->setWipeMode(true);
        window.setCentralWidget(panel);
        window.setWindowTitle(QStringLiteral("ShotBrief \u2014 compare takes of shot 2"));
        if (qEnvironmentVariableIsSet("PREVIEW_DEMO_TRACE")) {
            for (const CompareTake &take : panel->takes())
                std::fprintf(stderr, "take %s clip %s error %s\n", qPrintable(take.takeId),
                             qPrintable(take.item.clipPath), qPrintable(take.item.error));
            QObject::connect(panel->engine(), &CompareEngine::frameChanged, panel,
                             [panel](int index, const QVideoFrame &frame) {
                                 std::fprintf(stderr, "deck %d pts %lld ms (frame %lld us)\n",
                                              index, panel->engine()->framePtsMs(index),
                                              frame.startTime());
                             });
        }
        QObject::connect(
            panel, &ComparePanel::circleRequested, panel,
            [panel](const QString &, const QString &takeId) { panel->setCircledTake(takeId); });
        QTimer::singleShot(1500, panel, [panel, &parser, &seekOption, &playOption] {
            panel->engine()->seek(parser.value(seekOption).toLongLong() % 4000);
            if (parser.isSet(playOption))
                panel->engine()->play();
            if (panel->wipeView())
                panel->wipeView()->setDivider(0.42);
        });
        panel->setFocus();
    } else {
        auto *player = new SequencePlayer(&window);
        player->setProject(project, projectPath);
        window.setCentralWidget(player);
        window.setWindowTitle(QStringLiteral("ShotBrief \u2014 sequence player"));
        QTimer::singleShot(1500, player, [player, &parser, &seekOption, &playOption] {
            player->engine()->setLoopRange(8000, 12000);
            player->ruler()->setLoopRange(8000, 12000);
            player->engine()->seek(parser.value(seekOption).toLongLong());
            if (parser.isSet(playOption))
                player->engine()->play();
        });
        player->setFocus();
    }
    window.show();
    const int quitAfter = parser.value(quitOption).toInt();
    if (quitAfter > 0)
        QTimer::singleShot(quitAfter, &app, &QApplication::quit);
    return app.exec();
}
