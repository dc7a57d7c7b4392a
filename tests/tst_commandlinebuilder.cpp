#include "api/CommandLineBuilder.h"
#include "api/TaskListing.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RpcConfig)

namespace {
const QString kSecret = u"sentinel-SECRET-value-Q7"_s;
const QString kToken = u"sentinel-STS-token-Z9"_s;
const QString kKeyId = u"LTAI5tSentinelKeyId0001"_s;

RpcConfig regionConfig(const QString &region)
{
    RpcConfig config;
    config.regionId = region;
    config.endpoint = RpcConfig::regionEndpoint(region);
    config.credentials = {kKeyId, kSecret, kToken};
    return config;
}

RpcConfig customConfig(const QString &url, const QString &region = {})
{
    RpcConfig config;
    config.regionId = region;
    config.endpoint = QUrl(url);
    config.credentials = {kKeyId, kSecret, kToken};
    return config;
}
} // namespace

// "Copy as command": the aliyun and otadash lines that repeat a query, and the task listing shared by
// `otadash-cli tasks` and the CSV export.
class TestCommandLineBuilder : public QObject
{
    Q_OBJECT
private slots:
    void quotesForPosixShells_data();
    void quotesForPosixShells();
    void buildsTheAliyunCommand_data();
    void buildsTheAliyunCommand();
    void buildsTheOtadashCommand_data();
    void buildsTheOtadashCommand();
    void neverContainsASecret();
    void listsEachTaskOnceInWalkOrder();
};

void TestCommandLineBuilder::quotesForPosixShells_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"HvKuBpuk3rdk6E92CPgray0200"_s << u"HvKuBpuk3rdk6E92CPgray0200"_s;
    QTest::newRow("url") << u"https://iot.cn-shanghai.aliyuncs.com/"_s
                         << u"https://iot.cn-shanghai.aliyuncs.com/"_s;
    QTest::newRow("masked-id") << u"HvKuBpuk3rdk6E92CP****0200"_s << u"'HvKuBpuk3rdk6E92CP****0200'"_s;
    QTest::newRow("space") << u"Team A"_s << u"'Team A'"_s;
    QTest::newRow("single-quote") << u"Bob's"_s << u"'Bob'\\''s'"_s;
    QTest::newRow("dollar-backtick") << u"$(rm -rf ~)`x`"_s << u"'$(rm -rf ~)`x`'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("non-ascii") << u"本番"_s << u"'本番'"_s;
}

void TestCommandLineBuilder::quotesForPosixShells()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(CommandLineBuilder::shellQuote(word), quoted);
}

void TestCommandLineBuilder::buildsTheAliyunCommand_data()
{
    QTest::addColumn<RpcConfig>("config");
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("region")
            << regionConfig(u"cn-shanghai"_s) << u"HvKuBpuk3rdk6E92CPgray0200"_s << QString()
            << u"aliyun iot QueryOTAJob --JobId HvKuBpuk3rdk6E92CPgray0200 --region cn-shanghai"_s;
    QTest::newRow("instance")
            << regionConfig(u"ap-northeast-1"_s) << u"HvKuBpuk3rdk6E92CP****0200"_s << u"iot-060a0bi2"_s
            << u"aliyun iot QueryOTAJob --JobId 'HvKuBpuk3rdk6E92CP****0200' --IotInstanceId "
               u"iot-060a0bi2 --region ap-northeast-1"_s;
    QTest::newRow("custom-endpoint") << customConfig(u"https://iot-vpc.cn-beijing.aliyuncs.com/"_s,
                                                     u"cn-beijing"_s)
                                     << u"Job1"_s << QString()
                                     << u"aliyun iot QueryOTAJob --JobId Job1 --region cn-beijing --endpoint "
                                        u"iot-vpc.cn-beijing.aliyuncs.com"_s;
    QTest::newRow("custom-port") << customConfig(u"http://127.0.0.1:8443/"_s) << u"Job1"_s << QString()
                                 << u"aliyun iot QueryOTAJob --JobId Job1 --endpoint 127.0.0.1:8443"_s;
}

void TestCommandLineBuilder::buildsTheAliyunCommand()
{
    QFETCH(RpcConfig, config);
    QFETCH(QString, jobId);
    QFETCH(QString, instanceId);
    QFETCH(QString, expected);
    QCOMPARE(CommandLineBuilder::aliyunQueryOtaJob(config, jobId, instanceId), expected);
}

