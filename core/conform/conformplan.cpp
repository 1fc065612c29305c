// SPDX-License-Identifier: MIT
#include "conformplan.h"

#include "cutreading.h"

#include "export/editlist.h"
#include "io/projectfile.h"
#include "model/shotname.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

using CutReading::Text;

/// Where a take lives: its shot's index and its index in the shot.
struct TakeRef
{
    int shot = -1;
    int take = -1;
};

/// How a clip was recognised, for the report.
enum class MatchedBy { None, Media, Metadata, Tag, Reel, Label };

struct ClipMatch
{
    int shot = -1; ///< Index in project.shots, -1: none.
    int take = -1; ///< Index in the shot's takes, -1: none (a slate, or unknown).
    MatchedBy by = MatchedBy::None;
    bool claimsShotBrief = false; ///< Carries a ShotBrief identity, known here or not.
    QString unknownTake;          ///< A take id the clip names that the shot does not have.
};

QString describeTrim(int inMs, int outMs)
{
    if (inMs == 0 && outMs == 0)
        return Text::tr("the whole clip");
    return Text::tr("%1 to %2 s (%3 s)")
        .arg(inMs / 1000.0, 0, 'f', 2)
        .arg(outMs / 1000.0, 0, 'f', 2)
        .arg((outMs - inMs) / 1000.0, 0, 'f', 2);
}

class Planner
{
public:
    Planner(const Project &project, const QString &projectPath, const EditedCut &cut,
            const ConformOptions &options)
        : m_project(project)
        , m_projectPath(projectPath)
    {
        m_plan.cut = cut;
        m_plan.options = options;
        m_plan.notes = cut.notes;
        if (!projectPath.isEmpty())
            m_mediaDir = QDir::cleanPath(ProjectFile::mediaFolderFor(projectPath));
        for (int s = 0; s < project.shots.size(); ++s) {
            const Shot &shot = project.shots.at(s);
            m_shots.insert(shot.id.toLower(), s);
            m_labels.insert(shot.label.trimmed().toLower(), s);
            for (int t = 0; t < shot.takes.size(); ++t) {
                const Take &take = shot.takes.at(t);
                m_takes.insert(take.id.toLower(), {s, t});
                if (!take.clipPath.isEmpty())
                    m_clipPaths.insert(take.clipPath, {s, t});
                m_reels.insert(reelNameForTake(take.id), {s, t});
            }
        }
    }

    Result<ConformPlan> run()
    {
        const EditedCut &cut = m_plan.cut;
        if (std::fabs(cut.fps - EditListFps) > 0.001)
            return CutReading::error(
                cut.fileName,
                Text::tr("the cut runs at %1 fps, ShotBrief's edit lists at %2 fps: set the "
                         "sequence to %2 fps in the editor and export again")
                    .arg(QString::number(cut.fps, 'g', 6))
                    .arg(EditListFps));

        QList<ClipMatch> matches;
        bool anyOurs = false;
        bool anyClaims = false;
        for (const CutClip &clip : cut.clips) {
            const ClipMatch match = matchClip(clip);
            anyOurs = anyOurs || match.shot >= 0;
            anyClaims = anyClaims || match.claimsShotBrief;
            matches.append(match);
        }
        if (!anyOurs && anyClaims)
            return CutReading::error(
                cut.fileName,
                Text::tr("this edit list comes from another ShotBrief project%1: none of its "
                         "clips is a shot of this one. Open the project it was exported from.")
                    .arg(cut.title.isEmpty() ? QString()
                                             : QStringLiteral(" (\"%1\")").arg(cut.title)));
        if (!anyOurs)
            return CutReading::error(
                cut.fileName,
                Text::tr("no clip of this edit list came from this project (no shot or take ids, "
                         "no clips from its media folder). Export an edit list from ShotBrief, "
                         "edit it, and conform to that."));

        QSet<int> placed;
        QStringList cutOrder; // shot ids (and new ids of imports) in the cut's order
        qint64 expectedRecord = 0;
        for (int i = 0; i < cut.clips.size(); ++i) {
            const CutClip &clip = cut.clips.at(i);
            if (clip.recordIn > expectedRecord)
                m_plan.notes.append(Text::tr("A gap of %1 frames before %2 is closed: ShotBrief "
                                             "plays shots back to back.")
                                        .arg(clip.recordIn - expectedRecord)
                                        .arg(clip.location));
            expectedRecord = clip.recordOut();
            const ClipMatch &match = matches.at(i);
            if (match.shot < 0) {
                if (Result<void> foreign = foreignClip(clip, match, cutOrder); !foreign)
                    return foreign.error();
                continue;
            }
            const Shot &shot = m_project.shots.at(match.shot);
            if (placed.contains(match.shot)) {
                unmatched(clip, Text::tr("%1 is already in the cut earlier; ShotBrief keeps "
                                         "one place per shot, so this use is left out")
                                    .arg(title(shot)));
                continue;
            }
            placed.insert(match.shot);
            cutOrder.append(shot.id);
            ++m_plan.clipsMatched;
            if (match.by == MatchedBy::Label)
                m_plan.notes.append(Text::tr("%1 \"%2\" was matched to %3 by its name only.")
                                        .arg(clip.location, clip.name, title(shot)));
            if (!match.unknownTake.isEmpty())
                m_plan.notes.append(Text::tr("%1 names a take of %3 (%2) that the project "
                                             "does not have: the circled take stays.")
                                        .arg(clip.location, match.unknownTake, title(shot)));
            matchedClip(clip, match, shot);
        }

        // Shots the cut left out: marked cut, never deleted.
        for (int s = 0; s < m_project.shots.size(); ++s) {
            const Shot &shot = m_project.shots.at(s);
            if (placed.contains(s) || shot.cut)
                continue;
            ConformChange change = base(ConformChangeKind::Cut, shot);
            change.text =
                Text::tr("%1 is not in the cut: marked cut (kept in the plan)").arg(title(shot));
            m_plan.changes.append(change);
        }
        finishOrder(cutOrder);
        return m_plan;
    }

private:
    QString title(const Shot &shot) const
    {
        return shotTitle(shot.label, m_project.shotIndex(shot.id));
    }

