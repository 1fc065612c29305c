// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>

namespace ShotBrief {

/// The prompts with their parameters as pretty-printed UTF-8 JSON, ready for a script:
/// each shot carries a `request` object in the Videos API's create shape (model, prompt,
/// seconds as a string, size) and the absolute path of its input reference, next to the
/// brief's parameters, lint findings, estimate and circled take.
QByteArray exportJson(const ExportData &data);

} // namespace ShotBrief
