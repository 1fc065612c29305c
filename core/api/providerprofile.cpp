// SPDX-License-Identifier: MIT
#include "providerprofile.h"

#include "extraproviderprofiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProviderProfiles)
};

Error errorAt(const QString &file, const QString &field, const QString &message)
{
    Error error;
    error.file = file;
    error.field = field;
    error.message = message;
    return error;
}

/// The picture inputs of providers.json files written before first_frame / last_frame /
/// max_reference_images existed: one "reference_image" key naming what the model took.
void readLegacyReferenceSupport(const QString &key, ModelCapability &model)
{
    model.firstFrame = key != QLatin1String("none");
    model.lastFrame = key == QLatin1String("first_and_last_frame");
    // "reference_set" meant a few pictures of the subject: Veo's three.
    model.maxReferenceImages = key == QLatin1String("reference_set") ? 3 : 0;
}

QJsonObject modelToJson(const ModelCapability &model)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), model.id);
    QJsonArray durations;
    for (int d : model.durations)
        durations.append(d);
    object.insert(QLatin1String("durations"), durations);
    object.insert(QLatin1String("sizes"), QJsonArray::fromStringList(model.sizes));
    object.insert(QLatin1String("first_frame"), model.firstFrame);
    object.insert(QLatin1String("last_frame"), model.lastFrame);
    object.insert(QLatin1String("max_reference_images"), model.maxReferenceImages);
    object.insert(QLatin1String("reference_must_match_size"), model.referenceMustMatchSize);
    object.insert(QLatin1String("remix"), model.remix);
    object.insert(QLatin1String("extend"), model.extend);
    object.insert(QLatin1String("audio"), model.audio);
    object.insert(QLatin1String("max_prompt_chars"), model.maxPromptChars);
    // One price for every size is written as a plain number, the common case by hand.
    if (model.usdPerSecond.size() == 1 && model.usdPerSecond.contains(QStringLiteral("*"))) {
        object.insert(QLatin1String("usd_per_second"),
                      model.usdPerSecond.value(QStringLiteral("*")));
    } else if (!model.usdPerSecond.isEmpty()) {
        QJsonObject prices;
        for (auto it = model.usdPerSecond.cbegin(); it != model.usdPerSecond.cend(); ++it)
            prices.insert(it.key(), it.value());
        object.insert(QLatin1String("usd_per_second"), prices);
    }
    if (!model.resolutions.isEmpty())
        object.insert(QLatin1String("resolutions"), QJsonArray::fromStringList(model.resolutions));
    if (!model.pricingNote.isEmpty())
        object.insert(QLatin1String("pricing_note"), model.pricingNote);
    return object;
}

bool isPrice(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() >= 0.0;
}

/// "usd_per_second": 0.12 (any size) or {"1280x720": 0.10, "*": 0.12}.
Result<QMap<QString, double>> pricesFromJson(const QJsonValue &value, const QString &source,
                                             const QString &field)
{
    QMap<QString, double> prices;
    if (value.isUndefined() || value.isNull())
        return prices;
    const QString message = TrText::tr(
        "Expected a price in USD per second (such as 0.12), or an object of prices by size.");
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        static const QRegularExpression sizePattern(
            QStringLiteral("^(\\*|[1-9][0-9]*x[1-9][0-9]*)$"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!sizePattern.match(it.key()).hasMatch())
                return errorAt(source, field + QLatin1Char('.') + it.key(),
                               TrText::tr("Expected a size such as \"1280x720\", or \"*\" for "
                                          "every size."));
            if (!isPrice(it.value()))
                return errorAt(source, field + QLatin1Char('.') + it.key(), message);
            prices.insert(it.key(), it.value().toDouble());
        }
        return prices;
    }
    if (!isPrice(value))
        return errorAt(source, field, message);
    prices.insert(QStringLiteral("*"), value.toDouble());
    return prices;
}

