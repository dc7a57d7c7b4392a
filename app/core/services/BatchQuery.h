#pragma once

#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "services/Account.h"
#include "state/BatchKey.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class BatchStore;

// One finished read of a batch: the answer as received, what it means, and when it arrived.
struct BatchRead
{
    BatchKey key;
    RpcResponse response;
    BatchQueryResult result; // the batch, or why not
    QDateTime readAtUtc;

    bool ok() const { return result.job.has_value(); }
};
Q_DECLARE_METATYPE(BatchRead)

// One QueryOTAJob under way. Emits finished exactly once (also when canceled), then deletes itself later.
class BatchQueryCall : public QObject
{
    Q_OBJECT
public:
    void cancel();
    const BatchKey &key() const { return m_key; }

signals:
    void finished(const BatchRead &read);

private:
    friend class BatchQuery;
    BatchQueryCall(const BatchKey &key, QObject *parent) : QObject(parent), m_key(key) { }

    BatchKey m_key;
    QPointer<ScheduledRequest> m_request;
};

// The one way to read a batch, for the window, the dialogs, the watch list and the headless commands alike:
// QueryOTAJob through the scheduler, the answer interpreted, and what it says put into the store (the batch
// with its body, time and RequestId, or the failure), before the caller hears of it.
class BatchQuery : public QObject
{
    Q_OBJECT
public:
    // Not owned; store may be nullptr (nothing is kept, e.g. a one-off comparison).
    BatchQuery(RequestScheduler *scheduler, BatchStore *store, QObject *parent = nullptr);
    ~BatchQuery() override;

    // owner: when it is destroyed, a read still queued is dropped (as RequestScheduler::submit).
    BatchQueryCall *query(const Account &account, const QString &jobId,
                          RequestPriority priority = RequestPriority::Interactive, QObject *owner = nullptr);

    RequestScheduler *scheduler() const { return m_scheduler; }
    BatchStore *store() const { return m_store; }

private:
    void finish(BatchQueryCall *call, const RpcResponse &response);

    RequestScheduler *m_scheduler;
    BatchStore *m_store;
};
