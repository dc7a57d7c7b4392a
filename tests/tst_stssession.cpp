// STS AssumeRole for RAM-role profiles, over loopback against otasim's STS: the temporary pair is used, kept
// in memory, refreshed before it expires on the manual clock, and its errors are explained.
#include "SchedulerOnSimulator.h"
#include "SimSts.h"
#include "api/QueryOtaJob.h"
#include "auth/AssumeRoleResponse.h"
#include "auth/StsSession.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;

RamRole demoRole(int durationSecs = 3600)
{
    RamRole role;
    role.roleArn = SimSts::demoRoleArn();
    role.durationSecs = durationSecs;
    return role;
}

} // namespace

class tst_StsSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SchedulerOnSimulator> m_fx;

    // A session on the simulator's STS, signed with the demo AccessKey.
    std::unique_ptr<StsSession> session(const RamRole &base,
                                        SignatureVersion signature = SignatureVersion::V3)
    {
        RamRole role = base;
        role.stsEndpoint = m_fx->sim.endpoint();
        return std::make_unique<StsSession>(m_fx->scheduler.get(), OtaSimulator::demoCredentials(), role,
                                            u"cn-shanghai"_s, signature);
    }

    // QueryOTAJob signed with these credentials; the answer.
    RpcResponse query(const Credentials &credentials, SignatureVersion signature = SignatureVersion::V3)
    {
        RpcConfig config = m_fx->config();
        config.credentials = credentials;
        config.signature = signature;
        ScheduledRequest *request
                = m_fx->scheduler->submit(config, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
        std::optional<RpcResponse> answer;
        connect(request, &ScheduledRequest::finished, this,
                [&answer](const RpcResponse &response) { answer = response; });
        if (!m_fx->runUntil([&] { return answer.has_value(); }))
            return {};
        return *answer;
    }

    bool waitReady(StsSession &sts)
    {
        QSignalSpy failed(&sts, &StsSession::failed);
        sts.start();
        return m_fx->runUntil([&] { return sts.isReady() || !failed.isEmpty(); }) && sts.isReady();
    }

private slots:
    void init()
    {
        m_fx = std::make_unique<SchedulerOnSimulator>();
        QVERIFY(m_fx->listen());
    }
    void cleanup() { m_fx.reset(); }

    void refreshLeadIsAQuarterOfTheLifetimeAtMostFiveMinutes()
    {
        QCOMPARE(StsSession::refreshLeadSecs(900), 225);
        QCOMPARE(StsSession::refreshLeadSecs(3600), 300);
        QCOMPARE(StsSession::refreshLeadSecs(43200), 300);
        QCOMPARE(StsSession::refreshLeadSecs(0), 0);
        QCOMPARE(StsSession::refreshLeadSecs(-5), 0);
    }

    void assumesTheRoleAndSignsWithTheTemporaryPair_data()
    {
        QTest::addColumn<SignatureVersion>("signature");
        QTest::newRow("V3") << SignatureVersion::V3;
        QTest::newRow("V1") << SignatureVersion::V1;
    }
    void assumesTheRoleAndSignsWithTheTemporaryPair()
    {
        QFETCH(SignatureVersion, signature);
        auto sts = session(demoRole(), signature);
        QSignalSpy ready(sts.get(), &StsSession::ready);
        QVERIFY(waitReady(*sts));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(m_fx->sim.assumedRoleCount(), 1);
        QCOMPARE(sts->expiration(), SchedulerOnSimulator::start().addSecs(3600));
        QCOMPARE(sts->assumedRoleArn(), SimSts::demoRoleArn() + u"/otadash"_s);

        const Credentials credentials = sts->credentials();
        // What configurations carry: the source key's id (the identity and the budget), no secret of its own.
        QCOMPARE(credentials.accessKeyId, OtaSimulator::demoCredentials().accessKeyId);
        QVERIFY(credentials.accessKeySecret.isEmpty());
        QVERIFY(credentials.isComplete());
        const Credentials pair = credentials.current();
        QVERIFY2(pair.accessKeyId.startsWith(u"STS."), qPrintable(pair.accessKeyId));
        QVERIFY(!pair.securityToken.isEmpty());

        const RpcResponse answer = query(credentials, signature);
        QVERIFY2(answer.ok(), qPrintable(answer.error ? answer.error->code : QString()));
        // It went out with the temporary key and its token.
        QVERIFY(answer.body.contains(kSeedJobId.toUtf8()));
    }

    void theGatewayRefusesATemporaryKeyWithoutItsToken()
    {
        auto sts = session(demoRole());
        QVERIFY(waitReady(*sts));
        Credentials pair = sts->credentials().current();
        pair.securityToken.clear();
        const RpcResponse answer = query(pair);
        QVERIFY(answer.error);
        QCOMPARE(answer.error->code, u"InvalidAccessKeyId.NotFound"_s);
    }

    void refreshesBeforeTheExpirationAndEveryCopyUsesTheFreshPair()
    {
        auto sts = session(demoRole(900));
        QVERIFY(waitReady(*sts));
        const Credentials copied = sts->credentials(); // as a view keeps it in its RpcConfig
        const Credentials first = copied.current();
        QSignalSpy refreshed(sts.get(), &StsSession::refreshed);

        // 900 s of lifetime, refreshed 225 s before its end: not yet at 674 s.
        QVERIFY(m_fx->time.advance(674 * 1000));
        QCOMPARE(m_fx->sim.assumedRoleCount(), 1);
        QVERIFY(refreshed.isEmpty());
        QVERIFY(m_fx->time.advance(2 * 1000));
        QCOMPARE(m_fx->sim.assumedRoleCount(), 2);
        QCOMPARE(refreshed.size(), 1);
        const Credentials second = copied.current();
        QVERIFY(second.accessKeyId != first.accessKeyId);
        QCOMPARE(sts->expiration(), SchedulerOnSimulator::start().addSecs(675 + 900));

        // Past the first pair's end: the first is refused by the gateway, the copy signs with the fresh one.
        QVERIFY(m_fx->time.advance(300 * 1000));
        const RpcResponse stale = query(first);
        QVERIFY(stale.error);
        QCOMPARE(stale.error->code, u"InvalidAccessKeyId.NotFound"_s);
        const RpcResponse fresh = query(copied);
        QVERIFY2(fresh.ok(), qPrintable(fresh.error ? fresh.error->code : QString()));
    }

    void aFailedRenewalIsTriedAgainWhileThePairLasts()
    {
        auto sts = session(demoRole(900));
        QVERIFY(waitReady(*sts));
        QSignalSpy failed(sts.get(), &StsSession::failed);
        QSignalSpy refreshed(sts.get(), &StsSession::refreshed);
        int calls = 0;
        connect(&m_fx->sim, &OtaSimulator::requestHandled, this, [&calls](const QString &action) {
            if (action == u"AssumeRole")
                ++calls;
        });
        // The role's trust policy changes: renewing is refused from now on.
        m_fx->sim.addRole(SimSts::demoRoleArn(), 3600, u"rotated"_s);
        QVERIFY(m_fx->time.advance(676 * 1000));
        QCOMPARE(calls, 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().code, u"NoPermission"_s);
        QVERIFY(sts->isReady()); // the current pair still serves
        QVERIFY(sts->credentials().isComplete());
        // Tried again a minute later, not before.
        QVERIFY(m_fx->time.advance(58 * 1000));
        QCOMPARE(calls, 1);
        QVERIFY(m_fx->time.advance(2 * 1000));
        QCOMPARE(calls, 2);
        QCOMPARE(failed.size(), 2);
        // The policy is back: the next try renews.
        m_fx->sim.addRole(SimSts::demoRoleArn(), 3600);
        QVERIFY(m_fx->time.advance(60 * 1000));
        QCOMPARE(calls, 3);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(m_fx->sim.assumedRoleCount(), 2);
    }

    void renewsAtOnceAfterTheComputerSlept()
    {
        auto sts = session(demoRole(900));
        QVERIFY(waitReady(*sts));
        const Credentials copied = sts->credentials();
        // Two hours of sleep: the wall clock jumps, the monotonic one (and every timer) stood still.
        m_fx->clock.setNow(SchedulerOnSimulator::start().addSecs(7200));
        QCOMPARE(m_fx->sim.assumedRoleCount(), 1);
        // The first request after waking goes out with the expired pair and asks for a renewal at once...
        const RpcResponse stale = query(copied);
        QVERIFY(stale.error);
        QCOMPARE(stale.error->code, u"InvalidAccessKeyId.NotFound"_s);
        QVERIFY(m_fx->runUntil([&] { return m_fx->sim.assumedRoleCount() == 2; }, 1000));
        // ...and the next one is signed with the fresh pair.
        const RpcResponse fresh = query(copied);
        QVERIFY2(fresh.ok(), qPrintable(fresh.error ? fresh.error->code : QString()));
    }

    void checksTheWallClockEveryMinute()
    {
        auto sts = session(demoRole(900));
        QVERIFY(waitReady(*sts));
        m_fx->clock.setNow(SchedulerOnSimulator::start().addSecs(7200)); // slept, nothing asked for since
        QVERIFY(m_fx->time.advance(59 * 1000));
        QCOMPARE(m_fx->sim.assumedRoleCount(), 1);
        QVERIFY(m_fx->time.advance(2 * 1000));
        QCOMPARE(m_fx->sim.assumedRoleCount(), 2);
    }

    void explainsWhyARoleCannotBeAssumed_data()
    {
        QTest::addColumn<QString>("roleArn");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("hintWord");
        QTest::newRow("no such role") << u"acs:ram::1234567890123456:role/nobody"_s << QString() << 3600
                                      << u"EntityNotExist.Role"_s << u"RoleArn"_s;
        QTest::newRow("external id missing")
                << SimSts::partnerRoleArn() << QString() << 3600 << u"NoPermission"_s << u"external ID"_s;
        QTest::newRow("external id wrong") << SimSts::partnerRoleArn() << u"partner-0000"_s << 3600
                                           << u"NoPermission"_s << u"trust policy"_s;
        QTest::newRow("duration too long") << SimSts::demoRoleArn() << QString() << 7200
                                           << u"InvalidParameter.DurationSeconds"_s << u"maximum session"_s;
    }
    void explainsWhyARoleCannotBeAssumed()
    {
        QFETCH(QString, roleArn);
        QFETCH(QString, externalId);
        QFETCH(int, duration);
        QFETCH(QString, code);
        QFETCH(QString, hintWord);
        RamRole role = demoRole(duration);
        role.roleArn = roleArn;
        role.externalId = externalId;
        auto sts = session(role);
        QSignalSpy failed(sts.get(), &StsSession::failed);
        QSignalSpy ready(sts.get(), &StsSession::ready);
        sts->start();
        QVERIFY(m_fx->runUntil([&] { return !failed.isEmpty(); }));
        QVERIFY(ready.isEmpty());
        QVERIFY(!sts->isReady());
        QVERIFY(!sts->credentials().isComplete());
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.code, code);
        QVERIFY2(error.title().startsWith(u"Role "), qPrintable(error.title()));
        QVERIFY2(error.hint().contains(hintWord), qPrintable(error.hint()));
        QCOMPARE(m_fx->sim.assumedRoleCount(), 0);
    }

    void theRightExternalIdIsAccepted()
    {
        RamRole role = demoRole();
        role.roleArn = SimSts::partnerRoleArn();
        role.externalId = SimSts::demoExternalId();
        auto sts = session(role);
        QVERIFY(waitReady(*sts));
    }

    void theAssumeRoleCallIsSignedLikeAnyOther()
    {
        // A wrong source secret: the STS call is refused by the same signature check.
        RamRole role = demoRole();
        role.stsEndpoint = m_fx->sim.endpoint();
        Credentials source = OtaSimulator::demoCredentials();
        source.accessKeySecret = u"not-the-secret"_s;
        StsSession sts(m_fx->scheduler.get(), source, role, u"cn-shanghai"_s, SignatureVersion::V3);
        QSignalSpy failed(&sts, &StsSession::failed);
        sts.start();
        QVERIFY(m_fx->runUntil([&] { return !failed.isEmpty(); }));
        QCOMPARE(failed.first().first().value<ApiError>().code, u"SignatureDoesNotMatch"_s);
    }

    void readsTheAnswerStrictly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        const QByteArray good
                = R"({"RequestId":"R","AssumedRoleUser":{"Arn":"acs:ram::1:role/r/s","AssumedRoleId":"3:s"},
            "Credentials":{"AccessKeyId":"STS.x","AccessKeySecret":"s","SecurityToken":"t",
            "Expiration":"2026-12-05T10:00:00Z"}})";
        QTest::newRow("complete") << good << true;
        QTest::newRow("no token") << QByteArray(good).replace(R"("SecurityToken":"t",)", "") << false;
        QTest::newRow("no expiration")
                << QByteArray(good).replace(R"("Expiration":"2026-12-05T10:00:00Z")", R"("X":1)") << false;
        QTest::newRow("expiration not a time")
                << QByteArray(good).replace("2026-12-05T10:00:00Z", "tomorrow") << false;
        QTest::newRow("array") << QByteArray("[]") << false;
        QTest::newRow("not json") << QByteArray("<xml/>") << false;
    }
    void readsTheAnswerStrictly()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto parsed = parseAssumeRoleResponse(body);
        QCOMPARE(std::holds_alternative<AssumedRole>(parsed), ok);
        if (ok) {
            const auto &role = std::get<AssumedRole>(parsed);
            QCOMPARE(role.credentials.accessKeyId, u"STS.x"_s);
            QCOMPARE(role.expiration, QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC));
            QCOMPARE(role.assumedRoleArn, u"acs:ram::1:role/r/s"_s);
        } else {
            QVERIFY(!std::get<ParseError>(parsed).message.isEmpty());
        }
    }

    void validatesTheRoleFields()
    {
        RamRole role = demoRole();
        QVERIFY(!role.problem());
        role.roleArn = u"ota-reader"_s;
        QVERIFY(role.problem());
        role = demoRole(899);
        QVERIFY(role.problem());
        role = demoRole(43201);
        QVERIFY(role.problem());
        role = demoRole();
        role.sessionName = u"a"_s;
        QVERIFY(role.problem());
        role.sessionName = u"release.manager@corp"_s;
        QVERIFY(!role.problem());
        role.policy = u"{not json"_s;
        QVERIFY(role.problem());
        QCOMPARE(RamRole::defaultStsEndpoint(u"cn-shanghai"_s),
                 QUrl(u"https://sts.cn-shanghai.aliyuncs.com/"_s));
        role = demoRole();
        QCOMPARE(role.assumeRoleParams(),
                 (QueryPairs {{u"RoleArn"_s, SimSts::demoRoleArn()},
                              {u"RoleSessionName"_s, u"otadash"_s},
                              {u"DurationSeconds"_s, u"3600"_s}}));
    }
};

QTEST_GUILESS_MAIN(tst_StsSession)
#include "tst_stssession.moc"
