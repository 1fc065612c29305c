// SPDX-License-Identifier: MIT
#include "generatecommand.h"

#include "clioutput.h"

#include "api/credentialstore.h"
#include "api/filetakestore.h"
#include "api/generationqueue.h"
#include "api/projectcapabilities.h"
#include "api/providerfactory.h"
#include "api/providerprofile.h"
#include "api/videoprovider.h"
#include "document/mediaimagesizes.h"
#include "generation/generationsession.h"
#include "io/projectfile.h"
#include "model/shotname.h"
#include "prompt/preflight.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <memory>

namespace ShotBrief {

namespace {

using Cli::ExitFindings;
using Cli::ExitOk;
using Cli::ExitUnreadable;
using Cli::printErr;
using Cli::printOut;

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::GenerateCommand)
};

/// "all", or 1-based positions, labels or ids separated by commas.
std::optional<QStringList> selectShots(const Project &project, const QString &selection)
{
    QStringList ids;
    if (selection.trimmed().isEmpty() || selection.trimmed() == QLatin1String("all")) {
        // Shots cut from the edit are left out; name one to generate it anyway.
        for (const Shot &shot : project.shots) {
            if (!shot.cut)
                ids << shot.id;
        }
        return ids;
    }
    const QStringList parts = selection.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString selector = raw.trimmed();
        QString found;
        bool isNumber = false;
        const int number = selector.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= project.shots.size())
            found = project.shots.at(number - 1).id;
        for (int i = 0; found.isEmpty() && i < project.shots.size(); ++i) {
            if (project.shots.at(i).label == selector || project.shots.at(i).id == selector)
                found = project.shots.at(i).id;
        }
        if (found.isEmpty()) {
            printErr(TrText::tr(
                         "generate: there is no shot \"%1\" (use 1-based numbers, labels or ids).")
                         .arg(selector));
            return std::nullopt;
        }
        if (!ids.contains(found))
            ids << found;
    }
    return ids;
}

/// The application's numbering rule (model/shotname.h), safe to print: a label cannot start
/// a line of its own.
QString cliShotName(const Project &project, const QString &shotId)
{
    const QString name = shotName(project, shotId);
    return name.isEmpty() ? shotId : Cli::terminalSafe(name);
}

/// "Shot 3: Take 2" for progress messages; ids stay in the data lines on stdout.
QString cliTakeName(const Project &project, const QString &shotId, const QString &takeId)
{
    const Shot *shot = project.shotById(shotId);
    const QString take = shot ? takeTitle(*shot, takeId) : QString();
    return TrText::tr("%1: %2").arg(Cli::terminalSafe(shotTitle(project, shotId)),
                                    take.isEmpty() ? takeId : take);
}

bool countsTowardVariants(const Take &take)
{
    return take.status == TakeStatus::Ready || take.status == TakeStatus::Draft ||
           isTakeInFlight(take.status) || isTakeOutcomeUnknown(take);
}

} // namespace

int runGenerateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TrText::tr("Generates takes for the shots of a project."));
    parser.addPositionalArgument(QStringLiteral("file"), TrText::tr("The .shotbrief project."));
    const QCommandLineOption shotsOption(
        QStringLiteral("shots"),
        TrText::tr("Shots to generate: all, or 1-based numbers, labels "
                   "or ids separated by commas."),
        TrText::tr("list"), QStringLiteral("all"));
    const QCommandLineOption variantsOption(
        QStringLiteral("variants"),
        TrText::tr("Takes wanted per shot (ready or running ones "
                   "count)."),
        TrText::tr("K"), QStringLiteral("1"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        TrText::tr("Provider profile (openai, azure, emulator or one "
                   "from providers.json)."),
        TrText::tr("name"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        TrText::tr("Another server: the --profile's dialect there (e.g. --profile openrouter "
                   "--base-url http://127.0.0.1:8080/api/v1), or without --profile an "
                   "OpenAI-compatible one (e.g. http://127.0.0.1:8080/v1)."),
        TrText::tr("url"));
    const QCommandLineOption maxSpendOption(
        QStringLiteral("max-spend"),
        TrText::tr("Refuse a batch whose estimate would take the "
                   "project's spend above this (USD)."),
        TrText::tr("usd"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               TrText::tr("Jobs running at once (default: the "
                                                          "profile's)."),
                                               TrText::tr("n"));
    const QCommandLineOption pollOption(QStringLiteral("poll-ms"),
                                        TrText::tr("Milliseconds between status checks."),
                                        TrText::tr("ms"), QStringLiteral("1000"));
    const QCommandLineOption settingsOption(
        QStringLiteral("providers"),
        TrText::tr("A providers.json to use instead of the one in "
                   "the configuration folder."),
        TrText::tr("file"));
    parser.addOptions({shotsOption, variantsOption, profileOption, baseUrlOption, maxSpendOption,
                       concurrencyOption, pollOption, settingsOption});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), TrText::tr("The .shotbrief project."));
    if (!parser.parse(QStringList{QStringLiteral("shotbrief-cli generate")} + arguments)) {
        printErr(QStringLiteral("generate: ") + parser.errorText());
        return ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(TrText::tr("usage: shotbrief-cli generate FILE [--shots N,M|all] [--variants K] "
                            "[--profile NAME] [--base-url URL] [--max-spend USD]"));
        return ExitUnreadable;
    }
    bool ok = false;
    const int variants = parser.value(variantsOption).toInt(&ok);
    if (!ok || variants < 1 || variants > 20) {
        printErr(TrText::tr("generate: --variants takes a number from 1 to 20."));
        return ExitUnreadable;
    }
    double maxSpend = 0.0;
    if (parser.isSet(maxSpendOption)) {
        maxSpend = parser.value(maxSpendOption).toDouble(&ok);
        if (!ok || maxSpend < 0.0) {
            printErr(
                TrText::tr("generate: --max-spend takes an amount in USD, such as 5 or 2.50."));
            return ExitUnreadable;
        }
    }
    int concurrency = 0;
    if (parser.isSet(concurrencyOption)) {
        concurrency = parser.value(concurrencyOption).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 32) {
            printErr(TrText::tr("generate: --concurrency takes a number from 1 to 32."));
            return ExitUnreadable;
        }
    }
    const int pollMs = parser.value(pollOption).toInt(&ok);
    if (!ok || pollMs < 10) {
        printErr(TrText::tr("generate: --poll-ms takes a number of milliseconds (10 or more)."));
        return ExitUnreadable;
    }

    const QString path = parser.positionalArguments().first();
    auto opened = FileTakeStore::open(path);
    if (!opened) {
        printErr(opened.error().toString());
        return ExitUnreadable;
    }
    std::unique_ptr<FileTakeStore> store = std::move(opened.value());
    const Project project = store->snapshot();
    const std::optional<QStringList> selected = selectShots(project, parser.value(shotsOption));
    if (!selected)
        return ExitUnreadable;

    const Result<ProviderProfiles> profiles = ProviderProfiles::load(
        parser.isSet(settingsOption) ? parser.value(settingsOption)
                                     : ProviderProfiles::defaultSettingsPath());
    if (!profiles) {
        printErr(profiles.error().toString());
        return ExitUnreadable;
    }
    GenerationSession session(store.get());
    GenerationSettings settings;
    settings.pollIntervalMs = pollMs;
    settings.maxSpendUsd = maxSpend;
    settings.concurrency = concurrency;
    // Which provider: --base-url, --profile, else the project's (the emulator's when the name is
    // unknown), with the emulator standing in, speaking its dialect, when it has no key.
    ProviderChoice choice;
    if (parser.isSet(baseUrlOption)) {
        // A named profile keeps its name, dialect and models at the other server.
        const ProviderProfile *named = profiles->find(
            parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("openai"));
        if (!named) {
            printErr(
                TrText::tr("generate: unknown profile \"%1\".").arg(parser.value(profileOption)));
            return ExitUnreadable;
        }
        choice.profile = *named;
        if (!parser.isSet(profileOption)) {
            choice.profile.name = QStringLiteral("custom");
            choice.profile.displayName = parser.value(baseUrlOption);
        }
        choice.profile.baseUrl = QUrl(parser.value(baseUrlOption));
        choice.profile.builtIn = false;
        if (const Result<void> checked = choice.profile.checkBaseUrl(); !checked) {
            printErr(checked.error().message);
            return ExitUnreadable;
        }
        choice.key = CredentialStore().keyFromEnvironment(choice.profile);
        // A local server (such as shotbrief-emulator) gets the fixed dummy key, never a real one.
        if (choice.key.isEmpty() && isLoopbackUrl(choice.profile.baseUrl))
            choice.key = ProviderProfiles::emulatorKey();
    } else {
        const QString wanted =
            parser.isSet(profileOption) ? parser.value(profileOption) : project.format.provider;
        const ProviderProfile *found = profiles->find(wanted);
        if (!found && parser.isSet(profileOption)) {
            QStringList names;
            for (const ProviderProfile &known : profiles->all())
                names << known.name;
            printErr(TrText::tr("generate: unknown profile \"%1\" (known: %2).")
                         .arg(wanted, names.join(QStringLiteral(", "))));
            return ExitUnreadable;
        }
        choice = GenerationSession::choose(providerNamed(wanted, *profiles).profile);
        // A profile named on the command line is what the user asked for: no stand-in.
        if (choice.useEmulator && parser.isSet(profileOption) &&
            choice.profile.name != QLatin1String("emulator")) {
            if (CredentialStore::needsKey(choice.profile)) {
                printErr(TrText::tr("generate: no API key for \"%1\": set %2 or store one in the "
                                    "keychain.")
                             .arg(choice.profile.name, choice.profile.keyEnvVar));
                return ExitUnreadable;
            }
            printErr(TrText::tr("generate: \"%1\" does not answer at %2; start it, or leave out "
                                "--profile to use the built-in emulator.")
                         .arg(choice.profile.name, choice.profile.baseUrl.toString()));
            return ExitFindings;
        }
        if (!choice.message.isEmpty())
            printErr(choice.message);
    }
    if (const Result<void> started = session.start(choice, settings); !started) {
        printErr(started.error().message);
        // The emulator not starting is this machine's trouble; a profile that makes no adapter
        // is bad input.
        return choice.useEmulator ? ExitFindings : ExitUnreadable;
    }
    if (session.usesEmulator())
        printErr(TrText::tr("Using the built-in emulator at %1 (placeholder clips, no cost; "
                            "state in %2).")
                     .arg(session.profile().baseUrl.toString(), session.emulatorStateDir()));
    const ProviderProfile &profile = session.profile();
    GenerationQueue &queue = *session.queue();

    // New takes: what --variants asks for beyond the ready and running ones.
    QList<QPair<QString, int>> batch;
    for (const QString &shotId : *selected) {
        const Shot *shot = project.shotById(shotId);
        int have = 0;
        for (const Take &take : shot->takes) {
            have += countsTowardVariants(take) ? 1 : 0;
            if (isTakeOutcomeUnknown(take))
                printErr(
                    TrText::tr("%1 may have been paid for but its answer was lost; no new take "
                               "is made for it. Check the provider's dashboard, then retry the "
                               "take in the window if it was not.")
                        .arg(cliTakeName(project, shotId, take.id)));
        }
        if (have < variants)
            batch.append({shotId, variants - have});
    }
    // The window's check: nothing the provider would refuse is sent, and nothing at all while
    // any shot of the batch would be refused (fix it, or leave it out with --shots).
    QStringList toSend;
    for (const auto &[shotId, count] : batch)
        toSend << shotId;
    const PreflightReport check =
        session.preflight(toSend, mediaImageSizes(QFileInfo(path).absoluteFilePath()));
    if (!check.passes()) {
        printErr(QStringLiteral("generate: ") + Cli::terminalSafe(check.headline()));
        for (const QString &paragraph : check.paragraphs())
            printErr(Cli::terminalSafe(paragraph));
        printErr(TrText::tr("Fix these shots, or leave them out with --shots."));
        return ExitFindings;
    }
    const Result<QStringList> added = queue.generate(batch);
    if (!added) {
        printErr(added.error().message);
        return ExitFindings;
    }
    printErr(TrText::tr("Generating with \"%1\": %n new take(s), concurrency %2.", nullptr,
                        int(added->size()))
                 .arg(profile.name)
                 .arg(queue.concurrency()));

    QObject::connect(
        &queue, &GenerationQueue::takeChanged, &queue,
        [&store](const QString &shotId, const Take &take) {
            printErr(QStringLiteral("%1 %2").arg(cliTakeName(store->snapshot(), shotId, take.id),
                                                 takeStatusKey(take.status)));
        });
    // Percentages in quarter steps: enough to see it move, not a line per poll.
    QHash<QString, int> shownProgress;
    QObject::connect(
        &queue, &GenerationQueue::takeProgress, &queue,
        [&store, &shownProgress](const QString &shotId, const QString &takeId, int progress) {
            const int step = progress / 25 * 25;
            if (step <= shownProgress.value(takeId, 0) || step >= 100)
                return;
            shownProgress.insert(takeId, step);
            printErr(
                TrText::tr("%1 %2%").arg(cliTakeName(store->snapshot(), shotId, takeId)).arg(step));
        });
    QObject::connect(&queue, &GenerationQueue::message, &queue,
                     [](const QString &text) { printErr(text); });
    QEventLoop loop;
    QObject::connect(&queue, &GenerationQueue::idle, &loop, &QEventLoop::quit);
    queue.start(*selected);
    loop.exec();

    // Data: one line per take of the selected shots.
    const Project done = store->snapshot();
    int satisfied = 0;
    for (const QString &shotId : *selected) {
        const Shot *shot = done.shotById(shotId);
        int ready = 0;
        for (const Take &take : shot->takes) {
            if (take.status == TakeStatus::Ready)
                ++ready;
            printOut(
                QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(cliShotName(done, shotId), take.id, takeStatusKey(take.status),
                         take.status == TakeStatus::Ready ? take.clipPath : take.errorMessage));
        }
        if (ready >= variants)
            ++satisfied;
    }
    const int wanted = int(selected->size());
    printErr(TrText::tr("%1 of %n shot(s) have their takes.", nullptr, wanted).arg(satisfied));
    return satisfied == wanted ? ExitOk : ExitFindings;
}

} // namespace ShotBrief
