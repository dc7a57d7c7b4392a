#pragma once

#include "ApiCommand.h"
#include "ReportFile.h"

#include <memory>
#include <optional>

class ReportFetcher;
struct ApiError;

// `otadash-cli report`: the sign-off report of one batch as PDF or Markdown. Reads the batch, its task counts
// and the reasons of its failed tasks through the scheduler, the burn-up from the local history, runs the
// batch lint, then writes the file whole or not at all, making its missing folders as the dashboard does.
// Exit codes as `otadash-cli query`, plus 5 when the file (or a folder for it) cannot be written.
class ReportCommand : public ApiCommand
{
    Q_OBJECT
public:
    static constexpr int kWriteFailure = 5;

    ReportCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ReportCommand() override;

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    void run() override;
    void onFetched(const std::optional<ApiError> &error);

    QString m_jobId;
    ReportFormat m_format = ReportFormat::Pdf;
    QString m_outPath;
    QString m_notes;
    QString m_historyPath;
    std::unique_ptr<ReportFetcher> m_fetcher;
};

// Runs `otadash-cli report ARGS` to completion on the current QGuiApplication; returns the exit code.
int runReportCommand(const QStringList &arguments);
