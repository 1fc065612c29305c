// SPDX-License-Identifier: MIT
#include "providerprofileseditor.h"

#include "theme.h"

#include "api/credentialstore.h"
#include "api/modelcatalogrefresh.h"

#include "api/providerfactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace ShotBrief {

namespace {

enum ModelColumn {
    ModelIdColumn,
    DurationsColumn,
    SizesColumn,
    FirstFrameColumn,
    LastFrameColumn,
    ReferencesColumn,
    AudioColumn,
    PromptCharsColumn,
    PriceColumn,
    ModelColumnCount
};

/// The columns shown as check boxes (Space toggles them).
constexpr std::array checkColumns{FirstFrameColumn, LastFrameColumn, AudioColumn};

QString joinDurations(const QList<int> &durations)
{
    QStringList parts;
    for (int seconds : durations)
        parts.append(QString::number(seconds));
    return parts.join(QStringLiteral(", "));
}

/// "4, 8, 12" (commas or spaces) into ascending, distinct seconds.
std::optional<QList<int>> parseDurations(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<int> durations;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int seconds = part.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return std::nullopt;
        durations.append(seconds);
    }
    std::sort(durations.begin(), durations.end());
    durations.erase(std::unique(durations.begin(), durations.end()), durations.end());
    if (durations.isEmpty())
        return std::nullopt;
    return durations;
}

/// "1280x720, 720x1280" into sizes.
std::optional<QStringList> parseSizes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    static const QRegularExpression size(QStringLiteral("^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"));
    QStringList sizes;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString lower = part.toLower();
        if (!size.match(lower).hasMatch())
            return std::nullopt;
        if (!sizes.contains(lower))
            sizes.append(lower);
    }
    if (sizes.isEmpty())
        return std::nullopt;
    return sizes;
}

/// "0.12" (any size) and "1280x720: 0.10" entries, as ModelCapability::usdPerSecond keeps them.
QString joinPrices(const QMap<QString, double> &prices)
{
    QStringList parts;
    if (prices.contains(QStringLiteral("*")))
        parts.append(QString::number(prices.value(QStringLiteral("*"))));
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        if (it.key() != QLatin1String("*"))
            parts.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<QMap<QString, double>> parsePrices(const QString &text)
{
    static const QRegularExpression size(QStringLiteral("^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"));
    QMap<QString, double> prices;
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? QStringLiteral("*") : part.left(colon).trimmed().toLower();
        bool ok = false;
        const double price = part.mid(colon + 1).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(price) || price < 0 ||
            (key != QLatin1String("*") && !size.match(key).hasMatch()) || prices.contains(key))
            return std::nullopt;
        prices.insert(key, price);
    }
    return prices;
}

Error fieldError(const QString &field, const QString &message)
{
    Error error;
    error.field = field;
    error.message = ProviderProfilesEditor::tr("%1: %2").arg(field, message);
    return error;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ProviderProfilesEditor::ProviderProfilesEditor(const QString &settingsPath, QWidget *parent)
    : QDialog(parent)
    , m_settingsPath(settingsPath)
{
    setWindowTitle(tr("Provider Profiles"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);

    auto *listSide = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Profiles:"), listSide);
    m_list = new QListWidget(listSide);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Profiles"));
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), listSide);
    m_add->setToolTip(tr("A new profile for an OpenAI-compatible server"));
    m_duplicate = new QPushButton(tr("D&uplicate"), listSide);
    m_duplicate->setToolTip(tr("An editable copy of the selected profile"));
    m_remove = new QPushButton(tr("Remo&ve"), listSide);
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    listLayout->addLayout(listButtons);
    splitter->addWidget(listSide);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget;
    buildForm(m_form);
    scroll->setWidget(m_form);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 770});
    layout->addWidget(splitter, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;")
                               .arg(Theme::severityColor(LintSeverity::Error, palette()).name()));
    m_error->setAccessibleName(tr("Problem"));
    layout->addWidget(m_error);

    auto *keys = new QLabel(
        tr("API keys are never written here: Preferences stores them in the system keychain, "
           "or set the profile's key environment variable."),
        this);
    keys->setWordWrap(true);
    keys->setEnabled(false);
    layout->addWidget(keys);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const Result<void> saved = apply(); saved)
            accept();
        else
            QMessageBox::warning(this, windowTitle(), saved.error().message);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, [this] {
        if (const Result<void> saved = apply(); !saved)
            QMessageBox::warning(this, windowTitle(), saved.error().message);
    });

    connect(m_list, &QListWidget::currentRowChanged, this,
            &ProviderProfilesEditor::onCurrentRowChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        ProviderProfile profile;
        profile.name = uniqueName(QStringLiteral("custom"));
        profile.displayName = tr("New provider");
        profile.baseUrl = QUrl(QStringLiteral("https://"));
        profile.capabilities = ProviderCapabilities::openAiVideos();
        addProfile(profile);
        m_displayName->setFocus();
        m_displayName->selectAll();
    });
    connect(m_duplicate, &QPushButton::clicked, this, &ProviderProfilesEditor::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProviderProfilesEditor::removeProfile);

    const Result<ProviderProfiles> loaded = ProviderProfiles::load(m_settingsPath);
    if (loaded) {
        m_profiles = loaded->all();
    } else {
        // A file that cannot be read is never overwritten from here: show why, save nothing.
        m_profiles = ProviderProfiles::load(QString())->all();
        m_loadError = loaded.error().toString();
    }
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_list->addItem(QString());
        refreshListItem(i);
    }
    m_list->setCurrentRow(0);
    updateState();
    resize(1000, 720);
}

