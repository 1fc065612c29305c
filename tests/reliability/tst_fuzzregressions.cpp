// SPDX-License-Identifier: MIT
// Replays every input the fuzzers found (tests/reliability/data/fuzz/<harness>/) and the
// fuzz seeds (tests/fuzz/corpus/<harness>/) through the same parsers in the normal suite, so
// that a fixed crash stays fixed in every build, sanitizers or not.
#include "io/projectfile.h"
#ifdef SHOTBRIEF_HAVE_API
#include "api/apierror.h"
#include "api/providerprofile.h"
#include "api/videojob.h"
#endif
#ifdef SHOTBRIEF_HAVE_EMULATOR
#include "emulator/multipartparser.h"
#endif
#ifdef SHOTBRIEF_HAVE_PROMPT
#include "prompt/costestimate.h"
#endif
#ifdef SHOTBRIEF_HAVE_SCRIPT
#include "fuzzscript.h"
#endif
#ifdef SHOTBRIEF_HAVE_CONFORM
#include "conformfuzz.h"
#endif

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ShotBrief;

namespace {

/// Which library parses each harness's inputs, and whether this build has it.
struct Harness
{
    const char *name;
    bool built;
};

constexpr Harness Harnesses[] = {
    {"fuzz_projectfile", true},
#ifdef SHOTBRIEF_HAVE_API
    {"fuzz_apiresponses", true}, {"fuzz_providerprofiles", true},
#else
    {"fuzz_apiresponses", false}, {"fuzz_providerprofiles", false},
#endif
#ifdef SHOTBRIEF_HAVE_EMULATOR
    {"fuzz_multipart", true},
#else
    {"fuzz_multipart", false},
#endif
#ifdef SHOTBRIEF_HAVE_PROMPT
    {"fuzz_pricetable", true},
#else
    {"fuzz_pricetable", false},
#endif
#ifdef SHOTBRIEF_HAVE_SCRIPT
    {"fuzz_fountain", true},     {"fuzz_fdx", true},
    {"fuzz_shotlist", true},
#else
    {"fuzz_fountain", false},     {"fuzz_fdx", false},
    {"fuzz_shotlist", false},
#endif
#ifdef SHOTBRIEF_HAVE_CONFORM
    {"fuzz_otiocut", true},      {"fuzz_edlcut", true},
    {"fuzz_mltcut", true},       {"fuzz_xmemlcut", true},
#else
    {"fuzz_otiocut", false},      {"fuzz_edlcut", false},
    {"fuzz_mltcut", false},       {"fuzz_xmemlcut", false},
#endif
};

/// True: replay; false: leave the rows out (only a partial tree without that library, never the
/// full build, where a missing library must fail). An unknown folder gets rows, and fails.
bool wantRows(const QString &harness)
{
    for (const Harness &known : Harnesses) {
        if (harness == QLatin1String(known.name)) {
#ifdef SHOTBRIEF_FULL_BUILD
            return true;
#else
            return known.built;
#endif
        }
    }
    return true;
}

} // namespace

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("harness");
    QTest::addColumn<QString>("path");
    const QStringList roots{QStringLiteral(SHOTBRIEF_TEST_DATA) + QStringLiteral("/fuzz"),
                            QStringLiteral(SHOTBRIEF_SOURCE_DIR) +
                                QStringLiteral("/tests/fuzz/corpus")};
    int rows = 0;
    QStringList leftOut;
    for (const QString &root : roots) {
        for (const QString &harness : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!wantRows(harness)) {
                leftOut << harness;
                continue;
            }
            QDirIterator files(root + QLatin1Char('/') + harness, QDir::Files);
            while (files.hasNext()) {
                const QString file = files.next();
                QTest::newRow(qPrintable(harness + QLatin1Char('/') + QFileInfo(file).fileName()))
                    << harness << file;
                ++rows;
            }
        }
    }
    QVERIFY2(rows > 0, "no fuzz inputs found");
    if (!leftOut.isEmpty())
        qInfo("not replayed, their libraries are not in this partial build: %s",
              qPrintable(leftOut.join(QLatin1String(", "))));
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, harness);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();

    if (harness == QLatin1String("fuzz_projectfile")) {
        const Result<LoadedProject> parsed = ProjectFile::parse(input, QStringLiteral("f"));
        if (parsed && !parsed->readOnly) {
            const Result<LoadedProject> again =
                ProjectFile::parse(ProjectFile::serialize(parsed->project), QStringLiteral("g"));
            QVERIFY2(again.hasValue(), qPrintable(again ? QString() : again.error().toString()));
            QVERIFY2(again->project == parsed->project, "the round trip changed the project");
        }
        return;
    }
