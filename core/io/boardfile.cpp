// SPDX-License-Identifier: MIT
#include "boardfile.h"

#include "jsontext.h"
#include "projectfile.h"

#include "model/textposition.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <string>

namespace ShotBrief::BoardFile {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct BoardText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::BoardFile)
};

using OJson = nlohmann::ordered_json;

constexpr int MaxDepth = 8;
constexpr std::size_t MaxString = 64 * 1024;
constexpr double MaxCoordinate = 1e6;

// --- Writing ---------------------------------------------------------------------------------

/// A number as the file writes it: at most `decimals` decimals, no trailing zeros.
std::string number(double value, int decimals)
{
    if (!std::isfinite(value))
        value = 0;
    QByteArray text = QByteArray::number(value, 'f', decimals);
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    if (text == "-0")
        text = "0";
    return text.toStdString();
}

std::string colorText(quint32 argb)
{
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%06x", unsigned(argb & 0xffffffu));
    return hex;
}

void appendText(std::string &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    JsonText::appendString(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void appendLayerHead(std::string &out, const BoardLayer &layer)
{
    out += "\"visible\": ";
    out += layer.visible ? "true" : "false";
    out += ", \"opacity\": " + number(layer.opacity, 2);
}

void appendStrokeLayer(std::string &out, const char *key, const BoardLayer &layer)
{
    out += "  \"";
    out += key;
    out += "\": {";
    appendLayerHead(out, layer);
    out += ", \"strokes\": [";
    for (qsizetype i = 0; i < layer.strokes.size(); ++i) {
        const BoardStroke &stroke = layer.strokes.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "    {\"tool\": ";
        appendText(out, boardToolKey(stroke.tool));
        out += ", \"color\": \"" + colorText(stroke.color) + "\"";
        out += ", \"width\": " + number(stroke.width, 1);
        out += ", \"points\": [";
        bool first = true;
        for (const BoardPoint &p : stroke.points) {
            if (!first)
                out += ", ";
            first = false;
            // Tenths of a pixel and hundredths of pressure, as whole numbers.
            out += std::to_string(std::lround(double(p.x) * 10.0));
            out += ", ";
            out += std::to_string(std::lround(double(p.y) * 10.0));
            out += ", ";
            out += std::to_string(std::lround(double(p.pressure) * 100.0));
        }
        out += "]}";
    }
    out += layer.strokes.isEmpty() ? "]},\n" : "\n  ]},\n";
}

std::string pointText(const QPointF &p)
{
    return "[" + number(p.x(), 1) + ", " + number(p.y(), 1) + "]";
}

// --- Reading ---------------------------------------------------------------------------------

/// Finds where the text stops being JSON, for the message.
struct ErrorFinder
{
    using Json = nlohmann::json;
    std::size_t position = 0;
    std::string what;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const Json::string_t &) { return true; }
    bool string(Json::string_t &) { return true; }
    bool binary(Json::binary_t &) { return true; }
    bool start_object(std::size_t) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool key(Json::string_t &) { return true; }
    bool parse_error(std::size_t at, const std::string &, const nlohmann::detail::exception &e)
    {
        position = at;
        what = e.what();
        return false;
    }
};

class Reader
{
public:
    explicit Reader(const QString &fileName)
        : m_fileName(fileName)
    {}

    Result<Board> read(const OJson &root);

private:
    Error error(const QString &field, const QString &message) const
    {
        Error e;
        e.file = m_fileName;
        e.field = field;
        e.message = message;
        return e;
    }
    static QString typeName(const OJson &value)
    {
        if (value.is_string())
            return BoardText::tr("a string");
        if (value.is_boolean())
            return BoardText::tr("true or false");
        if (value.is_number())
            return BoardText::tr("a number");
        if (value.is_array())
            return BoardText::tr("a list");
        if (value.is_object())
            return BoardText::tr("an object");
        return BoardText::tr("null");
    }
    Error expected(const QString &field, const QString &what, const OJson &got) const
    {
        return error(field, BoardText::tr("expected %1, got %2").arg(what, typeName(got)));
    }

    static const OJson *member(const OJson &object, std::string_view key)
    {
        for (const auto &[k, v] : object.items()) {
            if (k == key)
                return &v;
        }
        return nullptr;
    }
    bool readNumber(const OJson &object, std::string_view key, const QString &path, double min,
                    double max, double &out, std::optional<Error> &failure) const;
    bool readBool(const OJson &object, std::string_view key, const QString &path, bool &out,
                  std::optional<Error> &failure) const;
    bool readString(const OJson &object, std::string_view key, const QString &path, QString &out,
                    std::optional<Error> &failure) const;
    bool readColor(const OJson &object, const QString &path, quint32 &out,
                   std::optional<Error> &failure) const;
    bool readPoint(const OJson &object, std::string_view key, const QString &path, QPointF &out,
                   std::optional<Error> &failure) const;
    std::optional<Error> readLayer(const OJson &root, std::string_view key, BoardLayer &layer,
                                   bool strokes);
    std::optional<Error> readArrows(const OJson &root, Board &board) const;
    std::optional<Error> readNotes(const OJson &root, Board &board) const;

    QString m_fileName;
    qsizetype m_points = 0;
};

QString join(const QString &path, std::string_view key)
{
    const QString name = QString::fromLatin1(key.data(), qsizetype(key.size()));
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString indexed(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool Reader::readNumber(const OJson &object, std::string_view key, const QString &path, double min,
                        double max, double &out, std::optional<Error> &failure) const
{
    const OJson *value = member(object, key);
    if (!value)
        return true; // absent: the default stays
    const QString field = join(path, key);
    if (!value->is_number()) {
        failure = expected(field, BoardText::tr("a number"), *value);
        return false;
    }
    const double v = value->get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        failure = error(field, BoardText::tr("expected a number from %1 to %2, got %3")
                                   .arg(min)
                                   .arg(max)
                                   .arg(QString::fromStdString(value->dump())));
        return false;
    }
    out = v;
    return true;
}

bool Reader::readBool(const OJson &object, std::string_view key, const QString &path, bool &out,
                      std::optional<Error> &failure) const
{
    const OJson *value = member(object, key);
    if (!value)
        return true;
    if (!value->is_boolean()) {
        failure = expected(join(path, key), BoardText::tr("true or false"), *value);
        return false;
    }
    out = value->get<bool>();
    return true;
}

bool Reader::readString(const OJson &object, std::string_view key, const QString &path,
                        QString &out, std::optional<Error> &failure) const
{
    const OJson *value = member(object, key);
    if (!value)
        return true;
    if (!value->is_string()) {
        failure = expected(join(path, key), BoardText::tr("a string"), *value);
        return false;
    }
    const std::string &s = value->get_ref<const std::string &>();
    out = QString::fromUtf8(s.data(), qsizetype(s.size()));
    return true;
}

bool Reader::readColor(const OJson &object, const QString &path, quint32 &out,
                       std::optional<Error> &failure) const
{
    QString text;
    if (!readString(object, "color", path, text, failure))
        return false;
    if (text.isEmpty())
        return true;
    bool ok = text.size() == 7 && text.at(0) == QLatin1Char('#');
    const uint rgb = ok ? text.mid(1).toUInt(&ok, 16) : 0;
    if (!ok) {
        failure = error(join(path, "color"),
                        BoardText::tr("expected a colour as #rrggbb, got \"%1\"").arg(text));
        return false;
    }
    out = 0xff000000u | rgb;
    return true;
}

bool Reader::readPoint(const OJson &object, std::string_view key, const QString &path, QPointF &out,
                       std::optional<Error> &failure) const
{
    const OJson *value = member(object, key);
    if (!value)
        return true;
    const QString field = join(path, key);
    if (!value->is_array() || value->size() != 2 || !(*value)[0].is_number() ||
        !(*value)[1].is_number()) {
        failure = error(field, BoardText::tr("expected a point [x, y]"));
        return false;
    }
    const double x = (*value)[0].get<double>();
    const double y = (*value)[1].get<double>();
    if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > MaxCoordinate ||
        std::abs(y) > MaxCoordinate) {
        failure = error(field, BoardText::tr("the point lies too far outside the board"));
        return false;
    }
    out = QPointF(x, y);
    return true;
}

std::optional<Error> Reader::readLayer(const OJson &root, std::string_view key, BoardLayer &layer,
                                       bool withStrokes)
{
    const OJson *value = member(root, key);
    if (!value)
        return std::nullopt;
    const QString path = join({}, key);
    if (!value->is_object())
        return expected(path, BoardText::tr("an object"), *value);
    std::optional<Error> failure;
    double opacity = layer.opacity;
    if (!readBool(*value, "visible", path, layer.visible, failure) ||
        !readNumber(*value, "opacity", path, 0, 1, opacity, failure))
        return failure;
    layer.opacity = float(opacity);
    if (!withStrokes)
        return std::nullopt;
    const OJson *strokes = member(*value, "strokes");
    if (!strokes)
        return std::nullopt;
    const QString strokesPath = join(path, "strokes");
    if (!strokes->is_array())
        return expected(strokesPath, BoardText::tr("a list"), *strokes);
    layer.strokes.reserve(qsizetype(strokes->size()));
    qsizetype i = 0;
    for (const OJson &s : *strokes) {
        const QString at = indexed(strokesPath, i++);
        if (!s.is_object())
            return expected(at, BoardText::tr("an object"), s);
        BoardStroke stroke;
        QString tool;
        double width = stroke.width;
        if (!readString(s, "tool", at, tool, failure) || !readColor(s, at, stroke.color, failure) ||
            !readNumber(s, "width", at, 0.1, 1000, width, failure))
            return failure;
        if (!tool.isEmpty() && !boardToolFromKey(tool, stroke.tool))
            return error(
                join(at, "tool"),
                BoardText::tr("expected \"pen\", \"brush\" or \"eraser\", got \"%1\"").arg(tool));
        stroke.width = float(width);
        const OJson *points = member(s, "points");
        const QString pointsPath = join(at, "points");
        if (!points || !points->is_array() || points->size() % 3 != 0)
            return error(pointsPath, BoardText::tr("expected a list of x, y, pressure triples"));
        m_points += qsizetype(points->size() / 3);
        if (m_points > MaxPoints)
            return error(pointsPath, BoardText::tr("the board has more than %L1 points; boards "
                                                   "that large are refused")
                                         .arg(MaxPoints));
        stroke.points.reserve(qsizetype(points->size() / 3));
        for (std::size_t p = 0; p < points->size(); p += 3) {
            const OJson &x = (*points)[p];
            const OJson &y = (*points)[p + 1];
            const OJson &pressure = (*points)[p + 2];
            if (!x.is_number_integer() || !y.is_number_integer() || !pressure.is_number_integer() ||
                std::abs(x.get<double>()) > MaxCoordinate * 10 ||
                std::abs(y.get<double>()) > MaxCoordinate * 10 || pressure.get<double>() < 0 ||
                pressure.get<double>() > 100)
                return error(indexed(pointsPath, qsizetype(p)),
                             BoardText::tr("expected whole numbers: x and y in tenths of a "
                                           "pixel, pressure from 0 to 100"));
            stroke.points.append(BoardPoint{float(x.get<double>() / 10.0),
                                            float(y.get<double>() / 10.0),
                                            float(pressure.get<double>() / 100.0)});
        }
        layer.strokes.append(std::move(stroke));
    }
    return std::nullopt;
}

std::optional<Error> Reader::readArrows(const OJson &root, Board &board) const
{
    const OJson *arrows = member(root, "arrows");
    if (!arrows)
        return std::nullopt;
    if (!arrows->is_array())
        return expected(QStringLiteral("arrows"), BoardText::tr("a list"), *arrows);
    qsizetype i = 0;
    for (const OJson &a : *arrows) {
        const QString at = indexed(QStringLiteral("arrows"), i++);
        if (!a.is_object())
            return expected(at, BoardText::tr("an object"), a);
        BoardArrow arrow;
        QString move;
        std::optional<Error> failure;
        if (!readString(a, "move", at, move, failure) ||
            !readPoint(a, "from", at, arrow.from, failure) ||
            !readPoint(a, "to", at, arrow.to, failure) || !readColor(a, at, arrow.color, failure))
            return failure;
        if (!move.isEmpty() && !cameraMoveArrowFromKey(move, arrow.move))
            return error(join(at, "move"),
                         BoardText::tr("expected \"pan\", \"tilt\", \"dolly\" or \"crane\", got "
                                       "\"%1\"")
                             .arg(move));
        board.arrows.append(arrow);
    }
    return std::nullopt;
}

std::optional<Error> Reader::readNotes(const OJson &root, Board &board) const
{
    const OJson *notes = member(root, "notes");
    if (!notes)
        return std::nullopt;
    if (!notes->is_array())
        return expected(QStringLiteral("notes"), BoardText::tr("a list"), *notes);
    qsizetype i = 0;
    for (const OJson &n : *notes) {
        const QString at = indexed(QStringLiteral("notes"), i++);
        if (!n.is_object())
            return expected(at, BoardText::tr("an object"), n);
        BoardNote note;
        double size = note.size;
        std::optional<Error> failure;
        if (!readString(n, "text", at, note.text, failure) ||
            !readPoint(n, "at", at, note.at, failure) || !readColor(n, at, note.color, failure) ||
            !readNumber(n, "size", at, 4, 1000, size, failure))
            return failure;
        note.size = float(size);
        board.notes.append(note);
    }
    return std::nullopt;
}

Result<Board> Reader::read(const OJson &root)
{
    if (!root.is_object())
        return error({}, BoardText::tr("expected a board (a JSON object)"));
    const OJson *version = member(root, "board");
    if (!version || !version->is_number_integer())
        return error(QStringLiteral("board"),
                     BoardText::tr("not a ShotBrief board: the \"board\" version is missing"));
    if (version->get<qint64>() > FormatVersion)
        return error(QStringLiteral("board"),
                     BoardText::tr("written by a newer version of ShotBrief (board format %1; "
                                   "this version reads %2)")
                         .arg(version->get<qint64>())
                         .arg(FormatVersion));
    Board board;
    std::optional<Error> failure;
    double width = 0;
    double height = 0;
    if (!readNumber(root, "width", {}, 1, MaxCanvasSide, width, failure) ||
        !readNumber(root, "height", {}, 1, MaxCanvasSide, height, failure))
        return *failure;
    if (width != std::floor(width) || height != std::floor(height) || width < 1 || height < 1)
        return error(
            QStringLiteral("width"),
            BoardText::tr("expected the canvas size in whole pixels, 1 to %1").arg(MaxCanvasSide));
    board.width = int(width);
    board.height = int(height);
    if (const OJson *reference = member(root, "reference")) {
        if (!reference->is_object())
            return expected(QStringLiteral("reference"), BoardText::tr("an object"), *reference);
        if (!readString(*reference, "image", QStringLiteral("reference"), board.referenceImage,
                        failure))
            return *failure;
        if (!board.referenceImage.isEmpty()) {
            const QString problem = ProjectFile::mediaPathProblem(board.referenceImage);
            if (!problem.isEmpty())
                return error(QStringLiteral("reference.image"), problem);
        }
    }
    if (auto e = readLayer(root, "reference", board.reference, false))
        return *e;
    if (auto e = readLayer(root, "sketch", board.sketch, true))
        return *e;
    if (auto e = readLayer(root, "ink", board.ink, true))
        return *e;
    if (auto e = readArrows(root, board))
        return *e;
    if (auto e = readNotes(root, board))
        return *e;

    static constexpr std::string_view known[] = {"board",  "width", "height", "reference",
                                                 "sketch", "ink",   "arrows", "notes"};
    OJson unknown = OJson::object();
    for (const auto &[key, value] : root.items()) {
        if (std::find(std::begin(known), std::end(known), key) == std::end(known))
            JsonText::appendMember(unknown, key, value);
    }
    if (!unknown.empty()) {
        const std::string compact = unknown.dump(-1, ' ', false, OJson::error_handler_t::replace);
        board.unknownJson = QByteArray(compact.data(), qsizetype(compact.size()));
    }
    return board;
}

} // namespace

