#include "FleetCatalogue.h"

#include "SimHash.h"
#include "SimLog.h"
#include "SimTime.h"
#include "TaskGenerator.h"
#include "XmlFromJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using SimTime::utcMs;

namespace {

QJsonObject loadJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSim) << "cannot open fixture" << path;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qCCritical(lcSim) << "invalid fixture" << path << error.errorString();
    return document.object();
}

} // namespace

FleetCatalogue::FleetCatalogue()
{
    addProducts();
    addFirmware();
    loadFixtureJobs();
}

QStringList FleetCatalogue::fixtureJobIds() const
{
    QStringList ids;
    for (int i = 0; i < m_fixtureCount; ++i)
        ids.append(m_jobs[std::size_t(i)].id);
    return ids;
}

void FleetCatalogue::addProducts()
{
    // The seed product first: it has the most firmware and the 100,000-task batch.
    m_products = {
            {u"a19mzPZ****"_s, u"smart-plug-p1"_s, u"Wi-Fi smart plug, the seed document's product"_s,
             u"secret"_s, 1, 0, 128450, utcMs(2019, 9, 2, 3, 15), u"Q7uOhVRdZ"_s},
            {u"a1GwTw8kLpQ"_s, u"edge-gateway-g4"_s, u"Edge gateway with sub-devices"_s, u"secret"_s, 1, 1,
             2480, utcMs(2023, 5, 18, 9, 40), u"Gw4kLpQxT"_s},
            {u"a1SnTh9mQeR"_s, u"温湿度传感器 TH-10"_s, u"温湿度传感器（二期）"_s, u"id2"_s, 0, 0, 36000,
             utcMs(2024, 2, 6, 1, 5), u"Th9mQeRsN"_s},
            {u"a1CmRa3vXyZ"_s, u"camera-c3"_s, u"Outdoor camera"_s, u"x509"_s, 1, 0, 9800,
             utcMs(2024, 7, 22, 6, 30), u"Cm3vXyZaR"_s},
            {u"a1MtEr7kLmN"_s, u"meter-m5"_s, u"Electricity meter"_s, u"secret"_s, 0, 0, 54000,
             utcMs(2022, 11, 1, 0, 0), u"Mt7kLmNeR"_s},
            {u"a1LgCy0pQrS"_s, u"legacy-lamp"_s, u"Street lamp controller, legacy fleet"_s, u"secret"_s, 0, 0,
             1200, utcMs(2018, 4, 3, 12, 0), u"Lg0pQrScY"_s},
            {u"a1NwPd7Tq2X"_s, u"new-sensor-n1"_s, u"Prototype, no firmware yet"_s, u"secret"_s, 1, 0, 0,
             utcMs(2025, 6, 1, 8, 0), u"Nw7Tq2XpD"_s},
    };
}

