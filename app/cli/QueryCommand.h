#pragma once

#include "ApiCommand.h"
#include "api/RpcClient.h"

#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

// `otadash query`: queries one or more batches headless and prints them as the API returned them (json)
// or as the form shows them (text). Exit codes: 0 success, 1 usage, 2 API error, 3 transport or malformed,
// 4 keychain unusable (--profile).
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
    struct Outcome
    {
        QString jobId;
        RpcResponse response;
    };
    void onResponse(int index, const RpcResponse &response);
    void report();

    QStringList m_jobIds;
    QString m_output = QStringLiteral("json");
    ResponseFormat m_format = ResponseFormat::Json;
    QList<std::optional<RpcResponse>> m_responses;
    int m_pending = 0;
};

// Runs `otadash query ARGS` to completion on the current QCoreApplication; returns the exit code.
int runQueryCommand(const QStringList &arguments);
