#include "OtaSimulator.h"
#include "SignedRequest.h"
#include "SimFixture.h"
#include "SimFleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QueryPairs)

// The list APIs of otasim (QueryProductList, ListOTAFirmware, ListOTAJobByFirmware, ListOTATaskByJob,
// QueryOTAFirmware) and the generated fleet behind them, through the same gateway checks as QueryOTAJob.
class TestOtaSimulatorLists : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listsProductsInPages();
    void listsFirmwareWithPagingBesideSuccess();
    void queriesFirmwareWithDownloadDetails();
    void listsTwoHundredFiftyBatchesOfOneFirmware();
    void discoversEveryBatchAndQueryOtaJobAgrees();
    void listsTasksOfTheBigBatchInPages();
    void filtersTasksByStatusInTheDocumentedMix();
    void pagesThroughAFilteredStatus();
    void deviceNamesOverridePaging();
    void smallBatchesMatchTheirJobStatus();
    void reportsAChangedJobStatus();
    void refusesBadPaging_data();
    void refusesBadPaging();
    void acceptsPagingLimits_data();
    void acceptsPagingLimits();
    void rejectsMissingParameters_data();
    void rejectsMissingParameters();
    void reportsUnknownFirmwareAndBatch_data();
    void reportsUnknownFirmwareAndBatch();
    void refusesUnsignedOrBadlySignedListRequests_data();
    void refusesUnsignedOrBadlySignedListRequests();
    void servesListsSignedWithV3();
    void servesListsAsXmlWithRepeatedElements();
    void rateLimitSpansActions();
    void faultsApplyToEveryAction_data();
    void faultsApplyToEveryAction();

private:
    using Reply = SimFixture::Reply;

    // Every page of a list, PageSize pageSize: the items under the given path, in order.
    QJsonArray allItems(const QString &action, const QueryPairs &operation, int pageSize,
                        const QStringList &path);

    std::unique_ptr<SimFixture> m_fx;
};

namespace {
const QDateTime kNow = SimFixture::defaultNow();
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kSeedFirmwareId = u"UfuxnwygsuSkVE0VCN****0100"_s;

QueryPairs page(int currentPage, int pageSize, QueryPairs more = {})
{
    more.append({u"CurrentPage"_s, QString::number(currentPage)});
    more.append({u"PageSize"_s, QString::number(pageSize)});
    return more;
}

QJsonValue at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// Every key is one the SDK model has, and every key of required is there.
bool keysWithin(const QJsonObject &object, const QStringList &allowed, const QStringList &required)
{
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        if (!allowed.contains(key))
            return false;
    }
    for (const QString &key : required) {
        if (!object.contains(key))
            return false;
    }
    return true;
}

const QStringList kTaskFields {u"DestVersion"_s, u"DeviceName"_s, u"FirmwareId"_s,  u"IotId"_s,
                               u"JobId"_s,       u"ProductKey"_s, u"ProductName"_s, u"Progress"_s,
                               u"SrcVersion"_s,  u"TaskDesc"_s,   u"TaskId"_s,      u"TaskStatus"_s,
                               u"Timeout"_s,     u"UtcCreate"_s,  u"UtcModified"_s};
const QStringList kJobSummaryFields {u"FirmwareId"_s,      u"JobId"_s,      u"JobStatus"_s,
                                     u"JobType"_s,         u"ProductKey"_s, u"SelectionType"_s,
                                     u"TargetSelection"_s, u"UtcCreate"_s,  u"UtcModified"_s,
                                     u"UtcStartTime"_s,    u"UtcEndTime"_s, u"Tags"_s};
const QStringList kFirmwareFields {u"DestVersion"_s,  u"FirmwareDesc"_s, u"FirmwareId"_s, u"FirmwareName"_s,
                                   u"FirmwareSign"_s, u"FirmwareSize"_s, u"ModuleName"_s, u"ProductKey"_s,
                                   u"ProductName"_s,  u"SignMethod"_s,   u"SrcVersion"_s, u"Status"_s,
                                   u"Type"_s,         u"UtcCreate"_s,    u"UtcModified"_s};
} // namespace

void TestOtaSimulatorLists::init()
{
    m_fx = std::make_unique<SimFixture>();
    QVERIFY(m_fx->listening());
    m_fx->sim().setRateLimit(0); // many requests per test; rateLimitSpansActions sets its own
}

void TestOtaSimulatorLists::cleanup()
{
    m_fx.reset();
}

QJsonArray TestOtaSimulatorLists::allItems(const QString &action, const QueryPairs &operation, int pageSize,
                                           const QStringList &path)
{
    QJsonArray items;
    for (int current = 1;; ++current) {
        const Reply reply = m_fx->call(action, page(current, pageSize, operation));
        if (reply.status != 200 || !reply.json().value(u"Success").toBool())
            return {};
        const QJsonArray pageItems = at(reply.json(), path).toArray();
        for (const QJsonValue &item : pageItems)
            items.append(item);
        // QueryProductList has its paging inside Data, the others beside Success.
        const QJsonObject paging
                = action == u"QueryProductList" ? reply.json().value(u"Data").toObject() : reply.json();
        if (current >= paging.value(u"PageCount").toInt())
            return items;
    }
}

void TestOtaSimulatorLists::listsProductsInPages()
{
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    const Reply first = m_fx->call(u"QueryProductList"_s, page(1, 3));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.contentType, QByteArray("application/json;charset=utf-8"));
    QCOMPARE(sortedKeys(first.json()), (QStringList {u"Data"_s, u"RequestId"_s, u"Success"_s}));
    QCOMPARE(handled.last(), (QVariantList {u"QueryProductList"_s, QString()}));
    // Paging inside Data, as the SDK's QueryProductListResponseBodyData has it.
    const QJsonObject data = first.json().value(u"Data").toObject();
    QCOMPARE(sortedKeys(data),
             (QStringList {u"CurrentPage"_s, u"List"_s, u"PageCount"_s, u"PageSize"_s, u"Total"_s}));
    const int total = data.value(u"Total").toInt();
    QVERIFY(total >= 3);
    QCOMPARE(data.value(u"PageCount").toInt(), (total + 2) / 3);
    QCOMPARE(data.value(u"CurrentPage").toInt(), 1);
    QCOMPARE(data.value(u"PageSize").toInt(), 3);

    const QJsonArray products
            = allItems(u"QueryProductList"_s, {}, 3, {u"Data"_s, u"List"_s, u"ProductInfo"_s});
    QCOMPARE(products.size(), total);
    const Reply last = m_fx->call(u"QueryProductList"_s, page(data.value(u"PageCount").toInt(), 3));
    QCOMPARE(at(last.json(), {u"Data"_s, u"List"_s, u"ProductInfo"_s}).toArray().size(),
             total % 3 == 0 ? 3 : total % 3);
    const Reply beyond = m_fx->call(u"QueryProductList"_s, page(99, 3));
    QCOMPARE(at(beyond.json(), {u"Data"_s, u"List"_s, u"ProductInfo"_s}).toArray().size(), 0);
    QCOMPARE(at(beyond.json(), {u"Data"_s, u"Total"_s}).toInt(), total);

    QSet<QString> keys;
    for (const QJsonValue &value : products) {
        const QJsonObject product = value.toObject();
        QCOMPARE(sortedKeys(product),
                 (QStringList {u"AuthType"_s, u"DataFormat"_s, u"Description"_s, u"DeviceCount"_s,
                               u"GmtCreate"_s, u"NodeType"_s, u"ProductKey"_s, u"ProductName"_s}));
        QVERIFY(product.value(u"DataFormat").isDouble());
        QVERIFY(product.value(u"DeviceCount").isDouble());
        QVERIFY(product.value(u"NodeType").isDouble());
        QVERIFY(product.value(u"GmtCreate").toDouble() > 1.5e12); // epoch ms
        keys.insert(product.value(u"ProductKey").toString());
    }
    QCOMPARE(keys.size(), total);
    QVERIFY(keys.contains(SimFleet::multiFirmwareProductKey()));
}

