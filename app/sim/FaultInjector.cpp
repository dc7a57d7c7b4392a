#include "FaultInjector.h"

#include "ResponseEncoder.h"
#include "SimRequest.h"

#include <QMetaEnum>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kOversizedBytes = 8 * 1024 * 1024;
} // namespace

FaultInjector::Fault FaultInjector::faultFor(const SimRequest &request) const
{
    if (m_rule) {
        if (const std::optional<Fault> fault = m_rule(request.action, request.params))
            return *fault;
    }
    return m_fault;
}

bool FaultInjector::replacesAnswer(Fault fault)
{
    return fault != Fault::None && fault != Fault::Throttle && fault != Fault::TruncatedJson;
}

QString FaultInjector::code(Fault fault)
{
    return u"Fault."_s + QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(fault)));
}

FaultInjector::Response FaultInjector::response(Fault fault, const ResponseEncoder &encoder,
                                                const QString &requestId, const QString &sampleJobId)
{
    Response response;
    response.contentType = encoder.contentType();
    response.code = code(fault);
    switch (fault) {
    case Fault::None:
    case Fault::Throttle: // flow control's
    case Fault::TruncatedJson: // the action's own answer, cut
        break;
    case Fault::NeverAnswer:
        response.silent = true;
        break;
    case Fault::OversizedBody: {
        // Well-formed JSON, so only a size limit in the client can stop it.
        const QByteArray head = "{\"RequestId\":\"" + requestId.toLatin1()
                + "\",\"Success\":true,\"Data\":{\"JobId\":\"" + sampleJobId.toLatin1() + "\",\"JobDesc\":\"";
        const QByteArray tail = "\"}}";
        response.body = head;
        response.body.append(kOversizedBytes - head.size() - tail.size(), 'x');
        response.body.append(tail);
        response.contentType = ResponseEncoder::jsonContentType();
        break;
    }
    case Fault::Html500:
        response.status = 500;
        response.contentType = QByteArrayLiteral("text/html");
        response.body = QByteArrayLiteral(
                "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
                "<center><h1>500 Internal Server Error</h1></center>\r\n"
                "<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n");
        break;
    case Fault::SystemException:
        response.code = u"iot.system.SystemException"_s;
        response.body = encoder.businessError(response.code, u"A system exception occurred."_s, requestId);
        break;
    case Fault::BinaryJunk: {
        // Labelled JSON, yet NULs and high bytes from a fixed seed: the same junk on every run.
        QRandomGenerator junk(6);
        response.body = QByteArray(4096, Qt::Uninitialized);
        junk.fillRange(reinterpret_cast<quint32 *>(response.body.data()),
                       response.body.size() / int(sizeof(quint32)));
        response.body[0] = '\0';
        response.contentType = ResponseEncoder::jsonContentType();
        break;
    }
    }
    return response;
}
