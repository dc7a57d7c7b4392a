#pragma once

#include "ApiCommand.h"
#include "api/TaskListing.h"
#include "ota/TaskInfo.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;
class TaskFetcher;
struct ApiError;

// `otadash-cli tasks`: every device task of one batch (ListOTATaskByJob, status by status through
// TaskFetcher), optionally of some statuses only, as CSV or JSON on stdout, each TaskId once. Nothing reaches
// stdout unless every task was read; progress goes to stderr when that is a terminal. Exit codes as
// `otadash-cli query`.
class TasksCommand : public ApiCommand
{
    Q_OBJECT
public:
    TasksCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~TasksCommand() override;

    // Shows "Fetched 1,200 of 5,000 tasks" on stderr while fetching (for a terminal; off by default).
    void setShowProgress(bool show) { m_showProgress = show; }

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    // Fetches every task of the batch (of the statuses asked for).
    void run() override;
    void onTasks(const QList<TaskInfo> &tasks);
    void onProgress(qint64 fetched, qint64 expected);
    void onFinished(bool complete, const std::optional<ApiError> &error);
    void clearProgress();
    void writeCsv(const QList<TaskInfo> &tasks);
    void writeJson(const QList<TaskInfo> &tasks);

    QString m_jobId;
    QList<TaskStatus> m_statuses; // empty: all seven
    QString m_output = QStringLiteral("csv");
    bool m_showProgress = false;
    qsizetype m_progressWidth = 0; // characters of the progress line on the terminal
    std::unique_ptr<TaskFetcher> m_fetcher;
    TaskListing m_tasks;
};

// Runs `otadash-cli tasks ARGS` to completion on the current QCoreApplication; returns the exit code.
int runTasksCommand(const QStringList &arguments);
