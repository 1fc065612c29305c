// SPDX-License-Identifier: MIT
// libFuzzer harness: the API response parsers of core/api (job, list, HTTP error body).
#include "fuzzinput.h"

#include "api/apierror.h"
#include "api/videojob.h"

using namespace ShotBrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    (void)parseVideoJob(input);
    (void)parseVideoList(input);
    // The status comes from the first byte so that every branch of fromHttp is reachable.
    const int status = size > 0 ? 300 + data[0] % 300 : 500;
    const ApiError error = ApiError::fromHttp(status, input.mid(1));
    (void)error.isTransient();
    (void)redactSecret(QString::fromUtf8(input), QStringLiteral("sk-test-SECRET-1234"));
    return 0;
}
