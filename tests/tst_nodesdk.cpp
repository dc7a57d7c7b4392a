#include "OtaSimulator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// QT_LOGGING_RULES="otadash.test.nodesdk.debug=true" shows every SDK run.
Q_LOGGING_CATEGORY(lcNodeSdk, "otadash.test.nodesdk", QtInfoMsg)

// The simulated gateway against code we did not write: the official Alibaba Cloud Node SDK
// (@alicloud/iot20180120 on @alicloud/openapi-client, pinned in tests/nodesdk/package.json and installed
// into the build tree by the nodesdk_install fixture) signs with V3 (ACS3-HMAC-SHA256, its default) and V1
// (signatureAlgorithm "v2") and reads the answers into its own models. tests/nodesdk/query.js runs one call
// and prints what the SDK made of it.
namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kUnknownJobId = u"HvKuBpuk3rdk6E92CPnone0200"_s;
constexpr int kNodeTimeoutMs = 30000;

struct SdkRun
{
    bool finished = false;
    int exitCode = -1;
    QJsonObject line; // the one JSON line query.js printed
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

QString nodeExecutable()
{
    return QStringLiteral(OTA_NODE_EXECUTABLE);
}

QString script()
{
    return QStringLiteral(OTA_NODESDK_SCRIPT_DIR "/query.js");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Exactly the Data objects the simulator serves (its own resources), by JobId.
QHash<QString, QJsonObject> servedData()
{
    QHash<QString, QJsonObject> jobs;
    const QJsonObject seed = readJson(u":/otasim/seed_queryotajob.json"_s).value(u"Data").toObject();
    jobs.insert(seed.value(u"JobId").toString(), seed);
    const QJsonArray more = readJson(u":/otasim/fixtures/jobs.json"_s).value(u"Jobs").toArray();
    for (const QJsonValue &value : more)
        jobs.insert(value.toObject().value(u"JobId").toString(), value.toObject());
    return jobs;
}

// A scalar as text, so "500" in a fixture and the SDK's number 500 compare equal.
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return u"<%1>"_s.arg(value.type());
}

// query.js's summary keys (the SDK model's camelCase names) with the model type the SDK casts to.
struct Field
{
    const char *sdkName;
    QJsonValue::Type type;
};
const Field kScalarFields[] = {
        {"jobId", QJsonValue::String},
        {"name", QJsonValue::String},
        {"jobStatus", QJsonValue::String},
        {"jobType", QJsonValue::String},
        {"productKey", QJsonValue::String},
        {"firmwareId", QJsonValue::String},
        {"destVersion", QJsonValue::String},
        {"selectionType", QJsonValue::String},
        {"targetSelection", QJsonValue::String},
        {"grayPercent", QJsonValue::String},
        {"dynamicMode", QJsonValue::Double},
        {"overwriteMode", QJsonValue::Double},
        {"maximumPerMinute", QJsonValue::Double},
        {"retryCount", QJsonValue::Double},
        {"retryInterval", QJsonValue::Double},
        {"timeoutInMinutes", QJsonValue::Double},
        {"needConfirm", QJsonValue::Bool},
        {"needPush", QJsonValue::Bool},
        {"multiModuleMode", QJsonValue::Bool},
        {"downloadProtocol", QJsonValue::String},
        {"utcCreate", QJsonValue::String},
        {"utcModified", QJsonValue::String},
        {"utcStartTime", QJsonValue::String},
        {"utcEndTime", QJsonValue::String},
        {"utcScheduleTime", QJsonValue::String},
        {"utcScheduleFinishTime", QJsonValue::String},
        {"groupId", QJsonValue::String},
        {"groupName", QJsonValue::String},
        {"jobDesc", QJsonValue::String},
};

QString wireName(const char *sdkName)
{
    QString name = QString::fromLatin1(sdkName);
    name[0] = name[0].toUpper();
    return name;
}

// Whether the SDK's model holds every field the simulator served, with the same value and the model's type.
// absentIsAbsent: the JSON path keeps absent fields absent; the XML cast fills absent ones with defaults.
QString differences(const QJsonObject &sdk, const QJsonObject &served, bool absentIsAbsent)
{
    QStringList problems;
    for (const Field &field : kScalarFields) {
        const QString key = QString::fromLatin1(field.sdkName);
        const QString wire = wireName(field.sdkName);
        if (!served.contains(wire)) {
            if (absentIsAbsent && sdk.contains(key))
                problems << u"%1 not served but the SDK has %2"_s.arg(wire, scalarText(sdk.value(key)));
            continue;
        }
        if (!sdk.contains(key)) {
            problems << u"%1 served but missing in the SDK model"_s.arg(wire);
            continue;
        }
        const QJsonValue got = sdk.value(key);
        if (got.type() != field.type)
            problems << u"%1 has JSON type %2 in the SDK model"_s.arg(wire).arg(got.type());
        if (scalarText(got) != scalarText(served.value(wire)))
            problems << u"%1: SDK %2, served %3"_s.arg(wire, scalarText(got), scalarText(served.value(wire)));
    }

    const QJsonArray servedVersions = served.value(u"SrcVersions").toObject().value(u"SrcVersion").toArray();
    if (sdk.value(u"srcVersions").toArray() != servedVersions)
        problems << u"SrcVersions: SDK %1"_s.arg(QString::fromUtf8(
                QJsonDocument(sdk.value(u"srcVersions").toArray()).toJson(QJsonDocument::Compact)));

    QJsonArray servedTags;
    const QJsonArray servedDtos = served.value(u"Tags").toObject().value(u"OtaTagDTO").toArray();
    for (const QJsonValue &tag : servedDtos) {
        servedTags.append(QJsonObject {{u"key"_s, tag.toObject().value(u"Key")},
                                       {u"value"_s, tag.toObject().value(u"Value")}});
    }
    if (sdk.value(u"tags").toArray() != servedTags)
        problems << u"Tags: SDK %1"_s.arg(QString::fromUtf8(
                QJsonDocument(sdk.value(u"tags").toArray()).toJson(QJsonDocument::Compact)));
    if (absentIsAbsent && !served.contains(u"Tags") && sdk.contains(u"tags"))
        problems << u"Tags not served but present in the SDK model"_s;
    return problems.join(u"\n");
}
} // namespace

