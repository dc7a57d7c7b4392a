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
    job.utcCreate = SimTime::isoUtc(startMs);
    job.data.insert(u"UtcCreate"_s, job.utcCreate);
    job.data.insert(u"UtcStartTime"_s, job.utcCreate);
    job.data.insert(u"JobStatus"_s, u"IN_PROGRESS"_s);
    job.ledger.clear();
    job.modifiedMs = 0;
    job.statusFixed = false;
    m_current = false;
}

LiveBatch::Task LiveBatch::taskAt(const SimJob &job, int index, qint64 atMs)
{
    // Every time of the task from its index: pushed in order, then a few seconds to start, one to five
    // minutes to upgrade; about 3.5 % fail on the way.
    const quint32 h = SimHash::taskHash(job.seed, index);
    const qint64 notifyAt = job.taskBaseMs + kLeadMs + qint64(index) * kSpacingMs;
    const qint64 beginAt = notifyAt + 3000 + qint64(h % 20) * 1000;
    const qint64 duration = SimTime::kMinute + qint64(h / 20 % 240) * 1000;
    const bool fails = h / 4800 % 1000 < 35;
    const bool hangs = !fails && index < 1000 && SimHash::taskHash(job.seed ^ 0x5bd1e995U, index) % 40 == 0;
    const qint64 endAt
            = fails ? beginAt + duration * qint64(10 + h / 4800000 % 80) / 100 : beginAt + duration;
    if (atMs < notifyAt)
        return {Queued, 0, job.taskBaseMs, 0};
    if (atMs < beginAt)
        return {Notified, 0, notifyAt, 0};
    if (hangs) {
        const int hangProgress = int(20 + h % 40);
        const qint64 hangAt = beginAt + duration * hangProgress / 100;
        const qint64 failAt = hangAt + qint64(kTimeoutMinutes) * SimTime::kMinute + SimTime::kMinute;
        if (atMs < hangAt) {
            const int progress = int(std::clamp<qint64>((atMs - beginAt) * 100 / duration, 0, 99));
            return {InProgress, progress, beginAt + progress * duration / 100, 0};
        }
        if (atMs < failAt)
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
    std::vector<quint8> codes(std::size_t(job.taskCount));
    m_lastChangeMs = job.taskBaseMs;
    m_allFinished = true;
    for (int i = 0; i < job.taskCount; ++i) {
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
    job.data.insert(u"UtcModified"_s,
                    SimTime::isoUtc(std::max({m_lastChangeMs, job.modifiedMs, job.taskBaseMs})));
    if (!job.statusFixed)
        job.data.insert(u"JobStatus"_s, m_allFinished ? u"COMPLETED"_s : u"IN_PROGRESS"_s);
    if (m_allFinished)
        job.data.insert(u"UtcEndTime"_s, SimTime::isoUtc(m_lastChangeMs));
    else
        job.data.remove(u"UtcEndTime"_s);
}
