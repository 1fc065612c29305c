// SPDX-License-Identifier: MIT
// The `shotbrief-cli export` command, run in-process on a saved project.

#include "testproject.h"

#include "app/cli/exportcommand.h"

#include "export/exportoptions.h"
#include "io/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace ShotBrief;

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void badInput_data();
    void badInput();
    void shotsAndBom();
    void dataGoesToStdout_data();
    void dataGoesToStdout();
    void sampleProject_data();
    void sampleProject();

private:
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir{qEnvironmentVariableIsSet("EXPORT_KEEP")
                            ? qEnvironmentVariable("EXPORT_KEEP") + QStringLiteral("/XXXXXX")
                            : QDir::tempPath() + QStringLiteral("/tst_exportcommand-XXXXXX")};
    QString m_projectPath;
    Project m_project;
};

void tst_ExportCommand::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("EXPORT_KEEP"));
    m_project = TestProject::make(4);
    m_projectPath = TestProject::attachClips(m_project, m_dir.path(), {0});
    QVERIFY2(!m_projectPath.isEmpty(), "ffmpeg could not make the test clips");
    const Result<void> saved = ProjectFile::save(m_project, m_projectPath);
    QVERIFY2(saved.hasValue(), qPrintable(saved ? QString() : saved.error().toString()));
}

void tst_ExportCommand::formats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("pdf") << QStringList{"--format", "pdf", "--paper", "letter"}
                         << QByteArray("%PDF");
    QTest::newRow("storyboard") << QStringList{"--format", "storyboard", "--frames", "9",
                                               "--landscape"}
                                << QByteArray("%PDF");
    QTest::newRow("md") << QStringList{"--format", "md"} << QByteArray("# ");
    QTest::newRow("html") << QStringList{"-f", "html"} << QByteArray("<!DOCTYPE html>");
    QTest::newRow("csv") << QStringList{"--format=csv"} << QByteArray("scene,shot,");
    QTest::newRow("json") << QStringList{"--format", "json"} << QByteArray("{");
    QTest::newRow("otio") << QStringList{"--format", "otio"} << QByteArray("{");
    QTest::newRow("edl") << QStringList{"--format", "edl"} << QByteArray("TITLE: ");
    QTest::newRow("mlt") << QStringList{"--format", "mlt"} << QByteArray("<?xml");
}

void tst_ExportCommand::formats()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, starts);
    const QString file =
        out(QStringLiteral("out-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    const int code = runExportCommand(QStringList{m_projectPath} + options +
                                      QStringList{QStringLiteral("-o"), file});
    QCOMPARE(code, 0);
    QFile result(file);
    QVERIFY2(result.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray bytes = result.readAll();
    QVERIFY2(bytes.startsWith(starts), bytes.left(40).constData());
}

void tst_ExportCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString missing = QStringLiteral("/nonexistent/x.shotbrief");
    QTest::newRow("no-arguments") << QStringList{};
    QTest::newRow("no-format") << QStringList{"PROJECT", "-o", "OUT"};
    QTest::newRow("unknown-format") << QStringList{"PROJECT", "--format", "docx", "-o", "OUT"};
    QTest::newRow("bad-paper") << QStringList{"PROJECT", "--format", "pdf", "--paper",
                                              "a3",      "-o",       "OUT"};
    QTest::newRow("bad-frames") << QStringList{"PROJECT", "--format", "storyboard", "--frames",
                                               "8",       "-o",       "OUT"};
    QTest::newRow("unknown-shot") << QStringList{"PROJECT", "--format", "csv", "--shots",
                                                 "99",      "-o",       "OUT"};
    QTest::newRow("unknown-scene")
        << QStringList{"PROJECT", "--format", "csv", "--scene", "nope", "-o", "OUT"};
    QTest::newRow("unknown-option")
        << QStringList{"PROJECT", "--format", "csv", "--colour", "-o", "OUT"};
    QTest::newRow("two-files") << QStringList{"PROJECT", "PROJECT", "--format", "csv", "-o", "OUT"};
    QTest::newRow("missing-project") << QStringList{missing, "--format", "csv", "-o", "OUT"};
}

void tst_ExportCommand::badInput()
{
    QFETCH(QStringList, arguments);
    const QString file =
        out(QStringLiteral("bad-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    arguments.replaceInStrings(QStringLiteral("PROJECT"), m_projectPath);
    arguments.replaceInStrings(QStringLiteral("OUT"), file);
    QCOMPARE(runExportCommand(arguments), 2);
    QVERIFY2(!QFile::exists(file), "bad input must not write a file");
}

void tst_ExportCommand::shotsAndBom()
{
    const QString file = out(QStringLiteral("selected.csv"));
    QCOMPARE(runExportCommand({m_projectPath, QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--bom"), QStringLiteral("--shots"),
                               QStringLiteral("2-3"), QStringLiteral("-o"), file}),
             0);
    QFile result(file);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QByteArray bytes = result.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"
                              "scene,shot,"),
             "no BOM");
    QVERIFY2(bytes.contains(",2A,") && bytes.contains(",3A,"), bytes.constData());
    QVERIFY2(!bytes.contains(",1A,") && !bytes.contains(",4A,"), bytes.constData());
}

void tst_ExportCommand::dataGoesToStdout_data()
{
    QTest::addColumn<QStringList>("outputArguments");
    QTest::newRow("no-output") << QStringList{};
    QTest::newRow("dash") << QStringList{QStringLiteral("-o"), QStringLiteral("-")};
}

void tst_ExportCommand::dataGoesToStdout()
{
    QFETCH(QStringList, outputArguments);
    // Point file descriptor 1 at a file for the duration of the command.
    const QString captured =
        out(QStringLiteral("stdout-%1.edl").arg(QString::fromLatin1(QTest::currentDataTag())));
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    const int fd =
        ::open(QFile::encodeName(captured).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(saved >= 0 && fd >= 0);
    ::dup2(fd, STDOUT_FILENO);
    const int code = runExportCommand(
        QStringList{m_projectPath, QStringLiteral("--format"), QStringLiteral("edl")} +
        outputArguments);
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(fd);
    ::close(saved);
    QCOMPARE(code, 0);
    QFile file(captured);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("TITLE: "), bytes.left(60).constData());
    QVERIFY2(!QFile::exists(QStringLiteral("-")), "\"-\" must mean stdout, not a file");
}

void tst_ExportCommand::sampleProject_data()
{
    QTest::addColumn<QString>("format");
    for (ExportFormat format : allExportFormats())
        QTest::newRow(qPrintable(exportFormatKey(format))) << exportFormatKey(format);
}

void tst_ExportCommand::sampleProject()
{
    QFETCH(QString, format);
    const QString sample = QStringLiteral(SHOTBRIEF_SOURCE_DIR) +
                           QStringLiteral("/resources/samples/night-market/night-market.shotbrief");
    if (!QFile::exists(sample))
        QFAIL("the sample project is missing from resources/samples");
    const QString file = out(QStringLiteral("sample.") + format);
    QCOMPARE(
        runExportCommand({sample, QStringLiteral("--format"), format, QStringLiteral("-o"), file}),
        0);
    QVERIFY2(QFileInfo(file).size() > 500, qPrintable(file));
}

QTEST_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
