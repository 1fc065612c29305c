// SPDX-License-Identifier: MIT
// libFuzzer harness: the emulator's multipart/form-data parser. The first line of the input
// is the Content-Type header value, the rest the body.
#include "fuzzinput.h"

#include "emulator/multipartparser.h"

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [contentType, body] = Fuzz::splitFirstLine(Fuzz::bytes(data, size));
    (void)MultipartParser::boundary(contentType);
    (void)MultipartParser::headerParameters(contentType);
    // Small limits so that the limit paths are reached too.
    MultipartLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    limits.maxPartBytes = 16 * 1024;
    limits.maxParts = 16;
    limits.maxHeaderBytes = 1024;
    (void)MultipartParser::parse(contentType, body, limits);
    (void)MultipartParser::parse(contentType, body);
    return 0;
}
