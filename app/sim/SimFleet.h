#pragma once

#include "SimTaskRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Clock;
class QDateTime;

// The simulated account behind otasim: products, firmware, update batches and their device tasks. All of it
// is deterministic and built in code (the fixture batches from the resources); device tasks are generated per
// index from a compact status array, never kept as JSON. One batch is live: its tasks move on with the clock.
// Tasks can be canceled (CancelOTATaskByJob) and a dynamic batch's policy stopped (CancelOTAStrategyByJob).
class SimFleet
{
public:
    SimFleet();
    ~SimFleet();
    SimFleet(const SimFleet &) = delete;
    SimFleet &operator=(const SimFleet &) = delete;

    // The seed batch's product, with several firmware versions (1.0.0 ... 2.0.1).
    static QString multiFirmwareProductKey();
    // Firmware 1.2.0 of that product, with exactly kManyJobsCount batches.
    static QString manyJobsFirmwareId();
    static constexpr int kManyJobsCount = 250;
    // A batch of that firmware (IN_PROGRESS) with exactly kBigJobTaskCount device tasks.
    static QString bigJobId();
    static constexpr int kBigJobTaskCount = 100000;
    // The live batch (seed product, firmware 1.2.1, STATIC, IN_PROGRESS until every task has finished): its
    // kLiveJobTaskCount tasks start QUEUED at setLiveJobStart(), are pushed 500 a minute (NOTIFIED), upgrade
    // (IN_PROGRESS, Progress rising) and end SUCCEEDED or, about 3.5 % of them, FAILED, all within
    // kLiveJobMinutes; each task's times follow from its index, so the same clock shows the same counts. It
    // is the last of generatedJobIds(), not a fixture.
    static QString liveJobId();
    // The other live batches (BatchGenerator::scenarios()): each starts at its offset from the live batch's
    // start and moves at its own pace.
    static QString slowJobId(); // seed product, 40 a minute, late against its scheduled end
    static QString stuckJobId(); // gateways: devices stop finishing after the first 300
    static QString growingJobId(); // sensors: dynamic, keeps growing
    static QString plannedJobId(); // meters: PLANNED, starts two minutes after the live batch
    static QStringList liveJobIds(); // the live batch and the four above
    static constexpr int kLiveJobTaskCount = 2000;
    static constexpr int kLiveJobMinutes = 10;
    // The TaskStatus codes in the API's order: CONFIRM, QUEUED, NOTIFIED, IN_PROGRESS, SUCCEEDED, FAILED,
    // CANCELED.
    static QStringList taskStatuses();

    // Where "now" comes from for the live batch and for cancellations; not owned; nullptr: the system clock.
    void setClock(const Clock *clock);
    // Starts the live batch over at this time (every task QUEUED, its cancellations forgotten). The
    // constructor starts it at the system clock's now.
    void setLiveJobStart(const QDateTime &start);

    // QueryProductList's ProductInfo objects, in listing order.
    QList<QJsonObject> products() const;
    // ListOTAFirmware's SimpleFirmwareInfo objects, oldest first; an empty filter matches everything.
    QList<QJsonObject> firmwareList(const QString &productKey = {}, const QString &destVersion = {}) const;
    // QueryOTAFirmware's FirmwareInfo; nullopt for an unknown FirmwareId.
    std::optional<QJsonObject> firmware(const QString &firmwareId) const;

    // The fixture batches: the seed document's sample first, then fixtures/jobs.json in file order.
    QStringList fixtureJobIds() const;
    // The generated batches: the kManyJobsCount of manyJobsFirmwareId() newest first, then the others, the
    // live batch last.
    QStringList generatedJobIds() const;
    // The batches of one firmware in ListOTAJobByFirmware's order (newest first); empty for an unknown one.
    QStringList jobIdsOfFirmware(const QString &firmwareId) const;
    // QueryOTAJob's Data; nullopt for an unknown JobId.
    std::optional<QJsonObject> job(const QString &jobId) const;
    // ListOTAJobByFirmware's SimpleOTAJobInfo: the QueryOTAJob fields it shares, as QueryOTAJob has them.
    std::optional<QJsonObject> jobSummary(const QString &jobId) const;
    // Changes the JobStatus that QueryOTAJob and ListOTAJobByFirmware report (the device tasks stay as they
    // are; the live batch keeps it from then on); false for an unknown JobId.
    bool setJobStatus(const QString &jobId, const QString &status);

    // What CancelOTATaskByJob's flags cover, by task status: CONFIRM (CancelUnconfirmedTask), QUEUED,
    // NOTIFIED, IN_PROGRESS. Scheduled tasks are those of a batch that has not started yet (JobStatus
    // PLANNED), which wait as QUEUED: CancelScheduledTask cancels them, CancelQueuedTask the QUEUED tasks of
    // a started batch only.
    enum CancelTarget : int {
        CancelScheduled = 0x1,
        CancelQueued = 0x2,
        CancelNotified = 0x4,
        CancelInProgress = 0x8,
        CancelUnconfirmed = 0x10,
    };
    // Cancels the batch's tasks that the targets (CancelTarget bits) cover at the clock's now: they become
    // CANCELED with TaskDesc "canceled by the user" and UtcModified now, and so does the batch's UtcModified.
    // How many were canceled; -1 for an unknown JobId.
    int cancelTasks(const QString &jobId, int targets);
    enum class StrategyCancel { Canceled, UnknownJob, NotDynamic };
    // CancelOTAStrategyByJob: a DYNAMIC batch's JobStatus becomes CANCELED (again for one already canceled);
    // its tasks stay as they are.
    StrategyCancel cancelStrategy(const QString &jobId);

