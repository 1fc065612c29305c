// SPDX-License-Identifier: MIT
#include "jsonexport.h"

#include "io/projectfile.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

namespace ShotBrief {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Json optionalString(const QString &text)
{
    return text.isEmpty() ? Json(nullptr) : Json(utf8(text));
}

} // namespace

QByteArray exportJson(const ExportData &data)
{
    Json root = Json::object();
    root["format"] = "shotbrief-prompts";
    root["version"] = 1;
    root["project"] = utf8(data.projectTitle);
    root["exported_at"] = utf8(data.exportedAt.toUTC().toString(Qt::ISODate));
    root["total_seconds"] = data.totalSeconds;
    root["estimate_usd"] = data.estimate.totalUsd;
    root["price_table"] = utf8(data.estimate.tableName);

    Json shots = Json::array();
    for (const ExportShot &item : data.shots) {
        const Shot &shot = *item.shot;
        Json entry = Json::object();
        entry["id"] = utf8(shot.id);
        entry["number"] = item.number;
        entry["label"] = utf8(shot.label);
        entry["scene"] = optionalString(item.sceneTitle);
        entry["strategy"] = utf8(promptStrategyKey(shot.strategy));
        entry["model"] = utf8(item.model);
        entry["size"] = utf8(item.size);
        entry["seconds"] = shot.durationSeconds;
        // How long the shot lasts in the edit: the used part of a trimmed take, the take's
        // length, or the shot's duration when there is no clip (what the edit lists play).
        entry["edit_ms"] = item.lengthMs;
        entry["prompt"] = utf8(item.prompt);

        QString reference;
        if (!shot.referenceImage.isEmpty() && !data.projectPath.isEmpty()) {
            const Result<QString> resolved =
                ProjectFile::resolveMediaPath(data.projectPath, shot.referenceImage);
            if (resolved)
                reference = resolved.value();
        }
        entry["input_reference"] = optionalString(reference);

        // Exactly what a create call takes: seconds travel as a string in the Videos API.
        Json request = Json::object();
        request["model"] = utf8(item.model);
        request["prompt"] = utf8(item.prompt);
        request["seconds"] = std::to_string(shot.durationSeconds);
        request["size"] = utf8(item.size);
        entry["request"] = request;

        Json parameters = Json::object();
        parameters["framing"] = utf8(shot.framing.phrase());
        parameters["angle"] = utf8(shot.angle.phrase());
        parameters["movement"] = utf8(shot.movement.phrase());
        parameters["depth_of_field"] = utf8(shot.depthOfField.phrase());
        parameters["lens_style"] = utf8(item.lensStyle);
        parameters["lighting"] = utf8(item.lighting);
        Json palette = Json::array();
        for (const PaletteColor &color : item.palette)
            palette.push_back(Json{{"name", utf8(color.name)}, {"hex", utf8(color.hex)}});
        parameters["palette"] = palette;
        parameters["mood"] = utf8(item.mood);
        Json beats = Json::array();
        for (const QString &beat : shot.actionBeats)
            beats.push_back(utf8(beat));
        parameters["action_beats"] = beats;
        Json dialogue = Json::array();
        for (const DialogueLine &line : shot.dialogue)
            dialogue.push_back(Json{{"speaker", utf8(line.speaker)}, {"line", utf8(line.line)}});
        parameters["dialogue"] = dialogue;
        Json cast = Json::array();
        for (const QString &castId : shot.castIds) {
            if (const CastMember *member = data.project->castById(castId))
                cast.push_back(utf8(member->name));
        }
        parameters["cast"] = cast;
        entry["parameters"] = parameters;

        Json findings = Json::array();
        for (const LintFinding &finding : item.findings) {
            findings.push_back(Json{{"rule", utf8(finding.ruleId)},
                                    {"severity", utf8(lintSeverityKey(finding.severity))},
                                    {"field", utf8(finding.field)},
                                    {"message", utf8(finding.message)}});
        }
        entry["lint"] = findings;
        Json reviews = Json::array();
        for (const Review &review : shot.reviews) {
            reviews.push_back(Json{{"reviewer", utf8(review.reviewer)},
                                   {"decision", utf8(reviewDecisionKey(review.decision))},
                                   {"note", utf8(review.note)},
                                   {"preferred_take", utf8(review.preferredTakeId)},
                                   {"at", review.at.isValid()
                                              ? Json(utf8(review.at.toUTC().toString(Qt::ISODate)))
                                              : Json(nullptr)}});
        }
        entry["reviews"] = reviews;
        entry["estimate_usd"] = item.estimate.priced ? Json(item.estimate.usd) : Json(nullptr);

        if (item.circledTake) {
            Json outOfDate = Json::array();
            for (const TakeSourceChange &change : item.circledTakeStaleness.changes)
                outOfDate.push_back(utf8(change.description()));
            entry["circled_take"] = Json{{"id", utf8(item.circledTake->id)},
                                         {"number", item.shot->takeIndex(item.circledTake->id) + 1},
                                         {"status", utf8(takeStatusKey(item.circledTake->status))},
                                         {"clip", optionalString(item.clipPath)},
                                         {"in_ms", item.circledTake->inMs},
                                         {"out_ms", item.circledTake->outMs},
                                         {"cost_usd", item.circledTake->costUsd},
                                         {"out_of_date", outOfDate}};
        } else {
            entry["circled_take"] = nullptr;
        }
        shots.push_back(entry);
    }
    root["shots"] = shots;
    // Invalid UTF-8 cannot come from QString, but replace rather than throw on principle.
    return QByteArray::fromStdString(root.dump(2, ' ', false, Json::error_handler_t::replace)) +
           '\n';
}

} // namespace ShotBrief
