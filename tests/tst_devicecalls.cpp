#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "TestData.h"
#include "api/OtaDeviceCalls.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ResponseFormat)

// The device-level calls (QueryDeviceDetail, BatchQueryDeviceDetail, BatchGetDeviceState,
// ListOTAModuleVersionsByDevice, ListOTAUnfinishedTaskByDevice, ListOTAJobByDevice): their parameters, and
// their answers read from the simulated gateway over loopback, JSON and XML alike. DeviceSecret arrives in
// the body and nowhere in what is read.
class TestDeviceCalls : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void namesADeviceByIotIdOrByName();
    void flattensAtMostTheDocumentedNumberOfNames();
    void readsOneDeviceAndDropsItsSecret_data();
    void readsOneDeviceAndDropsItsSecret();
    void findsTheSameDeviceByIotId();
    void readsSeveralDevicesAndSkipsUnknownOnes_data();
    void readsSeveralDevicesAndSkipsUnknownOnes();
    void readsOnlineStates();
    void modulesTellWhatADeviceRuns();
    void listsTheUnfinishedTaskOfADevice_data();
    void listsTheUnfinishedTaskOfADevice();
    void listsTheBatchesOfAFirmwareThatReachedADevice();
    void anUnknownDeviceIsABusinessError();
    void readsTheDocumentedShapes_data();
    void readsTheDocumentedShapes();

private:
    RpcResponse call(const QString &action, const QueryPairs &params,
                     ResponseFormat format = ResponseFormat::Json);
    // A few tasks of the live batch (its devices), as the fleet has them now.
    QList<SimTaskRecord> liveTasks(const QString &status, int count) const;

    std::unique_ptr<SchedulerOnSimulator> m_net;
    QString m_productKey;
};

namespace {

using Pair = std::pair<QString, QString>;

QString fieldOf(const SimTaskRecord &record, QStringView name)
{
    for (const auto &[field, value] : record) {
        if (field == name)
            return value;
    }
    return QString();
}

// Every text member of a device, to look for the secret in.
QStringList textsOf(const DeviceDetail &device)
{
    return {device.productKey, device.productName, device.deviceName, device.iotId,          device.nickname,
            device.status,     device.ipAddress,   device.region,     device.firmwareVersion};
}

void addFormatRows()
{
    QTest::addColumn<ResponseFormat>("format");
    QTest::newRow("json") << ResponseFormat::Json;
    QTest::newRow("xml") << ResponseFormat::Xml;
}

} // namespace

void TestDeviceCalls::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_net->sim.fleet().setLiveJobStart(m_net->clock.nowUtc());
    m_productKey = m_net->sim.fleet().job(SimFleet::liveJobId())->value(u"ProductKey").toString();
}

void TestDeviceCalls::cleanup()
{
    m_net.reset();
}

RpcResponse TestDeviceCalls::call(const QString &action, const QueryPairs &params, ResponseFormat format)
{
    RpcConfig config = m_net->config();
    config.format = format;
    ScheduledRequest *request = m_net->scheduler->submit(config, action, params);
    std::optional<RpcResponse> response;
    connect(request, &ScheduledRequest::finished, this, [&response](const RpcResponse &r) { response = r; });
    if (!m_net->runUntil([&response] { return response.has_value(); }))
        return RpcResponse();
    return *response;
}

QList<SimTaskRecord> TestDeviceCalls::liveTasks(const QString &status, int count) const
{
    return m_net->sim.fleet().taskRecords(SimFleet::liveJobId(), status, 0, count);
}

