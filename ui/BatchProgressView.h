#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "ota/TaskStatus.h"
#include "ota/TaskStatusCounts.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class FailureReasonsModel;
class QLabel;
class QPieSeries;
class TaskCountsFetcher;
class TaskFetcher;
struct TaskInfo;
class TaskTableModel;

namespace Ui {
class BatchProgressView;
}

// The device progress of one batch: task counts per status as a donut with the percentage complete, the
// device tasks in a lazily paged, filterable and sortable table, and the most frequent failure reasons.
// Requests start once the view is shown: a batch opened while another tab is in front costs none.
class BatchProgressView : public QWidget
{
    Q_OBJECT
public:
    // Not owned: every request goes through scheduler.
    explicit BatchProgressView(RequestScheduler *scheduler, QWidget *parent = nullptr);
    ~BatchProgressView() override;

    // Forgets the batch shown, then counts the tasks of this one and reads its first page of tasks.
    void setBatch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId = {});
    // No batch: empty chart and table, nothing under way.
    void clear();
    void refreshCounts(RequestPriority priority = RequestPriority::Interactive);
    const QString &jobId() const { return m_jobId; }

    // The counts shown; nullopt before the first answer.
    const std::optional<TaskStatusCounts> &counts() const { return m_counts; }
    // The source versions the loaded FAILED tasks report, sorted; nullopt before any task or count is known.
    std::optional<QStringList> failedSourceVersions() const;
    // Loading, counting or fetching: something is under way.
    bool isBusy() const;

    TaskTableModel *taskModel() const { return m_tasks; }
    FailureReasonsModel *failureReasonsModel() const { return m_reasons; }
    TaskFetcher *taskFetcher() const { return m_fetcher; }
    TaskCountsFetcher *countsFetcher() const { return m_countsFetcher; }

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
    void onCounts(const QString &jobId, const TaskStatusCounts &counts, const std::optional<ApiError> &error);
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
    TaskCountsFetcher *m_countsFetcher;
    QPieSeries *m_series;
    QList<QLabel *> m_legendCounts; // by TaskStatus
    QList<QLabel *> m_legendNames; // by TaskStatus

    RpcConfig m_config;
    QString m_jobId;
    QString m_instanceId;
    bool m_started = false; // requests went out for this batch (the view has been shown)
    std::optional<TaskStatusCounts> m_counts;
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