void FleetCatalogue::addFirmware()
{
    const QString none;
    // One firmware per row (clang-format would put every field on its own line).
    // clang-format off
    m_firmware = {
            // The seed product's versions; the seed batch's firmware is 1.0.1.
            {u"UfuxnwygsuSkVE0VCNv1000100"_s, 0, u"smart-plug-1.0.0"_s, u"Factory image"_s, none, u"1.0.0"_s, 0,
             1, 3145728, u"MD5"_s, utcMs(2019, 10, 1, 2), {}},
            {u"UfuxnwygsuSkVE0VCN****0100"_s, 0, u"firmware2"_s, u"batch upgrade"_s, u"1.0.0"_s, u"1.0.1"_s, 1, 1,
             262144, u"MD5"_s, utcMs(2019, 12, 20, 7), {u"1.0.0"_s}},
            {u"UfuxnwygsuSkVE0VCNv1100100"_s, 0, u"smart-plug-1.1.0"_s, u"Energy metering"_s, none, u"1.1.0"_s,
             0, 1, 3407872, u"SHA256"_s, utcMs(2024, 9, 12, 3), {u"1.0.0"_s, u"1.0.1"_s}},
            {u"UfuxnwygsuSkVE0VCNv1200100"_s, 0, u"smart-plug-1.2.0"_s, u"Scheduling and security fixes"_s, none,
             u"1.2.0"_s, 0, 1, 3670016, u"SHA256"_s, utcMs(2025, 1, 10, 6), {u"1.0.1"_s, u"1.1.0"_s}},
            {u"UfuxnwygsuSkVE0VCNv1210100"_s, 0, u"smart-plug-1.2.1"_s, u"Hotfix for the scheduler"_s,
             u"1.2.0"_s, u"1.2.1"_s, 1, 1, 131072, u"SHA256"_s, utcMs(2025, 7, 2, 5), {u"1.2.0"_s}},
            {u"UfuxnwygsuSkVE0VCNv2000100"_s, 0, u"smart-plug-2.0.0"_s, u"New platform, two modules"_s, none,
             u"2.0.0"_s, 0, 2, 5242880, u"SHA256"_s, utcMs(2025, 8, 1, 1), {u"1.2.0"_s, u"1.2.1"_s}, true},
            {u"UfuxnwygsuSkVE0VCNv2010100"_s, 0, u"smart-plug-2.0.1"_s, u"Release candidate"_s, none, u"2.0.1"_s,
             0, 0, 5246976, u"SHA256"_s, utcMs(2025, 8, 20, 1), {}},
            // The firmware of the other fixture batches, and one older gateway version.
            {u"UfuxnwygsuSkVE0VCNg2310100"_s, 1, u"gateway-fw-2.3.1"_s, u"Sub-device reconnect fix"_s, none,
             u"2.3.1"_s, 0, 1, 8388608, u"MD5"_s, utcMs(2024, 12, 2, 4), {u"2.2.3"_s, u"2.3.0"_s}},
            {u"UfuxnwygsuSkVE0VCNgray0100"_s, 1, u"gateway-fw-2.4.0"_s, u"Gateway 2.4.0"_s, none, u"2.4.0"_s, 0,
             1, 8650752, u"MD5"_s, utcMs(2025, 2, 19, 10), {}},
            {u"UfuxnwygsuSkVE0VCNdyna0100"_s, 2, u"sensor-fw-1.2.0"_s, u"Sensor 1.2.0"_s, none, u"1.2.0"_s, 0, -1,
             524288, u"MD5"_s, utcMs(2025, 4, 9, 8), {}},
            {u"UfuxnwygsuSkVE0VCNcncl0100"_s, 3, u"camera-fw-3.0.0"_s, u"Camera 3.0.0"_s, none, u"3.0.0"_s, 0, 1,
             16777216, u"SHA256"_s, utcMs(2025, 1, 3, 2), {}},
            {u"UfuxnwygsuSkVE0VCNdone0100"_s, 4, u"meter-fw-5.1.2"_s, u"Meter 5.1.2"_s, none, u"5.1.2"_s, 0, 1,
             1048576, u"MD5"_s, utcMs(2024, 11, 8, 9), {}},
            {u"UfuxnwygsuSkVE0VCNodd10100"_s, 5, u"legacy-fw-0.9.9"_s, u"Legacy 0.9.9"_s, u"0.9.8"_s, u"0.9.9"_s,
             1, -1, 65536, u"MD5"_s, utcMs(2024, 7, 30, 12), {}},
    };
    // clang-format on
    for (int i = 0; i < int(m_firmware.size()); ++i)
        m_firmwareIndex.insert(m_firmware[std::size_t(i)].id, i);
}

int FleetCatalogue::productIndex(const QString &key) const
{
    for (int i = 0; i < int(m_products.size()); ++i) {
        if (m_products[i].key == key)
            return i;
    }
    return -1;
}

