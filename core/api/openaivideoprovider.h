// SPDX-License-Identifier: MIT
#pragma once

#include "providerhttp.h"
#include "providerprofile.h"
#include "retrypolicy.h"
#include "videoprovider.h"

#include <functional>

class QNetworkAccessManager;

namespace ShotBrief {

class Clock;

/// The OpenAI Videos API for OpenAI, Azure OpenAI's /openai/v1 surface, gateways and the
/// built-in emulator. The HTTP rules (SDK retries, never resending a create whose outcome is
/// unknown, streamed downloads, capped and time-bounded answers, the key never sent to
/// another host) are ProviderHttp's, shared with the other adapters; this class speaks the
/// dialect: endpoints, multipart creates, auth headers and the job and list objects.
class OpenAiVideoProvider final : public VideoProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAiVideoProvider)

public:
    static constexpr qint64 DefaultMaxJsonBytes = ProviderHttp::DefaultMaxJsonBytes;
    static constexpr int MaxRedirects = ProviderHttp::MaxRedirects;

    /// `clock` is not owned and must outlive the provider.
    OpenAiVideoProvider(const ProviderProfile &profile, const QString &apiKey, Clock *clock,
                        QObject *parent = nullptr);
    ~OpenAiVideoProvider() override;

    /// Uses `manager` (not owned) instead of an own QNetworkAccessManager.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /// A source of random numbers in [0, 1) for back-off jitter (tests pass a constant).
    void setJitterSource(std::function<double()> jitter);
    void setMaxJsonBytes(qint64 bytes) { m_http->setMaxJsonBytes(bytes); }
    /// Cap for downloads that announce no Content-Length (see ProviderHttp).
    void setMaxDownloadBytes(qint64 bytes) { m_http->setMaxDownloadBytes(bytes); }
    void setRetryPolicy(const RetryPolicy &policy) { m_http->setRetryPolicy(policy); }
    void setPriceTable(const PriceTable &table) { m_prices = table; }
    const RetryPolicy &retryPolicy() const { return m_http->retryPolicy(); }
    const ProviderProfile &profile() const { return m_profile; }

    QString name() const override;
    ProviderCapabilities capabilities() const override;
    PriceTable priceTable() const override { return m_prices; }

    ProviderReply *create(const CreateVideoRequest &request) override;
    ProviderReply *retrieve(const QString &videoId) override;
    ProviderReply *list(const ListOptions &options) override;
    ProviderReply *download(const QString &videoId, DownloadVariant variant,
                            const QString &targetPath) override;
    ProviderReply *remix(const QString &videoId, const QString &prompt) override;
    ProviderReply *remove(const QString &videoId) override;
    /// A LiteLLM gateway's video models (profile catalog "litellm": GET /model/info); other
    /// servers of this API have no catalog.
    ProviderReply *listModels() override;

private:
    QUrl endpoint(const QString &path) const;
    ProviderHttp::Request baseRequest(const QByteArray &method, const QUrl &url) const;
    ProviderReply *startCall(ProviderReply::Kind kind, const ProviderHttp::Request &http);

    ProviderProfile m_profile;
    QString m_apiKey;
    ProviderHttp *m_http = nullptr;
    PriceTable m_prices = PriceTable::builtIn();
};

} // namespace ShotBrief
