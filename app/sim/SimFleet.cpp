#include "SimFleet.h"

#include "SimLog.h"
#include "XmlFromJson.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Indexes into the TaskStatus codes, in the API's (and core's TaskStatus) order.
enum Status : quint8 { Confirm, Queued, Notified, InProgress, Succeeded, Failed, Canceled, kStatusCount };

// Tasks per checkpoint of the per-status counts: finding the n-th task of a status scans at most this many.
constexpr int kBlock = 1024;
// Device tasks start this far apart (ms) after the batch starts.
constexpr qint64 kTaskSpacingMs = 20;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// The live batch: pushes start this long after it does, one task per spacing (500 a minute, its
// MaximumPerMinute); the last of them ends within SimFleet::kLiveJobMinutes.
constexpr qint64 kLiveLeadMs = 10 * 1000;
constexpr qint64 kLiveSpacingMs = 120;
const QString kUserCanceledDesc = QStringLiteral("The task was canceled by the user.");

const std::array<QString, kStatusCount> &statusCodes()
{
    static const std::array<QString, kStatusCount> codes {u"CONFIRM"_s,     u"QUEUED"_s,    u"NOTIFIED"_s,
                                                          u"IN_PROGRESS"_s, u"SUCCEEDED"_s, u"FAILED"_s,
                                                          u"CANCELED"_s};
    return codes;
}

// FAILED tasks' TaskDesc, with their share of the failures in permille (most frequent first).
struct FailureReason
{
    QString text;
    int permille;
};

const std::array<FailureReason, 5> &failureReasons()
{
    static const std::array<FailureReason, 5> reasons {{
            {u"Download failed: the connection was reset while fetching the package (-2)."_s, 400},
            {u"Upgrade timed out: the device reported no progress within the timeout."_s, 250},
            {u"Verification failed: the package signature does not match (-3)."_s, 150},
            {u"Flashing failed: not enough storage on the device (-4)."_s, 120},
            {u"Upgrade failed: the device rolled back to the previous version (-1)."_s, 80},
    }};
    return reasons;
}

// The index of a TaskStatus code: nullopt for "" (every status), kStatusCount for an unknown code.
std::optional<int> statusIndex(const QString &code)
{
    if (code.isEmpty())
        return std::nullopt;
    const auto &codes = statusCodes();
    const auto it = std::find(codes.cbegin(), codes.cend(), code);
    return int(it - codes.cbegin());
}

// Bijective integer mixers (xorshift-multiply): distinct inputs give distinct IDs.
quint32 mix32(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// FNV-1a over UTF-16: a seed that does not depend on Qt's hashing or the platform.
quint32 stableHash(QStringView text)
{
    quint32 hash = 2166136261U;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619U;
    }
    return hash;
}

// SplitMix64: a fixed, portable sequence for the task shuffle.
class SplitMix
{
public:
    explicit SplitMix(quint64 seed) : m_state(seed) { }
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }

private:
    quint64 m_state;
};

