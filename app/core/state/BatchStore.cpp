#include "state/BatchStore.h"

BatchStore::BatchStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<BatchKey>();
}

BatchStore::~BatchStore() = default;

BatchState &BatchStore::stateOf(const BatchKey &key)
{
    auto found = m_states.find(key);
    if (found == m_states.end()) {
        found = m_states.insert(key, BatchState());
        found->key = key;
    }
    return *found;
}

BatchState BatchStore::state(const BatchKey &key) const
{
    const auto found = m_states.constFind(key);
    if (found != m_states.cend())
        return *found;
    BatchState empty;
    empty.key = key;
    return empty;
}

const JobReading *BatchStore::job(const BatchKey &key) const
{
    const auto found = m_states.constFind(key);
    return found != m_states.cend() && found->job ? &*found->job : nullptr;
}

const CountsReading *BatchStore::counts(const BatchKey &key) const
{
    const auto found = m_states.constFind(key);
    return found != m_states.cend() && found->counts ? &*found->counts : nullptr;
}

bool BatchStore::putJob(const BatchKey &key, const JobReading &reading)
{
    BatchState &state = stateOf(key);
    if (state.job && state.job->readAtUtc > reading.readAtUtc)
        return false;
    const QString oldStatus = state.job ? state.job->job.jobStatus.value_or(QString()) : QString();
    state.job = reading;
    Parts parts = Job;
    // Read again after the failure: the error no longer describes the batch.
    if (state.jobError && state.jobErrorAtUtc <= reading.readAtUtc) {
        state.jobError.reset();
        state.jobErrorAtUtc = {};
        parts |= JobError;
    }
    emit changed(key, parts);
    const QString newStatus = reading.job.jobStatus.value_or(QString());
    if (!oldStatus.isEmpty() && !newStatus.isEmpty() && oldStatus != newStatus)
        emit jobStatusChanged(key, oldStatus, newStatus);
    return true;
}

bool BatchStore::putCounts(const BatchKey &key, const CountsReading &reading)
{
    BatchState &state = stateOf(key);
    if (state.counts && state.counts->finishedAtUtc > reading.finishedAtUtc)
        return false;
    state.counts = reading;
    emit changed(key, Counts);
    return true;
}

bool BatchStore::putFailures(const BatchKey &key, const FailureSample &sample)
{
    BatchState &state = stateOf(key);
    if (state.failures && state.failures->readAtUtc > sample.readAtUtc)
        return false;
    state.failures = sample;
    emit changed(key, Failures);
    return true;
}

void BatchStore::addTaskRows(const BatchKey &key, qint64 rows, const QDateTime &atUtc, const QString &requestId)
{
    BatchState &state = stateOf(key);
    if (!state.taskRows) {
        state.taskRows = TaskRowsReading();
        state.taskRows->firstPageAtUtc = atUtc;
    }
    state.taskRows->rows += rows;
    state.taskRows->lastPageAtUtc = atUtc;
    state.taskRows->lastRequestId = requestId;
    emit changed(key, TaskRows);
}

void BatchStore::clearTaskRows(const BatchKey &key)
{
    BatchState &state = stateOf(key);
    if (!state.taskRows)
        return;
    state.taskRows.reset();
    emit changed(key, TaskRows);
}

void BatchStore::putJobError(const BatchKey &key, const ApiError &error, const QDateTime &atUtc)
{
    BatchState &state = stateOf(key);
    state.jobError = error;
    state.jobErrorAtUtc = atUtc;
    emit changed(key, JobError);
}
