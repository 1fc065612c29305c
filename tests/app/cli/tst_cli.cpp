// SPDX-License-Identifier: MIT
// Runs the real shotbrief-cli executable: exit codes, stdout for data, stderr for messages.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
    static QString sample();
};

tst_Cli::Run tst_Cli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SHOTBRIEF_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
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
                                      << "garbage.shotbrief";
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
