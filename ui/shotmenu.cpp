// SPDX-License-Identifier: MIT
#include "shotmenu.h"

#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QMenu>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ShotMenuText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ShotMenu)
};

} // namespace

void fillShotMenu(QMenu &menu, const ProjectDocument &document, int row,
                  const ShotMenuActions &actions, const std::function<void(QMenu &)> &addOwnActions)
{
    menu.addAction(ShotMenuText::tr("Insert Shot"), actions.insert);
    if (row >= 0) {
        if (addOwnActions)
            addOwnActions(menu);
        menu.addAction(ShotMenuText::tr("Duplicate"), actions.duplicate);
        QAction *split = menu.addAction(ShotMenuText::tr("Split..."), actions.split);
        const Shot &shot = document.project().shots.at(row);
        split->setEnabled(shot.durationSeconds >= 8);
        menu.addSeparator();
        menu.addAction(shot.cut ? ShotMenuText::tr("Restore to Edit")
                                : ShotMenuText::tr("Mark as Cut"),
                       actions.cutToggle);
        menu.addAction(ShotMenuText::tr("Delete"), actions.remove);
    }
    for (QAction *action : menu.actions())
        action->setEnabled(action->isEnabled() && !document.isReadOnly());
}

} // namespace ShotBrief
