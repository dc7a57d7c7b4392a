#include "OtaSimulator.h"

#include "FaultInjector.h"
#include "GatewayAuth.h"
#include "ResponseEncoder.h"
#include "SimActions.h"
#include "SimFleet.h"
#include "SimLog.h"
#include "SimRateWindow.h"
#include "SimRequest.h"
#include "SimSts.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// CancelOTATaskByJob: at most this many accepted per AccessKey within any second, besides the account limit
// (REFERENCE.md, "Actions": 5 QPS).
constexpr int kCancelTaskByJobPerSecond = 5;

// Accepts with TCP_NODELAY. Without it a body written after its headers waits for the client's delayed ACK
// (Nagle), some 40 ms for every list page of 100 tasks on loopback.
class NoDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto socket = std::make_unique<QTcpSocket>(this);
        if (!socket->setSocketDescriptor(descriptor))
            return;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket.release());
    }
};

} // namespace

// The gateway's pipeline over HTTP, each step a layer of its own: authentication (GatewayAuth), flow control
// (two SimRateWindows), routing and the actions (SimActions on the fleet), injected faults (FaultInjector),
// and the body in the request's format (ResponseEncoder).
struct OtaSimulator::Private
{
    explicit Private(OtaSimulator *owner) : q(owner), m_actions(m_fleet) { }

    OtaSimulator *q;
    QHttpServer m_server;
    const Clock *m_clock = &Clock::system();
    SimFleet m_fleet;
    GatewayAuth m_auth {m_clock};
    SimRateWindow m_accountRate {m_clock, 10}; // setRateLimit(): every action of an AccessKey
    SimRateWindow m_cancelTaskRate {m_clock, kCancelTaskByJobPerSecond}; // CancelOTATaskByJob's own
    FaultInjector m_faults;
    SimActions m_actions;
    SimSts m_sts {m_auth, m_clock};
    quint16 m_port = 0;
    int m_accepted = 0;
    int m_throttled = 0;
    QList<OtaSimulator::Write> m_writes;
    QList<qint64> m_acceptedTimes;
    // NeverAnswer: responders kept alive (and silent) so their connections stay open.
    std::vector<std::unique_ptr<QHttpServerResponder>> m_parked;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool admit(const SimRequest &in, Fault fault);
    void answer(const SimRequest &in, QHttpServerResponder &responder, const SimAnswer &answer, Fault fault);
    void answerFault(const SimRequest &in, QHttpServerResponder &&responder, Fault fault);
    void send(QHttpServerResponder &responder, int status, const QByteArray &contentType,
              const QByteArray &body, const QString &requestId) const;
    void sendGatewayError(QHttpServerResponder &responder, const SimRequest &in,
                          const GatewayError &error) const;
};

void OtaSimulator::Private::send(QHttpServerResponder &responder, int status, const QByteArray &contentType,
                                 const QByteArray &body, const QString &requestId) const
{
    responder.write(body,
                    {{QByteArrayLiteral("Content-Type"), contentType},
                     {QByteArrayLiteral("Date"), ResponseEncoder::httpDate(m_clock->nowUtc())},
                     {QByteArrayLiteral("x-acs-request-id"), requestId.toLatin1()}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
}

void OtaSimulator::Private::sendGatewayError(QHttpServerResponder &responder, const SimRequest &in,
                                             const GatewayError &error) const
{
    const ResponseEncoder encoder = ResponseEncoder::forRequest(in);
    const QString requestId = ResponseEncoder::newRequestId();
    send(responder, error.status, encoder.contentType(), encoder.gatewayError(error, requestId), requestId);
}

bool OtaSimulator::Private::admit(const SimRequest &in, Fault fault)
{
    const bool forced = FaultInjector::throttles(fault); // None for an action not served
    // The per-API limit holds whatever setRateLimit() says: it is the action's own, not the account's.
    const bool cancelTask
            = in.action == SimActions::cancelTaskByJob() && in.version == SimActions::apiVersion();
    if (forced || !m_accountRate.hasRoom(in.accessKeyId)
        || (cancelTask && !m_cancelTaskRate.hasRoom(in.accessKeyId))) {
        ++m_throttled;
        return false;
    }
    if (cancelTask)
        m_cancelTaskRate.record(in.accessKeyId);
    m_accountRate.record(in.accessKeyId);
    m_acceptedTimes.append(m_clock->monotonicMs());
    ++m_accepted;
    return true;
}

void OtaSimulator::Private::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimRequest in = SimRequest::fromHttp(request);
    std::optional<GatewayError> error;
    Fault fault = Fault::None;
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Post) {
        error = GatewayError::apiNotFound();
    } else {
        // Like the gateway: credentials and signature, then time and nonce, then flow control, then the API.
        error = m_auth.authenticate(in);
        if (!error && SimActions::serves(in.action))
            fault = m_faults.faultFor(in);
        if (!error && !admit(in, fault))
            error = GatewayError::throttled();
        if (!error && SimSts::serves(in.action, in.version)) {
            answer(in, responder, m_sts.assumeRole(in), Fault::None);
            return;
        }
        // Another Version is another API as far as the gateway's routing is concerned.
        if (!error && (in.version != SimActions::apiVersion() || !SimActions::serves(in.action)))
            error = GatewayError::apiNotFound();
    }
    if (error) {
        qCDebug(lcSim) << in.method << in.action << in.accessKeyId << "->" << error->status << error->code;
        sendGatewayError(responder, in, *error);
        emit q->requestHandled(in.action, error->code);
        return;
    }
    if (FaultInjector::replacesAnswer(fault)) {
        answerFault(in, std::move(responder), fault);
        return;
    }
    answer(in, responder, m_actions.run(in), fault);
}