void TestOtaSimulatorLists::listsFirmwareWithPagingBesideSuccess()
{
    const Reply reply = m_fx->call(u"ListOTAFirmware"_s,
                                   page(1, 100, {{u"ProductKey"_s, SimFleet::multiFirmwareProductKey()}}));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    // Paging at the top level beside Success, as the SDK's ListOTAFirmwareResponseBody has it.
    QCOMPARE(sortedKeys(body),
             (QStringList {u"CurrentPage"_s, u"FirmwareInfo"_s, u"PageCount"_s, u"PageSize"_s, u"RequestId"_s,
                           u"Success"_s, u"Total"_s}));
    const QJsonArray firmware = at(body, {u"FirmwareInfo"_s, u"SimpleFirmwareInfo"_s}).toArray();
    QVERIFY(firmware.size() >= 5);
    QCOMPARE(body.value(u"Total").toInt(), firmware.size());
    QCOMPARE(body.value(u"PageCount").toInt(), 1);
    QSet<QString> ids;
    QSet<QString> versions;
    for (const QJsonValue &value : firmware) {
        const QJsonObject fw = value.toObject();
        QVERIFY2(keysWithin(fw, kFirmwareFields, kFirmwareFields.mid(0, 10)),
                 qPrintable(fw.keys().join(u',')));
        QCOMPARE(fw.value(u"ProductKey").toString(), SimFleet::multiFirmwareProductKey());
        QVERIFY(fw.value(u"FirmwareSize").isDouble());
        QVERIFY(fw.value(u"Status").isDouble());
        QVERIFY(fw.value(u"Type").isDouble());
        QCOMPARE(fw.contains(u"SrcVersion"), fw.value(u"Type").toInt() == 1); // differential packages only
        ids.insert(fw.value(u"FirmwareId").toString());
        versions.insert(fw.value(u"DestVersion").toString());
    }
    QCOMPARE(versions.size(), firmware.size());
    QVERIFY(ids.contains(kSeedFirmwareId));
    QVERIFY(ids.contains(SimFleet::manyJobsFirmwareId()));

    // Two per page: the last page holds the rest.
    const Reply second = m_fx->call(u"ListOTAFirmware"_s,
                                    page(2, 2, {{u"ProductKey"_s, SimFleet::multiFirmwareProductKey()}}));
    QCOMPARE(second.json().value(u"PageCount").toInt(), (firmware.size() + 1) / 2);
    QCOMPARE(at(second.json(), {u"FirmwareInfo"_s, u"SimpleFirmwareInfo"_s}).toArray().at(0), firmware.at(2));
    // DestVersion narrows it; no ProductKey lists every product's firmware.
    const Reply byVersion = m_fx->call(
            u"ListOTAFirmware"_s,
            page(1, 100,
                 {{u"ProductKey"_s, SimFleet::multiFirmwareProductKey()}, {u"DestVersion"_s, u"1.0.1"_s}}));
    const QJsonArray one = at(byVersion.json(), {u"FirmwareInfo"_s, u"SimpleFirmwareInfo"_s}).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).toObject().value(u"FirmwareId").toString(), kSeedFirmwareId);
    QVERIFY(m_fx->call(u"ListOTAFirmware"_s, page(1, 100)).json().value(u"Total").toInt() > firmware.size());
    QCOMPARE(m_fx->call(u"ListOTAFirmware"_s, page(1, 10, {{u"ProductKey"_s, u"a1NoSuchProd"_s}}))
                     .json()
                     .value(u"Total")
                     .toInt(),
             0);
}