void TestCommandLineBuilder::buildsTheOtadashCommand_data()
{
    QTest::addColumn<RpcConfig>("config");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("profile") << regionConfig(u"cn-shanghai"_s) << QString() << u"prod"_s
                             << u"otadash-cli query --job-id Job1 --profile prod"_s;
    QTest::newRow("profile-with-spaces")
            << regionConfig(u"cn-shanghai"_s) << QString() << u"Team A's prod"_s
            << u"otadash-cli query --job-id Job1 --profile 'Team A'\\''s prod'"_s;
    QTest::newRow("profile-and-instance")
            << regionConfig(u"cn-shanghai"_s) << u"iot-cn-1"_s << u"prod"_s
            << u"otadash-cli query --job-id Job1 --profile prod --instance-id iot-cn-1"_s;
    QTest::newRow("no-profile-region") << regionConfig(u"us-east-1"_s) << QString() << QString()
                                       << u"otadash-cli query --job-id Job1 --region us-east-1"_s;
    QTest::newRow("no-profile-endpoint")
            << customConfig(u"http://127.0.0.1:8080/"_s) << u"iot-cn-1"_s << QString()
            << u"otadash-cli query --job-id Job1 --endpoint http://127.0.0.1:8080/ "
               u"--instance-id iot-cn-1"_s;
}

void TestCommandLineBuilder::buildsTheOtadashCommand()
{
    QFETCH(RpcConfig, config);
    QFETCH(QString, instanceId);
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    QCOMPARE(CommandLineBuilder::otadashQuery(config, u"Job1"_s, instanceId, profile), expected);
}

void TestCommandLineBuilder::neverContainsASecret()
{
    const QList<RpcConfig> configs {regionConfig(u"cn-shanghai"_s),
                                    customConfig(u"https://iot.example.com:9443/path"_s, u"cn-shanghai"_s)};
    for (const RpcConfig &config : configs) {
        const QStringList lines {CommandLineBuilder::aliyunQueryOtaJob(config, u"Job1"_s, u"iot-1"_s),
                                 CommandLineBuilder::otadashQuery(config, u"Job1"_s, u"iot-1"_s, QString()),
                                 CommandLineBuilder::otadashQuery(config, u"Job1"_s, u"iot-1"_s, u"p"_s)};
        for (const QString &line : lines) {
            QVERIFY2(!line.isEmpty(), "no command");
            for (const QString &secret : {kSecret, kToken, kKeyId})
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }
}

void TestCommandLineBuilder::listsEachTaskOnceInWalkOrder()
{
    const auto task = [](const QString &id, const QString &device, TaskStatus status, qint64 modifiedSecs) {
        TaskInfo info;
        info.taskId = id;
        info.deviceName = device;
        info.taskStatus = status;
        info.taskStatusCode = TaskStatuses::code(status);
        info.utcModified = QDateTime::fromSecsSinceEpoch(modifiedSecs, QTimeZone::utc());
        info.taskDesc = status == TaskStatus::Failed ? u"reset, \"twice\""_s : QString();
        return info;
    };
    TaskListing listing;
    listing.add({task(u"t1"_s, u"b"_s, TaskStatus::Succeeded, 10),
                 task(u"t2"_s, u"a"_s, TaskStatus::InProgress, 10)});
    // t2 moved on to FAILED while the pages were read; an older copy of t1 changes nothing.
    listing.add(
            {task(u"t2"_s, u"a"_s, TaskStatus::Failed, 20), task(u"t1"_s, u"b"_s, TaskStatus::Queued, 5)});
    QCOMPARE(listing.size(), 2);
    const QList<TaskInfo> sorted = listing.sorted();
    QCOMPARE(sorted.at(0).taskId, u"t2"_s); // failures first
    QCOMPARE(sorted.at(0).taskStatusCode, u"FAILED"_s);
    QCOMPARE(sorted.at(1).taskStatusCode, u"SUCCEEDED"_s);
    const QString csv = TaskListing::csv(sorted);
    QVERIFY(csv.startsWith(u"TaskId,DeviceName,TaskStatus,Progress,TaskDesc,"_s));
    QVERIFY(csv.contains(u"t2,a,FAILED,,\"reset, \"\"twice\"\"\","_s));
    QCOMPARE(csv.count(u"\r\n"_s), 3);
}

QTEST_GUILESS_MAIN(TestCommandLineBuilder)
#include "tst_commandlinebuilder.moc"
