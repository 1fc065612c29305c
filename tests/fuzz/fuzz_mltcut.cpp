// SPDX-License-Identifier: MIT
// libFuzzer harness: the mlt reader of Conform to Edit (readMltCut), and the planner on what it
// accepts (conformfuzz.h).
#include "conformfuzz.h"
#include "fuzzinput.h"

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<EditedCut> cut = readMltCut(Fuzz::bytes(data, size), QStringLiteral("fuzz.mlt"));
    if (cut)
        Fuzz::planOnSmallProject(*cut);
    return 0;
}
