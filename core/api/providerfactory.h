// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"
#include "videoprovider.h"

#include "model/result.h"

#include <functional>
#include <memory>

namespace ShotBrief {

class Clock;

/// Makes the adapter a profile names ("openai-videos" ...). A new provider is one adapter
/// class plus one line here and one profile.
Result<std::shared_ptr<VideoProvider>> createVideoProvider(const ProviderProfile &profile,
                                                           const QString &apiKey, Clock *clock);

/// The adapters this build knows.
QStringList videoProviderAdapters();

/// Where generation for a profile goes: the provider itself, or the built-in emulator speaking
/// that provider's dialect (the adapter stays the same, so the offline run exercises the very
/// client a real run uses).
struct ProviderChoice
{
    ProviderProfile profile;  ///< What to build the adapter from.
    QString key;              ///< Empty for a keyless profile.
    bool useEmulator = false; ///< Start the built-in emulator, then call useEmulatorAt().
    QString message;          ///< Translated: why the emulator stands in; empty when it does not.
};

/// Decides between the profile and the emulator: a profile with a key, or a keyless one (auth
/// none) that is remote or answers on loopback, is used as it is; otherwise (no key, a local
/// keyless server that does not answer, the "emulator" profile, or `forceEmulator`) the
/// emulator stands in. `readKey` is called only for a profile that needs a key.
ProviderChoice chooseProvider(const ProviderProfile &profile,
                              const std::function<QString(const ProviderProfile &)> &readKey,
                              bool forceEmulator = false);

/// Points an emulator choice at the built-in emulator listening on 127.0.0.1:`port`: the base
/// URL of the profile's dialect (ComfyUI at the root, OpenRouter under /api/v1, the others
/// under /v1), the emulator's
/// fixed key (so the adapter charges nothing) and a name that says so ("emulator-runway";
/// the "emulator" profile keeps its name), which the takes record.
void useEmulatorAt(ProviderChoice &choice, quint16 port);

/// What the jobs of `provider`, made from `profile` with `key`, cost: the profile's own prices
/// (usd_per_second), else the adapter's table; nothing with the emulator's fixed key.
PriceTable providerPrices(const ProviderProfile &profile, const QString &key,
                          const VideoProvider &provider);

/// The dialect an adapter speaks, for messages: "the OpenAI Videos API", "Runway's API" ...
QString providerDialectName(const QString &adapter);

/// Whether something accepts connections at the URL's host and port within `timeoutMs`.
bool serverAnswers(const QUrl &url, int timeoutMs = 1000);

/// Whether the URL's host is this machine (localhost or a loopback address).
bool isLoopbackUrl(const QUrl &url);

} // namespace ShotBrief
