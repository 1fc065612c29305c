// SPDX-License-Identifier: MIT
#include "projectwriter.h"

#include "boardfile.h"
#include "filekeys.h"
#include "io/projectfile.h"
#include "jsontext.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <span>

namespace ShotBrief {

namespace {

using namespace FileKeys;
using OJson = nlohmann::ordered_json;

OJson text(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return OJson(std::string(utf8.constData(), std::size_t(utf8.size())));
}

OJson amount(double value)
{
    return OJson(std::isfinite(value) ? value : 0.0);
}

void put(OJson &object, std::string_view key, OJson value)
{
    JsonText::appendMember(object, std::string(key), std::move(value));
}

/// Timestamps are omitted when null; milliseconds only when there are some, so that a file
/// written by hand with whole seconds stays as it was.
void putTime(OJson &object, std::string_view key, const QDateTime &time)
{
    if (!time.isValid())
        return;
    const QDateTime utc = time.toUTC();
    put(object, key, text(utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate)));
}

OJson parsedObject(const QByteArray &json)
{
    OJson parsed;
    if (json.isEmpty() ||
        !JsonText::parseOrdered(std::string_view(json.constData(), std::size_t(json.size())),
                                parsed, ProjectFile::MaxNestingDepth) ||
        !parsed.is_object())
        return OJson();
    return parsed;
}

/// Unknown keys go last, in the order they were read; a key that is known (or one a caller
/// put into unknownJson by mistake) is never written twice.
void appendUnknown(OJson &object, const OJson &unknown, std::span<const std::string_view> known)
{
    if (!unknown.is_object())
        return;
    for (const auto &[key, value] : unknown.items()) {
        bool isKnown = false;
        for (const std::string_view k : known)
            isKnown = isKnown || k == key;
        if (!isKnown)
            put(object, key, value);
    }
}

void appendUnknown(OJson &object, const QByteArray &unknownJson,
                   std::span<const std::string_view> known)
{
    if (!unknownJson.isEmpty())
        appendUnknown(object, parsedObject(unknownJson), known);
}

OJson palette(const Palette &colors)
{
    OJson array = OJson::array();
    for (const PaletteColor &color : colors) {
        OJson c = OJson::object();
        put(c, colorKeys[CName], text(color.name));
        put(c, colorKeys[CHex], text(color.hex));
        array.push_back(std::move(c));
    }
    return array;
}

OJson strings(const QStringList &list)
{
    OJson array = OJson::array();
    for (const QString &s : list)
        array.push_back(text(s));
    return array;
}

OJson take(const Take &t)
{
    OJson o = OJson::object();
    put(o, takeKeys[TId], text(t.id));
    put(o, takeKeys[TProvider], text(t.provider));
    put(o, takeKeys[TProviderVideoId], text(t.providerVideoId));
    put(o, takeKeys[TKind], text(takeKindKey(t.kind)));
    put(o, takeKeys[TParentTake], text(t.parentTakeId));
    put(o, takeKeys[TPrompt], text(t.prompt));
    put(o, takeKeys[TModel], text(t.model));
    put(o, takeKeys[TSize], text(t.size));
    put(o, takeKeys[TSeconds], t.seconds);
    put(o, takeKeys[TReferenceImage], text(t.referenceImage));
    put(o, takeKeys[TLastFrame], text(t.lastFrame));
    if (!t.requestJson.isEmpty()) {
        OJson request;
        const bool ok = JsonText::parseOrdered(
            std::string_view(t.requestJson.constData(), std::size_t(t.requestJson.size())), request,
            ProjectFile::MaxNestingDepth);
        // Written as the JSON it is (an object, normally). Text that is not JSON at all (a
        // caller's mistake) is kept as a string rather than lost; the reader takes it back.
        put(o, takeKeys[TRequest],
            ok && !request.is_string() ? std::move(request)
                                       : text(QString::fromUtf8(t.requestJson)));
    }
    put(o, takeKeys[TStatus], text(takeStatusKey(t.status)));
    put(o, takeKeys[TProgress], t.progress);
    put(o, takeKeys[TErrorCode], text(t.errorCode));
    put(o, takeKeys[TErrorMessage], text(t.errorMessage));
    putTime(o, takeKeys[TCreatedAt], t.createdAt);
    putTime(o, takeKeys[TSubmittedAt], t.submittedAt);
    putTime(o, takeKeys[TCompletedAt], t.completedAt);
    putTime(o, takeKeys[TExpiresAt], t.expiresAt);
    put(o, takeKeys[TClip], text(t.clipPath));
    put(o, takeKeys[TIn], t.inMs);
    put(o, takeKeys[TOut], t.outMs);
    put(o, takeKeys[TThumbnail], text(t.thumbnailPath));
    put(o, takeKeys[TSpritesheet], text(t.spritesheetPath));
    put(o, takeKeys[TCost], amount(t.costUsd));
    appendUnknown(o, t.unknownJson, takeKeys);
    return o;
}

OJson shot(const Shot &s)
{
    OJson o = OJson::object();
    put(o, shotKeys[ShId], text(s.id));
    put(o, shotKeys[ShLabel], text(s.label));
    put(o, shotKeys[ShScene], text(s.sceneId));
    put(o, shotKeys[ShStrategy], text(promptStrategyKey(s.strategy)));
    put(o, shotKeys[ShSceneProse], text(s.sceneProse));
    put(o, shotKeys[ShFraming], text(s.framing.key()));
    put(o, shotKeys[ShAngle], text(s.angle.key()));
    put(o, shotKeys[ShMovement], text(s.movement.key()));
    put(o, shotKeys[ShDepthOfField], text(s.depthOfField.key()));
    put(o, shotKeys[ShLensStyle], text(s.lensStyle));
    put(o, shotKeys[ShLighting], text(s.lighting));
    put(o, shotKeys[ShPalette], palette(s.palette));
    put(o, shotKeys[ShMood], text(s.mood));
    put(o, shotKeys[ShActionBeats], strings(s.actionBeats));
    OJson dialogue = OJson::array();
    for (const DialogueLine &line : s.dialogue) {
        OJson d = OJson::object();
        put(d, dialogueKeys[DSpeaker], text(line.speaker));
        put(d, dialogueKeys[DLine], text(line.line));
        dialogue.push_back(std::move(d));
    }
    put(o, shotKeys[ShDialogue], std::move(dialogue));
    put(o, shotKeys[ShCast], strings(s.castIds));
    put(o, shotKeys[ShDuration], s.durationSeconds);
    put(o, shotKeys[ShModel], text(s.model));
    put(o, shotKeys[ShSize], text(s.size));
    put(o, shotKeys[ShReferenceImage], text(s.referenceImage));
    put(o, shotKeys[ShLastFrame], text(s.lastFrame));
    put(o, shotKeys[ShChainPrevious], s.chainPrevious);
    put(o, shotKeys[ShNotes], text(s.notes));
    put(o, shotKeys[ShBoard], text(BoardFile::fileNameFor(s.board)));
    OJson takes = OJson::array();
    for (const Take &t : s.takes)
        takes.push_back(take(t));
    put(o, shotKeys[ShTakes], std::move(takes));
    put(o, shotKeys[ShCircledTake], text(s.circledTakeId));
    OJson ref = OJson::object();
    if (s.scriptRef.isSet()) {
        put(ref, scriptRefKeys[RScene], s.scriptRef.scene);
        put(ref, scriptRefKeys[RNumber], text(s.scriptRef.sceneNumber));
        put(ref, scriptRefKeys[RHeading], text(s.scriptRef.heading));
        put(ref, scriptRefKeys[RParagraph], s.scriptRef.paragraph);
        put(ref, scriptRefKeys[RText], text(s.scriptRef.text));
        put(ref, scriptRefKeys[RMark], text(scriptMarkKey(s.scriptRef.mark)));
    }
    put(o, shotKeys[ShScriptRef], std::move(ref));
    OJson reviews = OJson::array();
    for (const Review &r : s.reviews) {
        OJson review = OJson::object();
        put(review, reviewKeys[RReviewer], text(r.reviewer));
        put(review, reviewKeys[RDecision], text(reviewDecisionKey(r.decision)));
        put(review, reviewKeys[RNote], text(r.note));
        put(review, reviewKeys[RPreferredTake], text(r.preferredTakeId));
        putTime(review, reviewKeys[RAt], r.at);
        reviews.push_back(std::move(review));
    }
    put(o, shotKeys[ShReviews], std::move(reviews));
    put(o, shotKeys[ShCut], s.cut);
    appendUnknown(o, s.unknownJson, shotKeys);
    return o;
}

const OJson *member(const OJson &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    for (const auto &[k, v] : object.items()) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

} // namespace

QByteArray writeProject(const Project &project)
{
    const OJson unknown = parsedObject(project.unknownJson);

    OJson root = OJson::object();
    put(root, projectKeys[PSchema], std::max(project.schema, CurrentSchemaVersion));
    put(root, projectKeys[PTitle], text(project.title));

    OJson format = OJson::object();
    put(format, formatKeys[FProvider], text(project.format.provider));
    put(format, formatKeys[FModel], text(project.format.model));
    put(format, formatKeys[FSize], text(project.format.size));
    put(format, formatKeys[FDuration], project.format.durationSeconds);
    // Written only when chosen: automatic is the absence of the key, as in older files.
    if (project.format.promptLanguage)
        put(format, formatKeys[FPromptLanguage],
            text(promptLanguageKey(*project.format.promptLanguage)));
    if (const OJson *extra = member(unknown, projectKeys[PFormat]))
        appendUnknown(format, *extra, formatKeys);
    put(root, projectKeys[PFormat], std::move(format));

    OJson style = OJson::object();
    put(style, styleKeys[SLensStyle], text(project.style.lensStyle));
    put(style, styleKeys[SMood], text(project.style.mood));
    put(style, styleKeys[SLighting], text(project.style.lighting));
    put(style, styleKeys[SPalette], palette(project.style.palette));
    put(style, styleKeys[SNotes], text(project.style.notes));
    if (const OJson *extra = member(unknown, projectKeys[PStyle]))
        appendUnknown(style, *extra, styleKeys);
    put(root, projectKeys[PStyle], std::move(style));

    OJson cast = OJson::array();
    for (const CastMember &m : project.cast) {
        OJson o = OJson::object();
        put(o, castKeys[CmId], text(m.id));
        put(o, castKeys[CmName], text(m.name));
        put(o, castKeys[CmIdentity], text(m.identity));
        put(o, castKeys[CmReferenceImage], text(m.referenceImage));
        appendUnknown(o, m.unknownJson, castKeys);
        cast.push_back(std::move(o));
    }
    put(root, projectKeys[PCast], std::move(cast));

    OJson scenes = OJson::array();
    for (const Scene &s : project.scenes) {
        OJson o = OJson::object();
        put(o, sceneKeys[ScId], text(s.id));
        put(o, sceneKeys[ScTitle], text(s.title));
        put(o, sceneKeys[ScNotes], text(s.notes));
        put(o, sceneKeys[ScNumber], text(s.number));
        appendUnknown(o, s.unknownJson, sceneKeys);
        scenes.push_back(std::move(o));
    }
    put(root, projectKeys[PScenes], std::move(scenes));

    OJson shots = OJson::array();
    for (const Shot &s : project.shots)
        shots.push_back(shot(s));
    put(root, projectKeys[PShots], std::move(shots));

    OJson ledger = OJson::array();
    for (const SpendEntry &e : project.ledger) {
        OJson o = OJson::object();
        put(o, ledgerKeys[LTakeId], text(e.takeId));
        put(o, ledgerKeys[LShotId], text(e.shotId));
        put(o, ledgerKeys[LProvider], text(e.provider));
        put(o, ledgerKeys[LModel], text(e.model));
        put(o, ledgerKeys[LSeconds], e.seconds);
        put(o, ledgerKeys[LAmount], amount(e.amountUsd));
        if (e.actualUsd) // only once the provider said what the job cost
            put(o, ledgerKeys[LActual], amount(*e.actualUsd));
        putTime(o, ledgerKeys[LAt], e.at);
        ledger.push_back(std::move(o));
    }
    put(root, projectKeys[PLedger], std::move(ledger));
    put(root, projectKeys[PSpendingCap], amount(project.spendingCapUsd));
    appendUnknown(root, unknown, projectKeys);

    std::string out = root.dump(2, ' ', false, OJson::error_handler_t::replace);
    out.push_back('\n');
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace ShotBrief
