// SPDX-License-Identifier: MIT
#include "io/projectfile.h"

#include "model/validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// AddressSanitizer's shadow memory and quarantine make peak RSS and timings meaningless. GCC
// announces it with __SANITIZE_ADDRESS__, clang only through __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define SHOTBRIEF_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SHOTBRIEF_UNDER_ASAN 1
#endif
#endif

using namespace ShotBrief;

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, while the heap is still small: its peak-memory check reads VmHWM.
    void hundredMegabyteFile_data();
    void hundredMegabyteFile();
    void modelBudgetStopsAmplification();
    void quadraticLookupsAreRefused();

    void roundTripKeepsEveryField();
    void promptLanguageEmptyIsAutomatic();
    void twoSavesAreByteIdentical();
    void keyOrderIsDocumented();
    void goldenFileIsStable();
    void newerSchemaFixture();
    void emptyOptionalsFollowOneRule();
    void unknownKeysSurviveInOrder();
    void unknownKeysOfSmallObjectsWarn();
    void newerSchemaOpensReadOnly();
    void malformedBytes_data();
    void malformedBytes();
    void foreignFilesSayWhatTheyAre_data();
    void foreignFilesSayWhatTheyAre();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
    void validatorProblems_data();
    void validatorProblems();
    void anotherProvidersProjectLoadsClean();
    void everyErrorIsListed();
    void mediaPathsStayInside_data();
    void mediaPathsStayInside();
    void symlinksOutAreRefused();
    void resolveMediaPath_data();
    void resolveMediaPath();
    void pathHelpers_data();
    void pathHelpers();
    void saveIsAtomic();
    void saveReportsFileAndReason();
    void loadReportsMissingFile();
    void escapedControlCharactersRoundTrip();
    void oddRequestsRoundTrip_data();
    void oddRequestsRoundTrip();
    void byteOrderMarkIsAccepted();
    void longNumbersStayShortInMessages();
    void mutatedBytesNeverCrash();
    void sampleProjectIsClean();
};

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return t.toUTC();
}

Project fullProject()
{
    Project p;
    p.title = QStringLiteral("Night Market 夜市");
    p.format.provider = QStringLiteral("openai");
    p.format.model = QStringLiteral("sora-2");
    p.format.size = QStringLiteral("1280x720");
    p.format.durationSeconds = 8;
    p.format.promptLanguage = PromptLanguage::Japanese;
    p.style.lensStyle = QStringLiteral("anamorphic 40mm");
    p.style.mood = QStringLiteral("quiet, wet, warm");
    p.style.lighting = QStringLiteral("sodium practicals, cool fill from neon");
    p.style.palette = {{QStringLiteral("lantern red"), QStringLiteral("#c0392b")},
                       {QStringLiteral("teal"), QStringLiteral("#1f6f78")}};
    p.style.notes = QStringLiteral("line one\nline two \"quoted\" \\ backslash");
    CastMember mei{QStringLiteral("cast-mei"),
                   QStringLiteral("Mei"),
                   QStringLiteral("a woman in her thirties, yellow raincoat"),
                   QStringLiteral("refs/mei.png"),
                   {}};
    p.cast << mei;
    p.scenes << Scene{QStringLiteral("scene-1"),
                      QStringLiteral("EXT. MARKET - NIGHT"),
                      QStringLiteral("rain"),
                      QStringLiteral("12A"),
                      {}};
    Shot shot;
    shot.id = QStringLiteral("shot-1");
    shot.label = QStringLiteral("1A");
    shot.sceneId = QStringLiteral("scene-1");
    shot.strategy = PromptStrategy::Concise;
    shot.sceneProse = QStringLiteral("Steam rises from a noodle stall.");
    shot.framing = FramingTerm(Framing::CloseUp);
    shot.angle = AngleTerm::fromText(QStringLiteral("from below the counter"));
    shot.movement = MovementTerm(Movement::DollyIn);
    shot.depthOfField = DepthOfFieldTerm(DepthOfField::Shallow);
    shot.lensStyle = QStringLiteral("50mm");
    shot.lighting = QStringLiteral("warm key from the stall");
    shot.palette = {{QStringLiteral("amber"), QStringLiteral("#ffb000")}};
    shot.mood = QStringLiteral("tender");
    shot.actionBeats = {QStringLiteral("She lifts the ladle"), QStringLiteral("pours twice")};
    shot.dialogue = {{QStringLiteral("Mei"), QStringLiteral("Last bowl.")}};
    shot.castIds = {mei.id};
    shot.durationSeconds = 12;
    shot.model = QStringLiteral("sora-2-pro");
    shot.size = QStringLiteral("1792x1024");
    shot.referenceImage = QStringLiteral("refs/stall.png");
    shot.lastFrame = QStringLiteral("refs/stall-end.png");
    shot.chainPrevious = true;
    shot.notes = QStringLiteral("hero shot");
    Take take;
    take.id = QStringLiteral("take-1");
    take.provider = QStringLiteral("openai");
    take.providerVideoId = QStringLiteral("video_123");
    take.kind = TakeKind::Remix;
    take.parentTakeId = QStringLiteral("take-0");
    take.prompt = QStringLiteral("prompt text");
    take.model = QStringLiteral("sora-2-pro");
    take.size = QStringLiteral("1792x1024");
    take.seconds = 12;
    take.referenceImage = QStringLiteral("refs/stall.png");
    take.lastFrame = QStringLiteral("refs/stall-end.png");
    take.requestJson =
        QByteArrayLiteral(R"({"model":"sora-2-pro","seconds":"12","extra":[1,2.5,null,true]})");
    take.status = TakeStatus::Ready;
    take.progress = 100;
    take.errorCode = QStringLiteral("none");
    take.errorMessage = QStringLiteral("all good");
    take.createdAt = utc("2026-09-20T10:00:00Z");
    take.submittedAt = utc("2026-09-20T10:00:01.250Z");
    take.completedAt = utc("2026-09-20T10:03:00Z");
    take.clipPath = QStringLiteral("clips/take-1.mp4");
    take.thumbnailPath = QStringLiteral("thumbs/take-1.webp");
    take.spritesheetPath = QStringLiteral("thumbs/take-1-sprites.jpg");
    take.costUsd = 6.0;
    take.inMs = 1500;
    take.outMs = 9042;
    take.unknownJson = QByteArrayLiteral(R"({"zeta":1,"alpha":{"b":2,"a":1}})");
    Take parent;
    parent.id = QStringLiteral("take-0");
    parent.status = TakeStatus::Failed;
    parent.errorCode = QStringLiteral("moderation_blocked");
    parent.createdAt = utc("2026-09-19T09:00:00Z");
    shot.takes = {parent, take};
    shot.circledTakeId = take.id;
    shot.scriptRef = ScriptRef{2,
                               QStringLiteral("12A"),
                               QStringLiteral("EXT. MARKET - NIGHT"),
                               3,
                               QStringLiteral("She lifts the ladle.\nMei: Last bowl."),
                               ScriptMark::Changed};
    shot.reviews = {
        Review{QStringLiteral("Ana 安娜"), ReviewDecision::ChangesRequested,
               QStringLiteral("Warmer <b>key</b> light\nand \"slower\""), parent.id,
               utc("2026-09-21T08:15:00.500Z")},
        Review{QStringLiteral("Bo"), ReviewDecision::Approved, {}, {}, utc("2026-09-21T09:00:00Z")},
        Review{QStringLiteral("Cy"),
               ReviewDecision::None,
               QStringLiteral("Only a note"),
               take.id,
               {}}};
    shot.unknownJson = QByteArrayLiteral(R"({"future_field":"x"})");
    p.shots << shot;
    Shot second;
    second.id = QStringLiteral("shot-2");
    second.label = QStringLiteral("2");
    second.cut = true;
    p.shots << second;
    p.ledger << SpendEntry{
        take.id, shot.id, QStringLiteral("openai"),   QStringLiteral("sora-2-pro"),
        12,      6.0,     utc("2026-09-20T10:03:00Z")};
    // A job whose provider said what it cost (OpenRouter's usage.cost): beside the estimate.
    p.ledger << SpendEntry{
        parent.id, shot.id, QStringLiteral("openrouter"), QStringLiteral("google/veo-3.1"),
        4,         1.6,     utc("2026-09-20T10:04:00Z"),  1.52};
    p.spendingCapUsd = 25.5;
    p.unknownJson = QByteArrayLiteral(R"({"team":"B unit"})");
    return p;
}

