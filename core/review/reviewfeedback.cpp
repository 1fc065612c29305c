// SPDX-License-Identifier: MIT
#include "reviewfeedback.h"

#include "io/jsontext.h"
#include "model/textposition.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace ShotBrief {

namespace {

using Json = nlohmann::json;

struct FeedbackText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ReviewFeedback)
};

constexpr int MaxDepth = 8;
// A note of 10,000 characters written as \uXXXX escapes.
constexpr std::size_t MaxStringBytes = 6 * std::size_t(ReviewFeedbackFile::MaxNoteCharacters) + 64;

QString fromJson(const Json &value)
{
    const std::string &s = value.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString describe(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return FeedbackText::tr("null");
    case Json::value_t::boolean:
        return value.get<bool>() ? FeedbackText::tr("true") : FeedbackText::tr("false");
    case Json::value_t::string: {
        QString text = fromJson(value);
        if (text.size() > 40)
            text = text.left(40) + QChar(0x2026);
        return FeedbackText::tr("the string \"%1\"")
            .arg(ReviewFeedbackFile::withoutControlCharacters(text));
    }
    case Json::value_t::array:
        return FeedbackText::tr("an array");
    case Json::value_t::object:
        return FeedbackText::tr("an object");
    default:
        return QString::fromStdString(value.dump()).left(40);
    }
}

/// Reads the fields of one JSON object, remembering the first problem with its field path.
class FieldReader
{
public:
    FieldReader(const QString &fileName, std::optional<Error> *error)
        : m_fileName(fileName)
        , m_error(error)
    {}

    bool fail(const QString &field, const QString &message)
    {
        if (!*m_error) {
            Error e;
            e.file = m_fileName;
            e.field = field;
            e.message = message;
            *m_error = e;
        }
        return false;
    }

    const Json *member(const Json &object, const char *key) const
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    /// A string member; absent or null reads as empty unless `required`.
    bool string(const Json &object, const char *key, const QString &path, QString *out,
                int maxCharacters, bool required = false)
    {
        const Json *value = member(object, key);
        if (!value || value->is_null()) {
            if (required)
                return fail(path, FeedbackText::tr("missing"));
            out->clear();
            return true;
        }
        if (!value->is_string())
            return fail(path, FeedbackText::tr("expected a string, got %1").arg(describe(*value)));
        QString text = fromJson(*value);
        if (text.size() > maxCharacters)
            return fail(path, FeedbackText::tr("longer than %1 characters").arg(maxCharacters));
        *out = ReviewFeedbackFile::withoutControlCharacters(text);
        return true;
    }

    bool time(const Json &object, const char *key, const QString &path, QDateTime *out)
    {
        QString text;
        if (!string(object, key, path, &text, 64))
            return false;
        if (text.isEmpty()) {
            *out = QDateTime();
            return true;
        }
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        // A time without "Z" or an offset would silently become local time.
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
            return fail(path, FeedbackText::tr("expected a UTC time such as "
                                               "\"2026-09-24T18:30:00Z\", got \"%1\"")
                                  .arg(text));
        *out = parsed.toUTC();
        return true;
    }

private:
    QString m_fileName;
    std::optional<Error> *m_error;
};

QString indexed(const QString &base, qsizetype index)
{
    return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace

bool ReviewFeedbackShot::hasContent() const
{
    return decision != ReviewDecision::None || !note.trimmed().isEmpty() ||
           !preferredTakeId.isEmpty();
}

namespace ReviewFeedbackFile {

QString withoutControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            out += QLatin1Char('\n');
            continue;
        }
        if (u == u'\n' || u == u'\t') {
            out += c;
            continue;
        }
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            continue;
        out += c;
    }
    return out;
}

