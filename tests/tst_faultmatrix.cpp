#include "HostileServer.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "SelfSignedTlsServer.h"
#include "WindowOnSimulator.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "util/ManualClock.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Who misbehaves in a row.
enum class Hostile {
    SimFault, // otasim with a Fault mode
    Server, // a HostileServer mode
    Tls, // a self-signed HTTPS server
    Dns, // a name that cannot resolve
    ServerClock, // otasim with its clock set off by the row's number of seconds
};
Q_DECLARE_METATYPE(Hostile)

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
// The window's request timeout here (on the test's manual clock).
constexpr int kRequestTimeoutMs = 1500;
// A name under the TLD reserved never to resolve (RFC 2606).
const QString kUnresolvableHost = u"otadash-fault-matrix.invalid"_s;

} // namespace

// Every hostile answer the issue lists, against the real window: what the user reads, and the batch on screen
// left exactly as it was. (How long the GUI could not react meanwhile is a benchmark figure, bench_faults.)
class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keepsBatchAndExplainsFault_data();
    void keepsBatchAndExplainsFault();
    void compensatesServerClockWhenEnabled();
    void measuresClockSkewOnEveryResponse();

private:
    bool loadSeedBatch();
    // Runs the window's query once; the call's response through out.
    bool queryOnce(RpcResponse &out, bool &ok);
    // Lets the Firmware section's read (after each batch shown) end.
    bool settleFirmware();
    // Points the window's endpoint field at url, as the user would type it.
    void pointAt(const QUrl &url);
    QStringList screenSnapshot() const;
    QString labelText(const QString &name) const;
    QLabel *label(const QString &name) const;

    // The hostile servers date their answers by the computer's clock: the manual clock starts at its now.
    WindowOnSimulator m_fixture {QDateTime::currentDateTimeUtc()};
};

void TestFaultMatrix::init()
{
    m_fixture.setup.requestTimeoutMs = kRequestTimeoutMs;
    QVERIFY(m_fixture.start());
}

void TestFaultMatrix::cleanup()
{
    m_fixture.stop();
}

QLabel *TestFaultMatrix::label(const QString &name) const
{
    return m_fixture.window->findChild<QLabel *>(name);
}

QString TestFaultMatrix::labelText(const QString &name) const
{
    const QLabel *found = label(name);
    return found ? found->text() : u"<no label %1>"_s.arg(name);
}

bool TestFaultMatrix::loadSeedBatch()
{
    auto *edit = m_fixture.window->findChild<QLineEdit *>(u"jobIdEdit"_s);
    if (!edit)
        return false;
    edit->clear();
    QTest::keyClicks(edit, kSeedJobId);
    QSignalSpy finished(m_fixture.window.get(), &MainWindow::queryFinished);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!m_fixture.waitFor(finished) || !finished.constFirst().constFirst().toBool())
        return false;
    // The batch's firmware was read with it, and the section says when.
    if (!settleFirmware() || !labelText(u"firmwareStateLabel"_s).startsWith(u"Read at "))
        return false;
    return labelText(u"value_JobId"_s) == kSeedJobId && labelText(u"value_Name"_s) == u"firmware2";
}

void TestFaultMatrix::pointAt(const QUrl &url)
{
    auto *endpoint = m_fixture.window->findChild<QLineEdit *>(u"endpointEdit"_s);
    QVERIFY(endpoint && endpoint->isEnabled());
    endpoint->setText(url.toString());
}

bool TestFaultMatrix::queryOnce(RpcResponse &out, bool &ok)
{
    // The request the window is about to submit is the one child of the scheduler not there yet.
    const QList<ScheduledRequest *> existing
            = m_fixture.scheduler->findChildren<ScheduledRequest *>(Qt::FindDirectChildrenOnly);
    const QSet<ScheduledRequest *> before(existing.cbegin(), existing.cend());
    QSignalSpy finished(m_fixture.window.get(), &MainWindow::queryFinished);
    m_fixture.window->query();
    ScheduledRequest *call = nullptr;
    for (ScheduledRequest *child :
         m_fixture.scheduler->findChildren<ScheduledRequest *>(Qt::FindDirectChildrenOnly)) {
        if (!before.contains(child))
            call = child;
    }
    if (!call) {
        qWarning("the window started no request");
        return false;
    }
    QSignalSpy callFinished(call, &ScheduledRequest::finished);
    const bool done = m_fixture.runUntil([&] { return finished.size() > 0; });
    if (!done || finished.size() != 1 || callFinished.size() != 1) {
        qWarning("window finished %d times, call %d times", int(finished.size()), int(callFinished.size()));
        return false;
    }
    ok = finished.constFirst().constFirst().toBool();
    out = callFinished.constFirst().constFirst().value<RpcResponse>();
    return settleFirmware();
}

