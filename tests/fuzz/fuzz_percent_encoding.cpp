// libFuzzer target: percent-encoding, query parsing and canonicalization, and the V1/V3 strings to sign.
#include "api/PercentEncoding.h"
#include "api/RpcSigner.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(input);

    // Encoding leaves only the unreserved set and %XX, and decoding gives back the text.
    const QByteArray encoded = PercentEncoding::encode(text);
    for (const char c : encoded) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~' || c == '%';
        if (!allowed)
            __builtin_trap();
    }
    if (PercentEncoding::decode(encoded) != QString::fromUtf8(text.toUtf8()))
        __builtin_trap();

    // Whatever arrives as a query or form body canonicalizes and signs without fault, and the canonical
    // form is stable: parsing it again gives the same pairs in sorted order.
    const QueryPairs pairs = PercentEncoding::parseQuery(input, true);
    const QByteArray canonical = PercentEncoding::canonicalQuery(pairs);
    if (PercentEncoding::canonicalQuery(PercentEncoding::parseQuery(canonical, false)) != canonical)
        __builtin_trap();
    (void)RpcSigner::signatureV1(RpcSigner::stringToSignV1("POST", pairs), text);
    RpcSigner::V3Request request;
    request.httpMethod = "POST";
    request.query = pairs;
    request.headers = {{"host", input.left(64)}, {"x-acs-action", input.mid(64, 32)}};
    request.hashedPayload = RpcSigner::sha256Hex(input);
    (void)RpcSigner::signatureV3(RpcSigner::stringToSignV3(RpcSigner::canonicalRequestV3(request)), text);
    return 0;
}
