// SPDX-License-Identifier: MIT
#pragma once

#include "model/shot.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace ShotBrief {

/// Splits a 12 s shot into 4 + 8, 8 + 4 or 4 + 4 + 4 (8 s into 4 + 4) and lets the user
/// say which part each action beat goes to.
class SplitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitDialog)

public:
    explicit SplitDialog(const Shot &shot, QWidget *parent = nullptr);

    /// The ways a shot of `seconds` can be split into legal 4 s multiples.
    static QList<QList<int>> splitsFor(int seconds);

    QList<int> durations() const;
    QList<int> beatParts() const;

    QComboBox *splitCombo() const { return m_split; }
    QTableWidget *beatsTable() const { return m_beats; }

private:
    void rebuildBeatChoices();

    Shot m_shot;
    QComboBox *m_split = nullptr;
    QTableWidget *m_beats = nullptr;
};

} // namespace ShotBrief
