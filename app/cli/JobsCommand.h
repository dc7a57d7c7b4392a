#pragma once

#include "ApiCommand.h"
#include "ota/JobSummary.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

class QTextStream;
struct RpcResponse;

// `otadash-cli jobs`: every batch of one firmware (ListOTAJobByFirmware, all pages through the scheduler) as
// a table, JSON or CSV on stdout. Nothing reaches stdout unless every page was read. Exit codes as
// `otadash-cli query`.
class JobsCommand : public ApiCommand
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    JobsCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~JobsCommand() override;

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    // Reads the first page; its Total tells how many follow.
    void run() override;
    void request(int page);
    void onPage(int page, const RpcResponse &response);
    void report();
    void writeText(const QList<JobSummary> &jobs);
    void writeCsv(const QList<JobSummary> &jobs);
    void writeJson(const QList<JobSummary> &jobs);

    QString m_firmwareId;
    QString m_output = QStringLiteral("text");
    QMap<int, QList<JobSummary>> m_pages; // by CurrentPage
    int m_pending = 0;
    bool m_failed = false;
};

// Runs `otadash-cli jobs ARGS` to completion on the current QCoreApplication; returns the exit code.
int runJobsCommand(const QStringList &arguments);
