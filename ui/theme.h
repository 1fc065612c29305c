// SPDX-License-Identifier: MIT
#pragma once

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

} // namespace ShotBrief::Theme
