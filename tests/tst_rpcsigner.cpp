#include "api/RpcSigner.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QueryPairs)

// Every official vector from shared/api/REFERENCE.md, with the place it was published.
class TestRpcSigner : public QObject
{
    Q_OBJECT
private slots:
    void signsOfficialV1Vectors_data();
    void signsOfficialV1Vectors();
    void computesRawHmacSha1Vectors_data();
    void computesRawHmacSha1Vectors();
    void buildsDocStringToSign();
    void leavesSignatureParameterOutOfV1();
    void signsOfficialV3Example();
    void v3SignsOnlyHostContentTypeAndAcsHeaders();
    void v3DependsOnEverySignedPart();
};

namespace {
QueryPairs describeRegions(const QString &timestampKey)
{
    return {{u"AccessKeyId"_s, u"testid"_s},
            {u"Action"_s, u"DescribeRegions"_s},
            {u"Format"_s, u"XML"_s},
            {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
            {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
            {u"SignatureVersion"_s, u"1.0"_s},
            {timestampKey, u"2016-02-23T12:46:24Z"_s},
            {u"Version"_s, u"2014-05-26"_s}};
}

QueryPairs goComposerParams()
{
    return {{u"AccessKeyId"_s, u"accessKeyId"_s},
            {u"Action"_s, QString()},
            {u"Format"_s, u"JSON"_s},
            {u"RegionId"_s, u"regionId"_s},
            {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
            {u"SignatureNonce"_s, u"MOCK_UUID"_s},
            {u"SignatureType"_s, QString()},
            {u"SignatureVersion"_s, u"1.0"_s},
            {u"Timestamp"_s, u"mock date"_s},
            {u"Version"_s, QString()}};
}
} // namespace

void TestRpcSigner::signsOfficialV1Vectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QueryPairs>("params");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");

    // alibabacloud.com/help/en/sdk/product-overview/rpc-mechanism (DescribeRegions example)
    QTest::newRow("doc-describeregions")
            << QByteArray("GET") << describeRegions(u"Timestamp"_s) << u"testsecret"_s
            << QByteArrayLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    // Older revision of the same doc page, which spells the key TimeStamp
    QTest::newRow("doc-describeregions-TimeStamp")
            << QByteArray("GET") << describeRegions(u"TimeStamp"_s) << u"testsecret"_s
            << QByteArrayLiteral("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
    // aliyun-openapi-cpp-sdk test/core/hmacsha1signer_ut.cc (parameters recovered from its string to sign)
    QTest::newRow("cpp-sdk-hmacsha1signer")
            << QByteArray("GET")
            << QueryPairs {{u"AccessKeyId"_s, u"testid"_s},
                           {u"Action"_s, u"DescribeRegions"_s},
                           {u"Format"_s, u"XML"_s},
                           {u"RegionId"_s, u"region1"_s},
                           {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
                           {u"SignatureNonce"_s, u"NwDAxvLU6tFE0DVb"_s},
                           {u"SignatureVersion"_s, u"1.0"_s},
                           {u"TimeStamp"_s, u"2012-12-26T10:33:56Z"_s},
                           {u"Version"_s, u"2013-01-10"_s}}
            << u"testsecret"_s << QByteArrayLiteral("axE3FUHgDyfm9/+Iep0HpZXrRwE=");
    // alibaba-cloud-sdk-go sdk/auth/rpc_signature_composer_test.go, AccessKey case
    QTest::newRow("go-sdk-composer-ak") << QByteArray("GET") << goComposerParams() << u"accessKeySecret"_s
                                        << QByteArrayLiteral("7loPmFjvDnzOVnQeQNj85S6nFGY=");
    // Same Go test, STS case
    QueryPairs sts = goComposerParams();
    sts.append({u"SecurityToken"_s, u"accessKeyStsToken"_s});
    QTest::newRow("go-sdk-composer-sts") << QByteArray("GET") << sts << u"accessKeySecret"_s
                                         << QByteArrayLiteral("5Nxdcler+ihqWqv0Hr2On4PsBf4=");
    // darabonba-openapi-util ts/test/client.spec.ts and golang/service/service_test.go
    QTest::newRow("darabonba-openapi-util-ts")
            << QByteArray() << QueryPairs {{u"test"_s, u"ok"_s}} << u"accessKeySecret"_s
            << QByteArrayLiteral("jHx/oHoHNrbVfhncHEvPdHXZwHU=");
    // darabonba-openapi-util cpp/tests/main.cpp and python/tests/test_client.py
    QTest::newRow("darabonba-openapi-util-cpp")
            << QByteArray("GET") << QueryPairs {{u"query"_s, u"test"_s}, {u"body"_s, u"test"_s}}
            << u"secret"_s << QByteArrayLiteral("XlUyV4sXjOuX5FnjUz9IF9tm5rU=");
    // REFERENCE.md IOT-1: QueryOTAJob, reproduced with the official SDK's getRPCSignature and pop-core
    QTest::newRow("iot-1-queryotajob")
            << QByteArray("GET")
            << QueryPairs {{u"AccessKeyId"_s, u"testid"_s},
                           {u"Action"_s, u"QueryOTAJob"_s},
                           {u"Format"_s, u"JSON"_s},
                           {u"JobId"_s, u"HvP7BQ1XWF0iKO2ld5hD0200"_s},
                           {u"RegionId"_s, u"cn-shanghai"_s},
                           {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
                           {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
                           {u"SignatureVersion"_s, u"1.0"_s},
                           {u"Timestamp"_s, u"2024-01-15T08:30:00Z"_s},
                           {u"Version"_s, u"2018-01-20"_s}}
            << u"testsecret"_s << QByteArrayLiteral("r4wCSgGWpsgwawtd56BtSP3TMTY=");
}

void TestRpcSigner::signsOfficialV1Vectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QueryPairs, params);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);
    QCOMPARE(RpcSigner::signatureV1(RpcSigner::stringToSignV1(method, params), secret), expected);
}

void TestRpcSigner::computesRawHmacSha1Vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("expected");
    // aliyun-openapi-java-sdk core/src/test/java/com/aliyuncs/auth/signers/HmacSHA1SignerTest.java
    QTest::newRow("java-sdk-hmacsha1signer") << QByteArray("abc~!@#") << QByteArray("sk#$!~~~")
                                             << QByteArrayLiteral("7eV3A584uvdgKVk8Ck8r9ukg1gE=");
    // aliyun-openapi-python-sdk tests/auth/algorithm/test_sha_hmac1.py
    QTest::newRow("python-sdk-sha-hmac1") << u"中文unicode"_s.toUtf8() << QByteArray("secret")
                                          << QByteArrayLiteral("szlfHs3WVaO/HgY3Cg7/uyXDaRw=");
}

void TestRpcSigner::computesRawHmacSha1Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, expected);
    QCOMPARE(RpcSigner::hmacSha1Base64(key, data), expected);
}