/// A minimal valid file, with `shotsJson` spliced into its "shots" array.
QByteArray fileWithShots(const QByteArray &shotsJson, const QByteArray &extraTop = {})
{
    return QByteArrayLiteral(R"({"schema": 1, "title": "t", )") + extraTop +
           QByteArrayLiteral(R"("shots": [)") + shotsJson + QByteArrayLiteral("]}");
}

QByteArray shotJson(const QByteArray &id, const QByteArray &extra = {})
{
    return QByteArrayLiteral(R"({"id": ")") + id + QByteArrayLiteral(R"(", "duration": 4)") +
           (extra.isEmpty() ? QByteArray() : QByteArrayLiteral(", ") + extra) +
           QByteArrayLiteral("}");
}

QString errorText(const Result<LoadedProject> &result)
{
    return result ? QStringLiteral("(loaded)") : result.error().toString();
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Set in the child process that loads one file and reports what that cost (see loadInChild).
constexpr char LoadChildVariable[] = "SHOTBRIEF_TST_PROJECTFILE_LOAD";

/// The child: loads the file named by LoadChildVariable and prints one JSON line. A fresh process,
/// so its peak RSS is this load's alone (the parent's peak is whatever earlier rows left).
int loadAndReport(const QString &path)
{
    const qint64 peakBefore = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    const Result<LoadedProject> result = ProjectFile::load(path);
    QJsonObject report;
    report.insert(QStringLiteral("ms"), timer.elapsed());
    report.insert(QStringLiteral("growthKiB"), peakRssKiB() - peakBefore);
    report.insert(QStringLiteral("loaded"), bool(result));
    report.insert(QStringLiteral("shots"), result ? result->project.shots.size() : 0);
    report.insert(QStringLiteral("line"), result ? 0 : result.error().line);
    report.insert(QStringLiteral("message"), result ? QString() : result.error().toString());
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

/// What loading `path` cost, measured in a child process running this test program.
QJsonObject loadInChild(const QString &path)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(LoadChildVariable), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(240000) || child.exitStatus() != QProcess::NormalExit)
        return {};
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

} // namespace

void tst_ProjectFile::hundredMegabyteFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("loads");
    // Realistic content must load; absurd content must be refused early and cheaply.
    QTest::newRow("many shots") << "shots" << true;
    QTest::newRow("one huge string") << "string" << false;
    QTest::newRow("deep arrays") << "nesting" << false;
    QTest::newRow("whitespace") << "whitespace" << false;
    QTest::newRow("empty shots") << "empty shots" << false;
    QTest::newRow("empty takes") << "empty takes" << false;
}

void tst_ProjectFile::hundredMegabyteFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, loads);
    constexpr qsizetype target = 100 * 1024 * 1024;
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("big.shotbrief"));
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        if (kind == QLatin1String("shots")) {
            file.write(R"({"schema": 1, "title": "big", "shots": [)");
            qint64 written = 0;
            for (int i = 0; written < target; ++i) {
                // A realistic shot (about 1 KB), so that the bound speaks about real projects.
                const QByteArray shot =
                    QByteArrayLiteral(R"({"id": "shot-)") + QByteArray::number(i) +
                    QByteArrayLiteral(R"(", "label": ")") + QByteArray::number(i) +
                    QByteArrayLiteral(R"(", "scene": "", "strategy": "detailed",
      "scene_prose": "Rain hammers the tin awnings of the night market. Mei, in her yellow raincoat, ladles broth at the noodle stall while the courier waits under the neon sign, helmet dripping, counting coins in his palm.",
      "framing": "close_up", "angle": "eye_level", "movement": "dolly_in", "depth_of_field": "shallow",
      "lens_style": "anamorphic 40mm", "lighting": "warm sodium key from the stall, cool neon rim from behind",
      "palette": [{"name": "lantern red", "hex": "#c0392b"}, {"name": "teal", "hex": "#1f6f78"}, {"name": "amber", "hex": "#ffb000"}],
      "mood": "quiet and tender",
      "action_beats": ["Mei lifts the ladle", "pours broth twice", "slides the bowl across the counter", "the courier nods once"],
      "dialogue": [{"speaker": "Mei", "line": "Last bowl tonight."}],
      "cast": [], "duration": 8, "model": "", "size": "", "reference_image": "", "notes": "", "takes": [], "circled_take": ""})");
                written += file.write(i == 0 ? shot : QByteArrayLiteral(",\n") + shot);
            }
            file.write("]}");
        } else if (kind == QLatin1String("string")) {
            file.write(R"({"schema": 1, "title": ")");
            const QByteArray chunk(1024 * 1024, 'a');
            for (int i = 0; i < 100; ++i)
                file.write(chunk);
            file.write(R"("})");
        } else if (kind == QLatin1String("empty shots") || kind == QLatin1String("empty takes")) {
            // Three bytes per model object of several hundred: refused before memory runs out.
            file.write(kind == QLatin1String("empty shots")
                           ? R"({"schema": 1, "shots": [{})"
                           : R"({"schema": 1, "shots": [{"id": "s", "takes": [{})");
            QByteArray chunk;
            for (int i = 0; i < 1024 * 1024 / 3 + 1; ++i)
                chunk += ",{}";
            for (int i = 0; i < 100; ++i)
                file.write(chunk);
            file.write(kind == QLatin1String("empty shots") ? "]}" : "]}]}");
        } else if (kind == QLatin1String("nesting")) {
            const QByteArray chunk(1024 * 1024, '[');
            for (int i = 0; i < 100; ++i)
                file.write(chunk);
        } else {
            file.write(R"({"schema": 1,)");
            const QByteArray chunk(1024 * 1024, ' ');
            for (int i = 0; i < 100; ++i)
                file.write(chunk);
            file.write(R"("title": "x"})");
        }
    }
    const qint64 fileSize = QFileInfo(path).size();
    QVERIFY(fileSize >= target);

    const QJsonObject report = loadInChild(path);
    QVERIFY2(!report.isEmpty(), "the child process that loads the file reported nothing");
    const bool loaded = report.value(QStringLiteral("loaded")).toBool();
    const QString message = report.value(QStringLiteral("message")).toString();
    const qint64 growthKiB = report.value(QStringLiteral("growthKiB")).toInteger();
    qInfo("%s: %s in %lld ms, peak RSS growth %lld MiB for a %lld MiB file", qPrintable(kind),
          loaded ? "loaded" : "refused", report.value(QStringLiteral("ms")).toInteger(),
          growthKiB / 1024, fileSize / (1024 * 1024));

    if (kind == QLatin1String("whitespace")) {
        // Whitespace is valid JSON: it loads.
        QVERIFY2(loaded, qPrintable(message));
    } else {
        QVERIFY2(loaded == loads, qPrintable(message));
    }
    if (!loads && !loaded && kind.startsWith(QLatin1String("empty"))) {
        QVERIFY2(message.contains(QLatin1String("memory")), qPrintable(message));
    } else if (!loads && !loaded) {
        QVERIFY2(report.value(QStringLiteral("line")).toInt() >= 1, qPrintable(message));
    }
#if defined(SHOTBRIEF_UNDER_ASAN)
    QSKIP("memory bounds do not apply under AddressSanitizer");
#endif
    QVERIFY2(growthKiB > 0, "the child measured its peak");
    if (!loaded)
        QVERIFY2(growthKiB * 1024 < fileSize * 2, "refusing must not cost more than reading");
    if (loaded && kind == QLatin1String("shots")) {
        QVERIFY(report.value(QStringLiteral("shots")).toInt() > 100000);
        // The model holds the text as UTF-16; the bytes are read once. Nothing else may grow.
        QVERIFY2(growthKiB * 1024 < fileSize * 6,
                 qPrintable(QStringLiteral("peak growth %1 MiB").arg(growthKiB / 1024)));
    }
}

void tst_ProjectFile::modelBudgetStopsAmplification()
{
    // Too few objects for the pre-scan's estimate, but takes far bigger than their text: the
    // budget trips while building, naming where.
    QByteArray takes;
    for (int i = 0; i < 300000; ++i)
        takes += R"({"status":"ready"},)";
    takes.chop(1);
    const QByteArray file =
        R"({"schema": 1, "shots": [{"id": "s", "duration": 4, "takes": [)" + takes + "]}]}";
    const Result<LoadedProject> result = ProjectFile::parse(file, QStringLiteral("amp"));
    QVERIFY2(!result, "a model over its budget is refused");
    QVERIFY2(result.error().message.contains(QLatin1String("memory")),
             qPrintable(errorText(result)));
    QVERIFY2(result.error().field.startsWith(QLatin1String("shots[0].takes[")),
             qPrintable(errorText(result)));
}

