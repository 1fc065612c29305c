// SPDX-License-Identifier: MIT
// libFuzzer harness: the edl reader of Conform to Edit (readEdlCut), and the planner on what it
// accepts (conformfuzz.h).
#include "conformfuzz.h"
#include "fuzzinput.h"

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<EditedCut> cut =
        readEdlCut(Fuzz::bytes(data, size), QStringLiteral("fuzz.edl"), 24);
    if (cut)
        Fuzz::planOnSmallProject(*cut);
    return 0;
}