void TestOtaSimulatorLists::queriesFirmwareWithDownloadDetails()
{
    const Reply reply = m_fx->call(u"QueryOTAFirmware"_s, {{u"FirmwareId"_s, kSeedFirmwareId}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(sortedKeys(reply.json()), (QStringList {u"FirmwareInfo"_s, u"RequestId"_s, u"Success"_s}));
    const QJsonObject info = reply.json().value(u"FirmwareInfo").toObject();
    QVERIFY(info.value(u"FirmwareUrl").toString().startsWith(u"https://"));
    QVERIFY(info.value(u"VerifyProgress").isDouble());
    // Everything the list says about it, the same.
    const Reply list = m_fx->call(u"ListOTAFirmware"_s, page(1, 100, {{u"DestVersion"_s, u"1.0.1"_s}}));
    const QJsonArray listed = at(list.json(), {u"FirmwareInfo"_s, u"SimpleFirmwareInfo"_s}).toArray();
    QJsonObject simple;
    for (const QJsonValue &value : listed) {
        if (value.toObject().value(u"FirmwareId").toString() == kSeedFirmwareId)
            simple = value.toObject();
    }
    QVERIFY(!simple.isEmpty());
    for (auto it = simple.constBegin(); it != simple.constEnd(); ++it)
        QCOMPARE(info.value(it.key()), it.value());
}

void TestOtaSimulatorLists::listsTwoHundredFiftyBatchesOfOneFirmware()
{
    const QueryPairs firmware {{u"FirmwareId"_s, SimFleet::manyJobsFirmwareId()}};
    const Reply first = m_fx->call(u"ListOTAJobByFirmware"_s, page(1, 200, firmware));
    QCOMPARE(first.status, 200);
    QCOMPARE(sortedKeys(first.json()),
             (QStringList {u"CurrentPage"_s, u"Data"_s, u"PageCount"_s, u"PageSize"_s, u"RequestId"_s,
                           u"Success"_s, u"Total"_s}));
    QCOMPARE(first.json().value(u"Total").toInt(), SimFleet::kManyJobsCount);
    QCOMPARE(first.json().value(u"PageCount").toInt(), 2);
    QCOMPARE(at(first.json(), {u"Data"_s, u"SimpleOTAJobInfo"_s}).toArray().size(), 200);
    const Reply second = m_fx->call(u"ListOTAJobByFirmware"_s, page(2, 200, firmware));
    QCOMPARE(second.json().value(u"CurrentPage").toInt(), 2);
    QCOMPARE(at(second.json(), {u"Data"_s, u"SimpleOTAJobInfo"_s}).toArray().size(), 50);

    const QJsonArray jobs
            = allItems(u"ListOTAJobByFirmware"_s, firmware, 30, {u"Data"_s, u"SimpleOTAJobInfo"_s});
    QCOMPARE(jobs.size(), SimFleet::kManyJobsCount);
    QSet<QString> ids;
    QSet<QString> statuses;
    QSet<QString> types;
    QSet<QString> targets;
    int tagged = 0;
    QString previousCreate = u"9999"_s;
    for (const QJsonValue &value : jobs) {
        const QJsonObject job = value.toObject();
        QVERIFY2(keysWithin(job, kJobSummaryFields, kJobSummaryFields.mid(0, 10)),
                 qPrintable(job.keys().join(u',')));
        QCOMPARE(job.value(u"FirmwareId").toString(), SimFleet::manyJobsFirmwareId());
        QCOMPARE(job.value(u"ProductKey").toString(), SimFleet::multiFirmwareProductKey());
        ids.insert(job.value(u"JobId").toString());
        statuses.insert(job.value(u"JobStatus").toString());
        types.insert(job.value(u"JobType").toString());
        targets.insert(job.value(u"TargetSelection").toString());
        if (job.contains(u"Tags")) {
            ++tagged;
            QVERIFY(!at(job, {u"Tags"_s, u"OtaTagDTO"_s}).toArray().isEmpty());
        }
        const QString created = job.value(u"UtcCreate").toString();
        QVERIFY(created <= previousCreate); // newest first
        previousCreate = created;
    }
    QCOMPARE(ids.size(), SimFleet::kManyJobsCount);
    QVERIFY(ids.contains(SimFleet::bigJobId()));
    QCOMPARE(statuses, (QSet<QString> {u"PLANNED"_s, u"IN_PROGRESS"_s, u"COMPLETED"_s, u"CANCELED"_s}));
    QCOMPARE(types, (QSet<QString> {u"UPGRADE_FIRMWARE"_s, u"VERIFY_FIRMWARE"_s}));
    QCOMPARE(targets.size(), 3);
    QVERIFY(tagged > 10 && tagged < SimFleet::kManyJobsCount);
}

void TestOtaSimulatorLists::discoversEveryBatchAndQueryOtaJobAgrees()
{
    // products -> firmware -> batches -> QueryOTAJob, as a client discovers them.
    QSet<QString> discovered;
    const QJsonArray products
            = allItems(u"QueryProductList"_s, {}, 200, {u"Data"_s, u"List"_s, u"ProductInfo"_s});
    QVERIFY(!products.isEmpty());
    for (const QJsonValue &product : products) {
        const QJsonArray firmware = allItems(
                u"ListOTAFirmware"_s, {{u"ProductKey"_s, product.toObject().value(u"ProductKey").toString()}},
                100, {u"FirmwareInfo"_s, u"SimpleFirmwareInfo"_s});
        for (const QJsonValue &fw : firmware) {
            const QJsonArray jobs
                    = allItems(u"ListOTAJobByFirmware"_s,
                               {{u"FirmwareId"_s, fw.toObject().value(u"FirmwareId").toString()}}, 200,
                               {u"Data"_s, u"SimpleOTAJobInfo"_s});
            for (const QJsonValue &value : jobs) {
                const QJsonObject summary = value.toObject();
                const QString jobId = summary.value(u"JobId").toString();
                QVERIFY(!discovered.contains(jobId));
                discovered.insert(jobId);
                const Reply reply = m_fx->call(u"QueryOTAJob"_s, {{u"JobId"_s, jobId}});
                QCOMPARE(reply.status, 200);
                const QJsonObject data = reply.json().value(u"Data").toObject();
                for (auto it = summary.constBegin(); it != summary.constEnd(); ++it)
                    QVERIFY2(data.value(it.key()) == it.value(), qPrintable(jobId + u' ' + it.key()));
                for (const QString &field : kJobSummaryFields)
                    QCOMPARE(summary.contains(field), data.contains(field));
                QCOMPARE(data.value(u"FirmwareId"), fw.toObject().value(u"FirmwareId"));
                QCOMPARE(data.value(u"DestVersion"), fw.toObject().value(u"DestVersion"));
            }
        }
    }
    const QStringList fixtures = m_fx->sim().jobIds();
    QCOMPARE(fixtures.size(), 7);
    QCOMPARE(fixtures.first(), kSeedJobId);
    for (const QString &id : fixtures)
        QVERIFY2(discovered.contains(id), qPrintable(id));
    const QStringList generated = m_fx->sim().fleet().generatedJobIds();
    QCOMPARE(discovered.size(), fixtures.size() + generated.size());
    QCOMPARE(generated.mid(0, SimFleet::kManyJobsCount),
             m_fx->sim().fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId()));
}

void TestOtaSimulatorLists::listsTasksOfTheBigBatchInPages()
{
    const QueryPairs job {{u"JobId"_s, SimFleet::bigJobId()}};
    const Reply first = m_fx->call(u"ListOTATaskByJob"_s, page(1, 100, job));
    QCOMPARE(first.status, 200);
    const QJsonObject body = first.json();
    QCOMPARE(sortedKeys(body),
             (QStringList {u"CurrentPage"_s, u"Data"_s, u"PageCount"_s, u"PageSize"_s, u"RequestId"_s,
                           u"Success"_s, u"Total"_s}));
    QCOMPARE(body.value(u"Total").toInt(), SimFleet::kBigJobTaskCount);
    QCOMPARE(body.value(u"PageCount").toInt(), 1000);
    const QJsonArray tasks = at(body, {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray();
    QCOMPARE(tasks.size(), 100);
    QCOMPARE(tasks.first().toObject().value(u"DeviceName").toString(), u"dev-000001"_s);
    const QJsonObject batch = m_fx->sim().fleet().job(SimFleet::bigJobId()).value_or(QJsonObject());
    QSet<QString> taskIds;
    QSet<QString> iotIds;
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        QVERIFY2(keysWithin(task, kTaskFields,
                            kTaskFields.mid(0, 9)
                                    + QStringList {u"TaskId"_s, u"TaskStatus"_s, u"Timeout"_s, u"UtcCreate"_s,
                                                   u"UtcModified"_s}),
                 qPrintable(task.keys().join(u',')));
        for (const QString &field : kTaskFields)
            QVERIFY(task.value(field).isString() || !task.contains(field)); // Progress and Timeout too
        QCOMPARE(task.value(u"JobId").toString(), SimFleet::bigJobId());
        QCOMPARE(task.value(u"FirmwareId"), batch.value(u"FirmwareId"));
        QCOMPARE(task.value(u"DestVersion"), batch.value(u"DestVersion"));
        QCOMPARE(task.value(u"Timeout").toString(),
                 QString::number(batch.value(u"TimeoutInMinutes").toInt()));
        QVERIFY(QDateTime::fromString(task.value(u"UtcModified").toString(), Qt::ISODateWithMs)
                >= QDateTime::fromString(task.value(u"UtcCreate").toString(), Qt::ISODateWithMs));
        taskIds.insert(task.value(u"TaskId").toString());
        iotIds.insert(task.value(u"IotId").toString());
    }
    // The last page, 100000 = CurrentPage x PageSize, is still allowed and ends with the last device.
    const Reply last = m_fx->call(u"ListOTATaskByJob"_s, page(1000, 100, job));
    QCOMPARE(last.status, 200);
    const QJsonArray lastTasks = at(last.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray();
    QCOMPARE(lastTasks.size(), 100);
    QCOMPARE(lastTasks.last().toObject().value(u"DeviceName").toString(), u"dev-100000"_s);
    for (const QJsonValue &value : lastTasks) {
        taskIds.insert(value.toObject().value(u"TaskId").toString());
        iotIds.insert(value.toObject().value(u"IotId").toString());
    }
    QCOMPARE(taskIds.size(), 200);
    QCOMPARE(iotIds.size(), 200);
    // The same page twice is the same page (the fleet is deterministic).
    QCOMPARE(at(m_fx->call(u"ListOTATaskByJob"_s, page(1, 100, job)).json(),
                {u"Data"_s, u"SimpleOTATaskInfo"_s}),
             QJsonValue(tasks));
}

void TestOtaSimulatorLists::filtersTasksByStatusInTheDocumentedMix()
{
    const QMap<QString, int> expected {
            {u"SUCCEEDED"_s, 78000}, {u"FAILED"_s, 6000},  {u"IN_PROGRESS"_s, 5000}, {u"QUEUED"_s, 4000},
            {u"NOTIFIED"_s, 3000},   {u"CONFIRM"_s, 2000}, {u"CANCELED"_s, 2000}};
    QCOMPARE(SimFleet::taskStatuses().size(), expected.size());
    int sum = 0;
    for (const QString &status : SimFleet::taskStatuses()) {
        const Reply reply
                = m_fx->call(u"ListOTATaskByJob"_s,
                             page(1, 100, {{u"JobId"_s, SimFleet::bigJobId()}, {u"TaskStatus"_s, status}}));
        QCOMPARE(reply.status, 200);
        const int total = reply.json().value(u"Total").toInt();
        QCOMPARE(total, expected.value(status));
        QCOMPARE(total, m_fx->sim().fleet().taskCount(SimFleet::bigJobId(), status));
        sum += total;
        const QJsonArray tasks = at(reply.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray();
        QCOMPARE(tasks.size(), 100);
        for (const QJsonValue &value : tasks) {
            const QJsonObject task = value.toObject();
            QCOMPARE(task.value(u"TaskStatus").toString(), status);
            const int progress = task.value(u"Progress").toString().toInt();
            if (status == u"IN_PROGRESS")
                QVERIFY(progress >= 1 && progress <= 99);
            if (status == u"SUCCEEDED")
                QCOMPARE(progress, 100);
            QCOMPARE(task.contains(u"TaskDesc"), status == u"FAILED" || status == u"CANCELED");
        }
    }
    QCOMPARE(sum, SimFleet::kBigJobTaskCount);
    QCOMPARE(m_fx->sim().fleet().taskCount(SimFleet::bigJobId()), SimFleet::kBigJobTaskCount);

    // Failure reasons: a handful of distinct ones, each with its own frequency.
    const QJsonArray failed = allItems(u"ListOTATaskByJob"_s,
                                       {{u"JobId"_s, SimFleet::bigJobId()}, {u"TaskStatus"_s, u"FAILED"_s}},
                                       100, {u"Data"_s, u"SimpleOTATaskInfo"_s});
    QCOMPARE(failed.size(), 6000);
    QMap<QString, int> reasons;
    QSet<QString> devices;
    for (const QJsonValue &value : failed) {
        ++reasons[value.toObject().value(u"TaskDesc").toString()];
        devices.insert(value.toObject().value(u"DeviceName").toString());
    }
    QCOMPARE(devices.size(), 6000);
    QVERIFY(reasons.size() >= 3 && reasons.size() <= 8);
    QVERIFY(!reasons.contains(QString()));
    const QList<int> frequencies = reasons.values();
    QCOMPARE(QSet<int>(frequencies.cbegin(), frequencies.cend()).size(), frequencies.size());
}

void TestOtaSimulatorLists::pagesThroughAFilteredStatus()
{
    // 2000 CANCELED by 7: 286 pages, the last with 5; pages do not overlap and follow device order.
    const QueryPairs canceled {{u"JobId"_s, SimFleet::bigJobId()}, {u"TaskStatus"_s, u"CANCELED"_s}};
    const Reply first = m_fx->call(u"ListOTATaskByJob"_s, page(1, 7, canceled));
    QCOMPARE(first.json().value(u"PageCount").toInt(), 286);
    const Reply second = m_fx->call(u"ListOTATaskByJob"_s, page(2, 7, canceled));
    const QJsonArray a = at(first.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray();
    const QJsonArray b = at(second.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray();
    QCOMPARE(a.size(), 7);
    QVERIFY(a.last().toObject().value(u"DeviceName").toString()
            < b.first().toObject().value(u"DeviceName").toString());
    const Reply last = m_fx->call(u"ListOTATaskByJob"_s, page(286, 7, canceled));
    QCOMPARE(at(last.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray().size(), 5);
    const Reply beyond = m_fx->call(u"ListOTATaskByJob"_s, page(287, 7, canceled));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(at(beyond.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray().size(), 0);
    // The fleet's own pages say the same as the API's.
    QCOMPARE(m_fx->sim().fleet().tasks(SimFleet::bigJobId(), u"CANCELED"_s, 7, 7), b);
}

void TestOtaSimulatorLists::deviceNamesOverridePaging()
{
    // Paging that would be refused on its own is ignored once DeviceNames.N is given.
    const QueryPairs operation {{u"JobId"_s, SimFleet::bigJobId()},
                                {u"CurrentPage"_s, u"5000"_s},
                                {u"PageSize"_s, u"500"_s},
                                {u"DeviceNames.1"_s, u"dev-099999"_s},
                                {u"DeviceNames.2"_s, u"dev-000005"_s},
                                {u"DeviceNames.3"_s, u"no-such-device"_s},
                                {u"DeviceNames.4"_s, u"dev-000005"_s}};
    const Reply reply = m_fx->call(u"ListOTATaskByJob"_s, operation);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Total").toInt(), 2);
    const QJsonArray tasks = at(reply.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).toObject().value(u"DeviceName").toString(), u"dev-099999"_s);
    QCOMPARE(tasks.at(1).toObject().value(u"DeviceName").toString(), u"dev-000005"_s);
    // The task of a device is the one the paged list has for it.
    const QJsonArray firstPage = m_fx->sim().fleet().tasks(SimFleet::bigJobId(), {}, 0, 5);
    QCOMPARE(tasks.at(1), firstPage.at(4));

    // With TaskStatus, only the named devices in that status.
    const QString status = tasks.at(0).toObject().value(u"TaskStatus").toString();
    const QString other = status == u"SUCCEEDED" ? u"FAILED"_s : u"SUCCEEDED"_s;
    QueryPairs filtered {{u"JobId"_s, SimFleet::bigJobId()}, {u"DeviceNames.1"_s, u"dev-099999"_s}};
    filtered.append({u"TaskStatus"_s, other});
    QCOMPARE(m_fx->call(u"ListOTATaskByJob"_s, filtered).json().value(u"Total").toInt(), 0);

    // At most 50 names.
    QueryPairs fifty {{u"JobId"_s, SimFleet::bigJobId()}};
    for (int i = 1; i <= 50; ++i)
        fifty.append({u"DeviceNames.%1"_s.arg(i), u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0'))});
    const Reply ok = m_fx->call(u"ListOTATaskByJob"_s, fifty);
    QCOMPARE(ok.json().value(u"Total").toInt(), 50);
    QCOMPARE(at(ok.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}).toArray().size(), 50);
    fifty.append({u"DeviceNames.51"_s, u"dev-000051"_s});
    const Reply tooMany = m_fx->call(u"ListOTATaskByJob"_s, fifty);
    QCOMPARE(tooMany.status, 200);
    QCOMPARE(tooMany.json().value(u"Success"), QJsonValue(false));
    QCOMPARE(tooMany.json().value(u"Code").toString(), u"iot.common.InvalidPageParams"_s);
}

void TestOtaSimulatorLists::smallBatchesMatchTheirJobStatus()
{
    const SimFleet &fleet = m_fx->sim().fleet();
    const QStringList finished {u"SUCCEEDED"_s, u"FAILED"_s, u"CANCELED"_s};
    const QStringList all = fleet.fixtureJobIds() + fleet.generatedJobIds();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    int withTasks = 0;
    for (const QString &jobId : all) {
        const QString jobStatus = fleet.job(jobId).value_or(QJsonObject()).value(u"JobStatus").toString();
        const int total = fleet.taskCount(jobId);
        QVERIFY(total >= 0);
        if (jobId == SimFleet::bigJobId())
            QCOMPARE(total, SimFleet::kBigJobTaskCount);
        else
            QVERIFY2(total <= 3000, qPrintable(jobId));
        withTasks += total > 0 ? 1 : 0;
        int sum = 0;
        for (const QString &status : SimFleet::taskStatuses()) {
            const int count = fleet.taskCount(jobId, status);
            sum += count;
            if (count == 0)
                continue;
            if (jobStatus == u"PLANNED")
                QVERIFY2(status == u"QUEUED", qPrintable(jobId + u' ' + status));
            if (jobStatus == u"COMPLETED" || jobStatus == u"CANCELED")
                QVERIFY2(finished.contains(status), qPrintable(jobId + u' ' + status));
        }
        QCOMPARE(sum, total);
        // Device names and TaskIds are unique within a batch page.
        const QJsonArray tasks = fleet.tasks(jobId, {}, 0, 100);
        QSet<QString> names;
        for (const QJsonValue &task : tasks)
            names.insert(task.toObject().value(u"DeviceName").toString());
        QCOMPARE(names.size(), tasks.size());
    }
    QVERIFY(withTasks > SimFleet::kManyJobsCount / 2);
    QCOMPARE(fleet.taskCount(u"NoSuchJob"_s), -1);
    QCOMPARE(fleet.taskCount(SimFleet::bigJobId(), u"NO_SUCH_STATUS"_s), 0);
}

void TestOtaSimulatorLists::reportsAChangedJobStatus()
{
    QVERIFY(m_fx->sim().fleet().setJobStatus(SimFleet::bigJobId(), u"CANCELED"_s));
    QVERIFY(!m_fx->sim().fleet().setJobStatus(u"NoSuchJob"_s, u"CANCELED"_s));
    const Reply job = m_fx->call(u"QueryOTAJob"_s, {{u"JobId"_s, SimFleet::bigJobId()}});
    QCOMPARE(at(job.json(), {u"Data"_s, u"JobStatus"_s}).toString(), u"CANCELED"_s);
    const Reply list = m_fx->call(u"ListOTAJobByFirmware"_s,
                                  page(1, 200, {{u"FirmwareId"_s, SimFleet::manyJobsFirmwareId()}}));
    bool seen = false;
    const QJsonArray jobs = at(list.json(), {u"Data"_s, u"SimpleOTAJobInfo"_s}).toArray();
    for (const QJsonValue &value : jobs) {
        if (value.toObject().value(u"JobId").toString() == SimFleet::bigJobId()) {
            QCOMPARE(value.toObject().value(u"JobStatus").toString(), u"CANCELED"_s);
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestOtaSimulatorLists::refusesBadPaging_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    const QueryPairs firmware {{u"FirmwareId"_s, SimFleet::manyJobsFirmwareId()}};
    const QueryPairs job {{u"JobId"_s, SimFleet::bigJobId()}};
    QTest::newRow("products-size-0") << u"QueryProductList"_s << page(1, 0);
    QTest::newRow("products-size-201") << u"QueryProductList"_s << page(1, 201);
    QTest::newRow("products-page-0") << u"QueryProductList"_s << page(0, 10);
    QTest::newRow("products-page-negative") << u"QueryProductList"_s << page(-1, 10);
    QTest::newRow("products-page-text")
            << u"QueryProductList"_s << QueryPairs {{u"CurrentPage"_s, u"one"_s}, {u"PageSize"_s, u"10"_s}};
    QTest::newRow("firmware-size-101") << u"ListOTAFirmware"_s << page(1, 101);
    QTest::newRow("jobs-size-201") << u"ListOTAJobByFirmware"_s << page(1, 201, firmware);
    QTest::newRow("jobs-page-0") << u"ListOTAJobByFirmware"_s << page(0, 200, firmware);
    QTest::newRow("tasks-size-101") << u"ListOTATaskByJob"_s << page(1, 101, job);
    QTest::newRow("tasks-size-0") << u"ListOTATaskByJob"_s << page(1, 0, job);
    QTest::newRow("tasks-over-100000") << u"ListOTATaskByJob"_s << page(1001, 100, job);
    QTest::newRow("tasks-over-100000-small-pages") << u"ListOTATaskByJob"_s << page(100001, 1, job);
    QTest::newRow("tasks-over-100000-filtered")
            << u"ListOTATaskByJob"_s << page(2001, 50, job + QueryPairs {{u"TaskStatus"_s, u"SUCCEEDED"_s}});
}

void TestOtaSimulatorLists::refusesBadPaging()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    const Reply reply = m_fx->call(action, operation);
    QCOMPARE(reply.status, 200); // a business error, not a gateway one
    const QJsonObject body = reply.json();
    QCOMPARE(sortedKeys(body), (QStringList {u"Code"_s, u"ErrorMessage"_s, u"RequestId"_s, u"Success"_s}));
    QCOMPARE(body.value(u"Success"), QJsonValue(false));
    QCOMPARE(body.value(u"Code").toString(), u"iot.common.InvalidPageParams"_s);
    QVERIFY(!body.value(u"ErrorMessage").toString().isEmpty());
    QCOMPARE(handled.last(), (QVariantList {action, u"iot.common.InvalidPageParams"_s}));
}

void TestOtaSimulatorLists::acceptsPagingLimits_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<int>("size");
    QTest::newRow("products-200") << u"QueryProductList"_s << page(1, 200)
                                  << QStringList {u"Data"_s, u"List"_s, u"ProductInfo"_s} << -1;
    QTest::newRow("firmware-100") << u"ListOTAFirmware"_s << page(1, 100)
                                  << QStringList {u"FirmwareInfo"_s, u"SimpleFirmwareInfo"_s} << -1;
    QTest::newRow("jobs-200") << u"ListOTAJobByFirmware"_s
                              << page(1, 200, {{u"FirmwareId"_s, SimFleet::manyJobsFirmwareId()}})
                              << QStringList {u"Data"_s, u"SimpleOTAJobInfo"_s} << 200;
    QTest::newRow("tasks-1000x100") << u"ListOTATaskByJob"_s
                                    << page(1000, 100, {{u"JobId"_s, SimFleet::bigJobId()}})
                                    << QStringList {u"Data"_s, u"SimpleOTATaskInfo"_s} << 100;
    QTest::newRow("tasks-100000x1") << u"ListOTATaskByJob"_s
                                    << page(100000, 1, {{u"JobId"_s, SimFleet::bigJobId()}})
                                    << QStringList {u"Data"_s, u"SimpleOTATaskInfo"_s} << 1;
    // Without CurrentPage and PageSize: the first page of the default size.
    QTest::newRow("tasks-no-paging") << u"ListOTATaskByJob"_s
                                     << QueryPairs {{u"JobId"_s, SimFleet::bigJobId()}}
                                     << QStringList {u"Data"_s, u"SimpleOTATaskInfo"_s} << 10;
}

void TestOtaSimulatorLists::acceptsPagingLimits()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    QFETCH(QStringList, path);
    QFETCH(int, size);
    const Reply reply = m_fx->call(action, operation);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Success"), QJsonValue(true));
    const QJsonArray items = at(reply.json(), path).toArray();
    QVERIFY(!items.isEmpty());
    if (size >= 0)
        QCOMPARE(items.size(), size);
}

void TestOtaSimulatorLists::rejectsMissingParameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    QTest::addColumn<QString>("missing");
    const QueryPairs firmware {{u"FirmwareId"_s, SimFleet::manyJobsFirmwareId()}};
    QTest::newRow("products-page") << u"QueryProductList"_s << QueryPairs {{u"PageSize"_s, u"10"_s}}
                                   << u"CurrentPage"_s;
    QTest::newRow("products-size") << u"QueryProductList"_s << QueryPairs {{u"CurrentPage"_s, u"1"_s}}
                                   << u"PageSize"_s;
    QTest::newRow("firmware-page") << u"ListOTAFirmware"_s << QueryPairs {{u"PageSize"_s, u"10"_s}}
                                   << u"CurrentPage"_s;
    QTest::newRow("jobs-firmware") << u"ListOTAJobByFirmware"_s << page(1, 10) << u"FirmwareId"_s;
    QTest::newRow("jobs-size") << u"ListOTAJobByFirmware"_s
                               << firmware + QueryPairs {{u"CurrentPage"_s, u"1"_s}} << u"PageSize"_s;
    QTest::newRow("tasks-job") << u"ListOTATaskByJob"_s << page(1, 10) << u"JobId"_s;
    QTest::newRow("firmware-id") << u"QueryOTAFirmware"_s << QueryPairs {} << u"FirmwareId"_s;
}

void TestOtaSimulatorLists::rejectsMissingParameters()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    QFETCH(QString, missing);
    const Reply reply = m_fx->call(action, operation);
    QCOMPARE(reply.status, 400);
    const QJsonObject body = reply.json();
    QCOMPARE(sortedKeys(body),
             (QStringList {u"Code"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s, u"RequestId"_s}));
    QCOMPARE(body.value(u"Code").toString(), u"MissingParameter"_s);
    QCOMPARE(body.value(u"Message").toString(),
             u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s
                     .arg(missing));
}

void TestOtaSimulatorLists::reportsUnknownFirmwareAndBatch_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QString firmwareMessage = u"The specified firmware does not exist."_s;
    const QString jobMessage = u"The specified update batch does not exist."_s;
    QTest::newRow("jobs-by-firmware")
            << u"ListOTAJobByFirmware"_s << page(1, 10, {{u"FirmwareId"_s, u"UfuxnwygsuSkVE0VCNnone0100"_s}})
            << u"iot.ota.FirmwareNotFound"_s << firmwareMessage;
    QTest::newRow("query-firmware") << u"QueryOTAFirmware"_s
                                    << QueryPairs {{u"FirmwareId"_s, u"UfuxnwygsuSkVE0VCNnone0100"_s}}
                                    << u"iot.ota.FirmwareNotFound"_s << firmwareMessage;
    // The same business error QueryOTAJob gives for an unknown batch.
    QTest::newRow("tasks-by-job") << u"ListOTATaskByJob"_s
                                  << page(1, 10, {{u"JobId"_s, u"wahVIzGkCMuAUE2gDERM020200"_s}})
                                  << u"iot.system.IllegalRequest"_s << jobMessage;
    QTest::newRow("tasks-by-device") << u"ListOTATaskByJob"_s
                                     << QueryPairs {{u"JobId"_s, u"wahVIzGkCMuAUE2gDERM020200"_s},
                                                    {u"DeviceNames.1"_s, u"dev-000001"_s}}
                                     << u"iot.system.IllegalRequest"_s << jobMessage;
    QTest::newRow("query-job") << u"QueryOTAJob"_s
                               << QueryPairs {{u"JobId"_s, u"wahVIzGkCMuAUE2gDERM020200"_s}}
                               << u"iot.system.IllegalRequest"_s << jobMessage;
}

void TestOtaSimulatorLists::reportsUnknownFirmwareAndBatch()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const Reply reply = m_fx->call(action, operation);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(sortedKeys(body), (QStringList {u"Code"_s, u"ErrorMessage"_s, u"RequestId"_s, u"Success"_s}));
    QCOMPARE(body.value(u"Success"), QJsonValue(false));
    QCOMPARE(body.value(u"Code").toString(), code);
    QCOMPARE(body.value(u"ErrorMessage").toString(), message);
}

void TestOtaSimulatorLists::refusesUnsignedOrBadlySignedListRequests_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    QTest::addRow("products") << u"QueryProductList"_s << page(1, 10);
    QTest::addRow("firmware") << u"ListOTAFirmware"_s << page(1, 10);
    QTest::addRow("jobs") << u"ListOTAJobByFirmware"_s
                          << page(1, 10, {{u"FirmwareId"_s, SimFleet::manyJobsFirmwareId()}});
    QTest::addRow("tasks") << u"ListOTATaskByJob"_s << page(1, 10, {{u"JobId"_s, SimFleet::bigJobId()}});
    QTest::addRow("query-firmware") << u"QueryOTAFirmware"_s
                                    << QueryPairs {{u"FirmwareId"_s, kSeedFirmwareId}};
}

void TestOtaSimulatorLists::refusesUnsignedOrBadlySignedListRequests()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    const Credentials demo = OtaSimulator::demoCredentials();
    const QUrl endpoint = m_fx->sim().endpoint();
    const auto codeOf = [](const Reply &reply) {
        return reply.json().value(u"Code").toString();
    };

    const QueryPairs params = SignedRequest::v1Params(demo, action, operation, kNow);
    const Reply unsigned_ = m_fx->exchange(SignedRequest::get(endpoint, SignedRequest::encodePairs(params)));
    QCOMPARE(unsigned_.status, 400);
    QCOMPARE(codeOf(unsigned_), u"IncompleteSignature"_s);

    const Reply wrongSecret = m_fx->exchange(SignedRequest::v1Get(endpoint, params, u"not-the-secret"_s));
    QCOMPARE(wrongSecret.status, 400);
    QCOMPARE(codeOf(wrongSecret), u"SignatureDoesNotMatch"_s);
    QVERIFY(wrongSecret.json()
                    .value(u"Message")
                    .toString()
                    .endsWith(QString::fromUtf8(RpcSigner::stringToSignV1("GET", params))));

    const Credentials unknown {u"LTAI5tNoSuchKey000000000"_s, u"x"_s, {}};
    const Reply unknownKey = m_fx->exchange(SignedRequest::v1Get(
            endpoint, SignedRequest::v1Params(unknown, action, operation, kNow), unknown.accessKeySecret));
    QCOMPARE(unknownKey.status, 404);
    QCOMPARE(codeOf(unknownKey), u"InvalidAccessKeyId.NotFound"_s);

    const Reply stale = m_fx->exchange(SignedRequest::v1Get(
            endpoint, SignedRequest::v1Params(demo, action, operation, kNow.addSecs(-3600)),
            demo.accessKeySecret));
    QCOMPARE(codeOf(stale), u"InvalidTimeStamp.Expired"_s);

    // Signed right once; the same nonce again is a replay.
    QCOMPARE(m_fx->exchange(SignedRequest::v1Get(endpoint, params, demo.accessKeySecret)).status, 200);
    const Reply replay = m_fx->exchange(SignedRequest::v1Get(endpoint, params, demo.accessKeySecret));
    QCOMPARE(replay.status, 400);
    QCOMPARE(codeOf(replay), u"SignatureNonceUsed"_s);

    // STS: a key registered with a token needs it.
    m_fx->sim().addAccessKey(u"STS.NUk7lists"_s, u"sts-secret"_s, u"sts-token"_s);
    Credentials sts {u"STS.NUk7lists"_s, u"sts-secret"_s, u"sts-token"_s};
    QCOMPARE(m_fx->exchange(SignedRequest::v1Get(endpoint,
                                                 SignedRequest::v1Params(sts, action, operation, kNow),
                                                 sts.accessKeySecret))
                     .status,
             200);
    sts.securityToken = u"other-token"_s;
    QCOMPARE(codeOf(m_fx->exchange(SignedRequest::v1Get(
                     endpoint, SignedRequest::v1Params(sts, action, operation, kNow), sts.accessKeySecret))),
             u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(m_fx->sim().acceptedCount(), 2);
}

void TestOtaSimulatorLists::servesListsSignedWithV3()
{
    const Credentials demo = OtaSimulator::demoCredentials();
    const QueryPairs operation
            = page(3, 2, {{u"JobId"_s, SimFleet::bigJobId()}, {u"TaskStatus"_s, u"FAILED"_s}});
    const SignedRequest::V3 v3 = SignedRequest::v3Post(m_fx->sim().endpoint(), demo, u"ListOTATaskByJob"_s,
                                                       {{u"Format"_s, u"JSON"_s}}, operation, kNow);
    const Reply reply = m_fx->exchange(v3.raw);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Total").toInt(), 6000);
    QCOMPARE(at(reply.json(), {u"Data"_s, u"SimpleOTATaskInfo"_s}),
             QJsonValue(m_fx->sim().fleet().tasks(SimFleet::bigJobId(), u"FAILED"_s, 4, 2)));

    Credentials wrong = demo;
    wrong.accessKeySecret = u"not-the-secret"_s;
    const Reply refused
            = m_fx->exchange(SignedRequest::v3Post(m_fx->sim().endpoint(), wrong, u"ListOTATaskByJob"_s,
                                                   {{u"Format"_s, u"JSON"_s}}, operation, kNow)
                                     .raw);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"Code").toString(), u"SignatureDoesNotMatch"_s);
}

