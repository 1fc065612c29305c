// SPDX-License-Identifier: MIT
#include "shotlistcsv.h"

#include <QCoreApplication>
#include <QHash>

namespace ShotBrief::Script {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ScriptImport)
};

/// Header words in their folded form (see fold()), per column.
const QHash<QString, ShotListColumn> &headerTable()
{
    static const QHash<QString, ShotListColumn> table = [] {
        QHash<QString, ShotListColumn> t;
        const auto add = [&t](ShotListColumn column, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromUtf8(name), column);
        };
        add(ShotListColumn::Scene,
            {"scene", "sceneno", "scenenumber", "scenenum", "sc", "scn", "场景", "场次", "场",
             "场号", "場景", "場次", "シーン", "シーン番号", "場面", "シーンno"});
        add(ShotListColumn::Shot,
            {"shot", "shotno", "shotnumber", "shotnum", "no", "number", "镜号", "镜头号", "镜次",
             "鏡號", "カット", "カット番号", "ショット", "ショット番号", "カットno"});
        add(ShotListColumn::Description, {"description", "shotdescription",
                                          "action",      "actions",
                                          "subject",     "what",
                                          "visual",      "visuals",
                                          "描述",        "画面",
                                          "画面描述",    "镜头描述",
                                          "内容",        "动作",
                                          "畫面",        "畫面描述",
                                          "說明",        "説明",
                                          "内容",        "カット内容",
                                          "ト書き",      "画面内容",
                                          "動き",        "アクション"});
        add(ShotListColumn::Framing, {"size", "shotsize", "framing", "shottype", "type", "frame",
                                      "sizeframing", "framingsize", "景别", "景別", "镜头景别",
                                      "ショットサイズ", "サイズ", "画角", "フレーミング"});
        add(ShotListColumn::Angle, {"angle", "cameraangle", "角度", "机位", "机位角度", "拍摄角度",
                                    "アングル", "カメラアングル"});
        add(ShotListColumn::Movement,
            {"movement", "cameramovement", "move", "cameramove", "motion", "运镜", "运动",
             "镜头运动", "運鏡", "カメラワーク", "カメラの動き", "カメラワーク動き"});
        add(ShotListColumn::DepthOfField, {"depthoffield", "dof", "focus", "景深", "被写界深度"});
        add(ShotListColumn::Lens,
            {"lens", "focallength", "lenses", "镜头焦段", "焦段", "焦距", "レンズ", "焦点距離"});
        add(ShotListColumn::Lighting,
            {"lighting", "light", "lights", "灯光", "光线", "燈光", "照明", "ライティング"});
        add(ShotListColumn::Mood,
            {"mood", "tone", "atmosphere", "氛围", "情绪", "基调", "ムード", "雰囲気", "トーン"});
        add(ShotListColumn::Location,
            {"location", "set", "setting", "place", "地点", "场地", "拍摄地点", "地點",
             "ロケーション", "場所", "ロケ地", "セット"});
        add(ShotListColumn::Duration,
            {"duration", "length",        "time",        "seconds",   "secs",      "sec",
             "esttime",  "estimatedtime", "durationsec", "durations", "lengthsec", "时长",
             "時長",     "秒数",          "秒",          "时间",      "尺",        "尺数",
             "長さ",     "時間",          "秒数s"});
        add(ShotListColumn::Dialogue,
            {"dialogue", "dialog", "lines", "line", "script", "vo", "台词", "对白", "對白", "臺詞",
             "台詞", "セリフ", "せりふ", "ダイアログ"});
        add(ShotListColumn::Characters,
            {"characters", "character", "cast", "talent", "actors", "actor", "subjects", "people",
             "角色", "人物", "演员", "出场人物", "演員", "登場人物", "キャラクター", "出演者",
             "キャスト", "役"});
        add(ShotListColumn::Notes,
            {"notes", "note", "comments", "comment", "remarks", "memo", "备注", "注释", "說明備註",
             "備註", "メモ", "備考", "注記", "コメント"});
        return t;
    }();
    return table;
}

/// Header text folded for look-up: case-folded, without spaces and punctuation, so that
/// "Shot #", "SHOT NO." and "Shot_number" meet.
QString fold(const QString &header)
{
    QString out;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    // "(sec)", "(s)" and such units after a name: "Duration (s)" -> "durations" is listed.
    return out;
}

QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

QString shotListColumnName(ShotListColumn column)
{
    switch (column) {
    case ShotListColumn::Unknown:
        return TrText::tr("Notes (as \"column: value\")");
    case ShotListColumn::Scene:
        return TrText::tr("Scene");
    case ShotListColumn::Shot:
        return TrText::tr("Shot label");
    case ShotListColumn::Description:
        return TrText::tr("Action beats");
    case ShotListColumn::Framing:
        return TrText::tr("Framing");
    case ShotListColumn::Angle:
        return TrText::tr("Angle");
    case ShotListColumn::Movement:
        return TrText::tr("Camera movement");
    case ShotListColumn::DepthOfField:
        return TrText::tr("Depth of field");
    case ShotListColumn::Lens:
        return TrText::tr("Lens/style");
    case ShotListColumn::Lighting:
        return TrText::tr("Lighting");
    case ShotListColumn::Mood:
        return TrText::tr("Mood");
    case ShotListColumn::Location:
        return TrText::tr("Scene prose (location)");
    case ShotListColumn::Duration:
        return TrText::tr("Length");
    case ShotListColumn::Dialogue:
        return TrText::tr("Dialogue");
    case ShotListColumn::Characters:
        return TrText::tr("Cast");
    case ShotListColumn::Notes:
        return TrText::tr("Notes");
    }
    return {};
}

