// SPDX-License-Identifier: MIT
#include "promptcomposer.h"

#include <QStringList>

namespace ShotBrief {

namespace {

/// "shallow depth of field" reads twice after the "Depth of field:" label; keep the rest.
QString depthOfFieldWords(const DepthOfFieldTerm &term)
{
    QString phrase = term.phrase().trimmed();
    static const QLatin1String suffix(" depth of field");
    if (term.preset != DepthOfField::Custom && phrase.endsWith(suffix))
        phrase.chop(suffix.size());
    return phrase;
}

QString firstNonEmpty(const QString &own, const QString &fallback)
{
    const QString trimmed = own.trimmed();
    return trimmed.isEmpty() ? fallback.trimmed() : trimmed;
}

QString sceneBlock(const Project &project, const Shot &shot)
{
    QStringList lines;
    for (const QString &castId : shot.castIds) {
        const CastMember *member = project.castById(castId);
        if (!member)
            continue;
        const QString name = member->name.trimmed();
        // The identity goes in as written: consistency across shots depends on the exact words.
        const QString identity = member->identity.trimmed();
        if (name.isEmpty() && identity.isEmpty())
            continue;
        if (identity.isEmpty())
            lines << name;
        else if (name.isEmpty())
            lines << identity;
        else
            lines << name + QLatin1String(", ") + identity;
    }
    const QString prose = shot.sceneProse.trimmed();
    if (!prose.isEmpty())
        lines << prose;
    return lines.join(QLatin1Char('\n'));
}

QString cameraShotLine(const Shot &shot)
{
    QStringList framingAndAngle;
    if (shot.framing.isSet())
        framingAndAngle << shot.framing.phrase().trimmed();
    if (shot.angle.isSet())
        framingAndAngle << shot.angle.phrase().trimmed();
    framingAndAngle.removeAll(QString());
    QStringList parts;
    if (!framingAndAngle.isEmpty())
        parts << framingAndAngle.join(QLatin1String(", "));
    if (shot.movement.isSet() && !shot.movement.phrase().trimmed().isEmpty())
        parts << shot.movement.phrase().trimmed();
    return parts.join(QLatin1String("; "));
}

QString cinematographyBlock(const Project &project, const Shot &shot)
{
    QStringList lines;
    const auto add = [&lines](const char *label, const QString &value) {
        if (!value.isEmpty())
            lines << QLatin1String(label) + QLatin1String(": ") + value;
    };
    add("Camera shot", cameraShotLine(shot));
    if (shot.depthOfField.isSet())
        add("Depth of field", depthOfFieldWords(shot.depthOfField));
    add("Lens/style", firstNonEmpty(shot.lensStyle, project.style.lensStyle));

    const QString lighting = firstNonEmpty(shot.lighting, project.style.lighting);
    QString palette = paletteNames(shot.palette);
    if (palette.isEmpty())
        palette = paletteNames(project.style.palette);
    QString lightingAndPalette = lighting;
    if (!palette.isEmpty()) {
        if (!lightingAndPalette.isEmpty())
            lightingAndPalette += QLatin1String("; ");
        lightingAndPalette += QLatin1String("palette: ") + palette;
    }
    add("Lighting + palette", lightingAndPalette);
    add("Mood", firstNonEmpty(shot.mood, project.style.mood));
    if (lines.isEmpty())
        return QString();
    return QLatin1String("Cinematography:\n") + lines.join(QLatin1Char('\n'));
}

QString actionsBlock(const Shot &shot)
{
    QStringList lines;
    for (const QString &beat : shot.actionBeats) {
        const QString trimmed = beat.trimmed();
        if (!trimmed.isEmpty())
            lines << QLatin1String("- ") + trimmed;
    }
    if (lines.isEmpty())
        return QString();
    return QLatin1String("Actions:\n") + lines.join(QLatin1Char('\n'));
}

QString dialogueBlock(const Shot &shot)
{
    QStringList lines;
    for (const DialogueLine &line : shot.dialogue) {
        const QString text = line.line.trimmed();
        if (text.isEmpty())
            continue;
        const QString speaker = line.speaker.trimmed();
        const QString quoted = QLatin1Char('"') + text + QLatin1Char('"');
        lines << (speaker.isEmpty() ? QLatin1String("- ") + quoted
                                    : QLatin1String("- ") + speaker + QLatin1String(": ") + quoted);
    }
    if (lines.isEmpty())
        return QString();
    return QLatin1String("Dialogue:\n") + lines.join(QLatin1Char('\n'));
}

} // namespace

QString composePrompt(const Project &project, const Shot &shot)
{
    // The block labels stay English whatever the UI language: they are words for the model,
    // in the template of prompting.md. Model, size and seconds are API parameters, never words.
    QStringList blocks{sceneBlock(project, shot), cinematographyBlock(project, shot),
                       actionsBlock(shot), dialogueBlock(shot)};
    blocks.removeAll(QString());
    return blocks.join(QLatin1String("\n\n"));
}

} // namespace ShotBrief