void TestOtaSimulatorLists::servesListsAsXmlWithRepeatedElements()
{
    const Reply tasks = m_fx->call(u"ListOTATaskByJob"_s,
                                   {{u"JobId"_s, SimFleet::bigJobId()},
                                    {u"DeviceNames.1"_s, u"dev-000001"_s},
                                    {u"DeviceNames.2"_s, u"dev-000002"_s}},
                                   u"XML"_s);
    QCOMPARE(tasks.status, 200);
    QCOMPARE(tasks.contentType, QByteArray("text/xml;charset=utf-8"));
    QXmlStreamReader reader(tasks.body);
    QStringList topLevel;
    int taskElements = 0;
    QStringList deviceNames;
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1)
                QCOMPARE(reader.name().toString(), u"ListOTATaskByJobResponse"_s);
            if (depth == 2)
                topLevel.append(reader.name().toString());
            if (depth == 3 && reader.name() == u"SimpleOTATaskInfo")
                ++taskElements;
            if (depth == 4 && reader.name() == u"DeviceName")
                deviceNames.append(reader.readElementText());
            if (reader.isEndElement())
                --depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    topLevel.sort();
    QCOMPARE(topLevel,
             (QStringList {u"CurrentPage"_s, u"Data"_s, u"PageCount"_s, u"PageSize"_s, u"RequestId"_s,
                           u"Success"_s, u"Total"_s}));
    QCOMPARE(taskElements, 2);
    QCOMPARE(deviceNames, (QStringList {u"dev-000001"_s, u"dev-000002"_s}));

    const Reply products = m_fx->call(u"QueryProductList"_s, page(1, 2), u"XML"_s);
    const QString xml = QString::fromUtf8(products.body);
    QVERIFY2(xml.contains(u"<List><ProductInfo>"_s), qPrintable(xml));
    QCOMPARE(xml.count(u"<ProductInfo>"_s), 2);
    QVERIFY(xml.contains(u"<PageSize>2</PageSize>"_s));

    const Reply error
            = m_fx->call(u"ListOTAJobByFirmware"_s, page(1, 10, {{u"FirmwareId"_s, u"none"_s}}), u"XML"_s);
    QCOMPARE(error.status, 200);
    QVERIFY(error.body.contains("<ListOTAJobByFirmwareResponse>"));
    QVERIFY(error.body.contains("<Code>iot.ota.FirmwareNotFound</Code>"));
}

