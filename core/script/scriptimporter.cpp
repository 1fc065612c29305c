// SPDX-License-Identifier: MIT
#include "scriptimporter.h"

#include "scripttext.h"
#include "shotheading.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <climits>
#include <cmath>
#include <optional>

namespace ShotBrief::Script {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ScriptImport)
};

int highestNumericLabel(const Project &project)
{
    int highest = 0;
    for (const Shot &shot : project.shots) {
        int value = 0;
        qsizetype i = 0;
        while (i < shot.label.size() && shot.label.at(i).isDigit() && value < 1000000)
            value = value * 10 + shot.label.at(i++).digitValue();
        highest = std::max(highest, value);
    }
    return highest;
}

QString titleCaseWord(const QString &word)
{
    static const QRegularExpression roman(QStringLiteral("^[IVX]{2,4}$"));
    if (roman.match(word).hasMatch())
        return word;
    QString out = word.toLower();
    bool start = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isLetter()) {
            if (start)
                out[i] = c.toUpper();
            start = false;
        } else if (c == QLatin1Char('-')) {
            start = true;
        } else if ((c == QLatin1Char('\'') || c == QChar(0x2019)) && i == 1) {
            start = true; // O'Brien, D'Artagnan; but Mei's
        }
    }
    return out;
}

QString titleCase(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = titleCaseWord(word);
    return words.join(QLatin1Char(' '));
}

/// Whole-word, case-insensitive: "MEI enters" names Mei, "Meiling" does not.
bool mentions(const QString &text, const QString &name)
{
    if (name.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + name.size();
        const bool startOk = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endOk = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

/// A shot being gathered from the paragraphs of a scene, before fitting.
struct ShotDraft
{
    int firstElement = -1;
    std::optional<ShotHeading> heading;
    QString headingText;
    QList<ContentPiece> pieces;
    /// Notes with the paragraph they came with: a split shot's part gets the notes of its
    /// paragraphs (a closing "CUT TO:" goes with the last part).
    QList<QPair<int, QString>> notes;
    bool establishing = false; ///< The scene has nothing under its heading.
};

/// Cast look-up by speaker, shared by both planners.
class CastIndex
{
public:
    explicit CastIndex(const Project &into)
        : m_into(into)
    {}

    /// The cast id for a speaker or character name; creates the member when new.
    QString idFor(const QString &speaker, ImportPlan &plan)
    {
        const QString name = ScriptImporter::castName(speaker.simplified());
        if (name.isEmpty())
            return {};
        const QString key = name.toCaseFolded();
        if (const auto it = m_ids.constFind(key); it != m_ids.cend())
            return *it;
        CastMember member;
        bool existing = false;
        for (const CastMember &candidate : m_into.cast) {
            if (candidate.name.simplified().toCaseFolded() == key) {
                member = candidate;
                existing = true;
                break;
            }
        }
        if (!existing) {
            member.id = newId();
            member.name = name;
            plan.newCast << member;
        }
        plan.cast << member;
        m_ids.insert(key, member.id);
        m_names.insert(member.id, member.name);
        return member.id;
    }
    QString nameOf(const QString &id) const { return m_names.value(id); }

private:
    const Project &m_into;
    QHash<QString, QString> m_ids;   // folded name -> id
    QHash<QString, QString> m_names; // id -> name
};

QString pieceLine(const ContentPiece &piece)
{
    if (piece.kind == PieceKind::Speech)
        return piece.speaker.isEmpty() ? piece.text
                                       : piece.speaker + QStringLiteral(": ") + piece.text;
    return piece.text;
}

QString labelFor(int number, int part, int parts)
{
    if (parts <= 1)
        return QString::number(number);
    QString suffix;
    int value = part;
    do {
        suffix.prepend(QChar(u'A' + value % 26));
        value = value / 26 - 1;
    } while (value >= 0);
    return QString::number(number) + suffix;
}

Result<ImportPlan> nothingToImport(const QString &file)
{
    Error error;
    error.file = file;
    error.message = TrText::tr("the script has no scene, action or dialogue to import");
    return error;
}

/// "4", "4s", "4 sec", "4.5", "0:04", "00:00:04", "00:00:04:12" (frames ignored), "4秒".
std::optional<double> parseDuration(const QString &text)
{
    QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return std::nullopt;
    if (value.contains(QLatin1Char(':'))) {
        const QStringList parts = value.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 4)
            return std::nullopt;
        double seconds = 0.0;
        const int timeParts = parts.size() == 4 ? 3 : int(parts.size());
        for (int i = 0; i < timeParts; ++i) {
            bool ok = false;
            const double v = parts.at(i).trimmed().toDouble(&ok);
            if (!ok || v < 0)
                return std::nullopt;
            seconds = seconds * 60 + v;
        }
        return seconds;
    }
    static const QRegularExpression number(
        QStringLiteral(R"(^(\d+(?:[.,]\d+)?)\s*(s|sec|secs|second|seconds|秒|秒間)?$)"));
    const QRegularExpressionMatch match = number.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1);
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    return digits.toDouble();
}