void TestDeviceCalls::namesADeviceByIotIdOrByName()
{
    QCOMPARE(QueryDeviceDetail::params({u"pk"_s, u"dev-000001"_s, {}}),
             QueryPairs({{u"ProductKey"_s, u"pk"_s}, {u"DeviceName"_s, u"dev-000001"_s}}));
    QCOMPARE(QueryDeviceDetail::params({u"pk"_s, u"dev-000001"_s, u"iot1"_s}, u"iot-inst"_s),
             QueryPairs({{u"IotId"_s, u"iot1"_s}, {u"IotInstanceId"_s, u"iot-inst"_s}}));
    QCOMPARE(ListOtaUnfinishedTaskByDevice::params({{}, {}, u"iot1"_s}),
             QueryPairs({{u"IotId"_s, u"iot1"_s}}));
    QCOMPARE(ListOtaModuleVersionsByDevice::params({u"pk"_s, u"d"_s, {}}, 0, 500),
             QueryPairs({{u"ProductKey"_s, u"pk"_s},
                         {u"DeviceName"_s, u"d"_s},
                         {u"CurrentPage"_s, u"1"_s},
                         {u"PageSize"_s, u"100"_s}}));
    QCOMPARE(ListOtaJobByDevice::params(u"pk"_s, u"d"_s, u"fw"_s, 2, 20),
             QueryPairs({{u"ProductKey"_s, u"pk"_s},
                         {u"DeviceName"_s, u"d"_s},
                         {u"FirmwareId"_s, u"fw"_s},
                         {u"CurrentPage"_s, u"2"_s},
                         {u"PageSize"_s, u"20"_s}}));
    QVERIFY(!DeviceRef().isValid());
    QVERIFY(!DeviceRef({u"pk"_s, {}, {}}).isValid());
    QVERIFY(DeviceRef({{}, {}, u"iot1"_s}).isValid());
}

void TestDeviceCalls::flattensAtMostTheDocumentedNumberOfNames()
{
    QStringList names;
    for (int i = 1; i <= 120; ++i)
        names.append(u"dev-%1"_s.arg(i));
    const QueryPairs batch = BatchQueryDeviceDetail::params(u"pk"_s, names);
    QCOMPARE(batch.size(), 1 + BatchQueryDeviceDetail::kMaxDeviceNames);
    QCOMPARE(batch.at(0), Pair(u"ProductKey"_s, u"pk"_s));
    QCOMPARE(batch.at(1), Pair(u"DeviceName.1"_s, u"dev-1"_s));
    QCOMPARE(batch.constLast(), Pair(u"DeviceName.100"_s, u"dev-100"_s));
    const QueryPairs states = BatchGetDeviceState::params(u"pk"_s, names, u"inst"_s);
    QCOMPARE(states.size(), 1 + BatchGetDeviceState::kMaxDevices + 1);
    QCOMPARE(states.at(50), Pair(u"DeviceName.50"_s, u"dev-50"_s));
    QCOMPARE(states.constLast(), Pair(u"IotInstanceId"_s, u"inst"_s));
}

void TestDeviceCalls::readsOneDeviceAndDropsItsSecret_data()
{
    addFormatRows();
}

void TestDeviceCalls::readsOneDeviceAndDropsItsSecret()
{
    QFETCH(ResponseFormat, format);
    const SimTaskRecord task = liveTasks({}, 1).constFirst();
    const QString name = fieldOf(task, u"DeviceName");
    const auto key = m_net->sim.fleet().findDevice(m_productKey, name);
    QVERIFY(key);
    const QString secret = m_net->sim.fleet().deviceSecret(*key);
    QCOMPARE(secret.size(), 32);

    const RpcResponse response
            = call(QueryDeviceDetail::kAction, QueryDeviceDetail::params({m_productKey, name, {}}), format);
    // The gateway sends the device's secret …
    QVERIFY2(response.body.contains(secret.toLatin1()), response.body.constData());
    const ListResult<DeviceDetail> result = QueryDeviceDetail::interpret(response);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->localizedMessage() : QString()));
    QCOMPARE(result.page->items.size(), 1);
    const DeviceDetail &device = result.page->items.constFirst();
    QCOMPARE(device.deviceName, name);
    QCOMPARE(device.productKey, m_productKey);
    QCOMPARE(device.iotId, fieldOf(task, u"IotId"));
    QVERIFY(QStringList({u"ONLINE"_s, u"OFFLINE"_s, u"DISABLE"_s}).contains(device.status));
    QVERIFY(!device.firmwareVersion.isEmpty());
    QVERIFY(device.utcCreate.isValid());
    QVERIFY(device.utcActive > device.utcCreate);
    QVERIFY(device.utcOnline.isValid());
    QVERIFY(device.utcOnline <= m_net->clock.nowUtc());
    QVERIFY(!result.requestId.isEmpty());
    // … and nothing read keeps it.
    for (const QString &text : textsOf(device))
        QVERIFY(!text.contains(secret));
}

