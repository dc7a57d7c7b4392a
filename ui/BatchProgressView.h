#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "ota/TaskStatus.h"
#include "ota/TaskStatusCounts.h"
#include "services/Account.h"
#include "state/BatchState.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class BatchCounts;
class BatchStore;
class Clock;
class FailureReasonsModel;
class QLabel;
class QPieSeries;
class TaskFetcher;
struct TaskInfo;
class TaskTableModel;

namespace Ui {
class BatchProgressView;
}

// The device progress of one batch: task counts per status as a donut with the percentage complete, the
// device tasks in a lazily paged, filterable and sortable table, and the most frequent failure reasons.
// Requests start once the view is shown: a batch opened while another tab is in front costs none. The counts
// are the store's: a round read here goes there, and a round read by another view shows here, with its time.
class BatchProgressView : public QWidget
{
    Q_OBJECT
public:
    // Not owned: every request goes through scheduler; counts are kept in store.
    BatchProgressView(RequestScheduler *scheduler, BatchStore *store, QWidget *parent = nullptr);
    ~BatchProgressView() override;

    // Forgets the batch shown, then counts the tasks of this one and reads its first page of tasks.
    void setBatch(const Account &account, const QString &jobId);
    // No batch: empty chart and table, nothing under way.
    void clear();
    void refreshCounts(RequestPriority priority = RequestPriority::Interactive);
    // The batch was read again: its counts too, once the view has been shown (else when it is).
    void refreshCountsIfStarted();
    const QString &jobId() const { return m_jobId; }

    // The counts shown; nullopt before the first answer.
    std::optional<TaskStatusCounts> counts() const;
    // The round they come from, with its times.
    const std::optional<CountsReading> &countsReading() const { return m_counts; }
    // The source versions the loaded FAILED tasks report, sorted; nullopt before any task or count is known.
    std::optional<QStringList> failedSourceVersions() const;
    // Loading, counting or fetching: something is under way.
    bool isBusy() const;

    TaskTableModel *taskModel() const { return m_tasks; }
    FailureReasonsModel *failureReasonsModel() const { return m_reasons; }
    TaskFetcher *taskFetcher() const { return m_fetcher; }
    BatchCounts *batchCounts() const { return m_countsService; }

signals:
    void countsChanged(const TaskStatusCounts &counts);
    // Whenever isBusy() changes.
    void busyChanged(bool busy);
    // counts() or failedSourceVersions() changed, also when the batch was cleared (for the batch lint).
    void taskFactsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void start();
    void collectFailedVersions(const QList<TaskInfo> &tasks);
    void onCounts(const BatchKey &key, const std::optional<CountsReading> &reading,
                  const std::optional<ApiError> &error);
    // Shows a round (this view's, or one another view read into the store).
    void showCounts(const CountsReading &reading);
    void onStatusFilterChanged();
    void onFetchProgress(qint64 fetched, qint64 expected);
    void updateProgressBar(qint64 fetched, qint64 expected);
    void onFetchFinished(bool complete, const std::optional<ApiError> &error);
    void onPageFailed(const ApiError &error);
    void fetchAll();
    void stop();
    // The fetcher walks the statuses the filter shows whose tasks are not all loaded yet.
    QList<TaskStatus> statusesToWalk() const;
    // Every task of status that can be listed is loaded (as far as the counts tell).
    bool isLoaded(TaskStatus status) const;
    void refocusFetcher();
    void updateMoreAvailable();
    // Asks for the next page while the table's last row is in sight, as the view does after a layout.
    void continuePaging();
    void updateBusy();
    void updateChart();
    void updateCountTexts();
    void updateFetchControls();
    void updateStatusLines();
    void showColumnMenu(const QPoint &pos);
    void retranslateDynamicTexts();

    std::unique_ptr<Ui::BatchProgressView> m_ui;
    TaskTableModel *m_tasks;
    FailureReasonsModel *m_reasons;
    TaskFetcher *m_fetcher;
    BatchStore *m_store;
    BatchCounts *m_countsService;
    const Clock &m_clock;
    QPieSeries *m_series;
    QList<QLabel *> m_legendCounts; // by TaskStatus
    QList<QLabel *> m_legendNames; // by TaskStatus

    Account m_account;
    QString m_jobId;
    bool m_started = false; // requests went out for this batch (the view has been shown)
    std::optional<CountsReading> m_counts;
    std::optional<ApiError> m_countsError;
    std::optional<ApiError> m_pageError;
    QList<TaskStatus> m_walk; // what the fetcher walks; empty: nothing left to walk
    enum class FetchOutcome { None, Complete, Stopped } m_fetchOutcome = FetchOutcome::None;
    int m_pagesWithoutRows = 0; // pages read in a row that added no row shown
    int m_rowsAtLastPage = 0;
    bool m_busy = false;
    QSet<QString> m_failedSrcVersions; // of the FAILED tasks loaded
    bool m_tasksSeen = false; // a page of tasks arrived for this batch
};
