// SPDX-License-Identifier: MIT
#include "multipartparser.h"

#include <QCoreApplication>
#include <QUrl>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct MultipartText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::MultipartParser)
};

Error parseError(const QString &message)
{
    Error e;
    e.message = message;
    return e;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// True when a delimiter ends properly at `end`: "--" (close delimiter), or optional
// transport padding and a line break. "--Bar" is not the delimiter of boundary "B".
bool delimiterEndsAt(const QByteArray &body, qsizetype end)
{
    if (body.mid(end, 2) == "--")
        return true;
    while (end < body.size() && isSpace(body.at(end)))
        ++end;
    return end >= body.size() || body.at(end) == '\r' || body.at(end) == '\n';
}

// Position of the next delimiter line "--boundary" that starts a line at or after `from`;
// `lineStart` receives where the preceding line break begins (so the part data ends there).
qsizetype findDelimiter(const QByteArray &body, const QByteArray &delimiter, qsizetype from,
                        qsizetype *lineStart)
{
    qsizetype pos = from;
    while (true) {
        pos = body.indexOf(delimiter, pos);
        if (pos < 0)
            return -1;
        const bool atLineStart = pos == 0 || body.at(pos - 1) == '\n';
        if (atLineStart && delimiterEndsAt(body, pos + delimiter.size())) {
            if (pos == 0) {
                *lineStart = 0;
            } else {
                *lineStart = (pos >= 2 && body.at(pos - 2) == '\r') ? pos - 2 : pos - 1;
                if (*lineStart < from)
                    *lineStart = from;
            }
            return pos;
        }
        pos += 1;
    }
}

QString decodeRfc5987(const QByteArray &value)
{
    // charset'language'percent-encoded
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first >= 0 ? value.indexOf('\'', first + 1) : -1;
    if (second < 0)
        return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    const QByteArray charset = value.left(first).toLower();
    const QByteArray raw = QByteArray::fromPercentEncoding(value.mid(second + 1));
    if (charset == "iso-8859-1")
        return QString::fromLatin1(raw);
    return QString::fromUtf8(raw);
}

} // namespace

QList<QPair<QByteArray, QByteArray>> MultipartParser::headerParameters(const QByteArray &value)
{
    QList<QPair<QByteArray, QByteArray>> out;
    qsizetype i = 0;
    const qsizetype n = value.size();
    bool firstItem = true;
    while (i <= n) {
        // One item up to the next ';' outside quotes.
        while (i < n && isSpace(value.at(i)))
            ++i;
        QByteArray key;
        QByteArray val;
        bool inKey = true;
        bool quoted = false;
        while (i < n && value.at(i) != ';') {
            const char c = value.at(i);
            if (inKey && c == '=' && !firstItem) {
                inKey = false;
                ++i;
                while (i < n && isSpace(value.at(i)))
                    ++i;
                if (i < n && value.at(i) == '"') {
                    quoted = true;
                    ++i;
                    while (i < n && value.at(i) != '"') {
                        if (value.at(i) == '\\' && i + 1 < n &&
                            (value.at(i + 1) == '"' || value.at(i + 1) == '\\')) {
                            ++i;
                        }
                        val.append(value.at(i));
                        ++i;
                    }
                    ++i; // closing quote (or end)
                    while (i < n && value.at(i) != ';')
                        ++i; // ignore junk after the quoted string
                    break;
                }
                continue;
            }
            if (inKey)
                key.append(c);
            else
                val.append(c);
            ++i;
        }
        key = key.trimmed();
        if (firstItem) {
            out.append({key.toLower(), QByteArray()});
        } else if (!key.isEmpty()) {
            out.append({key.toLower(), quoted ? val : val.trimmed()});
        }
        firstItem = false;
        ++i; // skip ';'
    }
    return out;
}

QByteArray MultipartParser::boundary(const QByteArray &contentType)
{
    const auto params = headerParameters(contentType);
    if (params.isEmpty() || !params.first().first.startsWith("multipart/"))
        return {};
    for (qsizetype i = 1; i < params.size(); ++i) {
        if (params.at(i).first == "boundary") {
            const QByteArray b = params.at(i).second;
            if (b.isEmpty() || b.size() > 200)
                return {};
            return b;
        }
    }
    return {};
}

