// SPDX-License-Identifier: MIT
// Runs the real shotbrief-cli executable: exit codes, stdout for data, stderr for messages.

#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void version();
    void unknownCommand();
    void unreadableFiles_data();
    void unreadableFiles();
    void sampleValidates();
    void sampleLintJson();
    void promptOfOneShot();
    void promptOfMissingShot();
    void estimateNamesTable();
    void lintFollowsTheProfile_data();
    void lintFollowsTheProfile();
    void estimateFollowsTheProfile_data();
    void estimateFollowsTheProfile();
    void unknownProfileIsRefused();
    void validateFollowsTheProfile();
    void lintComparesReferenceImageSize();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
    static QString sample();
    /// No providers.json: the built-in profiles, whatever this machine has configured.
    static QStringList builtInProfiles();
};

QStringList tst_Cli::builtInProfiles()
{
    return {QStringLiteral("--providers"),
            QStringLiteral(SHOTBRIEF_BINARY_DIR "/no-such-dir/providers.json")};
}

tst_Cli::Run tst_Cli::run(const QStringList &arguments)
{
    const ShotBrief::TestSupport::CliRun r =
        ShotBrief::TestSupport::runCli(QStringLiteral(SHOTBRIEF_CLI), arguments);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

QString tst_Cli::sample()
{
    return QStringLiteral(SHOTBRIEF_SOURCE_DIR
                          "/resources/samples/night-market/night-market.shotbrief");
}

void tst_Cli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command :
         {"lint", "prompt", "estimate", "validate", "generate", "export", "emulator"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    // Every command explains itself.
    for (const char *command : {"lint", "prompt", "estimate", "validate", "generate", "export"}) {
        const Run sub = run({QLatin1String(command), QStringLiteral("--help")});
        QVERIFY2(sub.exitCode == 0, command);
        QVERIFY2(sub.out.contains(QLatin1String("FILE")), command);
    }
}

void tst_Cli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("shotbrief-cli ")));
}

void tst_Cli::unknownCommand()
{
    const Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QLatin1String("frobnicate")));
}

void tst_Cli::unreadableFiles_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mustMention");
    const QStringList commands = {QStringLiteral("lint"), QStringLiteral("prompt"),
                                  QStringLiteral("estimate"), QStringLiteral("validate")};
    for (const QString &command : commands) {
        const QByteArray c = command.toUtf8();
        QTest::newRow(c + " missing") << command << "does-not-exist.shotbrief"
                                      << "does-not-exist";
        QTest::newRow(c + " empty") << command << "empty.shotbrief"
                                    << "empty.shotbrief";
        QTest::newRow(c + " garbage") << command << "garbage.shotbrief"
                                      << "garbage.shotbrief is not a ShotBrief project";
        QTest::newRow(c + " pdf") << command << "storyboard.pdf"
                                  << "storyboard.pdf is not a ShotBrief project: it looks like "
                                     "a PDF document";
        QTest::newRow(c + " truncated") << command << "truncated.shotbrief"
                                        << "truncated.shotbrief:1:";
        QTest::newRow(c + " top level") << command << "wrong-top-level.shotbrief"
                                        << "wrong-top-level";
        QTest::newRow(c + " duration") << command << "bad-duration.shotbrief"
                                       << "shots[1].duration";
    }
}

void tst_Cli::unreadableFiles()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, mustMention);
    const Run r = run({command, QStringLiteral(SHOTBRIEF_TEST_DATA "/") + file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(mustMention), qPrintable(r.err));
}

void tst_Cli::sampleValidates()
{
    const Run r = run({QStringLiteral("validate"), sample()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("valid")));
}

void tst_Cli::sampleLintJson()
{
    const Run r = run({QStringLiteral("lint"), QStringLiteral("--json"), sample()});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray findings = document.object().value(QStringLiteral("findings")).toArray();
    bool serious = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        QVERIFY(!finding.value(QStringLiteral("rule")).toString().isEmpty());
        QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
        serious = serious ||
                  finding.value(QStringLiteral("severity")).toString() != QLatin1String("hint");
    }
    // The exit code follows the findings: 1 exactly when one is a warning or worse.
    QCOMPARE(r.exitCode, serious ? 1 : 0);
}

