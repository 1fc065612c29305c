// SPDX-License-Identifier: MIT
#include "scriptupdater.h"

#include "scripttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace ShotBrief::Script {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ScriptImport)
};

/// The shots one part of the old script made (several when the user split or duplicated one).
struct OldUnit
{
    QStringList shotIds; ///< In project order.
    ScriptRef ref;
    QString key;
    int firstIndex = 0;
};

constexpr double PairThreshold = 0.3;
constexpr qint64 MaxTable = 4'000'000;

/// Longest common subsequence of two key lists: pairs (i, j) in increasing order. Common
/// ends are taken first; a middle too large for the table is matched greedily.
QList<QPair<int, int>> matchSame(const QStringList &a, const QStringList &b)
{
    QList<QPair<int, int>> head;
    QList<QPair<int, int>> tail;
    int start = 0;
    while (start < a.size() && start < b.size() && a.at(start) == b.at(start)) {
        head << qMakePair(start, start);
        ++start;
    }
    int endA = int(a.size());
    int endB = int(b.size());
    while (endA > start && endB > start && a.at(endA - 1) == b.at(endB - 1)) {
        --endA;
        --endB;
        tail.prepend(qMakePair(endA, endB));
    }
    const int n = endA - start;
    const int m = endB - start;
    QList<QPair<int, int>> middle;
    if (n > 0 && m > 0) {
        if (qint64(n + 1) * (m + 1) <= MaxTable) {
            std::vector<int> table(std::size_t(n + 1) * std::size_t(m + 1), 0);
            const auto at = [&](int i, int j) -> int & {
                return table[std::size_t(i) * std::size_t(m + 1) + std::size_t(j)];
            };
            for (int i = n - 1; i >= 0; --i) {
                for (int j = m - 1; j >= 0; --j) {
                    at(i, j) = a.at(start + i) == b.at(start + j)
                                   ? at(i + 1, j + 1) + 1
                                   : std::max(at(i + 1, j), at(i, j + 1));
                }
            }
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (a.at(start + i) == b.at(start + j)) {
                    middle << qMakePair(start + i, start + j);
                    ++i;
                    ++j;
                } else if (at(i + 1, j) >= at(i, j + 1)) {
                    ++i;
                } else {
                    ++j;
                }
            }
        } else {
            QHash<QString, QList<int>> positions;
            for (int j = start; j < endB; ++j)
                positions[b.at(j)] << j;
            int last = start - 1;
            for (int i = start; i < endA; ++i) {
                const QList<int> candidates = positions.value(a.at(i));
                const auto it = std::upper_bound(candidates.cbegin(), candidates.cend(), last);
                if (it != candidates.cend()) {
                    middle << qMakePair(i, *it);
                    last = *it;
                }
            }
        }
    }
    return head + middle + tail;
}

/// Pairs old and new parts left between two exact matches by wording (in order).
QList<QPair<int, int>> pairSimilar(const QList<int> &olds, const QList<int> &news,
                                   const std::function<double(int, int)> &score)
{
    QList<QPair<int, int>> pairs;
    const int n = int(olds.size());
    const int m = int(news.size());
    if (n == 0 || m == 0)
        return pairs;
    if (qint64(n + 1) * (m + 1) > 250'000) {
        int j = 0;
        for (int i = 0; i < n && j < m; ++i) {
            for (int k = j; k < m && k < j + 8; ++k) {
                if (score(olds.at(i), news.at(k)) >= PairThreshold) {
                    pairs << qMakePair(olds.at(i), news.at(k));
                    j = k + 1;
                    break;
                }
            }
        }
        return pairs;
    }
    std::vector<double> best(std::size_t(n + 1) * std::size_t(m + 1), 0.0);
    std::vector<double> scores(std::size_t(n) * std::size_t(m), 0.0);
    const auto at = [&](int i, int j) -> double & {
        return best[std::size_t(i) * std::size_t(m + 1) + std::size_t(j)];
    };
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j)
            scores[std::size_t(i) * std::size_t(m) + std::size_t(j)] =
                score(olds.at(i), news.at(j));
    }
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            double value = std::max(at(i + 1, j), at(i, j + 1));
            const double s = scores[std::size_t(i) * std::size_t(m) + std::size_t(j)];
            if (s >= PairThreshold)
                value = std::max(value, at(i + 1, j + 1) + s);
            at(i, j) = value;
        }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        const double s = scores[std::size_t(i) * std::size_t(m) + std::size_t(j)];
        if (s >= PairThreshold && at(i, j) == at(i + 1, j + 1) + s) {
            pairs << qMakePair(olds.at(i), news.at(j));
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

QString shotText(const Shot &shot)
{
    QStringList lines = shot.actionBeats;
    for (const DialogueLine &line : shot.dialogue)
        lines << (line.speaker.isEmpty() ? line.line
                                         : line.speaker + QStringLiteral(": ") + line.line);
    return lines.join(QLatin1Char('\n'));
}

/// The label for a shot inserted after `previous`: "12" -> "12A", "12A" -> "12B"; the next
/// free one.
QString insertedLabel(const QString &previous, const QSet<QString> &used)
{
    QString base = previous;
    QChar letter = QLatin1Char('A');
    if (!base.isEmpty() && base.back().isLetter() && base.back().isUpper() && base.size() > 1 &&
        base.at(base.size() - 2).isDigit()) {
        letter = QChar(base.back().unicode() + 1);
        base.chop(1);
    }
    if (base.isEmpty())
        base = QStringLiteral("0");
    for (char16_t c = letter.unicode(); c <= u'Z'; ++c) {
        const QString candidate = base + QChar(c);
        if (!used.contains(candidate))
            return candidate;
    }
    for (int k = 1;; ++k) {
        const QString candidate = base + QStringLiteral(".%1").arg(k);
        if (!used.contains(candidate))
            return candidate;
    }
}

QString excerpt(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > 70 ? flat.left(69) + QChar(0x2026) : flat;
}

} // namespace

