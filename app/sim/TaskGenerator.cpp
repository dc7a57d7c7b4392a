#include "TaskGenerator.h"

#include "SimHash.h"
#include "SimProduct.h"
#include "SimTaskStatus.h"
#include "SimTime.h"

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;
using namespace SimTaskStatus;

namespace {

// Device tasks start this far apart (ms) after the batch starts.
constexpr qint64 kTaskSpacingMs = 20;

// SplitMix64: a fixed, portable sequence for the task shuffle.
class SplitMix
{
public:
    explicit SplitMix(quint64 seed) : m_state(seed) { }
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return SimHash::mix64(m_state);
    }

private:
    quint64 m_state;
};

// Permille of each status, in Status order.
std::array<int, kCount> mixPermille(SimJob::Mix mix, bool needConfirm)
{
    switch (mix) {
    case SimJob::Mix::Planned:
        return {0, 1000, 0, 0, 0, 0, 0};
    case SimJob::Mix::Completed:
        return {0, 0, 0, 0, 930, 60, 10};
    case SimJob::Mix::Canceled:
        return {0, 0, 0, 0, 400, 50, 550};
    case SimJob::Mix::Running:
        break;
    }
    // Without NeedConfirm no device waits for confirmation: those would be QUEUED.
    return needConfirm ? std::array<int, kCount> {20, 40, 30, 50, 780, 60, 20}
                       : std::array<int, kCount> {0, 60, 30, 50, 780, 60, 20};
}

QString hex(quint64 value, int width)
{
    return QString::number(value, 16).rightJustified(width, QLatin1Char('0'));
}

} // namespace

SimJob::Mix TaskGenerator::mixOf(const QString &jobStatus)
{
    if (jobStatus == u"PLANNED")
        return SimJob::Mix::Planned;
    if (jobStatus == u"COMPLETED")
        return SimJob::Mix::Completed;
    if (jobStatus == u"CANCELED")
        return SimJob::Mix::Canceled;
    return SimJob::Mix::Running;
}

std::vector<quint8> TaskGenerator::codes(const SimJob &job)
{
    const int n = job.taskCount;
    const std::array<int, kCount> permille = mixPermille(job.mix, job.needConfirm);
    std::array<int, kCount> counts {};
    int assigned = 0;
    for (int s = 0; s < kCount; ++s) {
        counts[s] = int(qint64(n) * permille[s] / 1000);
        assigned += counts[s];
    }
    counts[job.mix == SimJob::Mix::Planned ? Queued : Succeeded] += n - assigned;

    std::vector<quint8> codes;
    codes.reserve(std::size_t(n));
    for (int s = 0; s < kCount; ++s) {
        if (s != Failed) {
            codes.insert(codes.end(), std::size_t(counts[s]), quint8(s));
            continue;
        }
        const auto &reasons = failureReasons();
        int given = 0;
        for (std::size_t r = 1; r < reasons.size(); ++r) {
            const int count = int(qint64(counts[s]) * reasons[r].permille / 1000);
            codes.insert(codes.end(), std::size_t(count), quint8(Failed | r << 3));
            given += count;
        }
        codes.insert(codes.end(), std::size_t(counts[s] - given), quint8(Failed));
    }
    // Fisher-Yates with a fixed sequence: the statuses interleave as in a real fleet, the same on every run.
    SplitMix random(job.seed);
    for (int i = n - 1; i > 0; --i)
        std::swap(codes[std::size_t(i)], codes[std::size_t(random.next() % quint64(i + 1))]);
    return codes;
}