void tst_Cli::lintComparesReferenceImageSize()
{
    // refsize.media/refs/plate.png is 640x480; the shot is 1280x720 on sora-2, which needs a
    // reference image of exactly the clip's size.
    const Run r =
        run(QStringList{QStringLiteral("lint"), QStringLiteral("--json")} + builtInProfiles() +
            QStringList{QStringLiteral(SHOTBRIEF_TEST_DATA "/refsize.shotbrief")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"findings").toArray();
    QString mismatch;
    for (const QJsonValue &value : findings) {
        if (value.toObject().value(u"rule").toString() == QLatin1String("reference-size-mismatch"))
            mismatch = value.toObject().value(u"message").toString();
    }
    QVERIFY2(mismatch.contains(QLatin1String("640")) && mismatch.contains(QLatin1String("1280")),
             qPrintable(r.out));
}

void tst_Cli::promptOfOneShot()
{
    const Run r =
        run({QStringLiteral("prompt"), QStringLiteral("--shot"), QStringLiteral("1"), sample()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.trimmed().isEmpty());
    QVERIFY(!r.out.contains(QLatin1String("===")));
    const Run all = run({QStringLiteral("prompt"), sample()});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains(r.out.trimmed()));
}

void tst_Cli::promptOfMissingShot()
{
    const Run r =
        run({QStringLiteral("prompt"), QStringLiteral("--shot"), QStringLiteral("999"), sample()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("999")));
}

void tst_Cli::estimateNamesTable()
{
    const Run r = run({QStringLiteral("estimate"), sample()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Total: $")));
    QVERIFY(r.out.contains(QLatin1String("Price table:")));

    const Run bad = run({QStringLiteral("estimate"), QStringLiteral("--prices"),
                         QStringLiteral(SHOTBRIEF_TEST_DATA "/garbage.shotbrief"), sample()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("garbage.shotbrief")));
}

void tst_Cli::lintFollowsTheProfile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("rules"); ///< container rules expected (sorted, distinct)
    const QString sora = sample();
    const QString runway = QStringLiteral(SHOTBRIEF_TEST_DATA "/runway-project.shotbrief");
    QTest::newRow("Sora sample, its emulator")
        << sora << QStringList() << "emulator" << QStringList();
    QTest::newRow("Sora sample --profile runway")
        << sora << QStringList{"--profile", "runway"} << "runway" << QStringList{"unknown-model"};
    QTest::newRow("Runway project, its profile")
        << runway << QStringList() << "runway" << QStringList{"unsupported-duration"};
    QTest::newRow("Runway project --profile litellm")
        << runway << QStringList{"--profile", "litellm"} << "litellm"
        << QStringList{"unknown-model"};
    QTest::newRow("Runway project --profile emulator")
        << runway << QStringList{"--profile", "emulator"} << "emulator"
        << QStringList{"unknown-model"};
}

void tst_Cli::lintFollowsTheProfile()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, profile);
    QFETCH(QStringList, rules);
    const Run r = run(QStringList{QStringLiteral("lint"), QStringLiteral("--json")} + options +
                      builtInProfiles() + QStringList{file});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("profile")).toString(), profile);
    QStringList found;
    for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
        const QString rule = value.toObject().value(QStringLiteral("rule")).toString();
        if ((rule == QLatin1String("unsupported-duration") ||
             rule == QLatin1String("unsupported-size") || rule == QLatin1String("unknown-model")) &&
            !found.contains(rule))
            found << rule;
    }
    found.sort();
    QCOMPARE(found, rules);

    // The text form names the profile too.
    const Run text =
        run(QStringList{QStringLiteral("lint")} + options + builtInProfiles() + QStringList{file});
    QVERIFY2(text.err.contains(QStringLiteral("Profile: ") + profile), qPrintable(text.err));
}

void tst_Cli::estimateFollowsTheProfile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("profileLine");
    QTest::addColumn<double>("usdPerSecond"); ///< < 0: every shot unpriced
    const QString sora = sample();
    const QString runway = QStringLiteral(SHOTBRIEF_TEST_DATA "/runway-project.shotbrief");
    QTest::newRow("Sora sample: built-in Sora prices")
        << sora << QStringList() << "Profile: emulator (Built-in emulator)" << 0.10;
    QTest::newRow("Runway project: gen4.5 at $0.12/s")
        << runway << QStringList() << "Profile: runway (Runway)" << 0.12;
    QTest::newRow("Sora sample --profile runway: nothing priced")
        << sora << QStringList{"--profile", "runway"} << "Profile: runway (Runway)" << -1.0;
}

void tst_Cli::estimateFollowsTheProfile()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, profileLine);
    QFETCH(double, usdPerSecond);
    const Run r = run(QStringList{QStringLiteral("estimate")} + options + builtInProfiles() +
                      QStringList{file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(profileLine + QLatin1Char('\n')), qPrintable(r.out));
    // "Total: $6.24 for 8 shot(s), 52 s": the seconds to price.
    const QRegularExpressionMatch seconds =
        QRegularExpression(QStringLiteral("for \\d+ shot\\(s\\), (\\d+) s\n")).match(r.out);
    QVERIFY2(seconds.hasMatch(), qPrintable(r.out));
    const double total = usdPerSecond < 0 ? 0.0 : seconds.captured(1).toInt() * usdPerSecond;
    QVERIFY2(r.out.contains(QStringLiteral("Total: $%1 ").arg(total, 0, 'f', 2)),
             qPrintable(r.out));
    QCOMPARE(r.out.contains(QLatin1String("have no price")), usdPerSecond < 0);
}

void tst_Cli::unknownProfileIsRefused()
{
    for (const char *command : {"lint", "estimate"}) {
        const Run r = run(QStringList{QString::fromLatin1(command), QStringLiteral("--profile"),
                                      QStringLiteral("pika")} +
                          builtInProfiles() + QStringList{sample()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("pika")) && r.err.contains(QLatin1String("runway")),
                 qPrintable(r.err));
    }
}

void tst_Cli::validateFollowsTheProfile()
{
    const QString runway = QStringLiteral(SHOTBRIEF_TEST_DATA "/runway-project.shotbrief");
    // gen4.5 is a model Runway makes; only the 12 s shot is too long for it.
    const Run own =
        run(QStringList{QStringLiteral("validate")} + builtInProfiles() + QStringList{runway});
    QCOMPARE(own.exitCode, 2);
    QVERIFY2(own.err.contains(QLatin1String("shots[7].duration")), qPrintable(own.err));
    QVERIFY2(own.err.count(QLatin1String(".duration:")) == 1, qPrintable(own.err));
    // The Sora sample is valid for its own provider and for Azure (sora-2, 720p).
    for (const char *profile : {"emulator", "azure"}) {
        const Run sora = run(QStringList{QStringLiteral("validate"), QStringLiteral("--profile"),
                                         QString::fromLatin1(profile)} +
                             builtInProfiles() + QStringList{sample()});
        QVERIFY2(sora.exitCode == 0, qPrintable(sora.err));
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
