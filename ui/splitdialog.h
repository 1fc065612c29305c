// SPDX-License-Identifier: MIT
#pragma once

#include "model/shot.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace ShotBrief {

/// Splits a shot into parts whose lengths the provider allows (on Sora: 12 s into 4 + 8,
/// 8 + 4 or 4 + 4 + 4, 8 s into 4 + 4) and lets the user say which part each action beat
/// goes to.
class SplitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitDialog)

public:
    /// `legalDurations`: the lengths the shot's model allows (ProviderCapabilities::durationsFor).
    /// `otherLabels`: the labels of the project's other shots, so that the parts are shown with
    /// the labels they will get ("3A", "3B").
    SplitDialog(const Shot &shot, const QList<int> &legalDurations,
                const QStringList &otherLabels = {}, QWidget *parent = nullptr);

    /// The ways a shot of `seconds` can be cut into 2 or 3 parts of legal lengths: fewer parts
    /// first, then the shortest first part (the guide's advice: open on a short clip); at most
    /// MaxChoices, so a provider with every whole second still gives a short list.
    static QList<QList<int>> splitsFor(int seconds, const QList<int> &legalDurations);
    static constexpr int MaxChoices = 8;

    QList<int> durations() const;
    QList<int> beatParts() const;

    QComboBox *splitCombo() const { return m_split; }
    QTableWidget *beatsTable() const { return m_beats; }

private:
    void rebuildBeatChoices();

    Shot m_shot;
    QStringList m_otherLabels;
    QComboBox *m_split = nullptr;
    QTableWidget *m_beats = nullptr;
};

} // namespace ShotBrief
