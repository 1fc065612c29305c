// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

#include <QGroupBox>
#include <QStringList>

#include <utility>

class QComboBox;
class QRadioButton;

namespace ShotBrief {

/// Which shots an export covers: all of them, the ones selected on the timeline, or one
/// scene's. Used by the export and review package dialogs.
class ShotRangeBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotRangeBox)

public:
    ShotRangeBox(const Project &project, const QStringList &selectedShotIds,
                 QWidget *parent = nullptr);

    /// The chosen shots by id, in timeline order; empty when all shots are chosen.
    QStringList shotIds() const;
    /// How many shots are chosen.
    int count() const;
    /// "all", "selected" or "scene", for the settings; a choice that is not available now
    /// (no selection, no scenes) falls back to all shots.
    QString rangeKey() const;
    void setRangeKey(const QString &key);

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QList<std::pair<QString, QString>> m_shots; ///< id and scene id of each shot, in order
    QStringList m_selectedShotIds;
    bool m_hasScenes = false;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_sceneShots = nullptr;
    QComboBox *m_scene = nullptr;
};

} // namespace ShotBrief