bool TestFaultMatrix::settleFirmware()
{
    // The form's Firmware section is read after a batch that arrived: settled before the screen is compared
    // or the gateway's calls are counted.
    QLabel *firmwareState = label(u"firmwareStateLabel"_s);
    return firmwareState
            && m_fixture.runUntil([firmwareState] { return !firmwareState->text().startsWith(u"Reading"); });
}

// The codes the simulator answered QueryOTAJob with, in order (the firmware read after a batch is left out).
QStringList jobQueryCodes(const QSignalSpy &handled)
{
    QStringList codes;
    for (const QList<QVariant> &call : handled) {
        if (call.at(0).toString() == u"QueryOTAJob")
            codes.append(call.at(1).toString());
    }
    return codes;
}

QStringList TestFaultMatrix::screenSnapshot() const
{
    // Every value of the detail form with its tooltip and enabled state, every row of its lists, the title.
    QStringList shot;
    for (const QLabel *value : m_fixture.window->findChildren<QLabel *>()) {
        if (value->objectName().startsWith(u"value_"))
            shot.append(u"%1=%2|%3|%4"_s.arg(value->objectName(), value->text(), value->toolTip(),
                                             value->isEnabled() ? u"enabled"_s : u"disabled"_s));
    }
    for (const QAbstractItemView *view : m_fixture.window->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model || view->objectName().isEmpty())
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells.append(model->index(row, column).data().toString());
            shot.append(u"%1[%2]=%3"_s.arg(view->objectName()).arg(row).arg(cells.join(u'|')));
        }
    }
    shot.sort();
    shot.append(u"title="_s + m_fixture.window->windowTitle());
    return shot;
}

