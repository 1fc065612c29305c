// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QImage>
#include <QSize>

class QPainter;
class QRectF;

namespace ShotBrief {

/// The fonts of every painted export: DejaVu Sans for Latin text, then Noto Sans CJK SC
/// and JP so that Chinese and Japanese never fall back to empty boxes. When `text` holds
/// kana it is Japanese, and JP comes first so that its kanji get Japanese glyph forms.
QStringList exportFontFamilies(const QString &text = {});
/// True when `text` holds hiragana or katakana.
bool containsKana(const QString &text);

/// Draws a shot's storyboard slate into `rect`: its palette as colour bands (grey when the
/// palette is empty) with the shot label and number in a box. Needs a QGuiApplication.
void paintSlate(QPainter &painter, const QRectF &rect, const ExportShot &shot);

/// The shot's picture (ExportShot::picture: circled take, board or first frame) scaled to fit
/// inside `bounds` without upscaling beyond it; a null image when there is none or it cannot
/// be read. A board's notes need a QGuiApplication.
QImage loadShotPicture(const ExportShot &shot, const QSize &bounds);
/// The picture at `path` scaled to fit inside `bounds` the same way (decoded at the smaller
/// size where the format allows); a null image when it cannot be read.
QImage loadScaledImage(const QString &path, const QSize &bounds);

/// Draws the shot's first and last frames, when it has them, as labelled insets in the bottom
/// corners of `frame` (first on the left, last on the right), so a board shows where the clip
/// begins and ends. Needs a QGuiApplication (text).
void paintFrameInsets(QPainter &painter, const QRectF &frame, const ExportShot &shot);

/// Width / height of the shot's frame ("1280x720" -> 1.78); 16:9 when the size is unknown.
double frameAspect(const QString &size);

} // namespace ShotBrief
