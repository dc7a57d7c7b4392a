#pragma once

#include "history/LastLook.h"
#include "state/BatchState.h"

#include <QObject>

#include <memory>
#include <optional>

class BatchStore;
class Clock;
class HistoryStore;

// What the local history records, and when: every batch read and every complete round of task counts the
// store learns, each at the time it was read (never a number at a time it was not measured); the user's
// "seen" marks; the last recorded state of a batch that cannot be read now; and pruning by age. The window
// and `otadash-cli query` record through it.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    // history: not owned; nullptr or a store that could not be opened records nothing (isOn() is false).
    // store: not owned; what it learns is recorded. clock: for pruning by age.
    HistoryRecorder(HistoryStore *history, BatchStore *store, const Clock &clock, QObject *parent = nullptr);
    // The same with the history file at path, opened (SQLite loaded) only when first needed, so that a
    // window paints before it.
    HistoryRecorder(const QString &path, BatchStore *store, const Clock &clock, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Opens the file when it was not yet.
    bool isOn();
    HistoryStore *history();
    // Why the history is off, or why the last write failed.
    QString errorString();

    // What the user had on screen when they last looked at the batch. Read it before markSeen().
    LastLook lastLook(const BatchKey &key);
    // The user has seen the batch as it was read up to atUtc (the latest reading on screen).
    bool markSeen(const BatchKey &key, const QDateTime &atUtc);
    // The last recorded reading of the batch, from this session or an earlier one; nullopt when none parses.
    std::optional<JobReading> lastRecorded(const BatchKey &key);
    // The network failed (timeout, refused, reset, TLS, name lookup): the last known state may be shown,
    // marked stale. An answer (a business or signature error) says the batch cannot be read as it stands.
    static bool isNetworkFailure(const ApiError &error);
    // Adds one reading of a batch (what the store learns is added by itself).
    bool recordJob(const BatchKey &key, const JobReading &reading);

    // Removes what was fetched more than days ago (by the clock); -1 on failure, else rows removed.
    int pruneOlderThanDays(int days);

signals:
    // A reading of this batch was added to the history.
    void recorded(const BatchKey &key);
    // A reading could not be added (see errorString()).
    void recordFailed(const QString &reason);
    // The history file could not be opened: nothing will be recorded (once, when it was first needed).
    void historyOff(const QString &reason);

private:
    void onChanged(const BatchKey &key, int parts);

    HistoryStore *m_history;
    QString m_path; // to open when first needed (m_history is nullptr until then)
    std::unique_ptr<HistoryStore> m_owned;
    BatchStore *m_store;
    const Clock &m_clock;
};
