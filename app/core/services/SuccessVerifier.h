#pragma once

#include "api/OtaDeviceCalls.h"
#include "api/RequestScheduler.h"
#include "api/TaskListing.h"
#include "services/Account.h"

#include <QDateTime>
#include <QObject>

class ClockTimer;
class TaskFetcher;

// A SUCCEEDED task whose device reports another version than the task's DestVersion (or none at all).
struct VersionMismatch
{
    QString deviceName;
    QString productKey;
    QString taskId;
    QString destVersion;
    QString reportedVersion; // empty: the device was not found, or reports no version
};

// What a check of succeeded tasks found.
struct VerifyReport
{
    qint64 succeeded = 0; // SUCCEEDED tasks given
    int checked = 0; // devices asked about
    bool sampled = false; // checked < succeeded, by choice
    QList<VersionMismatch> mismatches;
    QDateTime readAtUtc; // when the last answer arrived
};
Q_DECLARE_METATYPE(VerifyReport)

// Verified success: asks the devices of SUCCEEDED tasks which version they report for the default module
// (BatchQueryDeviceDetail's FirmwareVersion, 100 devices per call, at Background priority) and lists those
// that report another version than their task's DestVersion: a device that rolled back, or never restarted
// into the new firmware, while the batch counts it as done. All of them, or a random sample.
class SuccessVerifier : public QObject
{
    Q_OBJECT
public:
    // BatchQueryDeviceDetail's own limit per account (REFERENCE.md), below the account's 10 per second: its
    // calls start at least 1000 / kMaxPerSecond ms apart, on the scheduler's clock.
    static constexpr int kMaxPerSecond = 5;

    explicit SuccessVerifier(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~SuccessVerifier() override;

    // tasks: the SUCCEEDED tasks (others are ignored). sample: how many to check at random (0 or more than
    // there are: all); seed: the sample's random sequence (the same seed picks the same devices).
    void verify(const Account &account, const QList<TaskInfo> &tasks, int sample = 0, quint32 seed = 1);
    // The same for a batch: lists its SUCCEEDED tasks first (ListOTATaskByJob, at Bulk priority), then
    // checks them. What the window's Verify Success and `otadash-cli verify` do.
    void verifyBatch(const Account &account, const QString &jobId, int sample = 0, quint32 seed = 1);
    void cancel();

signals:
    // While verifyBatch lists: the succeeded tasks read so far, and how many there are (-1 while unknown).
    void listing(qint64 read, qint64 expected);
    // verifyBatch could not read every succeeded task (without an API error): nothing was checked.
    void listingIncomplete();
    void progress(int checked, int total);
    void finished(const VerifyReport &report);
    void failed(const ApiError &error);

private:
    void sendNext();
    void onAnswer(const RpcResponse &response);
    void onListed(bool complete, const std::optional<ApiError> &error);

    RequestScheduler *m_scheduler;
    TaskFetcher *m_fetcher = nullptr;
    TaskListing m_listed;
    int m_sample = 0;
    quint32 m_seed = 1;
    ClockTimer *m_pace;
    qint64 m_lastStartMs = -1;
    Account m_account;
    QList<QList<TaskInfo>> m_calls; // one product per call, at most 100 devices
    int m_next = 0;
    int m_total = 0;
    VerifyReport m_report;
    bool m_running = false;
};
