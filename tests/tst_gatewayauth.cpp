#include "GatewayAuth.h"
#include "SignedRequest.h"
#include "SimRequest.h"
#include "util/ManualClock.h"

#include <QTest>

using namespace Qt::StringLiterals;

// otasim's authentication on its own, without HTTP: the official signature vectors of shared/api/REFERENCE.md
// verify as the gateway would, and timestamps and nonces are judged on a ManualClock to the second.
class TestGatewayAuth : public QObject
{
    Q_OBJECT
private slots:
    void acceptsTheOfficialV1Vector();
    void acceptsTheOfficialV3Example();
    void tellsTheServerStringToSignOnAMismatch();
    void checksTheSecurityToken_data();
    void checksTheSecurityToken();
    void acceptsFifteenMinutesOfSkewEitherWay_data();
    void acceptsFifteenMinutesOfSkewEitherWay();
    void rejectsTimestampsInAnotherFormat_data();
    void rejectsTimestampsInAnotherFormat();
    void remembersNoncesForFifteenMinutesPerKey();
    void spendsNoNonceOnARejectedSignature();
};

namespace {
const QDateTime kNow(QDate(2024, 1, 15), QTime(8, 30), Qt::UTC);
const Credentials kTest {u"testid"_s, u"testsecret"_s, {}};

// The request as the simulator decodes it from the wire.
SimRequest received(const SignedRequest::Raw &raw)
{
    SimRequest::Headers headers;
    const QList<QByteArray> names = raw.request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, raw.request.rawHeader(name)});
    return SimRequest::decode(raw.method, raw.request.url().query(QUrl::FullyEncoded).toLatin1(), headers,
                              raw.body);
}

SimRequest v1(const Credentials &credentials, const QDateTime &time,
              const QString &nonce = SignedRequest::newNonce())
{
    const QueryPairs params = SignedRequest::v1Params(
            credentials, u"QueryOTAJob"_s, {{u"JobId"_s, u"HvP7BQ1XWF0iKO2ld5hD0200"_s}}, time, nonce);
    return received(
            SignedRequest::v1Get(QUrl(u"http://127.0.0.1:8080/"_s), params, credentials.accessKeySecret));
}

QString codeOf(const std::optional<GatewayError> &error)
{
    return error ? error->code : QString();
}
} // namespace

void TestGatewayAuth::acceptsTheOfficialV1Vector()
{
    // REFERENCE.md IOT-1, as a client puts it on the wire (the Signature's '=' percent-encoded).
    ManualClock clock(kNow);
    GatewayAuth auth(&clock);
    auth.addAccessKey(u"testid"_s, u"testsecret"_s);
    SimRequest request = SimRequest::decode(
            "GET",
            "AccessKeyId=testid&Action=QueryOTAJob&Format=JSON&JobId=HvP7BQ1XWF0iKO2ld5hD0200&RegionId=cn-"
            "shanghai"
            "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion="
            "1.0"
            "&Timestamp=2024-01-15T08%3A30%3A00Z&Version=2018-01-20&Signature=r4wCSgGWpsgwawtd56BtSP3TMTY%3D",
            {}, {});
    QCOMPARE(codeOf(auth.authenticate(request)), QString());
    QCOMPARE(request.accessKeyId, u"testid"_s);
    QCOMPARE(request.action, u"QueryOTAJob"_s);
    QCOMPARE(request.version, u"2018-01-20"_s);
}

