#pragma once

#include "ApiCommand.h"
#include "ota/RolloutEta.h"
#include "services/Account.h"
#include "state/BatchStore.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class BatchCounts;
class BatchQuery;
class ClockTimer;
class HistoryRecorder;
struct ApiError;

// `otadash-cli status`: where rollouts stand. Per batch, one round: QueryOTAJob (JobStatus, the push limit
// and the scheduled finish) and the task counts (BatchCounts, as every view counts), put into a BatchStore
// whose rounds the HistoryRecorder adds to the local history; then JobStatus, total, the count per
// TaskStatus, % complete, failure rate and the finish estimate (RolloutEta over the history's rounds and
// this run's), as text, JSON or CSV. --watch SECONDS reads again at that interval: the text is redrawn in
// place on a terminal, and lines are appended otherwise. Exit codes as `otadash-cli query` (the worst of
// the last round).
class StatusCommand : public ApiCommand
{
    Q_OBJECT
public:
    StatusCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~StatusCommand() override;

    // Where the output goes is a terminal (redraw in place with --watch); set by runStatusCommand().
    void setTerminal(bool terminal) { m_terminal = terminal; }

    // One batch in one round, as printed.
    struct Row
    {
        QString jobId;
        QString jobStatus;
        qint64 total = 0;
        TaskStatusCounts counts;
        double percentComplete = 0.0;
        std::optional<double> failureRate;
        RolloutEta::Estimate eta;
        bool countsMoved = false;
        QDateTime readAtUtc;
    };

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    void run() override;
    void startRound();
    void batchRead(int index);
    void finishRound();
    std::optional<Row> rowOf(int index) const;
    // The count rounds the estimate is made from: the history's (this run's are recorded there), else
    // this run's.
    QList<RolloutEta::Sample> samplesOf(const QString &jobId) const;
    void print(const QList<Row> &rows);

    QStringList m_jobIds;
    QString m_output = QStringLiteral("text");
    int m_watchSecs = 0;
    QString m_historyPath;
    bool m_terminal = false;
    bool m_headerWritten = false;
    Account m_account;
    BatchStore m_store;
    std::unique_ptr<BatchQuery> m_query;
    QList<BatchCounts *> m_counts; // one per batch (a round replaces a round of the same object)
    std::unique_ptr<HistoryRecorder> m_history;
    ClockTimer *m_timer = nullptr;
    QList<std::optional<ApiError>> m_errors; // of this round, by index
    QList<QList<RolloutEta::Sample>> m_samples; // this run's rounds, by index
    int m_pending = 0;
    int m_exitCode = 0;
};

int runStatusCommand(const QStringList &arguments);
