// SPDX-License-Identifier: MIT
// libFuzzer harness: the shot-list CSV reader (RFC 4180, header mapping), then the whole import;
// the imported project must survive the project file, and importing the same script again must
// change nothing.
#include "fuzzinput.h"
#include "fuzzscript.h"

#include <cstdlib>

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!Fuzz::importScript(Fuzz::bytes(data, size), QStringLiteral("fuzz.csv")))
        std::abort();
    return 0;
}