int UpdatePlan::count(ScriptChange change) const
{
    int total = 0;
    for (const ScriptChangeEntry &entry : entries)
        total += entry.change == change ? 1 : 0;
    return total;
}

bool UpdatePlan::hasChanges() const
{
    for (const ScriptChangeEntry &entry : entries) {
        if (entry.change != ScriptChange::Unchanged)
            return true;
    }
    return !addedScenes.isEmpty() || !renamedScenes.isEmpty() || !newCast.isEmpty();
}

QStringList UpdatePlan::report() const
{
    QStringList lines;
    lines << TrText::tr("%1 unchanged, %2 changed, %3 new, %4 cut from the script, %5 back in "
                        "the script.")
                 .arg(count(ScriptChange::Unchanged))
                 .arg(count(ScriptChange::Changed))
                 .arg(count(ScriptChange::Added))
                 .arg(count(ScriptChange::Cut))
                 .arg(count(ScriptChange::Restored));
    for (const Scene &scene : addedScenes)
        lines << TrText::tr("New scene: %1").arg(scene.title);
    for (const QString &rename : renamedScenes)
        lines << TrText::tr("Scene heading changed: %1").arg(rename);
    for (const ScriptChangeEntry &entry : entries) {
        switch (entry.change) {
        case ScriptChange::Unchanged:
            break;
        case ScriptChange::Changed: {
            QString line = TrText::tr("Shot %1 (%2): script changed; now \"%3\", was \"%4\".")
                               .arg(entry.label, entry.sceneTitle, excerpt(entry.newText),
                                    excerpt(entry.oldText));
            if (entry.neededSeconds > entry.seconds)
                line += QLatin1Char(' ') +
                        TrText::tr("It now needs %1 s and is %2 s: Fit Lengths to Content.")
                            .arg(entry.neededSeconds)
                            .arg(entry.seconds);
            lines << line;
            break;
        }
        case ScriptChange::Added:
            lines << TrText::tr("New shot %1 (%2), %3 s: \"%4\".")
                         .arg(entry.label, entry.sceneTitle)
                         .arg(entry.seconds)
                         .arg(excerpt(entry.newText));
            break;
        case ScriptChange::Cut:
            lines << TrText::tr("Shot %1 (%2): cut from the script; kept and marked, delete it "
                                "yourself if it goes.")
                         .arg(entry.label, entry.sceneTitle);
            break;
        case ScriptChange::Restored:
            lines << TrText::tr("Shot %1 (%2): back in the script; the cut mark is cleared.")
                         .arg(entry.label, entry.sceneTitle);
            break;
        }
    }
    for (const CastMember &member : newCast)
        lines << TrText::tr("New cast member: %1 (describe their look in the Project panel).")
                     .arg(member.name);
    return lines + warnings;
}

