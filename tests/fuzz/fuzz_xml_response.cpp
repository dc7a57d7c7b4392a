// libFuzzer target: everything that reads an XML response body.
#include "api/ResponseEnvelope.h"
#include "ota/OtaJobParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)parseQueryOtaJobXml(body);
    (void)ResponseEnvelopeReader::read(ResponseFormat::Xml, body);
    (void)ResponseEnvelopeReader::detectFormat(QByteArray(), body);
    return 0;
}
