// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"
#include "exportoptions.h"

#include <QByteArray>

namespace ShotBrief {

/// The prompt sheet as one self-contained HTML file (UTF-8): styles inline, pictures
/// embedded as data: URIs (JPEG, at most 640 px), slates drawn in CSS from the palette,
/// every user text escaped. Works without a QGuiApplication.
QByteArray exportHtml(const ExportData &data, const ExportProgress &progress = {},
                      bool *canceled = nullptr);

} // namespace ShotBrief
