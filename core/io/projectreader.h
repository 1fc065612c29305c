// SPDX-License-Identifier: MIT
#pragma once

#include "io/projectfile.h"

namespace ShotBrief {

/// Reads project bytes in one streaming pass (nlohmann's SAX parser straight into the model,
/// no JSON DOM), then runs the validator once. Internal to core/io; ProjectFile::parse() is the
/// public door.
Result<LoadedProject> readProject(QByteArrayView bytes, const QString &fileName);

} // namespace ShotBrief