int ShotList::columnIndex(ShotListColumn column) const
{
    return int(columns.indexOf(column));
}

QString ShotList::value(const ShotListRow &row, ShotListColumn column) const
{
    const int index = columnIndex(column);
    return index >= 0 ? row.cells.value(index).trimmed() : QString();
}

ShotListColumn ShotListCsv::columnForHeader(const QString &header)
{
    const QString folded = fold(header);
    const auto it = headerTable().constFind(folded);
    if (it != headerTable().cend())
        return *it;
    // "Duration (s)", "Length (sec)", "Lens (mm)": a known name with a unit after it.
    const qsizetype paren = header.indexOf(QLatin1Char('('));
    if (paren > 0)
        return headerTable().value(fold(header.left(paren)), ShotListColumn::Unknown);
    return ShotListColumn::Unknown;
}

bool ShotListCsv::looksLikeHeader(const QString &firstLine)
{
    const QChar delimiter = detectDelimiter(firstLine);
    int known = 0;
    for (const QString &cell : firstLine.split(delimiter)) {
        QString header = cell.trimmed();
        if (header.startsWith(QLatin1Char('"')) && header.endsWith(QLatin1Char('"')))
            header = header.mid(1, header.size() - 2);
        if (columnForHeader(header) != ShotListColumn::Unknown)
            ++known;
    }
    return known >= 2;
}

Result<ShotList> ShotListCsv::parse(const QString &text, const QString &file)
{
    ShotList list;
    list.delimiter = detectDelimiter(text);
    const auto error = [&file](const QString &message, int line) {
        Error e;
        e.file = file;
        e.message = message;
        e.line = line;
        return e;
    };

    // RFC 4180 records. A quote opens a quoted field only at the start of a field; inside,
    // "" is a quote and line breaks are part of the field.
    QList<ShotListRow> records;
    ShotListRow record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            continue;
        }
        if (c == list.delimiter) {
            record.cells << field;
            field.clear();
            fieldStarted = false;
            if (record.cells.size() > MaxColumns)
                return error(TrText::tr("more than %1 columns").arg(MaxColumns), record.line);
            continue;
        }
        if (c == QLatin1Char('\n')) {
            record.cells << field;
            field.clear();
            fieldStarted = false;
            if (records.size() > MaxRows)
                return error(
                    TrText::tr("more than %1 rows; import the shot list in parts").arg(MaxRows),
                    record.line);
            records << record;
            record = ShotListRow();
            record.line = ++line;
            continue;
        }
        field += c;
        fieldStarted = true;
    }
    if (quoted)
        return error(TrText::tr("a quoted field is not closed (is the file truncated?)"),
                     quoteLine);
    if (fieldStarted || !record.cells.isEmpty()) {
        record.cells << field;
        records << record;
    }

    const auto blank = [](const ShotListRow &row) {
        for (const QString &cell : row.cells) {
            if (!cell.trimmed().isEmpty())
                return false;
        }
        return true;
    };
    qsizetype first = 0;
    while (first < records.size() && blank(records.at(first)))
        ++first;
    if (first >= records.size())
        return error(TrText::tr("the file is empty"), 0);

    const ShotListRow &header = records.at(first);
    int known = 0;
    for (const QString &cell : header.cells) {
        const QString name = cell.trimmed();
        list.headers << name;
        const ShotListColumn column = columnForHeader(name);
        list.columns << column;
        if (column != ShotListColumn::Unknown)
            ++known;
    }
    const bool hasContent = list.columns.contains(ShotListColumn::Description) ||
                            list.columns.contains(ShotListColumn::Dialogue) ||
                            list.columns.contains(ShotListColumn::Shot);
    if (known == 0 || !hasContent)
        return error(TrText::tr("the first row is not a shot list header: expected columns such "
                                "as Scene, Shot, Description, Size, Angle, Movement, Duration, "
                                "Dialogue, Characters, Notes"),
                     header.line);

    for (qsizetype r = first + 1; r < records.size(); ++r) {
        ShotListRow row = records.at(r);
        if (blank(row))
            continue;
        for (QString &cell : row.cells) {
            if (cell.size() > MaxCellChars) {
                list.warnings << TrText::tr("line %1: a cell of %2 characters was shortened to %3")
                                     .arg(row.line)
                                     .arg(cell.size())
                                     .arg(MaxCellChars);
                cell.truncate(MaxCellChars);
            }
        }
        if (row.cells.size() > list.headers.size()) {
            list.warnings << TrText::tr("line %1: %2 cells, the header has %3; the extra cells "
                                        "go to the notes")
                                 .arg(row.line)
                                 .arg(row.cells.size())
                                 .arg(list.headers.size());
        }
        list.rows << row;
    }
    if (list.rows.isEmpty())
        return error(TrText::tr("the shot list has a header but no shots"), header.line);
    return list;
}

} // namespace ShotBrief::Script