void tst_ProjectFile::quadraticLookupsAreRefused()
{
    // 20,000 scenes and 20,000 shots naming the last one: 400 million comparisons in the
    // validator's linear look-ups. Refused before validation runs (which would take minutes).
    QByteArray file = R"({"schema": 1, "scenes": [)";
    for (int i = 0; i < 20000; ++i)
        file += (i ? "," : "") + QByteArray(R"({"id":"sc)") + QByteArray::number(i) + R"("})";
    file += R"(], "shots": [)";
    for (int i = 0; i < 20000; ++i)
        file += (i ? "," : "") + QByteArray(R"({"id":"s)") + QByteArray::number(i) +
                R"(","duration":4,"scene":"sc19999"})";
    file += "]}";
    const Result<LoadedProject> result = ProjectFile::parse(file, QStringLiteral("q"));
    QVERIFY2(!result, "refused");
    QVERIFY2(result.error().message.contains(QLatin1String("cross-references")),
             qPrintable(errorText(result)));
}

void tst_ProjectFile::roundTripKeepsEveryField()
{
    const Project original = fullProject();
    const QByteArray bytes = ProjectFile::serialize(original);
    const Result<LoadedProject> loaded = ProjectFile::parse(bytes, QStringLiteral("rt.shotbrief"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    const Project &copy = loaded->project;
    QCOMPARE(copy.title, original.title);
    QCOMPARE(copy.format, original.format);
    QCOMPARE(copy.style, original.style);
    QCOMPARE(copy.cast, original.cast);
    QCOMPARE(copy.scenes, original.scenes);
    QCOMPARE(copy.ledger, original.ledger);
    QCOMPARE(copy.shots.size(), original.shots.size());
    const Take &take = copy.shots.at(0).takes.at(1);
    const Take &want = original.shots.at(0).takes.at(1);
    QCOMPARE(take.submittedAt, want.submittedAt);
    QCOMPARE(take.requestJson, want.requestJson);
    QCOMPARE(take.unknownJson, want.unknownJson);
    QCOMPARE(take, want);
    QCOMPARE(copy.shots.at(0).angle.preset, Angle::Custom);
    QCOMPARE(copy.shots, original.shots);
    QCOMPARE(copy.unknownJson, original.unknownJson);
    QCOMPARE(copy, original);
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(QLatin1Char('\n'))));
}

void tst_ProjectFile::promptLanguageEmptyIsAutomatic()
{
    for (const QByteArray &format : {QByteArray(R"("format": {"prompt_language": ""}, )"),
                                     QByteArray(R"("format": {}, )"), QByteArray()}) {
        const Result<LoadedProject> loaded =
            ProjectFile::parse(fileWithShots(shotJson("a"), format), QStringLiteral("a.shotbrief"));
        QVERIFY2(loaded, qPrintable(errorText(loaded)));
        QVERIFY(!loaded->project.format.promptLanguage.has_value());
    }
    const Result<LoadedProject> chosen = ProjectFile::parse(
        fileWithShots(shotJson("a"), R"("format": {"prompt_language": "zh_CN"}, )"),
        QStringLiteral("b.shotbrief"));
    QVERIFY2(chosen, qPrintable(errorText(chosen)));
    QCOMPARE(chosen->project.format.promptLanguage, PromptLanguage::Chinese);
}

void tst_ProjectFile::twoSavesAreByteIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.shotbrief"));
    const QString b = dir.filePath(QStringLiteral("b.shotbrief"));
    const Project project = fullProject();
    QVERIFY(ProjectFile::save(project, a));
    const Result<LoadedProject> loaded = ProjectFile::load(a);
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QVERIFY(ProjectFile::save(loaded->project, b));
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray bytesA = fa.readAll();
    QCOMPARE(fb.readAll(), bytesA);
    QCOMPARE(ProjectFile::serialize(project), bytesA);
    QVERIFY(bytesA.endsWith("}\n"));
    QVERIFY2(bytesA.contains("夜市"), "non-ASCII text is written as UTF-8, not escaped");
}

void tst_ProjectFile::keyOrderIsDocumented()
{
    const QByteArray bytes = ProjectFile::serialize(fullProject());
    QVERIFY2(bytes.startsWith("{\n  \"schema\": 1,\n  \"title\": "), bytes.left(60).constData());
    const auto inOrder = [&bytes](const QList<QByteArray> &keys, qsizetype from) {
        qsizetype at = from;
        for (const QByteArray &key : keys) {
            const qsizetype next = bytes.indexOf("\"" + key + "\":", at);
            if (next < 0)
                return QStringLiteral("key %1 missing or out of order")
                    .arg(QString::fromLatin1(key));
            at = next;
        }
        return QString();
    };
    const QString top = inOrder({"schema", "title", "format", "style", "cast", "scenes", "shots",
                                 "ledger", "spending_cap_usd", "team"},
                                0);
    QVERIFY2(top.isEmpty(), qPrintable(top));
    const QString format = inOrder({"provider", "model", "size", "duration", "prompt_language"},
                                   bytes.indexOf("\"format\":"));
    QVERIFY2(format.isEmpty(), qPrintable(format));
    QVERIFY2(bytes.contains("\"prompt_language\": \"ja\""), "the chosen prompt language");
    // Automatic is the absence of the key, as in files written before it existed.
    Project automatic = fullProject();
    automatic.format.promptLanguage.reset();
    QVERIFY(!ProjectFile::serialize(automatic).contains("prompt_language"));
    const qsizetype shots = bytes.indexOf("\"shots\":");
    const QString shot = inOrder(
        {"id",    "label",           "scene",          "strategy",       "scene_prose", "framing",
         "angle", "movement",        "depth_of_field", "lens_style",     "lighting",    "palette",
         "mood",  "action_beats",    "dialogue",       "cast",           "duration",    "model",
         "size",  "reference_image", "last_frame",     "chain_previous", "notes",       "board",
         "takes", "circled_take",    "reviews",        "future_field"},
        shots);
    QVERIFY2(shot.isEmpty(), qPrintable(shot));
    const QString review = inOrder(
        {"reviews", "reviewer", "decision", "note", "preferred_take", "at", "future_field"}, shots);
    QVERIFY2(review.isEmpty(), qPrintable(review));
    QVERIFY2(bytes.contains("\"decision\": \"changes_requested\""), "decision key");
    const qsizetype takes = bytes.indexOf("\"takes\":", shots);
    const QString take = inOrder({"id",
                                  "provider",
                                  "provider_video_id",
                                  "kind",
                                  "parent_take",
                                  "prompt",
                                  "model",
                                  "size",
                                  "seconds",
                                  "reference_image",
                                  "last_frame",
                                  "request",
                                  "status",
                                  "progress",
                                  "error_code",
                                  "error_message",
                                  "created_at",
                                  "submitted_at",
                                  "completed_at",
                                  "clip",
                                  "in_ms",
                                  "out_ms",
                                  "thumbnail",
                                  "spritesheet",
                                  "cost_usd",
                                  "zeta",
                                  "alpha",
                                  "circled_take",
                                  "cut",
                                  "future_field"},
                                 takes);
    QVERIFY2(take.isEmpty(), qPrintable(take));
    const QString ref = inOrder({"circled_take", "script_ref", "scene", "number", "heading",
                                 "paragraph", "text", "mark", "future_field"},
                                takes);
    QVERIFY2(ref.isEmpty(), qPrintable(ref));
    const QString scene = inOrder({"scenes", "id", "title", "notes", "number", "shots"}, 0);
    QVERIFY2(scene.isEmpty(), qPrintable(scene));
    QVERIFY2(bytes.contains("\"submitted_at\": \"2026-09-20T10:00:01.250Z\""), "ms kept");
    QVERIFY2(bytes.contains("\"created_at\": \"2026-09-20T10:00:00Z\""), "whole seconds, Z");
}