QString hex(quint64 value, int width)
{
    return QString::number(value, 16).rightJustified(width, QLatin1Char('0'));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ" without QDateTime: a 100-task page formats 200 of these.
QString isoUtc(qint64 msSinceEpoch)
{
    const qint64 secs = floorDiv(msSinceEpoch, 1000);
    const int millis = int(msSinceEpoch - secs * 1000);
    qint64 days = floorDiv(secs, 86400);
    const int secOfDay = int(secs - days * 86400);
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));

    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, secOfDay / 3600, 2);
    text[13] = u':';
    put(14, secOfDay / 60 % 60, 2);
    text[16] = u':';
    put(17, secOfDay % 60, 2);
    text[19] = u'.';
    put(20, millis, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

qint64 msFromIso(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

QString deviceName(int number)
{
    return QString(u"dev-"_s + QString::number(number).rightJustified(6, QLatin1Char('0')));
}

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

struct Product
{
    QString key;
    QString name;
    QString description;
    QString authType;
    int dataFormat;
    int nodeType;
    int deviceCount;
    qint64 gmtCreateMs;
    QString iotIdPrefix; // IotId = prefix + 8 hex digits of the device number, mixed
};

struct Firmware
{
    QString id;
    int product; // index into products
    QString name;
    QString description;
    QString srcVersion; // differential packages only
    QString destVersion;
    int type; // 0 full, 1 differential
    int status; // -1 no verification needed, 0 unverified, 1 verified, 2 verifying, 3 failed
    qint64 size;
    QString signMethod;
    qint64 createMs;
    QStringList jobSrcVersions; // SrcVersions of the batches generated for it
    bool multiFiles = false;
    QList<int> jobs = {}; // indexes into jobs, newest first
};

// How a batch's device tasks are spread over the statuses.
enum class Mix { Planned, Running, Completed, Canceled };

struct TaskTable
{
    std::vector<quint8> codes; // per task: status | failure reason << 3 (before a cancellation by the user)
    std::array<int, kStatusCount> counts {}; // by the status shown, cancellations included
    std::vector<std::array<int, kStatusCount>> before; // per block: counts of the tasks before it
    qint64 lastChangeMs = 0; // live batch: the latest time any of its tasks changed
    bool allFinished = false; // live batch: every task succeeded, failed or was canceled
};

// Where a task of the live batch is at a given time.
struct LiveTask
{
    int status;
    int progress;
    qint64 modifiedMs;
    int reason; // index into failureReasons() when FAILED
};

// A generated batch: what varies; the rest follows from it and from its hash.
struct GeneratedJob
{
    QString tag; // 4 characters of the JobId
    int firmware; // index into firmware
    QString status;
    bool verify;
    qint64 createMs;
    int taskCount;
    int ordinal; // wave number, for names and descriptions

    quint32 hash() const { return mix32(stableHash(tag) ^ quint32(ordinal) * 0x9e3779b9U); }
    bool isBig() const { return tag == u"huge"; }
    bool needConfirm() const { return isBig() || (!verify && hash() / 172800 % 5 == 0); }
    int timeoutMinutes() const { return std::array {30, 60, 1440}[hash() / 57600 % 3]; }
    qint64 startMs() const
    {
        return status == u"PLANNED" ? createMs + 3 * kDay : createMs + 2000 + hash() % 60 * 1000;
    }
};

struct Job
{
    QString id;
    // QueryOTAJob's Data; a generated batch's is built on first use (all at start-up would cost ~5 ms).
    mutable QJsonObject data;
    mutable std::optional<GeneratedJob> generated; // set while data is not built yet
    int product = -1;
    int firmware = -1;
    int taskCount = 0;
    Mix mix = Mix::Running;
    bool needConfirm = false;
    int number = 0; // position in the fleet, part of every TaskId
    quint32 seed = 0;
    bool fromFirstDevice = false;
    int deviceOffset = 0; // task i is device deviceOffset + i + 1 (modulo the product's devices)
    qint64 taskBaseMs = 0;
    int timeoutMinutes = 30;
    QString timeoutText; // empty: the batch has no timeout and its tasks carry no Timeout
    QStringList srcVersions;
    // Copied once for the task objects and the listing order.
    QString destVersion;
    QString firmwareId;
    QString productKey;
    QString utcCreate; // sorts like the time it spells
    mutable std::unique_ptr<TaskTable> table; // built on first use; the live batch's again for each new now
    mutable qint64 tableAtMs = 0; // the live batch: the now its table shows
    bool live = false;
    std::vector<qint64> canceledMs; // per task: when the user canceled it, -1 if never; empty: none was
    qint64 modifiedMs = 0; // the live batch: its last change other than a task's (a cancellation)
    bool statusFixed = false; // the live batch: JobStatus was set, it no longer follows the tasks
};

// Permille of each status, in Status order.
std::array<int, kStatusCount> mixPermille(Mix mix, bool needConfirm)
{
    switch (mix) {
    case Mix::Planned:
        return {0, 1000, 0, 0, 0, 0, 0};
    case Mix::Completed:
        return {0, 0, 0, 0, 930, 60, 10};
    case Mix::Canceled:
        return {0, 0, 0, 0, 400, 50, 550};
    case Mix::Running:
        break;
    }
    // Without NeedConfirm no device waits for confirmation: those would be QUEUED.
    return needConfirm ? std::array<int, kStatusCount> {20, 40, 30, 50, 780, 60, 20}
                       : std::array<int, kStatusCount> {0, 60, 30, 50, 780, 60, 20};
}

Mix mixOf(const QString &jobStatus)
{
    if (jobStatus == u"PLANNED")
        return Mix::Planned;
    if (jobStatus == u"COMPLETED")
        return Mix::Completed;
    if (jobStatus == u"CANCELED")
        return Mix::Canceled;
    return Mix::Running; // IN_PROGRESS, and statuses the documents do not list
}

QJsonArray tagArray(const QList<std::pair<QString, QString>> &tags)
{
    QJsonArray array;
    for (const auto &[key, value] : tags)
        array.append(QJsonObject {{u"Key"_s, key}, {u"Value"_s, value}});
    return array;
}

} // namespace

struct SimFleet::Private
{
    std::vector<Product> products;
    std::vector<Firmware> firmware;
    std::vector<Job> jobs;
    QHash<QString, int> jobIndex;
    QHash<QString, int> firmwareIndex;
    int fixtureCount = 0;
    const Clock *clock = &Clock::system();
    int liveIndex = -1;

    qint64 nowMs() const { return clock->nowUtc().toMSecsSinceEpoch(); }
    void addLiveJob();
    void sortJobsOfFirmware(Firmware &fw);
    LiveTask liveTask(const Job &job, int index, qint64 atMs) const;
    // The status a task shows: CANCELED once the user canceled it, else its code's.
    static int statusOf(const Job &job, const TaskTable &table, std::size_t index)
    {
        if (!job.canceledMs.empty() && job.canceledMs[index] >= 0)
            return Canceled;
        return table.codes[index] & 7;
    }
    // Counts and checkpoints from the statuses shown.
    static void indexTable(const Job &job, TaskTable &table);

    void addProducts();
    void addFirmware();
    void loadFixtureJobs();
    void generateJobs();
    void addJob(Job job);
    int productIndex(const QString &key) const;

    const Job *findJob(const QString &jobId) const;
    QStringList srcVersionsOf(const GeneratedJob &spec) const;
    QJsonObject generatedData(const GeneratedJob &spec) const;
    const QJsonObject &data(const Job &job) const; // builds a generated batch's on first use
    const TaskTable &table(const Job &job) const;
    QJsonObject simpleFirmwareInfo(const Firmware &fw) const;
    SimFleet::TaskRecord task(const Job &job, int index, quint8 code) const;
};

void SimFleet::Private::addProducts()
{
    // The seed product first: it has the most firmware and the 100,000-task batch.
    products = {
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

void SimFleet::Private::addFirmware()
{
    const QString none;
    // One firmware per row (clang-format would put every field on its own line).
    // clang-format off
    firmware = {
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
    for (int i = 0; i < int(firmware.size()); ++i)
        firmwareIndex.insert(firmware[std::size_t(i)].id, i);
}

int SimFleet::Private::productIndex(const QString &key) const
{
    for (int i = 0; i < int(products.size()); ++i) {
        if (products[i].key == key)
            return i;
    }
    return -1;
}

void SimFleet::Private::addJob(Job job)
{
    job.product = productIndex(job.productKey);
    job.firmware = firmwareIndex.value(job.firmwareId, -1);
    if (job.product < 0 || job.firmware < 0) {
        qCCritical(lcSim) << "batch" << job.id << "has no product or firmware in the fleet";
        job.product = 0;
        job.taskCount = 0;
    }
    const Product &product = products[job.product];
    job.taskCount = std::min(job.taskCount, product.deviceCount);
    if (job.seed == 0)
        job.seed = stableHash(job.id);
    if (!job.fromFirstDevice && job.taskCount < product.deviceCount)
        job.deviceOffset = int(job.seed % quint32(product.deviceCount - job.taskCount));
    job.number = int(jobs.size());
    jobIndex.insert(job.id, job.number);
    jobs.push_back(std::move(job));
}

void SimFleet::Private::loadFixtureJobs()
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
        Job job;
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
        job.mix = mixOf(data.value(u"JobStatus").toString());
        const QJsonValue needConfirm = data.value(u"NeedConfirm");
        job.needConfirm = needConfirm.toBool() || needConfirm.toString() == u"true";
        const QString start = data.value(u"UtcStartTime").toString();
        job.taskBaseMs = msFromIso(start.isEmpty() ? data.value(u"UtcCreate").toString() : start);
        addJob(std::move(job));
    }
    fixtureCount = int(jobs.size());
}

QStringList SimFleet::Private::srcVersionsOf(const GeneratedJob &spec) const
{
    const QStringList &all = firmware[std::size_t(spec.firmware)].jobSrcVersions;
    return spec.verify ? all.mid(all.size() - 1) : all; // a verification batch tries the newest source only
}

QJsonObject SimFleet::Private::generatedData(const GeneratedJob &spec) const
{
    const Firmware &fw = firmware[std::size_t(spec.firmware)];
    const quint32 h = spec.hash();
    const bool planned = spec.status == u"PLANNED";
    const bool completed = spec.status == u"COMPLETED";
    const bool canceled = spec.status == u"CANCELED";
    const bool dynamic = !spec.verify && !planned && !completed && h % 3 == 0;
    QJsonObject data;
    data.insert(u"JobId"_s, QString(u"HvKuBpuk3rdk6E92CP"_s + spec.tag + u"0200"_s));
    data.insert(u"Name"_s, u"%1-w%2"_s.arg(fw.name).arg(spec.ordinal));
    data.insert(u"JobDesc"_s,
                spec.verify ? u"Verify %1 on bench devices"_s.arg(fw.destVersion)
                            : u"Wave %1 of the %2 rollout"_s.arg(spec.ordinal).arg(fw.destVersion));
    data.insert(u"JobType"_s, spec.verify ? u"VERIFY_FIRMWARE"_s : u"UPGRADE_FIRMWARE"_s);
    data.insert(u"JobStatus"_s, spec.status);
    data.insert(u"SelectionType"_s, dynamic ? u"DYNAMIC"_s : u"STATIC"_s);
    QString target = u"SPECIFIC"_s;
    if (dynamic)
        target = u"ALL"_s;
    else if (!spec.verify)
        target = std::array {u"ALL"_s, u"SPECIFIC"_s, u"GRAY"_s}[h / 3 % 3];
    data.insert(u"TargetSelection"_s, target);
    if (target == u"GRAY")
        data.insert(u"GrayPercent"_s, u"%1.00"_s.arg(10 + h / 9 % 5 * 10));
    if (dynamic)
        data.insert(u"DynamicMode"_s, int(1 + h / 45 % 2));
    data.insert(u"FirmwareId"_s, fw.id);
    data.insert(u"ProductKey"_s, products[std::size_t(fw.product)].key);
    data.insert(u"DestVersion"_s, fw.destVersion);
    data.insert(u"SrcVersions"_s,
                QJsonObject {{u"SrcVersion"_s, QJsonArray::fromStringList(srcVersionsOf(spec))}});
    data.insert(u"DownloadProtocol"_s, h / 90 % 4 == 0 ? u"MQTT"_s : u"HTTPS"_s);
    data.insert(u"GroupId"_s, QString());
    data.insert(u"GroupName"_s, QString());
    data.insert(u"MaximumPerMinute"_s, h / 360 % 2 == 0 ? 1000 : 500);
    data.insert(u"OverwriteMode"_s, int(1 + h / 720 % 2));
    if (h / 1440 % 2 == 0) {
        data.insert(u"RetryCount"_s, int(1 + h / 2880 % 5));
        data.insert(u"RetryInterval"_s, std::array {10, 30, 60, 1440}[h / 14400 % 4]);
    }
    data.insert(u"TimeoutInMinutes"_s, spec.timeoutMinutes());
    data.insert(u"MultiModuleMode"_s, fw.multiFiles);
    data.insert(u"NeedConfirm"_s, spec.needConfirm());
    data.insert(u"NeedPush"_s, true);
    const int tagKind = int(h / 864000 % 4);
    if (tagKind == 1) {
        data.insert(u"Tags"_s,
                    QJsonObject {{u"OtaTagDTO"_s,
                                  tagArray({{u"env"_s, u"production"_s},
                                            {u"wave"_s, u"w%1"_s.arg(spec.ordinal)}})}});
    } else if (tagKind == 2) {
        data.insert(u"Tags"_s, QJsonObject {{u"OtaTagDTO"_s, tagArray({{u"env"_s, u"staging"_s}})}});
    } else if (tagKind == 3) {
        data.insert(u"Tags"_s,
                    QJsonObject {{u"OtaTagDTO"_s,
                                  tagArray({{u"channel"_s, u"beta"_s},
                                            {u"owner"_s, u"fleet-ops"_s},
                                            {u"region"_s, u"华东-上海"_s}})}});
    }

    const qint64 start = spec.startMs();
    qint64 modified = start + qint64(h % 360) * kMinute; // IN_PROGRESS: the last change so far
    data.insert(u"UtcCreate"_s, isoUtc(spec.createMs));
    data.insert(u"UtcStartTime"_s, isoUtc(start));
    if (planned) {
        modified = spec.createMs + 5 * kMinute;
        data.insert(u"UtcScheduleTime"_s, isoUtc(start));
        data.insert(u"UtcScheduleFinishTime"_s, isoUtc(start + 2 * kDay));
    } else if (completed) {
        modified = start + kHour + qint64(h % 4320) * kMinute;
        data.insert(u"UtcEndTime"_s, isoUtc(modified));
    } else if (canceled) {
        modified = start + 30 * kMinute + qint64(h % 1440) * kMinute;
    }
    data.insert(u"UtcModified"_s, isoUtc(modified));
    return data;
}

const QJsonObject &SimFleet::Private::data(const Job &job) const
{
    if (job.generated) {
        job.data = generatedData(*job.generated);
        job.generated.reset();
    }
    if (job.live) {
        // What its tasks show now: the latest change, and COMPLETED once every task has finished.
        const TaskTable &tasks = table(job);
        job.data.insert(u"UtcModified"_s,
                        isoUtc(std::max({tasks.lastChangeMs, job.modifiedMs, job.taskBaseMs})));
        if (!job.statusFixed)
            job.data.insert(u"JobStatus"_s, tasks.allFinished ? u"COMPLETED"_s : u"IN_PROGRESS"_s);
        if (tasks.allFinished)
            job.data.insert(u"UtcEndTime"_s, isoUtc(tasks.lastChangeMs));
        else
            job.data.remove(u"UtcEndTime"_s);
    }
    return job.data;
}

void SimFleet::Private::addLiveJob()
{
    const Firmware &fw = firmware[std::size_t(firmwareIndex.value(u"UfuxnwygsuSkVE0VCNv1210100"_s))];
    Job job;
    job.id = SimFleet::liveJobId();
    job.live = true;
    job.destVersion = fw.destVersion;
    job.firmwareId = fw.id;
    job.productKey = products[std::size_t(fw.product)].key;
    job.timeoutMinutes = 30;
    job.timeoutText = QString::number(job.timeoutMinutes);
    job.srcVersions = fw.jobSrcVersions;
    job.taskCount = SimFleet::kLiveJobTaskCount;
    job.seed = stableHash(job.id) | 1U;
    job.data = QJsonObject {
            {u"JobId"_s, job.id},
            {u"Name"_s, u"%1-live"_s.arg(fw.name)},
            {u"JobDesc"_s, u"Live rollout: the device tasks move on as time passes"_s},
            {u"JobType"_s, u"UPGRADE_FIRMWARE"_s},
            {u"JobStatus"_s, u"IN_PROGRESS"_s},
            {u"SelectionType"_s, u"STATIC"_s},
            {u"TargetSelection"_s, u"SPECIFIC"_s},
            {u"FirmwareId"_s, job.firmwareId},
            {u"ProductKey"_s, job.productKey},
            {u"DestVersion"_s, job.destVersion},
            {u"SrcVersions"_s, QJsonObject {{u"SrcVersion"_s, QJsonArray::fromStringList(job.srcVersions)}}},
            {u"DownloadProtocol"_s, u"HTTPS"_s},
            {u"GroupId"_s, QString()},
            {u"GroupName"_s, QString()},
            {u"MaximumPerMinute"_s, int(60000 / kLiveSpacingMs)},
            {u"OverwriteMode"_s, 1},
            {u"RetryCount"_s, 1},
            {u"RetryInterval"_s, 10},
            {u"TimeoutInMinutes"_s, job.timeoutMinutes},
            {u"MultiModuleMode"_s, false},
            {u"NeedConfirm"_s, false},
            {u"NeedPush"_s, true},
            {u"Tags"_s, QJsonObject {{u"OtaTagDTO"_s, tagArray({{u"env"_s, u"demo"_s}})}}},
    };
    addJob(std::move(job));
    liveIndex = int(jobs.size()) - 1;
}

LiveTask SimFleet::Private::liveTask(const Job &job, int index, qint64 atMs) const
{
    // Every time of the task from its index: pushed in order, then a few seconds to start, one to five
    // minutes to upgrade; about 3.5 % fail on the way.
    const quint32 h = mix32(job.seed ^ quint32(index) * 0x9e3779b9U);
    const qint64 notifyAt = job.taskBaseMs + kLiveLeadMs + qint64(index) * kLiveSpacingMs;
    const qint64 beginAt = notifyAt + 3000 + qint64(h % 20) * 1000;
    const qint64 duration = kMinute + qint64(h / 20 % 240) * 1000;
    const bool fails = h / 4800 % 1000 < 35;
    const qint64 endAt
            = fails ? beginAt + duration * qint64(10 + h / 4800000 % 80) / 100 : beginAt + duration;
    if (atMs < notifyAt)
        return {Queued, 0, job.taskBaseMs, 0};
    if (atMs < beginAt)
        return {Notified, 0, notifyAt, 0};
    if (atMs < endAt) {
        const int progress = int(std::clamp<qint64>((atMs - beginAt) * 100 / duration, 0, 99));
        return {InProgress, progress, beginAt + progress * duration / 100, 0};
    }
    if (fails)
        return {Failed, int((endAt - beginAt) * 100 / duration), endAt, int(h / 7 % failureReasons().size())};
    return {Succeeded, 100, endAt, 0};
}

void SimFleet::Private::indexTable(const Job &job, TaskTable &table)
{
    const int n = int(table.codes.size());
    std::array<int, kStatusCount> running {};
    table.before.clear();
    table.before.reserve(std::size_t(n / kBlock + 1));
    for (int i = 0; i < n; ++i) {
        if (i % kBlock == 0)
            table.before.push_back(running);
        ++running[std::size_t(statusOf(job, table, std::size_t(i)))];
    }
    table.counts = running;
}

void SimFleet::Private::sortJobsOfFirmware(Firmware &fw)
{
    // Newest first.
    std::stable_sort(fw.jobs.begin(), fw.jobs.end(), [this](int a, int b) {
        return jobs[std::size_t(a)].utcCreate > jobs[std::size_t(b)].utcCreate;
    });
}

void SimFleet::Private::generateJobs()
{
    const auto add = [this](const GeneratedJob &spec) {
        const Firmware &fw = firmware[std::size_t(spec.firmware)];
        Job job;
        job.id = QString(u"HvKuBpuk3rdk6E92CP"_s + spec.tag + u"0200"_s);
        job.destVersion = fw.destVersion;
        job.firmwareId = fw.id;
        job.productKey = products[std::size_t(fw.product)].key;
        job.utcCreate = isoUtc(spec.createMs);
        job.timeoutMinutes = spec.timeoutMinutes();
        job.timeoutText = QString::number(job.timeoutMinutes);
        job.srcVersions = srcVersionsOf(spec);
        job.taskCount = spec.taskCount;
        job.mix = mixOf(spec.status);
        job.needConfirm = spec.needConfirm();
        job.taskBaseMs = spec.startMs();
        job.seed = spec.hash() | 1U;
        job.fromFirstDevice = spec.isBig(); // dev-000001 is its first task
        job.generated = spec;
        addJob(std::move(job));
    };

    // The many-batch firmware: newest first, a few scheduled ones, the big batch, recent running ones, then
    // history.
    constexpr int kManyFirmware = 3;
    const qint64 newest = utcMs(2025, 6, 30, 8);
    for (int i = 0; i < SimFleet::kManyJobsCount; ++i) {
        const bool big = i == 3;
        const QString tag = big ? u"huge"_s : u"m%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        const quint32 h = mix32(quint32(i) * 0x2545f491U + 17U);
        QString status = u"COMPLETED"_s;
        bool verify = false;
        if (i < 3)
            status = u"PLANNED"_s;
        else if (i < 16)
            status = u"IN_PROGRESS"_s;
        else if (h % 100 < 12)
            status = u"CANCELED"_s;
        else if (h % 100 < 20)
            verify = true;
        int taskCount = int(h / 100 % 3001);
        if (big)
            taskCount = SimFleet::kBigJobTaskCount;
        else if (verify)
            taskCount = int(1 + h / 100 % 8);
        else if (status == u"PLANNED")
            taskCount = h / 100 % 2 == 0 ? 0 : int(h / 200 % 500);
        const qint64 created = newest - qint64(i) * 19 * kHour - qint64(h % 3600) * 1000;
        add({tag, kManyFirmware, status, verify, created, taskCount, SimFleet::kManyJobsCount - i});
    }
    // A few batches for the other firmware, so that every level of discovery has more than one shape.
    const QList<GeneratedJob> others {
            {u"x000"_s, 1, u"COMPLETED"_s, true, utcMs(2019, 12, 21, 3), 3, 1},
            {u"x001"_s, 1, u"COMPLETED"_s, false, utcMs(2020, 1, 6, 2), 2750, 2},
            {u"x002"_s, 2, u"COMPLETED"_s, false, utcMs(2024, 9, 20, 1), 3000, 1},
            {u"x003"_s, 2, u"CANCELED"_s, false, utcMs(2024, 10, 2, 1), 1200, 2},
            {u"x004"_s, 2, u"COMPLETED"_s, false, utcMs(2024, 10, 15, 1), 2900, 3},
            {u"x005"_s, 4, u"IN_PROGRESS"_s, false, utcMs(2025, 7, 3, 2), 640, 1},
            {u"x006"_s, 4, u"PLANNED"_s, false, utcMs(2025, 7, 4, 2), 0, 2},
            {u"x007"_s, 5, u"IN_PROGRESS"_s, true, utcMs(2025, 8, 2, 6), 6, 1},
            {u"x008"_s, 7, u"COMPLETED"_s, false, utcMs(2024, 12, 5, 3), 2100, 1},
    };
    for (const GeneratedJob &spec : others)
        add(spec);
    addLiveJob();
}

const Job *SimFleet::Private::findJob(const QString &jobId) const
{
    const auto it = jobIndex.constFind(jobId);
    return it == jobIndex.cend() ? nullptr : &jobs[*it];
}

const TaskTable &SimFleet::Private::table(const Job &job) const
{
    if (job.live) {
        // Rebuilt in place for each new now (2,000 tasks, some 50 µs), so a reference taken before stays
        // valid.
        const qint64 now = nowMs();
        if (job.table && job.tableAtMs == now)
            return *job.table;
        if (!job.table)
            job.table = std::make_unique<TaskTable>();
        TaskTable &live = *job.table;
        live.codes.resize(std::size_t(job.taskCount));
        live.lastChangeMs = job.taskBaseMs;
        live.allFinished = true;
        for (int i = 0; i < job.taskCount; ++i) {
            const LiveTask task = liveTask(job, i, now);
            live.codes[std::size_t(i)] = quint8(task.status | task.reason << 3);
            const qint64 canceledAt = job.canceledMs.empty() ? -1 : job.canceledMs[std::size_t(i)];
            live.lastChangeMs = std::max(live.lastChangeMs, canceledAt >= 0 ? canceledAt : task.modifiedMs);
            const int status = statusOf(job, live, std::size_t(i));
            if (status != Succeeded && status != Failed && status != Canceled)
                live.allFinished = false;
        }
        indexTable(job, live);
        job.tableAtMs = now;
        return live;
    }
    if (job.table)
        return *job.table;
    auto table = std::make_unique<TaskTable>();
    const int n = job.taskCount;
    const std::array<int, kStatusCount> permille = mixPermille(job.mix, job.needConfirm);
    int assigned = 0;
    for (int s = 0; s < kStatusCount; ++s) {
        table->counts[s] = int(qint64(n) * permille[s] / 1000);
        assigned += table->counts[s];
    }
    table->counts[job.mix == Mix::Planned ? Queued : Succeeded] += n - assigned;

    std::vector<quint8> &codes = table->codes;
    codes.reserve(std::size_t(n));
    for (int s = 0; s < kStatusCount; ++s) {
        if (s != Failed) {
            codes.insert(codes.end(), std::size_t(table->counts[s]), quint8(s));
            continue;
        }
        const auto &reasons = failureReasons();
        int given = 0;
        for (std::size_t r = 1; r < reasons.size(); ++r) {
            const int count = int(qint64(table->counts[s]) * reasons[r].permille / 1000);
            codes.insert(codes.end(), std::size_t(count), quint8(Failed | r << 3));
            given += count;
        }
        codes.insert(codes.end(), std::size_t(table->counts[s] - given), quint8(Failed));
    }
    // Fisher-Yates with a fixed sequence: the statuses interleave as in a real fleet, the same on every run.
    SplitMix random(job.seed);
    for (int i = n - 1; i > 0; --i)
        std::swap(codes[std::size_t(i)], codes[std::size_t(random.next() % quint64(i + 1))]);

    indexTable(job, *table);
    job.table = std::move(table);
    return *job.table;
}

SimFleet::TaskRecord SimFleet::Private::task(const Job &job, int index, quint8 code) const
{
    const Product &product = products[job.product];
    int status = code & 7;
    const quint32 h = mix32(job.seed ^ quint32(index) * 0x9e3779b9U);
    const int device = (job.deviceOffset + index) % std::max(1, product.deviceCount) + 1;
    // The live batch's tasks were all created when it started.
    const qint64 created = job.live ? job.taskBaseMs : job.taskBaseMs + qint64(index) * kTaskSpacingMs;
    qint64 modified = created;
    int progress = 0;
    QString desc;
    const qint64 canceledAt = job.canceledMs.empty() ? -1 : job.canceledMs[std::size_t(index)];
    if (job.live) {
        // As its table shows it (the same now), or as it was when the user canceled it.
        const LiveTask live = liveTask(job, index, canceledAt >= 0 ? canceledAt : job.tableAtMs);
        status = live.status;
        progress = live.progress;
        modified = live.modifiedMs;
        if (status == Failed)
            desc = failureReasons()[std::size_t(live.reason)].text;
    } else {
        switch (status) {
        case Succeeded:
            progress = 100;
            modified += kMinute + qint64(h % 1800) * 1000;
            break;
        case Failed: {
            const int reason = code >> 3;
            desc = failureReasons()[std::size_t(reason)].text;
            progress = reason == 0 ? int(h % 60) : int(h % 100);
            modified += reason == 1 ? job.timeoutMinutes * kMinute : 30 * 1000 + qint64(h % 3600) * 1000;
            break;
        }
        case InProgress:
            progress = int(1 + h % 99);
            modified += qint64(h % 600) * 1000;
            break;
        case Notified:
            modified += 1000 + qint64(h % 30) * 1000;
            break;
        case Canceled:
            desc = kUserCanceledDesc;
            modified += qint64(h % 7200) * 1000;
            break;
        default: // CONFIRM, QUEUED: nothing happened since
            break;
        }
    }
    if (canceledAt >= 0) {
        status = Canceled;
        desc = kUserCanceledDesc;
        modified = canceledAt;
    }
    // In name order, as QJsonObject would keep them.
    SimFleet::TaskRecord record;
    record.reserve(15);
    record.append({u"DestVersion"_s, job.destVersion});
    record.append({u"DeviceName"_s, deviceName(device)});
    record.append({u"FirmwareId"_s, job.firmwareId});
    record.append({u"IotId"_s, QString(product.iotIdPrefix + hex(mix32(quint32(device)), 8) + u"00100"_s)});
    record.append({u"JobId"_s, job.id});
    record.append({u"ProductKey"_s, job.productKey});
    record.append({u"ProductName"_s, product.name});
    record.append({u"Progress"_s, QString::number(progress)});
    record.append({u"SrcVersion"_s,
                   job.srcVersions.isEmpty()
                           ? QString()
                           : job.srcVersions.at(int(h / 7 % quint32(job.srcVersions.size())))});
    if (!desc.isEmpty())
        record.append({u"TaskDesc"_s, desc});
    record.append({u"TaskId"_s,
                   QString(hex(mix64(quint64(job.number + 1) << 32 | quint32(index)), 16) + u"0300"_s)});
    record.append({u"TaskStatus"_s, statusCodes()[std::size_t(status)]});
    if (!job.timeoutText.isEmpty())
        record.append({u"Timeout"_s, job.timeoutText});
    record.append({u"UtcCreate"_s, isoUtc(created)});
    record.append({u"UtcModified"_s, isoUtc(modified)});
    return record;
}

QJsonObject SimFleet::Private::simpleFirmwareInfo(const Firmware &fw) const
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
            {u"ProductKey"_s, products[fw.product].key},
            {u"ProductName"_s, products[fw.product].name},
            {u"SignMethod"_s, fw.signMethod},
            {u"Status"_s, fw.status},
            {u"Type"_s, fw.type},
            {u"UtcCreate"_s, isoUtc(fw.createMs)},
            {u"UtcModified"_s, isoUtc(fw.createMs + (fw.status == 0 ? 0 : 2 * kHour))},
    };
    if (fw.type == 1)
        object.insert(u"SrcVersion"_s, fw.srcVersion);
    return object;
}