void TestFaultMatrix::keepsBatchAndExplainsFault_data()
{
    QTest::addColumn<Hostile>("hostile");
    QTest::addColumn<int>("setting"); // the Fault, the HostileServer::Mode, or the clock offset in seconds
    QTest::addColumn<int>("redirectStatus");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>(
            "message"); // the start of the panel's message ({tripwire}: the redirect target)
    QTest::addColumn<QString>("hint"); // the start of the panel's hint

    const int gateway = int(ApiError::Kind::Gateway);
    const int business = int(ApiError::Kind::Business);
    const int transport = int(ApiError::Kind::Transport);
    const auto sim = [](OtaSimulator::Fault fault) {
        return int(fault);
    };
    const auto server = [](HostileServer::Mode mode) {
        return int(mode);
    };
    const int none = int(ApiError::Transport::None);
    const QString malformedHint
            = u"The response could not be read; the endpoint may not be an IoT Platform API endpoint."_s;
    const QString closedHint
            = u"The connection broke before the answer was complete. Try again; if it keeps "
              u"happening, check proxies and firewalls between this computer and the endpoint."_s;
    const QString tooLargeHint = u"The response exceeded the size limit and was discarded."_s;
    const QString tooLargeMessage = u"The response exceeded %1 bytes and was discarded."_s.arg(
            QLocale().toString(RpcClient::kMaxResponseBytes));
    const QString redirectHint
            = u"The endpoint answered with a redirect; OtaDash only talks to the endpoint you configured."_s;

    QTest::newRow("html-500") << Hostile::SimFault << sim(OtaSimulator::Fault::Html500) << 0 << gateway
                              << none << u"HTTP 500"_s << u"Server error"_s
                              << u"The server answered HTTP 500 without an API error body."_s
                              << u"The service had a problem. Try again later."_s;
    QTest::newRow("truncated-json") << Hostile::SimFault << sim(OtaSimulator::Fault::TruncatedJson) << 0
                                    << transport << int(ApiError::Transport::Malformed) << QString()
                                    << u"Malformed response"_s
                                    << u"The response body is neither valid JSON nor valid XML."_s
                                    << malformedHint;
    QTest::newRow("binary-junk") << Hostile::SimFault << sim(OtaSimulator::Fault::BinaryJunk) << 0
                                 << transport << int(ApiError::Transport::Malformed) << QString()
                                 << u"Malformed response"_s
                                 << u"The response body is neither valid JSON nor valid XML."_s
                                 << malformedHint;
    QTest::newRow("oversized-announced")
            << Hostile::SimFault << sim(OtaSimulator::Fault::OversizedBody) << 0 << transport
            << int(ApiError::Transport::TooLarge) << QString() << u"Response too large"_s
            << u"The response announced %1 bytes; the limit is %2."_s.arg(
                       QLocale().toString(8 * 1024 * 1024), QLocale().toString(RpcClient::kMaxResponseBytes))
            << tooLargeHint;
    QTest::newRow("oversized-chunked-stream")
            << Hostile::Server << server(HostileServer::Mode::StreamChunked) << 0 << transport
            << int(ApiError::Transport::TooLarge) << QString() << u"Response too large"_s << tooLargeMessage
            << tooLargeHint;
    QTest::newRow("oversized-close-delimited-stream")
            << Hostile::Server << server(HostileServer::Mode::StreamUntilClose) << 0 << transport
            << int(ApiError::Transport::TooLarge) << QString() << u"Response too large"_s << tooLargeMessage
            << tooLargeHint;
    QTest::newRow("connection-reset")
            << Hostile::Server << server(HostileServer::Mode::Reset) << 0 << transport
            << int(ApiError::Transport::ConnectionClosed) << QString() << u"Connection closed unexpectedly"_s
            << u"The server closed the connection before it answered."_s << closedHint;
    QTest::newRow("cut-mid-body") << Hostile::Server << server(HostileServer::Mode::CutMidBody) << 0
                                  << transport << int(ApiError::Transport::ConnectionClosed) << QString()
                                  << u"Connection closed unexpectedly"_s
                                  << u"The connection closed after %1 of the %2 bytes the server announced."_s
                                             .arg(QLocale().toString(HostileServer::kCutSentBytes),
                                                  QLocale().toString(HostileServer::kCutAnnouncedBytes))
                                  << closedHint;
    QTest::newRow("never-answers")
            << Hostile::SimFault << sim(OtaSimulator::Fault::NeverAnswer) << 0 << transport
            << int(ApiError::Transport::Timeout) << QString() << u"Request timed out"_s
            << u"No complete answer within %1 seconds."_s.arg(
                       QLocale().toString(kRequestTimeoutMs / 1000.0, 'f', 1))
            << u"The server did not answer in time. Check the network or raise the timeout."_s;
    QTest::newRow("throttling-user") << Hostile::SimFault << sim(OtaSimulator::Fault::Throttle) << 0
                                     << gateway << none << u"Throttling.User"_s
                                     << u"Request rate limit reached"_s
                                     << u"Request was denied due to user flow control."_s
                                     << u"The account allows 10 requests per second"_s;
    QTest::newRow("system-exception")
            << Hostile::SimFault << sim(OtaSimulator::Fault::SystemException) << 0 << business << none
            << u"iot.system.SystemException"_s << u"IoT Platform reported an error"_s
            << u"A system exception occurred."_s
            << u"A temporary problem on IoT Platform. Try again later."_s;
    QTest::newRow("tls-self-signed")
            << Hostile::Tls << 0 << 0 << transport << int(ApiError::Transport::Tls) << QString()
            << u"Secure connection failed"_s
            << u"The server's certificate was not accepted: The certificate is "
               u"self-signed, and untrusted"_s
            << u"The server's certificate could not be verified. OtaDash never ignores "
               u"certificate errors."_s;
    QTest::newRow("redirect-301-to-http")
            << Hostile::Server << server(HostileServer::Mode::Redirect) << 301 << transport
            << int(ApiError::Transport::Redirect) << QString() << u"Redirect refused"_s
            << u"The endpoint redirected to {tripwire}; redirects are not followed."_s << redirectHint;
    QTest::newRow("redirect-302-to-http")
            << Hostile::Server << server(HostileServer::Mode::Redirect) << 302 << transport
            << int(ApiError::Transport::Redirect) << QString() << u"Redirect refused"_s
            << u"The endpoint redirected to {tripwire}; redirects are not followed."_s << redirectHint;
    QTest::newRow("dns-failure") << Hostile::Dns << 0 << 0 << transport
                                 << int(ApiError::Transport::HostNotFound) << QString() << u"Host not found"_s
                                 << u"Host %1 not found"_s.arg(kUnresolvableHost)
                                 << u"Check the region or the endpoint address and your network's DNS."_s;
    QTest::newRow("server-clock-17min-ahead")
            << Hostile::ServerClock << 17 * 60 << 0 << gateway << none << u"InvalidTimeStamp.Expired"_s
            << u"Clock out of step with the server"_s << u"Specified time stamp or date value is expired."_s
            << u"The server's clock is 17 minutes ahead of this computer's. The gateway refuses requests "
               u"whose "
               u"time differs from its own by more than 15 minutes."_s;
    QTest::newRow("server-clock-3h-behind")
            << Hostile::ServerClock << -3 * 3600 << 0 << gateway << none << u"InvalidTimeStamp.Expired"_s
            << u"Clock out of step with the server"_s << u"Specified time stamp or date value is expired."_s
            << u"The server's clock is 3 hours behind this computer's."_s;
}

