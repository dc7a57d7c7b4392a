#pragma once

#include "api/RpcClient.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTextStream;
class OtaSimulator;
class RateLimiter;

// `otadash query`: queries one or more batches headless and prints them as the API returned them (json)
// or as the form shows them (text). Exit codes: 0 success, 1 usage, 2 API error, 3 transport or malformed.
class QueryCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, UsageError = 1, ApiFailure = 2, TransportFailure = 3 };

    QueryCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~QueryCommand() override;

    // Parses the arguments after "query"; an exit code when there is nothing to run (help, usage error).
    std::optional<int> parse(const QStringList &arguments);
    // Sends every query (at most 10 per second); emits finished once with the exit code.
    void start();

signals:
    void finished(int exitCode);

private:
    struct Outcome
    {
        QString jobId;
        RpcResponse response;
    };
    void onResponse(int index, const RpcResponse &response);
    void report();

    QTextStream &m_out;
    QTextStream &m_err;
    QStringList m_jobIds;
    QString m_instanceId;
    QString m_output = QStringLiteral("json");
    RpcConfig m_config;
    bool m_demo = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<OtaSimulator> m_simulator;
    QList<std::optional<RpcResponse>> m_responses;
    int m_pending = 0;
};

// Runs `otadash query ARGS` to completion on the current QCoreApplication; returns the exit code.
int runQueryCommand(const QStringList &arguments);