void tst_ProjectFile::goldenFileIsStable()
{
    // The bytes of a project using every field, checked in: a change to the format shows up
    // here first. Regenerate deliberately with SHOTBRIEF_UPDATE_GOLDEN=1.
    const QString path = QStringLiteral(SHOTBRIEF_TEST_DATA "/all-fields.shotbrief");
    const QByteArray bytes = ProjectFile::serialize(fullProject());
    if (qEnvironmentVariableIsSet("SHOTBRIEF_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(bytes, file.readAll());
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QCOMPARE(loaded->project, fullProject());
}

void tst_ProjectFile::newerSchemaFixture()
{
    const Result<LoadedProject> loaded =
        ProjectFile::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/newer-schema.shotbrief"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QVERIFY(loaded->readOnly);
    QVERIFY2(loaded->readOnlyReason.contains(QLatin1String("file format 2")),
             qPrintable(loaded->readOnlyReason));
    QCOMPARE(loaded->project.shots.size(), 2);
    QCOMPARE(loaded->project.shots.at(1).takes.size(), 1);
    // Round trip of what it does not know, even though it will not be saved over.
    const QByteArray bytes = ProjectFile::serialize(loaded->project);
    QVERIFY(bytes.contains("\"layers\""));
    QVERIFY(bytes.contains("\"audio_stems\""));
}

void tst_ProjectFile::emptyOptionalsFollowOneRule()
{
    // Rule: every key is written, empty or not; only null timestamps and an empty request are
    // left out.
    Project p;
    Shot s;
    s.id = QStringLiteral("s");
    Take t;
    t.id = QStringLiteral("t");
    s.takes << t;
    p.shots << s;
    const QByteArray bytes = ProjectFile::serialize(p);
    for (const char *key : {"\"title\": \"\"", "\"palette\": []", "\"circled_take\": \"\"",
                            "\"framing\": \"\"", "\"clip\": \"\"", "\"cost_usd\": 0.0",
                            "\"spending_cap_usd\": 0.0", "\"ledger\": []", "\"script_ref\": {}",
                            "\"reviews\": []", "\"in_ms\": 0", "\"out_ms\": 0", "\"cut\": false"})
        QVERIFY2(bytes.contains(key), key);
    for (const char *key : {"created_at", "expires_at", "\"request\""})
        QVERIFY2(!bytes.contains(key), key);
    const Result<LoadedProject> loaded = ProjectFile::parse(bytes, QStringLiteral("e"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QCOMPARE(loaded->project, p);
}

void tst_ProjectFile::unknownKeysSurviveInOrder()
{
    const QByteArray file = R"({
  "schema": 1,
  "zz_top": [1, {"b": 1, "a": 2}],
  "title": "t",
  "format": {"model": "sora-2", "future_fps": 24, "size": "1280x720"},
  "style": {"grain": "fine", "mood": "m"},
  "cast": [{"id": "c", "voice": "alto", "name": "C"}],
  "scenes": [{"id": "sc", "location": {"lat": 25.03, "lon": 121.5}}],
  "shots": [{"id": "s", "duration": 4, "b_second": true, "a_first": null,
             "takes": [{"id": "t", "seed": 12345678901234567890, "request": {"z": 1, "a": [2.50]}}]}],
  "aa_last": "x"
})";
    const Result<LoadedProject> loaded = ProjectFile::parse(file, QStringLiteral("u"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(QLatin1Char('\n'))));
    const Project &p = loaded->project;
    QCOMPARE(
        p.unknownJson,
        QByteArray(
            R"({"zz_top":[1,{"b":1,"a":2}],"aa_last":"x","format":{"future_fps":24},"style":{"grain":"fine"}})"));
    QCOMPARE(p.cast.at(0).unknownJson, QByteArray(R"({"voice":"alto"})"));
    QCOMPARE(p.scenes.at(0).unknownJson, QByteArray(R"({"location":{"lat":25.03,"lon":121.5}})"));
    QCOMPARE(p.shots.at(0).unknownJson, QByteArray(R"({"b_second":true,"a_first":null})"));
    QCOMPARE(p.shots.at(0).takes.at(0).unknownJson, QByteArray(R"({"seed":12345678901234567890})"));
    QCOMPARE(p.shots.at(0).takes.at(0).requestJson, QByteArray(R"({"z":1,"a":[2.50]})"));

    const QByteArray saved = ProjectFile::serialize(p);
    const qsizetype format = saved.indexOf("\"format\"");
    QVERIFY2(saved.indexOf("\"future_fps\": 24", format) > saved.indexOf("\"duration\"", format),
             "unknown keys of format come after its known keys");
    QVERIFY2(saved.indexOf("\"zz_top\"") < saved.indexOf("\"aa_last\""), "original order kept");
    QVERIFY2(saved.indexOf("\"zz_top\"") > saved.indexOf("\"spending_cap_usd\""), "unknown last");
    QCOMPARE(saved.count("\"format\""), 1);
    const Result<LoadedProject> again = ProjectFile::parse(saved, QStringLiteral("u2"));
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(ProjectFile::serialize(again->project), saved);
}

void tst_ProjectFile::unknownKeysOfSmallObjectsWarn()
{
    const QByteArray file = fileWithShots(
        shotJson("s", R"("dialogue": [{"speaker": "A", "line": "Hi", "emotion": "dry"}])"),
        R"("ledger": [{"take_id": "t", "currency": "EUR"}], )");
    const Result<LoadedProject> loaded = ProjectFile::parse(file, QStringLiteral("w.shotbrief"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QCOMPARE(loaded->warnings.size(), 2);
    QVERIFY2(loaded->warnings.at(0).startsWith(QLatin1String("w.shotbrief: ledger[0].currency: ")),
             qPrintable(loaded->warnings.at(0)));
    QVERIFY2(loaded->warnings.at(1).contains(QLatin1String("shots[0].dialogue[0].emotion")),
             qPrintable(loaded->warnings.at(1)));
    QCOMPARE(loaded->project.shots.at(0).dialogue.at(0).line, QStringLiteral("Hi"));

    // Thousands of them are summed up, not listed.
    QByteArray lines;
    for (int i = 0; i < 5000; ++i)
        lines += (i ? "," : "") + QByteArray(R"({"line": "x", "extra": 1})");
    const Result<LoadedProject> many = ProjectFile::parse(
        fileWithShots(shotJson("s", "\"dialogue\": [" + lines + "]")), QStringLiteral("w"));
    QVERIFY2(many, qPrintable(errorText(many)));
    QCOMPARE(many->warnings.size(), 101);
    QVERIFY2(many->warnings.last().contains(QLatin1String("4900 more")),
             qPrintable(many->warnings.last()));
}

void tst_ProjectFile::newerSchemaOpensReadOnly()
{
    const QByteArray file = R"({"schema": 7, "title": "from the future",
        "shots": [{"id": "s", "duration": 4.5, "strategy": {"mode": "auto"}, "hologram": true}]})";
    const Result<LoadedProject> loaded = ProjectFile::parse(file, QStringLiteral("f.shotbrief"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QVERIFY(loaded->readOnly);
    QVERIFY2(loaded->readOnlyReason.contains(QLatin1String("7")) &&
                 loaded->readOnlyReason.contains(QLatin1String("1")) &&
                 loaded->readOnlyReason.contains(QLatin1String("f.shotbrief")),
             qPrintable(loaded->readOnlyReason));
    QCOMPARE(loaded->project.schema, 7);
    QCOMPARE(loaded->project.title, QStringLiteral("from the future"));
    QVERIFY2(loaded->warnings.size() >= 2, qPrintable(loaded->warnings.join(QLatin1Char('\n'))));
    QVERIFY(loaded->warnings.join(QLatin1Char('\n')).contains(QLatin1String("shots[0].duration")));
    QVERIFY(loaded->warnings.join(QLatin1Char('\n')).contains(QLatin1String("shots[0].strategy")));
    QCOMPARE(loaded->project.shots.at(0).unknownJson, QByteArray(R"({"hologram":true})"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<void> saved =
        ProjectFile::save(loaded->project, dir.filePath(QStringLiteral("f.shotbrief")));
    QVERIFY2(!saved, "a newer project is never written by an older version");
    QVERIFY(saved.error().message.contains(QLatin1String("7")));

    const Result<LoadedProject> current =
        ProjectFile::parse(R"({"schema": 1, "title": "x"})", QStringLiteral("c"));
    QVERIFY2(current && !current->readOnly, qPrintable(errorText(current)));
}

void tst_ProjectFile::malformedBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line"); // 0: no position expected
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray() << 0 << 0 << "empty";
    QTest::newRow("whitespace only") << QByteArray(" \n\t\r\n") << 0 << 0 << "empty";
    QTest::newRow("truncated") << QByteArray("{\n  \"schema\": 1,\n  \"title\": \"Nig") << 3 << 12
                               << "invalid JSON";
    QTest::newRow("truncated after key")
        << QByteArray("{\"schema\": 1, \"shots\": [") << 1 << 25 << "unexpected end of input";
    QTest::newRow("trailing garbage")
        << QByteArray("{\"schema\": 1}\nxyz") << 2 << 1 << "invalid JSON";
    QTest::newRow("missing comma")
        << QByteArray("{\n\"schema\": 1\n\"title\": \"a\"}") << 3 << 1 << "invalid JSON";
    QTest::newRow("column counts characters")
        << QByteArray("{\"title\": \"夜市\", x}") << 1 << 17 << "invalid JSON";
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"schema\": 1,\n \"title\": \"a\xc3\x28\"}") << 2 << 14 << "UTF-8";
    QTest::newRow("overlong UTF-8")
        << QByteArray("{\"title\": \"\xc0\xaf\"}") << 1 << 12 << "UTF-8";
    QTest::newRow("raw control character")
        << QByteArray("{\"title\": \"a\x01\"}") << 1 << 13 << "control character";
    QTest::newRow("lone surrogate")
        << QByteArray(R"({"title": "\ud800"})") << 1 << 18 << "surrogate";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << 1
                                  << ProjectFile::MaxNestingDepth + 1 << "nested deeper";
    QTest::newRow("deep nesting inside unknown key")
        << QByteArray("{\"schema\": 1, \"x\": ") + QByteArray(70, '{').replace("{", "{\"a\":") << 1
        << 20 + 5 * 63 << "nested deeper";
    QTest::newRow("huge string") << QByteArray("{\"schema\": 1,\n\"notes\": \"") +
                                        QByteArray(2 * 1024 * 1024, 'x') + QByteArray("\"}")
                                 << 2 << 10 << "longer than";
    QTest::newRow("huge key") << QByteArray("{\"") + QByteArray(2 * 1024 * 1024, 'k') +
                                     QByteArray("\": 1}")
                              << 1 << 2 << "longer than";
    QTest::newRow("top level array")
        << QByteArray("[{\"schema\": 1}]") << 0 << 0 << "top level, got an array";
    QTest::newRow("top level number") << QByteArray("42") << 0 << 0 << "top level, got 42";
    QTest::newRow("top level string") << QByteArray("\"hi\"") << 0 << 0 << "top level";
    QTest::newRow("top level null") << QByteArray("null") << 0 << 0 << "top level, got null";
    QTest::newRow("no schema") << QByteArray("{\"title\": \"t\"}") << 0 << 0
                               << "does not look like a ShotBrief project";
    QTest::newRow("schema zero") << QByteArray("{\"schema\": 0}") << 0 << 0 << "from 1 to";
    QTest::newRow("number overflow")
        << QByteArray("{\"schema\": 1,\n\"spending_cap_usd\": 1e999}") << 2 << 21 << "overflow";
    QTest::newRow("comments are not JSON")
        << QByteArray("{// hi\n\"schema\": 1}") << 1 << 2 << "invalid JSON";
}

void tst_ProjectFile::malformedBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const Result<LoadedProject> result = ProjectFile::parse(bytes, QStringLiteral("bad.shotbrief"));
    QVERIFY2(!result, "must be refused");
    const Error &e = result.error();
    QCOMPARE(e.file, QStringLiteral("bad.shotbrief"));
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
    QVERIFY2(e.message.size() < 600, "messages stay readable");
    if (line > 0) {
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(
            e.toString().startsWith(QStringLiteral("bad.shotbrief:%1:%2: ").arg(line).arg(column)),
            qPrintable(e.toString()));
    }
}

namespace {
/// Bytes of a string literal that may hold NULs, without its terminator.
template<qsizetype N>
QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}
} // namespace

void tst_ProjectFile::foreignFilesSayWhatTheyAre_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");

    QTest::newRow("pdf") << "x.pdf" << QByteArray("%PDF-1.4\n%\xe2\xe3\n1 0 obj")
                         << "a PDF document";
    QTest::newRow("png") << "still.png" << bytesOf("\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
                         << "a PNG image";
    QTest::newRow("jpeg") << "frame.jpg" << bytesOf("\xff\xd8\xff\xe0\0\x10JFIF") << "a JPEG image";
    QTest::newRow("mp4") << "take.mp4"
                         << bytesOf("\0\0\0\x20"
                                    "ftypisom\0\0\x02\0")
                         << "an MP4 video";
    QTest::newRow("zip") << "bundle.zip" << bytesOf("PK\x03\x04\x14\0\0\0notes.txt")
                         << "a ZIP archive";
    QTest::newRow("word") << "script.docx"
                          << bytesOf("PK\x03\x04\x14\0\x06\0[Content_Types].xml word/document.xml")
                          << "a Word document";
    QTest::newRow("fountain") << "pilot.fountain"
                              << QByteArray("Title: Night Market\n\nINT. NOODLE BAR - NIGHT\n\n"
                                            "Mei slurps.\n")
                              << "a Fountain screenplay";
    QTest::newRow("final draft")
        << "pilot.fdx"
        << QByteArray(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft DocumentType=\"Script\">")
        << "a Final Draft script";
    QTest::newRow("plain text") << "notes.shotbrief" << QByteArray("shot 1: boat\nshot 2: storm\n")
                                << "plain text";
    QTest::newRow("binary") << "garbage.shotbrief" << bytesOf("\x00\x01\xff\xfe garbage")
                            << "a binary file";
}

void tst_ProjectFile::foreignFilesSayWhatTheyAre()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    for (const Result<LoadedProject> &result :
         {ProjectFile::load(file.fileName()), ProjectFile::parse(bytes, file.fileName())}) {
        QVERIFY2(!result, "must be refused");
        const QString text = result.error().toString();
        // "x.pdf is not a ShotBrief project: it looks like a PDF document." and nothing of JSON.
        QVERIFY2(text.startsWith(name + QStringLiteral(" is not a ShotBrief project")),
                 qPrintable(text));
        QVERIFY2(text.contains(kind), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("JSON")) || kind == QLatin1String("plain text"),
                 qPrintable(text));
    }
}