void TestFaultMatrix::keepsBatchAndExplainsFault()
{
    QFETCH(Hostile, hostile);
    QFETCH(int, setting);
    QFETCH(int, redirectStatus);
    QFETCH(int, kind);
    QFETCH(int, transport);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QString, message);
    QFETCH(QString, hint);

    // The seed batch, from the simulator, is what the user is looking at.
    QVERIFY(loadSeedBatch());
    const QStringList before = screenSnapshot();
    QVERIFY(before.size() > 20);

    // Then the window is pointed at something hostile.
    std::unique_ptr<HostileServer> server;
    std::unique_ptr<HostileServer> tripwire;
    std::unique_ptr<SelfSignedTlsServer> tls;
    ManualClock serverClock(m_fixture.net->clock.nowUtc().addSecs(setting));
    QSignalSpy simHandled(m_fixture.sim, &OtaSimulator::requestHandled);
    switch (hostile) {
    case Hostile::SimFault:
        m_fixture.sim->setFault(static_cast<OtaSimulator::Fault>(setting));
        break;
    case Hostile::ServerClock:
        m_fixture.sim->setClock(&serverClock);
        break;
    case Hostile::Server: {
        const auto mode = static_cast<HostileServer::Mode>(setting);
        server = std::make_unique<HostileServer>(mode);
        if (mode == HostileServer::Mode::Redirect) {
            // The redirect points at a second server that would serve another batch: it must see nobody.
            tripwire = std::make_unique<HostileServer>(HostileServer::Mode::ServeBatch);
            QVERIFY(tripwire->listen());
            server->setRedirect(redirectStatus, tripwire->endpoint().resolved(QUrl(u"steal"_s)));
            message.replace(u"{tripwire}"_s, tripwire->endpoint().resolved(QUrl(u"steal"_s)).toString());
        }
        QVERIFY(server->listen());
        pointAt(server->endpoint());
        break;
    }
    case Hostile::Tls: {
        tls = std::make_unique<SelfSignedTlsServer>();
        const QString problem = tls->generateCertificate();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(tls->listen());
        pointAt(tls->endpoint());
        break;
    }
    case Hostile::Dns: {
        QUrl endpoint;
        endpoint.setScheme(u"https"_s);
        endpoint.setHost(kUnresolvableHost);
        endpoint.setPath(u"/"_s);
        pointAt(endpoint);
        break;
    }
    }

    RpcResponse response;
    bool ok = true;
    QVERIFY(queryOnce(response, ok));
    QVERIFY(!ok);

    // (1) What went wrong, as a value and as the user reads it.
    QVERIFY(response.error);
    const ApiError &error = *response.error;
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(int(error.transport), transport);
    QCOMPARE(error.code, code);
    QVERIFY(m_fixture.window->findChild<QWidget *>(u"errorPanel"_s)->isVisible());
    QCOMPARE(labelText(u"errorTitle"_s), title);
    QVERIFY2(labelText(u"errorMessage"_s).startsWith(message), qPrintable(labelText(u"errorMessage"_s)));
    QVERIFY(label(u"errorHint"_s)->isVisible());
    QVERIFY2(labelText(u"errorHint"_s).startsWith(hint), qPrintable(labelText(u"errorHint"_s)));
    QCOMPARE(labelText(u"errorCode"_s), code);
    QCOMPARE(label(u"errorCode"_s)->isVisible(), !code.isEmpty());
    qInfo("%s | %s | %s", qPrintable(labelText(u"errorTitle"_s)),
          qPrintable(labelText(u"errorMessage"_s).replace(u'\n', u" / "_s)),
          qPrintable(labelText(u"errorHint"_s)));

    // (2) Nothing is under way any more.
    QVERIFY(!m_fixture.window->isBusy());
    QVERIFY(m_fixture.window->findChild<QPushButton *>(u"queryButton"_s)->isEnabled());

    // (3) The batch on screen is the one that was there, to the last label.
    QCOMPARE(screenSnapshot(), before);

    // And the proof that each hostile side did what its row says.
    switch (hostile) {
    case Hostile::SimFault:
    case Hostile::ServerClock: {
        // Throttling and server-side failures are retried by the scheduler, each time with a fresh nonce
        // (a reused one would have come back as SignatureNonceUsed); everything else is tried exactly once.
        const bool retried = hostile == Hostile::SimFault
                && (setting == int(OtaSimulator::Fault::Html500)
                    || setting == int(OtaSimulator::Fault::Throttle)
                    || setting == int(OtaSimulator::Fault::SystemException));
        QCOMPARE(jobQueryCodes(simHandled).size(), retried ? 1 + m_fixture.scheduler->maxRetries() : 1);
    }
        if (setting != int(OtaSimulator::Fault::NeverAnswer) || hostile == Hostile::ServerClock)
            QVERIFY(!labelText(u"errorRequestId"_s).isEmpty());
        if (hostile == Hostile::ServerClock) {
            QVERIFY(error.clockSkewSecs);
            QVERIFY(qAbs(*error.clockSkewSecs - setting) <= 5);
        }
        break;
    case Hostile::Server: {
        const auto mode = static_cast<HostileServer::Mode>(setting);
        QVERIFY(server->requestCount() >= 1);
        if (mode == HostileServer::Mode::Reset || mode == HostileServer::Mode::CutMidBody) {
            // A read whose connection closed before the whole answer is retried by the scheduler, each
            // attempt on a connection of its own and signed anew; Qt never sends one again by itself.
            const int attempts = 1 + m_fixture.scheduler->maxRetries();
            QCOMPARE(server->connectionCount(), attempts);
            QCOMPARE(server->requestCount(), attempts);
            const QStringList &nonces = server->nonces();
            QCOMPARE(QSet<QString>(nonces.cbegin(), nonces.cend()).size(), attempts);
        } else {
            QCOMPARE(server->requestCount(), 1);
        }
        if (mode != HostileServer::Mode::Reset)
            QCOMPARE(labelText(u"errorRequestId"_s), server->requestId());
        if (mode == HostileServer::Mode::StreamChunked || mode == HostileServer::Mode::StreamUntilClose) {
            // Refused while streaming: the server saw the client hang up after about the cap, long before the
            // 64 MiB it meant to send.
            QVERIFY(m_fixture.runUntil([&] { return server->peerClosedEarly(); }));
            qInfo("server sent %lld of %lld planned bytes before the client closed (cap %lld)",
                  server->bytesSent(), server->plannedBytes(), RpcClient::kMaxResponseBytes);
            QVERIFY(server->bytesSent() > RpcClient::kMaxResponseBytes);
            QVERIFY(server->bytesSent() < 2 * RpcClient::kMaxResponseBytes);
            QVERIFY(response.body.isEmpty());
        }
        if (tripwire) {
            QVERIFY(m_fixture.net->time.settle()); // whatever the redirect started has ended
            QCOMPARE(tripwire->connectionCount(), 0);
        }
        break;
    }
    case Hostile::Tls:
        qInfo("TLS handshakes started %d, completed %d", tls->handshakesStarted(),
              tls->handshakesCompleted());
        QVERIFY(tls->handshakesStarted() >= 1);
        QCOMPARE(tls->handshakesCompleted(), 0);
        break;
    case Hostile::Dns:
        break;
    }
}

