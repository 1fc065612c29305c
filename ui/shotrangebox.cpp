// SPDX-License-Identifier: MIT
#include "shotrangebox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ShotBrief {

ShotRangeBox::ShotRangeBox(const Project &project, const QStringList &selectedShotIds,
                           QWidget *parent)
    : QGroupBox(tr("Shots"), parent)
    , m_selectedShotIds(selectedShotIds)
    , m_hasScenes(!project.scenes.isEmpty())
{
    for (const Shot &shot : project.shots)
        m_shots.append({shot.id, shot.sceneId});
    m_all = new QRadioButton(tr("&All shots (%1)").arg(project.shots.size()), this);
    m_selected = new QRadioButton(tr("&Selected shots (%1)").arg(selectedShotIds.size()), this);
    m_sceneShots = new QRadioButton(tr("S&cene:"), this);
    m_scene = new QComboBox(this);
    m_scene->setAccessibleName(tr("Scene"));
    for (const Scene &scene : project.scenes)
        m_scene->addItem(scene.title.isEmpty() ? scene.id : scene.title, scene.id);
    auto *sceneRow = new QHBoxLayout;
    sceneRow->addWidget(m_sceneShots);
    sceneRow->addWidget(m_scene, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_all);
    layout->addWidget(m_selected);
    layout->addLayout(sceneRow);
    m_all->setChecked(true);
    for (QRadioButton *button : {m_all, m_selected, m_sceneShots}) {
        connect(button, &QRadioButton::toggled, this, [this] {
            updateEnabled();
            Q_EMIT changed();
        });
    }
    connect(m_scene, &QComboBox::currentIndexChanged, this, &ShotRangeBox::changed);
    updateEnabled();
}

QStringList ShotRangeBox::shotIds() const
{
    if (m_selected->isChecked())
        return m_selectedShotIds;
    QStringList ids;
    if (m_sceneShots->isChecked()) {
        const QString sceneId = m_scene->currentData().toString();
        for (const auto &[shotId, shotScene] : m_shots) {
            if (shotScene == sceneId)
                ids.append(shotId);
        }
    }
    return ids;
}

int ShotRangeBox::count() const
{
    return m_all->isChecked() ? int(m_shots.size()) : int(shotIds().size());
}

QString ShotRangeBox::rangeKey() const
{
    return m_selected->isChecked()     ? QStringLiteral("selected")
           : m_sceneShots->isChecked() ? QStringLiteral("scene")
                                       : QStringLiteral("all");
}

void ShotRangeBox::setRangeKey(const QString &key)
{
    // A selection only makes sense if there is one now; otherwise fall back to all shots.
    if (key == QLatin1String("selected") && !m_selectedShotIds.isEmpty())
        m_selected->setChecked(true);
    else if (key == QLatin1String("scene") && m_hasScenes)
        m_sceneShots->setChecked(true);
    else
        m_all->setChecked(true);
}

void ShotRangeBox::updateEnabled()
{
    m_selected->setEnabled(!m_selectedShotIds.isEmpty());
    m_sceneShots->setEnabled(m_hasScenes);
    m_scene->setEnabled(m_sceneShots->isChecked() && m_hasScenes);
    if ((!m_selected->isEnabled() && m_selected->isChecked()) ||
        (!m_sceneShots->isEnabled() && m_sceneShots->isChecked()))
        m_all->setChecked(true);
}

} // namespace ShotBrief