UpdatePlan ScriptUpdater::plan(const Project &project, const ImportPlan &fresh,
                               const ClipFitter &fitter)
{
    UpdatePlan plan;
    plan.result = project;
    plan.warnings = fresh.warnings;
    Project &result = plan.result;

    // Old parts: shots from a script, grouped by where and what they were made from.
    QList<OldUnit> olds;
    {
        QHash<QString, int> byKey;
        for (int i = 0; i < project.shots.size(); ++i) {
            const Shot &shot = project.shots.at(i);
            if (!shot.scriptRef.isSet())
                continue;
            const QString group = QStringLiteral("%1\u0001%2\u0001%3")
                                      .arg(shot.scriptRef.scene)
                                      .arg(shot.scriptRef.paragraph)
                                      .arg(normalizedText(shot.scriptRef.text));
            if (const auto it = byKey.constFind(group); it != byKey.cend()) {
                olds[*it].shotIds << shot.id;
                continue;
            }
            byKey.insert(group, int(olds.size()));
            olds << OldUnit{{shot.id}, shot.scriptRef, normalizedText(shot.scriptRef.text), i};
        }
        std::stable_sort(olds.begin(), olds.end(), [](const OldUnit &a, const OldUnit &b) {
            if (a.ref.scene != b.ref.scene)
                return a.ref.scene < b.ref.scene;
            if (a.ref.paragraph != b.ref.paragraph)
                return a.ref.paragraph < b.ref.paragraph;
            return a.firstIndex < b.firstIndex;
        });
    }
    if (olds.isEmpty())
        plan.warnings << TrText::tr("The project has no shots from a script yet: every part of "
                                    "the script is new.");

    QStringList oldKeys;
    for (const OldUnit &old : std::as_const(olds))
        oldKeys << old.key;
    QStringList newKeys;
    for (const Shot &shot : fresh.shots)
        newKeys << normalizedText(shot.scriptRef.text);

    // 1. The same text, in order. 2. Between those, similar wording.
    const QList<QPair<int, int>> same = matchSame(oldKeys, newKeys);
    QList<int> oldMatch(olds.size(), -1);
    QList<int> newMatch(fresh.shots.size(), -1);
    QList<bool> edited(fresh.shots.size(), false);
    for (const auto &[o, n] : same) {
        oldMatch[o] = n;
        newMatch[n] = o;
    }
    const auto sameScene = [&](int o, int n) {
        const ScriptRef &a = olds.at(o).ref;
        const ScriptRef &b = fresh.shots.at(n).scriptRef;
        if (!a.sceneNumber.isEmpty() && a.sceneNumber == b.sceneNumber)
            return true;
        return normalizedText(a.heading).compare(normalizedText(b.heading), Qt::CaseInsensitive) ==
               0;
    };
    const auto score = [&](int o, int n) {
        return textSimilarity(olds.at(o).ref.text, fresh.shots.at(n).scriptRef.text) +
               (sameScene(o, n) ? 0.1 : 0.0);
    };
    int previousOld = -1;
    int previousNew = -1;
    const auto gap = [&](int nextOld, int nextNew) {
        QList<int> gapOld;
        QList<int> gapNew;
        for (int o = previousOld + 1; o < nextOld; ++o)
            gapOld << o;
        for (int n = previousNew + 1; n < nextNew; ++n)
            gapNew << n;
        QList<QPair<int, int>> pairs;
        // One part replaced by one part in the same scene: the same shot, rewritten.
        if (gapOld.size() == 1 && gapNew.size() == 1 && sameScene(gapOld.first(), gapNew.first()))
            pairs << qMakePair(gapOld.first(), gapNew.first());
        else
            pairs = pairSimilar(gapOld, gapNew, score);
        for (const auto &[o, n] : pairs) {
            oldMatch[o] = n;
            newMatch[n] = o;
            edited[n] = true;
        }
    };
    for (const auto &[o, n] : same) {
        gap(o, n);
        previousOld = o;
        previousNew = n;
    }
    gap(int(olds.size()), int(fresh.shots.size()));

    // Scenes: each new scene is the project scene most of its matched shots are in.
    QHash<int, QHash<QString, int>> votes;
    QHash<int, QString> oldHeadingOf; // new scene -> an old heading seen for it
    QHash<int, QString> oldNumberOf;
    for (int n = 0; n < fresh.shots.size(); ++n) {
        if (newMatch.at(n) < 0)
            continue;
        const OldUnit &old = olds.at(newMatch.at(n));
        const Shot *shot = project.shotById(old.shotIds.first());
        const int scene = fresh.shots.at(n).scriptRef.scene;
        if (shot && !shot->sceneId.isEmpty())
            ++votes[scene][shot->sceneId];
        oldHeadingOf.insert(scene, old.ref.heading);
        oldNumberOf.insert(scene, old.ref.sceneNumber);
    }
    QHash<int, QString> sceneOf; // new scene ordinal -> project scene id
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        QString bestId;
        int bestVotes = 0;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v) {
            if (v.value() > bestVotes || (v.value() == bestVotes && v.key() < bestId)) {
                bestId = v.key();
                bestVotes = v.value();
            }
        }
        if (result.sceneById(bestId))
            sceneOf.insert(it.key(), bestId);
    }
    // Renamed headings and renumbered scenes, unless the user retitled the scene.
    for (auto it = sceneOf.cbegin(); it != sceneOf.cend(); ++it) {
        const int ordinal = it.key();
        if (ordinal < 1 || ordinal > fresh.scenes.size())
            continue;
        const Scene &freshScene = fresh.scenes.at(ordinal - 1);
        for (Scene &scene : result.scenes) {
            if (scene.id != it.value())
                continue;
            const QString oldHeading = oldHeadingOf.value(ordinal);
            if (scene.title == oldHeading && freshScene.title != oldHeading) {
                plan.renamedScenes
                    << QStringLiteral("%1 \u2192 %2").arg(oldHeading, freshScene.title);
                scene.title = freshScene.title;
            }
            if (scene.number == oldNumberOf.value(ordinal) && freshScene.number != scene.number)
                scene.number = freshScene.number;
        }
    }

    QHash<QString, int> indexOf;
    const auto reindex = [&] {
        indexOf.clear();
        for (int i = 0; i < result.shots.size(); ++i)
            indexOf.insert(result.shots.at(i).id, i);
    };
    reindex();
    QSet<QString> usedLabels;
    for (const Shot &shot : std::as_const(result.shots))
        usedLabels.insert(shot.label);
    QSet<QString> castNeeded;
    // The report names the first of an entry's shots and adds up their lengths.
    const auto describeShot = [&result](ScriptChangeEntry &entry, const Shot &shot,
                                        const QString &heading) {
        if (entry.label.isEmpty()) {
            entry.label = shot.label;
            const Scene *scene = result.sceneById(shot.sceneId);
            entry.sceneTitle = scene ? scene->title : heading;
        }
        entry.seconds += shot.durationSeconds;
    };

    // Matched parts: new place in the script, new text where it changed.
    for (int n = 0; n < fresh.shots.size(); ++n) {
        const int o = newMatch.at(n);
        if (o < 0)
            continue;
        const Shot &freshShot = fresh.shots.at(n);
        const OldUnit &old = olds.at(o);
        ScriptChangeEntry entry;
        entry.shotIds = old.shotIds;
        entry.oldText = old.ref.text;
        entry.newText = freshShot.scriptRef.text;
        entry.neededSeconds = fitter.lengthFor(fresh.contentSeconds.value(n));
        const bool changed = edited.at(n);
        bool restored = false;
        for (int k = 0; k < old.shotIds.size(); ++k) {
            Shot &shot = result.shots[indexOf.value(old.shotIds.at(k))];
            describeShot(entry, shot, freshShot.scriptRef.heading);
            const ScriptRef before = shot.scriptRef;
            if (before.heading != freshShot.scriptRef.heading &&
                shot.sceneProse == ScriptImporter::sceneProse(before.heading))
                shot.sceneProse = freshShot.sceneProse;
            if (changed) {
                const QString previous = shotText(shot);
                if (k == 0) {
                    shot.actionBeats = freshShot.actionBeats;
                    shot.dialogue = freshShot.dialogue;
                    for (const QString &id : freshShot.castIds) {
                        if (!shot.castIds.contains(id))
                            shot.castIds << id;
                        castNeeded.insert(id);
                    }
                    if (!shot.framing.isSet())
                        shot.framing = freshShot.framing;
                    if (!shot.angle.isSet())
                        shot.angle = freshShot.angle;
                    if (!shot.movement.isSet())
                        shot.movement = freshShot.movement;
                }
                const QString note =
                    TrText::tr("Script changed. The shot was:") + QLatin1Char('\n') + previous;
                shot.notes =
                    shot.notes.isEmpty() ? note : shot.notes + QStringLiteral("\n\n") + note;
            }
            restored = restored || before.mark == ScriptMark::Cut;
            shot.scriptRef = freshShot.scriptRef;
            shot.scriptRef.mark =
                changed ? ScriptMark::Changed
                        : (before.mark == ScriptMark::Cut ? ScriptMark::None : before.mark);
        }
        entry.change = changed ? ScriptChange::Changed
                               : (restored ? ScriptChange::Restored : ScriptChange::Unchanged);
        plan.entries << entry;
    }

    // New parts: new shots after the shot that holds the part before them in the script.
    QString anchor;                    // the project shot the next new one goes after
    QList<QPair<int, int>> entryOrder; // (new index, entry index) for ordering the report
    for (int e = 0; e < plan.entries.size(); ++e)
        entryOrder << qMakePair(-1, e);
    {
        int matchedEntry = 0;
        for (int n = 0; n < fresh.shots.size(); ++n) {
            if (newMatch.at(n) >= 0) {
                entryOrder[matchedEntry].first = n;
                ++matchedEntry;
            }
        }
    }
    for (int n = 0; n < fresh.shots.size(); ++n) {
        const int o = newMatch.at(n);
        if (o >= 0) {
            // The last of its shots in the project's current order.
            int last = -1;
            for (const QString &id : olds.at(o).shotIds)
                last = std::max(last, indexOf.value(id, -1));
            if (last >= 0)
                anchor = result.shots.at(last).id;
            continue;
        }
        Shot shot = fresh.shots.at(n);
        int at = int(result.shots.size());
        if (!anchor.isEmpty()) {
            at = indexOf.value(anchor) + 1;
        } else {
            for (int k = n + 1; k < fresh.shots.size(); ++k) {
                if (newMatch.at(k) >= 0) {
                    at = indexOf.value(olds.at(newMatch.at(k)).shotIds.first(), at);
                    break;
                }
            }
        }
        const int ordinal = shot.scriptRef.scene;
        if (!sceneOf.contains(ordinal)) {
            Scene scene = fresh.scenes.value(ordinal - 1);
            scene.id = newId();
            // After the project scene of the closest earlier script scene.
            int sceneAt = int(result.scenes.size());
            for (int earlier = ordinal - 1; earlier >= 1; --earlier) {
                if (sceneOf.contains(earlier)) {
                    for (int i = 0; i < result.scenes.size(); ++i) {
                        if (result.scenes.at(i).id == sceneOf.value(earlier))
                            sceneAt = i + 1;
                    }
                    break;
                }
            }
            result.scenes.insert(sceneAt, scene);
            plan.addedScenes << scene;
            sceneOf.insert(ordinal, scene.id);
        }
        shot.sceneId = sceneOf.value(ordinal);
        shot.label = insertedLabel(at > 0 ? result.shots.at(at - 1).label : QString(), usedLabels);
        usedLabels.insert(shot.label);
        for (const QString &id : std::as_const(shot.castIds))
            castNeeded.insert(id);
        result.shots.insert(at, shot);
        reindex();
        anchor = shot.id;

        ScriptChangeEntry entry;
        entry.change = ScriptChange::Added;
        entry.shotIds = {shot.id};
        entry.label = shot.label;
        const Scene *scene = result.sceneById(shot.sceneId);
        entry.sceneTitle = scene ? scene->title : shot.scriptRef.heading;
        entry.newText = shot.scriptRef.text;
        entry.seconds = shot.durationSeconds;
        entry.neededSeconds = fitter.lengthFor(fresh.contentSeconds.value(n));
        entryOrder << qMakePair(n, int(plan.entries.size()));
        plan.entries << entry;
    }

    // Parts gone from the script: marked, never deleted.
    for (int o = 0; o < olds.size(); ++o) {
        if (oldMatch.at(o) >= 0)
            continue;
        const OldUnit &old = olds.at(o);
        ScriptChangeEntry entry;
        entry.change = ScriptChange::Cut;
        entry.shotIds = old.shotIds;
        entry.oldText = old.ref.text;
        bool already = true;
        for (int k = 0; k < old.shotIds.size(); ++k) {
            Shot &shot = result.shots[indexOf.value(old.shotIds.at(k))];
            describeShot(entry, shot, old.ref.heading);
            already = already && shot.scriptRef.mark == ScriptMark::Cut;
            shot.scriptRef.mark = ScriptMark::Cut;
        }
        // Still cut from an earlier re-import: nothing new to report.
        entry.change = already ? ScriptChange::Unchanged : ScriptChange::Cut;
        entryOrder << qMakePair(int(fresh.shots.size()) + o, int(plan.entries.size()));
        plan.entries << entry;
    }

    // The report in script order.
    std::stable_sort(entryOrder.begin(), entryOrder.end());
    QList<ScriptChangeEntry> ordered;
    for (const auto &[position, index] : std::as_const(entryOrder))
        ordered << plan.entries.at(index);
    plan.entries = ordered;

    for (const CastMember &member : fresh.newCast) {
        if (castNeeded.contains(member.id)) {
            result.cast << member;
            plan.newCast << member;
        }
    }
    // Cast the fresh plan found in the project already is there; nothing to add.
    return plan;
}

} // namespace ShotBrief::Script