void ProviderProfilesEditor::buildForm(QWidget *form)
{
    auto *formLayout = new QFormLayout(form);
    m_readOnlyNote = new QLabel(
        tr("Built-in profiles cannot be changed: Duplicate makes an editable copy."), form);
    m_readOnlyNote->setWordWrap(true);
    formLayout->addRow(m_readOnlyNote);

    m_displayName = new QLineEdit(form);
    formLayout->addRow(tr("&Display name:"), m_displayName);
    m_identifier = new QLineEdit(form);
    m_identifier->setToolTip(tr("Projects and the keychain refer to the profile by this name."));
    formLayout->addRow(tr("&Identifier:"), m_identifier);
    m_adapter = new QComboBox(form);
    for (const QString &adapter : videoProviderAdapters())
        m_adapter->addItem(adapter, adapter);
    formLayout->addRow(tr("Adapte&r:"), m_adapter);
    m_baseUrl = new QLineEdit(form);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    formLayout->addRow(tr("&Base URL:"), m_baseUrl);
    m_baseUrlError = new QLabel(form);
    m_baseUrlError->setWordWrap(true);
    m_baseUrlError->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(Theme::severityColor(LintSeverity::Error, palette()).name()));
    formLayout->addRow(QString(), m_baseUrlError);
    m_baseUrlError->hide();
    m_allowHttp = new QCheckBox(tr("Allow plain &HTTP to this host (trusted network only)"), form);
    formLayout->addRow(QString(), m_allowHttp);
    m_auth = new QComboBox(form);
    m_auth->addItem(tr("Bearer token (Authorization: Bearer)"), int(AuthStyle::Bearer));
    m_auth->addItem(tr("api-key header (Azure OpenAI)"), int(AuthStyle::ApiKey));
    m_auth->addItem(tr("None (local server)"), int(AuthStyle::None));
    formLayout->addRow(tr("Authe&ntication:"), m_auth);
    m_keyEnv = new QLineEdit(form);
    m_keyEnv->setPlaceholderText(QStringLiteral("MY_PROVIDER_API_KEY"));
    formLayout->addRow(tr("&Key environment variable:"), m_keyEnv);

    auto *headersBox = new QWidget(form);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    m_headers = new QTableWidget(0, 2, headersBox);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->setVisible(false);
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headers->setTabKeyNavigation(false);
    m_headers->setMinimumHeight(80);
    m_headers->setMaximumHeight(130);
    headersLayout->addWidget(m_headers);
    auto *headerButtons = new QHBoxLayout;
    m_addHeader = new QPushButton(tr("Add H&eader"), headersBox);
    m_removeHeader = new QPushButton(tr("Remove Header"), headersBox);
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch();
    headersLayout->addLayout(headerButtons);
    auto *headersLabel = new QLabel(tr("E&xtra headers:"), form);
    headersLabel->setBuddy(m_headers);
    formLayout->addRow(headersLabel);
    formLayout->addRow(headersBox);

    m_timeout = new QSpinBox(form);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    formLayout->addRow(tr("Request time&out:"), m_timeout);
    m_deadline = new QSpinBox(form);
    m_deadline->setRange(5, 3600);
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setToolTip(tr("The longest an answer other than a download may take in all, "
                              "however slowly the server sends it. Downloads are stopped only "
                              "when they stop making progress."));
    formLayout->addRow(tr("Ans&wer deadline:"), m_deadline);
    m_retries = new QSpinBox(form);
    m_retries->setRange(0, 10);
    formLayout->addRow(tr("Max re&tries:"), m_retries);
    m_concurrency = new QSpinBox(form);
    m_concurrency->setRange(1, 64);
    formLayout->addRow(tr("Max &concurrent jobs:"), m_concurrency);
    m_retention = new QSpinBox(form);
    m_retention->setRange(0, 24 * 365);
    m_retention->setSuffix(tr(" h"));
    m_retention->setToolTip(tr("How long the provider keeps finished clips for download"));
    formLayout->addRow(tr("Retention (hour&s):"), m_retention);

    auto *modelsBox = new QWidget(form);
    auto *modelsLayout = new QVBoxLayout(modelsBox);
    modelsLayout->setContentsMargins(0, 0, 0, 0);
    m_gatewayCatalog = new QCheckBox(
        tr("Models from the &gateway's catalog (a LiteLLM proxy's /model/info)"), modelsBox);
    modelsLayout->addWidget(m_gatewayCatalog);
    m_models = new QTableWidget(0, ModelColumnCount, modelsBox);
    m_models->setAccessibleName(tr("Models"));
    m_models->setHorizontalHeaderLabels(
        {tr("Model"), tr("Durations (s)"), tr("Sizes"), tr("First frame"), tr("Last frame"),
         tr("Reference images"), tr("Audio"), tr("Max prompt chars"), tr("USD per second")});
    m_models->horizontalHeader()->setStretchLastSection(true);
    m_models->verticalHeader()->setVisible(false);
    m_models->setTabKeyNavigation(false);
    m_models->setMinimumHeight(170);
    m_models->setToolTip(
        tr("Durations as \"4, 8, 12\"; sizes as \"1280x720, 720x1280\". F2 edits a cell, Space "
           "toggles a check box. Reference images: how many pictures of the cast the model "
           "takes (0: none). Prices: \"0.12\" for any size, or \"1280x720: 0.10, 1792x1024: "
           "0.30\"; empty: the built-in price table."));
    modelsLayout->addWidget(m_models);
    auto *modelButtons = new QHBoxLayout;
    m_addModel = new QPushButton(tr("Add Mode&l"), modelsBox);
    m_removeModel = new QPushButton(tr("Remove Model"), modelsBox);
    m_refreshModels = new QPushButton(tr("Re&fresh Models"), modelsBox);
    m_refreshModels->setToolTip(tr("Read the models, lengths, sizes, frames and prices the "
                                   "provider offers now from its catalog"));
    modelButtons->addWidget(m_addModel);
    modelButtons->addWidget(m_removeModel);
    modelButtons->addStretch();
    modelButtons->addWidget(m_refreshModels);
    modelsLayout->addLayout(modelButtons);
    m_catalogState = new QLabel(modelsBox);
    m_catalogState->setWordWrap(true);
    m_catalogState->setAccessibleName(tr("Model catalog"));
    m_catalogState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    modelsLayout->addWidget(m_catalogState);
    auto *modelsLabel = new QLabel(tr("&Models:"), form);
    modelsLabel->setBuddy(m_models);
    formLayout->addRow(modelsLabel);
    formLayout->addRow(modelsBox);

    for (QLineEdit *edit : {m_displayName, m_identifier, m_baseUrl, m_keyEnv})
        connect(edit, &QLineEdit::textEdited, this, &ProviderProfilesEditor::onFormEdited);
    for (QComboBox *combo : {m_adapter, m_auth})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &ProviderProfilesEditor::onFormEdited);
    for (QSpinBox *spin : {m_timeout, m_deadline, m_retries, m_concurrency, m_retention})
        connect(spin, &QSpinBox::valueChanged, this, &ProviderProfilesEditor::onFormEdited);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ProviderProfilesEditor::onFormEdited);
    connect(m_gatewayCatalog, &QCheckBox::toggled, this, &ProviderProfilesEditor::onFormEdited);
    connect(m_refreshModels, &QPushButton::clicked, this, &ProviderProfilesEditor::refreshModels);
    for (QTableWidget *table : {m_headers, m_models})
        connect(table, &QTableWidget::itemChanged, this, &ProviderProfilesEditor::onFormEdited);
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow(QString(), QString());
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->setFocus();
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row < 0)
            return;
        m_headers->removeRow(row);
        onFormEdited();
    });
    connect(m_addModel, &QPushButton::clicked, this, [this] {
        ModelCapability model;
        model.id = QStringLiteral("model-%1").arg(m_models->rowCount() + 1);
        model.durations = {4, 8};
        model.sizes = {QStringLiteral("1280x720"), QStringLiteral("720x1280")};
        addModelRow(model);
        onFormEdited();
        m_models->setCurrentCell(m_models->rowCount() - 1, ModelIdColumn);
        m_models->setFocus();
    });
    connect(m_removeModel, &QPushButton::clicked, this, [this] {
        const int row = m_models->currentRow();
        if (row < 0 || m_current < 0)
            return;
        m_models->removeRow(row);
        // Keep rows and stored models in step (see readForm).
        QList<ModelCapability> &models = m_profiles[m_current].capabilities.models;
        if (row < models.size())
            models.removeAt(row);
        m_dirty = true;
        onFormEdited();
    });
}

