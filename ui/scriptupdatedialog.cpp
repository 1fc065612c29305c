// SPDX-License-Identifier: MIT
#include "scriptupdatedialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShotBrief {

using namespace Script;

namespace {
enum Column { ChangeColumn, ShotColumn, SceneColumn, NowColumn, BeforeColumn, ColumnCount };
} // namespace

QString ScriptUpdateDialog::changeName(ScriptChange change)
{
    switch (change) {
    case ScriptChange::Unchanged:
        return tr("Unchanged");
    case ScriptChange::Changed:
        return tr("Script changed");
    case ScriptChange::Added:
        return tr("New shot");
    case ScriptChange::Cut:
        return tr("Cut from script");
    case ScriptChange::Restored:
        return tr("Back in script");
    }
    return {};
}

ScriptUpdateDialog::ScriptUpdateDialog(const QString &scriptFile, const UpdatePlan &plan,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ScriptUpdateDialog"));
    setWindowTitle(tr("Update from Script"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    const QString name = QFileInfo(scriptFile).fileName();
    if (!plan.hasChanges()) {
        m_summary->setText(tr("The project already matches %1: nothing to update.").arg(name));
    } else {
        m_summary->setText(
            tr("%1 against the project: %2 shots changed, %3 new, %4 cut from the script, %5 "
               "back in it; %6 unchanged. Nothing you made is removed: camera, light, palette, "
               "takes, notes and the order of the shots stay; changed shots keep what they "
               "said in their notes.")
                .arg(name)
                .arg(plan.count(ScriptChange::Changed))
                .arg(plan.count(ScriptChange::Added))
                .arg(plan.count(ScriptChange::Cut))
                .arg(plan.count(ScriptChange::Restored))
                .arg(plan.count(ScriptChange::Unchanged)));
    }
    layout->addWidget(m_summary);

    m_changes = new QTableWidget(0, ColumnCount, this);
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setHorizontalHeaderLabels(
        {tr("Change"), tr("Shot"), tr("Scene"), tr("Script now"), tr("Script before")});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changes->setTabKeyNavigation(false);
    m_changes->setWordWrap(false);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    const auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text.simplified());
        item->setToolTip(text);
        return item;
    };
    for (const ScriptChangeEntry &entry : plan.entries) {
        if (entry.change == ScriptChange::Unchanged)
            continue;
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        QString change = changeName(entry.change);
        if (entry.change != ScriptChange::Cut && entry.neededSeconds > entry.seconds)
            change += tr(" (needs %1 s, is %2 s)").arg(entry.neededSeconds).arg(entry.seconds);
        m_changes->setItem(row, ChangeColumn, cell(change));
        m_changes->setItem(row, ShotColumn, cell(entry.label));
        m_changes->setItem(row, SceneColumn, cell(entry.sceneTitle));
        m_changes->setItem(row, NowColumn, cell(entry.newText));
        m_changes->setItem(row, BeforeColumn, cell(entry.oldText));
    }
    m_changes->resizeColumnsToContents();
    m_changes->setColumnWidth(NowColumn, std::min(m_changes->columnWidth(NowColumn), 300));
    layout->addWidget(m_changes, 1);

    QStringList other;
    for (const Scene &scene : plan.addedScenes)
        other << tr("New scene: %1").arg(scene.title);
    for (const QString &rename : plan.renamedScenes)
        other << tr("Scene heading changed: %1").arg(rename);
    for (const CastMember &member : plan.newCast)
        other << tr("New cast member: %1").arg(member.name);
    other << plan.warnings;
    if (!other.isEmpty()) {
        m_other = new QPlainTextEdit(other.join(QLatin1Char('\n')), this);
        m_other->setReadOnly(true);
        m_other->setAccessibleName(tr("Scenes, cast and warnings"));
        m_other->setMaximumHeight(110);
        m_other->setTabChangesFocus(true);
        layout->addWidget(m_other);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply Update"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    m_apply->setEnabled(plan.hasChanges());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 520);
}

} // namespace ShotBrief
