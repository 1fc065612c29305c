// SPDX-License-Identifier: MIT
// libFuzzer harness: ProjectFile::parse, plus the round trip of whatever it accepts
// (serialize, parse again: the same project).
#include "fuzzinput.h"

#include "io/projectfile.h"

#include <cstdio>
#include <cstdlib>

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const Result<LoadedProject> parsed =
        ProjectFile::parse(input, QStringLiteral("fuzz.shotbrief"));
    if (!parsed || parsed->readOnly)
        return 0;
    const QByteArray written = ProjectFile::serialize(parsed->project);
    const Result<LoadedProject> again = ProjectFile::parse(written, QStringLiteral("again"));
    if (!again) {
        std::fprintf(stderr, "a saved project does not load again: %s\n",
                     qPrintable(again.error().toString()));
        std::abort();
    }
    if (!(again->project == parsed->project)) {
        std::fprintf(stderr, "the round trip changed the project\n");
        std::abort();
    }
    return 0;
}