/// first_frame, last_frame and max_reference_images, or the older reference_image key.
Result<void> readPictureInputs(const QJsonObject &object, ModelCapability &model,
                               const QString &source, const QString &field)
{
    const QLatin1String firstKey("first_frame");
    const QLatin1String lastKey("last_frame");
    const QLatin1String referencesKey("max_reference_images");
    if (!object.contains(firstKey) && !object.contains(lastKey) &&
        !object.contains(referencesKey)) {
        readLegacyReferenceSupport(object.value(QLatin1String("reference_image")).toString(),
                                   model);
        return {};
    }
    for (const QLatin1String key : {firstKey, lastKey}) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isBool())
            return errorAt(source, field + QLatin1Char('.') + key,
                           TrText::tr("Expected true or false."));
    }
    model.firstFrame = object.value(firstKey).toBool(true);
    model.lastFrame = object.value(lastKey).toBool(false);
    const QJsonValue references = object.value(referencesKey);
    const double count = references.toDouble(0);
    if (!references.isUndefined() &&
        (!references.isDouble() || count != std::floor(count) || count < 0 || count > 16))
        return errorAt(source, field + QLatin1Char('.') + referencesKey,
                       TrText::tr("Expected a whole number of reference images from 0 to 16."));
    model.maxReferenceImages = int(count);
    return {};
}

ModelCapability modelFromJson(const QJsonObject &object)
{
    ModelCapability model;
    model.id = object.value(QLatin1String("id")).toString();
    for (const QJsonValue &d : object.value(QLatin1String("durations")).toArray())
        model.durations.append(d.toInt());
    for (const QJsonValue &s : object.value(QLatin1String("sizes")).toArray())
        model.sizes.append(s.toString());
    model.referenceMustMatchSize =
        object.value(QLatin1String("reference_must_match_size")).toBool(true);
    model.remix = object.value(QLatin1String("remix")).toBool(false);
    model.extend = object.value(QLatin1String("extend")).toBool(false);
    model.audio = object.value(QLatin1String("audio")).toBool(true);
    model.maxPromptChars = object.value(QLatin1String("max_prompt_chars")).toInt(32000);
    for (const QJsonValue &r : object.value(QLatin1String("resolutions")).toArray())
        model.resolutions.append(r.toString());
    model.pricingNote = object.value(QLatin1String("pricing_note")).toString();
    return model;
}

/// The "models" array of a profile (or of a cached catalog) at `field`.
Result<QList<ModelCapability>> modelsFromJson(const QJsonArray &models, const QString &source,
                                              const QString &field)
{
    QList<ModelCapability> list;
    for (int m = 0; m < models.size(); ++m) {
        const QJsonObject modelObject = models.at(m).toObject();
        ModelCapability model = modelFromJson(modelObject);
        if (const Result<void> pictures = readPictureInputs(modelObject, model, source,
                                                            field + QStringLiteral("[%1]").arg(m));
            !pictures)
            return pictures.error();
        auto prices = pricesFromJson(modelObject.value(QLatin1String("usd_per_second")), source,
                                     field + QStringLiteral("[%1].usd_per_second").arg(m));
        if (!prices)
            return prices.error();
        model.usdPerSecond = prices.value();
        list.append(model);
    }
    return list;
}

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime timestampFrom(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString authStyleKey(AuthStyle style)
{
    switch (style) {
    case AuthStyle::Bearer:
        break;
    case AuthStyle::ApiKey:
        return QStringLiteral("api-key");
    case AuthStyle::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("bearer");
}

Result<void> ProviderProfile::checkBaseUrl() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return errorAt({}, name,
                       TrText::tr("The provider \"%1\" has no valid base URL.").arg(name));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && (isLoopback(baseUrl.host()) || allowInsecureHttp))
        return {};
    return errorAt(
        {}, name,
        TrText::tr("The provider \"%1\" uses %2 without TLS: the API key would travel in clear "
                   "text. Use https, or set \"allow_http\" in its profile for a trusted "
                   "network.")
            .arg(name, baseUrl.toString(QUrl::RemoveUserInfo)));
}