class TestNodeSdk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void v3ReadsTheSeedBatch();
    void v1ReadsTheSeedBatch();
    void everyServedBatchReadsAsServed_data();
    void everyServedBatchReadsAsServed();
    void xmlBodyCastsToTheSameModel_data();
    void xmlBodyCastsToTheSameModel();
    void stsCredentialsAreAccepted_data();
    void stsCredentialsAreAccepted();
    void wrongSecretIsSignatureDoesNotMatch_data();
    void wrongSecretIsSignatureDoesNotMatch();
    void unknownAccessKeyIsNotFound_data();
    void unknownAccessKeyIsNotFound();
    void unknownBatchIsABusinessError_data();
    void unknownBatchIsABusinessError();

private:
    SdkRun runSdk(const QString &signature, const QString &jobId, const QString &format = u"json"_s,
                  const Credentials &credentials = OtaSimulator::demoCredentials());
    QString hostPort() const;
    std::unique_ptr<OtaSimulator> m_sim;
    QHash<QString, QJsonObject> m_served;
};

void TestNodeSdk::initTestCase()
{
    // Never skipped: CI installs node and npm, so their absence is a failure with a way out.
    const QFileInfo node(nodeExecutable());
    if (!node.isFile() || !node.isExecutable()) {
        QFAIL(qPrintable(u"Node.js was not found when CMake configured the build (NODE_EXECUTABLE=\"%1\"). "
                         "tst_nodesdk drives the official Alibaba Cloud Node SDK: install nodejs and npm "
                         "(packaging/install-deps.sh does), then re-run cmake."_s.arg(nodeExecutable())));
    }
    const QString pinned = readJson(QStringLiteral(OTA_NODESDK_SCRIPT_DIR "/package.json"))
                                   .value(u"dependencies")
                                   .toObject()
                                   .value(u"@alicloud/iot20180120")
                                   .toString();
    QVERIFY(!pinned.isEmpty());
    const QString installed
            = readJson(QStringLiteral(OTA_NODESDK_MODULES "/@alicloud/iot20180120/package.json"))
                      .value(u"version")
                      .toString();
    if (installed != pinned) {
        QFAIL(qPrintable(u"@alicloud/iot20180120 %1 is not installed in %2 (found \"%3\"). Run the test "
                         "through ctest, whose nodesdk_install fixture installs it: ctest -R nodesdk"_s.arg(
                                 pinned, QStringLiteral(OTA_NODESDK_MODULES), installed)));
    }
    m_served = servedData();
    QVERIFY(m_served.contains(kSeedJobId));
    QVERIFY(!m_served.contains(kUnknownJobId));
}

