#pragma once

#include "services/Account.h"
#include "services/PollPlan.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class BatchCounts;
class BatchQuery;
class ClockTimer;
class WatchListModel;

// Refreshes the watched batches in rounds, by the polling plan (PollPlan): a round started by the interval
// timer reads the batches that are due (IN_PROGRESS ones every round with their task counts, PLANNED ones
// around their scheduled start, finished ones once more), the open batch first; when they need more
// requests than the watch list may use, the rounds come further apart and planChanged() says so. A round
// started by refreshAll() reads every batch. Each batch is one QueryOTAJob (BatchQuery, Background priority)
// and, where the plan says so or a failure-rate alert needs them, a round of counts (BatchCounts) once its
// status is known. A round never starts while the previous one is still running. What is read goes into the
// store, which updates the rows (and every other view of those batches); a failed read marks its row. The
// interval runs on the scheduler's clock.
class WatchListRefresher : public QObject
{
    Q_OBJECT
public:
    // Where and as whom to read a profile's batches; nullopt when the profile's credentials are not
    // available (deleted profile, locked keychain, ...).
    using Resolver = std::function<std::optional<Account>(const QString &profile)>;

    // Not owned: model (its store is query's), query.
    WatchListRefresher(WatchListModel *model, BatchQuery *query, Resolver resolver,
                       QObject *parent = nullptr);
    ~WatchListRefresher() override;

    // Seconds between rounds as chosen; 0 (or less) turns the timer off. A running round is not interrupted.
    // The rounds may come further apart (plan().intervalSecs) to stay inside the budget.
    void setInterval(int seconds);
    int interval() const { return m_intervalSecs; }
    bool isTimerActive() const;
    bool isRunning() const { return m_running; }

    // The batch open in the window: its reads go first.
    void setOpenBatch(const QString &profile, const QString &jobId);
    // The plan of the latest round (or of the interval just set).
    const PollPlan::Result &plan() const { return m_plan; }

public slots:
    // Starts a round of every batch; false (and nothing happens) while one is running.
    bool refreshAll();
    // Starts a round of the batches the plan says are due; false while one is running.
    bool refreshDue();
    // Cancels the requests of the running round; it ends with refreshed() as usual.
    void cancel();

signals:
    // After each round, also one without requests.
    void refreshed();
    // The plan's interval or its reason changed (PollPlan::describe).
    void planChanged();

private:
    static QString keyOf(const QString &profile, const QString &jobId) { return profile + u'\n' + jobId; }
    QList<PollPlan::Batch> planBatches() const;
    void updatePlan();
    bool startRound(const QList<int> &rows);
    void afterJobRead(const Account &account, const QString &jobId, bool ok);
    void fetchCounts(const Account &account, const QString &jobId, bool settles);
    void finishRound();
    void onePending();

    QPointer<WatchListModel> m_model;
    BatchQuery *m_query;
    Resolver m_resolver;
    ClockTimer *m_timer; // on the scheduler's clock
    int m_intervalSecs = 0;
    bool m_running = false;
    int m_pending = 0;
    QList<QPointer<BatchCounts>> m_countReaders; // the round's, for cancel()
    QString m_openKey;
    QHash<QString, QDateTime> m_lastReadUtc; // by keyOf(): when a round last read the batch
    QHash<QString, bool> m_settled; // by keyOf(): finished and read once more since
    PollPlan::Result m_plan;
};
