// SPDX-License-Identifier: MIT
#include "costestimate.h"

#include "model/textposition.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

// One context for lupdate and for the runtime: a free tr() helper would be filed by
// lupdate under the enclosing namespace instead.
struct PriceText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::PriceTable)
};

const char BuiltInPath[] = ":/shotbrief/prices.json";

QString indexed(const char *base, std::size_t index)
{
    return QString::fromLatin1(base) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Error fieldError(const QString &source, const QString &field, const QString &message)
{
    Error error;
    error.file = source;
    error.field = field;
    error.message = message;
    return error;
}

/// Finds where JSON text stops being JSON, for the line:column of the error (the DOM parse
/// says only that it failed). Runs only on text that did not parse.
class SyntaxErrorPosition final : public nlohmann::json_sax<nlohmann::json>
{
public:
    std::size_t bytesRead = 0; ///< nlohmann's position: the bytes read up to the error.

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &) override
    {
        bytesRead = position;
        return false;
    }
};

QString fromJsonString(const nlohmann::json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

} // namespace

Result<PriceTable> PriceTable::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fieldError(path, QString(),
                          PriceText::tr("cannot read the price table: %1").arg(file.errorString()));
    }
    return parse(file.readAll(), path);
}

Result<PriceTable> PriceTable::parse(const QByteArray &json, const QString &source)
{
    // No exceptions: a number such as 1e999 is a syntax error like any other here.
    const nlohmann::json root =
        nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (root.is_discarded()) {
        SyntaxErrorPosition where;
        (void)nlohmann::json::sax_parse(json.constBegin(), json.constEnd(), &where);
        Error error = fieldError(source, QString(), PriceText::tr("not valid JSON"));
        // The last byte read is the one that is wrong.
        const TextPosition at = textPositionAt(json, qsizetype(where.bytesRead) - 1);
        error.line = at.line;
        error.column = at.column;
        return error;
    }
    if (!root.is_object())
        return fieldError(source, QString(),
                          PriceText::tr("expected a JSON object at the top level"));

    PriceTable table;
    table.m_source = source;

    const auto name = root.find("name");
    if (name == root.end() || !name->is_string() || name->get<std::string>().empty())
        return fieldError(source, QStringLiteral("name"),
                          PriceText::tr("expected the table's name"));
    const QString ownName = fromJsonString(*name).trimmed();

    const auto asOf = root.find("as_of");
    if (asOf != root.end()) {
        if (!asOf->is_string())
            return fieldError(source, QStringLiteral("as_of"),
                              PriceText::tr("expected a date such as \"2026-08-01\""));
        table.m_asOf = fromJsonString(*asOf).trimmed();
    }
    table.m_name =
        table.m_asOf.isEmpty() ? ownName : PriceText::tr("%1, as of %2").arg(ownName, table.m_asOf);

    const auto currency = root.find("currency");
    if (currency != root.end() &&
        (!currency->is_string() || currency->get<std::string>() != "USD")) {
        return fieldError(source, QStringLiteral("currency"),
                          PriceText::tr("only \"USD\" is supported"));
    }

    const auto prices = root.find("prices");
    if (prices == root.end() || !prices->is_array())
        return fieldError(source, QStringLiteral("prices"),
                          PriceText::tr("expected a list of prices"));

    static const QRegularExpression sizePattern(QStringLiteral("^[1-9][0-9]*x[1-9][0-9]*$"));
    for (std::size_t i = 0; i < prices->size(); ++i) {
        const nlohmann::json &entry = prices->at(i);
        const QString base = indexed("prices", i);
        if (!entry.is_object())
            return fieldError(
                source, base,
                PriceText::tr("expected an object with model, size and usd_per_second"));

        Row row;
        const auto model = entry.find("model");
        if (model == entry.end() || !model->is_string() || model->get<std::string>().empty())
            return fieldError(source, base + QLatin1String(".model"),
                              PriceText::tr("expected a model id such as \"sora-2\""));
        row.model = fromJsonString(*model);

        const auto size = entry.find("size");
        if (size == entry.end() || !size->is_string())
            return fieldError(
                source, base + QLatin1String(".size"),
                PriceText::tr("expected a size such as \"1280x720\", or \"*\" for every size"));
        row.size = fromJsonString(*size);
        if (row.size != QLatin1String("*") && !sizePattern.match(row.size).hasMatch())
            return fieldError(
                source, base + QLatin1String(".size"),
                PriceText::tr(
                    "expected a size such as \"1280x720\", or \"*\" for every size, got \"%1\"")
                    .arg(row.size));

        const auto price = entry.find("usd_per_second");
        if (price == entry.end() || !price->is_number())
            return fieldError(source, base + QLatin1String(".usd_per_second"),
                              PriceText::tr("expected a price in USD per second, such as 0.10"));
        row.usdPerSecond = price->get<double>();
        if (!std::isfinite(row.usdPerSecond) || row.usdPerSecond < 0.0)
            return fieldError(source, base + QLatin1String(".usd_per_second"),
                              PriceText::tr("expected zero or a positive price"));

        for (const Row &earlier : std::as_const(table.m_rows)) {
            if (earlier.model == row.model && earlier.size == row.size)
                return fieldError(
                    source, base,
                    PriceText::tr("%1 at %2 is priced twice").arg(row.model, row.size));
        }
        table.m_rows << row;
    }
    return table;
}

