// Micro-benchmarks of the hot paths: signing + encoding one request, parsing one QueryOTAJob body.
#include "api/QueryOtaJob.h"
#include "api/RpcClient.h"
#include "api/RpcSigner.h"
#include "ota/OtaJobParser.h"
#include "util/Clock.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

class BenchCore : public QObject
{
    Q_OBJECT
private slots:
    void signAndEncodeV1();
    void signAndEncodeV3();
    void signOnlyV1();
    void signOnlyV3();
    void parseSeedJson();
    void parseSeedXml();

private:
    static QByteArray data(const char *name);
    void signAndEncode(SignatureVersion version);
};

QByteArray BenchCore::data(const char *name)
{
    QFile file(QStringLiteral(OTA_TEST_DATA "/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void BenchCore::signAndEncode(SignatureVersion version)
{
    QNetworkAccessManager network;
    RpcClient client(&network);
    ManualClock clock(QDateTime(QDate(2024, 1, 15), QTime(8, 30), Qt::UTC));
    client.setClock(&clock);
    client.setNonceSource([] { return u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s; });
    RpcConfig config;
    config.endpoint = RpcConfig::regionEndpoint(u"cn-shanghai"_s);
    config.regionId = u"cn-shanghai"_s;
    config.credentials = {u"testid"_s, u"testsecret"_s, {}};
    config.signature = version;
    const QueryPairs params = QueryOtaJob::params(u"HvKuBpuk3rdk6E92CP****0200"_s, u"iot-cn-0pp1n8t****"_s);
    QByteArray signature;
    QBENCHMARK
    {
        signature = client.prepare(config, QueryOtaJob::kAction, params).stringToSign;
    }
    QVERIFY(!signature.isEmpty());
}

void BenchCore::signAndEncodeV1()
{
    signAndEncode(SignatureVersion::V1);
}

void BenchCore::signAndEncodeV3()
{
    signAndEncode(SignatureVersion::V3);
}

// The signature alone: canonical query, string to sign, HMAC, over the parameters of one QueryOTAJob.
void BenchCore::signOnlyV1()
{
    const QueryPairs params {{u"AccessKeyId"_s, u"testid"_s},
                             {u"Action"_s, u"QueryOTAJob"_s},
                             {u"Format"_s, u"JSON"_s},
                             {u"JobId"_s, u"HvKuBpuk3rdk6E92CP****0200"_s},
                             {u"RegionId"_s, u"cn-shanghai"_s},
                             {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
                             {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
                             {u"SignatureVersion"_s, u"1.0"_s},
                             {u"Timestamp"_s, u"2024-01-15T08:30:00Z"_s},
                             {u"Version"_s, u"2018-01-20"_s}};
    QByteArray signature;
    QBENCHMARK
    {
        signature = RpcSigner::signatureV1(RpcSigner::stringToSignV1("POST", params), u"testsecret"_s);
    }
    QCOMPARE(signature.size(), 28);
}

void BenchCore::signOnlyV3()
{
    RpcSigner::V3Request request;
    request.httpMethod = "POST";
    request.query = {{u"Format"_s, u"JSON"_s},
                     {u"JobId"_s, u"HvKuBpuk3rdk6E92CP****0200"_s},
                     {u"RegionId"_s, u"cn-shanghai"_s}};
    request.headers = {{"host", "iot.cn-shanghai.aliyuncs.com"},
                       {"x-acs-action", "QueryOTAJob"},
                       {"x-acs-version", "2018-01-20"},
                       {"x-acs-date", "2024-01-15T08:30:00Z"},
                       {"x-acs-signature-nonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"}};
    QByteArray signature;
    QBENCHMARK
    {
        request.hashedPayload = RpcSigner::sha256Hex(QByteArray());
        signature = RpcSigner::signatureV3(RpcSigner::stringToSignV3(RpcSigner::canonicalRequestV3(request)),
                                           u"testsecret"_s);
    }
    QCOMPARE(signature.size(), 64);
}

void BenchCore::parseSeedJson()
{
    const QByteArray body = data("seed_queryotajob.json");
    QVERIFY(!body.isEmpty());
    QBENCHMARK
    {
        const auto parsed = parseQueryOtaJobJson(body);
        QVERIFY(std::holds_alternative<ParsedQueryOtaJob>(parsed));
    }
}

void BenchCore::parseSeedXml()
{
    const QByteArray body = data("seed_queryotajob.xml");
    QVERIFY(!body.isEmpty());
    QBENCHMARK
    {
        const auto parsed = parseQueryOtaJobXml(body);
        QVERIFY(std::holds_alternative<ParsedQueryOtaJob>(parsed));
    }
}

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
