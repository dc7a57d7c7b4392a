#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

// `otadash-cli history`: the fetches of one batch recorded on this computer (by the dashboard and by
// `otadash-cli query`), oldest first, each with its JobStatus and the task counts of its own round (read in
// the same refresh, HistoryTimeline) or none, and the rounds read without a fetch, as an aligned table, JSON
// or CSV. It reads only the local history file: no network, no credentials. Nothing reaches stdout unless the
// whole history was read. Exit codes: 0 printed, 1 usage error or no history of that batch, 5 the history
// file cannot be read.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
public:
    enum ExitCode { Success = 0, UsageError = 1, NoHistory = 1, HistoryFailure = 5 };

    HistoryCommand(QTextStream &out, QTextStream &err);

    // Parses the arguments after "history" (installing the language first), then prints; the exit code.
    int run(const QStringList &arguments);

private:
    struct Row;
    std::optional<int> parse(const QStringList &arguments);
    int usageError(const QString &message);
    void writeText(const QList<Row> &rows);
    void writeJson(const QList<Row> &rows);
    void writeCsv(const QList<Row> &rows);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_jobId;
    std::optional<QString> m_profile; // --profile: only that profile's fetches
    QString m_output = QStringLiteral("text");
    QString m_historyPath;
};

// Runs `otadash-cli history ARGS` on the current QCoreApplication, writing to stdout and stderr; the exit
// code.
int runHistoryCommand(const QStringList &arguments);