/// Camera terms in Chinese and Japanese as shot lists write them (the UI's own words).
template<typename E>
CameraTerm<E> termFromShotList(const QString &text)
{
    static const QHash<QString, Framing> framings = {
        {QStringLiteral("大远景"), Framing::ExtremeWide},
        {QStringLiteral("远景"), Framing::Wide},
        {QStringLiteral("全景"), Framing::Full},
        {QStringLiteral("中全景"), Framing::MediumWide},
        {QStringLiteral("中景"), Framing::Medium},
        {QStringLiteral("近景"), Framing::MediumCloseUp},
        {QStringLiteral("中近景"), Framing::MediumCloseUp},
        {QStringLiteral("特写"), Framing::CloseUp},
        {QStringLiteral("大特写"), Framing::ExtremeCloseUp},
        {QStringLiteral("过肩"), Framing::OverTheShoulder},
        {QStringLiteral("过肩镜头"), Framing::OverTheShoulder},
        {QStringLiteral("插入镜头"), Framing::Insert},
        {QStringLiteral("超ロングショット"), Framing::ExtremeWide},
        {QStringLiteral("ロングショット"), Framing::Wide},
        {QStringLiteral("引き"), Framing::Wide},
        {QStringLiteral("フルショット"), Framing::Full},
        {QStringLiteral("ミディアムロングショット"), Framing::MediumWide},
        {QStringLiteral("ミディアムショット"), Framing::Medium},
        {QStringLiteral("ミディアムクローズアップ"), Framing::MediumCloseUp},
        {QStringLiteral("バストショット"), Framing::MediumCloseUp},
        {QStringLiteral("クローズアップ"), Framing::CloseUp},
        {QStringLiteral("アップ"), Framing::CloseUp},
        {QStringLiteral("寄り"), Framing::CloseUp},
        {QStringLiteral("超クローズアップ"), Framing::ExtremeCloseUp},
        {QStringLiteral("肩越し"), Framing::OverTheShoulder},
        {QStringLiteral("インサート"), Framing::Insert},
    };
    static const QHash<QString, Angle> angles = {
        {QStringLiteral("平视"), Angle::EyeLevel},
        {QStringLiteral("俯拍"), Angle::High},
        {QStringLiteral("仰拍"), Angle::Low},
        {QStringLiteral("鸟瞰"), Angle::BirdsEye},
        {QStringLiteral("顶拍"), Angle::BirdsEye},
        {QStringLiteral("主观"), Angle::PointOfView},
        {QStringLiteral("主观镜头"), Angle::PointOfView},
        {QStringLiteral("荷兰角"), Angle::Dutch},
        {QStringLiteral("アイレベル"), Angle::EyeLevel},
        {QStringLiteral("俯瞰"), Angle::High},
        {QStringLiteral("ハイアングル"), Angle::High},
        {QStringLiteral("ローアングル"), Angle::Low},
        {QStringLiteral("あおり"), Angle::Low},
        {QStringLiteral("真俯瞰"), Angle::BirdsEye},
        {QStringLiteral("主観"), Angle::PointOfView},
        {QStringLiteral("ダッチアングル"), Angle::Dutch},
    };
    static const QHash<QString, Movement> movements = {
        {QStringLiteral("固定"), Movement::Static},
        {QStringLiteral("左摇"), Movement::PanLeft},
        {QStringLiteral("右摇"), Movement::PanRight},
        {QStringLiteral("上摇"), Movement::TiltUp},
        {QStringLiteral("下摇"), Movement::TiltDown},
        {QStringLiteral("推"), Movement::DollyIn},
        {QStringLiteral("推镜"), Movement::DollyIn},
        {QStringLiteral("拉"), Movement::DollyOut},
        {QStringLiteral("拉镜"), Movement::DollyOut},
        {QStringLiteral("跟"), Movement::Tracking},
        {QStringLiteral("跟拍"), Movement::Tracking},
        {QStringLiteral("移"), Movement::Tracking},
        {QStringLiteral("升降"), Movement::Crane},
        {QStringLiteral("手持"), Movement::Handheld},
        {QStringLiteral("环绕"), Movement::Orbit},
        {QStringLiteral("变焦"), Movement::Zoom},
        {QStringLiteral("フィックス"), Movement::Static},
        {QStringLiteral("パン"), Movement::PanRight},
        {QStringLiteral("ティルト"), Movement::TiltUp},
        {QStringLiteral("ドリーイン"), Movement::DollyIn},
        {QStringLiteral("ドリーアウト"), Movement::DollyOut},
        {QStringLiteral("トラッキング"), Movement::Tracking},
        {QStringLiteral("クレーン"), Movement::Crane},
        {QStringLiteral("手持ち"), Movement::Handheld},
        {QStringLiteral("ズーム"), Movement::Zoom},
    };
    const QString key = text.trimmed();
    if constexpr (std::is_same_v<E, Framing>) {
        if (const auto it = framings.constFind(key); it != framings.cend())
            return CameraTerm<E>(*it);
    } else if constexpr (std::is_same_v<E, Angle>) {
        if (const auto it = angles.constFind(key); it != angles.cend())
            return CameraTerm<E>(*it);
    } else if constexpr (std::is_same_v<E, Movement>) {
        if (const auto it = movements.constFind(key); it != movements.cend())
            return CameraTerm<E>(*it);
    }
    return CameraTerm<E>::fromText(key);
}

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:[,;/、，；&]|\band\b)\s*)"));
    QStringList names;
    for (const QString &name : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty())
            names << trimmed;
    }
    return names;
}

} // namespace

