#include "LiveBatch.h"

#include "SimHash.h"
#include "SimJob.h"
#include "SimTaskStatus.h"
#include "SimTime.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SimTaskStatus;

namespace {
// "Upgrade timed out" in failureReasons().
constexpr int kTimedOutReason = 1;
} // namespace

void LiveBatch::restart(SimJob &job, qint64 startMs)
{
    job.taskBaseMs = startMs;
    // A planned batch was created a while before its start; the others when they started.
    const qint64 createdMs
            = job.pace.startOffsetMs > 0 ? startMs - job.pace.startOffsetMs - 3600000 : startMs;
    job.utcCreate = SimTime::isoUtc(createdMs);
    job.data.insert(u"UtcCreate"_s, job.utcCreate);
    job.data.insert(u"UtcStartTime"_s, SimTime::isoUtc(startMs));
    if (job.pace.startOffsetMs > 0)
        job.data.insert(u"UtcScheduleTime"_s, SimTime::isoUtc(startMs));
    if (job.pace.scheduleFinishAfterMs > 0)
        job.data.insert(u"UtcScheduleFinishTime"_s,
                        SimTime::isoUtc(startMs + job.pace.scheduleFinishAfterMs));
    job.data.insert(u"JobStatus"_s, job.pace.startOffsetMs > 0 ? u"PLANNED"_s : u"IN_PROGRESS"_s);
    job.ledger.clear();
    job.modifiedMs = 0;
    job.statusFixed = false;
    m_current = false;
}

int LiveBatch::taskCountAt(const SimJob &job, qint64 atMs)
{
    const LivePace &pace = job.pace;
    if (pace.baseCount < 0 || pace.growthPerMinute <= 0)
        return job.taskCount;
    const qint64 minutes = std::max<qint64>(0, atMs - job.taskBaseMs) / SimTime::kMinute;
    return int(std::min<qint64>(job.taskCount, pace.baseCount + minutes * pace.growthPerMinute));
}

LiveBatch::Task LiveBatch::taskAt(const SimJob &job, int index, qint64 atMs)
{
    // Every time of the task from its index: pushed in order, then a few seconds to start, one to five
    // minutes to upgrade; about 3.5 % fail on the way. A task that joins a growing batch later is pushed
    // once it is there.
    const LivePace &pace = job.pace;
    const quint32 h = SimHash::taskHash(job.seed, index);
    qint64 notifyAt = job.taskBaseMs + pace.leadMs + qint64(index) * pace.spacingMs;
    if (pace.baseCount >= 0 && pace.growthPerMinute > 0 && index >= pace.baseCount) {
        const qint64 joinedAt = job.taskBaseMs
                + qint64(index - pace.baseCount) / pace.growthPerMinute * SimTime::kMinute + SimTime::kMinute;
        notifyAt = std::max(notifyAt, joinedAt + 2000);
    }
    const qint64 beginAt = notifyAt + 3000 + qint64(h % 20) * 1000;
    const qint64 duration = SimTime::kMinute + qint64(h / 20 % 240) * 1000;
    const bool stuck = pace.stuckFrom >= 0 && index >= pace.stuckFrom;
    const bool fails = !stuck && h / 4800 % 1000 < 35;
    const bool hangs = stuck
            || (!fails && pace.hangEvery > 0 && index < pace.hangFirst
                && SimHash::taskHash(job.seed ^ 0x5bd1e995U, index) % quint32(pace.hangEvery) == 0);
    const qint64 endAt
            = fails ? beginAt + duration * qint64(10 + h / 4800000 % 80) / 100 : beginAt + duration;
    if (atMs < notifyAt)
        return {Queued, 0, job.taskBaseMs, 0};
    if (atMs < beginAt)
        return {Notified, 0, notifyAt, 0};
    if (hangs) {
        const int hangProgress = int(20 + h % 40);
        const qint64 hangAt = beginAt + duration * hangProgress / 100;
        const qint64 failAt = hangAt + qint64(job.timeoutMinutes) * SimTime::kMinute + SimTime::kMinute;
        if (atMs < hangAt) {
            const int progress = int(std::clamp<qint64>((atMs - beginAt) * 100 / duration, 0, 99));
            return {InProgress, progress, beginAt + progress * duration / 100, 0};
        }
        if (atMs < failAt || stuck)
            return {InProgress, hangProgress, hangAt, 0}; // silent: stuck once the timeout has passed
        return {Failed, hangProgress, failAt, kTimedOutReason};
    }
    if (atMs < endAt) {
        const int progress = int(std::clamp<qint64>((atMs - beginAt) * 100 / duration, 0, 99));
        return {InProgress, progress, beginAt + progress * duration / 100, 0};
    }
    if (fails)
        return {Failed, int((endAt - beginAt) * 100 / duration), endAt, int(h / 7 % failureReasons().size())};
    return {Succeeded, 100, endAt, 0};
}

TaskGenerator::State LiveBatch::state(const SimJob &job, int index, qint64 atMs) const
{
    const Task task = taskAt(job, index, atMs);
    TaskGenerator::State state;
    state.status = task.status;
    state.progress = task.progress;
    state.createdMs = job.taskBaseMs; // all created when the batch started
    state.modifiedMs = task.modifiedMs;
    if (task.status == Failed)
        state.desc = failureReasons()[std::size_t(task.reason)].text;
    return state;
}

const TaskIndex &LiveBatch::tasksAt(const SimJob &job, qint64 nowMs)
{
    if (m_current && m_shownAtMs == nowMs)
        return m_tasks;
    const int shown = taskCountAt(job, nowMs);
    std::vector<quint8> codes(static_cast<std::size_t>(shown));
    m_lastChangeMs = job.taskBaseMs;
    // A growing batch never finishes by itself: devices may still join.
    m_allFinished = shown == job.taskCount || job.pace.growthPerMinute <= 0;
    for (int i = 0; i < shown; ++i) {
        const Task task = taskAt(job, i, nowMs);
        codes[std::size_t(i)] = quint8(task.status | task.reason << 3);
        const qint64 changedAt = job.ledger.changedAtMs(i);
        m_lastChangeMs = std::max(m_lastChangeMs, changedAt >= 0 ? changedAt : task.modifiedMs);
        const int status = changedAt >= 0 ? job.ledger.statusOf(i) : task.status;
        if (status != Succeeded && status != Failed && status != Canceled)
            m_allFinished = false;
    }
    m_tasks.rebuild(std::move(codes), job.ledger);
    m_shownAtMs = nowMs;
    m_current = true;
    return m_tasks;
}

void LiveBatch::updateData(const SimJob &job, qint64 nowMs)
{
    tasksAt(job, nowMs);
    // Not in the future: a planned batch has not changed since it was created.
    job.data.insert(
            u"UtcModified"_s,
            SimTime::isoUtc(std::min(nowMs, std::max({m_lastChangeMs, job.modifiedMs, job.taskBaseMs}))));
    if (!job.statusFixed) {
        const char16_t *status = nowMs < job.taskBaseMs ? u"PLANNED"
                : m_allFinished                         ? u"COMPLETED"
                                                        : u"IN_PROGRESS";
        job.data.insert(u"JobStatus"_s, QString::fromUtf16(status));
    }
    if (m_allFinished)
        job.data.insert(u"UtcEndTime"_s, SimTime::isoUtc(m_lastChangeMs));
    else
        job.data.remove(u"UtcEndTime"_s);
}