PriceTable PriceTable::builtIn()
{
    Result<PriceTable> table = load(QString::fromLatin1(BuiltInPath));
    // The file is compiled in and checked by tests; an empty table only shows a broken build.
    if (!table) {
        qWarning("PriceTable: the built-in table does not load: %s",
                 qPrintable(table.error().toString()));
        PriceTable empty;
        empty.m_source = QString::fromLatin1(BuiltInPath);
        empty.m_name = PriceText::tr("built-in price table (missing)");
        return empty;
    }
    return std::move(table).value();
}

PriceTable PriceTable::fromRows(const QString &name, const QString &source, const QList<Row> &rows)
{
    PriceTable table;
    table.m_name = name;
    table.m_source = source;
    for (const Row &row : rows) {
        const bool known =
            std::any_of(table.m_rows.cbegin(), table.m_rows.cend(), [&row](const Row &earlier) {
                return earlier.model == row.model && earlier.size == row.size;
            });
        if (!known)
            table.m_rows << row;
    }
    return table;
}

std::optional<double> PriceTable::pricePerSecond(const QString &model, const QString &size) const
{
    std::optional<double> anySize;
    for (const Row &row : m_rows) {
        if (row.model != model)
            continue;
        if (row.size == size)
            return row.usdPerSecond;
        if (row.size == QLatin1String("*"))
            anySize = row.usdPerSecond;
    }
    return anySize;
}

ShotEstimate estimateShot(const Project &project, const Shot &shot, const PriceTable &table)
{
    ShotEstimate estimate;
    estimate.shotId = shot.id;
    const std::optional<double> price =
        table.pricePerSecond(project.effectiveModel(shot), project.effectiveSize(shot));
    if (price) {
        estimate.priced = true;
        estimate.usd = *price * shot.durationSeconds;
    }
    return estimate;
}

ProjectEstimate estimateProject(const Project &project, const PriceTable &table)
{
    ProjectEstimate estimate;
    estimate.tableName = table.name();
    estimate.tableSource = table.source();
    estimate.shots.reserve(project.shots.size());
    for (const Shot &shot : project.shots) {
        const ShotEstimate shotEstimate = estimateShot(project, shot, table);
        if (shotEstimate.priced)
            estimate.totalUsd += shotEstimate.usd;
        else
            ++estimate.unpricedShots;
        estimate.shots << shotEstimate;
    }
    return estimate;
}

} // namespace ShotBrief
