// SPDX-License-Identifier: MIT
#include "projectreader.h"

#include "filekeys.h"
#include "jsontext.h"
#include "readlimits.h"

#include "model/textposition.h"
#include "model/validator.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <span>
#include <string>
#include <vector>

namespace ShotBrief {

namespace {

using namespace FileKeys;
using Json = nlohmann::json;

/// Gives lupdate and the runtime the same translation context.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProjectFile)
};

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Values quoted in messages are shortened: a message never carries a megabyte of text.
QString quotedValue(const std::string &s)
{
    constexpr std::size_t limit = 60;
    QString text =
        s.size() > limit ? QString::fromUtf8(s.data(), limit) + QChar(0x2026) : fromUtf8(s);
    return QLatin1Char('"') + text + QLatin1Char('"');
}

struct Scalar
{
    enum Type { Null, Bool, Int, UInt, Float, String } type = Null;
    bool boolean = false;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    double real = 0.0;
    std::string *text = nullptr; ///< String: the value; Float: the literal as written.
};

QString describe(const Scalar &v)
{
    switch (v.type) {
    case Scalar::Null:
        return ReaderText::tr("null");
    case Scalar::Bool:
        return v.boolean ? ReaderText::tr("true") : ReaderText::tr("false");
    case Scalar::Int:
        return QString::number(v.integer);
    case Scalar::UInt:
        return QString::number(v.unsignedInteger);
    case Scalar::Float:
        return v.text->size() > 40 ? fromUtf8(v.text->substr(0, 40)) + QChar(0x2026)
                                   : fromUtf8(*v.text);
    case Scalar::String:
        return ReaderText::tr("the string %1").arg(quotedValue(*v.text));
    }
    return {};
}

bool parseCanonicalTime(const std::string &s, QDateTime *out)
{
    // The writer's own form, "2026-09-24T18:30:00Z" or with ".123" milliseconds, is parsed by
    // hand: QDateTime::fromString is an order of magnitude slower and most files have many.
    const auto digits = [&s](std::size_t at, std::size_t n, int *value) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            v = v * 10 + (s[i] - '0');
        }
        *value = v;
        return true;
    };
    if (s.size() != 20 && s.size() != 24)
        return false;
    int y, mo, d, h, mi, sec, ms = 0;
    if (!digits(0, 4, &y) || s[4] != '-' || !digits(5, 2, &mo) || s[7] != '-' ||
        !digits(8, 2, &d) || s[10] != 'T' || !digits(11, 2, &h) || s[13] != ':' ||
        !digits(14, 2, &mi) || s[16] != ':' || !digits(17, 2, &sec) || s.back() != 'Z')
        return false;
    if (s.size() == 24 && (s[19] != '.' || !digits(20, 3, &ms)))
        return false;
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid())
        return false;
    *out = QDateTime(date, time, Qt::UTC);
    return true;
}

template<typename E>
CameraTerm<E> termFromFile(const std::string &text)
{
    // Files store keys; matching those first avoids fromText's case-folding for every shot.
    for (const CameraTermInfo &info : cameraVocabulary<E>()) {
        if (text == info.key)
            return CameraTerm<E>(E(info.value));
    }
    return CameraTerm<E>::fromText(fromUtf8(text));
}

class ProjectReader;

// --- How each object type of the file is read ----------------------------------------------
// One ObjectType per kind of JSON object: its keys (in the order the writer writes them, which
// makes the usual next key the first one tried), how each value is read, the containers a key
// holds, and where unknown keys go. A new field of the model is one line in its type's table.

/// Reads one value into the object being filled; false (with the reader's error) to stop.
using ReadValue = bool (*)(ProjectReader &reader, void *object, const Scalar &value);
/// Prepares the container a key holds inside `object` and returns it: the nested object, or
/// the list, emptied.
using OpenChild = void *(*)(ProjectReader &reader, void *object);
/// Takes a value kept as its compact JSON text (a take's request).
using KeepJson = void (*)(void *object, const std::string &json);
/// Takes an object's unknown keys: compact JSON members without braces, may be empty.
using KeepUnknown = void (*)(ProjectReader &reader, void *object, std::string &&members);

struct Container;

/// One key of an object type. Exactly one of `read`, `child` (with `open`) and `keepJson`.
struct Field
{
    std::string_view key;
    ReadValue read = nullptr;
    const Container *child = nullptr;
    OpenChild open = nullptr;
    KeepJson keepJson = nullptr;
    /// What a single-value key expects, for the message when it gets an object or array
    /// (QT_TRANSLATE_NOOP in ShotBrief::ProjectFile); null: "a single value".
    const char *expected = nullptr;
};

/// An object type, or a list of objects or strings.
struct Container
{
    enum Kind { Object, ObjectList, StringList } kind = Object;
    std::span<const Field> fields;         ///< Object: its keys.
    KeepUnknown keepUnknown = nullptr;     ///< Object: null drops unknown keys with a warning.
    const Container *element = nullptr;    ///< ObjectList: the type of its elements.
    void *(*append)(void *list) = nullptr; ///< ObjectList: a new element at the end.
    std::size_t elementCost = 0;           ///< ObjectList: an element's size, for the budget.

    bool isList() const { return kind != Object; }
};

struct Frame
{
    const Container *type = nullptr; ///< Null at the top level, outside the project object.
    int field = -1;                  ///< Object: index of the current key in fields; -1 unknown.
    qsizetype count = 0;             ///< List: elements started so far.
    void *target = nullptr;          ///< The model object or list being filled.
    std::string unknownKey;          ///< Object: the current key when it is not a known one.
    std::string unknown;             ///< Object: compact JSON members of the unknown keys so far.
};

constexpr qsizetype MaxWarnings = 100;

class ProjectReader
{
public:
    ProjectReader(QByteArrayView bytes, const QString &fileName)
        : m_bytes(bytes)
        , m_fileName(fileName)
        , m_limits(bytes, fileName)
    {
        m_frames.reserve(16);
        m_frames.push_back(Frame{});
    }

