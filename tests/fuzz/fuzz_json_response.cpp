// libFuzzer target: everything that reads a JSON response body.
#include "api/ResponseEnvelope.h"
#include "ota/OtaJobParser.h"
#include "util/JsonFormatter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)parseQueryOtaJobJson(body);
    (void)ResponseEnvelopeReader::read(ResponseFormat::Json, body);
    QString error;
    if (const auto formatted = JsonFormatter::sortedIndented(body, &error)) {
        // What we print must read back as JSON and format to itself.
        const auto again = JsonFormatter::sortedIndented(*formatted);
        if (!again || *again != *formatted)
            __builtin_trap();
    }
    return 0;
}