void tst_ProjectFile::wrongTypesNameTheField_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    const QByteArray three = shotJson("a") + "," + shotJson("b") + "," + shotJson("c") + ",";
    QTest::newRow("duration as string")
        << fileWithShots(three + R"({"id": "d", "duration": "8"})") << "shots[3].duration"
        << "expected a whole number, got the string \"8\"";
    QTest::newRow("duration fraction")
        << fileWithShots(three + R"({"id": "d", "duration": 7.5})") << "shots[3].duration"
        << "whole number";
    QTest::newRow("duration huge")
        << fileWithShots(R"({"id": "d", "duration": 99999999999})") << "shots[0].duration"
        << "from 1 to 3600";
    QTest::newRow("duration negative")
        << fileWithShots(R"({"id": "d", "duration": -4})") << "shots[0].duration"
        << "from 1 to 3600";
    QTest::newRow("title number") << QByteArray(R"({"schema": 1, "title": 5})") << "title"
                                  << "expected a string, got 5";
    QTest::newRow("shots object") << QByteArray(R"({"schema": 1, "shots": {}})") << "shots"
                                  << "expected an array, got an object";
    QTest::newRow("shot not object") << fileWithShots(shotJson("a") + ", 3") << "shots[1]"
                                     << "expected an object, got 3";
    QTest::newRow("format array") << QByteArray(R"({"schema": 1, "format": []})") << "format"
                                  << "expected an object, got an array";
    QTest::newRow("schema string") << QByteArray(R"({"schema": "1"})") << "schema"
                                   << "whole number";
    QTest::newRow("strategy") << fileWithShots(shotJson("a", R"("strategy": "verbose")"))
                              << "shots[0].strategy"
                              << "\"detailed\" or \"concise\"";
    QTest::newRow("prompt language unknown")
        << fileWithShots(shotJson("a"), R"("format": {"prompt_language": "fr"}, )")
        << "format.prompt_language"
        << "expected \"\" (automatic), \"en\", \"zh_CN\" or \"ja\", got the string \"fr\"";
    QTest::newRow("prompt language not a string")
        << fileWithShots(shotJson("a"), R"("format": {"prompt_language": 2}, )")
        << "format.prompt_language"
        << "\"zh_CN\"";
    QTest::newRow("beat not string")
        << fileWithShots(shotJson("a", R"("action_beats": ["x", 2])")) << "shots[0].action_beats[1]"
        << "expected a string";
    QTest::newRow("palette entry string")
        << fileWithShots(shotJson("a", R"("palette": ["teal"])")) << "shots[0].palette[0]"
        << "expected an object";
    QTest::newRow("take status") << fileWithShots(shotJson(
                                        "a", R"("takes": [{"id": "t", "status": "done"}])"))
                                 << "shots[0].takes[0].status"
                                 << "in_progress";
    QTest::newRow("take kind") << fileWithShots(
                                      shotJson("a", R"("takes": [{"id": "t", "kind": 1}])"))
                               << "shots[0].takes[0].kind"
                               << "remix";
    QTest::newRow("time without zone")
        << fileWithShots(
               shotJson("a", R"("takes": [{"id": "t", "created_at": "2026-09-20T10:00:00"}])"))
        << "shots[0].takes[0].created_at"
        << "UTC time";
    QTest::newRow("time nonsense")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t", "expires_at": "soon"}])"))
        << "shots[0].takes[0].expires_at"
        << "UTC time";
    QTest::newRow("cost negative")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t", "cost_usd": -1}])"))
        << "shots[0].takes[0].cost_usd"
        << "0 or more";
    QTest::newRow("cost string") << fileWithShots(shotJson(
                                        "a", R"("takes": [{"id": "t", "cost_usd": "1.00"}])"))
                                 << "shots[0].takes[0].cost_usd"
                                 << "amount";
    QTest::newRow("ledger actual negative")
        << QByteArray(R"({"schema": 1, "ledger": [{"actual_usd": -0.5}]})")
        << "ledger[0].actual_usd"
        << "0 or more";
    QTest::newRow("ledger actual as text")
        << QByteArray(R"({"schema": 1, "ledger": [{"actual_usd": "1.52"}]})")
        << "ledger[0].actual_usd"
        << "amount in US dollars";
    QTest::newRow("ledger seconds")
        << QByteArray(R"({"schema": 1, "ledger": [{"seconds": true}]})") << "ledger[0].seconds"
        << "got true";
    QTest::newRow("cast id number")
        << QByteArray(R"({"schema": 1, "cast": [{"id": 1}]})") << "cast[0].id"
        << "expected a string";
    QTest::newRow("framing number")
        << fileWithShots(shotJson("a", R"("framing": 1)")) << "shots[0].framing"
        << "camera term";
    QTest::newRow("chain as text")
        << fileWithShots(shotJson("a", R"("chain_previous": "yes")")) << "shots[0].chain_previous"
        << "expected true or false, got the string \"yes\"";
    QTest::newRow("chain as number")
        << fileWithShots(shotJson("a", R"("chain_previous": 1)")) << "shots[0].chain_previous"
        << "expected true or false, got 1";
    QTest::newRow("last frame number")
        << fileWithShots(shotJson("a", R"("last_frame": 3)")) << "shots[0].last_frame"
        << "expected a string";
    QTest::newRow("circled take array")
        << fileWithShots(shotJson("a", R"("circled_take": [])")) << "shots[0].circled_take"
        << "got an array";
    QTest::newRow("script mark unknown")
        << fileWithShots(shotJson("a", R"("script_ref": {"scene": 1, "mark": "gone"})"))
        << "shots[0].script_ref.mark"
        << "\"changed\" or \"cut\"";
    QTest::newRow("script ref string")
        << fileWithShots(shotJson("a", R"("script_ref": "12/3")")) << "shots[0].script_ref"
        << "expected an object";
    QTest::newRow("script paragraph negative")
        << fileWithShots(shotJson("a", R"("script_ref": {"scene": 1, "paragraph": -2})"))
        << "shots[0].script_ref.paragraph"
        << "whole number";
    QTest::newRow("reviews object")
        << fileWithShots(shotJson("a", R"("reviews": {})")) << "shots[0].reviews"
        << "expected an array, got an object";
    QTest::newRow("review decision")
        << fileWithShots(shotJson("a", R"("reviews": [{"reviewer": "A", "decision": "ok"}])"))
        << "shots[0].reviews[0].decision"
        << "\"approved\", \"changes_requested\" or \"\"";
    QTest::newRow("review note number")
        << fileWithShots(shotJson("a", R"("reviews": [{"reviewer": "A", "note": 3}])"))
        << "shots[0].reviews[0].note"
        << "expected a string, got 3";
    QTest::newRow("review time without zone")
        << fileWithShots(
               shotJson("a", R"("reviews": [{"reviewer": "A", "at": "2026-09-20T10:00:00"}])"))
        << "shots[0].reviews[0].at"
        << "UTC time";
    QTest::newRow("cut as string")
        << fileWithShots(shotJson("a", R"("cut": "yes")")) << "shots[0].cut"
        << "expected true or false, got the string \"yes\"";
    QTest::newRow("in point negative")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t", "in_ms": -1}])"))
        << "shots[0].takes[0].in_ms"
        << "from 0 to 3600000";
    QTest::newRow("out point fraction")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t", "out_ms": 2.5}])"))
        << "shots[0].takes[0].out_ms"
        << "whole number";
}