void TestFaultMatrix::compensatesServerClockWhenEnabled()
{
    QVERIFY(loadSeedBatch());
    m_fixture.client->setClockOffsetCompensation(true);
    ManualClock serverClock(m_fixture.net->clock.nowUtc().addSecs(17 * 60));
    m_fixture.sim->setClock(&serverClock);
    QSignalSpy simHandled(m_fixture.sim, &OtaSimulator::requestHandled);

    // The first request is refused for its timestamp; the client reads the server's Date, signs again with
    // the server's time and the user sees the batch, not an error.
    const QString otherJobId = m_fixture.sim->jobIds().value(1);
    QVERIFY(!otherJobId.isEmpty());
    m_fixture.window->setJobId(otherJobId);
    RpcResponse response;
    bool ok = false;
    QVERIFY(queryOnce(response, ok));
    QVERIFY2(ok, response.error ? qPrintable(response.error->hint()) : "");
    QVERIFY(!m_fixture.window->findChild<QWidget *>(u"errorPanel"_s)->isVisible());
    QCOMPARE(labelText(u"value_JobId"_s), otherJobId);
    QCOMPARE(jobQueryCodes(simHandled).size(), 2);
    QCOMPARE(jobQueryCodes(simHandled).at(0), u"InvalidTimeStamp.Expired"_s);
    QCOMPARE(jobQueryCodes(simHandled).at(1), QString());
    QVERIFY(qAbs(m_fixture.client->clockOffsetSecs() - 17 * 60) <= 5);
    QVERIFY(response.clockSkewSecs);

    // Later requests start out on the server's time: one request each.
    simHandled.clear();
    m_fixture.window->setJobId(kSeedJobId);
    QVERIFY(queryOnce(response, ok));
    QVERIFY(ok);
    QCOMPARE(jobQueryCodes(simHandled).size(), 1);
    QCOMPARE(labelText(u"value_JobId"_s), kSeedJobId);

    // Once the clocks agree again, the request signed with the old offset is refused, signed again with the
    // local time, and the offset is gone.
    m_fixture.sim->setClock(&m_fixture.net->clock);
    simHandled.clear();
    QVERIFY(queryOnce(response, ok));
    QVERIFY(ok);
    QCOMPARE(jobQueryCodes(simHandled).size(), 2);
    QCOMPARE(jobQueryCodes(simHandled).at(0), u"InvalidTimeStamp.Expired"_s);
    QCOMPARE(m_fixture.client->clockOffsetSecs(), 0);
}

