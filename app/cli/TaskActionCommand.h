#pragma once

#include "ApiCommand.h"
#include "api/TaskListing.h"
#include "services/TaskActionRun.h"

#include <memory>

class TaskFetcher;

// `otadash-cli retry` (ReupgradeOTATask) and `otadash-cli confirm` (ConfirmOTATask): the named tasks, or
// every task of the batch in FAILED/CANCELED (retry --status) or CONFIRM (confirm --all), read first. Without
// --yes they print what they would send and exit 0, sending nothing. With --yes they send each call once
// (services/TaskActionRun), print one line per call with its RequestId, and append each call to the audit
// log. A read-only profile sends nothing. Exit codes as `otadash-cli query` (2 when a call was refused, 3
// when an outcome is unknown).
class TaskActionCommand : public ApiCommand
{
    Q_OBJECT
public:
    // kind: Retry or Confirm.
    TaskActionCommand(TaskActionRun::Kind kind, QTextStream &out, QTextStream &err,
                      QObject *parent = nullptr);
    ~TaskActionCommand() override;

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    void run() override;
    void onListed(bool complete, const std::optional<ApiError> &error);
    void proceed();
    void onCall(int index, int callCount, const TaskActionRun::CallResult &result);
    void onRunFinished(int done, int refused, int unknown, int notSent);

    TaskActionRun::Kind m_kind;
    QString m_jobId;
    QStringList m_taskIds;
    QList<TaskStatus> m_statuses; // read the tasks in these statuses instead of --task-id
    bool m_yes = false;
    QString m_historyPath;
    std::unique_ptr<TaskFetcher> m_fetcher;
    TaskListing m_listed;
    std::unique_ptr<HistoryStore> m_audit;
    std::unique_ptr<TaskActionRun> m_run;
    int m_exitCode = ConnectionOptions::Success;
};

int runRetryCommand(const QStringList &arguments);
int runConfirmCommand(const QStringList &arguments);
