// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ShotBrief {

/// What a take's prompt changed against a reference prompt, word by word.
struct PromptDelta
{
    QStringList added;   ///< Runs of consecutive words only in the other prompt.
    QStringList removed; ///< Runs of consecutive words only in the reference.

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty(); }
    /// "+ wet neon; - dry asphalt", or "same prompt"; cut to `maxChars`.
    QString summary(int maxChars = 200) const;

    bool operator==(const PromptDelta &) const = default;
};

/// A word-level diff (longest common subsequence) of `reference` and `other`.
PromptDelta promptDelta(const QString &reference, const QString &other);

} // namespace ShotBrief
