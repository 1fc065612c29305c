// SPDX-License-Identifier: MIT
// libFuzzer harness: the provider profiles importer (providers.json), plus the round trip of
// what it accepts and the base-URL check every profile goes through.
#include "fuzzinput.h"

#include "api/providerprofile.h"

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<ProviderProfile>> profiles =
        ProviderProfiles::parse(Fuzz::bytes(data, size), QStringLiteral("fuzz-providers.json"));
    if (!profiles)
        return 0;
    for (const ProviderProfile &profile : *profiles)
        (void)profile.checkBaseUrl();
    const QByteArray written = ProviderProfiles::serialize(*profiles);
    (void)ProviderProfiles::parse(written, QStringLiteral("again"));
    return 0;
}
