// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief::Cli {

/// `shotbrief-cli review FILE -o DIR [--zip] [--takes circled|all] [--shots RANGE] [--scene ID]
/// [--language en|zh_CN|ja]`: writes a review package. Exit 0 written, 1 it could not be
/// written, 2 bad arguments or an unreadable project.
int runReviewCommand(const QStringList &arguments);

/// `shotbrief-cli review-import FILE FEEDBACK.json... [--include-changed] [--dry-run]`: brings
/// the reviewers' decisions back into the project and saves it. Prints one line per shot a
/// reviewer said something about. Exit 0 all applied, 1 something was skipped (the rest is
/// applied), 2 bad arguments or a file that cannot be read (nothing is applied).
int runReviewImportCommand(const QStringList &arguments);

} // namespace ShotBrief::Cli