QPushButton *ProviderProfilesEditor::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *ProviderProfilesEditor::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

QString ProviderProfilesEditor::errorText() const
{
    return m_loadError.isEmpty() ? m_errorText : m_loadError;
}

void ProviderProfilesEditor::refreshListItem(int index)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item || index >= m_profiles.size())
        return;
    const ProviderProfile &profile = m_profiles.at(index);
    const QString name = profile.displayName.isEmpty() ? profile.name : profile.displayName;
    item->setText(profile.builtIn ? tr("%1 (built-in)").arg(name) : name);
    item->setToolTip(profile.name);
    QFont font = item->font();
    font.setItalic(profile.builtIn);
    item->setFont(font);
}

void ProviderProfilesEditor::addHeaderRow(const QString &name, const QString &value)
{
    const QSignalBlocker blocker(m_headers);
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void ProviderProfilesEditor::addModelRow(const ModelCapability &model)
{
    const QSignalBlocker blocker(m_models);
    const int row = m_models->rowCount();
    m_models->insertRow(row);
    m_models->setItem(row, ModelIdColumn, new QTableWidgetItem(model.id));
    m_models->setItem(row, DurationsColumn, new QTableWidgetItem(joinDurations(model.durations)));
    m_models->setItem(row, SizesColumn,
                      new QTableWidgetItem(model.sizes.join(QStringLiteral(", "))));
    const auto setCheck = [&](int column, bool checked) {
        auto *item = new QTableWidgetItem;
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        m_models->setItem(row, column, item);
    };
    setCheck(FirstFrameColumn, model.firstFrame);
    setCheck(LastFrameColumn, model.lastFrame);
    m_models->setItem(row, ReferencesColumn,
                      new QTableWidgetItem(QString::number(model.maxReferenceImages)));
    setCheck(AudioColumn, model.audio);
    m_models->setItem(row, PromptCharsColumn,
                      new QTableWidgetItem(QString::number(model.maxPromptChars)));
    auto *price = new QTableWidgetItem(joinPrices(model.usdPerSecond));
    // The provider's own price list (OpenRouter's pricing SKUs) behind the per-second figures.
    if (!model.pricingNote.isEmpty())
        price->setToolTip(tr("As the provider lists it: %1").arg(model.pricingNote));
    m_models->setItem(row, PriceColumn, price);
}

void ProviderProfilesEditor::loadProfile(int index)
{
    m_current = index;
    if (index < 0 || index >= m_profiles.size())
        return;
    const ProviderProfile &profile = m_profiles.at(index);
    m_loading = true;
    m_displayName->setText(profile.displayName);
    m_identifier->setText(profile.name);
    if (m_adapter->findData(profile.adapter) < 0)
        m_adapter->addItem(profile.adapter, profile.adapter); // named but not in this build
    m_adapter->setCurrentIndex(m_adapter->findData(profile.adapter));
    m_baseUrl->setText(profile.baseUrl.toString());
    m_allowHttp->setChecked(profile.allowInsecureHttp);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(profile.auth))));
    m_keyEnv->setText(profile.keyEnvVar);
    m_headers->setRowCount(0);
    for (const auto &[name, value] : profile.extraHeaders)
        addHeaderRow(QString::fromLatin1(name), QString::fromLatin1(value));
    m_timeout->setValue(qRound(profile.requestTimeoutMs / 1000.0));
    m_deadline->setValue(qRound(profile.requestDeadlineMs / 1000.0));
    m_retries->setValue(profile.maxRetries);
    m_concurrency->setValue(profile.capabilities.maxConcurrentJobs);
    m_retention->setValue(profile.capabilities.retentionHours);
    m_models->setRowCount(0);
    for (const ModelCapability &model : profile.capabilities.models)
        addModelRow(model);
    m_models->resizeColumnsToContents();
    // A long size list would push the other columns out of sight.
    for (int column = 0; column < ModelColumnCount; ++column)
        m_models->setColumnWidth(column, std::min(m_models->columnWidth(column), 200));

    const bool editable = !profile.builtIn;
    m_readOnlyNote->setVisible(!editable);
    for (QLineEdit *edit : {m_displayName, m_identifier, m_baseUrl, m_keyEnv})
        edit->setReadOnly(!editable);
    for (QSpinBox *spin : {m_timeout, m_deadline, m_retries, m_concurrency, m_retention})
        spin->setReadOnly(!editable);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_adapter, m_auth, m_allowHttp, m_addHeader,
                                          m_removeHeader, m_addModel, m_removeModel})
        widget->setEnabled(editable);
    for (QTableWidget *table : {m_headers, m_models})
        table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                        : QAbstractItemView::NoEditTriggers);
    // A read-only check box would still toggle on Space: take the flag away too.
    for (int row = 0; row < m_models->rowCount(); ++row) {
        for (const int column : checkColumns) {
            QTableWidgetItem *check = m_models->item(row, column);
            const QSignalBlocker blocker(m_models);
            check->setFlags(editable ? check->flags() | Qt::ItemIsUserCheckable
                                     : check->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    m_remove->setEnabled(editable);
    m_gatewayCatalog->setChecked(profile.catalog == QLatin1String("litellm"));
    m_gatewayCatalog->setVisible(profile.adapter == QLatin1String("openai-videos"));
    m_gatewayCatalog->setEnabled(editable);
    showCatalogState(profile);
    m_loading = false;
    m_baseUrlError->clear();
    m_baseUrlError->hide();
    m_errorText.clear();
    updateState();
}

void ProviderProfilesEditor::onCurrentRowChanged(int row)
{
    loadProfile(row);
}

Result<ProviderProfile> ProviderProfilesEditor::readForm() const
{
    ProviderProfile profile = m_profiles.at(m_current);
    profile.displayName = m_displayName->text().trimmed();
    if (profile.displayName.isEmpty())
        return fieldError(tr("Display name"), tr("a profile needs a name people can read."));

    profile.name = m_identifier->text().trimmed();
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!identifier.match(profile.name).hasMatch())
        return fieldError(tr("Identifier"),
                          tr("use letters, digits, '.', '_' or '-', starting with a letter or "
                             "digit."));
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (i != m_current && m_profiles.at(i).name == profile.name)
            return fieldError(tr("Identifier"),
                              tr("another profile is already called \"%1\".").arg(profile.name));
    }

    profile.adapter = m_adapter->currentData().toString();
    if (!videoProviderAdapters().contains(profile.adapter))
        return fieldError(tr("Adapter"),
                          tr("this build has no adapter \"%1\".").arg(profile.adapter));
    // OpenRouter and ComfyUI always say what they offer; an OpenAI-compatible gateway may.
    profile.catalog = catalogFor(profile.adapter, m_gatewayCatalog->isChecked());

    QString url = m_baseUrl->text().trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    profile.baseUrl = QUrl(url, QUrl::StrictMode);
    profile.allowInsecureHttp = m_allowHttp->isChecked();
    if (const Result<void> checked = profile.checkBaseUrl(); !checked)
        return fieldError(tr("Base URL"), checked.error().message);

    profile.auth = AuthStyle(m_auth->currentData().toInt());
    profile.keyEnvVar = m_keyEnv->text().trimmed();
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!profile.keyEnvVar.isEmpty() && !envName.match(profile.keyEnvVar).hasMatch())
        return fieldError(
            tr("Key environment variable"),
            tr("\"%1\" is not a variable name (letters, digits and '_').").arg(profile.keyEnvVar));

    profile.extraHeaders.clear();
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    static const QStringList secretHeaders = {
        QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
        QStringLiteral("api-key"), QStringLiteral("x-api-key"), QStringLiteral("cookie")};
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = cellText(m_headers, row, 0);
        const QString value = cellText(m_headers, row, 1);
        if (name.isEmpty() && value.isEmpty())
            continue;
        const QString field = tr("Extra headers, row %1").arg(row + 1);
        if (!token.match(name).hasMatch())
            return fieldError(field, tr("\"%1\" is not a header name.").arg(name));
        if (secretHeaders.contains(name.toLower()))
            return fieldError(field, tr("keys do not belong in the settings file: the key is "
                                        "sent by the authentication style."));
        bool printable = true;
        for (QChar c : value)
            printable = printable && c.unicode() >= 0x20 && c.unicode() < 0x7f;
        if (!printable)
            return fieldError(field, tr("the value must be printable ASCII."));
        for (const auto &[known, unused] : std::as_const(profile.extraHeaders)) {
            if (QString::fromLatin1(known).compare(name, Qt::CaseInsensitive) == 0)
                return fieldError(field, tr("the header \"%1\" is listed twice.").arg(name));
        }
        profile.extraHeaders.append({name.toLatin1(), value.toLatin1()});
    }
    // providers.json keeps headers as a JSON object, which reads back sorted by name.
    std::sort(profile.extraHeaders.begin(), profile.extraHeaders.end());

    // The spin box shows whole seconds: keep a millisecond value the user did not touch.
    if (m_timeout->value() != qRound(profile.requestTimeoutMs / 1000.0))
        profile.requestTimeoutMs = m_timeout->value() * 1000;
    if (m_deadline->value() != qRound(profile.requestDeadlineMs / 1000.0))
        profile.requestDeadlineMs = m_deadline->value() * 1000;
    profile.maxRetries = m_retries->value();
    profile.capabilities.maxConcurrentJobs = m_concurrency->value();
    profile.capabilities.retentionHours = m_retention->value();

    // Row i edits model i of the profile, so what the table does not show (remix, extend, ...)
    // is kept; rows added since are new models.
    const QList<ModelCapability> bases = profile.capabilities.models;
    profile.capabilities.models.clear();
    if (m_models->rowCount() == 0)
        return fieldError(tr("Models"), tr("a profile needs at least one model."));
    for (int row = 0; row < m_models->rowCount(); ++row) {
        const QString field = tr("Models, row %1").arg(row + 1);
        ModelCapability model = row < bases.size() ? bases.at(row) : ModelCapability();
        model.id = cellText(m_models, row, ModelIdColumn);
        if (model.id.isEmpty())
            return fieldError(field, tr("the model needs an id."));
        for (const ModelCapability &other : std::as_const(profile.capabilities.models)) {
            if (other.id == model.id)
                return fieldError(field, tr("the model \"%1\" is listed twice.").arg(model.id));
        }
        const std::optional<QList<int>> durations =
            parseDurations(cellText(m_models, row, DurationsColumn));
        if (!durations)
            return fieldError(field, tr("durations must be whole seconds such as \"4, 8, 12\"."));
        model.durations = *durations;
        const std::optional<QStringList> sizes = parseSizes(cellText(m_models, row, SizesColumn));
        if (!sizes)
            return fieldError(field, tr("sizes must look like \"1280x720, 720x1280\"."));
        model.sizes = *sizes;
        model.firstFrame = m_models->item(row, FirstFrameColumn)->checkState() == Qt::Checked;
        model.lastFrame = m_models->item(row, LastFrameColumn)->checkState() == Qt::Checked;
        bool ok = false;
        model.maxReferenceImages = cellText(m_models, row, ReferencesColumn).toInt(&ok);
        if (!ok || model.maxReferenceImages < 0 || model.maxReferenceImages > 16)
            return fieldError(field, tr("reference images must be a whole number from 0 to 16."));
        model.audio = m_models->item(row, AudioColumn)->checkState() == Qt::Checked;
        model.maxPromptChars = cellText(m_models, row, PromptCharsColumn).toInt(&ok);
        if (!ok || model.maxPromptChars < 1)
            return fieldError(field, tr("the maximum prompt length must be a positive number."));
        const std::optional<QMap<QString, double>> prices =
            parsePrices(cellText(m_models, row, PriceColumn));
        if (!prices)
            return fieldError(field, tr("prices must look like \"0.12\" or \"1280x720: 0.10, "
                                        "1792x1024: 0.30\"."));
        model.usdPerSecond = *prices;
        profile.capabilities.models.append(model);
    }
    return profile;
}

