// SPDX-License-Identifier: MIT
// A hostile project (titles, labels, prompt text and even the file name carrying ESC
// sequences, \r, NUL, C1 controls and bidi overrides) printed by the real shotbrief-cli: no
// output may hold a character that drives the terminal, yet the text is still shown (escaped)
// and --json still decodes to the original text.

#include "clirun.h"

#include "app/cli/clioutput.h"

#include "io/projectfile.h"
#include "model/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

const QString ClearScreen = QStringLiteral("\u001b[2J\u001b[H");
const QString Hostile = QStringLiteral("A\u001b[2JB\rC") + QChar(0) +
                        QStringLiteral("D\u009b31mE\u202eF\u2066G\u0007H\u007fI");

/// The first character of `text` that a terminal would act on, or -1.
int firstDriving(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t')
            continue;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            ++i; // a whole character outside the BMP (emoji)
            continue;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
            (c >= 0x2066 && c <= 0x2069) || text.at(i).isSurrogate())
            return int(i);
    }
    return -1;
}

} // namespace

class tst_CliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void terminalSafe_data();
    void terminalSafe();
    void commandsPrintNoControls_data();
    void commandsPrintNoControls();
    void jsonKeepsTheText();

private:
    using Run = TestSupport::CliRun;
    static Run run(const QStringList &arguments)
    {
        return TestSupport::runCli(QStringLiteral(SHOTBRIEF_CLI), arguments);
    }

    QTemporaryDir m_dir;
    QString m_project;
};

void tst_CliHostile::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    Project project;
    project.title = QStringLiteral("Title") + ClearScreen + Hostile;
    project.style.mood = QStringLiteral("mood") + ClearScreen;
    CastMember mei;
    mei.id = newId();
    mei.name = QStringLiteral("Mei") + Hostile;
    mei.identity = QStringLiteral("a woman\u001b]0;pwned\u0007 in a raincoat");
    project.cast.append(mei);
    for (int i = 0; i < 3; ++i) {
        Shot shot;
        shot.id = newId();
        // A line feed in a label would forge an output line of its own ("forged ..." below).
        shot.label = QStringLiteral("%1\nforged line ").arg(i + 1) + Hostile;
        shot.sceneProse = QStringLiteral("Night market\r\u001b[1Afake line ") + Hostile;
        shot.mood = QStringLiteral("calm") + ClearScreen;
        shot.actionBeats = {QStringLiteral("she turns\u001b[31m"), Hostile};
        shot.castIds = {mei.id};
        // An unknown model on one shot: estimate prints "no price", lint finds something.
        if (i == 2)
            shot.model = QStringLiteral("evil\u001b[2Jmodel");
        project.shots.append(shot);
    }
    // Even the file name drives a terminal when printed raw (validate and lint print it).
    m_project = m_dir.filePath(QStringLiteral("evil\u001b[2J\u202e.shotbrief"));
    const Result<void> saved = ProjectFile::save(project, m_project);
    QVERIFY2(saved.hasValue(), qPrintable(saved.error().toString()));
}

void tst_CliHostile::terminalSafe_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("keepLayout");
    QTest::addColumn<QString>("expected");
    const QString nul(QChar(0));
    QTest::newRow("plain text unchanged")
        << QStringLiteral("Shot 1A: Mei") << false << QStringLiteral("Shot 1A: Mei");
    QTest::newRow("CJK and emoji unchanged")
        << QStringLiteral("夜市 🎬 ナイト") << false << QStringLiteral("夜市 🎬 ナイト");
    QTest::newRow("ESC clear screen")
        << QStringLiteral("a\u001b[2Jb") << false << QStringLiteral("a\\u001B[2Jb");
    QTest::newRow("carriage return")
        << QStringLiteral("ok\rFAIL") << false << QStringLiteral("ok\\u000DFAIL");
    QTest::newRow("NUL") << (QStringLiteral("a") + nul + QStringLiteral("b")) << false
                         << QStringLiteral("a\\u0000b");
    QTest::newRow("BEL and DEL") << QStringLiteral("\u0007\u007f") << false
                                 << QStringLiteral("\\u0007\\u007F");
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2Jb") << false
                            << QStringLiteral("a\\u009B2Jb");
    QTest::newRow("bidi override")
        << QStringLiteral("abc\u202Egnp.exe") << false << QStringLiteral("abc\\u202Egnp.exe");
    QTest::newRow("bidi isolates")
        << QStringLiteral("\u2066x\u2069") << false << QStringLiteral("\\u2066x\\u2069");
    QTest::newRow("line separator")
        << QStringLiteral("a\u2028b") << false << QStringLiteral("a\\u2028b");
    QTest::newRow("lone high surrogate")
        << (QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b")) << false
        << QStringLiteral("a\uFFFDb");
    QTest::newRow("lone low surrogate at end")
        << (QStringLiteral("a") + QChar(0xdc00)) << false << QStringLiteral("a\uFFFD");
    QTest::newRow("field: newline and tab escaped")
        << QStringLiteral("a\nb\tc") << false << QStringLiteral("a\\u000Ab\\u0009c");
    QTest::newRow("layout: newline and tab kept")
        << QStringLiteral("a\nb\tc\u001b") << true << QStringLiteral("a\nb\tc\\u001B");
    QTest::newRow("a literal backslash stays")
        << QStringLiteral("C:\\u0041") << false << QStringLiteral("C:\\u0041");
}