QByteArray serialize(const Board &board)
{
    std::string out;
    qsizetype points = 0;
    for (const BoardStroke &s : board.sketch.strokes)
        points += s.points.size();
    for (const BoardStroke &s : board.ink.strokes)
        points += s.points.size();
    out.reserve(std::size_t(512 + points * 16));
    out += "{\n  \"board\": " + std::to_string(FormatVersion) + ",\n";
    out += "  \"width\": " + std::to_string(board.width) + ",\n";
    out += "  \"height\": " + std::to_string(board.height) + ",\n";
    out += "  \"reference\": {\"image\": ";
    appendText(out, board.referenceImage);
    out += ", ";
    appendLayerHead(out, board.reference);
    out += "},\n";
    appendStrokeLayer(out, "sketch", board.sketch);
    appendStrokeLayer(out, "ink", board.ink);
    out += "  \"arrows\": [";
    for (qsizetype i = 0; i < board.arrows.size(); ++i) {
        const BoardArrow &a = board.arrows.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "    {\"move\": ";
        appendText(out, cameraMoveArrowKey(a.move));
        out += ", \"from\": " + pointText(a.from) + ", \"to\": " + pointText(a.to);
        out += ", \"color\": \"" + colorText(a.color) + "\"}";
    }
    out += board.arrows.isEmpty() ? "],\n" : "\n  ],\n";
    out += "  \"notes\": [";
    for (qsizetype i = 0; i < board.notes.size(); ++i) {
        const BoardNote &n = board.notes.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "    {\"text\": ";
        appendText(out, n.text);
        out += ", \"at\": " + pointText(n.at) + ", \"color\": \"" + colorText(n.color) + "\"";
        out += ", \"size\": " + number(n.size, 1) + "}";
    }
    out += board.notes.isEmpty() ? "]" : "\n  ]";
    // Keys a newer version wrote come last, as they were read.
    OJson unknown;
    if (!board.unknownJson.isEmpty() &&
        JsonText::parseOrdered(
            std::string_view(board.unknownJson.constData(), std::size_t(board.unknownJson.size())),
            unknown, MaxDepth) &&
        unknown.is_object()) {
        for (const auto &[key, value] : unknown.items()) {
            out += ",\n  ";
            JsonText::appendString(out, key);
            out += ": " + value.dump(-1, ' ', false, OJson::error_handler_t::replace);
        }
    }
    out += "\n}\n";
    return QByteArray(out.data(), qsizetype(out.size()));
}