void ProviderProfilesEditor::onFormEdited()
{
    if (m_loading || m_current < 0 || m_current >= m_profiles.size() ||
        m_profiles.at(m_current).builtIn)
        return;
    const Result<ProviderProfile> read = readForm();
    m_baseUrlError->clear();
    // Hidden while empty: an empty word-wrapped label would still take a line of the form.
    m_baseUrlError->setVisible(!read && read.error().field == tr("Base URL"));
    if (!read) {
        m_errorText = read.error().message;
        if (read.error().field == tr("Base URL"))
            m_baseUrlError->setText(m_errorText);
    } else {
        m_errorText.clear();
        if (!(*read == m_profiles.at(m_current))) {
            const bool catalogChanged = read->catalog != m_profiles.at(m_current).catalog;
            m_profiles[m_current] = *read;
            m_dirty = true;
            refreshListItem(m_current);
            if (catalogChanged)
                showCatalogState(*read);
        }
        m_gatewayCatalog->setVisible(read->adapter == QLatin1String("openai-videos"));
    }
    updateState();
}

void ProviderProfilesEditor::updateState()
{
    const bool valid = m_errorText.isEmpty();
    const bool savable = valid && m_loadError.isEmpty();
    m_error->setText(errorText());
    // Leaving an invalid profile would lose what was typed: fix it (or remove it) first.
    m_list->setEnabled(valid);
    m_add->setEnabled(savable);
    m_duplicate->setEnabled(savable && m_current >= 0);
    okButton()->setEnabled(savable);
    applyButton()->setEnabled(savable && m_dirty);
}