void TestRpcSigner::buildsDocStringToSign()
{
    QCOMPARE(RpcSigner::stringToSignV1("GET", describeRegions(u"Timestamp"_s)),
             QByteArrayLiteral(
                     "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26"
                     "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                     "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26"
                     "Version%3D2014-05-26"));
}

void TestRpcSigner::leavesSignatureParameterOutOfV1()
{
    QueryPairs params = describeRegions(u"Timestamp"_s);
    const QByteArray before = RpcSigner::stringToSignV1("GET", params);
    params.append({u"Signature"_s, u"OLeaidS1JvxuMvnyHOwuJ+uX5qY="_s});
    QCOMPARE(RpcSigner::stringToSignV1("GET", params), before);
}

void TestRpcSigner::signsOfficialV3Example()
{
    // alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature (RunInstances example)
    RpcSigner::V3Request request;
    request.httpMethod = "POST";
    request.query = {{u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s},
                     {u"RegionId"_s, u"cn-shanghai"_s}};
    request.hashedPayload = RpcSigner::sha256Hex(QByteArray());
    request.headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
                       {"x-acs-action", "RunInstances"},
                       {"x-acs-version", "2014-05-26"},
                       {"x-acs-date", "2023-10-26T10:22:32Z"},
                       {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                       {"x-acs-content-sha256", request.hashedPayload}};
    QCOMPARE(request.hashedPayload,
             QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray canonical = RpcSigner::canonicalRequestV3(request);
    QCOMPARE(RpcSigner::sha256Hex(canonical),
             QByteArrayLiteral("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    const QByteArray signature
            = RpcSigner::signatureV3(RpcSigner::stringToSignV3(canonical), u"YourAccessKeySecret"_s);
    QCOMPARE(signature,
             QByteArrayLiteral("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(RpcSigner::authorizationV3(u"YourAccessKeyId"_s, RpcSigner::signedHeadersV3(request), signature),
             QByteArrayLiteral("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                               "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                               "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestRpcSigner::v3SignsOnlyHostContentTypeAndAcsHeaders()
{
    RpcSigner::V3Request request;
    request.httpMethod = "POST";
    request.headers = {{"User-Agent", "otadash"},
                       {"X-Acs-Date", " 2024-01-15T08:30:00Z "},
                       {"Content-Type", "application/x-www-form-urlencoded"},
                       {"Host", "127.0.0.1:8080"},
                       {"Accept", "*/*"}};
    QCOMPARE(RpcSigner::signedHeadersV3(request), QByteArrayLiteral("content-type;host;x-acs-date"));
    QVERIFY(RpcSigner::canonicalRequestV3(request).contains("\nx-acs-date:2024-01-15T08:30:00Z\n"));
}

void TestRpcSigner::v3DependsOnEverySignedPart()
{
    RpcSigner::V3Request base;
    base.httpMethod = "POST";
    base.query = {{u"JobId"_s, u"a"_s}};
    base.headers = {{"host", "h"}, {"x-acs-action", "QueryOTAJob"}};
    base.hashedPayload = RpcSigner::sha256Hex("x");
    const QByteArray reference = RpcSigner::canonicalRequestV3(base);

    RpcSigner::V3Request changed = base;
    changed.query = {{u"JobId"_s, u"b"_s}};
    QVERIFY(RpcSigner::canonicalRequestV3(changed) != reference);
    changed = base;
    changed.headers[1].second = "QueryOTAFirmware";
    QVERIFY(RpcSigner::canonicalRequestV3(changed) != reference);
    changed = base;
    changed.hashedPayload = RpcSigner::sha256Hex("y");
    QVERIFY(RpcSigner::canonicalRequestV3(changed) != reference);
    changed = base;
    changed.httpMethod = "GET";
    QVERIFY(RpcSigner::canonicalRequestV3(changed) != reference);
}

QTEST_GUILESS_MAIN(TestRpcSigner)
#include "tst_rpcsigner.moc"