Result<Board> parse(QByteArrayView bytes, const QString &fileName)
{
    const std::string_view text(bytes.data(), std::size_t(bytes.size()));
    const auto fail = [&](qsizetype offset, const QString &message) {
        const TextPosition at = textPositionAt(bytes, offset);
        Error e;
        e.file = fileName;
        e.line = at.line;
        e.column = at.column;
        e.message = message;
        return e;
    };
    if (bytes.size() > MaxFileBytes)
        return fail(0, BoardText::tr("the board file is over %1 MB").arg(MaxFileBytes >> 20));
    if (const auto problem = JsonText::prescan(text, MaxDepth, MaxString))
        return fail(qsizetype(problem->offset),
                    problem->kind == JsonText::ScanProblem::TooDeep
                        ? BoardText::tr("nested deeper than a board can be")
                        : BoardText::tr("a string longer than %1 KB").arg(MaxString / 1024));
    OJson root;
    if (!JsonText::parseOrdered(text, root, MaxDepth)) {
        ErrorFinder finder;
        nlohmann::json::sax_parse(text.begin(), text.end(), &finder);
        QString what = QString::fromStdString(finder.what);
        // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> the reason.
        const qsizetype colon = what.lastIndexOf(QLatin1String(": "));
        if (colon >= 0)
            what = what.mid(colon + 2);
        return fail(qsizetype(finder.position > 0 ? finder.position - 1 : 0),
                    BoardText::tr("invalid JSON: %1").arg(what));
    }
    return Reader(fileName).read(root);
}

