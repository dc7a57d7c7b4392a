#pragma once

#include "api/RpcClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class RequestScheduler;
class TaskCountsFetcher;
class WatchListModel;

// Refreshes every watched batch with one QueryOTAJob each (Background priority), in rounds started by
// refreshAll() or by an interval timer; a round never starts while the previous one is still running. A batch
// with a failure-rate alert also has its task counts read (TaskCountsFetcher, Background) for the alert.
class WatchListRefresher : public QObject
{
    Q_OBJECT
public:
    // Where and as whom to read a profile's batches.
    struct Target
    {
        Target(RpcConfig rpcConfig = {}, QString instanceId = {}) // implicit: a resolver may return RpcConfig
            : config(std::move(rpcConfig)), iotInstanceId(std::move(instanceId))
        { }
        RpcConfig config;
        QString iotInstanceId;
    };
    // nullopt when the profile's credentials are not available (deleted profile, locked keychain, ...).
    using Resolver = std::function<std::optional<Target>(const QString &profile)>;

    WatchListRefresher(WatchListModel *model, RequestScheduler *scheduler, Resolver resolver,
                       QObject *parent = nullptr);
    ~WatchListRefresher() override;

    // Seconds between rounds; 0 (or less) turns the timer off. A running round is not interrupted.
    void setInterval(int seconds);
    int interval() const { return m_intervalSecs; }
    bool isTimerActive() const { return m_timer.isActive(); }
    bool isRunning() const { return m_running; }

public slots:
    // Starts a round; false (and nothing happens) while one is running.
    bool refreshAll();
    // Cancels the requests of the running round; it ends with refreshed() as usual.
    void cancel();

signals:
    // After each round, also one without requests.
    void refreshed();
    // A refresh of this refresher saw a batch's status change (WatchListModel::statusChanged).
    void statusChanged(const QString &profile, const QString &jobId, const QString &name,
                       const QString &oldStatus, const QString &newStatus);
    // A batch was read: the response as received (for the history), its time and the JobStatus parsed.
    void jobFetched(const QString &profile, const QString &jobId, const QDateTime &fetchedAtUtc,
                    const RpcResponse &response, const QString &jobStatus);

private:
    void requestFinished(const QString &profile, const QString &jobId, const RpcResponse &response);
    void fetchCounts(const QString &profile, const QString &jobId, const Target &target);
    void finishRound();

    QPointer<WatchListModel> m_model;
    QPointer<RequestScheduler> m_scheduler;
    Resolver m_resolver;
    QTimer m_timer;
    int m_intervalSecs = 0;
    bool m_running = false;
    int m_pending = 0;
    bool m_forwarding = false; // statusChanged of the model comes from one of our updates
    QList<QPointer<TaskCountsFetcher>> m_countFetchers; // the round's, for cancel()
};