void TestOtaSimulatorLists::rateLimitSpansActions()
{
    m_fx->sim().setRateLimit(3);
    QCOMPARE(m_fx->call(u"QueryProductList"_s, page(1, 10)).status, 200);
    QCOMPARE(m_fx->call(u"ListOTAFirmware"_s, page(1, 10)).status, 200);
    QCOMPARE(m_fx->call(u"ListOTATaskByJob"_s, page(1, 10, {{u"JobId"_s, SimFleet::bigJobId()}})).status,
             200);
    const Reply fourth = m_fx->call(u"QueryOTAJob"_s, {{u"JobId"_s, kSeedJobId}});
    QCOMPARE(fourth.status, 400);
    QCOMPARE(fourth.json().value(u"Code").toString(), u"Throttling.User"_s);
    const Reply fifth
            = m_fx->call(u"ListOTAJobByFirmware"_s, page(1, 10, {{u"FirmwareId"_s, kSeedFirmwareId}}));
    QCOMPARE(fifth.json().value(u"Code").toString(), u"Throttling.User"_s);
    QCOMPARE(m_fx->sim().acceptedCount(), 3);
    QCOMPARE(m_fx->sim().throttledCount(), 2);
    QCOMPARE(m_fx->sim().acceptedTimesMs().size(), 3);
}

