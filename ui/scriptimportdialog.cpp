// SPDX-License-Identifier: MIT
#include "scriptimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ShotBrief {

using namespace Script;

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text.simplified());
    cell->setToolTip(text);
    return cell;
}

QTableWidgetItem *number(double value, int decimals = 0)
{
    auto *cell = new QTableWidgetItem(QString::number(value, 'f', decimals));
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

QString describeLengths(const QList<int> &durations)
{
    QList<int> sorted = durations;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.size() > 2 && sorted.last() - sorted.first() == sorted.size() - 1)
        return ScriptImportDialog::tr("%1-%2 s").arg(sorted.first()).arg(sorted.last());
    QStringList parts;
    for (int seconds : sorted)
        parts << QString::number(seconds);
    return ScriptImportDialog::tr("%1 s").arg(parts.join(QStringLiteral(", ")));
}

QString runningTime(int seconds)
{
    const int h = seconds / 3600;
    const int m = seconds / 60 % 60;
    const int s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

ScriptImportDialog::ScriptImportDialog(const ScriptSource &source, const ImportPlan &plan,
                                       const QString &providerName,
                                       const QList<int> &legalDurations, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ScriptImportDialog"));
    setWindowTitle(tr("Import Script"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        tr("%1 (%2): %3 scenes, %4 lines of dialogue, %5 cast (%6 new), %7 shots (%8 of them "
           "parts of split shots), %9 in all, fitted to the lengths %10 makes (%11).")
            .arg(QFileInfo(source.file).fileName(), scriptFormatName(source.format))
            .arg(plan.scenes.size())
            .arg(plan.speechCount)
            .arg(plan.cast.size())
            .arg(plan.newCast.size())
            .arg(plan.shots.size())
            .arg(plan.splitShotCount)
            .arg(runningTime(plan.totalSeconds()), providerName, describeLengths(legalDurations)));
    layout->addWidget(m_summary);

    if (!plan.warnings.isEmpty()) {
        constexpr int Shown = 5;
        QStringList shown = plan.warnings.mid(0, Shown);
        if (plan.warnings.size() > Shown)
            shown << tr("... and %n more", nullptr, int(plan.warnings.size() - Shown));
        auto *warnings = new QLabel(shown.join(QLatin1Char('\n')), this);
        warnings->setObjectName(QStringLiteral("importWarnings"));
        warnings->setWordWrap(true);
        warnings->setTextFormat(Qt::PlainText);
        warnings->setAccessibleName(tr("Import warnings"));
        layout->addWidget(warnings);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Import preview"));

    QHash<QString, QString> sceneTitles;
    QHash<QString, int> shotsPerScene;
    QHash<QString, int> secondsPerScene;
    for (const Scene &scene : plan.scenes)
        sceneTitles.insert(scene.id, scene.title);
    for (const Shot &shot : plan.shots) {
        ++shotsPerScene[shot.sceneId];
        secondsPerScene[shot.sceneId] += shot.durationSeconds;
    }

    m_shots = makeTable({tr("Shot"), tr("Scene"), tr("Length (s)"), tr("Content (s)"), tr("Action"),
                         tr("Dialogue")},
                        tr("Shots"), m_tabs);
    m_shots->setRowCount(int(plan.shots.size()));
    for (int row = 0; row < plan.shots.size(); ++row) {
        const Shot &shot = plan.shots.at(row);
        QStringList lines;
        for (const DialogueLine &line : shot.dialogue)
            lines << (line.speaker.isEmpty() ? line.line
                                             : line.speaker + QStringLiteral(": ") + line.line);
        m_shots->setItem(row, 0, item(shot.label));
        m_shots->setItem(row, 1, item(sceneTitles.value(shot.sceneId)));
        m_shots->setItem(row, 2, number(shot.durationSeconds));
        m_shots->setItem(row, 3, number(plan.contentSeconds.value(row), 1));
        m_shots->setItem(row, 4, item(shot.actionBeats.join(QLatin1Char(' '))));
        m_shots->setItem(row, 5, item(lines.join(QStringLiteral(" / "))));
    }
    m_tabs->addTab(m_shots, tr("Shots (%1)").arg(plan.shots.size()));

    m_scenes =
        makeTable({tr("No."), tr("Heading"), tr("Shots"), tr("Length")}, tr("Scenes"), m_tabs);
    m_scenes->setRowCount(int(plan.scenes.size()));
    for (int row = 0; row < plan.scenes.size(); ++row) {
        const Scene &scene = plan.scenes.at(row);
        m_scenes->setItem(row, 0, item(scene.number));
        m_scenes->setItem(row, 1, item(scene.title));
        m_scenes->setItem(row, 2, number(shotsPerScene.value(scene.id)));
        m_scenes->setItem(row, 3, item(runningTime(secondsPerScene.value(scene.id))));
    }
    m_tabs->addTab(m_scenes, tr("Scenes (%1)").arg(plan.scenes.size()));

    m_cast = makeTable({tr("Name"), tr("Lines"), tr("In the project")}, tr("Cast"), m_tabs);
    QHash<QString, int> lines;
    for (const Shot &shot : plan.shots) {
        for (const DialogueLine &line : shot.dialogue)
            ++lines[line.speaker];
    }
    m_cast->setRowCount(int(plan.cast.size()));
    for (int row = 0; row < plan.cast.size(); ++row) {
        const CastMember &member = plan.cast.at(row);
        const bool isNew =
            std::any_of(plan.newCast.cbegin(), plan.newCast.cend(),
                        [&member](const CastMember &m) { return m.id == member.id; });
        m_cast->setItem(row, 0, item(member.name));
        m_cast->setItem(row, 1, number(lines.value(member.name)));
        m_cast->setItem(row, 2,
                        item(isNew ? tr("new: describe their look in the Project panel")
                                   : tr("already in the project")));
    }
    m_tabs->addTab(m_cast, tr("Cast (%1)").arg(plan.cast.size()));

    if (source.format == ScriptFormat::ShotListCsv) {
        const ShotList &list = source.shotList;
        m_columns = makeTable({tr("Column"), tr("Fills")}, tr("Columns"), m_tabs);
        m_columns->setRowCount(int(list.headers.size()));
        for (int row = 0; row < list.headers.size(); ++row) {
            m_columns->setItem(row, 0, item(list.headers.at(row)));
            m_columns->setItem(row, 1, item(shotListColumnName(list.columns.value(row))));
        }
        // The mapping is what a shot list import can get wrong: show it first.
        m_tabs->insertTab(0, m_columns, tr("Columns (%1)").arg(list.headers.size()));
        m_tabs->setCurrentIndex(0);
    }
    for (QTableWidget *table : {m_shots, m_scenes, m_cast, m_columns}) {
        if (table)
            table->resizeColumnsToContents();
    }
    m_shots->setColumnWidth(4, std::min(m_shots->columnWidth(4), 360));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace ShotBrief