void tst_CliHostile::terminalSafe()
{
    QFETCH(QString, input);
    QFETCH(bool, keepLayout);
    QFETCH(QString, expected);
    const QString safe =
        Cli::terminalSafe(input, keepLayout ? Cli::Layout::Keep : Cli::Layout::Escape);
    QCOMPARE(safe, expected);
    QVERIFY2(firstDriving(safe) < 0, qPrintable(safe));
}

void tst_CliHostile::commandsPrintNoControls_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown"); // must appear, escaped, on stdout or stderr
    QTest::addColumn<int>("exitCode");
    QTest::newRow("lint") << QStringList{QStringLiteral("lint")} << QStringLiteral("\\u001B[2J")
                          << 1;
    QTest::newRow("lint --json") << QStringList{QStringLiteral("lint"), QStringLiteral("--json")}
                                 << QStringLiteral("\\u202E") << 1;
    QTest::newRow("prompt") << QStringList{QStringLiteral("prompt")}
                            << QStringLiteral("calm\\u001B[2J") << 0;
    QTest::newRow("prompt --shot")
        << QStringList{QStringLiteral("prompt"), QStringLiteral("--shot"), QStringLiteral("2")}
        << QStringLiteral("she turns\\u001B[31m") << 0;
    QTest::newRow("estimate") << QStringList{QStringLiteral("estimate")}
                              << QStringLiteral("evil\\u001B[2Jmodel") << 0;
    QTest::newRow("validate") << QStringList{QStringLiteral("validate")}
                              << QStringLiteral("evil\\u001B[2J\\u202E.shotbrief")
                              << 2; // the unknown model
}

void tst_CliHostile::commandsPrintNoControls()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);
    QFETCH(int, exitCode);
    const Run r = run(arguments << m_project);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(!(r.out + r.err).isEmpty(), "no output");
    for (const QByteArray &stream : {r.out, r.err}) {
        // Bytes first: no raw ESC, CR or NUL whatever the decoding; then characters. (Failure
        // messages show the output escaped, so that they cannot garble the test log either.)
        const QString text = QString::fromUtf8(stream);
        const QByteArray shownSafely = Cli::terminalSafe(text, Cli::Layout::Keep).toUtf8();
        QVERIFY2(!stream.contains('\x1b'), shownSafely.constData());
        QVERIFY2(!stream.contains('\r'), shownSafely.constData());
        QVERIFY2(!stream.contains('\0'), shownSafely.constData());
        const int at = firstDriving(text);
        if (at >= 0)
            QFAIL(qPrintable(QStringLiteral("U+%1 at %2 in: %3")
                                 .arg(text.at(at).unicode(), 4, 16, QLatin1Char('0'))
                                 .arg(at)
                                 .arg(QString::fromUtf8(shownSafely))));
    }
    const QString all = QString::fromUtf8(r.out + r.err);
    QVERIFY2(all.contains(shown), qPrintable(all));
    for (const QString &line : all.split(u'\n'))
        QVERIFY2(!line.startsWith(QLatin1String("forged line")),
                 qPrintable(Cli::terminalSafe(all, Cli::Layout::Keep)));
}

void tst_CliHostile::jsonKeepsTheText()
{
    const Run r = run({QStringLiteral("lint"), QStringLiteral("--json"), m_project});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.object().value(QStringLiteral("file")).toString(), m_project);
    const QJsonArray findings = document.object().value(QStringLiteral("findings")).toArray();
    bool sawLabel = false;
    for (const QJsonValue &finding : findings) {
        const QString label = finding.toObject().value(QStringLiteral("label")).toString();
        if (label.isEmpty())
            continue;
        QVERIFY2(label.endsWith(Hostile), qPrintable(Cli::terminalSafe(label)));
        sawLabel = true;
    }
    QVERIFY2(sawLabel, r.out.constData());
}

QTEST_GUILESS_MAIN(tst_CliHostile)
#include "tst_clihostile.moc"
