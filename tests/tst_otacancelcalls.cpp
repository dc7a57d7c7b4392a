#include "OtaSimulator.h"
#include "SimFleet.h"
#include "api/OtaCancelCalls.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QueryPairs)
Q_DECLARE_METATYPE(CancelOtaTaskByJob::Targets)
Q_DECLARE_METATYPE(OtaSimulator::Fault)

// The two cancel actions: parameters, the reading of their bare envelopes, and their submission, which must
// never repeat a write that may have happened (only a throttled one, which the gateway refused unseen).
class TestOtaCancelCalls : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sendsEveryChosenFlagAndNothingElse_data();
    void sendsEveryChosenFlagAndNothingElse();
    void sendsTheStrategyJobId();
    void readsASuccessEnvelope_data();
    void readsASuccessEnvelope();
    void passesThroughTheCallsError();
    void reportsAFailureEnvelope();
    void refusesAnAnswerWithoutSuccess_data();
    void refusesAnAnswerWithoutSuccess();
    void submitsInteractiveWithoutServerRetries();
    void cancelsTasksAgainstTheSimulator();
    void reportsTheSimulatorsBusinessErrors();
    void neverRepeatsACancelAfterAServerFailure_data();
    void neverRepeatsACancelAfterAServerFailure();
    void repeatsACancelTheGatewayThrottled();

private:
    RpcConfig config() const;
    // Submits through the scheduler and waits for its one finished signal.
    RpcResponse run(ScheduledRequest *request, int *attempts = nullptr);

    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
};

namespace {
const QString kDynamicJobId = u"HvKuBpuk3rdk6E92CPdyna0200"_s;
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;

RpcResponse responseOf(const QByteArray &body, ResponseFormat format = ResponseFormat::Json)
{
    RpcResponse response;
    response.httpStatus = 200;
    response.body = body;
    response.format = format;
    response.requestId = u"header-request-id"_s;
    return response;
}

CancelOtaTaskByJob::Targets queuedOnly()
{
    CancelOtaTaskByJob::Targets targets;
    targets.queued = true;
    return targets;
}
} // namespace

void TestOtaCancelCalls::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RpcClient>(m_network.get());
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
    m_scheduler->setRetryBaseDelayMs(5);
}

void TestOtaCancelCalls::cleanup()
{
    m_scheduler.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

RpcConfig TestOtaCancelCalls::config() const
{
    RpcConfig config;
    config.endpoint = m_sim->endpoint();
    config.credentials = OtaSimulator::demoCredentials();
    return config;
}

RpcResponse TestOtaCancelCalls::run(ScheduledRequest *request, int *attempts)
{
    QSignalSpy finished(request, &ScheduledRequest::finished);
    int sent = 0;
    connect(request, &ScheduledRequest::finished, this, [&sent, request] { sent = request->attempts(); });
    if (!finished.wait(10000))
        return {};
    if (attempts)
        *attempts = sent;
    return finished.first().first().value<RpcResponse>();
}

void TestOtaCancelCalls::sendsEveryChosenFlagAndNothingElse_data()
{
    using Targets = CancelOtaTaskByJob::Targets;
    QTest::addColumn<Targets>("targets");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QueryPairs>("expected");
    const QueryPairs job {{u"JobId"_s, kSeedJobId}};
    Targets scheduled;
    scheduled.scheduled = true;
    QTest::newRow("scheduled") << scheduled << QString()
                               << job + QueryPairs {{u"CancelScheduledTask"_s, u"true"_s}};
    Targets two;
    two.notified = true;
    two.unconfirmed = true;
    QTest::newRow("notified and unconfirmed, instance") << two << u"iot-cn-0pp1n8t"_s
                                                        << job
                    + QueryPairs {{u"CancelNotifiedTask"_s, u"true"_s},
                                  {u"CancelUnconfirmedTask"_s, u"true"_s},
                                  {u"IotInstanceId"_s, u"iot-cn-0pp1n8t"_s}};
    const Targets all {true, true, true, true, true};
    QTest::newRow("all") << all << QString()
                         << job
                    + QueryPairs {{u"CancelScheduledTask"_s, u"true"_s},
                                  {u"CancelQueuedTask"_s, u"true"_s},
                                  {u"CancelNotifiedTask"_s, u"true"_s},
                                  {u"CancelInProgressTask"_s, u"true"_s},
                                  {u"CancelUnconfirmedTask"_s, u"true"_s}};
    // The API refuses this; the builder sends what it was given and the dialog never asks for it.
    QTest::newRow("none") << Targets() << QString() << job;
}

void TestOtaCancelCalls::sendsEveryChosenFlagAndNothingElse()
{
    QFETCH(CancelOtaTaskByJob::Targets, targets);
    QFETCH(QString, instanceId);
    QFETCH(QueryPairs, expected);
    QCOMPARE(CancelOtaTaskByJob::params(kSeedJobId, targets, instanceId), expected);
    QCOMPARE(targets.any(), expected.size() > (instanceId.isEmpty() ? 1 : 2));
}

void TestOtaCancelCalls::sendsTheStrategyJobId()
{
    QCOMPARE(CancelOtaStrategyByJob::params(kDynamicJobId), (QueryPairs {{u"JobId"_s, kDynamicJobId}}));
    QCOMPARE(CancelOtaStrategyByJob::params(kDynamicJobId, u"iot-1"_s),
             (QueryPairs {{u"JobId"_s, kDynamicJobId}, {u"IotInstanceId"_s, u"iot-1"_s}}));
    QCOMPARE(CancelOtaStrategyByJob::kAction, u"CancelOTAStrategyByJob"_s);
    QCOMPARE(CancelOtaTaskByJob::kAction, u"CancelOTATaskByJob"_s);
}

void TestOtaCancelCalls::readsASuccessEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResponseFormat>("format");
    QTest::newRow("json") << QByteArray(R"({"RequestId":"57A1-JSON","Success":true})")
                          << ResponseFormat::Json;
    // As the SDK's model allows: Code and ErrorMessage present, empty.
    QTest::newRow("json with empty code")
            << QByteArray(R"({"Code":"","ErrorMessage":"","RequestId":"57A1-JSON","Success":true})")
            << ResponseFormat::Json;
    QTest::newRow("xml") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CancelOTATaskByJobResponse>"
            "<RequestId>57A1-JSON</RequestId><Success>true</Success>"
            "</CancelOTATaskByJobResponse>")
                         << ResponseFormat::Xml;
}

