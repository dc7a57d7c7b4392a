#pragma once

#include "api/OtaTaskActions.h"
#include "history/HistoryStore.h"
#include "services/Account.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

// One task action on many tasks or devices, sent as the API takes it: in calls of at most 10 TaskIds
// (ReupgradeOTATask, ConfirmOTATask) or 100 DeviceNames (CancelOTATaskByDevice), one call after the other,
// each sent once (RetryPolicy::ThrottlingOnly) and appended to the audit log with its RequestId and outcome.
// A refused call does not stop the others; a call whose outcome is unknown stops the run (the rest are not
// sent: the connection is in doubt, and the user decides). Nothing is sent for a read-only profile.
class TaskActionRun : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Retry, Confirm, CancelDevices };
    struct Request
    {
        Kind kind = Kind::Retry;
        QString jobId; // required for Retry; optional for CancelDevices
        QStringList targets; // TaskIds, or DeviceNames for CancelDevices
        QString productKey; // CancelDevices
        QString firmwareId; // CancelDevices
    };
    struct CallResult
    {
        QStringList targets;
        ActionResult result;
    };

    // scheduler: not owned. audit: not owned, may be nullptr (nothing is logged).
    TaskActionRun(RequestScheduler *scheduler, HistoryStore *audit, QObject *parent = nullptr);

    // The API's name of the action.
    static QString action(Kind kind);
    // The calls that request makes: its targets in order, split by what one call takes.
    static QList<QStringList> calls(const Request &request);
    // Starts sending; false, sending nothing, for a read-only account or a request without targets.
    bool start(const Account &account, const Request &request);
    bool isRunning() const { return m_running; }

signals:
    void callFinished(int index, int callCount, const TaskActionRun::CallResult &result);
    // done, refused and unknown calls; notSent: the calls left when an unknown outcome stopped the run.
    void finished(int done, int refused, int unknown, int notSent);

private:
    void sendNext();
    void onFinished(const RpcResponse &response);

    RequestScheduler *m_scheduler;
    HistoryStore *m_audit;
    Account m_account;
    Request m_request;
    QList<QStringList> m_calls;
    int m_next = 0;
    int m_done = 0;
    int m_refused = 0;
    int m_unknown = 0;
    bool m_running = false;
};