QString ProviderProfilesEditor::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_profiles.begin(), m_profiles.end(),
                           [&name](const ProviderProfile &p) { return p.name == name; });
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

void ProviderProfilesEditor::addProfile(const ProviderProfile &profile)
{
    m_profiles.append(profile);
    m_list->addItem(QString());
    refreshListItem(int(m_profiles.size()) - 1);
    m_dirty = true;
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    // A new profile starts from a placeholder URL: say at once what is missing.
    onFormEdited();
}

void ProviderProfilesEditor::duplicateProfile()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    ProviderProfile copy = m_profiles.at(m_current);
    copy.builtIn = false;
    copy.fixedKey.clear(); // a fixed key is the built-in emulator's alone
    copy.name = uniqueName(copy.name + QStringLiteral("-copy"));
    copy.displayName =
        tr("%1 (copy)")
            .arg(copy.displayName.isEmpty() ? m_profiles.at(m_current).name : copy.displayName);
    addProfile(copy);
    m_displayName->setFocus();
    m_displayName->selectAll();
}

void ProviderProfilesEditor::removeProfile()
{
    if (m_current < 0 || m_current >= m_profiles.size() || m_profiles.at(m_current).builtIn)
        return;
    const int row = m_current;
    m_dirty = true;
    m_errorText.clear(); // whatever was wrong went with it
    // A user profile that overrode a built-in one gives its place back to the built-in.
    const Result<ProviderProfiles> builtIns = ProviderProfiles::load(QString());
    if (const ProviderProfile *original =
            builtIns ? builtIns->find(m_profiles.at(row).name) : nullptr) {
        m_profiles[row] = *original;
        refreshListItem(row);
        loadProfile(row);
        return;
    }
    m_profiles.removeAt(row);
    {
        // While the item goes, the list reports the row the current item had before it moved
        // up: load the profile once the list is settled instead.
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(std::min(row, int(m_profiles.size()) - 1));
    }
    loadProfile(m_list->currentRow());
}

