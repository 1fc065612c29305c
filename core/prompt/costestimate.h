// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ShotBrief {

/// Price per second of output by model and size, read from a JSON file a user can replace
/// (resources/prices.json is built in as ":/shotbrief/prices.json").
class PriceTable
{
public:
    struct Row
    {
        QString model;
        QString size; ///< "1280x720"; "*" for any size of the model.
        double usdPerSecond = 0.0;
    };

    static Result<PriceTable> load(const QString &path);
    /// Errors name `source` and the field ("prices[2].usd_per_second"), or line:column for
    /// bytes that are not JSON.
    static Result<PriceTable> parse(const QByteArray &json, const QString &source);
    /// The built-in table; always loads.
    static PriceTable builtIn();
    /// A table made in code (a provider profile's prices); later duplicates of a model and
    /// size are ignored, so the first row given wins.
    static PriceTable fromRows(const QString &name, const QString &source, const QList<Row> &rows);

    std::optional<double> pricePerSecond(const QString &model, const QString &size) const;
    QString source() const { return m_source; } ///< The file it came from, for every estimate.
    QString name() const { return m_name; }     ///< The table's own name and date.
    QString asOf() const { return m_asOf; }     ///< The "as_of" date alone, may be empty.
    const QList<Row> &rows() const { return m_rows; }

private:
    QString m_source;
    QString m_name;
    QString m_asOf;
    QList<Row> m_rows;
};

struct ShotEstimate
{
    QString shotId;
    double usd = 0.0;
    bool priced = false; ///< False when the table has no price for the model and size.
};

struct ProjectEstimate
{
    QList<ShotEstimate> shots;
    double totalUsd = 0.0;
    int unpricedShots = 0;
    QString tableName;
    QString tableSource;
};

ShotEstimate estimateShot(const Project &project, const Shot &shot, const PriceTable &table);
ProjectEstimate estimateProject(const Project &project, const PriceTable &table);

} // namespace ShotBrief