    ConformChange base(ConformChangeKind kind, const Shot &shot) const
    {
        ConformChange change;
        change.kind = kind;
        change.shotId = shot.id;
        change.shotLabel = shotName(shot.label, m_project.shotIndex(shot.id));
        return change;
    }

    void unmatched(const CutClip &clip, const QString &reason, bool foreign = false)
    {
        UnmatchedClip entry;
        entry.clip = clip;
        entry.reason = reason;
        entry.foreign = foreign;
        entry.mediaFound = !clip.mediaPath.isEmpty() && QFileInfo(clip.mediaPath).isFile();
        m_plan.unmatched.append(entry);
    }

    /// The take a media file is: one of the project's clips, or a file named after a take id
    /// (the editor or a relink moved it).
    std::optional<TakeRef> takeOfMedia(const CutClip &clip) const
    {
        if (!clip.mediaPath.isEmpty() && !m_mediaDir.isEmpty()) {
            const QString relative = QDir(m_mediaDir).relativeFilePath(clip.mediaPath);
            if (!relative.startsWith(QLatin1String("..")) && m_clipPaths.contains(relative))
                return m_clipPaths.value(relative);
        }
        for (const QString &file : {clip.mediaPath, clip.name}) {
            if (file.isEmpty())
                continue;
            const QString base = QFileInfo(file).completeBaseName().toLower();
            if (m_takes.contains(base))
                return m_takes.value(base);
        }
        return std::nullopt;
    }

    ClipMatch matchClip(const CutClip &clip) const
    {
        ClipMatch match;
        ClipIdentity tagged;
        for (const QString &note : clip.notes) {
            tagged = parseClipIdentityTag(note);
            if (!tagged.isEmpty())
                break;
        }
        const ClipIdentity &claimed = !clip.metadata.isEmpty() ? clip.metadata : tagged;
        match.claimsShotBrief = !claimed.isEmpty();

        std::optional<TakeRef> take;
        if (!clip.isSlate)
            take = takeOfMedia(clip);
        if (take) {
            match.by = MatchedBy::Media;
        } else if (!claimed.takeId.isEmpty() && m_takes.contains(claimed.takeId)) {
            take = m_takes.value(claimed.takeId);
            match.by = clip.metadata.isEmpty() ? MatchedBy::Tag : MatchedBy::Metadata;
        } else if (!clip.reel.isEmpty() && m_reels.contains(clip.reel.toUpper())) {
            take = m_reels.value(clip.reel.toUpper());
            match.by = MatchedBy::Reel;
        }
        if (take) {
            match.shot = take->shot;
            match.take = take->take;
            match.claimsShotBrief = true;
            return match;
        }
        if (!claimed.shotId.isEmpty() && m_shots.contains(claimed.shotId)) {
            match.shot = m_shots.value(claimed.shotId);
            match.by = clip.metadata.isEmpty() ? MatchedBy::Tag : MatchedBy::Metadata;
            if (!claimed.takeId.isEmpty())
                match.unknownTake = claimed.takeId;
            return match;
        }
        if (claimed.isEmpty() && clip.mediaPath.isEmpty() && !clip.name.trimmed().isEmpty() &&
            m_labels.count(clip.name.trimmed().toLower()) == 1) {
            match.shot = m_labels.value(clip.name.trimmed().toLower());
            match.by = MatchedBy::Label;
        }
        return match;
    }

