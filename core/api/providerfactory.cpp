// SPDX-License-Identifier: MIT
#include "providerfactory.h"

#include "comfyuivideoprovider.h"
#include "openaivideoprovider.h"
#include "openroutervideoprovider.h"
#include "projectcapabilities.h"
#include "runwayvideoprovider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProviderFactory)
};

QString profileTitle(const ProviderProfile &profile)
{
    return profile.displayName.isEmpty() ? profile.name : profile.displayName;
}

} // namespace

QStringList videoProviderAdapters()
{
    return {QStringLiteral("openai-videos"), QStringLiteral("runway"), QStringLiteral("comfyui"),
            QStringLiteral("openrouter")};
}

Result<std::shared_ptr<VideoProvider>> createVideoProvider(const ProviderProfile &profile,
                                                           const QString &apiKey, Clock *clock)
{
    if (profile.adapter == QLatin1String("openai-videos"))
        return std::shared_ptr<VideoProvider>(
            std::make_shared<OpenAiVideoProvider>(profile, apiKey, clock));
    if (profile.adapter == QLatin1String("runway"))
        return std::shared_ptr<VideoProvider>(
            std::make_shared<RunwayVideoProvider>(profile, apiKey, clock));
    if (profile.adapter == QLatin1String("comfyui"))
        return std::shared_ptr<VideoProvider>(
            std::make_shared<ComfyUiVideoProvider>(profile, apiKey, clock));
    if (profile.adapter == QLatin1String("openrouter"))
        return std::shared_ptr<VideoProvider>(
            std::make_shared<OpenRouterVideoProvider>(profile, apiKey, clock));
    Error error;
    error.field = profile.name;
    error.message =
        TrText::tr("The provider \"%1\" needs the adapter \"%2\", which this build "
                   "does not have (known: %3).")
            .arg(profile.name, profile.adapter, videoProviderAdapters().join(QStringLiteral(", ")));
    return error;
}

PriceTable providerPrices(const ProviderProfile &profile, const QString &key,
                          const VideoProvider &provider)
{
    if (!key.isEmpty() && key == ProviderProfiles::emulatorKey())
        return {}; // placeholder clips cost nothing, whatever the profile says
    return priceTableForProfile(profile, provider.priceTable());
}

QString providerDialectName(const QString &adapter)
{
    if (adapter == QLatin1String("runway"))
        return TrText::tr("Runway's API");
    if (adapter == QLatin1String("comfyui"))
        return TrText::tr("ComfyUI's API");
    if (adapter == QLatin1String("openrouter"))
        return TrText::tr("OpenRouter's API");
    return TrText::tr("the OpenAI Videos API");
}

bool isLoopbackUrl(const QUrl &url)
{
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

bool serverAnswers(const QUrl &url, int timeoutMs)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    if (url.host().isEmpty() || port <= 0)
        return false;
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(port));
    // Loopback answers or refuses at once; the timeout only bounds a filtered remote port.
    const bool connected = socket.waitForConnected(timeoutMs);
    socket.abort();
    return connected;
}

ProviderChoice chooseProvider(const ProviderProfile &profile,
                              const std::function<QString(const ProviderProfile &)> &readKey,
                              bool forceEmulator)
{
    ProviderChoice choice;
    choice.profile = profile;
    if (forceEmulator || profile.name == QLatin1String("emulator")) {
        choice.useEmulator = true;
        return choice;
    }
    if (profile.auth == AuthStyle::None) {
        // Nobody to pay and nothing to ask for: use it if it is there. A keyless server on
        // this machine that is not running (ComfyUI not started) gets the emulator instead.
        if (!isLoopbackUrl(profile.baseUrl) || serverAnswers(profile.baseUrl))
            return choice;
        choice.useEmulator = true;
        choice.message =
            TrText::tr("%1 does not answer at %2: using the built-in emulator speaking %3 "
                       "(placeholder clips, no cost).")
                .arg(profileTitle(profile), profile.baseUrl.toString(),
                     providerDialectName(profile.adapter));
        return choice;
    }
    choice.key = readKey ? readKey(profile) : QString();
    if (!choice.key.isEmpty())
        return choice;
    choice.useEmulator = true;
    choice.message =
        TrText::tr("No API key for %1: using the built-in emulator speaking %2 (placeholder "
                   "clips, no cost).")
            .arg(profileTitle(profile), providerDialectName(profile.adapter));
    return choice;
}

void useEmulatorAt(ProviderChoice &choice, quint16 port)
{
    ProviderProfile &profile = choice.profile;
    const QString root = QStringLiteral("http://127.0.0.1:%1").arg(port);
    profile.baseUrl =
        QUrl(profile.adapter == QLatin1String("comfyui")      ? root
             : profile.adapter == QLatin1String("openrouter") ? root + QStringLiteral("/api/v1")
                                                              : root + QStringLiteral("/v1"));
    if (profile.name != QLatin1String("emulator"))
        profile.name = QStringLiteral("emulator-") + profile.name;
    // The emulator's key is a fixed, public dummy: the adapters treat it as free.
    choice.key = ProviderProfiles::emulatorKey();
    profile.fixedKey = choice.key;
    profile.allowInsecureHttp = false; // loopback needs no exception
    choice.useEmulator = true;
}

} // namespace ShotBrief
