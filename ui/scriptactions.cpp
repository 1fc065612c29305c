// SPDX-License-Identifier: MIT
#include "scriptactions.h"

#include "scriptimportdialog.h"
#include "scriptupdatedialog.h"

#include "document/projectdocument.h"
#include "script/contentfit.h"
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scriptupdater.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace ShotBrief {

using namespace Script;

namespace {

const char LastScriptsKey[] = "scriptImport/lastScripts";

QString scriptFilter()
{
    return ScriptActions::tr("Scripts (*.fountain *.spmd *.fdx *.csv *.tsv *.txt);;Fountain "
                             "(*.fountain *.spmd *.txt);;Final Draft (*.fdx);;Shot lists (*.csv "
                             "*.tsv);;All files (*)");
}

} // namespace

ScriptActions::ScriptActions(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    capabilities = [] {
        return ProviderCapabilities::openAiVideos();
    };
    providerName = [] {
        return QStringLiteral("emulator");
    };
    selectedShotIds = [] {
        return QStringList();
    };
    confirm = [](QDialog *dialog) {
        return dialog->exec() == QDialog::Accepted;
    };
    askScriptFile = [this](const QString &title, const QString &start) {
        return QFileDialog::getOpenFileName(m_window, title, start, scriptFilter());
    };
    showError = [this](const QString &title, const QString &text) {
        QMessageBox::warning(m_window, title, text);
    };

    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                           tr("Import &Script..."), this);
    m_import->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_import->setStatusTip(tr("Scenes, cast and shots from a Fountain, Final Draft or shot-list "
                              "file, fitted to the provider's lengths"));
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = askScriptFile(tr("Import Script"), lastScript());
        if (!path.isEmpty())
            importScript(path);
    });

    m_update = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                           tr("&Update from Script..."), this);
    m_update->setStatusTip(tr("Bring a revised script into the shots made from it, keeping "
                              "everything you made"));
    connect(m_update, &QAction::triggered, this, [this] {
        const QString path = askScriptFile(tr("Update from Script"), lastScript());
        if (!path.isEmpty())
            updateFromScript(path);
    });

    m_fit = new QAction(tr("Fit &Lengths to Content"), this);
    m_fit->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_fit->setStatusTip(tr("Give the selected shots the shortest length that holds their "
                           "dialogue and action; split those no length holds"));
    connect(m_fit, &QAction::triggered, this, [this] { fitSelection(); });

    m_accept = new QAction(tr("Accept Script &Changes"), this);
    m_accept->setStatusTip(tr("Clear the \"script changed\" and \"cut from script\" marks of "
                              "the selected shots"));
    connect(m_accept, &QAction::triggered, this, [this] { acceptSelection(); });

    connect(m_document, &ProjectDocument::changed, this, &ScriptActions::updateEnabled);
    connect(m_document, &ProjectDocument::readOnlyChanged, this, &ScriptActions::updateEnabled);
    updateEnabled();
}

void ScriptActions::updateEnabled()
{
    const bool writable = !m_document->isReadOnly();
    m_import->setEnabled(writable);
    bool fromScript = false;
    for (const Shot &shot : m_document->project().shots)
        fromScript = fromScript || shot.scriptRef.isSet();
    m_update->setEnabled(writable && fromScript);
    const QStringList selected = selectedShotIds ? selectedShotIds() : QStringList();
    m_fit->setEnabled(writable && !selected.isEmpty());
    bool marked = false;
    for (const QString &id : selected) {
        const Shot *shot = m_document->project().shotById(id);
        marked = marked || (shot && shot->scriptRef.mark != ScriptMark::None);
    }
    m_accept->setEnabled(writable && marked);
}

QString ScriptActions::lastScript() const
{
    const QVariantMap scripts = QSettings().value(QLatin1String(LastScriptsKey)).toMap();
    return scripts.value(m_document->filePath()).toString();
}

