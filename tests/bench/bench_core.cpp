// Micro-benchmarks of the hot paths: signing + encoding one request, parsing one QueryOTAJob body.
#include "GeneratedTasks.h"
#include "api/QueryOtaJob.h"
#include "api/RpcClient.h"
#include "api/RpcSigner.h"
#include "models/TaskTableModel.h"
#include "ota/OtaJobParser.h"
#include "util/ManualClock.h"

#include <QElapsedTimer>
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
    // TaskTableModel over 100,000 generated tasks; milliseconds, the median of several runs.
    void taskTableAppend100k();
    void taskTableAppend100Sorted();
    void taskTableSort_data();
    void taskTableSort();
    void taskTableFilter_data();
    void taskTableFilter();

private:
    static QByteArray data(const char *name);
    static QByteArray simFixture(const char *name); // app/sim/fixtures: the samples otasim serves
    void signAndEncode(SignatureVersion version);
    static void loadTasks(TaskTableModel &model, int rows);
    // Times run() after each prepare() and reports the median in milliseconds.
    template<typename Prepare, typename Run>
    static void reportMedianMs(Prepare prepare, Run run, int runs = 7);
};

QByteArray BenchCore::data(const char *name)
{
    QFile file(QStringLiteral(OTA_TEST_DATA "/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray BenchCore::simFixture(const char *name)
{
    QFile file(QStringLiteral(OTA_SIM_FIXTURES "/") + QString::fromLatin1(name));
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
    const QByteArray body = simFixture("seed_queryotajob.json");
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

void BenchCore::loadTasks(TaskTableModel &model, int rows)
{
    for (int first = 0; first < rows; first += 100)
        model.appendTasks(GeneratedTasks::page(first, qMin(100, rows - first)));
}

template<typename Prepare, typename Run> void BenchCore::reportMedianMs(Prepare prepare, Run run, int runs)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        run();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    QTest::setBenchmarkResult(samples.at(samples.size() / 2), QTest::WalltimeMilliseconds);
}

// 1,000 pages of 100, as the loader hands them over; the pages are made beforehand.
void BenchCore::taskTableAppend100k()
{
    QList<QList<TaskInfo>> pages;
    for (int first = 0; first < 100000; first += 100)
        pages.append(GeneratedTasks::page(first, 100));
    TaskTableModel model;
    reportMedianMs([&model] { model.clear(); },
                   [&] {
                       for (const QList<TaskInfo> &page : std::as_const(pages))
                           model.appendTasks(page);
                   },
                   5);
    QCOMPARE(model.totalRows(), 100000);
}

// One more page while 100,000 rows are shown sorted by device name: each new row goes to its place.
void BenchCore::taskTableAppend100Sorted()
{
    TaskTableModel model;
    loadTasks(model, 100000);
    model.sort(TaskTableModel::DeviceName, Qt::AscendingOrder);
    int next = 100000;
    QList<TaskInfo> page;
    reportMedianMs(
            [&] {
                page = GeneratedTasks::page(next, 100);
                next += 100;
            },
            [&] { model.appendTasks(page); });
    QCOMPARE(model.rowCount(), next);
}

void BenchCore::taskTableSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const std::pair<const char *, int> columns[] = {{"device name", TaskTableModel::DeviceName},
                                                    {"status", TaskTableModel::Status},
                                                    {"progress", TaskTableModel::Progress},
                                                    {"modified", TaskTableModel::Modified}};
    for (const auto &[name, column] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

// From load order (scrambled device names) to sorted, 100,000 rows.
void BenchCore::taskTableSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    TaskTableModel model;
    loadTasks(model, 100000);
    reportMedianMs([&model] { model.sort(-1); }, [&] { model.sort(column, order); });
    QCOMPARE(model.sortColumn(), column);
}

void BenchCore::taskTableFilter_data()
{
    QTest::addColumn<quint8>("statuses");
    QTest::addColumn<QString>("name");
    QTest::newRow("status failed") << TaskStatuses::bit(TaskStatus::Failed) << QString();
    QTest::newRow("status unfinished")
            << quint8(TaskStatuses::bit(TaskStatus::Confirm) | TaskStatuses::bit(TaskStatus::Queued)
                      | TaskStatuses::bit(TaskStatus::Notified) | TaskStatuses::bit(TaskStatus::InProgress))
            << QString();
    QTest::newRow("name substring") << TaskStatuses::kAllBits << u"0042"_s;
    QTest::newRow("name substring, sorted") << TaskStatuses::kAllBits << u"DEV-01"_s;
}

// From no filter to the filter, 100,000 rows.
void BenchCore::taskTableFilter()
{
    QFETCH(quint8, statuses);
    QFETCH(QString, name);
    TaskTableModel model;
    loadTasks(model, 100000);
    if (QByteArray(QTest::currentDataTag()).endsWith("sorted"))
        model.sort(TaskTableModel::Modified, Qt::DescendingOrder);
    reportMedianMs(
            [&model] {
                model.setStatusFilter(TaskStatuses::kAllBits);
                model.setNameFilter(QString());
            },
            [&] {
                model.setStatusFilter(statuses);
                model.setNameFilter(name);
            });
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 100000);
}

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