    Result<LoadedProject> read();

    // nlohmann SAX interface.
    bool null()
    {
        if (m_capture != Capture::None) {
            m_writer.null();
            return afterCapturedValue();
        }
        return scalar(Scalar{});
    }
    bool boolean(bool value)
    {
        if (m_capture != Capture::None) {
            m_writer.boolean(value);
            return afterCapturedValue();
        }
        Scalar v;
        v.type = Scalar::Bool;
        v.boolean = value;
        return scalar(v);
    }
    bool number_integer(Json::number_integer_t value)
    {
        if (m_capture != Capture::None) {
            m_writer.integer(value);
            return afterCapturedValue();
        }
        Scalar v;
        v.type = Scalar::Int;
        v.integer = value;
        return scalar(v);
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        if (m_capture != Capture::None) {
            m_writer.unsignedInteger(value);
            return afterCapturedValue();
        }
        Scalar v;
        v.type = Scalar::UInt;
        v.unsignedInteger = value;
        return scalar(v);
    }
    bool number_float(Json::number_float_t value, const Json::string_t &literal)
    {
        if (m_capture != Capture::None) {
            m_writer.floatLiteral(literal);
            return afterCapturedValue();
        }
        Scalar v;
        v.type = Scalar::Float;
        v.real = value;
        v.text = const_cast<std::string *>(&literal);
        return scalar(v);
    }
    bool string(Json::string_t &value)
    {
        if (m_capture != Capture::None) {
            m_writer.string(value);
            return afterCapturedValue();
        }
        Scalar v;
        v.type = Scalar::String;
        v.text = &value;
        return scalar(v);
    }
    bool binary(Json::binary_t &) { return false; } // Not produced by the JSON parser.
    bool start_object(std::size_t)
    {
        if (m_capture != Capture::None) {
            m_writer.startObject();
            ++m_captureDepth;
            return true;
        }
        return openContainer(false);
    }
    bool start_array(std::size_t)
    {
        if (m_capture != Capture::None) {
            m_writer.startArray();
            ++m_captureDepth;
            return true;
        }
        return openContainer(true);
    }
    bool end_object()
    {
        if (m_capture != Capture::None) {
            m_writer.endObject();
            --m_captureDepth;
            return afterCapturedValue();
        }
        return closeObject();
    }
    bool end_array()
    {
        if (m_capture != Capture::None) {
            m_writer.endArray();
            --m_captureDepth;
            return afterCapturedValue();
        }
        m_frames.pop_back();
        return true;
    }
    bool key(Json::string_t &key);
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &e);

    // Value readers used by the field tables: each reports a wrong type or value for the field
    // being read.
    bool readString(const Scalar &v, QString &out);
    bool readMediaPath(const Scalar &v, QString &out);
    bool readInt(const Scalar &v, int &out, qint64 min, qint64 max);
    bool readBool(const Scalar &v, bool &out);
    bool readAmount(const Scalar &v, double &out, bool allowNegative);
    bool readTime(const Scalar &v, QDateTime &out);
    bool readSchema(const Scalar &v);
    template<typename E>
    bool readTerm(const Scalar &v, CameraTerm<E> &out)
    {
        if (v.type == Scalar::Null) {
            out = {};
            return true;
        }
        if (v.type != Scalar::String)
            return wrongValue(
                ReaderText::tr("expected a camera term (text), got %1").arg(describe(v)));
        out = termFromFile<E>(*v.text);
        return true;
    }
    bool readStrategy(const Scalar &v, PromptStrategy &out);
    bool readPromptLanguage(const Scalar &v, std::optional<PromptLanguage> &out);
    bool readStatus(const Scalar &v, TakeStatus &out);
    bool readKind(const Scalar &v, TakeKind &out);
    bool readScriptMark(const Scalar &v, ScriptMark &out);
    bool readDecision(const Scalar &v, ReviewDecision &out);

    qsizetype shotCapacity() const { return m_limits.shotCapacity(); }
    /// The unknown keys of "format" and "style" ride in Project::unknownJson under those names
    /// (FORMAT.md): they cannot clash with a real top-level unknown key, both names being known
    /// at the top level.
    void keepFormatUnknown(std::string &&members) { m_formatUnknown = std::move(members); }
    void keepStyleUnknown(std::string &&members) { m_styleUnknown = std::move(members); }
    void keepProjectUnknown(Project &project, std::string &&members);

private:
    enum class Capture { None, Unknown, Json, Discard };

    bool afterCapturedValue()
    {
        if (m_captureDepth > 0)
            return true;
        finishCapture();
        return true;
    }
    void startCapture(Capture kind, int depth = 0)
    {
        m_capture = kind;
        m_captureDepth = depth;
        m_writer.clear();
    }
    void finishCapture();

    bool scalar(const Scalar &v);
    bool openContainer(bool array);
    bool closeObject();
    /// Counts an estimate of the memory the model takes; false (and an error) over budget.
    bool charge(std::size_t bytes);

    /// A type or value error at the current field. In a file from a newer version the field is
    /// skipped with a warning instead (its meaning may have changed); `container` says a
    /// container was just opened and must be skipped whole.
    bool wrongValue(const QString &message, bool container = false);
    QString currentPath() const;
    QString fieldName(const Frame &frame) const;
    void warn(const QString &path, const QString &message);
    Error errorAtOffset(qsizetype offset, const QString &message) const;
    void classifyProblems(const QList<ValidationProblem> &problems,
                          QList<ValidationProblem> *errors);

    QByteArrayView m_bytes;
    QString m_fileName;
    ReadLimits m_limits;
    LoadedProject m_result;
    std::vector<Frame> m_frames;
    Capture m_capture = Capture::None;
    int m_captureDepth = 0;
    JsonText::CompactWriter m_writer;
    std::string m_formatUnknown; ///< Unknown keys of "format", kept in Project::unknownJson.
    std::string m_styleUnknown;
    bool m_sawProject = false;
    bool m_sawSchema = false;
    int m_schema = 0;
    qsizetype m_droppedWarnings = 0;
    std::optional<Error> m_error;
};

