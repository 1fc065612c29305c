// SPDX-License-Identifier: MIT
#include "preflight.h"

#include "model/shotname.h"

#include <QCoreApplication>

#include <algorithm>

namespace ShotBrief {

namespace {
struct PreflightText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Preflight)
};
} // namespace

QStringList PreflightReport::refusedShotIds() const
{
    QStringList ids;
    for (const PreflightProblem &problem : problems)
        ids << problem.shotId;
    return ids;
}

QString PreflightReport::details() const
{
    return paragraphs().join(QLatin1String("\n\n"));
}

QStringList PreflightReport::paragraphs() const
{
    QStringList paragraphs;
    for (const PreflightProblem &problem : problems) {
        QStringList reasons;
        for (const LintFinding &finding : problem.findings) {
            QString reason = finding.message;
            if (!finding.advice.isEmpty())
                reason += QLatin1Char(' ') + PreflightText::tr("Fix: %1").arg(finding.advice);
            reasons << reason;
        }
        paragraphs << PreflightText::tr("%1: %2").arg(problem.shotTitle,
                                                      reasons.join(QLatin1Char(' ')));
    }
    return paragraphs;
}

QString PreflightReport::headline() const
{
    if (problems.isEmpty())
        return {};
    QStringList titles;
    for (const PreflightProblem &problem : problems)
        titles << problem.shotTitle;
    // A long batch names the first few: the details list them all.
    constexpr int Named = 5;
    QString named = titles.mid(0, Named).join(PreflightText::tr(", "));
    if (titles.size() > Named)
        named = PreflightText::tr("%1 and %n more", nullptr, int(titles.size() - Named)).arg(named);
    return PreflightText::tr("Nothing was sent: the provider would refuse %n shot(s) (%1).",
                             nullptr, int(titles.size()))
        .arg(named);
}

PreflightReport preflightCheck(const Project &project, const QStringList &shotIds,
                               const ProviderCapabilities &capabilities,
                               const ImageSizeProvider &imageSize)
{
    PreflightReport report;
    QList<int> indexes;
    for (const QString &id : shotIds) {
        const int index = project.shotIndex(id);
        if (index >= 0 && !indexes.contains(index))
            indexes << index;
    }
    for (int index : std::as_const(indexes)) {
        PreflightProblem problem;
        for (const LintFinding &finding : lintShot(project, index, capabilities, imageSize)) {
            if (finding.severity == LintSeverity::Error)
                problem.findings << finding;
        }
        if (problem.findings.isEmpty()) {
            report.sendable << project.shots.at(index).id;
            continue;
        }
        problem.shotId = project.shots.at(index).id;
        problem.shotIndex = index;
        problem.shotTitle = shotTitle(project, index);
        report.problems << problem;
    }
    std::sort(report.problems.begin(), report.problems.end(),
              [](const PreflightProblem &a, const PreflightProblem &b) {
                  return a.shotIndex < b.shotIndex;
              });
    return report;
}

} // namespace ShotBrief
