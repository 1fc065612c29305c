// SPDX-License-Identifier: MIT
// libFuzzer harness: the otio reader of Conform to Edit (readOtioCut), and the planner on what it
// accepts (conformfuzz.h).
#include "conformfuzz.h"
#include "fuzzinput.h"

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<EditedCut> cut = readOtioCut(Fuzz::bytes(data, size), QStringLiteral("fuzz.otio"));
    if (cut)
        Fuzz::planOnSmallProject(*cut);
    return 0;
}
