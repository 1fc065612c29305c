// SPDX-License-Identifier: MIT
#include "readlimits.h"

#include "filekeys.h"
#include "jsontext.h"
#include "projectfile.h"

#include "model/textposition.h"

#include <QCoreApplication>

#include <algorithm>
#include <string_view>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProjectFile)
};

/// What the model may take while loading: this much plus a multiple of the file size. Real
/// projects take about 3 times their file size (tests/bench/io).
constexpr std::size_t ModelBudgetBase = 64u * 1024 * 1024;
constexpr std::size_t ModelBudgetFactor = 6;

/// A 5,000-shot sequence with 50 scenes and 10 cast members costs about a million look-ups.
constexpr qint64 MaxValidationLookups = 100'000'000;

/// The number of string comparisons validateProject()'s linear look-ups make, at most.
qint64 lookupCost(const Project &project)
{
    qint64 cost = 0;
    for (const Shot &shot : project.shots) {
        if (!shot.sceneId.isEmpty())
            cost += project.scenes.size();
        cost += qint64(shot.castIds.size()) * project.cast.size();
        for (const Take &take : shot.takes)
            cost += take.parentTakeId.isEmpty() ? 0 : shot.takes.size();
    }
    return cost;
}

} // namespace

ReadLimits::ReadLimits(QByteArrayView bytes, const QString &fileName)
    : m_bytes(bytes)
    , m_fileName(fileName)
    , m_budget(ModelBudgetBase + ModelBudgetFactor * std::size_t(bytes.size()))
{}

Error ReadLimits::fileError(const QString &message) const
{
    Error e;
    e.file = m_fileName;
    e.message = message;
    return e;
}

std::optional<Error> ReadLimits::checkSize() const
{
    if (m_bytes.size() <= ProjectFile::MaxFileBytes)
        return std::nullopt;
    return fileError(ReaderText::tr("the file is %1 MB; project files over %2 MB are refused")
                         .arg(m_bytes.size() / (1024 * 1024))
                         .arg(ProjectFile::MaxFileBytes / (1024 * 1024)));
}

std::optional<Error> ReadLimits::checkStructure()
{
    const std::string_view text(m_bytes.data(), std::size_t(m_bytes.size()));
    std::size_t objectCount = 0;
    if (const auto problem = JsonText::prescan(
            text, ProjectFile::MaxNestingDepth, std::size_t(ProjectFile::MaxStringBytes),
            FileKeys::projectKeys[FileKeys::PShots], &m_shotCount, &objectCount)) {
        Error e = fileError(
            problem->kind == JsonText::ScanProblem::TooDeep
                ? ReaderText::tr("nested deeper than %1 levels").arg(ProjectFile::MaxNestingDepth)
                : ReaderText::tr("a string longer than %1 KiB")
                      .arg(ProjectFile::MaxStringBytes / 1024));
        const TextPosition at = textPositionAt(m_bytes, qsizetype(problem->offset));
        e.line = at.line;
        e.column = at.column;
        return e;
    }
    // Every object becomes at least the smallest model object; the shot count is exact.
    const std::size_t atLeast =
        std::max(m_shotCount * sizeof(Shot), objectCount * sizeof(DialogueLine));
    if (atLeast <= m_budget)
        return std::nullopt;
    Error e = fileError(
        ReaderText::tr("opening this file would take more than %1 MB of memory: %2 objects "
                       "(%3 shots) in %4 MB")
            .arg(m_budget / (1024 * 1024))
            .arg(objectCount)
            .arg(m_shotCount)
            .arg(m_bytes.size() / (1024 * 1024)));
    if (m_shotCount * sizeof(Shot) > m_budget)
        e.field = QString::fromLatin1(FileKeys::projectKeys[FileKeys::PShots].data());
    return e;
}

qsizetype ReadLimits::shotCapacity() const
{
    return qsizetype(std::min(m_shotCount, m_budget / sizeof(Shot)));
}

QString ReadLimits::overBudgetMessage() const
{
    return ReaderText::tr(
               "opening this file would take more than %1 MB of memory: it holds too many "
               "items for its size")
        .arg(m_budget / (1024 * 1024));
}

std::optional<Error> ReadLimits::checkLookups(const Project &project) const
{
    const qint64 cost = lookupCost(project);
    if (cost <= MaxValidationLookups)
        return std::nullopt;
    return fileError(
        ReaderText::tr("the project has too many cross-references to check (%1 look-ups of "
                       "scenes, cast members and parent takes)")
            .arg(cost));
}

} // namespace ShotBrief