// --- Field makers: one per kind of value -----------------------------------------------------

template<typename M>
struct MemberOf;
template<typename O, typename T>
struct MemberOf<T O::*>
{
    using Owner = O;
};

/// The member `Member` of the object being filled.
template<auto Member>
auto &member(void *object)
{
    return static_cast<typename MemberOf<decltype(Member)>::Owner *>(object)->*Member;
}

template<auto Member>
constexpr Field text(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readString(v, member<Member>(o));
            }};
}

/// A path inside the media folder (FORMAT.md: never absolute, never "..").
template<auto Member>
constexpr Field mediaPath(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readMediaPath(v, member<Member>(o));
            }};
}

template<auto Member>
constexpr Field boolean(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readBool(v, member<Member>(o));
            }};
}

template<auto Member, qint64 Min, qint64 Max>
constexpr Field wholeNumber(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readInt(v, member<Member>(o), Min, Max);
            }};
}

template<auto Member>
constexpr Field flag(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readBool(v, member<Member>(o));
            }};
}

/// US dollars; `AllowNegative` only where a sign means something.
template<auto Member, bool AllowNegative = false>
constexpr Field amount(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readAmount(v, member<Member>(o), AllowNegative);
            }};
}

/// US dollars that are there only once known (a spend entry's actual cost).
template<auto Member>
constexpr Field knownAmount(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                double usd = 0.0;
                if (!r.readAmount(v, usd, false))
                    return false;
                member<Member>(o) = usd;
                return true;
            }};
}

template<auto Member>
constexpr Field utcTime(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readTime(v, member<Member>(o));
            }};
}

template<auto Member>
constexpr Field cameraTerm(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return r.readTerm(v, member<Member>(o));
            }};
}

/// A value read by one of the reader's own functions (an enumeration's keys).
template<auto Member, auto Read>
constexpr Field choice(std::string_view key)
{
    return {key, [](ProjectReader &r, void *o, const Scalar &v) {
                return (r.*Read)(v, member<Member>(o));
            }};
}

/// The nested object a key holds.
template<auto Member>
constexpr Field object(std::string_view key, const Container *type)
{
    return {key, nullptr, type, [](ProjectReader &, void *o) -> void * {
                return &member<Member>(o);
            }};
}

/// The list a key holds: emptied, then filled from the array.
template<auto Member>
constexpr Field list(std::string_view key, const Container *type)
{
    return {key, nullptr, type, [](ProjectReader &, void *o) -> void * {
                auto &items = member<Member>(o);
                items.clear();
                return &items;
            }};
}

/// A list of objects of `element`'s type.
template<typename List>
constexpr Container objectList(const Container *element)
{
    return {Container::ObjectList,
            {},
            nullptr,
            element,
            [](void *items) -> void * { return &static_cast<List *>(items)->emplaceBack(); },
            sizeof(typename List::value_type)};
}

constexpr Container stringList{Container::StringList, {}};

QByteArray asObject(const std::string &members)
{
    QByteArray json;
    json.reserve(qsizetype(members.size()) + 2);
    json.append('{').append(members.data(), qsizetype(members.size())).append('}');
    return json;
}

/// Unknown keys kept in the object's `unknownJson` and written back (FORMAT.md).
template<auto Member>
constexpr KeepUnknown keepUnknownIn()
{
    return [](ProjectReader &, void *o, std::string &&members) {
        if (!members.empty())
            member<Member>(o) = asObject(members);
    };
}

/// The fields must be the file's keys in the writer's order (FileKeys): every key the writer
/// writes is read, and none is spelled two ways.
template<std::size_t N, std::size_t M>
constexpr bool sameKeys(const Field (&fields)[N], const std::array<std::string_view, M> &keys)
{
    if (N != M)
        return false;
    for (std::size_t i = 0; i < N; ++i) {
        if (fields[i].key != keys[i])
            return false;
    }
    return true;
}

// --- The tables ---------------------------------------------------------------------------

constexpr Field colorFields[] = {
    text<&PaletteColor::name>(colorKeys[CName]),
    text<&PaletteColor::hex>(colorKeys[CHex]),
};
static_assert(sameKeys(colorFields, colorKeys));
constexpr Container colorType{Container::Object, colorFields};
constexpr Container paletteList = objectList<Palette>(&colorType);

constexpr Field dialogueFields[] = {
    text<&DialogueLine::speaker>(dialogueKeys[DSpeaker]),
    text<&DialogueLine::line>(dialogueKeys[DLine]),
};
static_assert(sameKeys(dialogueFields, dialogueKeys));
constexpr Container dialogueType{Container::Object, dialogueFields};
constexpr Container dialogueList = objectList<QList<DialogueLine>>(&dialogueType);

/// A take's request is kept as the JSON it is (an object, normally); one that was not an object
/// is kept as the text it was (see the writer).
void keepRequest(void *object, const std::string &json)
{
    QByteArray &request = static_cast<Take *>(object)->requestJson;
    if (json == "null") {
        request.clear();
    } else if (!json.empty() && json.front() == '"') {
        std::string value;
        const Json parsed = Json::parse(json, nullptr, false);
        if (parsed.is_string())
            value = parsed.get_ref<const std::string &>();
        request = QByteArray(value.data(), qsizetype(value.size()));
    } else {
        request = QByteArray(json.data(), qsizetype(json.size()));
    }
}

