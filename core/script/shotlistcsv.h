// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief::Script {

/// What a column of a shot list holds, by its header.
enum class ShotListColumn {
    Unknown, ///< Kept in the shot's notes as "Header: value".
    Scene,
    Shot,
    Description,
    Framing,
    Angle,
    Movement,
    DepthOfField,
    Lens,
    Lighting,
    Mood,
    Location,
    Duration,
    Dialogue,
    Characters,
    Notes
};

/// The field a column fills, translated, for the mapping preview ("Action beats").
QString shotListColumnName(ShotListColumn column);

struct ShotListRow
{
    int line = 0; ///< Line of the file where the row starts.
    QStringList cells;

    bool operator==(const ShotListRow &) const = default;
};

/// A shot list as a spreadsheet exports it: a header row and one row per shot.
struct ShotList
{
    QStringList headers;
    QList<ShotListColumn> columns; ///< One per header.
    QList<ShotListRow> rows;       ///< Rows with at least one non-empty cell.
    QChar delimiter = QLatin1Char(',');
    QStringList warnings;

    /// The first column mapped to `column`, or -1.
    int columnIndex(ShotListColumn column) const;
    /// The row's cell in the first column mapped to `column`, trimmed; empty when none.
    QString value(const ShotListRow &row, ShotListColumn column) const;
};

/// Reads a shot list CSV (RFC 4180: quoted fields with "" escapes and line breaks; a comma,
/// semicolon or tab delimiter, found from the header row). Headers are mapped by name,
/// case-insensitively, in English, Chinese and Japanese (Scene/场次/シーン, Shot/镜号/カット,
/// Description/画面描述/内容, Size/Framing/景别/サイズ ...).
class ShotListCsv
{
public:
    /// `text` as decodeScriptText() returns it.
    static Result<ShotList> parse(const QString &text, const QString &file);
    static ShotListColumn columnForHeader(const QString &header);
    /// True when the line reads as a shot list header (two or more known columns).
    static bool looksLikeHeader(const QString &firstLine);

    static constexpr int MaxColumns = 200;
    static constexpr int MaxRows = 20000;
    static constexpr int MaxCellChars = 20000; ///< Longer cells are shortened, with a warning.
};

} // namespace ShotBrief::Script
