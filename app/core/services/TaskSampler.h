#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "ota/TaskInfo.h"
#include "ota/TaskStatus.h"
#include "services/Account.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

// Device tasks read for a purpose of their own, apart from the table's paging, through the scheduler:
// - read(): the tasks of some statuses, one page (100) after the other, up to a cap (the failure reasons,
//   the devices in flight that may be stuck);
// - readDevices(): the tasks of named devices, 50 per call (ListOTATaskByJob's DeviceNames.N), to read rows
//   already shown again.
// One job at a time: a new one replaces what runs (which finishes as canceled). finished() follows every
// read()/readDevices() exactly once, never from inside the call.
class TaskSampler : public QObject
{
    Q_OBJECT
public:
    // The failure reasons are counted from at most this many failed tasks unless the user asks for all.
    static constexpr int kDefaultCap = 2000;

    explicit TaskSampler(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~TaskSampler() override;

    // cap <= 0: every task the API can list (100,000 per status).
    void read(const Account &account, const QString &jobId, const QList<TaskStatus> &statuses,
              int cap = kDefaultCap, RequestPriority priority = RequestPriority::Bulk);
    void readDevices(const Account &account, const QString &jobId, const QStringList &deviceNames,
                     RequestPriority priority = RequestPriority::Bulk);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    // tasks: what was read (on an error, what arrived before it). listed: read(): the statuses' Total as the
    // listing reported it (-1 if no page answered); readDevices(): the number of names asked for.
    void finished(const QList<TaskInfo> &tasks, qint64 listed, const std::optional<ApiError> &error);

private:
    // Drops a read in progress and starts a new one of this batch (statuses and tasks empty).
    void begin(const Account &account, const QString &jobId);
    // Nothing to read: still answered from the event loop.
    void finishLater();
    void requestPage();
    void onPage(const RpcResponse &response);
    void finish(const std::optional<ApiError> &error);

    RequestScheduler *m_scheduler;
    QObject *m_owner = nullptr; // owns the requests of the current job
    Account m_account;
    QString m_jobId;
    RequestPriority m_priority = RequestPriority::Bulk;
    QList<TaskStatus> m_statuses; // read(): what is left to walk, the current one first
    int m_page = 1;
    int m_cap = kDefaultCap;
    qint64 m_listed = -1;
    qint64 m_statusTotal = 0; // the Total of the status being walked
    int m_pending = 0; // readDevices(): calls under way
    QList<TaskInfo> m_tasks;
    std::optional<ApiError> m_error;
    bool m_busy = false;
};