void TestOtaSimulatorLists::faultsApplyToEveryAction_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    QTest::addColumn<OtaSimulator::Fault>("fault");
    const std::pair<const char *, OtaSimulator::Fault> faults[] {
            {"system-exception", OtaSimulator::Fault::SystemException},
            {"html-500", OtaSimulator::Fault::Html500},
            {"truncated", OtaSimulator::Fault::TruncatedJson},
            {"throttle", OtaSimulator::Fault::Throttle},
            {"binary-junk", OtaSimulator::Fault::BinaryJunk}};
    const std::pair<const char *, std::pair<QString, QueryPairs>> actions[] {
            {"products", {u"QueryProductList"_s, page(1, 10)}},
            {"firmware", {u"ListOTAFirmware"_s, page(1, 10)}},
            {"jobs",
             {u"ListOTAJobByFirmware"_s, page(1, 10, {{u"FirmwareId"_s, SimFleet::manyJobsFirmwareId()}})}},
            {"tasks", {u"ListOTATaskByJob"_s, page(1, 100, {{u"JobId"_s, SimFleet::bigJobId()}})}},
            {"query-firmware", {u"QueryOTAFirmware"_s, {{u"FirmwareId"_s, kSeedFirmwareId}}}}};
    for (const auto &[actionName, request] : actions) {
        for (const auto &[faultName, fault] : faults)
            QTest::addRow("%s-%s", actionName, faultName) << request.first << request.second << fault;
    }
}