void tst_ProjectFile::wrongTypesNameTheField()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const Result<LoadedProject> result = ProjectFile::parse(bytes, QStringLiteral("p.shotbrief"));
    QVERIFY2(!result, "must be refused");
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().toString()));
    QVERIFY2(result.error().toString().startsWith(QStringLiteral("p.shotbrief: ") + field +
                                                  QStringLiteral(": ")),
             qPrintable(result.error().toString()));
}

void tst_ProjectFile::validatorProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("size that is not a size")
        << fileWithShots(shotJson("a") + "," + shotJson("b") + "," + shotJson("c") + "," +
                         R"({"id": "d", "duration": 4, "size": "wide"})")
        << false << "shots[3].size"
        << "WIDTHxHEIGHT";
    QTest::newRow("duplicate shot ids")
        << fileWithShots(shotJson("a") + "," + shotJson("a")) << false << "shots[1].id"
        << "duplicate shot id \"a\"";
    QTest::newRow("missing shot id")
        << fileWithShots(R"({"duration": 4})") << false << "shots[0].id"
        << "missing id";
    QTest::newRow("circled take absent")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t1"}], "circled_take": "t9")")) << false
        << "shots[0].circled_take"
        << "\"t9\"";
    QTest::newRow("duplicate take ids")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t"}, {"id": "t"}])")) << false
        << "shots[0].takes[1].id"
        << "duplicate take id";
    QTest::newRow("dangling cast")
        << fileWithShots(shotJson("a", R"("cast": ["ghost"])")) << false << "shots[0].cast[0]"
        << "ghost";
    QTest::newRow("bad hex") << fileWithShots(
                                    shotJson("a", R"("palette": [{"name": "x", "hex": "#zz"}])"))
                             << false << "shots[0].palette[0].hex"
                             << "#zz";
    QTest::newRow("progress out of range")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t", "progress": 140}])")) << false
        << "shots[0].takes[0].progress"
        << "140";
    QTest::newRow("review without reviewer")
        << fileWithShots(shotJson("a", R"("reviews": [{"reviewer": " ", "decision": ""}])"))
        << false << "shots[0].reviews[0].reviewer"
        << "missing reviewer";
    QTest::newRow("two reviews by one reviewer")
        << fileWithShots(shotJson("a", R"("reviews": [{"reviewer": "A"}, {"reviewer": "A"}])"))
        << false << "shots[0].reviews[1].reviewer"
        << "a second review by \"A\"";
    QTest::newRow("preferred take absent")
        << fileWithShots(shotJson(
               "a",
               R"("takes": [{"id": "t1"}], "reviews": [{"reviewer": "A", "preferred_take": "t9"}])"))
        << false << "shots[0].reviews[0].preferred_take"
        << "\"t9\"";
    QTest::newRow("out point before in point")
        << fileWithShots(shotJson("a", R"("takes": [{"id": "t", "in_ms": 4000, "out_ms": 3000}])"))
        << false << "shots[0].takes[0].out_ms"
        << "must come after the in point";
    QTest::newRow("empty dialogue line is a warning")
        << fileWithShots(shotJson("a", R"("dialogue": [{"speaker": "A", "line": " "}])")) << true
        << "shots[0].dialogue[0].line"
        << "empty";
}

