// SPDX-License-Identifier: MIT
// libFuzzer harness: the Fountain reader (the whole script import: parse, plan, fit); the imported
// project must survive the project file, and importing the same script again must change nothing.
#include "fuzzinput.h"
#include "fuzzscript.h"

#include <cstdlib>

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!Fuzz::importScript(Fuzz::bytes(data, size), QStringLiteral("fuzz.fountain")))
        std::abort();
    return 0;
}
