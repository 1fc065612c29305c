// SPDX-License-Identifier: MIT
// libFuzzer harness: the price table importer (PriceTable::parse) and a look-up in what it
// accepts.
#include "fuzzinput.h"

#include "prompt/costestimate.h"

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<PriceTable> table =
        PriceTable::parse(Fuzz::bytes(data, size), QStringLiteral("fuzz-prices.json"));
    if (table) {
        (void)table->pricePerSecond(QStringLiteral("sora-2"), QStringLiteral("1280x720"));
        (void)table->pricePerSecond(QStringLiteral("sora-2-pro"), QStringLiteral("1792x1024"));
    }
    return 0;
}