void TestNodeSdk::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    const QStringList ids = m_sim->jobIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(m_served.keyBegin(), m_served.keyEnd()));
}

QString TestNodeSdk::hostPort() const
{
    // The SDK's endpoint is a host, not a URL; it sends it as the Host header and signs it in V3.
    return u"127.0.0.1:%1"_s.arg(m_sim->port());
}

SdkRun TestNodeSdk::runSdk(const QString &signature, const QString &jobId, const QString &format,
                           const Credentials &credentials)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODE_PATH"_s, QStringLiteral(OTA_NODESDK_MODULES));
    // Only what the test passes: no credentials or profile of the machine.
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    environment.remove(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
    environment.remove(u"ALIBABA_CLOUD_PROFILE"_s);
    if (!credentials.securityToken.isEmpty())
        environment.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, credentials.securityToken);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(nodeExecutable(),
                  {script(), hostPort(), credentials.accessKeyId, credentials.accessKeySecret, signature,
                   jobId, format});
    // Wait with the event loop running: the simulator of this process answers meanwhile.
    SdkRun run;
    if (!finished.wait(kNodeTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = process.readAllStandardError();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.line = QJsonDocument::fromJson(run.out.trimmed()).object();
    qCDebug(lcNodeSdk).noquote() << signature << format << jobId << "->" << run.describe();
    return run;
}

void TestNodeSdk::v3ReadsTheSeedBatch()
{
    QSignalSpy handled(m_sim.get(), &OtaSimulator::requestHandled);
    const SdkRun run = runSdk(u"v3"_s, kSeedJobId);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe());
    const QJsonObject &line = run.line;
    QCOMPARE(line.value(u"outcome").toString(), u"response"_s);
    QCOMPARE(line.value(u"statusCode").toInt(), 200);
    QCOMPARE(line.value(u"success").toBool(true), true);
    QVERIFY(!line.value(u"requestId").toString().isEmpty());
    // The gateway repeats the RequestId in the x-acs-request-id response header.
    QCOMPARE(line.value(u"requestIdHeader").toString(), line.value(u"requestId").toString());
    QVERIFY(line.value(u"contentType").toString().startsWith(u"application/json"));
    const QJsonObject data = line.value(u"data").toObject();
    QCOMPARE(data.value(u"jobId").toString(), kSeedJobId);
    QCOMPARE(data.value(u"destVersion").toString(), u"1.0.1"_s);
    QCOMPARE(data.value(u"srcVersions").toArray(),
             QJsonArray {u"1.0.0"_s}); // SrcVersions.SrcVersion[] in the model
    QCOMPARE(data.value(u"jobStatus").toString(), u"IN_PROGRESS"_s);
    QCOMPARE(data.value(u"retryInterval").toInt(), 60);
    QCOMPARE(data.value(u"multiModuleMode").toBool(false), true);
    QCOMPARE(data.value(u"groupId").toString(u"absent"_s), QString()); // served as ""
    QVERIFY(!data.contains(u"utcScheduleTime")); // not served: absent, not empty
    const QString diff = differences(data, m_served.value(kSeedJobId), true);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toString(), u"QueryOTAJob"_s);
    QCOMPARE(handled.at(0).at(1).toString(), QString());
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestNodeSdk::v1ReadsTheSeedBatch()
{
    QSignalSpy handled(m_sim.get(), &OtaSimulator::requestHandled);
    const SdkRun run = runSdk(u"v2"_s, kSeedJobId);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe());
    QCOMPARE(run.line.value(u"statusCode").toInt(), 200);
    QCOMPARE(run.line.value(u"success").toBool(false), true);
    QCOMPARE(run.line.value(u"requestIdHeader").toString(), run.line.value(u"requestId").toString());
    const QJsonObject data = run.line.value(u"data").toObject();
    QCOMPARE(data.value(u"jobId").toString(), kSeedJobId);
    QCOMPARE(data.value(u"destVersion").toString(), u"1.0.1"_s);
    QCOMPARE(data.value(u"srcVersions").toArray(), QJsonArray {u"1.0.0"_s});
    const QString diff = differences(data, m_served.value(kSeedJobId), true);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(1).toString(), QString());
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestNodeSdk::everyServedBatchReadsAsServed_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("jobId");
    const OtaSimulator sim;
    const QStringList ids = sim.jobIds();
    for (const QString &signature : {u"v3"_s, u"v2"_s}) {
        for (const QString &id : ids)
            QTest::addRow("%s %s", qPrintable(signature), qPrintable(id)) << signature << id;
    }
}

