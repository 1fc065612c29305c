// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ShotBrief {

enum class AuthStyle {
    Bearer, ///< Authorization: Bearer <key> (OpenAI, gateways)
    ApiKey, ///< api-key: <key> (Azure OpenAI)
    None
};

/// One configured provider: where it is, how to authenticate, what it can do.
/// Adding a provider means one adapter (VideoProvider subclass) plus one profile.
struct ProviderProfile
{
    QString name; ///< Stable key: "openai", "azure", "emulator" ...
    QString displayName;
    QString adapter = QStringLiteral("openai-videos"); ///< Which VideoProvider implementation.
    QUrl baseUrl;                                      ///< ".../v1" without a trailing slash.
    AuthStyle auth = AuthStyle::Bearer;
    QString keyEnvVar; ///< "OPENAI_API_KEY"
    QString fixedKey;  ///< Only for local servers (the emulator's dummy key); never a secret.
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    bool allowInsecureHttp = false; ///< Plain http to a non-loopback host.
    int requestTimeoutMs = 600'000;
    int requestDeadlineMs = 120'000; ///< A JSON answer's whole time (RetryPolicy::deadlineMs).
    int maxRetries = 2;
    ProviderCapabilities capabilities;
    bool builtIn = false;
    /// Where the models come from: empty when they are typed in the profile; "openrouter"
    /// (GET /videos/models), "litellm" (a LiteLLM gateway's GET /model/info) or "comfyui" (the
    /// workflow templates). The models are then the catalog's last good answer, kept so that
    /// planning works offline (ModelCatalogRefresh replaces them).
    QString catalog;
    /// When the models were last read from the catalog; invalid: never (as shipped or typed).
    QDateTime catalogRefreshedAt;

    /// Plain http is only allowed to loopback hosts unless the profile says otherwise.
    Result<void> checkBaseUrl() const;

    bool operator==(const ProviderProfile &) const = default;
};

QString authStyleKey(AuthStyle style); ///< "bearer", "api-key", "none"

/// The set of known profiles: the built-ins, overridden and extended by a JSON settings
/// file (`providers.json` in the app config location, or a path given for tests).
class ProviderProfiles
{
public:
    /// Name of the fixed, non-secret key the built-in emulator expects.
    static QString emulatorKey();

    static QList<ProviderProfile> builtIns();
    /// QStandardPaths::AppConfigLocation + "/providers.json".
    static QString defaultSettingsPath();

    /// Built-ins plus the settings file; a missing file is not an error.
    static Result<ProviderProfiles> load(const QString &settingsPath = defaultSettingsPath());
    static Result<QList<ProviderProfile>> parse(const QByteArray &json, const QString &source);
    /// Writes the non-built-in profiles (never any key) to `settingsPath`.
    Result<void> save(const QString &settingsPath) const;
    static QByteArray serialize(const QList<ProviderProfile> &profiles);

    const QList<ProviderProfile> &all() const { return m_profiles; }
    const ProviderProfile *find(const QString &name) const;
    void upsert(const ProviderProfile &profile);
    /// Replaces the models of the profile `name` by a catalog's, read at `refreshedAt`; a
    /// built-in profile stays built-in (save() keeps its catalog apart, under "catalogs").
    Result<void> applyCatalog(const QString &name, const QList<ModelCapability> &models,
                              const QDateTime &refreshedAt);

private:
    QList<ProviderProfile> m_profiles;
};

} // namespace ShotBrief
