#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "ota/TaskInfo.h"
#include "services/Account.h"
#include "state/BatchState.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

class BatchStore;
class TaskSampler;
class TaskTableModel;

// The device tasks the Devices tab shows besides its pages, read again after each round of counts:
// - the failed tasks, by themselves, up to TaskSampler::kDefaultCap (or all, when asked): the failure
//   reasons count from them, and they go to the store as the batch's FailureSample;
// - the tasks in flight (NOTIFIED, IN_PROGRESS), up to the same cap: which devices are stuck;
// - the unfinished rows the table has loaded that neither of those covers, by device name, at most
//   kMaxRowsPerRound a round (the rest wait for the next one, oldest first).
// Rows the table has loaded take what was read in place (TaskTableModel::updateTasks): a row whose task
// finished shows it, with the selection, sort and filter kept.
class TaskRowsRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRowsPerRound = 500; // 10 calls of 50 device names

    struct InFlightSample
    {
        QList<TaskInfo> tasks;
        qint64 listed = 0; // NOTIFIED + IN_PROGRESS as the listing said
        QDateTime readAtUtc;
    };

    // Not owned. rows: the table to keep current.
    TaskRowsRefresh(RequestScheduler *scheduler, BatchStore *store, TaskTableModel *rows,
                    QObject *parent = nullptr);
    ~TaskRowsRefresh() override;

    // Forgets what was read (and stops what runs) for another batch, or none.
    void setBatch(const Account &account, const QString &jobId);
    // After a round of counts: reads the failures again when their number changed (or force), the tasks in
    // flight when there are any, then the loaded rows left. finished() follows.
    void refresh(const CountsReading &counts, bool force = false);
    // Every failed task the API can list, not only the first kDefaultCap.
    void readAllFailures();
    // These devices' rows are read again in the next round whatever status they show (an action sent on
    // finished tasks, such as an upgrade again, moved them back).
    void markChanged(const QStringList &deviceNames);
    void cancel();
    bool isBusy() const { return m_step != Step::Idle; }

    // The failures as last read (the store's, also when another view read them).
    std::optional<FailureSample> failures() const;
    bool isReadingFailures() const { return m_step == Step::Samples && m_failuresPending; }
    const std::optional<InFlightSample> &inFlight() const { return m_inFlight; }
    // The last time loaded rows were read again (a round without an error), how many of them changed in
    // that round, and how many unfinished rows are left for the next round.
    const QDateTime &rowsReadAtUtc() const { return m_rowsReadAtUtc; }
    int rowsChanged() const { return m_rowsChanged; }
    int rowsWaiting() const { return m_rowsWaiting; }
    // The first error of the last refresh (what was read before it stays).
    const std::optional<ApiError> &lastError() const { return m_error; }

signals:
    // The failures, the tasks in flight or the rows changed.
    void changed();
    void finished();
    void busyChanged(bool busy);

private:
    enum class Step { Idle, Samples, Rows };
    void startSamples(bool failures, bool inFlight, int failureCap);
    void onFailures(const QList<TaskInfo> &tasks, qint64 listed, const std::optional<ApiError> &error);
    void onInFlight(const QList<TaskInfo> &tasks, qint64 listed, const std::optional<ApiError> &error);
    void samplesDone();
    void onRows(const QList<TaskInfo> &tasks, const std::optional<ApiError> &error);
    void setStep(Step step);
    QDateTime now() const;

    RequestScheduler *m_scheduler;
    BatchStore *m_store;
    TaskTableModel *m_rows;
    TaskSampler *m_failureSampler;
    TaskSampler *m_inFlightSampler;
    TaskSampler *m_rowReader;
    Account m_account;
    QString m_jobId;
    Step m_step = Step::Idle;
    bool m_failuresPending = false;
    bool m_inFlightPending = false;
    QDateTime m_roundStartUtc;
    std::optional<InFlightSample> m_inFlight;
    QDateTime m_rowsReadAtUtc;
    int m_rowsChanged = 0;
    int m_roundChanged = 0; // rows changed so far this round
    int m_rowsWaiting = 0;
    qint64 m_rowCursor = 0; // where the next round's re-read starts, in load order
    QStringList m_marked; // read again in the next round, whatever they show
    std::optional<ApiError> m_error;
};
