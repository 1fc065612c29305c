// SPDX-License-Identifier: MIT
#include "conformreport.h"

#include "cutreading.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

namespace ShotBrief {

namespace {

using CutReading::Text;
using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

QString conformChangeKindKey(ConformChangeKind kind)
{
    switch (kind) {
    case ConformChangeKind::Order:
        return QStringLiteral("order");
    case ConformChangeKind::Circle:
        return QStringLiteral("circle");
    case ConformChangeKind::Trim:
        return QStringLiteral("trim");
    case ConformChangeKind::Cut:
        return QStringLiteral("cut");
    case ConformChangeKind::Restore:
        return QStringLiteral("restore");
    case ConformChangeKind::FitLength:
        return QStringLiteral("fit_length");
    case ConformChangeKind::Import:
        return QStringLiteral("import");
    }
    return {};
}

QString conformReportText(const ConformPlan &plan, bool applied)
{
    QString text;
    const QString file = QFileInfo(plan.cut.fileName).fileName();
    text += Text::tr("%1 (%2, %3 fps): %4 of %5 clips matched to shots.\n")
                .arg(file, editListKindName(plan.cut.kind))
                .arg(plan.cut.fps, 0, 'g', 6)
                .arg(plan.clipsMatched)
                .arg(plan.cut.clips.size());
    int enabled = 0;
    for (const ConformChange &change : plan.changes)
        enabled += change.enabled ? 1 : 0;
    if (enabled == 0) {
        text += Text::tr("The plan already matches the cut: nothing to change.\n");
    } else {
        text += applied ? Text::tr("Changed (%n):\n", nullptr, enabled)
                        : Text::tr("Would change (%n):\n", nullptr, enabled);
        for (const ConformChange &change : plan.changes) {
            if (change.enabled)
                text += QStringLiteral("  %1\n").arg(change.text);
        }
    }
    if (!plan.unmatched.isEmpty()) {
        text += Text::tr("Not matched (%n):\n", nullptr, int(plan.unmatched.size()));
        for (const UnmatchedClip &entry : plan.unmatched) {
            const QString name = entry.clip.name.isEmpty()
                                     ? QFileInfo(entry.clip.mediaPath).fileName()
                                     : entry.clip.name;
            text +=
                QStringLiteral("  %1 \"%2\": %3\n").arg(entry.clip.location, name, entry.reason);
        }
    }
    if (!plan.notes.isEmpty()) {
        text += Text::tr("Notes:\n");
        for (const QString &note : plan.notes)
            text += QStringLiteral("  %1\n").arg(note);
    }
    return text;
}

QByteArray conformReportJson(const ConformPlan &plan, bool applied)
{
    Json changes = Json::array();
    for (const ConformChange &change : plan.changes) {
        if (!change.enabled)
            continue;
        Json entry{{"kind", utf8(conformChangeKindKey(change.kind))}};
        if (!change.shotId.isEmpty()) {
            entry["shot_id"] = utf8(change.shotId);
            entry["shot"] = utf8(change.shotLabel);
        }
        switch (change.kind) {
        case ConformChangeKind::Order:
            entry["moved"] = change.moved;
            break;
        case ConformChangeKind::Circle:
            entry["take_id"] = utf8(change.takeId);
            entry["from_take_id"] = utf8(change.fromTakeId);
            break;
        case ConformChangeKind::Trim:
            entry["take_id"] = utf8(change.takeId);
            entry["in_ms"] = change.inMs;
            entry["out_ms"] = change.outMs;
            entry["from_in_ms"] = change.fromInMs;
            entry["from_out_ms"] = change.fromOutMs;
            break;
        case ConformChangeKind::FitLength:
            entry["seconds"] = change.seconds;
            entry["from_seconds"] = change.fromSeconds;
            break;
        case ConformChangeKind::Import:
            entry["take_id"] = utf8(change.takeId);
            entry["media"] = utf8(change.mediaPath);
            entry["in_ms"] = change.inMs;
            entry["out_ms"] = change.outMs;
            break;
        case ConformChangeKind::Cut:
        case ConformChangeKind::Restore:
            break;
        }
        if (!change.location.isEmpty())
            entry["location"] = utf8(change.location);
        entry["text"] = utf8(change.text);
        changes.push_back(entry);
    }
    Json unmatched = Json::array();
    for (const UnmatchedClip &entry : plan.unmatched) {
        unmatched.push_back(Json{{"location", utf8(entry.clip.location)},
                                 {"name", utf8(entry.clip.name)},
                                 {"media", utf8(entry.clip.mediaPath)},
                                 {"foreign", entry.foreign},
                                 {"media_found", entry.mediaFound},
                                 {"reason", utf8(entry.reason)}});
    }
    Json notes = Json::array();
    for (const QString &note : plan.notes)
        notes.push_back(utf8(note));
    Json order = Json::array();
    for (const QString &id : plan.order)
        order.push_back(utf8(id));
    const Json report{{"edit_list", Json{{"file", utf8(plan.cut.fileName)},
                                         {"format", utf8(editListKindName(plan.cut.kind))},
                                         {"title", utf8(plan.cut.title)},
                                         {"fps", plan.cut.fps},
                                         {"video_tracks", plan.cut.videoTrackCount}}},
                      {"applied", applied},
                      {"clips", plan.cut.clips.size()},
                      {"matched", plan.clipsMatched},
                      {"changes", changes},
                      {"unmatched", unmatched},
                      {"order", order},
                      {"notes", notes}};
    return QByteArray::fromStdString(report.dump(2, ' ', false, Json::error_handler_t::replace)) +
           '\n';
}

} // namespace ShotBrief
