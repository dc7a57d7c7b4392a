#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

// The simulated account behind otasim: products, firmware, update batches and their device tasks. All of it
// is deterministic and built in code (the fixture batches from the resources); device tasks are generated per
// index from a compact status array, never kept as JSON.
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
    // The TaskStatus codes in the API's order: CONFIRM, QUEUED, NOTIFIED, IN_PROGRESS, SUCCEEDED, FAILED,
    // CANCELED.
    static QStringList taskStatuses();

    // QueryProductList's ProductInfo objects, in listing order.
    QList<QJsonObject> products() const;
    // ListOTAFirmware's SimpleFirmwareInfo objects, oldest first; an empty filter matches everything.
    QList<QJsonObject> firmwareList(const QString &productKey = {}, const QString &destVersion = {}) const;
    // QueryOTAFirmware's FirmwareInfo; nullopt for an unknown FirmwareId.
    std::optional<QJsonObject> firmware(const QString &firmwareId) const;

    // The fixture batches: the seed document's sample first, then fixtures/jobs.json in file order.
    QStringList fixtureJobIds() const;
    // The generated batches: the kManyJobsCount of manyJobsFirmwareId() newest first, then the others.
    QStringList generatedJobIds() const;
    // The batches of one firmware in ListOTAJobByFirmware's order (newest first); empty for an unknown one.
    QStringList jobIdsOfFirmware(const QString &firmwareId) const;
    // QueryOTAJob's Data; nullopt for an unknown JobId.
    std::optional<QJsonObject> job(const QString &jobId) const;
    // ListOTAJobByFirmware's SimpleOTAJobInfo: the QueryOTAJob fields it shares, as QueryOTAJob has them.
    std::optional<QJsonObject> jobSummary(const QString &jobId) const;
    // Changes the JobStatus that QueryOTAJob and ListOTAJobByFirmware report (the device tasks stay as they
    // are); false for an unknown JobId.
    bool setJobStatus(const QString &jobId, const QString &status);

    // One device task as ListOTATaskByJob's SimpleOTATaskInfo has it: (field, text) in field name order,
    // every value a string (Progress and Timeout too); TaskDesc and Timeout only when the task has them.
    // Cheaper than a QJsonObject: a page of 100 goes out as JSON text directly.
    using TaskRecord = QList<std::pair<QString, QString>>;

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

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};
