// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <optional>

namespace ShotBrief {

/// What reading one project file may cost, so that a hostile or broken file cannot take
/// unbounded time or memory (tests/reliability): the file's size, nesting depth and string
/// length before any parser sees it, the memory the model takes while it is built, and the
/// look-ups validation will make. Messages name the file. Internal to core/io.
class ReadLimits
{
public:
    ReadLimits(QByteArrayView bytes, const QString &fileName);

    /// Refuses files over ProjectFile::MaxFileBytes.
    std::optional<Error> checkSize() const;
    /// One cheap pass before the parser (JsonText::prescan): nesting depth and string length,
    /// and whether the objects the file holds could fit the memory budget at all (tiny JSON
    /// can stand for big model objects: "{}," is 3 bytes, a Shot several hundred).
    std::optional<Error> checkStructure();
    /// The shots the pre-scan counted, bounded by the budget: reserved once instead of growing
    /// (which would briefly need the old and the new block together).
    qsizetype shotCapacity() const;

    /// Counts an estimate of the bytes the model takes; false once over the budget.
    bool charge(std::size_t bytes)
    {
        m_used += bytes;
        return m_used <= m_budget;
    }
    /// Why charge() said no.
    QString overBudgetMessage() const;
    /// Estimated heap cost of a QString holding this many bytes of UTF-8.
    static std::size_t stringCost(std::size_t utf8Bytes) { return 32 + 2 * utf8Bytes; }

    /// validateProject() looks scenes, cast and parent takes up by linear search; a file can be
    /// made so that this takes hours. Refuses what no real project comes near.
    std::optional<Error> checkLookups(const Project &project) const;

private:
    Error fileError(const QString &message) const;

    QByteArrayView m_bytes;
    QString m_fileName;
    std::size_t m_budget = 0;
    std::size_t m_used = 0;
    std::size_t m_shotCount = 0;
};

} // namespace ShotBrief