SimFleet::SimFleet() : m_d(std::make_unique<Private>())
{
    m_d->addProducts();
    m_d->addFirmware();
    m_d->loadFixtureJobs();
    m_d->generateJobs();
    for (int i = 0; i < int(m_d->jobs.size()); ++i) {
        const Job &job = m_d->jobs[i];
        if (job.firmware >= 0)
            m_d->firmware[job.firmware].jobs.append(i);
    }
    for (Firmware &fw : m_d->firmware)
        m_d->sortJobsOfFirmware(fw);
    setLiveJobStart(m_d->clock->nowUtc());
}

SimFleet::~SimFleet() = default;

QString SimFleet::multiFirmwareProductKey()
{
    return u"a19mzPZ****"_s;
}

QString SimFleet::manyJobsFirmwareId()
{
    return u"UfuxnwygsuSkVE0VCNv1200100"_s;
}

QString SimFleet::bigJobId()
{
    return u"HvKuBpuk3rdk6E92CPhuge0200"_s;
}

QString SimFleet::liveJobId()
{
    return u"HvKuBpuk3rdk6E92CPlive0200"_s;
}

void SimFleet::setClock(const Clock *clock)
{
    m_d->clock = clock ? clock : &Clock::system();
}

void SimFleet::setLiveJobStart(const QDateTime &start)
{
    Job &job = m_d->jobs[std::size_t(m_d->liveIndex)];
    // Whole seconds, as the gateway's times are.
    const qint64 startMs = start.toMSecsSinceEpoch() / 1000 * 1000;
    job.taskBaseMs = startMs;
    job.utcCreate = isoUtc(startMs);
    job.data.insert(u"UtcCreate"_s, job.utcCreate);
    job.data.insert(u"UtcStartTime"_s, job.utcCreate);
    job.data.insert(u"JobStatus"_s, u"IN_PROGRESS"_s);
    job.canceledMs.clear();
    job.table.reset();
    job.modifiedMs = 0;
    job.statusFixed = false;
    if (job.firmware >= 0)
        m_d->sortJobsOfFirmware(m_d->firmware[std::size_t(job.firmware)]);
}