QString ProviderProfiles::emulatorKey()
{
    return QStringLiteral("sk-shotbrief-emulator-local");
}

QList<ProviderProfile> ProviderProfiles::builtIns()
{
    ProviderProfile openAi;
    openAi.name = QStringLiteral("openai");
    openAi.displayName = QStringLiteral("OpenAI");
    openAi.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
    openAi.auth = AuthStyle::Bearer;
    openAi.keyEnvVar = QStringLiteral("OPENAI_API_KEY");
    openAi.capabilities = ProviderCapabilities::openAiVideos();
    openAi.capabilities.maxConcurrentJobs = 2;
    openAi.builtIn = true;

    ProviderProfile azure;
    azure.name = QStringLiteral("azure");
    azure.displayName = QStringLiteral("Azure OpenAI");
    // The resource name is the user's; a settings file replaces this placeholder.
    azure.baseUrl = QUrl(QStringLiteral("https://YOUR-RESOURCE.openai.azure.com/openai/v1"));
    azure.auth = AuthStyle::ApiKey;
    azure.keyEnvVar = QStringLiteral("AZURE_OPENAI_API_KEY");
    azure.capabilities = ProviderCapabilities::openAiVideos();
    azure.capabilities.models = {azure.capabilities.models.first()}; // sora-2 only, 720p
    azure.capabilities.maxConcurrentJobs = 2;
    azure.capabilities.retentionHours = 24;
    azure.builtIn = true;

    ProviderProfile emulator;
    emulator.name = QStringLiteral("emulator");
    emulator.displayName = TrText::tr("Built-in emulator");
    emulator.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:0/v1")); // port set at start
    emulator.auth = AuthStyle::Bearer;
    emulator.fixedKey = emulatorKey();
    emulator.requestTimeoutMs = 60'000;
    emulator.capabilities = ProviderCapabilities::openAiVideos();
    // The emulator stands in for every provider offline, so it takes every picture a video API
    // takes: its OpenAI dialect reads a last frame and subject references beside
    // input_reference (README: the emulator's extensions).
    for (ModelCapability &model : emulator.capabilities.models) {
        model.lastFrame = true;
        model.maxReferenceImages = 3;
    }
    emulator.capabilities.maxConcurrentJobs = 2;
    emulator.builtIn = true;

    return {openAi, azure, emulator};
}

QString ProviderProfiles::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/providers.json");
}