void tst_ProjectFile::validatorProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, loads);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QString name = QStringLiteral("v.shotbrief");
    const Result<LoadedProject> result = ProjectFile::parse(bytes, name);
    QCOMPARE(bool(result), loads);
    if (loads) {
        const QString expected = name + QStringLiteral(": ") + field + QStringLiteral(": ");
        bool found = false;
        for (const QString &w : result->warnings)
            found = found || (w.startsWith(expected) && w.contains(messagePart));
        QVERIFY2(found, qPrintable(result->warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(messagePart),
                 qPrintable(result.error().toString()));
    }
}

void tst_ProjectFile::anotherProvidersProjectLoadsClean()
{
    // Models, sizes and lengths are the provider's business: a project planned for Runway or
    // a gateway opens without errors or warnings whatever is configured (the linter and
    // Check Fit say what does not fit the provider of the day).
    const QByteArray file = fileWithShots(
        shotJson("a", R"("model": "gen4.5", "duration": 7, "size": "1584x672")") + "," +
        shotJson("b", R"("model": "vertex_ai/veo-3.0-generate-preview", "duration": 6)") + "," +
        shotJson("c", R"("model": "sora-2", "duration": 5)"));
    const Result<LoadedProject> result = ProjectFile::parse(file, QStringLiteral("r.shotbrief"));
    QVERIFY2(result, qPrintable(errorText(result)));
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result->project.shots.at(0).durationSeconds, 7);
}

void tst_ProjectFile::everyErrorIsListed()
{
    const QByteArray file = fileWithShots(shotJson("a") + "," + shotJson("a") + "," +
                                          R"({"id": "b", "size": "wide", "circled_take": "x"})");
    const Result<LoadedProject> result = ProjectFile::parse(file, QStringLiteral("all.shotbrief"));
    QVERIFY(!result);
    const QString text = result.error().toString();
    QVERIFY2(text.startsWith(QLatin1String("all.shotbrief: shots[1].id: duplicate")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nshots[2].size: expected WIDTHxHEIGHT")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nshots[2].circled_take: ")), qPrintable(text));
}

void tst_ProjectFile::mediaPathsStayInside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");

    const QList<QByteArray> bad = {"../secret.png",    "/etc/passwd", "clips/../../x.mp4",
                                   "C:/Windows/x.png", "..\\\\x.png", "\\\\\\\\server\\\\share"};
    for (const QByteArray &path : bad) {
        const QByteArray q = "\"" + path + "\"";
        QTest::addRow("shot reference %s", path.constData())
            << fileWithShots(shotJson("a", "\"reference_image\": " + q))
            << "shots[0].reference_image";
        QTest::addRow("shot last frame %s", path.constData())
            << fileWithShots(shotJson("a", "\"last_frame\": " + q)) << "shots[0].last_frame";
        QTest::addRow("cast reference %s", path.constData())
            << QByteArray("{\"schema\": 1, \"cast\": [{\"id\": \"c\", \"reference_image\": " + q +
                          "}]}")
            << "cast[0].reference_image";
    }
    for (const char *field :
         {"clip", "thumbnail", "spritesheet", "reference_image", "last_frame"}) {
        QTest::addRow("take %s", field)
            << fileWithShots(shotJson("a", QByteArray("\"takes\": [{\"id\": \"t\", \"") + field +
                                               "\": \"../../../home/x\"}]"))
            << QStringLiteral("shots[0].takes[0].") + QLatin1String(field);
    }
}

void tst_ProjectFile::mediaPathsStayInside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const Result<LoadedProject> result = ProjectFile::parse(bytes, QStringLiteral("m.shotbrief"));
    QVERIFY2(!result, "must be refused");
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(QLatin1String("media")),
             qPrintable(result.error().toString()));
}

void tst_ProjectFile::symlinksOutAreRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("Film.media/clips")));
    QVERIFY(root.mkpath(QStringLiteral("outside")));
    QFile secret(root.filePath(QStringLiteral("outside/secret.png")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.close();
    QFile inside(root.filePath(QStringLiteral("Film.media/clips/real.mp4")));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.close();
    QVERIFY(QFile::link(root.filePath(QStringLiteral("outside/secret.png")),
                        root.filePath(QStringLiteral("Film.media/clips/leak.png"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("outside")),
                        root.filePath(QStringLiteral("Film.media/refs"))));
    QVERIFY(QFile::link(QStringLiteral("real.mp4"),
                        root.filePath(QStringLiteral("Film.media/clips/alias.mp4"))));

    const QString path = root.filePath(QStringLiteral("Film.shotbrief"));
    const auto write = [&path](const QByteArray &clip, const QByteArray &reference) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(fileWithShots(shotJson("a", "\"reference_image\": \"" + reference +
                                                "\", \"takes\": [{\"id\": \"t\", \"clip\": \"" +
                                                clip + "\"}]")));
        return true;
    };

    QVERIFY(write("clips/real.mp4", "refs2/not-yet.png"));
    Result<LoadedProject> ok = ProjectFile::load(path);
    QVERIFY2(ok, qPrintable(errorText(ok)));

    QVERIFY(write("clips/alias.mp4", ""));
    ok = ProjectFile::load(path);
    QVERIFY2(ok, qPrintable(errorText(ok)));

    QVERIFY(write("clips/leak.png", ""));
    Result<LoadedProject> bad = ProjectFile::load(path);
    QVERIFY2(!bad, "a symlink to a file outside must be refused");
    QCOMPARE(bad.error().field, QStringLiteral("shots[0].takes[0].clip"));
    QVERIFY2(bad.error().message.contains(QLatin1String("outside the media folder")),
             qPrintable(bad.error().toString()));

    QVERIFY(write("", "refs/secret.png"));
    bad = ProjectFile::load(path);
    QVERIFY2(!bad, "a symlinked folder leading outside must be refused");
    QCOMPARE(bad.error().field, QStringLiteral("shots[0].reference_image"));

    QVERIFY(write("", "refs/does-not-exist-yet.png"));
    bad = ProjectFile::load(path);
    QVERIFY2(!bad, "the folder leads out even if the file does not exist yet");
}

void tst_ProjectFile::resolveMediaPath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("expected"); // relative to the media folder; empty: refused

    QTest::newRow("plain") << "clips/a.mp4"
                           << "clips/a.mp4";
    QTest::newRow("not yet downloaded") << "clips/new.mp4"
                                        << "clips/new.mp4";
    QTest::newRow("dot segments") << "./clips/./a.mp4"
                                  << "clips/a.mp4";
    QTest::newRow("internal symlink") << "clips/alias.mp4"
                                      << "clips/alias.mp4";
    QTest::newRow("dotdot") << "../Film.shotbrief"
                            << "";
    QTest::newRow("dotdot inside") << "clips/../../x"
                                   << "";
    QTest::newRow("absolute") << "/etc/passwd"
                              << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("symlink out") << "clips/leak.png"
                                 << "";
    QTest::newRow("symlinked dir out") << "refs/secret.png"
                                       << "";
    QTest::newRow("symlinked dir out, missing file") << "refs/none.png"
                                                     << "";
}

void tst_ProjectFile::resolveMediaPath()
{
    QFETCH(QString, relative);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("Film.media/clips")));
    QVERIFY(root.mkpath(QStringLiteral("outside")));
    QFile a(root.filePath(QStringLiteral("Film.media/clips/a.mp4")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.close();
    QVERIFY(QFile::link(root.filePath(QStringLiteral("Film.media/clips/a.mp4")),
                        root.filePath(QStringLiteral("Film.media/clips/alias.mp4"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("Film.shotbrief")),
                        root.filePath(QStringLiteral("Film.media/clips/leak.png"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("outside")),
                        root.filePath(QStringLiteral("Film.media/refs"))));

    const QString project = root.filePath(QStringLiteral("Film.shotbrief"));
    const Result<QString> resolved = ProjectFile::resolveMediaPath(project, relative);
    if (expected.isEmpty()) {
        QVERIFY2(!resolved, qPrintable(resolved ? *resolved : QString()));
        QVERIFY(!resolved.error().message.isEmpty());
    } else {
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().toString()));
        QCOMPARE(*resolved, root.filePath(QStringLiteral("Film.media/") + expected));
    }
}

void tst_ProjectFile::pathHelpers_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("media");
    QTest::addColumn<QString>("autosave");

    QTest::newRow("absolute") << "/home/a/Film.shotbrief"
                              << "/home/a/Film.media"
                              << "/home/a/Film.shotbrief.autosave";
    QTest::newRow("relative") << "Film.shotbrief"
                              << "Film.media"
                              << "Film.shotbrief.autosave";
    QTest::newRow("dots in name") << "/p/Night.v2.shotbrief"
                                  << "/p/Night.v2.media"
                                  << "/p/Night.v2.shotbrief.autosave";
    QTest::newRow("autosave itself") << "/p/Film.shotbrief.autosave"
                                     << "/p/Film.media"
                                     << "/p/Film.shotbrief.autosave.autosave";
    QTest::newRow("other suffix") << "/p/Film.json"
                                  << "/p/Film.media"
                                  << "/p/Film.json.autosave";
}

