// SPDX-License-Identifier: MIT
#pragma once

#include "comparetake.h"

#include "model/project.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoFrame;

namespace ShotBrief {

class CompareEngine;
class CompareTile;
class WipeView;

/// Two to four takes of one shot side by side, playing in lock step, heard from one of them;
/// each labelled with its parameters, cost and prompt delta against the first. Circling is
/// deliberate: keys 1-4, a double-click on a tile, or the Circle button for the tile a click
/// selected (circleRequested: the document makes the undoable edit). Space plays, Left/Right
/// step a frame, W toggles the A/B wipe (the circled take on side A) with its divider.
class ComparePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePanel)

public:
    explicit ComparePanel(QWidget *parent = nullptr);
    ~ComparePanel() override;

    /// The shot's takes `takeIds` (at most 4; empty: its latest ready takes), media resolved
    /// beside `projectPath`. Called again for the same takes and files (any other edit of the
    /// project), it only updates the labels: the players keep their place.
    void setShot(const Project &project, const QString &projectPath, const QString &shotId,
                 const QStringList &takeIds = {});
    void setTakes(const QString &shotId, const QList<CompareTake> &takes,
                  const QString &circledTakeId = {});
    /// Reflects the document after a circle edit.
    void setCircledTake(const QString &takeId);

    QString shotId() const { return m_shotId; }
    QList<CompareTake> takes() const { return m_takes; }
    /// How many times the players were (re)loaded.
    int loadCount() const { return m_loadCount; }
    CompareEngine *engine() const { return m_engine; }
    CompareTile *tile(int index) const;
    WipeView *wipeView() const { return m_wipe; }
    QToolButton *circleButton() const { return m_circleButton; }
    /// The tile a click selected, -1 for none.
    int selectedIndex() const { return m_selected; }
    /// The takes on the wipe's sides (indexes into takes()).
    int wipeIndexA() const;
    int wipeIndexB() const;
    bool isWipeMode() const;
    /// The take whose sound plays (its frame is "the current frame" of the grid).
    int heardTake() const;

    /// Builds the compare entries of a shot's takes (parameters, delta, cost).
    static QList<CompareTake> compareTakes(const Project &project, const QString &projectPath,
                                           const Shot &shot, const QStringList &takeIds);

public Q_SLOTS:
    void setWipeMode(bool wipe);
    void setAudioTake(int index);
    void requestCircle(int index);
    void selectTile(int index);

Q_SIGNALS:
    void circleRequested(const QString &shotId, const QString &takeId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuildTiles();
    static QString loadKey(const QString &projectPath, const Shot &shot,
                           const QList<CompareTake> &takes);
    void onFrame(int index, const QVideoFrame &frame);
    void onPosition(qint64 ms);
    void updateWipeLabels();
    int takeNumber(int index) const; ///< As the tiles name it.

    QString m_shotId;
    QString m_circledTakeId;
    QList<CompareTake> m_takes;
    QList<CompareTile *> m_tiles;
    CompareEngine *m_engine = nullptr; // owned (child)
    QStackedWidget *m_stack = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    WipeView *m_wipe = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_wipeButton = nullptr;
    QToolButton *m_circleButton = nullptr;
    int m_selected = -1;
    QSlider *m_slider = nullptr;
    QLabel *m_timeLabel = nullptr;
    QComboBox *m_audioBox = nullptr;
    QComboBox *m_wipeA = nullptr;
    QComboBox *m_wipeB = nullptr;
    bool m_sliderBusy = false;
    QString m_loadKey; ///< What the players hold (see loadKey).
    int m_loadCount = 0;
};

} // namespace ShotBrief