void TestOtaCancelCalls::readsASuccessEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(ResponseFormat, format);
    for (const auto interpret : {&CancelOtaTaskByJob::interpret, &CancelOtaStrategyByJob::interpret}) {
        const ActionResult result = interpret(responseOf(body, format));
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.requestId, u"57A1-JSON"_s);
    }
}

void TestOtaCancelCalls::passesThroughTheCallsError()
{
    RpcResponse response = responseOf({});
    ApiError error;
    error.kind = ApiError::Kind::Business;
    error.code = u"iot.ota.JobNotDynamic"_s;
    error.message = u"Only a dynamic batch has an upgrade policy to cancel."_s;
    error.requestId = u"from-error"_s;
    response.error = error;
    const ActionResult result = CancelOtaStrategyByJob::interpret(response);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, error.code);
    QCOMPARE(result.error->message, error.message);
    QCOMPARE(result.requestId, u"from-error"_s);
}

void TestOtaCancelCalls::reportsAFailureEnvelope()
{
    const ActionResult result = CancelOtaTaskByJob::interpret(responseOf(
            R"({"RequestId":"R-1","Success":false,"Code":"iot.system.IllegalRequest","ErrorMessage":"Choose one."})"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Business);
    QCOMPARE(result.error->code, u"iot.system.IllegalRequest"_s);
    QCOMPARE(result.error->message, u"Choose one."_s);
    QCOMPARE(result.error->requestId, u"R-1"_s);
}

void TestOtaCancelCalls::refusesAnAnswerWithoutSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no Success") << QByteArray(R"({"RequestId":"R-2"})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("<html>ok</html>");
}

void TestOtaCancelCalls::refusesAnAnswerWithoutSuccess()
{
    QFETCH(QByteArray, body);
    // A write whose outcome cannot be read must not pass for done.
    const ActionResult result = CancelOtaTaskByJob::interpret(responseOf(body));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Transport);
    QCOMPARE(result.error->transport, ApiError::Transport::Malformed);
    QVERIFY(result.error->localizedMessage().contains(u"whether the action succeeded"));
}

void TestOtaCancelCalls::submitsInteractiveWithoutServerRetries()
{
    ScheduledRequest *tasks
            = CancelOtaTaskByJob::submit(m_scheduler.get(), config(), kSeedJobId, queuedOnly());
    QCOMPARE(tasks->priority(), RequestPriority::Interactive);
    QCOMPARE(tasks->retryPolicy(), RetryPolicy::ThrottlingOnly);
    QCOMPARE(tasks->action(), u"CancelOTATaskByJob"_s);
    ScheduledRequest *strategy = CancelOtaStrategyByJob::submit(m_scheduler.get(), config(), kDynamicJobId);
    QCOMPARE(strategy->priority(), RequestPriority::Interactive);
    QCOMPARE(strategy->retryPolicy(), RetryPolicy::ThrottlingOnly);
    QVERIFY(CancelOtaTaskByJob::interpret(run(tasks)).ok());
    QVERIFY(CancelOtaStrategyByJob::interpret(run(strategy)).ok());
    QCOMPARE(m_sim->fleet().job(kDynamicJobId)->value(u"JobStatus").toString(), u"CANCELED"_s);
}

