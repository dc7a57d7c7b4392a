#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "models/TaskTableModel.h"
#include "ota/DeviceNameQuery.h"
#include "ota/RolloutEta.h"
#include "ota/TaskStatus.h"
#include "ota/TaskStatusCounts.h"
#include "services/Account.h"
#include "services/TaskActionRun.h"
#include "state/BatchState.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class BatchCounts;
class ClockTimer;
class DeviceNameSearch;
class TaskRowsRefresh;
class BatchStore;
class Clock;
class FailureReasonsModel;
class QLabel;
class TaskFetcher;
struct TaskInfo;

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
    // Ctrl+F: the device name filter, its text selected.
    void focusNameFilter();
    // Not owned: every request goes through scheduler; counts are kept in store.
    BatchProgressView(RequestScheduler *scheduler, BatchStore *store, QWidget *parent = nullptr);
    ~BatchProgressView() override;

    // Forgets the batch shown, then counts the tasks of this one and reads its first page of tasks.
    void setBatch(const Account &account, const QString &jobId);
    // No batch: empty chart and table, nothing under way.
    void clear();
    // Reads everything the tab shows again: the counts, then the failed tasks (when their number changed, or
    // last), the tasks in flight and the unfinished rows loaded (TaskRowsRefresh). refreshed() follows.
    // last: the batch has just ended. Before the view was first shown, it only marks the batch to be read
    // then.
    void refresh(bool last = false, RequestPriority priority = RequestPriority::Interactive);
    // The batch was read again: the tab too, once the view has been shown (else when it is).
    void refreshIfStarted();
    // How often the batch is read again by itself, in seconds (0: it is not): readings older than that say
    // so.
    void setRefreshInterval(int secs);
    bool isRefreshing() const { return m_refreshing; }
    // Requests went out for the batch (the view has been shown since it was set).
    bool isStarted() const { return m_started; }
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
    TaskRowsRefresh *rowsRefresh() const { return m_rowsRefresh; }
    DeviceNameSearch *nameSearch() const { return m_nameSearch; }
    // The failed tasks the reasons are counted from (TaskRowsRefresh's sample).
    TaskTableModel *failureSampleModel() const { return m_failedSample; }
    // Devices stuck among those in flight as last read (StuckTask), at the clock's now; nullopt before a
    // read.
    std::optional<qint64> stuckCount() const;

signals:
    void countsChanged(const TaskStatusCounts &counts);
    // Whenever isBusy() changes.
    void busyChanged(bool busy);
    // counts() or failedSourceVersions() changed, also when the batch was cleared (for the batch lint).
    void taskFactsChanged();
    // A refresh() ended (also with an error, or replaced).
    void refreshed();
    // The user asked for a row's device (double-click, Enter, or the table's context menu).
    void deviceRequested(const TaskInfo &task);
    // The user asked to act on tasks (the table's context menu): the selected rows, or every failed task
    // read.
    void taskActionRequested(TaskActionRun::Kind kind, const QList<TaskInfo> &tasks);
    // Verify Success… was chosen in the task menu.
    void verifyRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
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
    void updateCountTexts();
    void updateFetchControls();
    void updateStatusLines();
    void showColumnMenu(const QPoint &pos);
    void showTaskMenu(const QPoint &pos);
    QList<TaskInfo> selectedTasks() const;
    void retranslateDynamicTexts();
    void refreshCounts(RequestPriority priority);
    void finishRefresh();
    void onFailuresChanged();
    void updateReasonsNote();
    void updateStuck();
    void filterByReason(const QModelIndex &index);
    void clearReasonFilter();
    void updateReasonChip();
    // The statuses the filter shows (the stuck ones: IN_PROGRESS and NOTIFIED), and those in walk order.
    QList<TaskStatus> statusesShown() const;
    QList<TaskStatus> statusesToWalkAll() const;
    std::optional<TaskTableModel::StuckRule> stuckRule() const;
    void rereadAll();
    // "updated 12 s ago", and whether that is older than the refresh interval allows.
    QString ageText(const QDateTime &readAtUtc, bool *stale = nullptr) const;
    void tick();
    void fitColumns();
    // The name box: part of a name filters the rows loaded; a list shows exactly its devices. Names no
    // loaded row has are looked up on the server after a pause in typing, or at once on Enter.
    void onNameTextChanged(const QString &text);
    // The names of the name box to look up: a list's, or the one whole name typed, that no loaded row
    // has; none once every task of the batch is loaded.
    QStringList namesToLookUp() const;
    void lookUpNames();
    void updateNameSearchText();
    // When the batch will finish at the pace of the rounds shown (RolloutEta).
    void updateEta();

    std::unique_ptr<Ui::BatchProgressView> m_ui;
    TaskTableModel *m_tasks;
    FailureReasonsModel *m_reasons;
    TaskFetcher *m_fetcher;
    BatchStore *m_store;
    BatchCounts *m_countsService;
    TaskRowsRefresh *m_rowsRefresh;
    TaskTableModel *m_failedSample; // the failed tasks read by themselves: the reasons' source
    const Clock &m_clock;
    ClockTimer *m_tick; // the "updated N s ago" texts, once a second while shown
    DeviceNameSearch *m_nameSearch;
    ClockTimer *m_nameTimer; // a pause in typing, then the names are looked up
    DeviceNameQuery m_nameQuery; // what the name box holds
    QList<RolloutEta::Sample> m_etaSamples; // the count rounds of this batch shown in this session

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
    bool m_refreshing = false; // refresh(): counts, then rows
    bool m_refreshLast = false;
    int m_intervalSecs = 0;
    int m_nameWidth = 0; // the device name column's width for the language (it yields to the reason)
};
