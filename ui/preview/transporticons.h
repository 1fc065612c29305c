// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

class QToolButton;
class QWidget;

namespace ShotBrief {

enum class TransportIcon { Play, Pause, StepBack, StepForward };

/// Solid transport symbols in the widget's text colour: the outline icons some styles
/// (Fusion) give for QStyle::SP_Media* are too faint to find on a light window.
QIcon transportIcon(TransportIcon kind, const QWidget *widget);

/// A flat tool button for the player and compare transport rows (keys drive them, so they
/// never take the focus).
QToolButton *makeTransportButton(QWidget *parent, const QIcon &icon, const QString &toolTip);

} // namespace ShotBrief
