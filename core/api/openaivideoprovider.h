// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"
#include "retrypolicy.h"
#include "videoprovider.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ShotBrief {

class Clock;

/// The OpenAI Videos API over QNetworkAccessManager, for OpenAI, Azure OpenAI's /openai/v1
/// surface, gateways and the built-in emulator. Retries like the official SDKs, never
/// retries a create whose outcome is unknown (it reports outcomeUnknown instead), streams
/// downloads to disk, caps JSON bodies, and never sends the key to another host.
class OpenAiVideoProvider final : public VideoProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAiVideoProvider)

public:
    static constexpr qint64 DefaultMaxJsonBytes = 8 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;

    /// `clock` is not owned and must outlive the provider.
    OpenAiVideoProvider(const ProviderProfile &profile, const QString &apiKey, Clock *clock,
                        QObject *parent = nullptr);
    ~OpenAiVideoProvider() override;

    /// Uses `manager` (not owned) instead of an own QNetworkAccessManager.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /// A source of random numbers in [0, 1) for back-off jitter (tests pass a constant).
    void setJitterSource(std::function<double()> jitter);
    void setMaxJsonBytes(qint64 bytes) { m_maxJsonBytes = bytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setPriceTable(const PriceTable &table) { m_prices = table; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
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

private:
    struct Call;

    QUrl endpoint(const QString &path) const;
    ProviderReply *startCall(std::shared_ptr<Call> call);
    void startAttempt(const std::shared_ptr<Call> &call);
    void onAttemptFinished(const std::shared_ptr<Call> &call);
    void retryOrFail(const std::shared_ptr<Call> &call, const AttemptOutcome &outcome,
                     const ApiError &error);
    void fail(const std::shared_ptr<Call> &call, ApiError error);
    bool sameOrigin(const QUrl &url) const;

    ProviderProfile m_profile;
    QString m_apiKey;
    Clock *m_clock = nullptr; // not owned
    QNetworkAccessManager *m_manager = nullptr;
    bool m_ownsManager = false;
    std::function<double()> m_jitter;
    RetryPolicy m_policy;
    qint64 m_maxJsonBytes = DefaultMaxJsonBytes;
    PriceTable m_prices = PriceTable::builtIn();
};

} // namespace ShotBrief
