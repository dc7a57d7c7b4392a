#pragma once

#include "ApiCommand.h"
#include "api/RpcClient.h"
#include "services/BatchQuery.h"
#include "state/BatchStore.h"

#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

// `otadash-cli query`: queries one or more batches headless and prints them as the API returned them (json)
// or as the form shows them (text), and adds each batch read to the local history (the dashboard's file).
// Batches are read as the dashboard reads them (BatchQuery into a BatchStore) and recorded by the same
// HistoryRecorder, after the output is written.
// Exit codes: 0 success, 1 usage, 2 API error, 3 transport or malformed, 4 keychain unusable (--profile).
class QueryCommand : public ApiCommand
{
    Q_OBJECT
public:
    QueryCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~QueryCommand() override;

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    // Sends every query (at most 10 per second).
    void run() override;
    void report();
    // Adds the batches read to the history; a failure is a warning, the query itself succeeded.
    void recordHistory(const QList<int> &readIndexes);

    QStringList m_jobIds;
    QString m_output = QStringLiteral("json");
    ResponseFormat m_format = ResponseFormat::Json;
    BatchStore m_store;
    std::unique_ptr<BatchQuery> m_query;
    QList<std::optional<BatchRead>> m_reads; // by index
    QString m_historyPath; // --history-db; empty: the default (the demo's with --demo)
    int m_pending = 0;
};

// Runs `otadash-cli query ARGS` to completion on the current QCoreApplication; returns the exit code.
int runQueryCommand(const QStringList &arguments);