constexpr Field takeFields[] = {
    text<&Take::id>(takeKeys[TId]),
    text<&Take::provider>(takeKeys[TProvider]),
    text<&Take::providerVideoId>(takeKeys[TProviderVideoId]),
    choice<&Take::kind, &ProjectReader::readKind>(takeKeys[TKind]),
    text<&Take::parentTakeId>(takeKeys[TParentTake]),
    text<&Take::prompt>(takeKeys[TPrompt]),
    text<&Take::model>(takeKeys[TModel]),
    text<&Take::size>(takeKeys[TSize]),
    wholeNumber<&Take::seconds, 0, 3600>(takeKeys[TSeconds]),
    mediaPath<&Take::referenceImage>(takeKeys[TReferenceImage]),
    mediaPath<&Take::lastFrame>(takeKeys[TLastFrame]),
    Field{takeKeys[TRequest], nullptr, nullptr, nullptr, keepRequest},
    choice<&Take::status, &ProjectReader::readStatus>(takeKeys[TStatus]),
    wholeNumber<&Take::progress, INT_MIN, INT_MAX>(takeKeys[TProgress]),
    text<&Take::errorCode>(takeKeys[TErrorCode]),
    text<&Take::errorMessage>(takeKeys[TErrorMessage]),
    utcTime<&Take::createdAt>(takeKeys[TCreatedAt]),
    utcTime<&Take::submittedAt>(takeKeys[TSubmittedAt]),
    utcTime<&Take::completedAt>(takeKeys[TCompletedAt]),
    utcTime<&Take::expiresAt>(takeKeys[TExpiresAt]),
    mediaPath<&Take::clipPath>(takeKeys[TClip]),
    wholeNumber<&Take::inMs, 0, 3600 * 1000>(takeKeys[TIn]),
    wholeNumber<&Take::outMs, 0, 3600 * 1000>(takeKeys[TOut]),
    mediaPath<&Take::thumbnailPath>(takeKeys[TThumbnail]),
    mediaPath<&Take::spritesheetPath>(takeKeys[TSpritesheet]),
    amount<&Take::costUsd>(takeKeys[TCost]),
};
static_assert(sameKeys(takeFields, takeKeys));
constexpr Container takeType{Container::Object, takeFields, keepUnknownIn<&Take::unknownJson>()};
constexpr Container takeList = objectList<QList<Take>>(&takeType);

constexpr Field scriptRefFields[] = {
    wholeNumber<&ScriptRef::scene, 0, 1000000>(scriptRefKeys[RScene]),
    text<&ScriptRef::sceneNumber>(scriptRefKeys[RNumber]),
    text<&ScriptRef::heading>(scriptRefKeys[RHeading]),
    wholeNumber<&ScriptRef::paragraph, 0, 10000000>(scriptRefKeys[RParagraph]),
    text<&ScriptRef::text>(scriptRefKeys[RText]),
    choice<&ScriptRef::mark, &ProjectReader::readScriptMark>(scriptRefKeys[RMark]),
};
static_assert(sameKeys(scriptRefFields, scriptRefKeys));
constexpr Container scriptRefType{Container::Object, scriptRefFields};
constexpr Field reviewFields[] = {
    text<&Review::reviewer>(reviewKeys[RReviewer]),
    choice<&Review::decision, &ProjectReader::readDecision>(reviewKeys[RDecision]),
    text<&Review::note>(reviewKeys[RNote]),
    text<&Review::preferredTakeId>(reviewKeys[RPreferredTake]),
    utcTime<&Review::at>(reviewKeys[RAt]),
};
static_assert(sameKeys(reviewFields, reviewKeys));
constexpr Container reviewType{Container::Object, reviewFields};
constexpr Container reviewList = objectList<QList<Review>>(&reviewType);

constexpr Field shotFields[] = {
    text<&Shot::id>(shotKeys[ShId]),
    text<&Shot::label>(shotKeys[ShLabel]),
    text<&Shot::sceneId>(shotKeys[ShScene]),
    choice<&Shot::strategy, &ProjectReader::readStrategy>(shotKeys[ShStrategy]),
    text<&Shot::sceneProse>(shotKeys[ShSceneProse]),
    cameraTerm<&Shot::framing>(shotKeys[ShFraming]),
    cameraTerm<&Shot::angle>(shotKeys[ShAngle]),
    cameraTerm<&Shot::movement>(shotKeys[ShMovement]),
    cameraTerm<&Shot::depthOfField>(shotKeys[ShDepthOfField]),
    text<&Shot::lensStyle>(shotKeys[ShLensStyle]),
    text<&Shot::lighting>(shotKeys[ShLighting]),
    list<&Shot::palette>(shotKeys[ShPalette], &paletteList),
    text<&Shot::mood>(shotKeys[ShMood]),
    list<&Shot::actionBeats>(shotKeys[ShActionBeats], &stringList),
    list<&Shot::dialogue>(shotKeys[ShDialogue], &dialogueList),
    list<&Shot::castIds>(shotKeys[ShCast], &stringList),
    wholeNumber<&Shot::durationSeconds, 1, 3600>(shotKeys[ShDuration]),
    text<&Shot::model>(shotKeys[ShModel]),
    text<&Shot::size>(shotKeys[ShSize]),
    mediaPath<&Shot::referenceImage>(shotKeys[ShReferenceImage]),
    mediaPath<&Shot::lastFrame>(shotKeys[ShLastFrame]),
    boolean<&Shot::chainPrevious>(shotKeys[ShChainPrevious]),
    text<&Shot::notes>(shotKeys[ShNotes]),
    // The board's layered file; load() reads it (ProjectFile::load, core/io/boardfile.h).
    Field{shotKeys[ShBoard],
          [](ProjectReader &r, void *o, const Scalar &v) {
              return r.readMediaPath(v, static_cast<Shot *>(o)->board.file);
          }},
    list<&Shot::takes>(shotKeys[ShTakes], &takeList),
    text<&Shot::circledTakeId>(shotKeys[ShCircledTake]),
    object<&Shot::scriptRef>(shotKeys[ShScriptRef], &scriptRefType),
    list<&Shot::reviews>(shotKeys[ShReviews], &reviewList),
    flag<&Shot::cut>(shotKeys[ShCut]),
};
static_assert(sameKeys(shotFields, shotKeys));
constexpr Container shotType{Container::Object, shotFields, keepUnknownIn<&Shot::unknownJson>()};
constexpr Container shotList = objectList<QList<Shot>>(&shotType);