void TestFaultMatrix::measuresClockSkewOnEveryResponse()
{
    // Off by default: an offset is learned, nothing is retried and the error names the difference.
    QVERIFY(!m_fixture.client->clockOffsetCompensation());
    QVERIFY(loadSeedBatch());
    ManualClock serverClock(m_fixture.net->clock.nowUtc().addSecs(-40 * 60));
    m_fixture.sim->setClock(&serverClock);
    RpcResponse response;
    bool ok = true;
    QVERIFY(queryOnce(response, ok));
    QVERIFY(!ok);
    QVERIFY(response.clockSkewSecs);
    QVERIFY(qAbs(*response.clockSkewSecs + 40 * 60) <= 5);
    QCOMPARE(response.error->clockSkewText(), u"The server's clock is 40 minutes behind this computer's."_s);
    QVERIFY(qAbs(m_fixture.client->clockOffsetSecs() + 40 * 60) <= 5);
    // A small difference is reported on the response but is no error and no offset.
    serverClock.setNow(m_fixture.net->clock.nowUtc().addSecs(90));
    QVERIFY(queryOnce(response, ok));
    QVERIFY(ok);
    QVERIFY(response.clockSkewSecs);
    QVERIFY(qAbs(*response.clockSkewSecs - 90) <= 5);
    QCOMPARE(m_fixture.client->clockOffsetSecs(), 0);
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
