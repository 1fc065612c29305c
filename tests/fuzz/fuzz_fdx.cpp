// SPDX-License-Identifier: MIT
// libFuzzer harness: the Final Draft reader (XML: DTDs refused, depth bounded), then the whole
// import; the imported project must survive the project file, and importing the same script again
// must change nothing.
#include "fuzzinput.h"
#include "fuzzscript.h"

#include <cstdlib>

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!Fuzz::importScript(Fuzz::bytes(data, size), QStringLiteral("fuzz.fdx")))
        std::abort();
    return 0;
}