int FleetCatalogue::addJob(SimJob job)
{
    job.product = productIndex(job.productKey);
    job.firmware = firmwareIndex(job.firmwareId);
    if (job.product < 0 || job.firmware < 0) {
        qCCritical(lcSim) << "batch" << job.id << "has no product or firmware in the fleet";
        job.product = 0;
        job.taskCount = 0;
    }
    const SimProduct &product = m_products[std::size_t(job.product)];
    job.taskCount = std::min(job.taskCount, product.deviceCount);
    if (job.seed == 0)
        job.seed = SimHash::stableHash(job.id);
    if (!job.fromFirstDevice && job.taskCount < product.deviceCount)
        job.deviceOffset = int(job.seed % quint32(product.deviceCount - job.taskCount));
    job.number = int(m_jobs.size());
    m_jobIndex.insert(job.id, job.number);
    m_jobs.push_back(std::move(job));
    return int(m_jobs.size()) - 1;
}

void FleetCatalogue::loadFixtureJobs()
{
    // Task counts of the fixture batches (the PLANNED one has none yet).
    const QHash<QString, int> taskCounts {
            {u"HvKuBpuk3rdk6E92CP****0200"_s, 1840}, {u"HvKuBpuk3rdk6E92CPgray0200"_s, 0},
            {u"HvKuBpuk3rdk6E92CPdyna0200"_s, 2600}, {u"HvKuBpuk3rdk6E92CPvrfy0200"_s, 2},
            {u"HvKuBpuk3rdk6E92CPcncl0200"_s, 730},  {u"HvKuBpuk3rdk6E92CPdone0200"_s, 3000},
            {u"HvKuBpuk3rdk6E92CPodd10200"_s, 180}};
    QList<QJsonObject> fixtures;
    // The seed batch comes straight from the seed document's sample (fixtures/, aliased into the resource).
    fixtures.append(loadJsonObject(u":/otasim/seed_queryotajob.json"_s).value(u"Data").toObject());
    const QJsonArray more = loadJsonObject(u":/otasim/fixtures/jobs.json"_s).value(u"Jobs").toArray();
    for (const QJsonValue &value : more)
        fixtures.append(value.toObject());
    for (const QJsonObject &data : std::as_const(fixtures)) {
        SimJob job;
        job.id = data.value(u"JobId").toString();
        job.data = data;
        job.destVersion = data.value(u"DestVersion").toString();
        job.firmwareId = data.value(u"FirmwareId").toString();
        job.productKey = data.value(u"ProductKey").toString();
        job.utcCreate = data.value(u"UtcCreate").toString();
        if (const QJsonValue timeout = data.value(u"TimeoutInMinutes"); !timeout.isUndefined()) {
            job.timeoutText = XmlFromJson::scalarText(timeout);
            job.timeoutMinutes = std::max(1, job.timeoutText.toInt());
        }
        const QJsonArray src = data.value(u"SrcVersions").toObject().value(u"SrcVersion").toArray();
        for (const QJsonValue &version : src)
            job.srcVersions.append(version.toString());
        job.taskCount = taskCounts.value(job.id, 0);
        job.mix = TaskGenerator::mixOf(data.value(u"JobStatus").toString());
        const QJsonValue needConfirm = data.value(u"NeedConfirm");
        job.needConfirm = needConfirm.toBool() || needConfirm.toString() == u"true";
        const QString start = data.value(u"UtcStartTime").toString();
        job.taskBaseMs = SimTime::msFromIso(start.isEmpty() ? data.value(u"UtcCreate").toString() : start);
        addJob(std::move(job));
    }
    m_fixtureCount = int(m_jobs.size());
}

void FleetCatalogue::listJobsOfFirmware()
{
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        const SimJob &job = m_jobs[std::size_t(i)];
        if (job.firmware >= 0)
            m_firmware[std::size_t(job.firmware)].jobs.append(i);
    }
    for (int i = 0; i < int(m_firmware.size()); ++i)
        sortJobsOfFirmware(i);
}

void FleetCatalogue::sortJobsOfFirmware(int firmware)
{
    SimFirmware &fw = m_firmware[std::size_t(firmware)];
    // Newest first.
    std::stable_sort(fw.jobs.begin(), fw.jobs.end(), [this](int a, int b) {
        return m_jobs[std::size_t(a)].utcCreate > m_jobs[std::size_t(b)].utcCreate;
    });
}