void TestNodeSdk::everyServedBatchReadsAsServed()
{
    QFETCH(QString, signature);
    QFETCH(QString, jobId);
    const SdkRun run = runSdk(signature, jobId);
    // The SDK's $tea.cast throws on a field whose type does not fit its model, so exit 0 already says a lot.
    QVERIFY2(run.finished && run.exitCode == 0, run.describe());
    QCOMPARE(run.line.value(u"success").toBool(false), true);
    const QJsonObject data = run.line.value(u"data").toObject();
    QCOMPARE(data.value(u"jobId").toString(), jobId);
    const QString diff = differences(data, m_served.value(jobId), true);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestNodeSdk::xmlBodyCastsToTheSameModel_data()
{
    QTest::addColumn<QString>("jobId");
    QTest::newRow("seed") << kSeedJobId;
    QTest::newRow("gray, tags, CJK") << u"HvKuBpuk3rdk6E92CPgray0200"_s;
    QTest::newRow("numbers as strings") << u"HvKuBpuk3rdk6E92CPodd10200"_s;
}

void TestNodeSdk::xmlBodyCastsToTheSameModel()
{
    // Format=XML through the SDK's callApi (V3), parsed by the SDK's XML reader and cast to its model.
    QFETCH(QString, jobId);
    const SdkRun run = runSdk(u"v3"_s, jobId, u"xml"_s);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe());
    QCOMPARE(run.line.value(u"statusCode").toInt(), 200);
    QVERIFY(run.line.value(u"contentType").toString().startsWith(u"text/xml"));
    QCOMPARE(run.line.value(u"success").toBool(false), true);
    QCOMPARE(run.line.value(u"requestIdHeader").toString(), run.line.value(u"requestId").toString());
    const QJsonObject data = run.line.value(u"data").toObject();
    QCOMPARE(data.value(u"jobId").toString(), jobId);
    const QString diff = differences(data, m_served.value(jobId), false);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestNodeSdk::stsCredentialsAreAccepted_data()
{
    QTest::addColumn<QString>("signature");
    QTest::newRow("v3") << u"v3"_s; // also signs x-acs-accesskey-id and x-acs-security-token
    QTest::newRow("v2") << u"v2"_s; // SecurityToken as a signed query parameter
}

void TestNodeSdk::stsCredentialsAreAccepted()
{
    QFETCH(QString, signature);
    const Credentials sts {u"STS.NUqDpyfqAbCdEf0123456789"_s, u"StsSecretForTheNodeSdkTest01"_s,
                           u"CAIS8wF1q6Ft5B2yfSjIr5bSEsKNm5ZF0r-token-of-the-node-sdk-test"_s};
    m_sim->addAccessKey(sts.accessKeyId, sts.accessKeySecret, sts.securityToken);
    const SdkRun run = runSdk(signature, kSeedJobId, u"json"_s, sts);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe());
    QCOMPARE(run.line.value(u"data").toObject().value(u"jobId").toString(), kSeedJobId);

    // The same key without its token is refused.
    Credentials noToken = sts;
    noToken.securityToken.clear();
    const SdkRun refused = runSdk(signature, kSeedJobId, u"json"_s, noToken);
    QVERIFY2(refused.finished && refused.exitCode == 1, refused.describe());
    QCOMPARE(refused.line.value(u"code").toString(), u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestNodeSdk::wrongSecretIsSignatureDoesNotMatch_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("format");
    QTest::newRow("v3 json") << u"v3"_s << u"json"_s;
    QTest::newRow("v2 json") << u"v2"_s << u"json"_s;
    // openapi-client's V3 path reads an XML <Error> when Content-Type is exactly text/xml;charset=utf-8.
    // (Its V1 path reads every error body as JSON, so there is no v2 xml row.)
    QTest::newRow("v3 xml") << u"v3"_s << u"xml"_s;
}

void TestNodeSdk::wrongSecretIsSignatureDoesNotMatch()
{
    QFETCH(QString, signature);
    QFETCH(QString, format);
    QSignalSpy handled(m_sim.get(), &OtaSimulator::requestHandled);
    Credentials wrong = OtaSimulator::demoCredentials();
    wrong.accessKeySecret = u"not-the-secret"_s;
    const SdkRun run = runSdk(signature, kSeedJobId, format, wrong);
    QVERIFY2(run.finished && run.exitCode == 1, run.describe());
    const QJsonObject &line = run.line;
    QCOMPARE(line.value(u"outcome").toString(), u"error"_s);
    QCOMPARE(line.value(u"code").toString(), u"SignatureDoesNotMatch"_s);
    QCOMPARE(line.value(u"statusCode").toInt(), 400);
    QVERIFY2(line.value(u"message").toString().contains(u"server string to sign is:"), run.describe());
    QVERIFY(!line.value(u"requestId").toString().isEmpty());
    QCOMPARE(line.value(u"hostId").toString(), u"127.0.0.1"_s);
    QVERIFY(line.value(u"recommend").toString().contains(u"q=SignatureDoesNotMatch"));

    // The simulator itself decided so, once: no retry by the SDK, nothing admitted.
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toString(), u"QueryOTAJob"_s);
    QCOMPARE(handled.at(0).at(1).toString(), u"SignatureDoesNotMatch"_s);
    QCOMPARE(m_sim->acceptedCount(), 0);
}