int ImportPlan::totalSeconds() const
{
    int total = 0;
    for (const Shot &shot : shots)
        total += shot.durationSeconds;
    return total;
}

ScriptImporter::ScriptImporter(const Project &into, const ProviderCapabilities &capabilities,
                               const SpeakingRates &rates)
    : m_into(into)
    , m_fitter(capabilities.durationsFor(into.format.model), rates)
{}

QString ScriptImporter::castName(const QString &speaker)
{
    return isUpperCaseLine(speaker) ? titleCase(speaker) : speaker;
}

QString ScriptImporter::sceneProse(const QString &heading)
{
    static const QRegularExpression prefix(
        QStringLiteral(
            R"(^(INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|I\s*/\s*E|E\s*/\s*I|INT|EXT|EST)\.?\s+(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = prefix.match(heading.trimmed());
    if (!match.hasMatch())
        return heading.trimmed();
    const QString kind = match.captured(1).toUpper().remove(QLatin1Char(' '));
    QString where;
    if (kind.startsWith(QLatin1String("INT/")) || kind.startsWith(QLatin1String("EXT/")) ||
        kind.startsWith(QLatin1String("INT./")) || kind.startsWith(QLatin1String("EXT./")) ||
        kind == QLatin1String("I/E") || kind == QLatin1String("E/I"))
        where = QStringLiteral("interior and exterior");
    else if (kind.startsWith(QLatin1String("INT")))
        where = QStringLiteral("interior");
    else if (kind.startsWith(QLatin1String("EXT")))
        where = QStringLiteral("exterior");
    else
        where = QStringLiteral("establishing view");

    static const QRegularExpression dash(QStringLiteral(R"(\s+[-\x{2013}\x{2014}]+\s+)"));
    QStringList parts = match.captured(2).split(dash, Qt::SkipEmptyParts);
    static const QStringList notVisual = {QStringLiteral("CONTINUOUS"), QStringLiteral("LATER"),
                                          QStringLiteral("MOMENTS LATER"), QStringLiteral("SAME"),
                                          QStringLiteral("SAME TIME")};
    QString time;
    if (parts.size() > 1) {
        const QString last = parts.takeLast().trimmed();
        if (!notVisual.contains(last.toUpper()))
            time = isUpperCaseLine(last) ? last.toLower() : last;
    }
    QStringList place;
    for (const QString &part : std::as_const(parts))
        place << (isUpperCaseLine(part) ? titleCase(part.trimmed()) : part.trimmed());
    QString prose = place.join(QStringLiteral(", "));
    prose += (prose.isEmpty() ? QString() : QStringLiteral(", ")) + where;
    if (!time.isEmpty())
        prose += QStringLiteral(", ") + time;
    prose += QLatin1Char('.');
    if (prose.at(0).isLower())
        prose[0] = prose.at(0).toUpper();
    return prose;
}

Result<ImportPlan> ScriptImporter::plan(const Screenplay &play, const QString &file) const
{
    if (play.tooLarge) {
        Error error;
        error.file = file;
        error.message = TrText::tr("the script is larger than ShotBrief plans at once (more "
                                   "than %1 scenes or %2 paragraphs); import it in parts")
                            .arg(MaxScenes)
                            .arg(MaxElements);
        return error;
    }
    bool anything = false;
    for (const ScriptScene &scene : play.scenes)
        anything = anything || !scene.heading.isEmpty() || !scene.elements.isEmpty();
    if (!anything)
        return nothingToImport(file);

    ImportPlan plan;
    plan.format = play.format;
    plan.title = play.title;
    plan.warnings = play.warnings;
    plan.speechCount = play.speechCount();
    CastIndex castIndex(m_into);
    QStringList castNames;
    for (const QString &speaker : play.speakers()) {
        const QString id = castIndex.idFor(speaker, plan);
        castNames << castIndex.nameOf(id);
    }
    int number = highestNumericLabel(m_into);

    for (qsizetype s = 0; s < play.scenes.size(); ++s) {
        const ScriptScene &source = play.scenes.at(s);
        Scene scene;
        scene.id = newId();
        scene.title = source.opening ? (play.title.isEmpty() ? TrText::tr("Opening") : play.title)
                                     : source.heading;
        scene.number = source.number;
        scene.notes = source.notes.join(QLatin1Char('\n'));
        plan.scenes << scene;
        const QString prose = source.opening ? QString() : sceneProse(source.heading);

        QList<ShotDraft> drafts;
        QList<QPair<int, QString>> waitingNotes; // notes before the scene's first shot
        const auto noted = [](int element, const QStringList &notes) {
            QList<QPair<int, QString>> out;
            for (const QString &note : notes)
                out << qMakePair(element, note);
            return out;
        };
        const auto current = [&](int element, bool force) -> ShotDraft & {
            if (drafts.isEmpty() || force) {
                ShotDraft draft;
                draft.firstElement = element;
                draft.notes = waitingNotes;
                waitingNotes.clear();
                drafts << draft;
            }
            return drafts.last();
        };
        for (qsizetype e = 0; e < source.elements.size(); ++e) {
            const ScriptElement &element = source.elements.at(e);
            switch (element.kind) {
            case ElementKind::ShotHeading: {
                ShotDraft &draft = current(int(e), true);
                draft.heading = parseShotHeading(element.text);
                if (!draft.heading) {
                    draft.heading = ShotHeading();
                    draft.heading->subject = element.text; // an FDX Shot paragraph: "MEI"
                }
                draft.headingText = element.text;
                draft.notes << noted(int(e), element.notes);
                break;
            }
            case ElementKind::Action:
            case ElementKind::Lyrics: {
                const bool joinHeading =
                    !drafts.isEmpty() && drafts.last().heading && drafts.last().pieces.isEmpty();
                ShotDraft &draft = current(int(e), !joinHeading);
                if (element.kind == ElementKind::Lyrics) {
                    ContentPiece piece;
                    piece.text = QStringLiteral("\u266A %1 \u266A")
                                     .arg(element.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                              .join(QStringLiteral(" / ")));
                    piece.source = int(e);
                    draft.pieces << piece;
                } else {
                    for (const QString &sentence : sentences(element.text)) {
                        ContentPiece piece;
                        piece.text = sentence;
                        piece.source = int(e);
                        draft.pieces << piece;
                    }
                }
                draft.notes << noted(int(e), element.notes);
                break;
            }
            case ElementKind::Speech: {
                ShotDraft &draft = current(int(e), false);
                ContentPiece piece;
                piece.kind = PieceKind::Speech;
                piece.text = element.text;
                piece.speaker = castIndex.nameOf(castIndex.idFor(element.speaker, plan));
                piece.source = int(e);
                piece.simultaneous = element.dual;
                draft.pieces << piece;
                draft.notes << noted(int(e), element.notes);
                break;
            }
            case ElementKind::Transition:
            case ElementKind::Centered:
            case ElementKind::Note: {
                QStringList notes = element.notes;
                if (!element.text.isEmpty())
                    notes.prepend(element.text);
                if (drafts.isEmpty())
                    waitingNotes << noted(int(e), notes);
                else
                    drafts.last().notes << noted(int(e), notes);
                break;
            }
            }
        }
        if (drafts.isEmpty()) {
            // A heading and nothing under it: one establishing shot keeps the scene in the plan.
            ShotDraft draft;
            draft.heading = ShotHeading();
            draft.heading->framing = FramingTerm(Framing::Wide);
            draft.notes = waitingNotes;
            draft.establishing = true;
            drafts << draft;
        } else if (!waitingNotes.isEmpty()) {
            drafts.first().notes << waitingNotes;
        }

        for (const ShotDraft &draft : std::as_const(drafts)) {
            const QList<FittedShot> parts = m_fitter.fit(draft.pieces);
            ++number;
            if (parts.size() > 1)
                plan.splitShotCount += int(parts.size());
            for (qsizetype p = 0; p < parts.size(); ++p) {
                const FittedShot &part = parts.at(p);
                Shot shot;
                shot.id = newId();
                shot.label = labelFor(number, int(p), int(parts.size()));
                shot.sceneId = scene.id;
                shot.sceneProse = prose;
                if (draft.heading) {
                    shot.framing = draft.heading->framing;
                    shot.angle = draft.heading->angle;
                    shot.movement = draft.heading->movement;
                    if (p == 0 && !draft.heading->subject.isEmpty())
                        shot.actionBeats << sentenceCase(draft.heading->subject, castNames);
                }
                QStringList refLines;
                if (p == 0 && !draft.headingText.isEmpty())
                    refLines << draft.headingText;
                int firstSource = p == 0 ? draft.firstElement : -1;
                for (const ContentPiece &piece : part.pieces) {
                    if (firstSource < 0)
                        firstSource = piece.source;
                    refLines << pieceLine(piece);
                    if (piece.kind == PieceKind::Speech) {
                        shot.dialogue << DialogueLine{piece.speaker, piece.text};
                        const QString id = castIndex.idFor(piece.speaker, plan);
                        if (!id.isEmpty() && !shot.castIds.contains(id))
                            shot.castIds << id;
                    } else {
                        shot.actionBeats << piece.text;
                    }
                }
                // Characters seen in the action are in the shot: their identity goes into
                // the prompt word for word.
                for (const CastMember &member : std::as_const(plan.cast)) {
                    if (shot.castIds.contains(member.id))
                        continue;
                    for (const QString &beat : std::as_const(shot.actionBeats)) {
                        if (mentions(beat, member.name)) {
                            shot.castIds << member.id;
                            break;
                        }
                    }
                }
                shot.durationSeconds = part.durationSeconds;
                // Notes up to this part's last paragraph that an earlier part has not taken.
                const int lastSource = p + 1 == parts.size() || part.pieces.isEmpty()
                                           ? INT_MAX
                                           : part.pieces.last().source;
                const int afterSource = p == 0 || parts.at(p - 1).pieces.isEmpty()
                                            ? INT_MIN
                                            : parts.at(p - 1).pieces.last().source;
                QStringList notes;
                for (const auto &[from, note] : draft.notes) {
                    if (from <= lastSource && (p == 0 || from > afterSource))
                        notes << note;
                }
                shot.notes = notes.join(QLatin1Char('\n'));
                if (draft.establishing)
                    shot.notes =
                        (shot.notes.isEmpty() ? QString() : shot.notes + QLatin1Char('\n')) +
                        TrText::tr("Establishing shot: the script has no action or "
                                   "dialogue under this heading.");
                shot.scriptRef.scene = int(s) + 1;
                shot.scriptRef.sceneNumber = source.number;
                shot.scriptRef.heading = scene.title;
                shot.scriptRef.paragraph = firstSource + 1;
                shot.scriptRef.text = refLines.join(QLatin1Char('\n'));
                if (part.overflows) {
                    ++plan.overflowCount;
                    plan.warnings << TrText::tr("shot %1 needs %2 s; the longest clip is %3 s "
                                                "(one sentence cannot be split)")
                                         .arg(shot.label)
                                         .arg(int(std::ceil(part.contentSeconds)))
                                         .arg(m_fitter.longest());
                }
                plan.shots << shot;
                plan.contentSeconds << part.contentSeconds;
            }
        }
    }
    return plan;
}

Result<ImportPlan> ScriptImporter::plan(const ShotList &list, const QString &file) const
{
    if (list.rows.isEmpty())
        return nothingToImport(file);
    ImportPlan plan;
    plan.format = ScriptFormat::ShotListCsv;
    plan.warnings = list.warnings;
    CastIndex castIndex(m_into);

    // Scenes in order of first appearance; rows without a scene join the one before.
    QHash<QString, int> sceneIndex;
    QList<int> rowScene;
    QList<int> rowInScene;
    QList<int> rowsPerScene;
    for (const ShotListRow &row : list.rows) {
        QString key = list.value(row, ShotListColumn::Scene);
        if (key.isEmpty() && !rowScene.isEmpty())
            key = plan.scenes.at(rowScene.last()).number.isEmpty()
                      ? plan.scenes.at(rowScene.last()).title
                      : plan.scenes.at(rowScene.last()).number;
        if (!sceneIndex.contains(key)) {
            Scene scene;
            scene.id = newId();
            const bool isNumber =
                !key.isEmpty() && key.size() <= 8 && !key.contains(QLatin1Char(' '));
            const QString location = list.value(row, ShotListColumn::Location);
            if (isNumber) {
                scene.number = key;
                scene.title = location.isEmpty() ? TrText::tr("Scene %1").arg(key) : location;
            } else if (!key.isEmpty()) {
                scene.title = key;
            } else {
                scene.title = location.isEmpty() ? TrText::tr("Shot list") : location;
            }
            sceneIndex.insert(key, int(plan.scenes.size()));
            plan.scenes << scene;
            rowsPerScene << 0;
        }
        const int index = sceneIndex.value(key);
        rowScene << index;
        rowInScene << ++rowsPerScene[index];
    }

    // Shot labels as written when they are unique; "12.3" (or "12C") when they repeat per scene.
    QHash<QString, int> labelUse;
    for (const ShotListRow &row : list.rows)
        ++labelUse[list.value(row, ShotListColumn::Shot)];
    int number = highestNumericLabel(m_into);

    for (qsizetype r = 0; r < list.rows.size(); ++r) {
        const ShotListRow &row = list.rows.at(r);
        const Scene &scene = plan.scenes.at(rowScene.at(r));
        Shot shot;
        shot.id = newId();
        const QString label = list.value(row, ShotListColumn::Shot);
        if (label.isEmpty()) {
            shot.label = QString::number(++number);
        } else if (labelUse.value(label) > 1 && !scene.number.isEmpty()) {
            const bool letters =
                std::all_of(label.cbegin(), label.cend(), [](QChar c) { return c.isLetter(); });
            shot.label = scene.number + (letters ? QString() : QStringLiteral(".")) + label;
        } else {
            shot.label = label;
        }
        shot.sceneId = scene.id;
        shot.sceneProse = list.value(row, ShotListColumn::Location);
        shot.framing = termFromShotList<Framing>(list.value(row, ShotListColumn::Framing));
        shot.angle = termFromShotList<Angle>(list.value(row, ShotListColumn::Angle));
        shot.movement = termFromShotList<Movement>(list.value(row, ShotListColumn::Movement));
        shot.depthOfField =
            DepthOfFieldTerm::fromText(list.value(row, ShotListColumn::DepthOfField));
        shot.lensStyle = list.value(row, ShotListColumn::Lens);
        shot.lighting = list.value(row, ShotListColumn::Lighting);
        shot.mood = list.value(row, ShotListColumn::Mood);
        const QString description = list.value(row, ShotListColumn::Description);
        shot.actionBeats = sentences(description);

        const QStringList characters = splitNames(list.value(row, ShotListColumn::Characters));
        for (const QString &name : characters) {
            const QString id = castIndex.idFor(name, plan);
            if (!id.isEmpty() && !shot.castIds.contains(id))
                shot.castIds << id;
        }
        QList<ContentPiece> pieces;
        for (const QString &beat : std::as_const(shot.actionBeats))
            pieces << ContentPiece{PieceKind::Action, beat, {}, int(r), false};
        static const QRegularExpression speakerLine(
            QStringLiteral(R"(^([^:：]{1,40})[:：]\s*(.+)$)"));
        for (const QString &raw : list.value(row, ShotListColumn::Dialogue)
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString text = raw.trimmed();
            if (text.isEmpty())
                continue;
            DialogueLine line;
            const QRegularExpressionMatch match = speakerLine.match(text);
            if (match.hasMatch()) {
                const QString id = castIndex.idFor(match.captured(1).trimmed(), plan);
                line.speaker = castIndex.nameOf(id);
                line.line = match.captured(2).trimmed();
                if (!id.isEmpty() && !shot.castIds.contains(id))
                    shot.castIds << id;
            } else {
                line.speaker = characters.size() == 1
                                   ? castIndex.nameOf(castIndex.idFor(characters.first(), plan))
                                   : QString();
                line.line = text;
            }
            shot.dialogue << line;
            ++plan.speechCount;
            pieces << ContentPiece{PieceKind::Speech, line.line, line.speaker, int(r), false};
        }

        double needed = 0.0;
        for (const ContentPiece &piece : std::as_const(pieces))
            needed += m_fitter.seconds(piece);
        const QString durationText = list.value(row, ShotListColumn::Duration);
        const std::optional<double> written = parseDuration(durationText);
        if (!durationText.isEmpty() && !written)
            plan.warnings << TrText::tr("line %1: the length \"%2\" is not a number of seconds; "
                                        "the shot is fitted to its content")
                                 .arg(row.line)
                                 .arg(durationText.left(40));
        const double wanted = written ? *written : needed;
        shot.durationSeconds = m_fitter.lengthFor(wanted);
        if (wanted > m_fitter.longest() + 1e-6) {
            ++plan.overflowCount;
            plan.warnings << TrText::tr("shot %1 needs %2 s; the longest clip is %3 s")
                                 .arg(shot.label)
                                 .arg(int(std::ceil(wanted)))
                                 .arg(m_fitter.longest());
        }

        QStringList notes;
        const QString ownNotes = list.value(row, ShotListColumn::Notes);
        if (!ownNotes.isEmpty())
            notes << ownNotes;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const ShotListColumn column =
                c < list.columns.size() ? list.columns.at(c) : ShotListColumn::Unknown;
            const QString value = row.cells.at(c).trimmed();
            if (column != ShotListColumn::Unknown || value.isEmpty())
                continue;
            const QString header = c < list.headers.size() && !list.headers.at(c).isEmpty()
                                       ? list.headers.at(c)
                                       : TrText::tr("Column %1").arg(c + 1);
            notes << header + QStringLiteral(": ") + value;
        }
        shot.notes = notes.join(QLatin1Char('\n'));

        QStringList refLines;
        if (!description.isEmpty())
            refLines << description;
        for (const DialogueLine &line : std::as_const(shot.dialogue))
            refLines << (line.speaker.isEmpty() ? line.line
                                                : line.speaker + QStringLiteral(": ") + line.line);
        shot.scriptRef.scene = rowScene.at(r) + 1;
        shot.scriptRef.sceneNumber = scene.number;
        shot.scriptRef.heading = scene.title;
        shot.scriptRef.paragraph = rowInScene.at(r);
        shot.scriptRef.text = refLines.join(QLatin1Char('\n'));
        plan.shots << shot;
        plan.contentSeconds << needed;
    }
    return plan;
}

Project withImport(Project project, const ImportPlan &plan)
{
    project.scenes << plan.scenes;
    project.cast << plan.newCast;
    project.shots << plan.shots;
    if (project.title.trimmed().isEmpty() && !plan.title.isEmpty())
        project.title = plan.title;
    return project;
}

} // namespace ShotBrief::Script