void TestDeviceCalls::findsTheSameDeviceByIotId()
{
    const SimTaskRecord task = liveTasks({}, 3).constLast();
    const RpcResponse response
            = call(QueryDeviceDetail::kAction, QueryDeviceDetail::params({{}, {}, fieldOf(task, u"IotId")}));
    const ListResult<DeviceDetail> result = QueryDeviceDetail::interpret(response);
    QVERIFY(result.page);
    QCOMPARE(result.page->items.constFirst().deviceName, fieldOf(task, u"DeviceName"));
}

void TestDeviceCalls::readsSeveralDevicesAndSkipsUnknownOnes_data()
{
    addFormatRows();
}

void TestDeviceCalls::readsSeveralDevicesAndSkipsUnknownOnes()
{
    QFETCH(ResponseFormat, format);
    QStringList names;
    for (const SimTaskRecord &task : liveTasks({}, 3))
        names.append(fieldOf(task, u"DeviceName"));
    names.insert(1, u"no-such-device"_s);
    const RpcResponse response = call(BatchQueryDeviceDetail::kAction,
                                      BatchQueryDeviceDetail::params(m_productKey, names), format);
    const ListResult<DeviceDetail> result = BatchQueryDeviceDetail::interpret(response);
    QVERIFY2(result.page, qPrintable(result.error ? result.error->localizedMessage() : QString()));
    QCOMPARE(result.page->items.size(), 3);
    QCOMPARE(result.page->items.at(1).deviceName, names.at(2));
    for (const DeviceDetail &device : result.page->items) {
        const QString secret = m_net->sim.fleet().deviceSecret(
                *m_net->sim.fleet().findDevice(m_productKey, device.deviceName));
        QVERIFY(response.body.contains(secret.toLatin1()));
        for (const QString &text : textsOf(device))
            QVERIFY(!text.contains(secret));
    }
}

void TestDeviceCalls::readsOnlineStates()
{
    QStringList names;
    for (const SimTaskRecord &task : liveTasks({}, 50))
        names.append(fieldOf(task, u"DeviceName"));
    const ListResult<DeviceState> result = BatchGetDeviceState::interpret(
            call(BatchGetDeviceState::kAction, BatchGetDeviceState::params(m_productKey, names)));
    QVERIFY(result.page);
    QCOMPARE(result.page->items.size(), 50);
    QSet<QString> statuses;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const DeviceState &state = result.page->items.at(i);
        QCOMPARE(state.deviceName, names.at(i));
        QVERIFY(!state.lastOnlineTime.isEmpty());
        statuses.insert(state.status);
        // The same state as the device's own detail.
        const QJsonObject detail
                = m_net->sim.fleet().deviceDetail(*m_net->sim.fleet().findDevice(m_productKey, names.at(i)));
        QCOMPARE(state.status, detail.value(u"Status").toString());
    }
    QVERIFY(statuses.contains(u"ONLINE"_s));
    QVERIFY(statuses.contains(u"OFFLINE"_s));
}

