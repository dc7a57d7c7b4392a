#pragma once

#include "api/Credentials.h"
#include "api/PercentEncoding.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class SimFleet;

// A simulated Alibaba Cloud IoT OpenAPI gateway (Iot 2018-01-20) on 127.0.0.1: it checks V1 and V3
// signatures, STS tokens, replayed nonces, clock skew and flow control like the real one, then serves
// QueryOTAJob, QueryOTAFirmware, QueryProductList, ListOTAFirmware, ListOTAJobByFirmware, ListOTATaskByJob,
// CancelOTATaskByJob (5 per second per AccessKey besides the account limit) and CancelOTAStrategyByJob from a
// SimFleet, and STS AssumeRole (SimSts) for RAM-role profiles. Used by demo mode and by the network tests.
class OtaSimulator : public QObject
{
    Q_OBJECT
public:
    // Misbehaviour for every following (correctly signed) request of a served action until reset to None.
    enum class Fault {
        None,
        NeverAnswer, // read the request, never answer, keep the connection open
        OversizedBody, // HTTP 200 with a well-formed 8 MiB JSON body
        TruncatedJson, // the first half of the body the action would have answered (HTTP 200 when it
                       // succeeds)
        Html500, // HTTP 500 text/html, as a load balancer in front of the gateway sends
        SystemException, // HTTP 200 {Success:false, Code:"iot.system.SystemException"}
        Throttle, // Throttling.User regardless of the request rate
        BinaryJunk, // HTTP 200 application/json whose body is 4 KiB of fixed pseudo-random bytes
    };
    Q_ENUM(Fault)

    explicit OtaSimulator(QObject *parent = nullptr);
    ~OtaSimulator() override;

    // Not owned; nullptr goes back to the system clock. Used for timestamp checks, the rate windows, the Date
    // header, cancellations and the live batch, which starts over at the new clock's now
    // (SimFleet::liveJobId()).
    void setClock(const Clock *clock);
    // An empty securityToken registers a plain AccessKey; otherwise requests must carry exactly this token.
    void addAccessKey(const QString &accessKeyId, const QString &secret, const QString &securityToken = {});
    // Accepted requests per AccessKeyId within any 1000 ms of the clock's monotonic time; default 10; 0 or
    // less disables.
    // CancelOTATaskByJob's own 5 per second holds regardless.
    void setRateLimit(int requestsPerSecond);
    void setFault(Fault fault);
    // Decides the fault of each request on its own (Nextcloud's FakeQNAM::setOverride in spirit): called with
    // the action and the parameters of every request of a served action that passed the gateway's checks;
    // nullopt leaves that request to setFault()'s mode. An empty rule removes it.
    using FaultRule = std::function<std::optional<Fault>(const QString &action, const QueryPairs &params)>;
    void setFaultRule(FaultRule rule);

    // The account's resources live in this enterprise instance (SimActions::setEnterpriseInstance).
    void setEnterpriseInstance(const QString &instanceId);

    // Binds 127.0.0.1 only; port 0 picks a free port. The same as serve(openListener(port)).
    bool listen(quint16 port = 0);
    // A socket listening on 127.0.0.1 (port 0: a free one) that accepts nothing yet: connections wait in the
    // system's backlog until a simulator serves it. Made first, it gives the endpoint before the simulator
    // (and its TLS-aware HTTP server, slow to build) exists. nullptr when it cannot listen.
    static std::unique_ptr<QTcpServer> openListener(quint16 port = 0);
    // Takes the listener over (on this simulator's thread) and accepts its connections from now on; false for
    // nullptr.
    bool serve(std::unique_ptr<QTcpServer> listener);
    // http://127.0.0.1:<port>/
    static QUrl endpointOf(quint16 port);
    quint16 port() const;
    // http://127.0.0.1:<port>/, or an empty URL before listen() succeeded.
    QUrl endpoint() const;

    // AccessKeyId "LTAI5tOtaDashDemoKey0001" and a fixed demo secret; the constructor registers them.
    static Credentials demoCredentials();

    // The fixture batches (SimFleet::fixtureJobIds()), the seed document's sample batch first. QueryOTAJob
    // also serves the generated ones (SimFleet::generatedJobIds()).
    QStringList jobIds() const;
    // The products, firmware, batches and device tasks served; tests may change batch statuses through it.
    SimFleet &fleet();
    const SimFleet &fleet() const;
    // Requests that passed the signature, STS, timestamp, nonce and rate checks (the gateway admitted them,
    // whatever the action then answered).
    int acceptedCount() const;
    // Temporary keys issued by AssumeRole (SimSts::demoRoleArn() and the others).
    int assumedRoleCount() const;
    // Adds a role the demo AccessKey may assume, or replaces the one with this ARN (SimSts::addRole()).
    void addRole(const QString &arn, int maxSessionSecs, const QString &externalId = {});
    int throttledCount() const;
    // The clock's monotonic ms of each accepted request, for rate tests.
    QList<qint64> acceptedTimesMs() const;
    // A write action (SimActions::isWrite) that reached the fleet, in arrival order: what tests compare with
    // the audit log.
    struct Write
    {
        QString action;
        QueryPairs params; // as decoded, signature parameters included
        QString requestId;
        QString code; // the business error code; empty when it acted
    };
    QList<Write> writesReceived() const;

signals:
    // After each answer. code: the gateway or business error code, "Fault.<Name>" for an injected fault
    // without one, empty on success.
    void requestHandled(const QString &action, const QString &code);

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};