constexpr Field castFields[] = {
    text<&CastMember::id>(castKeys[CmId]),
    text<&CastMember::name>(castKeys[CmName]),
    text<&CastMember::identity>(castKeys[CmIdentity]),
    mediaPath<&CastMember::referenceImage>(castKeys[CmReferenceImage]),
};
static_assert(sameKeys(castFields, castKeys));
constexpr Container castType{Container::Object, castFields,
                             keepUnknownIn<&CastMember::unknownJson>()};
constexpr Container castList = objectList<QList<CastMember>>(&castType);

constexpr Field sceneFields[] = {
    text<&Scene::id>(sceneKeys[ScId]),
    text<&Scene::title>(sceneKeys[ScTitle]),
    text<&Scene::notes>(sceneKeys[ScNotes]),
    text<&Scene::number>(sceneKeys[ScNumber]),
};
static_assert(sameKeys(sceneFields, sceneKeys));
constexpr Container sceneType{Container::Object, sceneFields, keepUnknownIn<&Scene::unknownJson>()};
constexpr Container sceneList = objectList<QList<Scene>>(&sceneType);

constexpr Field ledgerFields[] = {
    text<&SpendEntry::takeId>(ledgerKeys[LTakeId]),
    text<&SpendEntry::shotId>(ledgerKeys[LShotId]),
    text<&SpendEntry::provider>(ledgerKeys[LProvider]),
    text<&SpendEntry::model>(ledgerKeys[LModel]),
    wholeNumber<&SpendEntry::seconds, 0, 86400>(ledgerKeys[LSeconds]),
    amount<&SpendEntry::amountUsd>(ledgerKeys[LAmount]),
    knownAmount<&SpendEntry::actualUsd>(ledgerKeys[LActual]),
    utcTime<&SpendEntry::at>(ledgerKeys[LAt]),
};
static_assert(sameKeys(ledgerFields, ledgerKeys));
constexpr Container ledgerType{Container::Object, ledgerFields};
constexpr Container ledgerList = objectList<QList<SpendEntry>>(&ledgerType);

constexpr Field formatFields[] = {
    text<&FormatDefaults::provider>(formatKeys[FProvider]),
    text<&FormatDefaults::model>(formatKeys[FModel]),
    text<&FormatDefaults::size>(formatKeys[FSize]),
    wholeNumber<&FormatDefaults::durationSeconds, 1, 3600>(formatKeys[FDuration]),
    choice<&FormatDefaults::promptLanguage, &ProjectReader::readPromptLanguage>(
        formatKeys[FPromptLanguage]),
};
static_assert(sameKeys(formatFields, formatKeys));
constexpr Container formatType{Container::Object, formatFields,
                               [](ProjectReader &r, void *, std::string &&members) {
                                   r.keepFormatUnknown(std::move(members));
                               }};

constexpr Field styleFields[] = {
    text<&StyleBible::lensStyle>(styleKeys[SLensStyle]),
    text<&StyleBible::mood>(styleKeys[SMood]),
    text<&StyleBible::lighting>(styleKeys[SLighting]),
    list<&StyleBible::palette>(styleKeys[SPalette], &paletteList),
    text<&StyleBible::notes>(styleKeys[SNotes]),
};
static_assert(sameKeys(styleFields, styleKeys));
constexpr Container styleType{Container::Object, styleFields,
                              [](ProjectReader &r, void *, std::string &&members) {
                                  r.keepStyleUnknown(std::move(members));
                              }};

constexpr Field projectFields[] = {
    Field{projectKeys[PSchema],
          [](ProjectReader &r, void *, const Scalar &v) { return r.readSchema(v); }, nullptr,
          nullptr, nullptr, QT_TRANSLATE_NOOP("ShotBrief::ProjectFile", "a whole number")},
    text<&Project::title>(projectKeys[PTitle]),
    object<&Project::format>(projectKeys[PFormat], &formatType),
    object<&Project::style>(projectKeys[PStyle], &styleType),
    list<&Project::cast>(projectKeys[PCast], &castList),
    list<&Project::scenes>(projectKeys[PScenes], &sceneList),
    // Reserved once from the pre-scan's count.
    Field{projectKeys[PShots], nullptr, &shotList,
          [](ProjectReader &r, void *o) -> void * {
              QList<Shot> &shots = static_cast<Project *>(o)->shots;
              shots.clear();
              shots.reserve(r.shotCapacity());
              return &shots;
          }},
    list<&Project::ledger>(projectKeys[PLedger], &ledgerList),
    amount<&Project::spendingCapUsd, true>(projectKeys[PSpendingCap]),
};
static_assert(sameKeys(projectFields, projectKeys));
constexpr Container projectType{
    Container::Object, projectFields, [](ProjectReader &r, void *o, std::string &&members) {
        r.keepProjectUnknown(*static_cast<Project *>(o), std::move(members));
    }};

// --- The reader -------------------------------------------------------------------------------

QString ProjectReader::fieldName(const Frame &frame) const
{
    if (frame.field >= 0) {
        const std::string_view key = frame.type->fields[std::size_t(frame.field)].key;
        return QString::fromLatin1(key.data(), qsizetype(key.size()));
    }
    return fromUtf8(frame.unknownKey);
}

QString ProjectReader::currentPath() const
{
    QString path;
    for (std::size_t i = 1; i < m_frames.size(); ++i) {
        const Frame &frame = m_frames[i];
        if (frame.type->isList()) {
            path += QLatin1Char('[') + QString::number(frame.count - 1) + QLatin1Char(']');
        } else {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += fieldName(frame);
        }
    }
    return path;
}

void ProjectReader::warn(const QString &path, const QString &message)
{
    // A file can produce a warning per item; a person reads the first few.
    if (m_result.warnings.size() >= MaxWarnings) {
        ++m_droppedWarnings;
        return;
    }
    Error e;
    e.file = m_fileName;
    e.field = path;
    e.message = message;
    m_result.warnings.append(e.toString());
}

