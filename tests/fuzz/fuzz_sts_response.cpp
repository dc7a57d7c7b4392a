// libFuzzer target: the STS AssumeRole reader (auth/AssumeRoleResponse.h) and the envelope of its errors.
#include "api/ResponseEnvelope.h"
#include "auth/AssumeRoleResponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = parseAssumeRoleResponse(body);
    if (const auto *role = std::get_if<AssumedRole>(&parsed)) {
        // What the contract promises of an accepted answer: the three parts of the pair and a UTC expiration.
        const Credentials &pair = role->credentials;
        if (pair.accessKeyId.isEmpty() || pair.accessKeySecret.isEmpty() || pair.securityToken.isEmpty()
            || !pair.isComplete() || pair.source || !role->expiration.isValid()
            || role->expiration.offsetFromUtc() != 0)
            __builtin_trap();
    } else if (std::get<ParseError>(parsed).message.isEmpty()) {
        __builtin_trap();
    }
    (void)ResponseEnvelopeReader::read(ResponseFormat::Json, body);
    return 0;
}
