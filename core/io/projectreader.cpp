// SPDX-License-Identifier: MIT
#include "projectreader.h"

#include "filekeys.h"
#include "jsontext.h"

#include "model/textposition.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QSet>

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

// One context for lupdate and for the runtime: a free tr() helper would be filed by
// lupdate under the enclosing namespace instead.
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

enum class Ctx : quint8 {
    Root,
    Project,
    Format,
    Style,
    PaletteArray,
    PaletteColor,
    CastArray,
    CastMember,
    SceneArray,
    Scene,
    ShotArray,
    Shot,
    StringArray,
    DialogueArray,
    DialogueLine,
    TakeArray,
    Take,
    LedgerArray,
    LedgerEntry,
    None
};

bool isArrayCtx(Ctx ctx)
{
    switch (ctx) {
    case Ctx::PaletteArray:
    case Ctx::CastArray:
    case Ctx::SceneArray:
    case Ctx::ShotArray:
    case Ctx::StringArray:
    case Ctx::DialogueArray:
    case Ctx::TakeArray:
    case Ctx::LedgerArray:
        return true;
    default:
        return false;
    }
}

std::span<const std::string_view> keysOf(Ctx ctx)
{
    switch (ctx) {
    case Ctx::Project:
        return projectKeys;
    case Ctx::Format:
        return formatKeys;
    case Ctx::Style:
        return styleKeys;
    case Ctx::PaletteColor:
        return colorKeys;
    case Ctx::CastMember:
        return castKeys;
    case Ctx::Scene:
        return sceneKeys;
    case Ctx::Shot:
        return shotKeys;
    case Ctx::DialogueLine:
        return dialogueKeys;
    case Ctx::Take:
        return takeKeys;
    case Ctx::LedgerEntry:
        return ledgerKeys;
    default:
        return {};
    }
}

/// The container a field holds, if it holds one.
Ctx childOf(Ctx ctx, int field)
{
    switch (ctx) {
    case Ctx::Project:
        switch (field) {
        case PFormat:
            return Ctx::Format;
        case PStyle:
            return Ctx::Style;
        case PCast:
            return Ctx::CastArray;
        case PScenes:
            return Ctx::SceneArray;
        case PShots:
            return Ctx::ShotArray;
        case PLedger:
            return Ctx::LedgerArray;
        }
        break;
    case Ctx::Style:
        if (field == SPalette)
            return Ctx::PaletteArray;
        break;
    case Ctx::Shot:
        switch (field) {
        case ShPalette:
            return Ctx::PaletteArray;
        case ShActionBeats:
        case ShCast:
            return Ctx::StringArray;
        case ShDialogue:
            return Ctx::DialogueArray;
        case ShTakes:
            return Ctx::TakeArray;
        }
        break;
    default:
        break;
    }
    return Ctx::None;
}

Ctx elementOf(Ctx arrayCtx)
{
    switch (arrayCtx) {
    case Ctx::PaletteArray:
        return Ctx::PaletteColor;
    case Ctx::CastArray:
        return Ctx::CastMember;
    case Ctx::SceneArray:
        return Ctx::Scene;
    case Ctx::ShotArray:
        return Ctx::Shot;
    case Ctx::DialogueArray:
        return Ctx::DialogueLine;
    case Ctx::TakeArray:
        return Ctx::Take;
    case Ctx::LedgerArray:
        return Ctx::LedgerEntry;
    default:
        return Ctx::None;
    }
}