#ifdef SHOTBRIEF_HAVE_API
    if (harness == QLatin1String("fuzz_apiresponses")) {
        (void)parseVideoJob(input);
        (void)parseVideoList(input);
        const int status = input.isEmpty() ? 500 : 300 + quint8(input.at(0)) % 300;
        const ApiError error = ApiError::fromHttp(status, input.mid(1));
        QVERIFY(error.isError());
        return;
    }
    if (harness == QLatin1String("fuzz_providerprofiles")) {
        const Result<QList<ProviderProfile>> profiles =
            ProviderProfiles::parse(input, QStringLiteral("f"));
        if (profiles) {
            for (const ProviderProfile &profile : *profiles)
                (void)profile.checkBaseUrl();
            (void)ProviderProfiles::parse(ProviderProfiles::serialize(*profiles),
                                          QStringLiteral("g"));
        }
        return;
    }
#endif
#ifdef SHOTBRIEF_HAVE_EMULATOR
    if (harness == QLatin1String("fuzz_multipart")) {
        const qsizetype newline = input.indexOf('\n');
        const QByteArray contentType = newline < 0 ? input : input.left(newline);
        const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
        (void)MultipartParser::boundary(contentType);
        (void)MultipartParser::headerParameters(contentType);
        (void)MultipartParser::parse(contentType, body);
        return;
    }
#endif
#ifdef SHOTBRIEF_HAVE_PROMPT
    if (harness == QLatin1String("fuzz_pricetable")) {
        (void)PriceTable::parse(input, QStringLiteral("f"));
        return;
    }
#endif
#ifdef SHOTBRIEF_HAVE_SCRIPT
    for (const auto &[name, file] :
         {std::pair{"fuzz_fountain", "fuzz.fountain"}, std::pair{"fuzz_fdx", "fuzz.fdx"},
          std::pair{"fuzz_shotlist", "fuzz.csv"}}) {
        if (harness == QLatin1String(name)) {
            QVERIFY2(Fuzz::importScript(input, QLatin1String(file)),
                     "the import did not survive the project file, or importing the same script "
                     "again changed something");
            return;
        }
    }
#endif
#ifdef SHOTBRIEF_HAVE_CONFORM
    if (harness.endsWith(QLatin1String("cut"))) {
        const auto read = [&]() -> Result<EditedCut> {
            if (harness == QLatin1String("fuzz_otiocut"))
                return readOtioCut(input, QStringLiteral("f.otio"));
            if (harness == QLatin1String("fuzz_edlcut"))
                return readEdlCut(input, QStringLiteral("f.edl"), 24);
            if (harness == QLatin1String("fuzz_mltcut"))
                return readMltCut(input, QStringLiteral("f.mlt"));
            return readXmemlCut(input, QStringLiteral("f.xml"));
        };
        const Result<EditedCut> cut = read();
        if (cut) {
            Fuzz::planOnSmallProject(*cut);
            for (const CutClip &clip : cut->clips)
                QVERIFY2(clip.sourceOut >= clip.sourceIn, qPrintable(clip.location));
        } else {
            QVERIFY(!cut.error().message.isEmpty());
        }
        return;
    }
#endif
    // Rows exist only for harnesses this build can replay (see wantRows()).
    QFAIL(qPrintable(QStringLiteral("no replayer for %1 in this build: a new harness needs its "
                                    "branch here, or its library is missing from the full build")
                         .arg(harness)));
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