Result<ReviewFeedback> parse(QByteArrayView bytes, const QString &fileName)
{
    const auto failure = [&fileName](const QString &message, const QString &field = {}) {
        Error e;
        e.file = fileName;
        e.field = field;
        e.message = message;
        return e;
    };
    if (bytes.size() > MaxBytes)
        return failure(FeedbackText::tr("the file is %1 MB; review feedback files over %2 MB "
                                        "are refused")
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(MaxBytes / (1024 * 1024)));
    const std::string_view text(bytes.data(), std::size_t(bytes.size()));
    if (const auto problem = JsonText::prescan(text, MaxDepth, MaxStringBytes)) {
        Error e = failure(
            problem->kind == JsonText::ScanProblem::TooDeep
                ? FeedbackText::tr("nested deeper than %1 levels").arg(MaxDepth)
                : FeedbackText::tr("a text longer than %1 characters").arg(MaxNoteCharacters));
        const TextPosition at = textPositionAt(bytes, qsizetype(problem->offset));
        e.line = at.line;
        e.column = at.column;
        return e;
    }
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::parse_error &error) {
        // Caught here, inside the parser's adapter: nothing throws past this function.
        Error e = failure(FeedbackText::tr("not a valid JSON file (is it the file the review "
                                           "page downloaded?)"));
        const TextPosition at =
            textPositionAt(bytes, qsizetype(error.byte > 0 ? error.byte - 1 : 0));
        e.line = at.line;
        e.column = at.column;
        return e;
    }
    if (!root.is_object())
        return failure(FeedbackText::tr("this is not a ShotBrief review feedback file"));
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() ||
        format->get_ref<const std::string &>() != FormatName)
        return failure(FeedbackText::tr("this is not a ShotBrief review feedback file (the "
                                        "review page's \"Download feedback\" saves one)"));
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<qint64>() < 1)
        return failure(FeedbackText::tr("expected a whole number of 1 or more"),
                       QStringLiteral("version"));
    if (version->get<qint64>() > CurrentVersion)
        return failure(FeedbackText::tr("written by a newer review package (feedback version "
                                        "%1; this version of ShotBrief reads up to %2)")
                           .arg(version->get<qint64>())
                           .arg(CurrentVersion),
                       QStringLiteral("version"));

    std::optional<Error> error;
    FieldReader read(fileName, &error);
    ReviewFeedback feedback;
    feedback.fileName = fileName;
    read.string(root, "reviewer", QStringLiteral("reviewer"), &feedback.reviewer,
                MaxReviewerCharacters, true);
    feedback.reviewer = feedback.reviewer.simplified();
    if (!error && feedback.reviewer.isEmpty())
        read.fail(QStringLiteral("reviewer"), FeedbackText::tr("empty: who wrote this review?"));
    read.time(root, "saved_at", QStringLiteral("saved_at"), &feedback.savedAt);
    if (const Json *package = read.member(root, "package")) {
        if (!package->is_object()) {
            read.fail(QStringLiteral("package"),
                      FeedbackText::tr("expected an object, got %1").arg(describe(*package)));
        } else {
            read.string(*package, "id", QStringLiteral("package.id"), &feedback.packageId, 200);
            read.string(*package, "project", QStringLiteral("package.project"),
                        &feedback.projectTitle, 1000);
            read.time(*package, "created_at", QStringLiteral("package.created_at"),
                      &feedback.packageCreatedAt);
        }
    }
    const Json *shots = read.member(root, "shots");
    if (!shots)
        read.fail(QStringLiteral("shots"), FeedbackText::tr("missing"));
    else if (!shots->is_array())
        read.fail(QStringLiteral("shots"),
                  FeedbackText::tr("expected an array, got %1").arg(describe(*shots)));
    else if (shots->size() > std::size_t(MaxShots))
        read.fail(QStringLiteral("shots"), FeedbackText::tr("more than %1 shots").arg(MaxShots));
    if (error)
        return *error;

    for (std::size_t i = 0; i < shots->size() && !error; ++i) {
        const Json &entry = (*shots)[i];
        const QString path = indexed(QStringLiteral("shots"), qsizetype(i));
        if (!entry.is_object()) {
            read.fail(path, FeedbackText::tr("expected an object, got %1").arg(describe(entry)));
            break;
        }
        ReviewFeedbackShot shot;
        read.string(entry, "shot", path + QLatin1String(".shot"), &shot.shotId, 200, true);
        read.string(entry, "label", path + QLatin1String(".label"), &shot.label, 1000);
        read.string(entry, "revision", path + QLatin1String(".revision"), &shot.revision, 64);
        QString decision;
        read.string(entry, "decision", path + QLatin1String(".decision"), &decision, 64);
        if (const auto parsed = reviewDecisionFromKey(decision))
            shot.decision = *parsed;
        else
            read.fail(path + QLatin1String(".decision"),
                      FeedbackText::tr("expected \"approved\", \"changes_requested\" or \"\", "
                                       "got \"%1\"")
                          .arg(decision));
        read.string(entry, "note", path + QLatin1String(".note"), &shot.note, MaxNoteCharacters);
        read.string(entry, "preferred_take", path + QLatin1String(".preferred_take"),
                    &shot.preferredTakeId, 200);
        read.time(entry, "at", path + QLatin1String(".at"), &shot.at);
        if (!shot.at.isValid())
            shot.at = feedback.savedAt;
        if (const Json *takes = read.member(entry, "takes")) {
            if (!takes->is_array() || takes->size() > 1000) {
                read.fail(path + QLatin1String(".takes"),
                          FeedbackText::tr("expected a list of take ids"));
            } else {
                for (std::size_t t = 0; t < takes->size(); ++t) {
                    const Json &id = (*takes)[t];
                    if (!id.is_string() || id.get_ref<const std::string &>().size() > 200) {
                        read.fail(indexed(path + QLatin1String(".takes"), qsizetype(t)),
                                  FeedbackText::tr("expected a take id, got %1").arg(describe(id)));
                        break;
                    }
                    shot.shownTakeIds.append(fromJson(id));
                }
            }
        }
        if (shot.shotId.isEmpty() && !error)
            read.fail(path + QLatin1String(".shot"), FeedbackText::tr("empty"));
        feedback.shots.append(shot);
    }
    if (error)
        return *error;
    return feedback;
}

Result<ReviewFeedback> load(const QString &path)
{
    const QFileInfo info(path);
    Error e;
    e.file = path;
    if (!info.exists()) {
        e.message = FeedbackText::tr("no such file");
        return e;
    }
    if (!info.isFile()) {
        e.message = FeedbackText::tr("not a file");
        return e;
    }
    if (info.size() > MaxBytes) {
        e.message = FeedbackText::tr("the file is %1 MB; review feedback files over %2 MB are "
                                     "refused")
                        .arg(info.size() / (1024 * 1024))
                        .arg(MaxBytes / (1024 * 1024));
        return e;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        e.message = FeedbackText::tr("cannot be read: %1").arg(file.errorString());
        return e;
    }
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(MaxBytes + 1);
    return parse(bytes, path);
}

} // namespace ReviewFeedbackFile

} // namespace ShotBrief