QString ProviderProfilesEditor::catalogFor(const QString &adapter, bool gatewayCatalog)
{
    if (adapter == QLatin1String("openrouter") || adapter == QLatin1String("comfyui"))
        return adapter;
    return gatewayCatalog ? QStringLiteral("litellm") : QString();
}

void ProviderProfilesEditor::showCatalogState(const ProviderProfile &profile, const QString &news)
{
    const bool hasCatalog = !profile.catalog.isEmpty();
    m_refreshModels->setVisible(hasCatalog);
    m_refreshModels->setEnabled(hasCatalog && !m_refreshing);
    m_catalogState->setStyleSheet(QString());
    m_catalogState->setToolTip(QString());
    if (!hasCatalog) {
        m_catalogState->setText(tr("Models typed in this profile."));
        return;
    }
    const QString when = profile.catalogRefreshedAt.isValid()
                             ? tr("refreshed %1")
                                   .arg(QLocale().toString(profile.catalogRefreshedAt.toLocalTime(),
                                                           QLocale::ShortFormat))
                             : tr("as shipped with ShotBrief, never refreshed");
    QString text = tr("Models from the provider's catalog, %1.").arg(when);
    if (!news.isEmpty())
        text += QLatin1Char(' ') + news;
    m_catalogState->setText(text);
}