void TestDeviceCalls::modulesTellWhatADeviceRuns()
{
    // Once the live batch has ended, its succeeded devices report its DestVersion, but those that rolled
    // back.
    QVERIFY(m_net->time.advance(qint64(SimFleet::kLiveJobMinutes + 1) * 60 * 1000));
    const QList<SimTaskRecord> succeeded = liveTasks(u"SUCCEEDED"_s, 100);
    QCOMPARE(succeeded.size(), 100);
    int rolledBack = 0;
    for (const SimTaskRecord &task : succeeded) {
        const QString name = fieldOf(task, u"DeviceName");
        if (!m_net->sim.fleet().isRolledBack(*m_net->sim.fleet().findDevice(m_productKey, name)))
            continue;
        ++rolledBack;
        const ListResult<ModuleVersion> modules = ListOtaModuleVersionsByDevice::interpret(
                call(ListOtaModuleVersionsByDevice::kAction,
                     ListOtaModuleVersionsByDevice::params({m_productKey, name, {}}, 1, 10)));
        QVERIFY(modules.page);
        QCOMPARE(modules.page->items.size(), 2);
        QCOMPARE(modules.page->items.at(0).moduleName, u"default"_s);
        QCOMPARE(modules.page->items.at(0).moduleVersion, fieldOf(task, u"SrcVersion"));
        QVERIFY(modules.page->items.at(0).moduleVersion != fieldOf(task, u"DestVersion"));
        QCOMPARE(modules.page->items.at(1).moduleName, u"bootloader"_s);
        QCOMPARE(modules.page->total, 2);
    }
    QVERIFY(rolledBack > 0);
    // The detail's FirmwareVersion says the same, for all 100 in one call.
    QStringList names;
    for (const SimTaskRecord &task : succeeded)
        names.append(fieldOf(task, u"DeviceName"));
    const ListResult<DeviceDetail> details = BatchQueryDeviceDetail::interpret(
            call(BatchQueryDeviceDetail::kAction, BatchQueryDeviceDetail::params(m_productKey, names)));
    QVERIFY(details.page);
    QCOMPARE(details.page->items.size(), 100);
    int other = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (details.page->items.at(i).firmwareVersion != fieldOf(succeeded.at(i), u"DestVersion"))
            ++other;
    }
    QCOMPARE(other, rolledBack);
}

void TestDeviceCalls::listsTheUnfinishedTaskOfADevice_data()
{
    addFormatRows();
}

void TestDeviceCalls::listsTheUnfinishedTaskOfADevice()
{
    QFETCH(ResponseFormat, format);
    // At the start every task of the live batch waits, QUEUED.
    const SimTaskRecord task = liveTasks(u"QUEUED"_s, 1).constFirst();
    const ListResult<TaskInfo> result = ListOtaUnfinishedTaskByDevice::interpret(call(
            ListOtaUnfinishedTaskByDevice::kAction,
            ListOtaUnfinishedTaskByDevice::params({m_productKey, fieldOf(task, u"DeviceName"), {}}), format));
    QVERIFY2(result.page, qPrintable(result.error ? result.error->localizedMessage() : QString()));
    const auto it = std::find_if(result.page->items.cbegin(), result.page->items.cend(),
                                 [](const TaskInfo &t) { return t.jobId == SimFleet::liveJobId(); });
    QVERIFY(it != result.page->items.cend());
    QCOMPARE(it->taskId, fieldOf(task, u"TaskId"));
    QCOMPARE(it->taskStatus, TaskStatus::Queued);
    QCOMPARE(it->moduleName, u"default"_s);
    QCOMPARE(it->progress, -1); // not in this list
    for (const TaskInfo &open : result.page->items)
        QVERIFY(open.taskStatus && !TaskStatuses::isFinished(*open.taskStatus));
}

void TestDeviceCalls::listsTheBatchesOfAFirmwareThatReachedADevice()
{
    const SimTaskRecord task = liveTasks({}, 1).constFirst();
    const QString firmwareId = fieldOf(task, u"FirmwareId");
    const ListResult<JobSummary> result = ListOtaJobByDevice::interpret(
            call(ListOtaJobByDevice::kAction,
                 ListOtaJobByDevice::params(m_productKey, fieldOf(task, u"DeviceName"), firmwareId, 1, 100)));
    QVERIFY2(result.page, qPrintable(result.error ? result.error->localizedMessage() : QString()));
    QVERIFY(result.page->total >= 1);
    QStringList jobIds;
    for (const JobSummary &job : result.page->items) {
        QCOMPARE(job.firmwareId, firmwareId);
        jobIds.append(job.jobId);
    }
    QVERIFY(jobIds.contains(SimFleet::liveJobId()));
}

void TestDeviceCalls::anUnknownDeviceIsABusinessError()
{
    const ListResult<DeviceDetail> result = QueryDeviceDetail::interpret(
            call(QueryDeviceDetail::kAction, QueryDeviceDetail::params({m_productKey, u"dev-999999"_s, {}})));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::Business);
    QCOMPARE(result.error->code, u"iot.device.NotExistingDevice"_s);
    QVERIFY(!result.page);
}

