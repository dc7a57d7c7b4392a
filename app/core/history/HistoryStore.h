#pragma once

#include "api/ResponseEnvelope.h"
#include "ota/TaskStatusCounts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// One QueryOTAJob fetch as it was received.
struct HistoryJobSnapshot
{
    qint64 id = 0;
    QString profile; // the profile name the batch was fetched with ("" when none)
    QString jobId;
    QDateTime fetchedAtUtc;
    QByteArray body; // the raw response body, exactly as received
    ResponseFormat format = ResponseFormat::Json;
    QString jobStatus; // Data.JobStatus as parsed when recorded (may be empty)
};

// One task-status count round of a batch (ListOTATaskByJob Totals).
struct HistoryCountsPoint
{
    QDateTime atUtc;
    TaskStatusCounts counts;
    // The batch's total read in the same round (CountsSummary); nullopt in rounds recorded before it was.
    std::optional<qint64> batchTotal;
    // What its shares are of: the batch's total, else the statuses added up.
    qint64 total() const { return batchTotal.value_or(counts.total()); }
};

// One call of a write action sent from OtaDash (the audit log): when, as whom, what on which tasks or
// devices, and what came of it. Never the secret: the AccessKeyId only.
struct AuditEntry
{
    enum class Outcome {
        Done, // the gateway said it acted
        Refused, // the gateway or IoT Platform refused it: nothing was done
        Unknown, // no readable answer after it was sent: the gateway may have acted
    };
    qint64 id = 0;
    QDateTime atUtc;
    QString profile;
    QString accessKeyId;
    QString action; // the API's name, e.g. ReupgradeOTATask
    QString jobId; // empty when the call names none
    QStringList targets; // TaskIds or DeviceNames, as sent
    QString requestId;
    Outcome outcome = Outcome::Unknown;
    QString detail; // the error's code and message when it was refused or is unknown

    static QString outcomeCode(Outcome outcome); // "done", "refused", "unknown"
};

// The local history of fetched batches: SQLite through Qt SQL, one file shared by every window and
// headless command of this user (QStandardPaths::AppDataLocation/history.sqlite by default).
//
// - The schema is versioned (PRAGMA user_version) and migrated forward on open, in one transaction per
//   step; a file from a newer OtaDash is refused, never rewritten.
// - Every write is one transaction: nothing half-written. WAL journal and a busy timeout let two windows
//   (or a window and `otadash-cli report`) write at the same time.
// - Each instance opens its own named connection and must be used from the thread that created it.
class HistoryStore
{
public:
    static constexpr int kSchemaVersion = 4;
    // How long fetches are kept (QSettings, int days; 0 = forever), applied at start-up with
    // pruneOlderThan().
    static inline const QString kRetentionSettingsKey = QStringLiteral("history/retentionDays");
    static constexpr int kDefaultRetentionDays = 90;

    // Opens (creating the file and its directory when needed) and migrates. Check isOpen().
    explicit HistoryStore(const QString &databasePath = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultPath();
    // The demo endpoint's history, beside defaultPath(): demo batches never mix with real ones.
    static QString demoPath();
    // Loads Qt's SQLite driver plugin now, without touching a file: a caller that opens a history soon may do
    // it while it waits for the network anyway (the plugin and SQLite take milliseconds to load).
    static void loadDriver();

    bool isOpen() const;
    // Why the last operation (or the open) failed, for the user; empty after a success.
    QString errorString() const;
    QString databasePath() const;
    int schemaVersion() const; // of the open file
    // How long a write waits for another window or process to finish its own (5 s by default).
    void setBusyTimeout(int ms);

    // Records a fetch. False (see errorString()) when the write failed; nothing is then stored.
    bool recordJob(const QString &profile, const QString &jobId, const QDateTime &fetchedAtUtc,
                   const QByteArray &body, ResponseFormat format, const QString &jobStatus);
    // A round of task counts, with the batch's total when the round read it.
    bool recordCounts(const QString &profile, const QString &jobId, const QDateTime &atUtc,
                      const TaskStatusCounts &counts, std::optional<qint64> batchTotal = std::nullopt);

    // Newest first / oldest first as named.
    std::optional<HistoryJobSnapshot> latestJob(const QString &profile, const QString &jobId) const;
    QList<HistoryJobSnapshot> jobSnapshots(const QString &profile,
                                           const QString &jobId) const; // newest first
    QList<HistoryCountsPoint> countsSeries(const QString &profile,
                                           const QString &jobId) const; // oldest first
    std::optional<HistoryCountsPoint> latestCounts(const QString &profile, const QString &jobId) const;
    // The profiles (sorted) with fetches or counts of this batch.
    QStringList profilesWithHistory(const QString &jobId) const;
    // The batches read last, newest first: their profile, JobId, status and when they were read last.
    struct RecentBatch
    {
        QString profile;
        QString jobId;
        QString jobStatus;
        QDateTime fetchedAtUtc;
    };
    QList<RecentBatch> recentBatches(int limit) const;

    // "Changed since you last looked": what the user had on screen when they last looked at the batch.
    bool markSeen(const QString &profile, const QString &jobId, const QDateTime &atUtc);
    std::optional<HistoryJobSnapshot> jobSeenLast(const QString &profile, const QString &jobId) const;
    std::optional<HistoryCountsPoint> countsSeenLast(const QString &profile, const QString &jobId) const;

    // Deletes what was fetched before cutoff (seen marks included). Returns the number of rows removed, -1
    // on failure.
    int pruneOlderThan(const QDateTime &cutoffUtc);
    bool clear(); // everything
    bool clearBatch(const QString &profile, const QString &jobId);

    // The audit log: appended to, never pruned by age nor cleared with the history.
    bool recordAction(const AuditEntry &entry);
    // Every entry (of this batch unless jobId is empty), oldest first.
    QList<AuditEntry> auditLog(const QString &jobId = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};