void TestOtaSimulatorLists::faultsApplyToEveryAction()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    QFETCH(OtaSimulator::Fault, fault);
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    m_fx->sim().setFault(fault);
    const Reply reply = m_fx->call(action, operation);
    QVERIFY(reply.finished);
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(reply.body, &parseError).object();
    switch (fault) {
    case OtaSimulator::Fault::SystemException:
        QCOMPARE(reply.status, 200);
        QCOMPARE(body.value(u"Code").toString(), u"iot.system.SystemException"_s);
        QCOMPARE(handled.last(), (QVariantList {action, u"iot.system.SystemException"_s}));
        break;
    case OtaSimulator::Fault::Html500:
        QCOMPARE(reply.status, 500);
        QVERIFY(reply.body.startsWith("<html>"));
        break;
    case OtaSimulator::Fault::TruncatedJson: {
        QCOMPARE(reply.status, 200);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        QCOMPARE(handled.last(), (QVariantList {action, u"Fault.TruncatedJson"_s}));
        // The first half of what the action answers when healthy.
        m_fx->sim().setFault(OtaSimulator::Fault::None);
        const Reply healthy = m_fx->call(action, operation);
        QVERIFY(reply.body.size() > 100);
        QCOMPARE(reply.body.left(60), healthy.body.left(60));
        break;
    }
    case OtaSimulator::Fault::Throttle:
        QCOMPARE(reply.status, 400);
        QCOMPARE(body.value(u"Code").toString(), u"Throttling.User"_s);
        QCOMPARE(m_fx->sim().acceptedCount(), 0);
        break;
    case OtaSimulator::Fault::BinaryJunk:
        QCOMPARE(reply.body.size(), 4096);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        break;
    default:
        QFAIL("not a row");
    }
    m_fx->sim().setFault(OtaSimulator::Fault::None);
    const Reply healthy = m_fx->call(action, operation);
    QCOMPARE(healthy.status, 200);
    QCOMPARE(healthy.json().value(u"Success"), QJsonValue(true));
}

QTEST_GUILESS_MAIN(TestOtaSimulatorLists)
#include "tst_otasimulatorlists.moc"
