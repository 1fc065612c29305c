// SPDX-License-Identifier: MIT
#include "promptcomposer.h"

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

/// Appends blocks and lines with the separators of the template, never an empty section.
/// The linter composes every shot on every edit, so this writes into one buffer.
class PromptWriter
{
public:
    explicit PromptWriter(qsizetype expectedSize) { m_text.reserve(expectedSize); }

    /// Starts a block; its header is written with its first line.
    void beginBlock(QLatin1String header = QLatin1String())
    {
        m_header = header;
        m_linesInBlock = 0;
    }
    void addLine(QStringView line)
    {
        if (line.isEmpty())
            return;
        if (m_linesInBlock == 0) {
            if (!m_text.isEmpty())
                m_text += QLatin1String("\n\n");
            if (m_header.size() > 0) {
                m_text += m_header;
                m_text += QLatin1Char('\n');
            }
        } else {
            m_text += QLatin1Char('\n');
        }
        m_text += line;
        ++m_linesInBlock;
    }
    void addLine(QLatin1String label, QStringView value)
    {
        if (value.isEmpty())
            return;
        m_line.clear();
        m_line += label;
        m_line += QLatin1String(": ");
        m_line += value;
        addLine(m_line);
    }
    QString take() { return std::move(m_text); }
    QString &scratch() { return m_line; }

private:
    QString m_text;
    QString m_line;
    QLatin1String m_header;
    int m_linesInBlock = 0;
};

void writeScene(PromptWriter &writer, const Project &project, const Shot &shot)
{
    writer.beginBlock();
    for (const QString &castId : shot.castIds) {
        const CastMember *member = project.castById(castId);
        if (!member)
            continue;
        const QString name = member->name.trimmed();
        // The identity goes in as written: consistency across shots depends on the exact words.
        const QString identity = member->identity.trimmed();
        if (name.isEmpty() || identity.isEmpty()) {
            writer.addLine(name.isEmpty() ? identity : name);
            continue;
        }
        QString &line = writer.scratch();
        line.clear();
        line += name;
        line += QLatin1String(", ");
        line += identity;
        writer.addLine(line);
    }
    writer.addLine(shot.sceneProse.trimmed());
}

QString cameraShotLine(const Shot &shot)
{
    QString line;
    if (shot.framing.isSet())
        line = shot.framing.phrase().trimmed();
    if (shot.angle.isSet()) {
        const QString angle = shot.angle.phrase().trimmed();
        if (!line.isEmpty() && !angle.isEmpty())
            line += QLatin1String(", ");
        line += angle;
    }
    if (shot.movement.isSet()) {
        const QString movement = shot.movement.phrase().trimmed();
        if (!line.isEmpty() && !movement.isEmpty())
            line += QLatin1String("; ");
        line += movement;
    }
    return line;
}

void writeCinematography(PromptWriter &writer, const Project &project, const Shot &shot)
{
    writer.beginBlock(QLatin1String("Cinematography:"));
    writer.addLine(QLatin1String("Camera shot"), cameraShotLine(shot));
    if (shot.depthOfField.isSet())
        writer.addLine(QLatin1String("Depth of field"), depthOfFieldWords(shot.depthOfField));
    writer.addLine(QLatin1String("Lens/style"),
                   firstNonEmpty(shot.lensStyle, project.style.lensStyle));

    QString lightingAndPalette = firstNonEmpty(shot.lighting, project.style.lighting);
    QString palette = paletteNames(shot.palette);
    if (palette.isEmpty())
        palette = paletteNames(project.style.palette);
    if (!palette.isEmpty()) {
        if (!lightingAndPalette.isEmpty())
            lightingAndPalette += QLatin1String("; ");
        lightingAndPalette += QLatin1String("palette: ") + palette;
    }
    writer.addLine(QLatin1String("Lighting + palette"), lightingAndPalette);
    writer.addLine(QLatin1String("Mood"), firstNonEmpty(shot.mood, project.style.mood));
}

void writeActions(PromptWriter &writer, const Shot &shot)
{
    writer.beginBlock(QLatin1String("Actions:"));
    for (const QString &beat : shot.actionBeats) {
        const QString trimmed = beat.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString &line = writer.scratch();
        line.clear();
        line += QLatin1String("- ");
        line += trimmed;
        writer.addLine(line);
    }
}

void writeDialogue(PromptWriter &writer, const Shot &shot)
{
    writer.beginBlock(QLatin1String("Dialogue:"));
    for (const DialogueLine &dialogue : shot.dialogue) {
        const QString text = dialogue.line.trimmed();
        if (text.isEmpty())
            continue;
        const QString speaker = dialogue.speaker.trimmed();
        QString &line = writer.scratch();
        line.clear();
        line += QLatin1String("- ");
        if (!speaker.isEmpty()) {
            line += speaker;
            line += QLatin1String(": ");
        }
        line += QLatin1Char('"');
        line += text;
        line += QLatin1Char('"');
        writer.addLine(line);
    }
}

} // namespace

QString composePrompt(const Project &project, const Shot &shot)
{
    // The block labels stay English whatever the UI language: they are words for the model,
    // in the template of prompting.md. Model, size and seconds are API parameters, never words.
    PromptWriter writer(shot.sceneProse.size() + 512);
    writeScene(writer, project, shot);
    writeCinematography(writer, project, shot);
    writeActions(writer, shot);
    writeDialogue(writer, shot);
    return writer.take();
}

} // namespace ShotBrief