Result<QList<MultipartPart>> MultipartParser::parse(const QByteArray &contentType,
                                                    const QByteArray &body,
                                                    const MultipartLimits &limits)
{
    const QByteArray boundaryValue = boundary(contentType);
    if (boundaryValue.isEmpty())
        return parseError(
            MultipartText::tr("The multipart/form-data content type has no boundary."));
    if (body.size() > limits.maxBodyBytes)
        return parseError(MultipartText::tr("The request body is larger than %1 bytes.")
                              .arg(limits.maxBodyBytes));

    const QByteArray delimiter = "--" + boundaryValue;
    QList<MultipartPart> parts;
    qsizetype lineStart = 0;
    qsizetype pos = findDelimiter(body, delimiter, 0, &lineStart);
    if (pos < 0)
        return parseError(MultipartText::tr("The multipart body does not contain its boundary."));

    while (true) {
        qsizetype cursor = pos + delimiter.size();
        if (body.mid(cursor, 2) == "--")
            break; // close delimiter; the rest is epilogue
        while (cursor < body.size() && isSpace(body.at(cursor)))
            ++cursor; // transport padding
        if (body.mid(cursor, 2) == "\r\n")
            cursor += 2;
        else if (body.mid(cursor, 1) == "\n")
            cursor += 1;
        else
            return parseError(MultipartText::tr("Malformed multipart boundary line."));

        qsizetype nextLineStart = 0;
        const qsizetype next = findDelimiter(body, delimiter, cursor, &nextLineStart);
        if (next < 0)
            return parseError(
                MultipartText::tr("The multipart body is truncated: its closing boundary is "
                                  "missing."));
        if (parts.size() >= limits.maxParts)
            return parseError(MultipartText::tr("The multipart body has more than %1 parts.")
                                  .arg(limits.maxParts));

        const QByteArray raw = body.mid(cursor, nextLineStart - cursor);
        // Headers end at the first empty line.
        qsizetype headerEnd = -1;
        qsizetype dataStart = -1;
        if (raw.startsWith("\r\n")) {
            headerEnd = 0;
            dataStart = 2;
        } else if (raw.startsWith("\n")) {
            headerEnd = 0;
            dataStart = 1;
        } else {
            const qsizetype crlf = raw.indexOf("\r\n\r\n");
            const qsizetype lf = raw.indexOf("\n\n");
            if (crlf >= 0 && (lf < 0 || crlf < lf)) {
                headerEnd = crlf;
                dataStart = crlf + 4;
            } else if (lf >= 0) {
                headerEnd = lf;
                dataStart = lf + 2;
            }
        }
        if (headerEnd < 0)
            return parseError(
                MultipartText::tr("A multipart part has no blank line after its headers."));
        if (headerEnd > limits.maxHeaderBytes)
            return parseError(MultipartText::tr("A multipart part's headers are too long."));

        MultipartPart part;
        const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            if (isSpace(line.at(0)) && !part.headers.isEmpty()) {
                part.headers.last().second += ' ' + line.trimmed(); // obsolete folding
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return parseError(MultipartText::tr("Malformed multipart part header."));
            part.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        part.data = raw.mid(dataStart);
        if (part.data.size() > limits.maxPartBytes)
            return parseError(MultipartText::tr("A multipart part is larger than %1 bytes.")
                                  .arg(limits.maxPartBytes));

        bool hasDisposition = false;
        for (const auto &h : std::as_const(part.headers)) {
            if (h.first.compare("content-type", Qt::CaseInsensitive) == 0) {
                part.contentType = h.second;
            } else if (h.first.compare("content-disposition", Qt::CaseInsensitive) == 0) {
                hasDisposition = true;
                const auto params = headerParameters(h.second);
                bool haveStarName = false;
                for (qsizetype i = 1; i < params.size(); ++i) {
                    const auto &p = params.at(i);
                    if (p.first == "name") {
                        part.name = QString::fromUtf8(p.second);
                    } else if (p.first == "filename*") {
                        part.fileName = decodeRfc5987(p.second);
                        part.isFile = true;
                        haveStarName = true;
                    } else if (p.first == "filename" && !haveStarName) {
                        part.fileName = QString::fromUtf8(p.second);
                        part.isFile = true;
                    }
                }
            }
        }
        if (!hasDisposition || part.name.isEmpty())
            return parseError(
                MultipartText::tr("A multipart part has no Content-Disposition name."));
        parts.append(part);
        pos = next;
    }
    return parts;
}

} // namespace ShotBrief
