// SPDX-License-Identifier: MIT
#include "splitdialog.h"

#include "model/shotlabels.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShotBrief {

SplitDialog::SplitDialog(const Shot &shot, const QList<int> &legalDurations,
                         const QStringList &otherLabels, QWidget *parent)
    : QDialog(parent)
    , m_shot(shot)
    , m_otherLabels(otherLabels)
{
    setWindowTitle(tr("Split Shot %1").arg(shot.label));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Two 4-second clips cut together often beat one long clip. "
                                "Choose the parts and where each action beat goes."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_split = new QComboBox(this);
    for (const QList<int> &split : splitsFor(shot.durationSeconds, legalDurations)) {
        QStringList parts;
        for (int seconds : split)
            parts.append(QString::number(seconds));
        m_split->addItem(tr("%1 seconds").arg(parts.join(QStringLiteral(" + "))),
                         QVariant::fromValue(split));
    }
    form->addRow(tr("&Parts:"), m_split);
    layout->addLayout(form);
    m_beats = new QTableWidget(int(shot.actionBeats.size()), 2, this);
    m_beats->setAccessibleName(tr("Action beats and the part each goes to"));
    m_beats->setHorizontalHeaderLabels({tr("Action beat"), tr("Goes to")});
    m_beats->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_beats->verticalHeader()->hide();
    for (int i = 0; i < shot.actionBeats.size(); ++i) {
        auto *item = new QTableWidgetItem(shot.actionBeats.at(i));
        item->setFlags(Qt::ItemIsEnabled);
        m_beats->setItem(i, 0, item);
        auto *part = new QComboBox(m_beats);
        part->setAccessibleName(tr("Part for beat %1").arg(i + 1));
        m_beats->setCellWidget(i, 1, part);
    }
    layout->addWidget(m_beats);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Split"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_split, &QComboBox::currentIndexChanged, this, &SplitDialog::rebuildBeatChoices);
    rebuildBeatChoices();
    resize(520, 360);
}

QList<QList<int>> SplitDialog::splitsFor(int seconds, const QList<int> &legalDurations)
{
    QList<int> legal;
    for (int d : legalDurations) {
        if (d > 0 && d < seconds && !legal.contains(d))
            legal << d;
    }
    std::sort(legal.begin(), legal.end());
    QList<QList<int>> splits;
    // Ascending loops give fewer parts first and, within a part count, the shortest opening.
    for (int a : legal) {
        if (splits.size() < MaxChoices && legal.contains(seconds - a))
            splits.append({a, seconds - a});
    }
    for (int a : legal) {
        for (int b : legal) {
            const int c = seconds - a - b;
            if (splits.size() < MaxChoices && c > 0 && legal.contains(c))
                splits.append({a, b, c});
        }
    }
    return splits;
}

QList<int> SplitDialog::durations() const
{
    return m_split->currentData().value<QList<int>>();
}

QList<int> SplitDialog::beatParts() const
{
    QList<int> parts;
    for (int i = 0; i < m_beats->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_beats->cellWidget(i, 1));
        parts.append(combo ? std::max(0, combo->currentIndex()) : 0);
    }
    return parts;
}

void SplitDialog::rebuildBeatChoices()
{
    const QList<int> split = durations();
    const int beats = m_beats->rowCount();
    for (int i = 0; i < beats; ++i) {
        auto *combo = qobject_cast<QComboBox *>(m_beats->cellWidget(i, 1));
        if (!combo)
            continue;
        combo->clear();
        const QStringList labels = splitShotLabels(m_shot.label, int(split.size()), m_otherLabels);
        for (int p = 0; p < split.size(); ++p) {
            const QString part =
                labels.value(p).isEmpty() ? tr("Part %1").arg(p + 1) : labels.value(p);
            combo->addItem(tr("%1 (%2 s)").arg(part).arg(split.at(p)));
        }
        // Spread the beats evenly over the parts as a starting point.
        combo->setCurrentIndex(
            split.isEmpty()
                ? -1
                : std::min(int(split.size()) - 1, i * int(split.size()) / std::max(1, beats)));
    }
}

} // namespace ShotBrief
