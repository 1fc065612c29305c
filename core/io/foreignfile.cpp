// SPDX-License-Identifier: MIT
#include "foreignfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ShotBrief {

namespace {

struct ForeignText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ForeignFile)
};

struct Signature
{
    qsizetype offset;
    QByteArrayView magic;
    const char *kind;
};

// Formats a user may pick by mistake in an Open dialog, by their magic bytes.
const Signature Signatures[] = {
    {0, "%PDF-", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a PDF document")},
    {0, "\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a PNG image")},
    {0, "\xff\xd8\xff", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a JPEG image")},
    {0, "GIF8", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a GIF image")},
    {0, "II*\0", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a TIFF image")},
    {0, "MM\0*", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a TIFF image")},
    {8, "WEBP", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a WebP image")},
    {8, "WAVE", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a WAV sound file")},
    {8, "AVI ", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "an AVI video")},
    {4, "ftypqt", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a QuickTime movie")},
    {4, "ftyp", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "an MP4 video")},
    {0, "\x1a\x45\xdf\xa3",
     QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a Matroska or WebM video")},
    {0, "ID3", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "an MP3 sound file")},
    {0, "OggS", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "an Ogg media file")},
    {0, "fLaC", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a FLAC sound file")},
    {0, "\xd0\xcf\x11\xe0",
     QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "an old Microsoft Office document")},
    {0, "{\\rtf", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "an RTF document")},
    {0, "\x1f\x8b", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a gzip archive")},
    {0, "7z\xbc\xaf", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a 7-Zip archive")},
    {0, "Rar!", QT_TRANSLATE_NOOP("ShotBrief::ForeignFile", "a RAR archive")},
};

bool startsWithAt(QByteArrayView bytes, qsizetype offset, QByteArrayView magic)
{
    return bytes.size() >= offset + magic.size() && bytes.sliced(offset, magic.size()) == magic;
}

QString kindOfZip(QByteArrayView head)
{
    // Office and OpenDocument files are ZIP archives that name their parts near the start.
    if (head.contains("word/"))
        return ForeignText::tr("a Word document");
    if (head.contains("xl/"))
        return ForeignText::tr("an Excel workbook");
    if (head.contains("ppt/"))
        return ForeignText::tr("a PowerPoint presentation");
    if (head.contains("mimetypeapplication/vnd.oasis.opendocument"))
        return ForeignText::tr("an OpenDocument file");
    return ForeignText::tr("a ZIP archive");
}

/// A screenplay in Fountain: scene headings ("INT. KITCHEN - NIGHT") or a title page.
bool looksLikeFountain(const QString &text)
{
    static const QRegularExpression heading(
        QStringLiteral(R"(^\s*(?:INT|EXT|EST|INT\.?/EXT|I/E)[.\s])"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression titlePage(QStringLiteral(R"(^Title\s*:)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return heading.match(text).hasMatch() || titlePage.match(text).hasMatch();
}

} // namespace

std::optional<QString> foreignFileKind(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    for (const Signature &signature : Signatures) {
        if (startsWithAt(head, signature.offset, signature.magic))
            return QCoreApplication::translate("ShotBrief::ForeignFile", signature.kind);
    }
    if (startsWithAt(head, 0, "PK\x03\x04"))
        return kindOfZip(head);

    QByteArrayView text = head;
    if (startsWithAt(text, 0, "\xef\xbb\xbf"))
        text = text.sliced(3);
    qsizetype first = 0;
    while (first < text.size() && QByteArrayView(" \t\r\n").contains(text.at(first)))
        ++first;
    // Empty, or JSON: the project reader says what is wrong with it (line and column, or a
    // top level that is not an object).
    if (first == text.size())
        return std::nullopt;
    const char c = text.at(first);
    if (c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9'))
        return std::nullopt;
    for (const QByteArrayView literal :
         {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
        const QByteArrayView rest = text.sliced(first);
        if (rest.startsWith(literal) &&
            (rest.size() == literal.size() ||
             QByteArrayView(" \t\r\n").contains(rest.at(literal.size()))))
            return std::nullopt;
    }
    if (text.contains('\0'))
        return ForeignText::tr("a binary file");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError())
        return ForeignText::tr("a binary file");
    const QString start = decoded.mid(first).left(512).toLower();
    if (start.startsWith(QLatin1String("<?xml")) || start.startsWith(QLatin1String("<"))) {
        if (decoded.contains(QLatin1String("<FinalDraft")))
            return ForeignText::tr("a Final Draft script");
        if (start.contains(QLatin1String("<html")) ||
            start.contains(QLatin1String("<!doctype html")))
            return ForeignText::tr("a web page");
        return ForeignText::tr("an XML document");
    }
    if (looksLikeFountain(decoded))
        return ForeignText::tr("a Fountain screenplay");
    return ForeignText::tr("plain text, not a project's JSON");
}

} // namespace ShotBrief