SimJob *FleetCatalogue::findJob(const QString &jobId)
{
    const auto it = m_jobIndex.constFind(jobId);
    return it == m_jobIndex.cend() ? nullptr : &m_jobs[std::size_t(*it)];
}

const SimJob *FleetCatalogue::findJob(const QString &jobId) const
{
    const auto it = m_jobIndex.constFind(jobId);
    return it == m_jobIndex.cend() ? nullptr : &m_jobs[std::size_t(*it)];
}

QJsonObject FleetCatalogue::productInfo(const SimProduct &product)
{
    return QJsonObject {{u"AuthType"_s, product.authType},       {u"DataFormat"_s, product.dataFormat},
                        {u"Description"_s, product.description}, {u"DeviceCount"_s, product.deviceCount},
                        {u"GmtCreate"_s, product.gmtCreateMs},   {u"NodeType"_s, product.nodeType},
                        {u"ProductKey"_s, product.key},          {u"ProductName"_s, product.name}};
}

QJsonObject FleetCatalogue::simpleFirmwareInfo(const SimFirmware &fw) const
{
    const QByteArray digest = QCryptographicHash::hash(
            fw.id.toUtf8(), fw.signMethod == u"MD5" ? QCryptographicHash::Md5 : QCryptographicHash::Sha256);
    QJsonObject object {
            {u"DestVersion"_s, fw.destVersion},
            {u"FirmwareDesc"_s, fw.description},
            {u"FirmwareId"_s, fw.id},
            {u"FirmwareName"_s, fw.name},
            {u"FirmwareSign"_s, QString::fromLatin1(digest.toHex())},
            {u"FirmwareSize"_s, fw.size},
            {u"ModuleName"_s, u"default"_s},
            {u"ProductKey"_s, m_products[std::size_t(fw.product)].key},
            {u"ProductName"_s, m_products[std::size_t(fw.product)].name},
            {u"SignMethod"_s, fw.signMethod},
            {u"Status"_s, fw.status},
            {u"Type"_s, fw.type},
            {u"UtcCreate"_s, SimTime::isoUtc(fw.createMs)},
            {u"UtcModified"_s, SimTime::isoUtc(fw.createMs + (fw.status == 0 ? 0 : 2 * SimTime::kHour))},
    };
    if (fw.type == 1)
        object.insert(u"SrcVersion"_s, fw.srcVersion);
    return object;
}

QJsonObject FleetCatalogue::firmwareInfo(const SimFirmware &fw) const
{
    QJsonObject object = simpleFirmwareInfo(fw);
    const QString path = QString::fromLatin1(
            QCryptographicHash::hash(fw.id.toUtf8(), QCryptographicHash::Md5).toHex().left(16));
    object.insert(u"FirmwareUrl"_s,
                  u"https://iotx-ota.oss-cn-shanghai.aliyuncs.com/ota/%1/%2.bin"_s.arg(path, fw.name));
    const std::array<int, 5> progress {0, 0, 100, 40, 100}; // by Status + 1
    object.insert(u"VerifyProgress"_s, progress[std::size_t(fw.status + 1)]);
    if (fw.multiFiles) {
        QJsonArray files;
        for (const QString &module : {u"app"_s, u"radio"_s}) {
            const QString name = u"%1-%2.bin"_s.arg(fw.name, module);
            files.append(QJsonObject {
                    {u"FileMd5"_s,
                     QString::fromLatin1(
                             QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex())},
                    {u"Name"_s, name},
                    {u"SignValue"_s,
                     QString::fromLatin1(
                             QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex())},
                    {u"Size"_s, fw.size / 2},
                    {u"Url"_s,
                     u"https://iotx-ota.oss-cn-shanghai.aliyuncs.com/ota/%1/%2"_s.arg(path, name)}});
        }
        object.insert(u"MultiFiles"_s, files);
    }
    return object;
}