    void matchedClip(const CutClip &clip, const ClipMatch &match, const Shot &shot)
    {
        if (shot.cut) {
            ConformChange change = base(ConformChangeKind::Restore, shot);
            change.location = clip.location;
            change.text = Text::tr("%1 is in the cut again: restored").arg(title(shot));
            m_plan.changes.append(change);
        }
        const qint64 lengthMs = framesToMs(clip.sourceOut) - framesToMs(clip.sourceIn);
        if (match.take >= 0 && !clip.isSlate) {
            const Take &take = shot.takes.at(match.take);
            if (take.id != shot.circledTakeId) {
                ConformChange change = base(ConformChangeKind::Circle, shot);
                change.takeId = take.id;
                change.fromTakeId = shot.circledTakeId;
                change.location = clip.location;
                change.text = Text::tr("%1: %2 is in the cut and becomes the circled take")
                                  .arg(title(shot), takeTitle(shot, take.id));
                m_plan.changes.append(change);
            }
            // The whole clip, as exported, is no trim; anything else is.
            int inMs = int(framesToMs(std::max<qint64>(0, clip.sourceIn)));
            int outMs = int(framesToMs(std::max<qint64>(1, clip.sourceOut)));
            if (clip.sourceIn == 0 && take.seconds > 0 &&
                clip.sourceOut == msToFrames(take.clipLengthMs())) {
                inMs = 0;
                outMs = 0;
            }
            if (inMs != take.inMs || outMs != take.outMs) {
                ConformChange change = base(ConformChangeKind::Trim, shot);
                change.takeId = take.id;
                change.inMs = inMs;
                change.outMs = outMs;
                change.fromInMs = take.inMs;
                change.fromOutMs = take.outMs;
                change.location = clip.location;
                change.text =
                    Text::tr("%1: %2 plays %3 (was %4)")
                        .arg(title(shot), takeTitle(shot, take.id), describeTrim(inMs, outMs),
                             describeTrim(take.inMs, take.outMs));
                m_plan.changes.append(change);
            }
        } else if (clip.isSlate && !m_plan.options.fitLengthToCut &&
                   lengthMs != shot.playLengthMs()) {
            m_plan.notes.append(Text::tr("%1 has no take and lasts %2 s in the cut, %3 s "
                                         "in the plan: choose \"fit length to cut\" to follow the "
                                         "cut.")
                                    .arg(title(shot))
                                    .arg(lengthMs / 1000.0, 0, 'f', 2)
                                    .arg(shot.playLengthMs() / 1000.0, 0, 'f', 2));
        }
        if (m_plan.options.fitLengthToCut) {
            const int seconds = std::max(1, int((lengthMs + 999) / 1000));
            if (seconds != shot.durationSeconds) {
                ConformChange change = base(ConformChangeKind::FitLength, shot);
                change.seconds = seconds;
                change.fromSeconds = shot.durationSeconds;
                change.location = clip.location;
                change.text = Text::tr("%1: duration %2 s (was %3 s), fitted to the cut")
                                  .arg(title(shot))
                                  .arg(seconds)
                                  .arg(shot.durationSeconds);
                m_plan.changes.append(change);
            }
        }
    }