TaskGenerator::State TaskGenerator::state(const SimJob &job, int index, quint8 code)
{
    const quint32 h = SimHash::taskHash(job.seed, index);
    State state;
    state.status = code & 7;
    state.createdMs = job.taskBaseMs + qint64(index) * kTaskSpacingMs;
    state.modifiedMs = state.createdMs;
    switch (state.status) {
    case Succeeded:
        state.progress = 100;
        state.modifiedMs += SimTime::kMinute + qint64(h % 1800) * 1000;
        break;
    case Failed: {
        const int reason = code >> 3;
        state.desc = failureReasons()[std::size_t(reason)].text;
        state.progress = reason == 0 ? int(h % 60) : int(h % 100);
        state.modifiedMs
                += reason == 1 ? job.timeoutMinutes * SimTime::kMinute : 30 * 1000 + qint64(h % 3600) * 1000;
        break;
    }
    case InProgress:
        state.progress = int(1 + h % 99);
        state.modifiedMs += qint64(h % 600) * 1000;
        break;
    case Notified:
        state.modifiedMs += 1000 + qint64(h % 30) * 1000;
        break;
    case Canceled:
        state.desc = userCanceledDesc();
        state.modifiedMs += qint64(h % 7200) * 1000;
        break;
    default: // CONFIRM, QUEUED: nothing happened since
        break;
    }
    return state;
}

SimTaskRecord TaskGenerator::record(const SimJob &job, const SimProduct &product, int index,
                                    const State &state)
{
    const quint32 h = SimHash::taskHash(job.seed, index);
    const int device = (job.deviceOffset + index) % std::max(1, product.deviceCount) + 1;
    // In name order, as QJsonObject would keep them.
    SimTaskRecord record;
    record.reserve(15);
    record.append({u"DestVersion"_s, job.destVersion});
    record.append({u"DeviceName"_s, deviceName(device)});
    record.append({u"FirmwareId"_s, job.firmwareId});
    record.append({u"IotId"_s, iotId(product, device)});
    record.append({u"JobId"_s, job.id});
    record.append({u"ProductKey"_s, job.productKey});
    record.append({u"ProductName"_s, product.name});
    record.append({u"Progress"_s, QString::number(state.progress)});
    record.append({u"SrcVersion"_s,
                   job.srcVersions.isEmpty()
                           ? QString()
                           : job.srcVersions.at(int(h / 7 % quint32(job.srcVersions.size())))});
    if (!state.desc.isEmpty())
        record.append({u"TaskDesc"_s, state.desc});
    record.append(
            {u"TaskId"_s,
             QString(hex(SimHash::mix64(quint64(job.number + 1) << 32 | quint32(index)), 16) + u"0300"_s)});
    record.append({u"TaskStatus"_s, SimTaskStatus::codes()[std::size_t(state.status)]});
    if (!job.timeoutText.isEmpty())
        record.append({u"Timeout"_s, job.timeoutText});
    record.append({u"UtcCreate"_s, SimTime::isoUtc(state.createdMs)});
    record.append({u"UtcModified"_s, SimTime::isoUtc(state.modifiedMs)});
    return record;
}

QString TaskGenerator::deviceName(int number)
{
    return QString(u"dev-"_s + QString::number(number).rightJustified(6, QLatin1Char('0')));
}

std::optional<std::pair<int, int>> TaskGenerator::taskOfId(const QString &taskId)
{
    bool ok = false;
    const quint64 mixed
            = taskId.size() == 20 && taskId.endsWith(u"0300") ? taskId.left(16).toULongLong(&ok, 16) : 0;
    if (!ok)
        return std::nullopt;
    const quint64 plain = SimHash::unmix64(mixed);
    const qint64 number = qint64(plain >> 32) - 1;
    if (number < 0 || number > std::numeric_limits<int>::max())
        return std::nullopt;
    return std::pair<int, int>(int(number), int(quint32(plain)));
}

QString TaskGenerator::iotId(const SimProduct &product, int number)
{
    return QString(product.iotIdPrefix + hex(SimHash::mix32(quint32(number)), 8) + u"00100"_s);
}

std::optional<int> TaskGenerator::taskOfDevice(const SimJob &job, int deviceCount, const QString &name)
{
    bool ok = false;
    const int number = name.startsWith(u"dev-") ? name.mid(4).toInt(&ok) : 0;
    if (!ok || deviceCount <= 0 || number < 1 || number > deviceCount || deviceName(number) != name)
        return std::nullopt;
    const int index = ((number - 1 - job.deviceOffset) % deviceCount + deviceCount) % deviceCount;
    if (index >= job.taskCount)
        return std::nullopt;
    return index;
}
