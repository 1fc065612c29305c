// SPDX-License-Identifier: MIT
#pragma once

// A saved project with real clips for the conform tests: five shots of 4, 8, 4, 4 and 8
// seconds; every shot but the fourth has two ready takes ("take-N-a", circled, and
// "take-N-b"), each a real 24 fps clip in Name.media/clips/<take id>.mp4; the fourth has no
// take, so edit lists show it as a slate.

#include "conform/xmltree.h"
#include "model/project.h"

#include <QString>
#include <QTemporaryDir>

namespace ShotBrief::ConformTest {

struct Fixture
{
    QTemporaryDir dir;
    Project project;
    QString projectPath;

    /// Builds and saves the project; false (with a message in `error`) when ffmpeg fails.
    bool make(QString *error);
    /// The absolute path of a take's clip.
    QString clipOf(const QString &takeId) const;
};

/// The project's shot ids, in order.
QStringList shotOrder(const Project &project);

/// Writes an element tree back as XML (what an editor saving the file would do).
QByteArray writeXml(const XmlElement &root);

/// The first element named `name` anywhere under `element` (depth first), or null.
XmlElement *findElement(XmlElement &element, const QString &name);

} // namespace ShotBrief::ConformTest