    Result<void> foreignClip(const CutClip &clip, const ClipMatch &match, QStringList &cutOrder)
    {
        if (match.claimsShotBrief) {
            unmatched(clip, Text::tr("its ShotBrief shot and take are not in this project"));
            return {};
        }
        if (clip.isSlate) {
            unmatched(clip, Text::tr("a gap, colour or generator that is not a ShotBrief shot"));
            return {};
        }
        const bool found = !clip.mediaPath.isEmpty() && QFileInfo(clip.mediaPath).isFile();
        if (!m_plan.options.importForeignClips) {
            unmatched(clip,
                      clip.mediaPath.isEmpty()
                          ? Text::tr("not from ShotBrief, and its media is not named")
                      : found ? Text::tr("not from ShotBrief; it can come in as a new shot")
                              : Text::tr("not from ShotBrief, and its media %1 is not found")
                                    .arg(clip.mediaPath),
                      true);
            return {};
        }
        if (!found)
            return CutReading::error(
                m_plan.cut.fileName,
                Text::tr("%1 \"%2\" did not come from ShotBrief and its media %3 is not found: "
                         "relink it in the editor, or conform without bringing in new clips")
                    .arg(clip.location, clip.name,
                         clip.mediaPath.isEmpty() ? Text::tr("(none named)") : clip.mediaPath));
        if (m_projectPath.isEmpty())
            return CutReading::error(
                m_plan.cut.fileName,
                Text::tr("save the project first: new clips are copied into its media folder"));

        Shot shot;
        shot.id = newId();
        shot.label = clip.name.trimmed().isEmpty() ? QFileInfo(clip.mediaPath).completeBaseName()
                                                   : clip.name.trimmed();
        shot.notes = Text::tr("Brought in from the edited cut: %1").arg(clip.mediaPath);
        const qint64 inMs = framesToMs(clip.sourceIn);
        const qint64 outMs = framesToMs(clip.sourceOut);
        shot.durationSeconds = m_plan.options.fitLengthToCut
                                   ? std::max(1, int((outMs - inMs + 999) / 1000))
                                   : m_project.format.durationSeconds;
        Take take;
        take.id = newId();
        take.kind = TakeKind::Import;
        take.status = TakeStatus::Ready;
        take.progress = 100;
        take.seconds = std::max(1, int((outMs + 999) / 1000));
        take.inMs = int(inMs);
        take.outMs = int(outMs);
        take.createdAt = QDateTime::currentDateTimeUtc();
        take.completedAt = take.createdAt;
        shot.takes = {take};
        shot.circledTakeId = take.id;
        m_plan.imports.append(shot);
        cutOrder.append(shot.id);

        ConformChange change = base(ConformChangeKind::Import, shot);
        change.takeId = take.id;
        change.inMs = take.inMs;
        change.outMs = take.outMs;
        change.mediaPath = clip.mediaPath;
        change.location = clip.location;
        change.text = Text::tr("New shot \"%1\" holding %2 (%3)")
                          .arg(shot.label, QFileInfo(clip.mediaPath).fileName(),
                               describeTrim(take.inMs, take.outMs));
        m_plan.changes.append(change);
        return {};
    }

    /// The cut's order, with the shots it left out (now or before) kept after the shot that
    /// came before them in the plan, so that a restore finds them where they were.
    void finishOrder(const QStringList &cutOrder)
    {
        QStringList before;
        for (const Shot &shot : m_project.shots)
            before.append(shot.id);
        const QStringList order = insertAfterNeighbours(cutOrder, before);
        m_plan.order = order;

        // Shots that change place: those outside the longest run kept in the old order.
        QList<int> oldIndex;
        for (const QString &id : std::as_const(order))
            oldIndex.append(int(before.indexOf(id))); // -1 for imports
        QList<int> tails; // longest increasing run of old indices, patience style
        for (int index : std::as_const(oldIndex)) {
            if (index < 0)
                continue;
            const auto it = std::lower_bound(tails.begin(), tails.end(), index);
            if (it == tails.end())
                tails.append(index);
            else
                *it = index;
        }
        const int moved = int(before.size()) - int(tails.size());
        if (moved > 0) {
            ConformChange change;
            change.kind = ConformChangeKind::Order;
            change.moved = moved;
            change.text = Text::tr("Shots in the cut's order (%n move(s))", nullptr, moved);
            m_plan.changes.prepend(change);
        }
    }

    const Project &m_project;
    QString m_projectPath;
    QString m_mediaDir;
    ConformPlan m_plan;
    QHash<QString, int> m_shots; ///< Lower-case shot id -> index.
    QMultiHash<QString, int> m_labels;
    QHash<QString, TakeRef> m_takes;     ///< Lower-case take id -> where.
    QHash<QString, TakeRef> m_clipPaths; ///< Relative clip path -> take.
    QHash<QString, TakeRef> m_reels;     ///< EDL reel name -> take.
};

} // namespace

QStringList insertAfterNeighbours(QStringList target, const QStringList &sequence)
{
    for (int i = 0; i < sequence.size(); ++i) {
        if (target.contains(sequence.at(i)))
            continue;
        int at = 0;
        for (int before = i - 1; before >= 0; --before) {
            const qsizetype found = target.indexOf(sequence.at(before));
            if (found >= 0) {
                at = int(found) + 1;
                break;
            }
        }
        target.insert(at, sequence.at(i));
    }
    return target;
}

bool ConformPlan::hasChanges() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const ConformChange &change) { return change.enabled; });
}

const ConformChange *ConformPlan::importFor(const QString &shotId) const
{
    for (const ConformChange &change : changes) {
        if (change.kind == ConformChangeKind::Import && change.shotId == shotId)
            return &change;
    }
    return nullptr;
}

Result<ConformPlan> planConform(const Project &project, const QString &projectPath,
                                const EditedCut &cut, const ConformOptions &options)
{
    return Planner(project, projectPath, cut, options).run();
}

} // namespace ShotBrief
