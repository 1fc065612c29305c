// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QMenu;

namespace ShotBrief {

class ProjectDocument;

/// What a right click on a shot does, wired by the view that shows the shots.
struct ShotMenuActions
{
    std::function<void()> insert;
    std::function<void()> duplicate;
    std::function<void()> split;
    std::function<void()> cutToggle;
    std::function<void()> remove;
};

/// Fills the context menu the timeline and the board grid share: Insert Shot; then, for shot
/// `row` (-1: none), the view's own actions on it (`addOwnActions`), Duplicate, Split (8 s and
/// longer), Mark as Cut or Restore to Edit, Delete. Everything is disabled while the project is
/// read-only.
void fillShotMenu(QMenu &menu, const ProjectDocument &document, int row,
                  const ShotMenuActions &actions,
                  const std::function<void(QMenu &)> &addOwnActions = {});

} // namespace ShotBrief
