// SPDX-License-Identifier: MIT
#include "screenplay.h"

#include <QSet>

namespace ShotBrief::Script {

int Screenplay::speechCount() const
{
    int count = 0;
    for (const ScriptScene &scene : scenes) {
        for (const ScriptElement &element : scene.elements)
            count += element.kind == ElementKind::Speech ? 1 : 0;
    }
    return count;
}

int Screenplay::elementCount() const
{
    int count = 0;
    for (const ScriptScene &scene : scenes)
        count += int(scene.elements.size());
    return count;
}

QStringList Screenplay::speakers() const
{
    QStringList names;
    QSet<QString> seen;
    for (const ScriptScene &scene : scenes) {
        for (const ScriptElement &element : scene.elements) {
            if (element.kind != ElementKind::Speech || element.speaker.isEmpty())
                continue;
            const QString key = element.speaker.toCaseFolded();
            if (!seen.contains(key)) {
                seen.insert(key);
                names << element.speaker;
            }
        }
    }
    return names;
}

} // namespace ShotBrief::Script