void TestDeviceCalls::readsTheDocumentedShapes_data()
{
    // tests/data/device: one body per call, JSON and XML, written from the SDK models' shapes
    // (REFERENCE.md section 3), with a DeviceSecret where the API sends one.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("items");
    for (const QString &ext : {u"json"_s, u"xml"_s}) {
        const auto row = [&](const QString &stem, int items) {
            QTest::addRow("%s.%s", qPrintable(stem), qPrintable(ext))
                    << u"device/%1.%2"_s.arg(stem, ext) << items;
        };
        row(u"querydevicedetail"_s, 1);
        row(u"batchquerydevicedetail"_s, 2);
        row(u"batchgetdevicestate"_s, 2);
        row(u"listotamoduleversionsbydevice"_s, 2);
        row(u"listotaunfinishedtaskbydevice"_s, 1);
        row(u"listotajobbydevice"_s, 1);
    }
}

void TestDeviceCalls::readsTheDocumentedShapes()
{
    QFETCH(QString, file);
    QFETCH(int, items);
    RpcResponse response;
    response.httpStatus = 200;
    response.body = testData(file);
    response.format = file.endsWith(u".xml") ? ResponseFormat::Xml : ResponseFormat::Json;
    const QString secret = u"0f3c9e1a7b2d4c6e8f0a1b2c3d4e5f60"_s;
    const auto check = [&](const auto &result) {
        QVERIFY2(result.page, qPrintable(result.error ? result.error->localizedMessage() : QString()));
        QCOMPARE(result.page->items.size(), items);
        QCOMPARE(result.requestId, u"2B2E7A3C-4B5D-4E8F-9A10-3C1D2E3F4A5B"_s);
    };
    if (file.contains(u"devicedetail")) {
        QVERIFY(response.body.contains(secret.toLatin1()));
        const ListResult<DeviceDetail> result = file.contains(u"batch")
                ? BatchQueryDeviceDetail::interpret(response)
                : QueryDeviceDetail::interpret(response);
        check(result);
        const DeviceDetail &device = result.page->items.constFirst();
        QCOMPARE(device.deviceName, u"dev-000042"_s);
        QCOMPARE(device.firmwareVersion, u"1.2.1"_s);
        QCOMPARE(device.utcCreate, QDateTime(QDate(2026, 11, 1), QTime(1, 0), Qt::UTC));
        for (const DeviceDetail &each : result.page->items) {
            for (const QString &text : textsOf(each))
                QVERIFY(!text.contains(secret));
        }
        if (!file.contains(u"batch"))
            QCOMPARE(device.utcOnline, QDateTime(QDate(2026, 12, 5), QTime(8, 59, 12), Qt::UTC));
    } else if (file.contains(u"devicestate")) {
        const ListResult<DeviceState> result = BatchGetDeviceState::interpret(response);
        check(result);
        QCOMPARE(result.page->items.at(1).status, u"OFFLINE"_s);
        QCOMPARE(result.page->items.at(1).lastOnlineTime, u"2026-11-20 08:00:00"_s);
    } else if (file.contains(u"moduleversions")) {
        const ListResult<ModuleVersion> result = ListOtaModuleVersionsByDevice::interpret(response);
        check(result);
        QCOMPARE(result.page->items.at(1).moduleName, u"bootloader"_s);
        QCOMPARE(result.page->items.at(1).moduleVersion, u"2.1.0"_s);
        QCOMPARE(result.page->total, 2);
    } else if (file.contains(u"unfinished")) {
        const ListResult<TaskInfo> result = ListOtaUnfinishedTaskByDevice::interpret(response);
        check(result);
        QCOMPARE(result.page->items.at(0).moduleName, u"default"_s);
        QCOMPARE(result.page->items.at(0).taskStatus, TaskStatus::Queued);
    } else {
        const ListResult<JobSummary> result = ListOtaJobByDevice::interpret(response);
        check(result);
        QCOMPARE(result.page->items.at(0).tags.size(), 1);
        QCOMPARE(result.page->items.at(0).jobStatus, u"IN_PROGRESS"_s);
    }
}

QTEST_GUILESS_MAIN(TestDeviceCalls)
#include "tst_devicecalls.moc"