void TestGatewayAuth::acceptsTheOfficialV3Example()
{
    // alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature (RunInstances), as
    // REFERENCE.md section 2 reproduces it.
    ManualClock clock(QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC));
    GatewayAuth auth(&clock);
    auth.addAccessKey(u"YourAccessKeyId"_s, u"YourAccessKeySecret"_s);
    SimRequest request = SimRequest::decode(
            "POST", "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai",
            {{"Host", "ecs.cn-shanghai.aliyuncs.com"},
             {"x-acs-action", "RunInstances"},
             {"x-acs-version", "2014-05-26"},
             {"x-acs-date", "2023-10-26T10:22:32Z"},
             {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
             {"x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
             {"Authorization",
              "ACS3-HMAC-SHA256 "
              "Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
              "x-acs-date;x-acs-signature-nonce;x-acs-version,"
              "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"}},
            {});
    QCOMPARE(codeOf(auth.authenticate(request)), QString());
    QCOMPARE(request.accessKeyId, u"YourAccessKeyId"_s);
    QCOMPARE(request.action, u"RunInstances"_s);
    QCOMPARE(request.version, u"2014-05-26"_s);
}

void TestGatewayAuth::tellsTheServerStringToSignOnAMismatch()
{
    // The DescribeRegions doc vector, with another secret registered: the message carries the documented
    // StringToSign, which the Go SDK compares with its own to tell a wrong secret from a wrong string.
    ManualClock clock(QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC));
    GatewayAuth auth(&clock);
    auth.addAccessKey(u"testid"_s, u"not-the-secret"_s);
    const QByteArray query = "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1"
                             "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
                             "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"
                             "&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D";
    SimRequest wrong = SimRequest::decode("GET", query, {}, {});
    const std::optional<GatewayError> error = auth.authenticate(wrong);
    QVERIFY(error);
    QCOMPARE(error->status, 400);
    QCOMPARE(error->code, u"SignatureDoesNotMatch"_s);
    QVERIFY(error->message.endsWith(
            u"server string to sign is:GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
            u"%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
            u"%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"_s));

    auth.addAccessKey(u"testid"_s, u"testsecret"_s);
    SimRequest right = SimRequest::decode("GET", query, {}, {});
    QCOMPARE(codeOf(auth.authenticate(right)), QString());
}

void TestGatewayAuth::checksTheSecurityToken_data()
{
    QTest::addColumn<bool>("v3");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    for (const bool v3 : {false, true}) {
        const char *style = v3 ? "v3" : "v1";
        QTest::addRow("%s-matching", style) << v3 << u"CAIS-token"_s << QString();
        QTest::addRow("%s-other", style) << v3 << u"CAIS-other"_s << u"InvalidAccessKeyId.NotFound"_s;
        QTest::addRow("%s-none", style) << v3 << QString() << u"InvalidAccessKeyId.NotFound"_s;
    }
}

void TestGatewayAuth::checksTheSecurityToken()
{
    QFETCH(bool, v3);
    QFETCH(QString, token);
    QFETCH(QString, code);
    ManualClock clock(kNow);
    GatewayAuth auth(&clock);
    auth.addAccessKey(u"STS.NUgYrLnoC37mZZCNnAbez2ymv"_s, u"sts-secret"_s, u"CAIS-token"_s);
    const Credentials sts {u"STS.NUgYrLnoC37mZZCNnAbez2ymv"_s, u"sts-secret"_s, token};
    SimRequest request = v3
            ? received(SignedRequest::v3Post(QUrl(u"http://127.0.0.1:8080/"_s), sts, u"QueryOTAJob"_s, {},
                                             {{u"JobId"_s, u"j"_s}}, kNow)
                               .raw)
            : v1(sts, kNow);
    QCOMPARE(codeOf(auth.authenticate(request)), code);
}

void TestGatewayAuth::acceptsFifteenMinutesOfSkewEitherWay_data()
{
    QTest::addColumn<int>("skewSecs");
    QTest::addColumn<QString>("code");
    QTest::newRow("15 min behind") << -900 << QString();
    QTest::newRow("15 min 1 s behind") << -901 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("15 min ahead") << 900 << QString();
    QTest::newRow("15 min 1 s ahead") << 901 << u"InvalidTimeStamp.Expired"_s;
}

void TestGatewayAuth::acceptsFifteenMinutesOfSkewEitherWay()
{
    QFETCH(int, skewSecs);
    QFETCH(QString, code);
    ManualClock clock(kNow);
    GatewayAuth auth(&clock);
    auth.addAccessKey(kTest.accessKeyId, kTest.accessKeySecret);
    SimRequest request = v1(kTest, kNow.addSecs(skewSecs));
    QCOMPARE(codeOf(auth.authenticate(request)), code);
}