/// Objects whose unknown keys are kept (the others lose them, with a warning).
bool keepsUnknownKeys(Ctx ctx)
{
    switch (ctx) {
    case Ctx::Project:
    case Ctx::Format:
    case Ctx::Style:
    case Ctx::CastMember:
    case Ctx::Scene:
    case Ctx::Shot:
    case Ctx::Take:
        return true;
    default:
        return false;
    }
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

struct Frame
{
    Ctx ctx = Ctx::Root;
    int field = -1;         ///< Object: index of the current key in keysOf(ctx); -1 unknown.
    qsizetype count = 0;    ///< Array: elements started so far.
    void *target = nullptr; ///< The model object or list being filled.
    std::string unknownKey; ///< Object: the current key when it is not a known one.
    std::string unknown;    ///< Object: compact JSON members of the unknown keys so far.
};

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

/// What the model may take while loading: this much plus a multiple of the file size. Real
/// projects take about 3 times their file size (tests/bench/io).
constexpr std::size_t ModelBudgetBase = 64u * 1024 * 1024;
constexpr std::size_t ModelBudgetFactor = 6;

/// Estimated heap cost of a QString holding this UTF-8: header, UTF-16 data, malloc slack.
std::size_t stringCost(const std::string &utf8)
{
    return 32 + 2 * utf8.size();
}

std::size_t elementCost(Ctx ctx)
{
    switch (ctx) {
    case Ctx::PaletteColor:
        return sizeof(PaletteColor);
    case Ctx::CastMember:
        return sizeof(CastMember);
    case Ctx::Scene:
        return sizeof(Scene);
    case Ctx::Shot:
        return sizeof(Shot);
    case Ctx::DialogueLine:
        return sizeof(DialogueLine);
    case Ctx::Take:
        return sizeof(Take);
    case Ctx::LedgerEntry:
        return sizeof(SpendEntry);
    default:
        return 0;
    }
}

constexpr qint64 MaxValidationLookups = 100'000'000;
constexpr qsizetype MaxWarnings = 100;

/// The number of string comparisons validateProject()'s linear look-ups make, at most.
qint64 lookupCost(const Project &project)
{
    qint64 cost = 0;
    for (const Shot &shot : project.shots) {
        if (!shot.sceneId.isEmpty())
            cost += project.scenes.size();
        cost += qint64(shot.castIds.size()) * project.cast.size();
        for (const Take &take : shot.takes)
            cost += take.parentTakeId.isEmpty() ? 0 : shot.takes.size();
    }
    return cost;
}

class ProjectReader
{
public:
    ProjectReader(QByteArrayView bytes, const QString &fileName)
        : m_bytes(bytes)
        , m_fileName(fileName)
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

private:
    enum class Capture { None, Unknown, Request, Discard };

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
    bool assign(Frame &frame, const Scalar &v);
    bool openContainer(bool array);
    bool closeObject();
    void *childTarget(Frame &parent, Ctx child);
    void *emplaceElement(Frame &array);
    /// Counts an estimate of the memory the model takes; false (and an error) over budget.
    bool charge(std::size_t bytes);

    // Field readers: each reports a wrong type or value for the field being read.
    bool readString(const Scalar &v, QString &out);
    bool readMediaPath(const Scalar &v, QString &out);
    bool readInt(const Scalar &v, int &out, qint64 min, qint64 max);
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
    bool readStatus(const Scalar &v, TakeStatus &out);
    bool readKind(const Scalar &v, TakeKind &out);

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
    qsizetype m_shotCapacity = 0; ///< From the pre-scan.
    std::size_t m_budget = 0;     ///< Bytes the model may take (estimated), see read().
    std::size_t m_used = 0;
    qsizetype m_droppedWarnings = 0;
    std::optional<Error> m_error;
};

QString ProjectReader::fieldName(const Frame &frame) const
{
    if (frame.field >= 0)
        return QString::fromLatin1(keysOf(frame.ctx)[std::size_t(frame.field)].data(),
                                   qsizetype(keysOf(frame.ctx)[std::size_t(frame.field)].size()));
    return fromUtf8(frame.unknownKey);
}

QString ProjectReader::currentPath() const
{
    QString path;
    for (std::size_t i = 1; i < m_frames.size(); ++i) {
        const Frame &frame = m_frames[i];
        if (isArrayCtx(frame.ctx)) {
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
    m_used += bytes;
    if (m_used <= m_budget)
        return true;
    Error e;
    e.file = m_fileName;
    e.field = currentPath();
    e.message =
        ReaderText::tr("opening this file would take more than %1 MB of memory: it holds too many "
                       "items for its size")
            .arg(m_budget / (1024 * 1024));
    m_error = e;
    return false;
}

bool ProjectReader::readString(const Scalar &v, QString &out)
{
    if (v.type == Scalar::String) {
        if (!v.text->empty() && !charge(stringCost(*v.text)))
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

bool ProjectReader::readKind(const Scalar &v, TakeKind &out)
{
    if (v.type == Scalar::String) {
        if (const auto kind = takeKindFromKey(fromUtf8(*v.text))) {
            out = *kind;
            return true;
        }
    }
    return wrongValue(
        ReaderText::tr("expected one of generate, remix, extend, edit, got %1").arg(describe(v)));
}

bool ProjectReader::key(Json::string_t &key)
{
    if (m_capture != Capture::None) {
        m_writer.key(key);
        return true;
    }
    Frame &frame = m_frames.back();
    const auto keys = keysOf(frame.ctx);
    // Files written by this code list keys in table order, so the next key is usually the one
    // after the previous.
    const int hint = frame.field + 1;
    int field = -1;
    if (hint >= 0 && std::size_t(hint) < keys.size() && keys[std::size_t(hint)] == key) {
        field = hint;
    } else {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key) {
                field = int(i);
                break;
            }
        }
    }
    frame.field = field;
    if (field < 0) {
        frame.unknownKey = std::move(key);
        if (keepsUnknownKeys(frame.ctx)) {
            startCapture(Capture::Unknown);
        } else {
            warn(currentPath(),
                 ReaderText::tr("unknown key, not kept: it will be lost when saving"));
            startCapture(Capture::Discard);
        }
    } else if (frame.ctx == Ctx::Take && field == TRequest) {
        startCapture(Capture::Request);
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
    case Capture::Request: {
        const std::string &text = m_writer.text();
        Take *take = static_cast<Take *>(frame.target);
        if (text == "null")
            take->requestJson.clear();
        else if (!text.empty() && text.front() == '"') {
            // A request that was not an object is kept as the text it was (see the writer).
            std::string value;
            nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
            if (parsed.is_string())
                value = parsed.get_ref<const std::string &>();
            take->requestJson = QByteArray(value.data(), qsizetype(value.size()));
        } else {
            take->requestJson = QByteArray(text.data(), qsizetype(text.size()));
        }
        break;
    }
    case Capture::Discard:
    case Capture::None:
        break;
    }
    m_writer.clear();
}

bool ProjectReader::scalar(const Scalar &v)
{
    Frame &frame = m_frames.back();
    switch (frame.ctx) {
    case Ctx::Root:
        return wrongValue(
            ReaderText::tr("expected a ShotBrief project (a JSON object) at the top level, got %1")
                .arg(describe(v)));
    case Ctx::StringArray: {
        ++frame.count;
        auto *list = static_cast<QStringList *>(frame.target);
        if (v.type != Scalar::String)
            return wrongValue(ReaderText::tr("expected a string, got %1").arg(describe(v)));
        if (!charge(sizeof(QString) + stringCost(*v.text)))
            return false;
        list->append(fromUtf8(*v.text));
        return true;
    }
    default:
        if (isArrayCtx(frame.ctx)) {
            ++frame.count;
            return wrongValue(ReaderText::tr("expected an object, got %1").arg(describe(v)));
        }
        return assign(frame, v);
    }
}

bool ProjectReader::assign(Frame &frame, const Scalar &v)
{
    switch (frame.ctx) {
    case Ctx::Project: {
        Project &p = m_result.project;
        switch (frame.field) {
        case PSchema:
            return readSchema(v);
        case PTitle:
            return readString(v, p.title);
        case PSpendingCap:
            return readAmount(v, p.spendingCapUsd, true);
        }
        break;
    }
    case Ctx::Format: {
        FormatDefaults &f = *static_cast<FormatDefaults *>(frame.target);
        switch (frame.field) {
        case FProvider:
            return readString(v, f.provider);
        case FModel:
            return readString(v, f.model);
        case FSize:
            return readString(v, f.size);
        case FDuration:
            return readInt(v, f.durationSeconds, 1, 3600);
        }
        break;
    }
    case Ctx::Style: {
        StyleBible &s = *static_cast<StyleBible *>(frame.target);
        switch (frame.field) {
        case SLensStyle:
            return readString(v, s.lensStyle);
        case SMood:
            return readString(v, s.mood);
        case SLighting:
            return readString(v, s.lighting);
        case SNotes:
            return readString(v, s.notes);
        }
        break;
    }
    case Ctx::PaletteColor: {
        PaletteColor &c = *static_cast<PaletteColor *>(frame.target);
        switch (frame.field) {
        case CName:
            return readString(v, c.name);
        case CHex:
            return readString(v, c.hex);
        }
        break;
    }
    case Ctx::CastMember: {
        CastMember &c = *static_cast<CastMember *>(frame.target);
        switch (frame.field) {
        case CmId:
            return readString(v, c.id);
        case CmName:
            return readString(v, c.name);
        case CmIdentity:
            return readString(v, c.identity);
        case CmReferenceImage:
            return readMediaPath(v, c.referenceImage);
        }
        break;
    }
    case Ctx::Scene: {
        Scene &s = *static_cast<Scene *>(frame.target);
        switch (frame.field) {
        case ScId:
            return readString(v, s.id);
        case ScTitle:
            return readString(v, s.title);
        case ScNotes:
            return readString(v, s.notes);
        }
        break;
    }
    case Ctx::LedgerEntry: {
        SpendEntry &e = *static_cast<SpendEntry *>(frame.target);
        switch (frame.field) {
        case LTakeId:
            return readString(v, e.takeId);
        case LShotId:
            return readString(v, e.shotId);
        case LProvider:
            return readString(v, e.provider);
        case LModel:
            return readString(v, e.model);
        case LSeconds:
            return readInt(v, e.seconds, 0, 86400);
        case LAmount:
            return readAmount(v, e.amountUsd, false);
        case LAt:
            return readTime(v, e.at);
        }
        break;
    }
    case Ctx::DialogueLine: {
        DialogueLine &d = *static_cast<DialogueLine *>(frame.target);
        switch (frame.field) {
        case DSpeaker:
            return readString(v, d.speaker);
        case DLine:
            return readString(v, d.line);
        }
        break;
    }
    case Ctx::Shot: {
        Shot &s = *static_cast<Shot *>(frame.target);
        switch (frame.field) {
        case ShId:
            return readString(v, s.id);
        case ShLabel:
            return readString(v, s.label);
        case ShScene:
            return readString(v, s.sceneId);
        case ShStrategy:
            return readStrategy(v, s.strategy);
        case ShSceneProse:
            return readString(v, s.sceneProse);
        case ShFraming:
            return readTerm(v, s.framing);
        case ShAngle:
            return readTerm(v, s.angle);
        case ShMovement:
            return readTerm(v, s.movement);
        case ShDepthOfField:
            return readTerm(v, s.depthOfField);
        case ShLensStyle:
            return readString(v, s.lensStyle);
        case ShLighting:
            return readString(v, s.lighting);
        case ShMood:
            return readString(v, s.mood);
        case ShDuration:
            return readInt(v, s.durationSeconds, 1, 3600);
        case ShModel:
            return readString(v, s.model);
        case ShSize:
            return readString(v, s.size);
        case ShReferenceImage:
            return readMediaPath(v, s.referenceImage);
        case ShNotes:
            return readString(v, s.notes);
        case ShCircledTake:
            return readString(v, s.circledTakeId);
        }
        break;
    }
    case Ctx::Take: {
        Take &t = *static_cast<Take *>(frame.target);
        switch (frame.field) {
        case TId:
            return readString(v, t.id);
        case TProvider:
            return readString(v, t.provider);
        case TProviderVideoId:
            return readString(v, t.providerVideoId);
        case TKind:
            return readKind(v, t.kind);
        case TParentTake:
            return readString(v, t.parentTakeId);
        case TPrompt:
            return readString(v, t.prompt);
        case TModel:
            return readString(v, t.model);
        case TSize:
            return readString(v, t.size);
        case TSeconds:
            return readInt(v, t.seconds, 0, 3600);
        case TReferenceImage:
            return readMediaPath(v, t.referenceImage);
        case TStatus:
            return readStatus(v, t.status);
        case TProgress:
            return readInt(v, t.progress, INT_MIN, INT_MAX);
        case TErrorCode:
            return readString(v, t.errorCode);
        case TErrorMessage:
            return readString(v, t.errorMessage);
        case TCreatedAt:
            return readTime(v, t.createdAt);
        case TSubmittedAt:
            return readTime(v, t.submittedAt);
        case TCompletedAt:
            return readTime(v, t.completedAt);
        case TExpiresAt:
            return readTime(v, t.expiresAt);
        case TClip:
            return readMediaPath(v, t.clipPath);
        case TThumbnail:
            return readMediaPath(v, t.thumbnailPath);
        case TSpritesheet:
            return readMediaPath(v, t.spritesheetPath);
        case TCost:
            return readAmount(v, t.costUsd, false);
        }
        break;
    }
    default:
        break;
    }
    // A known key whose value must be a container.
    const Ctx child = childOf(frame.ctx, frame.field);
    return wrongValue(isArrayCtx(child)
                          ? ReaderText::tr("expected an array, got %1").arg(describe(v))
                          : ReaderText::tr("expected an object, got %1").arg(describe(v)));
}

void *ProjectReader::childTarget(Frame &parent, Ctx child)
{
    switch (parent.ctx) {
    case Ctx::Project: {
        Project &p = m_result.project;
        switch (child) {
        case Ctx::Format:
            return &p.format;
        case Ctx::Style:
            return &p.style;
        case Ctx::CastArray:
            p.cast.clear();
            return &p.cast;
        case Ctx::SceneArray:
            p.scenes.clear();
            return &p.scenes;
        case Ctx::ShotArray:
            p.shots.clear();
            p.shots.reserve(
                std::min<qsizetype>(m_shotCapacity, qsizetype(m_budget / sizeof(Shot))));
            return &p.shots;
        case Ctx::LedgerArray:
            p.ledger.clear();
            return &p.ledger;
        default:
            return nullptr;
        }
    }
    case Ctx::Style: {
        StyleBible &s = *static_cast<StyleBible *>(parent.target);
        s.palette.clear();
        return &s.palette;
    }
    case Ctx::Shot: {
        Shot &s = *static_cast<Shot *>(parent.target);
        switch (parent.field) {
        case ShPalette:
            s.palette.clear();
            return &s.palette;
        case ShActionBeats:
            s.actionBeats.clear();
            return &s.actionBeats;
        case ShCast:
            s.castIds.clear();
            return &s.castIds;
        case ShDialogue:
            s.dialogue.clear();
            return &s.dialogue;
        case ShTakes:
            s.takes.clear();
            return &s.takes;
        default:
            return nullptr;
        }
    }
    default:
        return nullptr;
    }
}

void *ProjectReader::emplaceElement(Frame &array)
{
    switch (array.ctx) {
    case Ctx::PaletteArray:
        return &static_cast<Palette *>(array.target)->emplaceBack();
    case Ctx::CastArray:
        return &static_cast<QList<CastMember> *>(array.target)->emplaceBack();
    case Ctx::SceneArray:
        return &static_cast<QList<Scene> *>(array.target)->emplaceBack();
    case Ctx::ShotArray:
        return &static_cast<QList<Shot> *>(array.target)->emplaceBack();
    case Ctx::DialogueArray:
        return &static_cast<QList<DialogueLine> *>(array.target)->emplaceBack();
    case Ctx::TakeArray:
        return &static_cast<QList<Take> *>(array.target)->emplaceBack();
    case Ctx::LedgerArray:
        return &static_cast<QList<SpendEntry> *>(array.target)->emplaceBack();
    default:
        return nullptr;
    }
}

bool ProjectReader::openContainer(bool array)
{
    Frame &top = m_frames.back();
    const QString got = array ? ReaderText::tr("an array") : ReaderText::tr("an object");
    if (top.ctx == Ctx::Root) {
        if (array || m_sawProject)
            return wrongValue(
                ReaderText::tr(
                    "expected a ShotBrief project (a JSON object) at the top level, got %1")
                    .arg(got),
                true);
        m_sawProject = true;
        m_frames.push_back(Frame{Ctx::Project, -1, 0, &m_result.project, {}, {}});
        return true;
    }
    if (isArrayCtx(top.ctx)) {
        ++top.count;
        const Ctx element = elementOf(top.ctx);
        if (element == Ctx::None || array)
            return wrongValue(ReaderText::tr("expected %1, got %2")
                                  .arg(element == Ctx::None ? ReaderText::tr("a string")
                                                            : ReaderText::tr("an object"),
                                       got),
                              true);
        if (!charge(elementCost(element)))
            return false;
        void *target = emplaceElement(top);
        m_frames.push_back(Frame{element, -1, 0, target, {}, {}});
        return true;
    }
    const Ctx child = childOf(top.ctx, top.field);
    if (child == Ctx::None || isArrayCtx(child) != array) {
        QString expected;
        if (child != Ctx::None)
            expected = isArrayCtx(child) ? ReaderText::tr("an array") : ReaderText::tr("an object");
        else
            expected = top.ctx == Ctx::Project && top.field == PSchema
                           ? ReaderText::tr("a whole number")
                           : ReaderText::tr("a single value");
        return wrongValue(ReaderText::tr("expected %1, got %2").arg(expected, got), true);
    }
    void *target = childTarget(top, child);
    m_frames.push_back(Frame{child, -1, 0, target, {}, {}});
    return true;
}

bool ProjectReader::closeObject()
{
    Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    if (frame.unknown.empty() && frame.ctx != Ctx::Project)
        return true;
    const auto asObject = [](const std::string &members) {
        QByteArray json;
        json.reserve(qsizetype(members.size()) + 2);
        json.append('{').append(members.data(), qsizetype(members.size())).append('}');
        return json;
    };
    switch (frame.ctx) {
    case Ctx::Project: {
        // The unknown keys of "format" and "style" ride along under those names: they cannot
        // clash with a real top-level unknown key, since both names are known at top level.
        std::string members = std::move(frame.unknown);
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
            m_result.project.unknownJson = asObject(members);
        break;
    }
    case Ctx::Format:
        m_formatUnknown = std::move(frame.unknown);
        break;
    case Ctx::Style:
        m_styleUnknown = std::move(frame.unknown);
        break;
    case Ctx::CastMember:
        static_cast<CastMember *>(frame.target)->unknownJson = asObject(frame.unknown);
        break;
    case Ctx::Scene:
        static_cast<Scene *>(frame.target)->unknownJson = asObject(frame.unknown);
        break;
    case Ctx::Shot:
        static_cast<Shot *>(frame.target)->unknownJson = asObject(frame.unknown);
        break;
    case Ctx::Take:
        static_cast<Take *>(frame.target)->unknownJson = asObject(frame.unknown);
        break;
    default:
        break;
    }
    return true;
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
    const std::string_view bytes(m_bytes.data(), std::size_t(m_bytes.size()));
    if (m_bytes.size() > ProjectFile::MaxFileBytes) {
        Error e;
        e.file = m_fileName;
        e.message = ReaderText::tr("the file is %1 MB; project files over %2 MB are refused")
                        .arg(m_bytes.size() / (1024 * 1024))
                        .arg(ProjectFile::MaxFileBytes / (1024 * 1024));
        return e;
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        Error e;
        e.file = m_fileName;
        e.message = ReaderText::tr("the file is empty");
        return e;
    }
    std::size_t shotCount = 0;
    std::size_t objectCount = 0;
    if (const auto problem = JsonText::prescan(bytes, ProjectFile::MaxNestingDepth,
                                               std::size_t(ProjectFile::MaxStringBytes),
                                               projectKeys[PShots], &shotCount, &objectCount)) {
        return errorAtOffset(
            qsizetype(problem->offset),
            problem->kind == JsonText::ScanProblem::TooDeep
                ? ReaderText::tr("nested deeper than %1 levels").arg(ProjectFile::MaxNestingDepth)
                : ReaderText::tr("a string longer than %1 KiB")
                      .arg(ProjectFile::MaxStringBytes / 1024));
    }
    m_shotCapacity = qsizetype(shotCount);
    // Tiny JSON can stand for big model objects ("{}," is 3 bytes, a Shot is several hundred):
    // the model may take a bounded multiple of the file, checked as it is built and, for the
    // shot count the pre-scan already knows, before anything is allocated.
    m_budget = ModelBudgetBase + ModelBudgetFactor * std::size_t(m_bytes.size());
    // Every object becomes at least the smallest model object; the shot count is exact.
    const std::size_t atLeast =
        std::max(shotCount * elementCost(Ctx::Shot), objectCount * elementCost(Ctx::DialogueLine));
    if (atLeast > m_budget) {
        Error e;
        e.file = m_fileName;
        if (shotCount * elementCost(Ctx::Shot) > m_budget)
            e.field = QString::fromLatin1(projectKeys[PShots].data());
        e.message =
            ReaderText::tr("opening this file would take more than %1 MB of memory: %2 objects "
                           "(%3 shots) in %4 MB")
                .arg(m_budget / (1024 * 1024))
                .arg(objectCount)
                .arg(shotCount)
                .arg(m_bytes.size() / (1024 * 1024));
        return e;
    }

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

    // validateProject() looks scenes, cast and parent takes up by linear search; a file can be
    // made so that this takes hours. Refuse what no real project comes near (a 5,000-shot
    // sequence with 50 scenes and 10 cast members costs about a million look-ups).
    if (const qint64 cost = lookupCost(project); cost > MaxValidationLookups) {
        Error e;
        e.file = m_fileName;
        e.message =
            ReaderText::tr("the project has too many cross-references to check (%1 look-ups of "
                           "scenes, cast members and parent takes)")
                .arg(cost);
        return e;
    }
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