Result<Board> read(const QString &absolutePath)
{
    Error e;
    e.file = absolutePath;
    const QFileInfo info(absolutePath);
    if (!info.isFile()) {
        e.message = BoardText::tr("the board file does not exist");
        return e;
    }
    if (info.size() > MaxFileBytes) {
        e.message = BoardText::tr("the board file is over %1 MB").arg(MaxFileBytes >> 20);
        return e;
    }
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        e.message = BoardText::tr("could not open the board file: %1").arg(file.errorString());
        return e;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    return parse(bytes, absolutePath);
}

QString fileNameFor(const Board &board)
{
    if (!board.file.isEmpty())
        return board.file;
    if (!board.hasContent())
        return {};
    const QByteArray hash =
        QCryptographicHash::hash(serialize(board), QCryptographicHash::Sha1).toHex().left(20);
    return Folder + QLatin1Char('/') + QString::fromLatin1(hash) + Suffix;
}

QString imageNameFor(const QString &boardFile)
{
    QString name = boardFile;
    if (name.endsWith(Suffix))
        name.chop(Suffix.size());
    return name + QLatin1String(".png");
}

QStringList mediaFilesOf(const Board &board)
{
    QStringList files;
    if (const QString file = fileNameFor(board); !file.isEmpty())
        files << file << imageNameFor(file);
    if (!board.referenceImage.isEmpty())
        files << board.referenceImage;
    return files;
}

} // namespace ShotBrief::BoardFile