void TestGatewayAuth::rejectsTimestampsInAnotherFormat_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::newRow("milliseconds") << u"2024-01-15T08:30:00.000Z"_s;
    QTest::newRow("offset") << u"2024-01-15T16:30:00+08:00"_s;
    QTest::newRow("space") << u"2024-01-15 08:30:00Z"_s;
    QTest::newRow("no zone") << u"2024-01-15T08:30:00"_s;
    QTest::newRow("not a date") << u"2024-13-45T08:30:00Z"_s;
}

void TestGatewayAuth::rejectsTimestampsInAnotherFormat()
{
    QFETCH(QString, timestamp);
    ManualClock clock(kNow);
    GatewayAuth auth(&clock);
    auth.addAccessKey(kTest.accessKeyId, kTest.accessKeySecret);
    QueryPairs params = SignedRequest::v1Params(kTest, u"QueryOTAJob"_s, {{u"JobId"_s, u"j"_s}}, kNow);
    for (auto &[name, value] : params) {
        if (name == u"Timestamp")
            value = timestamp;
    }
    SimRequest request = received(
            SignedRequest::v1Get(QUrl(u"http://127.0.0.1:8080/"_s), params, kTest.accessKeySecret));
    QCOMPARE(codeOf(auth.authenticate(request)), u"InvalidTimeStamp.Format"_s);
}

void TestGatewayAuth::remembersNoncesForFifteenMinutesPerKey()
{
    ManualClock clock(kNow);
    GatewayAuth auth(&clock);
    auth.addAccessKey(kTest.accessKeyId, kTest.accessKeySecret);
    const Credentials other {u"LTAI5tSecondKey000000001"_s, u"second-secret"_s, {}};
    auth.addAccessKey(other.accessKeyId, other.accessKeySecret);
    const QString nonce = u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s;

    SimRequest first = v1(kTest, clock.nowUtc(), nonce);
    QCOMPARE(codeOf(auth.authenticate(first)), QString());
    SimRequest replay = v1(kTest, clock.nowUtc(), nonce);
    QCOMPARE(codeOf(auth.authenticate(replay)), u"SignatureNonceUsed"_s);
    SimRequest otherKey = v1(other, clock.nowUtc(), nonce); // each AccessKey has its own nonces
    QCOMPARE(codeOf(auth.authenticate(otherKey)), QString());
    // Registering the key again keeps the nonces it used.
    auth.addAccessKey(kTest.accessKeyId, kTest.accessKeySecret);

    clock.advanceSecs(15 * 60); // a fresh timestamp, the nonce as old as the memory is long
    SimRequest late = v1(kTest, clock.nowUtc(), nonce);
    QCOMPARE(codeOf(auth.authenticate(late)), u"SignatureNonceUsed"_s);
    clock.advanceSecs(1);
    SimRequest forgotten = v1(kTest, clock.nowUtc(), nonce);
    QCOMPARE(codeOf(auth.authenticate(forgotten)), QString());
}

void TestGatewayAuth::spendsNoNonceOnARejectedSignature()
{
    ManualClock clock(kNow);
    GatewayAuth auth(&clock);
    auth.addAccessKey(kTest.accessKeyId, kTest.accessKeySecret);
    const QString nonce = u"retry-after-a-wrong-secret"_s;
    Credentials wrong = kTest;
    wrong.accessKeySecret = u"not-the-secret"_s;
    SimRequest refused = v1(wrong, kNow, nonce);
    QCOMPARE(codeOf(auth.authenticate(refused)), u"SignatureDoesNotMatch"_s);
    // The signature is checked before the timestamp and the nonce: a stale one still says so.
    SimRequest stale = v1(wrong, kNow.addSecs(-3600), nonce);
    QCOMPARE(codeOf(auth.authenticate(stale)), u"SignatureDoesNotMatch"_s);
    SimRequest retried = v1(kTest, kNow, nonce);
    QCOMPARE(codeOf(auth.authenticate(retried)), QString());
}

QTEST_GUILESS_MAIN(TestGatewayAuth)
#include "tst_gatewayauth.moc"