bool ProjectReader::wrongValue(const QString &message, bool container)
{
    if (m_sawSchema && m_schema > CurrentSchemaVersion) {
        warn(currentPath(),
             message + ReaderText::tr(" (skipped: the file is from a newer version)"));
        if (container)
            startCapture(Capture::Discard, 1);
        return true;
    }
    Error e;
    e.file = m_fileName;
    e.field = currentPath();
    e.message = message;
    m_error = e;
    return false;
}

bool ProjectReader::charge(std::size_t bytes)
{
    if (m_limits.charge(bytes))
        return true;
    Error e;
    e.file = m_fileName;
    e.field = currentPath();
    e.message = m_limits.overBudgetMessage();
    m_error = e;
    return false;
}

bool ProjectReader::readString(const Scalar &v, QString &out)
{
    if (v.type == Scalar::String) {
        if (!v.text->empty() && !charge(ReadLimits::stringCost(v.text->size())))
            return false;
        out = fromUtf8(*v.text);
        return true;
    }
    if (v.type == Scalar::Null) {
        out.clear();
        return true;
    }
    return wrongValue(ReaderText::tr("expected a string, got %1").arg(describe(v)));
}

bool ProjectReader::readMediaPath(const Scalar &v, QString &out)
{
    QString path;
    if (!readString(v, path))
        return false;
    if (!path.isEmpty()) {
        const QString problem = ProjectFile::mediaPathProblem(path);
        if (!problem.isEmpty())
            return wrongValue(problem);
    }
    out = path;
    return true;
}

bool ProjectReader::readInt(const Scalar &v, int &out, qint64 min, qint64 max)
{
    qint64 value = 0;
    bool ok = false;
    if (v.type == Scalar::Int) {
        value = v.integer;
        ok = true;
    } else if (v.type == Scalar::UInt) {
        ok = v.unsignedInteger <= quint64(max);
        value = ok ? qint64(v.unsignedInteger) : max + 1;
    } else if (v.type == Scalar::Float && std::isfinite(v.real) && std::trunc(v.real) == v.real &&
               std::fabs(v.real) < 9e15) {
        value = qint64(v.real); // "8.0" is a whole number too.
        ok = true;
    }
    if (!ok && v.type != Scalar::UInt)
        return wrongValue(ReaderText::tr("expected a whole number, got %1").arg(describe(v)));
    if (!ok || value < min || value > max)
        return wrongValue(ReaderText::tr("expected a whole number from %1 to %2, got %3")
                              .arg(min)
                              .arg(max)
                              .arg(describe(v)));
    out = int(value);
    return true;
}

bool ProjectReader::readBool(const Scalar &v, bool &out)
{
    if (v.type != Scalar::Bool)
        return wrongValue(ReaderText::tr("expected true or false, got %1").arg(describe(v)));
    out = v.boolean;
    return true;
}

bool ProjectReader::readAmount(const Scalar &v, double &out, bool allowNegative)
{
    double value = 0.0;
    switch (v.type) {
    case Scalar::Int:
        value = double(v.integer);
        break;
    case Scalar::UInt:
        value = double(v.unsignedInteger);
        break;
    case Scalar::Float:
        value = v.real;
        break;
    default:
        return wrongValue(
            ReaderText::tr("expected an amount in US dollars, got %1").arg(describe(v)));
    }
    if (!std::isfinite(value) || (!allowNegative && value < 0))
        return wrongValue(
            ReaderText::tr("expected an amount of 0 or more, got %1").arg(describe(v)));
    out = value;
    return true;
}

bool ProjectReader::readTime(const Scalar &v, QDateTime &out)
{
    if (v.type == Scalar::Null) {
        out = QDateTime();
        return true;
    }
    if (v.type == Scalar::String) {
        if (parseCanonicalTime(*v.text, &out))
            return true;
        const QDateTime parsed = QDateTime::fromString(fromUtf8(*v.text), Qt::ISODateWithMs);
        // A time without "Z" or an offset would silently become local time.
        if (parsed.isValid() && parsed.timeSpec() != Qt::LocalTime) {
            out = parsed.toUTC();
            return true;
        }
    }
    return wrongValue(ReaderText::tr("expected a UTC time such as \"2026-09-24T18:30:00Z\", got %1")
                          .arg(describe(v)));
}

bool ProjectReader::readSchema(const Scalar &v)
{
    int schema = 0;
    if (!readInt(v, schema, 1, 1000000))
        return false;
    m_schema = schema;
    m_sawSchema = true;
    return true;
}

bool ProjectReader::readStrategy(const Scalar &v, PromptStrategy &out)
{
    if (v.type == Scalar::String && *v.text == "detailed") {
        out = PromptStrategy::Detailed;
        return true;
    }
    if (v.type == Scalar::String && *v.text == "concise") {
        out = PromptStrategy::Concise;
        return true;
    }
    return wrongValue(
        ReaderText::tr("expected \"detailed\" or \"concise\", got %1").arg(describe(v)));
}

bool ProjectReader::readPromptLanguage(const Scalar &v, std::optional<PromptLanguage> &out)
{
    if (v.type == Scalar::String) {
        const QString key = fromUtf8(*v.text);
        out = promptLanguageFromKey(key);
        if (out || key.isEmpty())
            return true;
    }
    return wrongValue(
        ReaderText::tr("expected \"\" (automatic), \"en\", \"zh_CN\" or \"ja\", got %1")
            .arg(describe(v)));
}

bool ProjectReader::readStatus(const Scalar &v, TakeStatus &out)
{
    if (v.type == Scalar::String) {
        if (const auto status = takeStatusFromKey(fromUtf8(*v.text))) {
            out = *status;
            return true;
        }
    }
    return wrongValue(
        ReaderText::tr("expected one of draft, submitting, queued, in_progress, downloading, "
                       "ready, failed, canceled, expired, got %1")
            .arg(describe(v)));
}

