#pragma once

#include "state/BatchState.h"

#include <QHash>
#include <QObject>

// One state per batch: every fetch of a batch, from any view, refresher or command, is put here, and every
// view of it shows what is here and is told when it changes. A reading older than the one held (an answer
// that was slower than a later one) does not replace it. Lives on one thread.
class BatchStore : public QObject
{
    Q_OBJECT
public:
    enum Part {
        Job = 0x1,
        Counts = 0x2,
        Failures = 0x4,
        TaskRows = 0x8,
        JobError = 0x10,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    explicit BatchStore(QObject *parent = nullptr);
    ~BatchStore() override;

    // Everything known of the batch; an empty state (only its key) when nothing is.
    BatchState state(const BatchKey &key) const;
    bool contains(const BatchKey &key) const { return m_states.contains(key); }
    const JobReading *job(const BatchKey &key) const;
    const CountsReading *counts(const BatchKey &key) const;

    // False (and nothing changes) when the store already holds a newer reading of that part.
    bool putJob(const BatchKey &key, const JobReading &reading);
    bool putCounts(const BatchKey &key, const CountsReading &reading);
    bool putFailures(const BatchKey &key, const FailureSample &sample);
    // Adds a page of task rows read at atUtc.
    void addTaskRows(const BatchKey &key, qint64 rows, const QDateTime &atUtc, const QString &requestId);
    // The task rows were dropped (a new walk starts).
    void clearTaskRows(const BatchKey &key);
    // A read of the batch failed; what was read before stays.
    void putJobError(const BatchKey &key, const ApiError &error, const QDateTime &atUtc);

signals:
    // After each change of a batch's state: which parts changed.
    void changed(const BatchKey &key, BatchStore::Parts parts);
    // A read showed another JobStatus than the reading before it (both non-empty).
    void jobStatusChanged(const BatchKey &key, const QString &oldStatus, const QString &newStatus);

private:
    BatchState &stateOf(const BatchKey &key);

    QHash<BatchKey, BatchState> m_states;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(BatchStore::Parts)