QStringList SimFleet::taskStatuses()
{
    const auto &codes = statusCodes();
    return QStringList(codes.cbegin(), codes.cend());
}

QList<QJsonObject> SimFleet::products() const
{
    QList<QJsonObject> list;
    for (const Product &product : m_d->products) {
        list.append(QJsonObject {{u"AuthType"_s, product.authType},
                                 {u"DataFormat"_s, product.dataFormat},
                                 {u"Description"_s, product.description},
                                 {u"DeviceCount"_s, product.deviceCount},
                                 {u"GmtCreate"_s, product.gmtCreateMs},
                                 {u"NodeType"_s, product.nodeType},
                                 {u"ProductKey"_s, product.key},
                                 {u"ProductName"_s, product.name}});
    }
    return list;
}

QList<QJsonObject> SimFleet::firmwareList(const QString &productKey, const QString &destVersion) const
{
    QList<QJsonObject> list;
    for (const Firmware &fw : m_d->firmware) {
        if ((productKey.isEmpty() || m_d->products[fw.product].key == productKey)
            && (destVersion.isEmpty() || fw.destVersion == destVersion))
            list.append(m_d->simpleFirmwareInfo(fw));
    }
    return list;
}

std::optional<QJsonObject> SimFleet::firmware(const QString &firmwareId) const
{
    const auto it = m_d->firmwareIndex.constFind(firmwareId);
    if (it == m_d->firmwareIndex.cend())
        return std::nullopt;
    const Firmware &fw = m_d->firmware[*it];
    QJsonObject object = m_d->simpleFirmwareInfo(fw);
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

QStringList SimFleet::fixtureJobIds() const
{
    QStringList ids;
    for (int i = 0; i < m_d->fixtureCount; ++i)
        ids.append(m_d->jobs[i].id);
    return ids;
}

QStringList SimFleet::generatedJobIds() const
{
    QStringList ids;
    for (std::size_t i = std::size_t(m_d->fixtureCount); i < m_d->jobs.size(); ++i)
        ids.append(m_d->jobs[i].id);
    return ids;
}

QStringList SimFleet::jobIdsOfFirmware(const QString &firmwareId) const
{
    QStringList ids;
    const auto it = m_d->firmwareIndex.constFind(firmwareId);
    if (it == m_d->firmwareIndex.cend())
        return ids;
    for (const int index : std::as_const(m_d->firmware[*it].jobs))
        ids.append(m_d->jobs[index].id);
    return ids;
}

std::optional<QJsonObject> SimFleet::job(const QString &jobId) const
{
    if (const Job *job = m_d->findJob(jobId))
        return m_d->data(*job);
    return std::nullopt;
}

std::optional<QJsonObject> SimFleet::jobSummary(const QString &jobId) const
{
    const Job *job = m_d->findJob(jobId);
    if (!job)
        return std::nullopt;
    static const QStringList fields {u"FirmwareId"_s,      u"JobId"_s,      u"JobStatus"_s,
                                     u"JobType"_s,         u"ProductKey"_s, u"SelectionType"_s,
                                     u"TargetSelection"_s, u"UtcCreate"_s,  u"UtcModified"_s,
                                     u"UtcStartTime"_s,    u"UtcEndTime"_s, u"Tags"_s};
    const QJsonObject &data = m_d->data(*job);
    QJsonObject summary;
    for (const QString &field : fields) {
        const QJsonValue value = data.value(field);
        if (!value.isUndefined())
            summary.insert(field, value);
    }
    return summary;
}

bool SimFleet::setJobStatus(const QString &jobId, const QString &status)
{
    const auto it = m_d->jobIndex.constFind(jobId);
    if (it == m_d->jobIndex.cend())
        return false;
    Job &job = m_d->jobs[std::size_t(*it)];
    m_d->data(job);
    job.data.insert(u"JobStatus"_s, status);
    job.statusFixed = true;
    return true;
}

int SimFleet::cancelTasks(const QString &jobId, int targets)
{
    const auto it = m_d->jobIndex.constFind(jobId);
    if (it == m_d->jobIndex.cend())
        return -1;
    Job &job = m_d->jobs[std::size_t(*it)];
    // A batch that has not started keeps its tasks as QUEUED: those are the scheduled ones.
    const bool scheduled = m_d->data(job).value(u"JobStatus").toString() == u"PLANNED";
    quint8 statuses = 0; // bit per Status
    if (targets & (scheduled ? CancelScheduled : CancelQueued))
        statuses |= 1 << Queued;
    if (targets & CancelNotified)
        statuses |= 1 << Notified;
    if (targets & CancelInProgress)
        statuses |= 1 << InProgress;
    if (targets & CancelUnconfirmed)
        statuses |= 1 << Confirm;
    const TaskTable &table = m_d->table(job);
    const qint64 now = m_d->nowMs();
    int canceled = 0;
    for (std::size_t i = 0; i < std::size_t(job.taskCount); ++i) {
        if (!(statuses >> Private::statusOf(job, table, i) & 1))
            continue;
        if (job.canceledMs.empty())
            job.canceledMs.assign(std::size_t(job.taskCount), -1);
        job.canceledMs[i] = now;
        ++canceled;
    }
    if (canceled == 0)
        return 0;
    if (job.live) {
        job.modifiedMs = now;
        job.tableAtMs = -1; // counted again on the next look
    } else {
        Private::indexTable(job, *job.table);
        job.data.insert(u"UtcModified"_s, isoUtc(now));
    }
    return canceled;
}

SimFleet::StrategyCancel SimFleet::cancelStrategy(const QString &jobId)
{
    const auto it = m_d->jobIndex.constFind(jobId);
    if (it == m_d->jobIndex.cend())
        return StrategyCancel::UnknownJob;
    Job &job = m_d->jobs[std::size_t(*it)];
    if (m_d->data(job).value(u"SelectionType").toString() != u"DYNAMIC")
        return StrategyCancel::NotDynamic;
    const qint64 now = m_d->nowMs();
    job.data.insert(u"JobStatus"_s, u"CANCELED"_s);
    job.data.insert(u"UtcModified"_s, isoUtc(now));
    job.modifiedMs = now;
    job.statusFixed = true;
    return StrategyCancel::Canceled;
}

int SimFleet::taskCount(const QString &jobId, const QString &taskStatus) const
{
    const Job *job = m_d->findJob(jobId);
    if (!job)
        return -1;
    const std::optional<int> status = statusIndex(taskStatus);
    if (!status)
        return job->taskCount;
    if (*status >= kStatusCount)
        return 0;
    return m_d->table(*job).counts[std::size_t(*status)];
}

QList<SimFleet::TaskRecord> SimFleet::taskRecords(const QString &jobId, const QString &taskStatus,
                                                  qint64 offset, int limit) const
{
    QList<TaskRecord> page;
    const Job *job = m_d->findJob(jobId);
    const std::optional<int> status = statusIndex(taskStatus);
    if (!job || offset < 0 || limit <= 0 || (status && *status >= kStatusCount))
        return page;
    const TaskTable &table = m_d->table(*job);
    const std::vector<quint8> &codes = table.codes;
    if (!status) {
        const qint64 end = std::min<qint64>(offset + limit, job->taskCount);
        page.reserve(std::max<qint64>(0, end - offset));
        for (qint64 i = offset; i < end; ++i)
            page.append(m_d->task(*job, int(i), codes[std::size_t(i)]));
        return page;
    }
    const int s = *status;
    if (offset >= table.counts[std::size_t(s)])
        return page;
    // The last checkpoint with at most offset tasks of this status before it, then a scan.
    const auto block = std::upper_bound(table.before.cbegin(), table.before.cend(), offset,
                                        [s](qint64 wanted, const auto &counts) { return wanted < counts[s]; })
            - 1;
    qint64 seen = (*block)[std::size_t(s)];
    for (std::size_t i = std::size_t(block - table.before.cbegin()) * kBlock;
         i < codes.size() && page.size() < limit; ++i) {
        if (Private::statusOf(*job, table, i) != s)
            continue;
        if (seen++ >= offset)
            page.append(m_d->task(*job, int(i), codes[i]));
    }
    return page;
}

QList<SimFleet::TaskRecord> SimFleet::taskRecordsOfDevices(const QString &jobId, const QString &taskStatus,
                                                           const QStringList &deviceNames) const
{
    QList<TaskRecord> found;
    const Job *job = m_d->findJob(jobId);
    const std::optional<int> status = statusIndex(taskStatus);
    if (!job || (status && *status >= kStatusCount))
        return found;
    const int deviceCount = m_d->products[job->product].deviceCount;
    if (deviceCount <= 0)
        return found;
    const TaskTable &table = m_d->table(*job);
    QSet<int> listed;
    for (const QString &name : deviceNames) {
        bool ok = false;
        const int number = name.startsWith(u"dev-") ? name.mid(4).toInt(&ok) : 0;
        if (!ok || number < 1 || number > deviceCount || deviceName(number) != name)
            continue;
        const int index = ((number - 1 - job->deviceOffset) % deviceCount + deviceCount) % deviceCount;
        if (index >= job->taskCount || listed.contains(index))
            continue;
        const quint8 code = table.codes[std::size_t(index)];
        if (status && Private::statusOf(*job, table, std::size_t(index)) != *status)
            continue;
        listed.insert(index);
        found.append(m_d->task(*job, index, code));
    }
    return found;
}

QJsonArray SimFleet::tasks(const QString &jobId, const QString &taskStatus, qint64 offset, int limit) const
{
    return toJson(taskRecords(jobId, taskStatus, offset, limit));
}

QJsonArray SimFleet::tasksOfDevices(const QString &jobId, const QString &taskStatus,
                                    const QStringList &deviceNames) const
{
    return toJson(taskRecordsOfDevices(jobId, taskStatus, deviceNames));
}

QJsonArray SimFleet::toJson(const QList<TaskRecord> &records)
{
    QJsonArray array;
    for (const TaskRecord &record : records) {
        QJsonObject object;
        for (const auto &[name, text] : record)
            object.insert(name, text);
        array.append(object);
    }
    return array;
}