bool ProjectReader::readScriptMark(const Scalar &v, ScriptMark &out)
{
    if (v.type == Scalar::String) {
        if (const auto mark = scriptMarkFromKey(fromUtf8(*v.text))) {
            out = *mark;
            return true;
        }
    }
    return wrongValue(
        ReaderText::tr("expected \"\", \"changed\" or \"cut\", got %1").arg(describe(v)));
}

bool ProjectReader::readKind(const Scalar &v, TakeKind &out)
{
    if (v.type == Scalar::String) {
        if (const auto kind = takeKindFromKey(fromUtf8(*v.text))) {
            out = *kind;
            return true;
        }
    }
    return wrongValue(
        ReaderText::tr("expected one of generate, remix, extend, edit, import, got %1")
            .arg(describe(v)));
}

bool ProjectReader::readDecision(const Scalar &v, ReviewDecision &out)
{
    if (v.type == Scalar::String) {
        if (const auto decision = reviewDecisionFromKey(fromUtf8(*v.text))) {
            out = *decision;
            return true;
        }
    }
    return wrongValue(ReaderText::tr("expected \"approved\", \"changes_requested\" or \"\", got %1")
                          .arg(describe(v)));
}

bool ProjectReader::key(Json::string_t &key)
{
    if (m_capture != Capture::None) {
        m_writer.key(key);
        return true;
    }
    Frame &frame = m_frames.back();
    const std::span<const Field> fields = frame.type->fields;
    // Files written by this code list keys in table order, so the next key is usually the one
    // after the previous.
    const std::size_t hint = std::size_t(frame.field + 1);
    int field = -1;
    if (hint < fields.size() && fields[hint].key == key) {
        field = int(hint);
    } else {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i].key == key) {
                field = int(i);
                break;
            }
        }
    }
    frame.field = field;
    if (field < 0) {
        frame.unknownKey = std::move(key);
        if (frame.type->keepUnknown) {
            startCapture(Capture::Unknown);
        } else {
            warn(currentPath(),
                 ReaderText::tr("unknown key, not kept: it will be lost when saving"));
            startCapture(Capture::Discard);
        }
    } else if (fields[std::size_t(field)].keepJson) {
        startCapture(Capture::Json);
    }
    return true;
}

void ProjectReader::finishCapture()
{
    const Capture kind = m_capture;
    m_capture = Capture::None;
    Frame &frame = m_frames.back();
    switch (kind) {
    case Capture::Unknown:
        if (!frame.unknown.empty())
            frame.unknown.push_back(',');
        JsonText::appendString(frame.unknown, frame.unknownKey);
        frame.unknown.push_back(':');
        frame.unknown.append(m_writer.text());
        break;
    case Capture::Json:
        frame.type->fields[std::size_t(frame.field)].keepJson(frame.target, m_writer.text());
        break;
    case Capture::Discard:
    case Capture::None:
        break;
    }
    m_writer.clear();
}

bool ProjectReader::scalar(const Scalar &v)
{
    Frame &frame = m_frames.back();
    if (!frame.type)
        return wrongValue(
            ReaderText::tr("expected a ShotBrief project (a JSON object) at the top level, got %1")
                .arg(describe(v)));
    switch (frame.type->kind) {
    case Container::StringList: {
        ++frame.count;
        auto *list = static_cast<QStringList *>(frame.target);
        if (v.type != Scalar::String)
            return wrongValue(ReaderText::tr("expected a string, got %1").arg(describe(v)));
        if (!charge(sizeof(QString) + ReadLimits::stringCost(v.text->size())))
            return false;
        list->append(fromUtf8(*v.text));
        return true;
    }
    case Container::ObjectList:
        ++frame.count;
        return wrongValue(ReaderText::tr("expected an object, got %1").arg(describe(v)));
    case Container::Object:
        break;
    }
    const Field &field = frame.type->fields[std::size_t(frame.field)];
    if (field.read)
        return field.read(*this, frame.target, v);
    // A known key whose value must be a container.
    return wrongValue(field.child->isList()
                          ? ReaderText::tr("expected an array, got %1").arg(describe(v))
                          : ReaderText::tr("expected an object, got %1").arg(describe(v)));
}

bool ProjectReader::openContainer(bool array)
{
    Frame &top = m_frames.back();
    const QString got = array ? ReaderText::tr("an array") : ReaderText::tr("an object");
    if (!top.type) {
        if (array || m_sawProject)
            return wrongValue(
                ReaderText::tr(
                    "expected a ShotBrief project (a JSON object) at the top level, got %1")
                    .arg(got),
                true);
        m_sawProject = true;
        m_frames.push_back(Frame{&projectType, -1, 0, &m_result.project, {}, {}});
        return true;
    }
    if (top.type->isList()) {
        ++top.count;
        const Container *element = top.type->element;
        if (!element || array)
            return wrongValue(
                ReaderText::tr("expected %1, got %2")
                    .arg(element ? ReaderText::tr("an object") : ReaderText::tr("a string"), got),
                true);
        if (!charge(top.type->elementCost))
            return false;
        void *target = top.type->append(top.target);
        m_frames.push_back(Frame{element, -1, 0, target, {}, {}});
        return true;
    }
    const Field &field = top.type->fields[std::size_t(top.field)];
    if (!field.child || field.child->isList() != array) {
        QString expected;
        if (field.child)
            expected =
                field.child->isList() ? ReaderText::tr("an array") : ReaderText::tr("an object");
        else
            expected =
                field.expected ? ReaderText::tr(field.expected) : ReaderText::tr("a single value");
        return wrongValue(ReaderText::tr("expected %1, got %2").arg(expected, got), true);
    }
    void *target = field.open(*this, top.target);
    m_frames.push_back(Frame{field.child, -1, 0, target, {}, {}});
    return true;
}

bool ProjectReader::closeObject()
{
    Frame &frame = m_frames.back();
    if (frame.type->keepUnknown)
        frame.type->keepUnknown(*this, frame.target, std::move(frame.unknown));
    m_frames.pop_back();
    return true;
}

