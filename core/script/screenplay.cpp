// SPDX-License-Identifier: MIT
#include "screenplay.h"

#include "scripttext.h"

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

ScriptScene *Screenplay::sceneForElement(bool create, QStringList &pendingNotes)
{
    if (scenes.isEmpty()) {
        if (!create)
            return nullptr;
        ScriptScene opening;
        opening.opening = true;
        opening.notes = pendingNotes;
        pendingNotes.clear();
        scenes << opening;
    }
    return &scenes.last();
}

void speechWithoutWordsToAction(ScriptElement &speech)
{
    if (speech.kind != ElementKind::Speech || !spokenText(speech.text).isEmpty())
        return;
    speech.kind = ElementKind::Action;
    speech.text = (speech.cue + QLatin1Char(' ') + speech.text).simplified();
    speech.speaker.clear();
    speech.cue.clear();
    speech.dual = false;
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
