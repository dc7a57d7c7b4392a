#pragma once

#include "api/ApiError.h"
#include "history/LastLook.h"
#include "ota/TaskInfo.h"
#include "services/Account.h"
#include "services/TaskActionRun.h"
#include "state/BatchState.h"

#include <QWidget>

#include <memory>
#include <optional>

class BatchCounts;
class BatchProgressView;
class BatchQuery;
class ClockTimer;
class FirmwareLookup;
class LiveRefresh;
class BatchStore;
class HistoryNoticeBar;
class HistoryRecorder;
class HistoryView;
class JobDetailModel;
class JobDetailView;
class QTabWidget;
class RequestScheduler;
class SourceVersionsModel;
class TagsModel;

namespace Ui {
class BatchPage;
}

// The open batch: its form, its devices and its history in tabs, with when each was read. It shows what the
// store holds for the batch and follows every change of it, whichever view read it; on opening it marks what
// changed since the user last looked, and after a failed read it keeps (or brings back from the history) the
// last known state, marked stale. The Devices and History tabs (charts, tables) are built when first shown or
// asked for, not at start-up.
class BatchPage : public QWidget
{
    Q_OBJECT
public:
    // Not owned. history may be off (nothing recorded or marked).
    BatchPage(BatchStore *store, HistoryRecorder *history, RequestScheduler *scheduler,
              QWidget *parent = nullptr);
    ~BatchPage() override;

    enum class Tab { Details, Devices, History };
    void showTab(Tab tab);

    // Shows the batch as the store holds it (it was just read): the user looks at it now.
    void open(const Account &account, const QString &jobId);
    // A read of the batch failed with error. When the network failed, what is shown of it stays, marked
    // stale, or its last recorded state is brought back so; an answer (a business or signature error) changes
    // nothing. True when the page now shows the batch, stale.
    bool showStale(const Account &account, const QString &jobId, const ApiError &error);

    bool hasBatch() const { return m_key.isValid(); }
    const BatchKey &key() const { return m_key; }
    // The account the batch was opened with; nullopt when the page shows a stale state from the history.
    const std::optional<Account> &account() const { return m_account; }
    bool isStale() const;
    // The reading the form shows.
    const std::optional<JobReading> &reading() const { return m_reading; }

    JobDetailModel *detailModel() const { return m_details; }
    JobDetailView *detailView() const;
    // The Devices and History tabs' views, built now if they were not yet.
    BatchProgressView *batchProgressView();
    HistoryView *historyView();
    // The Devices tab's view if it was built (nullptr otherwise): nothing is built to answer.
    BatchProgressView *existingProgressView() const { return m_progress; }
    // When the open batch is read again by itself (interval, pause).
    LiveRefresh *liveRefresh() const { return m_live; }
    // Another batch could not be read (error): the page keeps showing this one, dimmed, and says so. Cleared
    // by the next batch opened, or the next read of this one.
    void showNotRead(const QString &jobId, const ApiError &error);
    bool isDimmed() const;
    HistoryNoticeBar *historyNotices() const;
    QTabWidget *tabs() const;

signals:
    // The form shows another reading (another batch, or a newer read of this one).
    void readingShown(const BatchKey &key, const JobReading &reading);
    // The page shows a batch that cannot be acted on now (a stale state from the history), or none.
    void batchCleared();
    // From the Devices tab (BatchProgressView's signals of the same names).
    void deviceRequested(const TaskInfo &task);
    void taskActionRequested(TaskActionRun::Kind kind, const QList<TaskInfo> &tasks);
    void verifyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReading(const JobReading &reading);
    void lookUpFirmware(const Account &account, const OtaJob &job);
    void onStoreChanged(const BatchKey &key, int parts);
    void markSeen();
    void updateReadTimes();
    // The counts the page speaks of: the Devices tab's when it was built, else the store's latest round.
    std::optional<CountsReading> shownCounts() const;
    void updateLintFacts();
    void runRound(bool last);
    void endRound();
    void updateLive();
    void clearNotRead();
    void retranslateLive();

    std::unique_ptr<Ui::BatchPage> m_ui;
    BatchStore *m_store;
    HistoryRecorder *m_history;
    RequestScheduler *m_scheduler;
    JobDetailModel *m_details;
    TagsModel *m_tags;
    SourceVersionsModel *m_versions;
    BatchProgressView *m_progress = nullptr;
    HistoryView *m_historyView = nullptr;
    LastLook m_lastLook; // for the History tab, built later
    BatchKey m_key;
    std::optional<Account> m_account;
    std::optional<JobReading> m_reading;
    std::optional<OtaJob> m_lastLookJob; // what the user saw before this look: the form marks the changes
    LiveRefresh *m_live;
    FirmwareLookup *m_firmware;
    BatchQuery *m_query; // the live rounds' reads
    BatchCounts *m_counts; // their counts while the Devices tab is not built
    ClockTimer *m_tick; // the ages in the texts, once a second
    QString m_notReadJobId; // the batch that could not be read while this one stays on screen
    std::optional<ApiError> m_notReadError;
};
