// SPDX-License-Identifier: MIT
#include "conformdialog.h"

#include "conform/conformapply.h"
#include "conform/conformreport.h"
#include "document/projectdocument.h"
#include "export/editlist.h"
#include "export/exporter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {

constexpr auto LastEditListKey = "conform/lastEditList";

/// A change is the same across a re-plan when its kind, shot and take are.
QString changeKey(const ConformChange &change)
{
    return QStringLiteral("%1|%2|%3").arg(int(change.kind)).arg(change.shotId, change.takeId);
}

} // namespace

ConformDialog::ConformDialog(ProjectDocument *document, const EditedCut &cut,
                             const ConformPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_cut(cut)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("ConformDialog"));
    setWindowTitle(tr("Conform to %1").arg(QFileInfo(cut.fileName).fileName()));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_fitLength = new QCheckBox(tr("&Fit shot lengths to the cut (whole seconds; a length the "
                                   "provider may not make)"),
                                this);
    m_fitLength->setChecked(plan.options.fitLengthToCut);
    layout->addWidget(m_fitLength);
    m_import = new QCheckBox(this);
    m_import->setChecked(plan.options.importForeignClips);
    layout->addWidget(m_import);
    connect(m_fitLength, &QCheckBox::toggled, this, &ConformDialog::replan);
    connect(m_import, &QCheckBox::toggled, this, &ConformDialog::replan);

    auto *changesLabel = new QLabel(tr("&Changes (uncheck one to leave it out):"), this);
    layout->addWidget(changesLabel);
    m_changes = new QListWidget(this);
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setWordWrap(true);
    changesLabel->setBuddy(m_changes);
    connect(m_changes, &QListWidget::itemChanged, this, &ConformDialog::syncEnabled);
    layout->addWidget(m_changes, 3);

    m_unmatchedLabel = new QLabel(this);
    layout->addWidget(m_unmatchedLabel);
    m_unmatched = new QListWidget(this);
    m_unmatched->setAccessibleName(tr("Clips not matched"));
    m_unmatched->setWordWrap(true);
    m_unmatchedLabel->setBuddy(m_unmatched);
    layout->addWidget(m_unmatched, 1);

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_report = buttons->addButton(tr("Save &Report..."), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString suggested = QFileInfo(m_cut.fileName).absolutePath() + QLatin1Char('/') +
                                  QFileInfo(m_cut.fileName).completeBaseName() +
                                  QStringLiteral("-conform.txt");
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Conform Report"), suggested, tr("Text (*.txt);;JSON (*.json)"));
        if (path.isEmpty())
            return;
        if (const Result<void> saved = saveReport(path); !saved)
            QMessageBox::warning(this, tr("Save Report"), saved.error().message);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
    fill();
}

void ConformDialog::replan()
{
    // Keep what the user unchecked across the new plan.
    QSet<QString> leftOut;
    for (const ConformChange &change : std::as_const(m_plan.changes)) {
        if (!change.enabled)
            leftOut.insert(changeKey(change));
    }
    ConformOptions options;
    options.fitLengthToCut = m_fitLength->isChecked();
    options.importForeignClips = m_import->isChecked();
    const Result<ConformPlan> plan =
        planConform(m_document->project(), m_document->filePath(), m_cut, options);
    if (!plan) {
        QMessageBox::warning(this, windowTitle(), plan.error().message);
        const QSignalBlocker fit(m_fitLength);
        const QSignalBlocker import(m_import);
        m_fitLength->setChecked(m_plan.options.fitLengthToCut);
        m_import->setChecked(m_plan.options.importForeignClips);
        return;
    }
    m_plan = *plan;
    for (ConformChange &change : m_plan.changes)
        change.enabled = !leftOut.contains(changeKey(change));
    fill();
}