void OtaSimulator::Private::answer(const SimRequest &in, QHttpServerResponder &responder,
                                   const SimAnswer &answer, Fault fault)
{
    const ResponseEncoder encoder = ResponseEncoder::forRequest(in);
    const QString requestId = ResponseEncoder::newRequestId();
    QByteArray body = encoder.answer(answer, requestId);
    QString code = answer.resultCode();
    if (FaultInjector::truncates(fault)) {
        body = FaultInjector::truncated(body);
        code = FaultInjector::code(fault);
    }
    if (SimActions::isWrite(in.action))
        m_writes.append({in.action, in.params, requestId, answer.resultCode()});
    qCDebug(lcSim) << in.action << "->" << answer.httpStatus() << code;
    send(responder, answer.httpStatus(), encoder.contentType(), body, requestId);
    emit q->requestHandled(in.action, code);
}

void OtaSimulator::Private::answerFault(const SimRequest &in, QHttpServerResponder &&responder, Fault fault)
{
    const QString requestId = ResponseEncoder::newRequestId();
    const FaultInjector::Response response = FaultInjector::response(
            fault, ResponseEncoder::forRequest(in), requestId, m_fleet.fixtureJobIds().value(0));
    if (response.silent)
        m_parked.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
    else
        send(responder, response.status, response.contentType, response.body, requestId);
    qCDebug(lcSim) << "injected fault" << response.code;
    emit q->requestHandled(in.action, response.code);
}

OtaSimulator::OtaSimulator(QObject *parent) : QObject(parent), m_d(std::make_unique<Private>(this))
{
    const Credentials demo = demoCredentials();
    addAccessKey(demo.accessKeyId, demo.accessKeySecret);

    m_d->m_server.route(u"/"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        m_d->handle(request, std::move(responder));
    });
    // RPC APIs live at "/" only.
    m_d->m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                const SimRequest in = SimRequest::fromHttp(request);
                const GatewayError error = GatewayError::apiNotFound();
                m_d->sendGatewayError(responder, in, error);
                emit requestHandled(in.param(u"Action"_s), error.code);
            });
}

OtaSimulator::~OtaSimulator() = default;

void OtaSimulator::setClock(const Clock *clock)
{
    m_d->m_clock = clock ? clock : &Clock::system();
    m_d->m_auth.setClock(m_d->m_clock);
    m_d->m_sts.setClock(m_d->m_clock);
    // The rate windows were on the previous clock's monotonic time; they start empty.
    m_d->m_accountRate.setClock(m_d->m_clock);
    m_d->m_cancelTaskRate.setClock(m_d->m_clock);
    m_d->m_fleet.setClock(m_d->m_clock);
    m_d->m_fleet.setLiveJobStart(m_d->m_clock->nowUtc());
}

void OtaSimulator::addAccessKey(const QString &accessKeyId, const QString &secret,
                                const QString &securityToken)
{
    m_d->m_auth.addAccessKey(accessKeyId, secret, securityToken);
}

void OtaSimulator::setRateLimit(int requestsPerSecond)
{
    m_d->m_accountRate.setLimit(requestsPerSecond);
}

void OtaSimulator::setFault(Fault fault)
{
    m_d->m_faults.setFault(fault);
}

void OtaSimulator::setFaultRule(FaultRule rule)
{
    m_d->m_faults.setRule(std::move(rule));
}

void OtaSimulator::setEnterpriseInstance(const QString &instanceId)
{
    m_d->m_actions.setEnterpriseInstance(instanceId);
}

bool OtaSimulator::listen(quint16 port)
{
    return serve(openListener(port));
}

std::unique_ptr<QTcpServer> OtaSimulator::openListener(quint16 port)
{
    auto tcp = std::make_unique<NoDelayTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port;
        return nullptr;
    }
    tcp->pauseAccepting();
    return tcp;
}

bool OtaSimulator::serve(std::unique_ptr<QTcpServer> listener)
{
    if (!listener)
        return false;
    QTcpServer *tcp = listener.release();
    m_d->m_port = tcp->serverPort();
    tcp->setParent(&m_d->m_server); // owned by the HTTP server, as bind() also arranges
    m_d->m_server.bind(tcp);
    tcp->resumeAccepting(); // what waited in the backlog is accepted now
    qCDebug(lcSim) << "listening on" << endpoint().toString();
    return true;
}

quint16 OtaSimulator::port() const
{
    return m_d->m_port;
}

QUrl OtaSimulator::endpoint() const
{
    if (m_d->m_port == 0)
        return {};
    return endpointOf(m_d->m_port);
}

QUrl OtaSimulator::endpointOf(quint16 port)
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
}

Credentials OtaSimulator::demoCredentials()
{
    return {u"LTAI5tOtaDashDemoKey0001"_s, u"OtaDashDemoSecretLoopbackOnly01"_s, {}};
}

QStringList OtaSimulator::jobIds() const
{
    return m_d->m_fleet.fixtureJobIds();
}

SimFleet &OtaSimulator::fleet()
{
    return m_d->m_fleet;
}

const SimFleet &OtaSimulator::fleet() const
{
    return m_d->m_fleet;
}

int OtaSimulator::assumedRoleCount() const
{
    return m_d->m_sts.issuedCount();
}

void OtaSimulator::addRole(const QString &arn, int maxSessionSecs, const QString &externalId)
{
    m_d->m_sts.addRole({arn, maxSessionSecs, externalId});
}

int OtaSimulator::acceptedCount() const
{
    return m_d->m_accepted;
}

int OtaSimulator::throttledCount() const
{
    return m_d->m_throttled;
}

QList<OtaSimulator::Write> OtaSimulator::writesReceived() const
{
    return m_d->m_writes;
}

QList<qint64> OtaSimulator::acceptedTimesMs() const
{
    return m_d->m_acceptedTimes;
}
