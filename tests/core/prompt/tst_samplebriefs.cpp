// SPDX-License-Identifier: MIT
#include "io/projectfile.h"
#include "model/validator.h"
#include "prompt/languagedetection.h"
#include "prompt/linter.h"
#include "prompt/promptcomposer.h"

#include <QFile>
#include <QTest>

using namespace ShotBrief;

/// The samples that ship with the app, read as a user's brief: each composes in its own
/// language and lints with nothing worse than a hint where the brief is deliberately concise.
class tst_SampleBriefs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composesInItsLanguage_data();
    void composesInItsLanguage();
    void chineseSampleIsCleanAndStable();
};

namespace {

QString samplePath(const char *name)
{
    return QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/samples/") + QLatin1String(name) +
           QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".shotbrief");
}

} // namespace

Q_DECLARE_METATYPE(ShotBrief::PromptLanguage)

void tst_SampleBriefs::composesInItsLanguage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<PromptLanguage>("language");
    QTest::addColumn<QString>("header");
    QTest::newRow("English") << samplePath("night-market") << PromptLanguage::English
                             << QStringLiteral("Cinematography:\n");
    QTest::newRow("Chinese") << samplePath("night-market-zh") << PromptLanguage::Chinese
                             << QString::fromUtf8("摄影：\n");
}

void tst_SampleBriefs::composesInItsLanguage()
{
    QFETCH(QString, path);
    QFETCH(PromptLanguage, language);
    QFETCH(QString, header);
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY2(loaded, qPrintable(path));
    const Project &project = loaded->project;
    QVERIFY2(!project.format.promptLanguage.has_value(), "the samples leave it automatic");
    QCOMPARE(effectivePromptLanguage(project), language);
    for (const Shot &shot : project.shots) {
        const QString prompt = composePrompt(project, shot);
        QVERIFY2(prompt.contains(header), qPrintable(prompt));
        for (const QString &id : shot.castIds) {
            const CastMember *member = project.castById(id);
            QVERIFY(member);
            QVERIFY2(prompt.contains(member->identity), "identity word for word");
        }
    }
}

void tst_SampleBriefs::chineseSampleIsCleanAndStable()
{
    const QString path = samplePath("night-market-zh");
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY2(loaded, qPrintable(path));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(QLatin1Char('\n'))));
    const Project &project = loaded->project;
    QVERIFY(validateProject(project).isEmpty());
    QVERIFY(project.shots.size() >= 6);
    QStringList serious;
    for (const LintFinding &finding : lintProject(project)) {
        if (finding.severity != LintSeverity::Hint)
            serious << QStringLiteral("shot %1 %2 %3: %4")
                           .arg(finding.shotIndex + 1)
                           .arg(finding.ruleId, finding.field, finding.message);
        else
            QCOMPARE(project.shots.at(finding.shotIndex).strategy, PromptStrategy::Concise);
    }
    QVERIFY2(serious.isEmpty(), qPrintable(serious.join(QLatin1Char('\n'))));
    // The file is as the app writes it: opening and saving the sample changes nothing.
    // SHOTBRIEF_UPDATE_GOLDEN=1 rewrites it after a format change; review the diff.
    if (qEnvironmentVariableIntValue("SHOTBRIEF_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(ProjectFile::serialize(project));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(ProjectFile::serialize(project), file.readAll());
}

QTEST_GUILESS_MAIN(tst_SampleBriefs)
#include "tst_samplebriefs.moc"
