// SPDX-License-Identifier: MIT
#include "mediaimagesizes.h"

#include "io/projectfile.h"

#include <QImageReader>

namespace ShotBrief {

std::function<QSize(const QString &)> mediaImageSizes(const QString &projectPath)
{
    if (projectPath.isEmpty())
        return {};
    return [projectPath](const QString &relativePath) {
        const Result<QString> path = ProjectFile::resolveMediaPath(projectPath, relativePath);
        if (!path)
            return QSize();
        QImageReader reader(*path);
        return reader.size();
    };
}

} // namespace ShotBrief
