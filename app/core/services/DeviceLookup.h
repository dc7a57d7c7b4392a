#pragma once

#include "api/OtaDeviceCalls.h"
#include "api/RequestScheduler.h"
#include "services/Account.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

// What OtaDash knows of one device after one look: its detail (never its secret), the module versions it
// reported, its unfinished OTA tasks and, when a batch was named, its task in that batch.
struct DeviceReport
{
    DeviceDetail detail;
    QList<ModuleVersion> modules;
    QList<TaskInfo> unfinished;
    QString jobId; // the batch asked about; empty: none
    std::optional<TaskInfo> task; // the device's task in jobId; nullopt when the batch has none for it
    QDateTime readAtUtc; // when the last answer arrived
};
Q_DECLARE_METATYPE(DeviceReport)

// Looks one device up, for the device panel and `otadash-cli device` alike: QueryDeviceDetail first (it also
// turns an IotId into ProductKey and DeviceName), then ListOTAModuleVersionsByDevice (every page),
// ListOTAUnfinishedTaskByDevice and, for a batch, ListOTATaskByJob with DeviceNames.1, all through the
// scheduler. One look at a time: a new one cancels the previous.
class DeviceLookup : public QObject
{
    Q_OBJECT
public:
    // Not owned.
    explicit DeviceLookup(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~DeviceLookup() override;

    void lookUp(const Account &account, const DeviceRef &device, const QString &jobId = {},
                RequestPriority priority = RequestPriority::Interactive);
    // Drops the look under way; neither signal follows.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const DeviceReport &report);
    // The first call that failed; the others are dropped.
    void failed(const ApiError &error);

private:
    ScheduledRequest *submit(const QString &action, const QueryPairs &params);
    void onDetail(const RpcResponse &response);
    void requestModules(int page);
    void onModules(const RpcResponse &response);
    void onUnfinished(const RpcResponse &response);
    void onTask(const RpcResponse &response);
    void fail(const ApiError &error);
    void finishIfDone();

    RequestScheduler *m_scheduler;
    Account m_account;
    RequestPriority m_priority = RequestPriority::Interactive;
    DeviceReport m_report;
    int m_pending = 0;
    bool m_running = false;
};
