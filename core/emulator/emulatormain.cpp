// SPDX-License-Identifier: MIT
#include "emulatormain.h"

#include "emulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::EmulatorMain)
};

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through a socket pair.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}
#endif

const char *kFaultHelp =
    "Fault injection SPEC: RULE[,RULE...][,seed=N]\n"
    "  RULE  = KIND[:FIELD=VALUE...]\n"
    "  KIND  = 429 | 500 | 503 | drop | slow | moderation | lost | renderfail\n"
    "  on=any|create|retrieve|list|download|remix|delete (default any; drop: download;\n"
    "     moderation, lost, renderfail: create)\n"
    "  count=N fire N times (default 1, 0 = every time), skip=N let N matching requests\n"
    "     through first, prob=P fire with probability P from a seeded RNG (seed=N)\n"
    "  retry=S (429: retry-after seconds), ms=N (slow: delay), bytes=N (drop: body bytes\n"
    "     sent before the connection closes; default half)\n"
    "  lost: the create makes (and counts) the job, but its answer is cut off after the\n"
    "     headers and one byte (a connection closed before any byte would make Qt resend).\n"
    "  Example: --faults \"429:on=create:count=2:retry=1,drop:bytes=4096,moderation:skip=3\"\n"
    "At run time: POST /v1/emulator/faults {\"spec\": \"SPEC\"} replaces the rules (\"\" clears\n"
    "them); GET /v1/emulator/stats reports requests, creates (createCount), faults injected.\n";

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

int runEmulatorMain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TrText::tr(
            "ShotBrief emulator: a local server speaking the OpenAI Videos API (/v1/videos), "
            "Runway's task API (/v1/text_to_video, /v1/image_to_video, /v1/tasks), OpenRouter's "
            "Video Generation API (/api/v1/videos) and a local ComfyUI's API (/prompt, /history, "
            "/view ...) that renders placeholder clips with ffmpeg.") +
        QLatin1Char('\n') + QString::fromLatin1(kFaultHelp));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        TrText::tr("Port on 127.0.0.1 (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jobSecondsOption(QStringLiteral("job-seconds"),
                                              TrText::tr("Seconds from queued to completed."),
                                              QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption stateDirOption(QStringLiteral("state-dir"),
                                            TrText::tr("Folder for jobs and media (default: a "
                                                       "temporary folder)."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          TrText::tr("Fault injection SPEC (see above)."),
                                          QStringLiteral("SPEC"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"),
        TrText::tr("Accept only this API key (default: any non-empty "
                   "key)."),
        QStringLiteral("KEY"));
    const QCommandLineOption maxRunningOption(
        QStringLiteral("max-running"), TrText::tr("Running jobs allowed per key before 429."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption expiryOption(QStringLiteral("expiry-seconds"),
                                          TrText::tr("Seconds a finished clip stays downloadable."),
                                          QStringLiteral("N"), QStringLiteral("86400"));
    const QCommandLineOption ffmpegOption(QStringLiteral("ffmpeg"),
                                          TrText::tr("The ffmpeg program."),
                                          QStringLiteral("PROGRAM"), QStringLiteral("ffmpeg"));
    const QCommandLineOption openRouterCatalogOption(
        QStringLiteral("openrouter-catalog"),
        TrText::tr("A JSON file served as OpenRouter's model catalog (GET /api/v1/videos/models); "
                   "default: the catalog shipped with ShotBrief."),
        QStringLiteral("FILE"));
    parser.addOptions({portOption, jobSecondsOption, stateDirOption, faultsOption, keyOption,
                       maxRunningOption, expiryOption, ffmpegOption, openRouterCatalogOption});
    if (!parser.parse(arguments)) {
        printLine(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        printLine(stdout, parser.helpText());
        return 0;
    }

    EmulatorConfig config;
    bool ok = true;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printLine(stderr, TrText::tr("--port must be a number from 0 to 65535."));
        return 2;
    }
    config.jobSeconds = parser.value(jobSecondsOption).toDouble(&ok);
    if (!ok || config.jobSeconds < 0) {
        printLine(stderr, TrText::tr("--job-seconds must be a non-negative number."));
        return 2;
    }
    config.maxRunningPerKey = parser.value(maxRunningOption).toInt(&ok);
    if (!ok || config.maxRunningPerKey < 1) {
        printLine(stderr, TrText::tr("--max-running must be a positive number."));
        return 2;
    }
    config.expirySeconds = parser.value(expiryOption).toInt(&ok);
    if (!ok) {
        printLine(stderr, TrText::tr("--expiry-seconds must be a number."));
        return 2;
    }
    config.stateDir = parser.value(stateDirOption);
    config.requiredKey = parser.value(keyOption);
    config.ffmpegProgram = parser.value(ffmpegOption);
    if (parser.isSet(openRouterCatalogOption)) {
        QFile catalog(parser.value(openRouterCatalogOption));
        if (!catalog.open(QIODevice::ReadOnly) || catalog.size() > 64 * 1024 * 1024) {
            printLine(stderr, TrText::tr("--openrouter-catalog: cannot read %1: %2")
                                  .arg(catalog.fileName(), catalog.isOpen()
                                                               ? TrText::tr("larger than 64 MB")
                                                               : catalog.errorString()));
            return 2;
        }
        config.openRouterCatalog = catalog.readAll();
    }
    if (parser.isSet(faultsOption)) {
        const Result<FaultSpec> faults = FaultSpec::parse(parser.value(faultsOption));
        if (!faults) {
            printLine(stderr, faults.error().message);
            return 2;
        }
        config.faults = *faults;
    }

    EmulatorServer server(config);
    if (server.listen(quint16(port)) == 0) {
        printLine(stderr,
                  TrText::tr("ShotBrief emulator: cannot listen on 127.0.0.1:%1.").arg(port));
        return 1;
    }

#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalFds[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, QCoreApplication::instance(),
                         [] {
                             char byte = 0;
                             [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
                             QCoreApplication::quit();
                         });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
#endif

    printLine(
        stdout,
        QStringLiteral("ShotBrief emulator listening on %1").arg(server.baseUrl().toString()));
    printLine(stdout, QStringLiteral("ComfyUI dialect at %1").arg(server.rootUrl().toString()));
    printLine(stdout,
              QStringLiteral("OpenRouter dialect at %1").arg(server.openRouterUrl().toString()));
    if (!config.faults.isEmpty())
        printLine(stdout, QStringLiteral("Faults: %1").arg(config.faults.toString()));
    const int code = QCoreApplication::exec();

#ifdef Q_OS_UNIX
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    notifier.reset();
    if (g_signalFds[0] >= 0) {
        ::close(g_signalFds[0]);
        ::close(g_signalFds[1]);
        g_signalFds[0] = g_signalFds[1] = -1;
    }
#endif
    return code;
}

} // namespace ShotBrief
