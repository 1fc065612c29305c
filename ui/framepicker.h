// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ShotBrief {

/// One picture of a shot in the inspector, its first or its last frame: a thumbnail, a line
/// that checks its size against the shot's, and the ways to set it (a file, the clipboard,
/// a drop, the previous shot's circled take for a first frame). It only asks: the inspector
/// fits the picture, stores it and makes the undoable edit.
class FramePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FramePicker)

public:
    enum class Kind { First, Last };

    explicit FramePicker(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Shows `picturePath` (absolute, empty: none) against the shot's `shotSize`; `note`
    /// replaces the size check (a chained first frame says where it comes from); `enabled`
    /// false greys the buttons out (a chained first frame, a read-only project).
    void showPicture(const QString &picturePath, const QString &displayName,
                     const QString &shotSize, const QString &note, bool enabled);

    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *pasteButton() const { return m_paste; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *thumbnail() const { return m_thumbnail; }
    QString checkText() const;
    /// Says what went wrong with the last attempt to set the picture, in the check line.
    void showProblem(const QString &text);

Q_SIGNALS:
    void fileChosen(const QString &path);
    void imagePasted(const QImage &image); ///< From the clipboard or a drop of image data.
    void fromPreviousRequested();
    void clearRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choose();
    void paste();

    Kind m_kind;
    bool m_enabled = true;
    QString m_shown; ///< What the thumbnail and check show now (path, size, note, date).
    QLabel *m_thumbnail = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_check = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace ShotBrief
