#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "services/Account.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <optional>

class TaskSampler;
class TaskTableModel;
struct TaskInfo;

// Finds named devices of a batch on the server, for the Devices tab's name box: the names no loaded row
// has are looked up with ListOTATaskByJob's DeviceNames.N (50 per call, TaskSampler::readDevices), and
// their tasks join the table's rows. One search at a time: a new one, or another batch, drops the previous.
class DeviceNameSearch : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QStringList asked; // the names looked up on the server
        QStringList notInBatch; // of those, the ones the batch has no task for (unknown after an error)
        std::optional<ApiError> error;
        QDateTime readAtUtc; // when the last answer arrived
    };

    // Not owned; found tasks are added to model.
    DeviceNameSearch(RequestScheduler *scheduler, TaskTableModel *model, QObject *parent = nullptr);
    ~DeviceNameSearch() override;

    // Drops the search under way and the last result.
    void setBatch(const Account &account, const QString &jobId);
    // Looks up the names among these that no loaded row has; finished() follows, also when none is left to
    // look up (then asked is empty), never from inside the call.
    void lookUp(const QStringList &names, RequestPriority priority = RequestPriority::Interactive);
    // Drops the search under way; no finished() follows.
    void cancel();
    bool isBusy() const { return m_busy; }
    // The names being looked up.
    const QStringList &pending() const { return m_asked; }
    const std::optional<Result> &result() const { return m_result; }

signals:
    void finished(const DeviceNameSearch::Result &result);
    void busyChanged(bool busy);

private:
    void onRead(const QList<TaskInfo> &tasks, const std::optional<ApiError> &error);
    void setBusy(bool busy);

    RequestScheduler *m_scheduler;
    TaskTableModel *m_model;
    TaskSampler *m_sampler;
    Account m_account;
    QString m_jobId;
    QStringList m_asked;
    std::optional<Result> m_result;
    bool m_busy = false;
};