const ProviderProfile *ProviderProfiles::find(const QString &name) const
{
    for (const ProviderProfile &profile : m_profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

void ProviderProfiles::upsert(const ProviderProfile &profile)
{
    for (ProviderProfile &existing : m_profiles) {
        if (existing.name == profile.name) {
            existing = profile;
            return;
        }
    }
    m_profiles.append(profile);
}

Result<QList<ProviderProfile>> ProviderProfiles::parse(const QByteArray &json,
                                                       const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorAt(source, {}, TrText::tr("Not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject() || !document.object().value(QLatin1String("providers")).isArray())
        return errorAt(source, QStringLiteral("providers"),
                       TrText::tr("Expected an object with a \"providers\" array."));

    QList<ProviderProfile> profiles;
    const QJsonArray array = document.object().value(QLatin1String("providers")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("providers[%1]").arg(i);
        const QJsonObject object = array.at(i).toObject();
        ProviderProfile profile;
        profile.name = object.value(QLatin1String("name")).toString();
        if (profile.name.isEmpty())
            return errorAt(source, field + QStringLiteral(".name"),
                           TrText::tr("A provider needs a name."));
        profile.displayName = object.value(QLatin1String("display_name")).toString(profile.name);
        profile.adapter = object.value(QLatin1String("adapter")).toString(profile.adapter);
        profile.baseUrl = QUrl(object.value(QLatin1String("base_url")).toString());
        if (!profile.baseUrl.isValid() || profile.baseUrl.scheme().isEmpty())
            return errorAt(source, field + QStringLiteral(".base_url"),
                           TrText::tr("\"%1\" is not an absolute URL.")
                               .arg(object.value(QLatin1String("base_url")).toString()));
        const QString auth = object.value(QLatin1String("auth")).toString(QStringLiteral("bearer"));
        if (auth == QLatin1String("bearer"))
            profile.auth = AuthStyle::Bearer;
        else if (auth == QLatin1String("api-key"))
            profile.auth = AuthStyle::ApiKey;
        else if (auth == QLatin1String("none"))
            profile.auth = AuthStyle::None;
        else
            return errorAt(
                source, field + QStringLiteral(".auth"),
                TrText::tr("Unknown auth style \"%1\" (bearer, api-key or none).").arg(auth));
        profile.keyEnvVar = object.value(QLatin1String("key_env")).toString();
        if (object.contains(QLatin1String("api_key")) || object.contains(QLatin1String("key")))
            return errorAt(
                source, field,
                TrText::tr("Keys do not belong in the settings file: use the environment "
                           "variable named by \"key_env\" or the keychain."));
        const QJsonObject headers = object.value(QLatin1String("extra_headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            profile.extraHeaders.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        profile.allowInsecureHttp = object.value(QLatin1String("allow_http")).toBool(false);
        profile.requestTimeoutMs =
            object.value(QLatin1String("request_timeout_ms")).toInt(profile.requestTimeoutMs);
        profile.requestDeadlineMs =
            object.value(QLatin1String("request_deadline_ms")).toInt(profile.requestDeadlineMs);
        profile.maxRetries = object.value(QLatin1String("max_retries")).toInt(profile.maxRetries);
        profile.capabilities.maxConcurrentJobs =
            qMax(1, object.value(QLatin1String("max_concurrent_jobs")).toInt(2));
        profile.capabilities.retentionHours =
            object.value(QLatin1String("retention_hours")).toInt(24);
        profile.catalog = object.value(QLatin1String("catalog")).toString();
        profile.catalogRefreshedAt =
            timestampFrom(object.value(QLatin1String("catalog_refreshed_at")));
        const Result<QList<ModelCapability>> models =
            modelsFromJson(object.value(QLatin1String("models")).toArray(), source,
                           field + QStringLiteral(".models"));
        if (!models)
            return models.error();
        profile.capabilities.models = *models;
        if (profile.capabilities.models.isEmpty())
            profile.capabilities.models = ProviderCapabilities::openAiVideos().models;
        profiles.append(profile);
    }
    return profiles;
}

QByteArray ProviderProfiles::serialize(const QList<ProviderProfile> &profiles)
{
    QJsonArray array;
    QJsonObject catalogs;
    for (const ProviderProfile &profile : profiles) {
        if (profile.builtIn) {
            // A built-in profile is not written, only the catalog it last read.
            if (!profile.catalogRefreshedAt.isValid())
                continue;
            QJsonArray models;
            for (const ModelCapability &model : profile.capabilities.models)
                models.append(modelToJson(model));
            catalogs.insert(profile.name, QJsonObject{{QLatin1String("refreshed_at"),
                                                       timestampText(profile.catalogRefreshedAt)},
                                                      {QLatin1String("models"), models}});
            continue;
        }
        QJsonObject object;
        object.insert(QLatin1String("name"), profile.name);
        object.insert(QLatin1String("display_name"), profile.displayName);
        object.insert(QLatin1String("adapter"), profile.adapter);
        object.insert(QLatin1String("base_url"), profile.baseUrl.toString());
        object.insert(QLatin1String("auth"), authStyleKey(profile.auth));
        if (!profile.keyEnvVar.isEmpty())
            object.insert(QLatin1String("key_env"), profile.keyEnvVar);
        QJsonObject headers;
        for (const auto &[name, value] : profile.extraHeaders)
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        if (!headers.isEmpty())
            object.insert(QLatin1String("extra_headers"), headers);
        if (profile.allowInsecureHttp)
            object.insert(QLatin1String("allow_http"), true);
        object.insert(QLatin1String("request_timeout_ms"), profile.requestTimeoutMs);
        if (profile.requestDeadlineMs != ProviderProfile().requestDeadlineMs)
            object.insert(QLatin1String("request_deadline_ms"), profile.requestDeadlineMs);
        object.insert(QLatin1String("max_retries"), profile.maxRetries);
        object.insert(QLatin1String("max_concurrent_jobs"), profile.capabilities.maxConcurrentJobs);
        object.insert(QLatin1String("retention_hours"), profile.capabilities.retentionHours);
        if (!profile.catalog.isEmpty())
            object.insert(QLatin1String("catalog"), profile.catalog);
        if (profile.catalogRefreshedAt.isValid())
            object.insert(QLatin1String("catalog_refreshed_at"),
                          timestampText(profile.catalogRefreshedAt));
        QJsonArray models;
        for (const ModelCapability &model : profile.capabilities.models)
            models.append(modelToJson(model));
        object.insert(QLatin1String("models"), models);
        array.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("providers"), array);
    if (!catalogs.isEmpty())
        root.insert(QLatin1String("catalogs"), catalogs);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ProviderProfiles> ProviderProfiles::load(const QString &settingsPath)
{
    ProviderProfiles profiles;
    profiles.m_profiles = builtIns() + extraBuiltInProfiles(); // runway, litellm, comfyui
    if (settingsPath.isEmpty() || !QFileInfo::exists(settingsPath))
        return profiles;
    QFile file(settingsPath);
    if (!file.open(QIODevice::ReadOnly))
        return errorAt(settingsPath, {}, TrText::tr("Cannot read: %1").arg(file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return errorAt(settingsPath, {}, TrText::tr("The settings file is too large."));
    const QByteArray json = file.readAll();
    const auto parsed = parse(json, settingsPath);
    if (!parsed)
        return parsed.error();
    for (ProviderProfile profile : parsed.value()) {
        profile.builtIn = false;
        profiles.upsert(profile);
    }
    // The catalogs built-in profiles last read (a profile of the same name in the file wins).
    const QJsonObject catalogs =
        QJsonDocument::fromJson(json).object().value(QLatin1String("catalogs")).toObject();
    for (auto it = catalogs.begin(); it != catalogs.end(); ++it) {
        const ProviderProfile *target = profiles.find(it.key());
        if (!target || !target->builtIn)
            continue;
        const QJsonObject cached = it.value().toObject();
        const Result<QList<ModelCapability>> models =
            modelsFromJson(cached.value(QLatin1String("models")).toArray(), settingsPath,
                           QStringLiteral("catalogs.%1.models").arg(it.key()));
        if (!models)
            return models.error();
        if (models->isEmpty())
            continue; // never plan with nothing: keep what shipped
        (void)profiles.applyCatalog(it.key(), *models,
                                    timestampFrom(cached.value(QLatin1String("refreshed_at"))));
    }
    return profiles;
}

Result<void> ProviderProfiles::applyCatalog(const QString &name,
                                            const QList<ModelCapability> &models,
                                            const QDateTime &refreshedAt)
{
    for (ProviderProfile &profile : m_profiles) {
        if (profile.name != name)
            continue;
        profile.capabilities.models = models;
        profile.catalogRefreshedAt = refreshedAt.toUTC();
        return {};
    }
    return errorAt({}, name, TrText::tr("There is no provider profile \"%1\".").arg(name));
}

Result<void> ProviderProfiles::save(const QString &settingsPath) const
{
    QDir().mkpath(QFileInfo(settingsPath).absolutePath());
    QSaveFile file(settingsPath);
    if (!file.open(QIODevice::WriteOnly))
        return errorAt(settingsPath, {}, TrText::tr("Cannot write: %1").arg(file.errorString()));
    file.write(serialize(m_profiles)); // built-ins only as the catalogs they read
    if (!file.commit())
        return errorAt(settingsPath, {}, TrText::tr("Cannot write: %1").arg(file.errorString()));
    return {};
}

} // namespace ShotBrief
