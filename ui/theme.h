// SPDX-License-Identifier: MIT
#pragma once

#include "prompt/linter.h"

#include <QColor>
#include <QPalette>

class QApplication;

namespace ShotBrief::Theme {

enum class Mode { System, Light, Dark };

/// Fusion with a light or dark palette. `System` reads the platform's palette (Qt 6.4 has no
/// colorScheme()): a dark window colour means a dark desktop.
void apply(QApplication &app, Mode mode = Mode::System);
bool isDark(const QPalette &palette);
QPalette darkPalette();
QPalette lightPalette();

/// The colour of a lint severity, the one the prompt panel, the timeline and the window all
/// use: one hue per severity, readable as text or a mark on `palette`'s window, base and
/// buttons (WCAG 4.5:1), so darker on a light palette and lighter on a dark one.
QColor severityColor(LintSeverity severity, const QPalette &palette);
/// Black or white, whichever reads better on `background` (a severity badge's count).
QColor textOn(const QColor &background);
/// The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace ShotBrief::Theme