void ProviderProfilesEditor::refreshModels()
{
    if (m_current < 0 || m_current >= m_profiles.size() || m_refreshing || !m_errorText.isEmpty())
        return;
    const ProviderProfile profile = m_profiles.at(m_current);
    m_refreshing = true;
    m_refreshModels->setEnabled(false);
    m_catalogState->setText(
        tr("Reading the catalog of %1…")
            .arg(profile.displayName.isEmpty() ? profile.name : profile.displayName));
    // The key, where the catalog wants one (OpenRouter's is public, a gateway's is not).
    const CredentialStore credentials;
    credentials.readKey(profile, this, [this, profile](const QString &key) {
        m_refresh = new ModelCatalogRefresh(profile, key, &m_clock, this);
        connect(m_refresh, &ModelCatalogRefresh::finished, this,
                [this, name = profile.name] { onModelsRefreshed(name); });
        m_refresh->start();
    });
}

void ProviderProfilesEditor::onModelsRefreshed(const QString &profileName)
{
    ModelCatalogRefresh *refresh = m_refresh;
    m_refresh = nullptr;
    m_refreshing = false;
    refresh->deleteLater();
    const auto found =
        std::find_if(m_profiles.begin(), m_profiles.end(),
                     [&](const ProviderProfile &p) { return p.name == profileName; });
    // The button of whichever profile is shown now works again.
    if (m_current >= 0 && m_current < m_profiles.size())
        m_refreshModels->setEnabled(!m_profiles.at(m_current).catalog.isEmpty());
    if (found == m_profiles.end())
        return; // removed meanwhile
    const int index = int(found - m_profiles.begin());
    if (!refresh->isOk()) {
        if (index == m_current) {
            showCatalogState(*found);
            m_catalogState->setText(tr("Could not refresh the models: %1 The models below are "
                                       "the last good ones.")
                                        .arg(refresh->error().message));
            m_catalogState->setStyleSheet(
                QStringLiteral("color: %1;")
                    .arg(Theme::severityColor(LintSeverity::Error, palette()).name()));
        }
        return;
    }
    found->capabilities.models = refresh->catalog().models;
    found->catalogRefreshedAt = refresh->refreshedProfile().catalogRefreshedAt;
    m_dirty = true;
    if (index == m_current) {
        loadProfile(index);
        showCatalogState(*found,
                         tr("%n model(s): %1.", nullptr, int(refresh->catalog().models.size()))
                             .arg(refresh->change().summary()));
        if (!refresh->catalog().warnings.isEmpty())
            m_catalogState->setToolTip(refresh->catalog().warnings.join(QLatin1Char('\n')));
        m_refreshModels->setFocus();
    }
    updateState();
}

Result<void> ProviderProfilesEditor::apply()
{
    if (!errorText().isEmpty()) {
        Error error;
        error.message = errorText();
        return error;
    }
    ProviderProfiles profiles;
    for (const ProviderProfile &profile : std::as_const(m_profiles))
        profiles.upsert(profile);
    if (Result<void> saved = profiles.save(m_settingsPath); !saved)
        return saved;
    m_dirty = false;
    updateState();
    Q_EMIT profilesSaved();
    return {};
}

} // namespace ShotBrief