void TestNodeSdk::unknownAccessKeyIsNotFound_data()
{
    QTest::addColumn<QString>("signature");
    QTest::newRow("v3") << u"v3"_s;
    QTest::newRow("v2") << u"v2"_s;
}

void TestNodeSdk::unknownAccessKeyIsNotFound()
{
    QFETCH(QString, signature);
    QSignalSpy handled(m_sim.get(), &OtaSimulator::requestHandled);
    Credentials unknown = OtaSimulator::demoCredentials();
    unknown.accessKeyId = u"LTAI5tNoSuchKeyAnywhere01"_s;
    const SdkRun run = runSdk(signature, kSeedJobId, u"json"_s, unknown);
    QVERIFY2(run.finished && run.exitCode == 1, run.describe());
    QCOMPARE(run.line.value(u"code").toString(), u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(run.line.value(u"statusCode").toInt(), 404);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(1).toString(), u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(m_sim->acceptedCount(), 0);
}

void TestNodeSdk::unknownBatchIsABusinessError_data()
{
    QTest::addColumn<QString>("signature");
    QTest::newRow("v3") << u"v3"_s;
    QTest::newRow("v2") << u"v2"_s;
}

void TestNodeSdk::unknownBatchIsABusinessError()
{
    // HTTP 200 with Success:false: the SDK does not throw, it hands back the body with Code and ErrorMessage.
    QFETCH(QString, signature);
    QSignalSpy handled(m_sim.get(), &OtaSimulator::requestHandled);
    const SdkRun run = runSdk(signature, kUnknownJobId);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe());
    const QJsonObject &line = run.line;
    QCOMPARE(line.value(u"outcome").toString(), u"response"_s);
    QCOMPARE(line.value(u"statusCode").toInt(), 200);
    QCOMPARE(line.value(u"success").toBool(true), false);
    QCOMPARE(line.value(u"code").toString(), u"iot.system.IllegalRequest"_s);
    QVERIFY(!line.value(u"errorMessage").toString().isEmpty());
    QVERIFY(!line.value(u"requestId").toString().isEmpty());
    QCOMPARE(line.value(u"requestIdHeader").toString(), line.value(u"requestId").toString());
    QVERIFY(!line.contains(u"data") || line.value(u"data").isNull());
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(1).toString(), u"iot.system.IllegalRequest"_s);
    QCOMPARE(m_sim->acceptedCount(), 1); // admitted by the gateway, refused by the API
}

QTEST_GUILESS_MAIN(TestNodeSdk)
#include "tst_nodesdk.moc"