void TestOtaCancelCalls::cancelsTasksAgainstTheSimulator()
{
    const SimFleet &fleet = m_sim->fleet();
    const int queued = fleet.taskCount(kDynamicJobId, u"QUEUED"_s);
    const int canceled = fleet.taskCount(kDynamicJobId, u"CANCELED"_s);
    const int notified = fleet.taskCount(kDynamicJobId, u"NOTIFIED"_s);
    QVERIFY(queued > 0);
    int attempts = 0;
    const ActionResult result = CancelOtaTaskByJob::interpret(run(
            CancelOtaTaskByJob::submit(m_scheduler.get(), config(), kDynamicJobId, queuedOnly()), &attempts));
    QVERIFY(result.ok());
    QVERIFY(!result.requestId.isEmpty());
    QCOMPARE(attempts, 1);
    QCOMPARE(fleet.taskCount(kDynamicJobId, u"QUEUED"_s), 0);
    QCOMPARE(fleet.taskCount(kDynamicJobId, u"CANCELED"_s), canceled + queued);
    QCOMPARE(fleet.taskCount(kDynamicJobId, u"NOTIFIED"_s), notified);
}

void TestOtaCancelCalls::reportsTheSimulatorsBusinessErrors()
{
    const ActionResult none = CancelOtaTaskByJob::interpret(
            run(CancelOtaTaskByJob::submit(m_scheduler.get(), config(), kDynamicJobId, {})));
    QVERIFY(!none.ok());
    QCOMPARE(none.error->kind, ApiError::Kind::Business);
    QCOMPARE(none.error->code, u"iot.system.IllegalRequest"_s);
    QVERIFY(none.error->message.contains(u"at least one"));
    const ActionResult staticBatch = CancelOtaStrategyByJob::interpret(
            run(CancelOtaStrategyByJob::submit(m_scheduler.get(), config(), kSeedJobId)));
    QVERIFY(!staticBatch.ok());
    QCOMPARE(staticBatch.error->code, u"iot.ota.JobNotDynamic"_s);
    QVERIFY(!staticBatch.requestId.isEmpty());
}

void TestOtaCancelCalls::neverRepeatsACancelAfterAServerFailure_data()
{
    QTest::addColumn<OtaSimulator::Fault>("fault");
    QTest::newRow("HTML 500") << OtaSimulator::Fault::Html500;
    QTest::newRow("system exception") << OtaSimulator::Fault::SystemException;
}

void TestOtaCancelCalls::neverRepeatsACancelAfterAServerFailure()
{
    QFETCH(OtaSimulator::Fault, fault);
    m_sim->setFault(fault);
    QSignalSpy handled(m_sim.get(), &OtaSimulator::requestHandled);
    int attempts = 0;
    const ActionResult result = CancelOtaTaskByJob::interpret(run(
            CancelOtaTaskByJob::submit(m_scheduler.get(), config(), kDynamicJobId, queuedOnly()), &attempts));
    QVERIFY(!result.ok());
    QCOMPARE(attempts, 1);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(m_scheduler->retriedCount(), 0);
    // The same failure is retried for a read: the policy is the cancel's own.
    m_scheduler->setMaxRetries(1);
    int readAttempts = 0;
    run(m_scheduler->submit(config(), u"QueryOTAJob"_s, {{u"JobId"_s, kSeedJobId}}), &readAttempts);
    QCOMPARE(readAttempts, 2);
}

void TestOtaCancelCalls::repeatsACancelTheGatewayThrottled()
{
    const SimFleet &fleet = m_sim->fleet();
    const int queued = fleet.taskCount(kDynamicJobId, u"QUEUED"_s);
    const int canceled = fleet.taskCount(kDynamicJobId, u"CANCELED"_s);
    // Throttled once, then admitted.
    m_sim->setFault(OtaSimulator::Fault::Throttle);
    connect(m_sim.get(), &OtaSimulator::requestHandled, this, [this](const QString &, const QString &code) {
        if (code == u"Throttling.User")
            m_sim->setFault(OtaSimulator::Fault::None);
    });
    int attempts = 0;
    const ActionResult result = CancelOtaTaskByJob::interpret(run(
            CancelOtaTaskByJob::submit(m_scheduler.get(), config(), kDynamicJobId, queuedOnly()), &attempts));
    QVERIFY(result.ok());
    QCOMPARE(attempts, 2);
    QCOMPARE(m_sim->throttledCount(), 1);
    QCOMPARE(fleet.taskCount(kDynamicJobId, u"CANCELED"_s), canceled + queued);
}

QTEST_GUILESS_MAIN(TestOtaCancelCalls)
#include "tst_otacancelcalls.moc"
