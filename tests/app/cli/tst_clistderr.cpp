// SPDX-License-Identifier: MIT
// shotbrief-cli's stderr carries its own messages only: run as root without XDG_RUNTIME_DIR
// (a container, a CI job), Qt would add "QStandardPaths: XDG_RUNTIME_DIR not set ..." to
// every command. SHOTBRIEF_LOG=1 brings Qt's diagnostics back for a developer.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class tst_CliStderr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noQtNoise_data();
    void noQtNoise();
    void logShowsQtDiagnostics();

private:
    static QString run(const QStringList &arguments, bool log, int *exitCode = nullptr);
    static QString sample();
};

QString tst_CliStderr::sample()
{
    return QStringLiteral(SHOTBRIEF_SOURCE_DIR
                          "/resources/samples/night-market/night-market.shotbrief");
}

QString tst_CliStderr::run(const QStringList &arguments, bool log, int *exitCode)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("SHOTBRIEF_LOG"));
    // The CLI picks its own platform; the tests' offscreen setting is not what users have.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (log)
        environment.insert(QStringLiteral("SHOTBRIEF_LOG"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHOTBRIEF_CLI), arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("<did not finish>");
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardError());
}

void tst_CliStderr::noQtNoise_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), sample()} << 0;
    QTest::newRow("prompt") << QStringList{QStringLiteral("prompt"), sample()} << 0;
    QTest::newRow("estimate") << QStringList{QStringLiteral("estimate"), sample()} << 0;
    QTest::newRow("bad-file") << QStringList{QStringLiteral("validate"),
                                             QStringLiteral("/no/such/file.shotbrief")}
                              << 2;
}

void tst_CliStderr::noQtNoise()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    int code = -1;
    const QString err = run(arguments, false, &code);
    QCOMPARE(code, exitCode);
    static const QRegularExpression qtNoise(
        QStringLiteral("QStandardPaths|XDG_RUNTIME_DIR|^qt\\.|^Q[A-Z]\\w+(::|:)"),
        QRegularExpression::MultilineOption);
    QVERIFY2(!qtNoise.match(err).hasMatch(), qPrintable(err));
}

void tst_CliStderr::logShowsQtDiagnostics()
{
    // The noise the first test keeps out is real here: with SHOTBRIEF_LOG=1 it shows.
    const QString err = run({QStringLiteral("validate"), sample()}, true);
    QVERIFY2(err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_CliStderr)
#include "tst_clistderr.moc"
