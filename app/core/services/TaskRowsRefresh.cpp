#include "services/TaskRowsRefresh.h"

#include "models/TaskTableModel.h"
#include "services/TaskSampler.h"
#include "state/BatchStore.h"
#include "util/Clock.h"

#include <QSet>

namespace {
constexpr quint8 kUnfinished = TaskStatuses::bit(TaskStatus::Confirm) | TaskStatuses::bit(TaskStatus::Queued)
        | TaskStatuses::bit(TaskStatus::Notified) | TaskStatuses::bit(TaskStatus::InProgress);
} // namespace

TaskRowsRefresh::TaskRowsRefresh(RequestScheduler *scheduler, BatchStore *store, TaskTableModel *rows,
                                 QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_store(store), m_rows(rows),
      m_failureSampler(new TaskSampler(scheduler, this)), m_inFlightSampler(new TaskSampler(scheduler, this)),
      m_rowReader(new TaskSampler(scheduler, this))
{
    connect(m_failureSampler, &TaskSampler::finished, this, &TaskRowsRefresh::onFailures);
    connect(m_inFlightSampler, &TaskSampler::finished, this, &TaskRowsRefresh::onInFlight);
    connect(m_rowReader, &TaskSampler::finished, this,
            [this](const QList<TaskInfo> &tasks, qint64, const std::optional<ApiError> &error) {
                onRows(tasks, error);
            });
}

TaskRowsRefresh::~TaskRowsRefresh() = default;

QDateTime TaskRowsRefresh::now() const
{
    return m_scheduler->clock().nowUtc();
}

void TaskRowsRefresh::setStep(Step step)
{
    const bool wasBusy = isBusy();
    m_step = step;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void TaskRowsRefresh::cancel()
{
    m_failuresPending = m_inFlightPending = false;
    setStep(Step::Idle); // before the samplers answer "canceled": those answers are not waited for
    m_failureSampler->cancel();
    m_inFlightSampler->cancel();
    m_rowReader->cancel();
}

void TaskRowsRefresh::setBatch(const Account &account, const QString &jobId)
{
    cancel();
    m_account = account;
    m_jobId = jobId;
    m_inFlight.reset();
    m_rowsReadAtUtc = {};
    m_rowsChanged = 0;
    m_rowsWaiting = 0;
    m_rowCursor = 0;
    m_marked.clear();
    m_error.reset();
    emit changed();
}

std::optional<FailureSample> TaskRowsRefresh::failures() const
{
    if (!m_store || m_jobId.isEmpty())
        return std::nullopt;
    return m_store->state(m_account.key(m_jobId)).failures;
}

void TaskRowsRefresh::refresh(const CountsReading &counts, bool force)
{
    if (m_jobId.isEmpty())
        return;
    cancel();
    m_error.reset();
    const qint64 failed = counts.counts[TaskStatus::Failed];
    const std::optional<FailureSample> known = failures();
    // Failures only grow while a batch runs: read them again when their number changed.
    const bool readFailures = failed > 0 && (force || !known || known->failedTotal != failed);
    const bool readInFlight = counts.counts[TaskStatus::Notified] + counts.counts[TaskStatus::InProgress] > 0;
    if (!readInFlight)
        m_inFlight = InFlightSample {{}, 0, counts.finishedAtUtc}; // counted: none
    if (m_store && failed == 0 && (!known || known->failedTotal != 0))
        m_store->putFailures(m_account.key(m_jobId), FailureSample {{}, 0, counts.finishedAtUtc, {}});
    // The same number of failures: the sample still holds, as of this round.
    if (m_store && known && !readFailures && known->failedTotal == failed && failed > 0) {
        FailureSample checked = *known;
        checked.checkedAtUtc = std::max(checked.checkedAtUtc, counts.finishedAtUtc);
        m_store->putFailures(m_account.key(m_jobId), checked);
    }
    startSamples(readFailures, readInFlight, TaskSampler::kDefaultCap);
}

void TaskRowsRefresh::markChanged(const QStringList &deviceNames)
{
    for (const QString &name : deviceNames) {
        if (!m_marked.contains(name))
            m_marked.append(name);
    }
}

void TaskRowsRefresh::readAllFailures()
{
    if (m_jobId.isEmpty())
        return;
    cancel();
    m_error.reset();
    startSamples(true, false, 0);
}

void TaskRowsRefresh::startSamples(bool failures, bool inFlight, int failureCap)
{
    m_roundStartUtc = now();
    m_roundChanged = 0;
    m_failuresPending = failures;
    m_inFlightPending = inFlight;
    setStep(Step::Samples);
    if (failures)
        m_failureSampler->read(m_account, m_jobId, {TaskStatus::Failed}, failureCap);
    if (inFlight)
        m_inFlightSampler->read(m_account, m_jobId, {TaskStatus::InProgress, TaskStatus::Notified});
    if (!failures && !inFlight)
        samplesDone();
}

void TaskRowsRefresh::onFailures(const QList<TaskInfo> &tasks, qint64 listed,
                                 const std::optional<ApiError> &error)
{
    if (m_step != Step::Samples || !m_failuresPending)
        return;
    m_failuresPending = false;
    if (error) {
        if (!m_error)
            m_error = error;
    } else {
        m_roundChanged += m_rows->updateTasks(tasks);
        if (m_store)
            m_store->putFailures(m_account.key(m_jobId), FailureSample {tasks, listed, now(), {}});
    }
    if (!m_inFlightPending)
        samplesDone();
}

void TaskRowsRefresh::onInFlight(const QList<TaskInfo> &tasks, qint64 listed,
                                 const std::optional<ApiError> &error)
{
    if (m_step != Step::Samples || !m_inFlightPending)
        return;
    m_inFlightPending = false;
    if (error) {
        if (!m_error)
            m_error = error;
    } else {
        m_roundChanged += m_rows->updateTasks(tasks);
        m_inFlight = InFlightSample {tasks, listed, now()};
    }
    if (!m_failuresPending)
        samplesDone();
}

void TaskRowsRefresh::samplesDone()
{
    emit changed();
    // The unfinished rows the samples did not just read: those in flight were read when the sample has
    // them all; the others (waiting, or finished since) are read by name.
    QSet<QString> fresh;
    if (m_inFlight && m_inFlight->readAtUtc >= m_roundStartUtc
        && m_inFlight->tasks.size() >= m_inFlight->listed) {
        fresh.reserve(m_inFlight->tasks.size());
        for (const TaskInfo &task : m_inFlight->tasks)
            fresh.insert(task.taskId);
    }
    qint64 next = 0;
    qint64 matching = 0;
    // Marked rows first, then the unfinished ones in turn, kMaxRowsPerRound in all.
    QStringList names = m_marked.mid(0, kMaxRowsPerRound);
    m_marked = m_marked.mid(names.size());
    QStringList unfinished = m_rows->deviceNamesOf(kUnfinished, kMaxRowsPerRound - int(names.size()),
                                                   m_rowCursor, fresh, &next, &matching);
    for (const QString &name : std::as_const(unfinished)) {
        if (!names.contains(name))
            names.append(name);
    }
    m_rowCursor = next;
    m_rowsWaiting = int(std::max<qint64>(0, matching - unfinished.size()) + m_marked.size());
    if (names.isEmpty()) {
        onRows({}, std::nullopt);
        return;
    }
    setStep(Step::Rows);
    m_rowReader->readDevices(m_account, m_jobId, names);
}

void TaskRowsRefresh::onRows(const QList<TaskInfo> &tasks, const std::optional<ApiError> &error)
{
    if (m_step == Step::Idle)
        return;
    if (error && !m_error)
        m_error = error;
    m_roundChanged += m_rows->updateTasks(tasks);
    if (!error) { // else the rows stay as last read, and say when that was
        m_rowsChanged = m_roundChanged;
        m_rowsReadAtUtc = now();
    }
    setStep(Step::Idle);
    emit changed();
    emit finished();
}