void ConformDialog::fill()
{
    m_summary->setText(tr("%1 (%2, %3 fps): %4 of %5 clips are shots of this project.")
                           .arg(QFileInfo(m_cut.fileName).fileName(), editListKindName(m_cut.kind))
                           .arg(m_cut.fps, 0, 'g', 6)
                           .arg(m_plan.clipsMatched)
                           .arg(m_cut.clips.size()));
    int importable = 0;
    for (const UnmatchedClip &entry : std::as_const(m_plan.unmatched))
        importable += entry.foreign && entry.mediaFound ? 1 : 0;
    const int imported = int(m_plan.imports.size());
    m_import->setText(
        tr("&Bring in clips from elsewhere as new shots (%n)", nullptr, importable + imported));
    m_import->setEnabled(importable + imported > 0 && !m_document->isReadOnly());

    const QSignalBlocker blocker(m_changes);
    m_changes->clear();
    for (int i = 0; i < m_plan.changes.size(); ++i) {
        const ConformChange &change = m_plan.changes.at(i);
        auto *item = new QListWidgetItem(change.text, m_changes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(change.enabled ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, i);
        if (!change.location.isEmpty())
            item->setToolTip(change.location);
    }
    if (m_plan.changes.isEmpty()) {
        auto *item = new QListWidgetItem(tr("The plan already matches the cut."), m_changes);
        item->setFlags(Qt::ItemIsEnabled);
    }

    m_unmatched->clear();
    for (const UnmatchedClip &entry : std::as_const(m_plan.unmatched)) {
        const QString name = entry.clip.name.isEmpty() ? QFileInfo(entry.clip.mediaPath).fileName()
                                                       : entry.clip.name;
        auto *item = new QListWidgetItem(
            tr("%1 \"%2\": %3").arg(entry.clip.location, name, entry.reason), m_unmatched);
        item->setToolTip(entry.clip.mediaPath);
    }
    m_unmatchedLabel->setText(
        tr("Clips &not matched (%n):", nullptr, int(m_plan.unmatched.size())));
    m_unmatchedLabel->setVisible(!m_plan.unmatched.isEmpty());
    m_unmatched->setVisible(!m_plan.unmatched.isEmpty());
    m_notes->setText(m_plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_plan.notes.isEmpty());
    syncEnabled();
}

void ConformDialog::syncEnabled()
{
    for (int row = 0; row < m_changes->count(); ++row) {
        const QListWidgetItem *item = m_changes->item(row);
        const QVariant index = item->data(Qt::UserRole);
        if (index.isValid())
            m_plan.changes[index.toInt()].enabled = item->checkState() == Qt::Checked;
    }
    m_apply->setEnabled(m_plan.hasChanges() && !m_document->isReadOnly());
    m_apply->setToolTip(m_document->isReadOnly()
                            ? tr("The project is read-only: save a copy to conform it.")
                            : QString());
}

bool ConformDialog::apply()
{
    if (!m_plan.hasChanges() || m_document->isReadOnly())
        return false;
    const Result<int> applied = applyConformPlan(m_document, m_plan);
    if (!applied) {
        QMessageBox::warning(this, windowTitle(), applied.error().toString());
        return false;
    }
    return *applied > 0;
}

Result<void> ConformDialog::saveReport(const QString &path) const
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    return writeFileAtomically(path, json ? conformReportJson(m_plan, false)
                                          : conformReportText(m_plan, false).toUtf8());
}

bool ConformDialog::conformTo(ProjectDocument *document, QWidget *parent,
                              const QString &editListPath)
{
    QString path = editListPath;
    if (path.isEmpty()) {
        QSettings settings;
        const QString last = settings.value(QLatin1String(LastEditListKey)).toString();
        path = QFileDialog::getOpenFileName(
            parent, tr("Conform to Edit"),
            last.isEmpty() ? QFileInfo(document->filePath()).absolutePath() : last,
            tr("Edit lists (*.otio *.edl *.mlt *.kdenlive *.xml);;All files (*)"));
        if (path.isEmpty())
            return false;
        settings.setValue(QLatin1String(LastEditListKey), QFileInfo(path).absolutePath());
    }
    const Result<EditedCut> cut = readEditedCut(path, EditListFps);
    if (!cut) {
        QMessageBox::warning(parent, tr("Conform to Edit"),
                             tr("ShotBrief cannot read this edit list; nothing was changed.\n\n%1")
                                 .arg(cut.error().toString()));
        return false;
    }
    const Result<ConformPlan> plan =
        planConform(document->project(), document->filePath(), *cut, {});
    if (!plan) {
        QMessageBox::warning(parent, tr("Conform to Edit"),
                             tr("This edit list cannot be matched to the project; nothing was "
                                "changed.\n\n%1")
                                 .arg(plan.error().toString()));
        return false;
    }
    ConformDialog dialog(document, *cut, *plan, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace ShotBrief