    // One device task as ListOTATaskByJob's SimpleOTATaskInfo has it: (field, text) in field name order,
    // every value a string (Progress and Timeout too); TaskDesc and Timeout only when the task has them.
    // Cheaper than a QJsonObject: a page of 100 goes out as JSON text directly.
    using TaskRecord = SimTaskRecord;

    // Device tasks of a batch with this TaskStatus code (empty: every status); -1 for an unknown JobId.
    int taskCount(const QString &jobId, const QString &taskStatus = {}) const;
    // The tasks [offset, offset + limit) of those with this TaskStatus (empty: all), in device order. Empty
    // past the end or for an unknown JobId.
    QList<TaskRecord> taskRecords(const QString &jobId, const QString &taskStatus, qint64 offset,
                                  int limit) const;
    // The tasks of the named devices (those in the batch, with this TaskStatus unless empty), in the order
    // named, each device once.
    QList<TaskRecord> taskRecordsOfDevices(const QString &jobId, const QString &taskStatus,
                                           const QStringList &deviceNames) const;
    // The same as SimpleOTATaskInfo objects.
    QJsonArray tasks(const QString &jobId, const QString &taskStatus, qint64 offset, int limit) const;
    QJsonArray tasksOfDevices(const QString &jobId, const QString &taskStatus,
                              const QStringList &deviceNames) const;
    static QJsonArray toJson(const QList<TaskRecord> &records);

    // What ReupgradeOTATask, ConfirmOTATask and CancelOTATaskByDevice found.
    enum class TaskAction { Done, UnknownJob, UnknownTask, OtherJob, WrongStatus };
    struct TaskActionResult
    {
        TaskAction result = TaskAction::Done;
        QString taskId; // the first task that stopped it
        QString status; // that task's TaskStatus (WrongStatus)
        int changed = 0;
    };
    // ReupgradeOTATask: every named task of the batch must be FAILED or CANCELED; then all become QUEUED at
    // now (pushed again). Nothing changes when one is not.
    TaskActionResult retryTasks(const QString &jobId, const QStringList &taskIds);
    // ConfirmOTATask: every named task must wait in CONFIRM; then all become QUEUED at now.
    TaskActionResult confirmTasks(const QStringList &taskIds);
    // CancelOTATaskByDevice: the unfinished tasks (CONFIRM, QUEUED, NOTIFIED, IN_PROGRESS) of the named
    // devices in the firmware's batches (only jobId's when set) become CANCELED at now; devices without one
    // are skipped. UnknownJob when jobId is set and unknown.
    TaskActionResult cancelTasksOfDevices(const QString &productKey, const QString &firmwareId,
                                          const QStringList &deviceNames, const QString &jobId);

    // --- devices: each product's are dev-000001 … dev-<DeviceCount> (TaskGenerator::deviceName), each with a
    // fixed IotId, secret, online state and times. A device reports the DestVersion of its latest SUCCEEDED
    // task, else the SrcVersion of a task it has; one in fifty of those with a success reports the SrcVersion
    // instead (it rolled back): isRolledBack().

    // A device found by IotId (when set), else by ProductKey and DeviceName: its product and number.
    struct DeviceKey
    {
        int product = -1;
        int number = 0;
    };
    std::optional<DeviceKey> findDevice(const QString &productKey, const QString &deviceName,
                                        const QString &iotId = {}) const;
    // QueryDeviceDetail's Data (with DeviceSecret, as the real API sends it).
    QJsonObject deviceDetail(const DeviceKey &device) const;
    // BatchQueryDeviceDetail's item: the same without GmtOnline, UtcOnline, IpAddress and Owner.
    QJsonObject deviceDetailOfBatch(const DeviceKey &device) const;
    // BatchGetDeviceState's DeviceStatus.
    QJsonObject deviceState(const DeviceKey &device) const;
    // ListOTAModuleVersionsByDevice's SimpleOTAModuleInfo objects: the default module and "bootloader".
    QList<QJsonObject> moduleVersions(const DeviceKey &device) const;
    // ListOTAUnfinishedTaskByDevice's tasks (CONFIRM, QUEUED, NOTIFIED, IN_PROGRESS) with their ModuleName,
    // without Progress, TaskDesc and Timeout.
    QList<TaskRecord> unfinishedTasks(const DeviceKey &device) const;
    // The batches of this firmware with a task for the device (ListOTAJobByDevice), newest first.
    QStringList jobIdsOfDevice(const DeviceKey &device, const QString &firmwareId) const;
    // The device's own credential, for tests that check it never surfaces.
    QString deviceSecret(const DeviceKey &device) const;
    // True for the devices that report an older version than their latest successful task's DestVersion.
    bool isRolledBack(const DeviceKey &device) const;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};