void ScriptActions::rememberScript(const QString &path)
{
    if (m_document->filePath().isEmpty())
        return;
    QSettings settings;
    QVariantMap scripts = settings.value(QLatin1String(LastScriptsKey)).toMap();
    scripts.insert(m_document->filePath(), QFileInfo(path).absoluteFilePath());
    settings.setValue(QLatin1String(LastScriptsKey), scripts);
}

bool ScriptActions::importScript(const QString &path)
{
    if (m_document->isReadOnly())
        return false;
    const Result<ScriptSource> source = readScriptFile(path);
    if (!source) {
        showError(tr("Import Script"), source.error().toString());
        return false;
    }
    const ProviderCapabilities caps = capabilities();
    const Project &project = m_document->project();
    const ScriptImporter importer(project, caps);
    const Result<ImportPlan> plan = source->plan(importer);
    if (!plan) {
        showError(tr("Import Script"), plan.error().toString());
        return false;
    }
    ScriptImportDialog dialog(*source, *plan, providerName(), importer.fitter().legalDurations(),
                              m_window);
    if (!confirm(&dialog))
        return false;
    Project target = withImport(m_document->project(), *plan);
    // A project with nothing in it yet is this script's: it takes the script's title.
    if (m_document->project().shots.isEmpty() && !plan->title.isEmpty())
        target.title = plan->title;
    if (!applyAsOneStep(m_document, target, tr("Import script %1").arg(QFileInfo(path).fileName())))
        return false;
    rememberScript(path);
    Q_EMIT message(tr("Imported %n shot(s) from %1", nullptr, int(plan->shots.size()))
                       .arg(QFileInfo(path).fileName()));
    if (!plan->shots.isEmpty())
        Q_EMIT shotsAdded(plan->shots.first().id);
    return true;
}

bool ScriptActions::updateFromScript(const QString &path)
{
    if (m_document->isReadOnly())
        return false;
    const Result<ScriptSource> source = readScriptFile(path);
    if (!source) {
        showError(tr("Update from Script"), source.error().toString());
        return false;
    }
    const Project project = m_document->project();
    const ScriptImporter importer(project, capabilities());
    const Result<ImportPlan> fresh = source->plan(importer);
    if (!fresh) {
        showError(tr("Update from Script"), fresh.error().toString());
        return false;
    }
    const UpdatePlan update = ScriptUpdater::plan(project, *fresh, importer.fitter());
    ScriptUpdateDialog dialog(path, update, m_window);
    if (!confirm(&dialog) || !update.hasChanges())
        return false;
    if (!applyAsOneStep(m_document, update.result,
                        tr("Update from script %1").arg(QFileInfo(path).fileName())))
        return false;
    rememberScript(path);
    Q_EMIT message(tr("Updated from %1: %2 changed, %3 new, %4 cut")
                       .arg(QFileInfo(path).fileName())
                       .arg(update.count(ScriptChange::Changed))
                       .arg(update.count(ScriptChange::Added))
                       .arg(update.count(ScriptChange::Cut)));
    return true;
}

int ScriptActions::fitSelection()
{
    if (m_document->isReadOnly())
        return 0;
    const ContentFitResult fit =
        fitLengthsToContent(m_document->project(), selectedShotIds(), capabilities());
    if (!applyAsOneStep(m_document, fit.project, tr("Fit lengths to content"))) {
        Q_EMIT message(tr("The selected shots already have the lengths their content needs"));
        return 0;
    }
    Q_EMIT message(tr("%1 shot(s) got a new length, %2 split").arg(fit.resized).arg(fit.split));
    return fit.resized + fit.split;
}

int ScriptActions::acceptSelection()
{
    if (m_document->isReadOnly())
        return 0;
    Project target = m_document->project();
    int cleared = 0;
    for (const QString &id : selectedShotIds()) {
        const int index = target.shotIndex(id);
        if (index >= 0 && target.shots.at(index).scriptRef.mark != ScriptMark::None) {
            target.shots[index].scriptRef.mark = ScriptMark::None;
            ++cleared;
        }
    }
    if (cleared > 0)
        applyAsOneStep(m_document, target, tr("Accept script changes"));
    return cleared;
}

} // namespace ShotBrief