void tst_ProjectFile::pathHelpers()
{
    QFETCH(QString, project);
    QFETCH(QString, media);
    QFETCH(QString, autosave);
    QCOMPARE(ProjectFile::mediaFolderFor(project), media);
    QCOMPARE(ProjectFile::autosavePathFor(project), autosave);
}

void tst_ProjectFile::saveIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Film.shotbrief"));
    Project small;
    small.title = QStringLiteral("small");
    QVERIFY(ProjectFile::save(small, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // Make the next write fail half-way: a file size limit (works as root too, unlike
    // permissions). SIGXFSZ is ignored so that write() fails with EFBIG instead.
    Project big = fullProject();
    big.style.notes = QString(64 * 1024, QLatin1Char('n'));
    rlimit old{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = old;
    limited.rlim_cur = 8 * 1024;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const Result<void> result = ProjectFile::save(big, path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY2(!result, "the save must fail");
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.size() > QStringLiteral("could not save: ").size(),
             qPrintable(result.error().toString()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_ProjectFile::saveReportsFileAndReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("not-a-dir/Film.shotbrief"));
    const Result<void> result = ProjectFile::save(fullProject(), path);
    QVERIFY(!result);
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.startsWith(QLatin1String("could not save: ")) &&
                 result.error().message.size() > 20,
             qPrintable(result.error().toString()));
}

void tst_ProjectFile::loadReportsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<LoadedProject> result =
        ProjectFile::load(dir.filePath(QStringLiteral("none.shotbrief")));
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QLatin1String("does not exist")));
    result = ProjectFile::load(dir.path());
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QLatin1String("regular file")));
}

void tst_ProjectFile::escapedControlCharactersRoundTrip()
{
    // Decision (FORMAT.md): raw control characters and invalid UTF-8 are refused with their
    // position; escaped control characters are valid JSON and are kept as they are.
    const QByteArray file = R"({"schema": 1, "title": "bell\u0007 tab\t nul\u0000 end"})";
    const Result<LoadedProject> loaded = ProjectFile::parse(file, QStringLiteral("c"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QCOMPARE(loaded->project.title,
             QStringLiteral("bell\u0007 tab\t nul") + QChar(0) + QStringLiteral(" end"));
    const QByteArray saved = ProjectFile::serialize(loaded->project);
    QVERIFY2(saved.contains(R"("bell\u0007 tab\t nul\u0000 end")"), saved.constData());
    const Result<LoadedProject> again = ProjectFile::parse(saved, QStringLiteral("c"));
    QVERIFY(again);
    QCOMPARE(again->project.title, loaded->project.title);
}

void tst_ProjectFile::oddRequestsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("object") << QByteArray(R"({"model":"sora-2","seconds":"8"})");
    QTest::newRow("array") << QByteArray(R"([1,"two"])");
    QTest::newRow("not JSON") << QByteArray("model=sora-2&seconds=8");
    QTest::newRow("empty object") << QByteArray("{}");
}

void tst_ProjectFile::oddRequestsRoundTrip()
{
    QFETCH(QByteArray, request);
    Project p;
    Shot shot;
    shot.id = QStringLiteral("s");
    Take take;
    take.id = QStringLiteral("t");
    take.requestJson = request;
    shot.takes << take;
    p.shots << shot;
    const QByteArray bytes = ProjectFile::serialize(p);
    const Result<LoadedProject> loaded = ProjectFile::parse(bytes, QStringLiteral("r"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QCOMPARE(loaded->project.shots.at(0).takes.at(0).requestJson, request);
    QCOMPARE(ProjectFile::serialize(loaded->project), bytes);
}

void tst_ProjectFile::byteOrderMarkIsAccepted()
{
    const Result<LoadedProject> loaded =
        ProjectFile::parse("\xef\xbb\xbf{\"schema\": 1, \"title\": \"bom\"}", QStringLiteral("b"));
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QCOMPARE(loaded->project.title, QStringLiteral("bom"));
}

void tst_ProjectFile::longNumbersStayShortInMessages()
{
    const QByteArray digits = "1." + QByteArray(200000, '7');
    const Result<LoadedProject> result =
        ProjectFile::parse("{\"schema\": 1, \"title\": " + digits + "}", QStringLiteral("n"));
    QVERIFY(!result);
    QCOMPARE(result.error().field, QStringLiteral("title"));
    QVERIFY2(result.error().message.size() < 200, qPrintable(result.error().message.left(300)));
}

void tst_ProjectFile::mutatedBytesNeverCrash()
{
    // Deterministic mutations of a valid file: flips, cuts, insertions of structural bytes.
    // Every outcome is fine except a crash, a hang or a success that fails validation.
    const QByteArray valid = ProjectFile::serialize(fullProject());
    QRandomGenerator random(20260924);
    const char structural[] = "{}[]\",:\\0e-.n\xff\xc3";
    int loaded = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = valid;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(bytes.size()));
            switch (random.bounded(4)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.truncate(at);
                break;
            case 2:
                bytes.insert(at, structural[random.bounded(int(sizeof structural) - 1)]);
                break;
            default:
                bytes.remove(at, 1 + random.bounded(8));
                break;
            }
            if (bytes.isEmpty())
                break;
        }
        const Result<LoadedProject> result = ProjectFile::parse(bytes, QStringLiteral("fuzz"));
        if (result) {
            ++loaded;
            QVERIFY2(result->readOnly || validateProject(result->project).size() >= 0,
                     "loaded projects are usable");
            const QByteArray again = ProjectFile::serialize(result->project);
            QVERIFY2(ProjectFile::parse(again, QStringLiteral("fuzz2")) || result->readOnly,
                     "what loads, saves and loads again");
        } else {
            QVERIFY(!result.error().message.isEmpty());
        }
    }
    qInfo("%d of 3000 mutated files still loaded", loaded);
}

void tst_ProjectFile::sampleProjectIsClean()
{
    const QString path = QStringLiteral(SHOTBRIEF_SOURCE_DIR) +
                         QStringLiteral("/resources/samples/night-market/night-market.shotbrief");
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" is missing")));
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(QLatin1Char('\n'))));
    QVERIFY(!loaded->readOnly);
    const QList<ValidationProblem> problems = validateProject(loaded->project);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));

    const Project &p = loaded->project;
    QVERIFY2(p.shots.size() >= 6 && p.shots.size() <= 10, "a 6-10 shot sequence");
    QVERIFY(p.cast.size() >= 2);
    QVERIFY(p.style.palette.size() >= 3 && p.style.palette.size() <= 5);
    int concise = 0;
    QSet<int> durations;
    bool dialogue = false;
    for (const Shot &shot : p.shots) {
        concise += shot.strategy == PromptStrategy::Concise ? 1 : 0;
        durations.insert(shot.durationSeconds);
        dialogue = dialogue || !shot.dialogue.isEmpty();
        QVERIFY(shot.takes.isEmpty());
        if (shot.strategy == PromptStrategy::Detailed)
            QVERIFY2(shot.framing.isSet() && shot.depthOfField.isSet() &&
                         !shot.actionBeats.isEmpty(),
                     qPrintable(shot.label));
    }
    QCOMPARE(concise, 1);
    QCOMPARE(durations, QSet<int>({4, 8, 12}));
    QVERIFY(dialogue);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(ProjectFile::serialize(p), file.readAll());
}

int main(int argc, char *argv[])
{
    if (const QString path = qEnvironmentVariable(LoadChildVariable); !path.isEmpty())
        return loadAndReport(path);
    QCoreApplication app(argc, argv);
    tst_ProjectFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectfile.moc"