void ProjectReader::keepProjectUnknown(Project &project, std::string &&members)
{
    for (const auto &[name, text] : {std::pair{projectKeys[PFormat], &m_formatUnknown},
                                     std::pair{projectKeys[PStyle], &m_styleUnknown}}) {
        if (text->empty())
            continue;
        if (!members.empty())
            members.push_back(',');
        JsonText::appendString(members, name);
        members.append(":{").append(*text).append("}");
    }
    if (!members.empty())
        project.unknownJson = asObject(members);
}

Error ProjectReader::errorAtOffset(qsizetype offset, const QString &message) const
{
    Error e;
    e.file = m_fileName;
    e.message = message;
    const TextPosition at = textPositionAt(m_bytes, offset);
    e.line = at.line;
    e.column = at.column;
    return e;
}

bool ProjectReader::parse_error(std::size_t position, const std::string &lastToken,
                                const nlohmann::detail::exception &e)
{
    // nlohmann's text is "[json.exception.parse_error.101] parse error at line 1, column 2:
    // syntax error while parsing ..."; keep what follows its own position, which we replace
    // with ours.
    std::string_view what = e.what();
    const auto at = what.find("parse error");
    if (at != std::string_view::npos) {
        const auto colon = what.find(": ", at);
        if (colon != std::string_view::npos)
            what.remove_prefix(colon + 2);
    }
    constexpr std::size_t limit = 300;
    QString message = QString::fromUtf8(what.data(), qsizetype(std::min(what.size(), limit)));
    if (what.size() > limit)
        message += QChar(0x2026);
    // nlohmann's position counts the bytes read, so position - 1 is the last byte it looked at.
    // That is the right spot inside a string (bad UTF-8, a raw control character) and in a bad
    // literal; an unexpected token is better shown where it starts ("title" after a missing
    // comma), an unterminated string where its quote is, a premature end at the end.
    const auto says = [&what](const char *text) {
        return what.find(text) != std::string_view::npos;
    };
    // The end of input counts as a byte read.
    const qsizetype read = std::min<qsizetype>(qsizetype(position), m_bytes.size() + 1);
    const qsizetype tokenStart = std::min(read, m_bytes.size()) - qsizetype(lastToken.size());
    qsizetype offset = read - 1;
    if (says("missing closing quote"))
        offset = tokenStart;
    else if (!says("unexpected end of input") && !says("invalid string") &&
             !says("invalid literal") && !says("invalid number"))
        offset = tokenStart;
    offset = std::clamp<qsizetype>(offset, 0, m_bytes.size());
    m_error = errorAtOffset(offset, ReaderText::tr("invalid JSON: %1").arg(message));
    return false;
}

void ProjectReader::classifyProblems(const QList<ValidationProblem> &problems,
                                     QList<ValidationProblem> *errors)
{
    // Only the project's own invariants are checked here (validateProject without a
    // provider): which models, sizes and lengths are legal depends on the provider configured
    // today, and a project must open whatever that is (the linter and Check Fit report it).
    // Soft problems (the file is safe to open and edit): empty dialogue lines. A newer file is
    // read-only, and its problems may be meaning we do not understand: all soft.
    for (const ValidationProblem &p : problems) {
        const bool soft = m_result.readOnly || (p.path.endsWith(QLatin1String(".line")) &&
                                                p.path.contains(QLatin1String(".dialogue[")));
        if (soft)
            warn(p.path, p.message);
        else
            errors->append(p);
    }
}

Result<LoadedProject> ProjectReader::read()
{
    if (auto tooBig = m_limits.checkSize())
        return *tooBig;
    const std::string_view bytes(m_bytes.data(), std::size_t(m_bytes.size()));
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        Error e;
        e.file = m_fileName;
        e.message = ReaderText::tr("the file is empty");
        return e;
    }
    if (auto problem = m_limits.checkStructure())
        return *problem;

    if (!Json::sax_parse(bytes.begin(), bytes.end(), this)) {
        if (m_error)
            return *m_error;
        return errorAtOffset(0, ReaderText::tr("invalid JSON"));
    }
    if (!m_sawSchema) {
        Error e;
        e.file = m_fileName;
        e.field = QString::fromLatin1(projectKeys[PSchema].data());
        e.message = ReaderText::tr("missing: this does not look like a ShotBrief project");
        return e;
    }
    Project &project = m_result.project;
    project.schema = m_schema;
    if (m_schema > CurrentSchemaVersion) {
        m_result.readOnly = true;
        m_result.readOnlyReason =
            ReaderText::tr(
                "%1 was written by a newer version of ShotBrief (file format %2; this version "
                "reads up to %3). It is open read-only so that nothing in it is lost.")
                .arg(m_fileName)
                .arg(m_schema)
                .arg(CurrentSchemaVersion);
    }

    if (auto tooManyLookups = m_limits.checkLookups(project))
        return *tooManyLookups;
    QList<ValidationProblem> errors;
    classifyProblems(validateProject(project), &errors);
    if (!errors.isEmpty()) {
        Error e;
        e.file = m_fileName;
        e.field = errors.first().path;
        e.message = errors.first().message;
        constexpr qsizetype listed = 20;
        for (qsizetype i = 1; i < errors.size() && i <= listed; ++i)
            e.message += QLatin1Char('\n') + errors.at(i).toString();
        if (errors.size() > listed + 1)
            e.message += QLatin1Char('\n') +
                         ReaderText::tr("... and %1 more problems").arg(errors.size() - listed - 1);
        return e;
    }
    if (m_droppedWarnings > 0)
        m_result.warnings.append(
            ReaderText::tr("%1: ... and %2 more warnings").arg(m_fileName).arg(m_droppedWarnings));
    return std::move(m_result);
}

} // namespace

Result<LoadedProject> readProject(QByteArrayView bytes, const QString &fileName)
{
    return ProjectReader(bytes, fileName).read();
}

} // namespace ShotBrief
