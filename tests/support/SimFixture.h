#pragma once

#include "OtaSimulator.h"
#include "SignedRequest.h"
#include "TestData.h"
#include "util/ManualClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

// otasim on loopback for a simulator test, on a ManualClock: timestamps, nonce ages, rate windows and the
// live batch move only when the test advances the clock. With a network access manager, and requests signed
// by hand (SignedRequest) so that the tests do not depend on the production client. Made in init(), dropped
// in cleanup(); check listening() before use.
class SimFixture
{
public:
    // What came back from one exchange.
    struct Reply
    {
        bool finished = false; // false: no answer within the timeout (the request was aborted)
        int status = 0;
        QByteArray contentType;
        QByteArray date;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    // The clock the simulator tests start at: the time of REFERENCE.md's QueryOTAJob vector.
    static QDateTime defaultNow() { return QDateTime(QDate(2024, 1, 15), QTime(8, 30), Qt::UTC); }
    // The seed document's QueryOTAJob sample, which the simulator serves as its first batch.
    static QJsonObject seedSample()
    {
        return QJsonDocument::fromJson(simFixture(QStringLiteral("seed_queryotajob.json"))).object();
    }

    explicit SimFixture(const QDateTime &now = defaultNow())
        : m_clock(std::make_unique<ManualClock>(now)), m_sim(std::make_unique<OtaSimulator>())
    {
        m_sim->setClock(m_clock.get());
        m_listening = m_sim->listen();
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    ~SimFixture()
    {
        // The network first: its replies may still point at the simulator's connections.
        m_network.reset();
        m_sim.reset();
    }

    SimFixture(const SimFixture &) = delete;
    SimFixture &operator=(const SimFixture &) = delete;

    bool listening() const { return m_listening; }
    ManualClock &clock() { return *m_clock; }
    OtaSimulator &sim() { return *m_sim; }
    QNetworkAccessManager &network() { return *m_network; }
    QUrl endpoint() const { return m_sim->endpoint(); }

    // Sends raw as it is and waits for the answer (the reply's finished signal), at most timeoutMs.
    Reply exchange(const SignedRequest::Raw &raw, int timeoutMs = 10000)
    {
        QNetworkReply *reply = m_network->sendCustomRequest(raw.request, raw.method, raw.body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result;
        result.finished = finished.wait(timeoutMs);
        if (!result.finished) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->rawHeader("Content-Type");
        result.date = reply->rawHeader("Date");
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    // A V1 GET signed with the demo key and timestamped with the clock's now: how most simulator tests call.
    Reply call(const QString &action, const QueryPairs &operation,
               const QString &format = QStringLiteral("JSON"))
    {
        const Credentials demo = OtaSimulator::demoCredentials();
        const QueryPairs params = SignedRequest::v1Params(demo, action, operation, m_clock->nowUtc(),
                                                          SignedRequest::newNonce(), format);
        return exchange(SignedRequest::v1Get(m_sim->endpoint(), params, demo.accessKeySecret));
    }

private:
    std::unique_ptr<ManualClock> m_clock; // outlives the simulator, which reads it
    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    bool m_listening = false;
};
