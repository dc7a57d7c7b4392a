#pragma once

#include "services/Account.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class BatchCounts;
class BatchQuery;
class ClockTimer;
class WatchListModel;

// Refreshes every watched batch with one QueryOTAJob each (BatchQuery, Background priority), in rounds
// started by refreshAll() or by an interval timer; a round never starts while the previous one is still
// running. A batch with a failure-rate alert also has its task counts read (BatchCounts, Background) for the
// alert. What is read goes into the store, which updates the rows (and every other view of those batches);
// a failed read marks its row. The interval runs on the scheduler's clock.
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

    // Seconds between rounds; 0 (or less) turns the timer off. A running round is not interrupted.
    void setInterval(int seconds);
    int interval() const { return m_intervalSecs; }
    bool isTimerActive() const;
    bool isRunning() const { return m_running; }

public slots:
    // Starts a round; false (and nothing happens) while one is running.
    bool refreshAll();
    // Cancels the requests of the running round; it ends with refreshed() as usual.
    void cancel();

signals:
    // After each round, also one without requests.
    void refreshed();

private:
    void fetchCounts(const Account &account, const QString &jobId);
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
};
