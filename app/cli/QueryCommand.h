#pragma once

#include "api/RpcClient.h"
#include "auth/Profile.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class CredentialStore;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;
class QTextStream;
class OtaSimulator;
class RequestScheduler;
class Translations;

// `otadash query`: queries one or more batches headless and prints them as the API returned them (json)
// or as the form shows them (text). Exit codes: 0 success, 1 usage, 2 API error, 3 transport or malformed,
// 4 keychain unusable (--profile).
class QueryCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Success = 0,
        UsageError = 1,
        ApiFailure = 2,
        TransportFailure = 3,
        CredentialFailure = 4
    };

    QueryCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~QueryCommand() override;

    // Parses the arguments after "query"; an exit code when there is nothing to run (help, usage error).
    // Installs the language first (--lang, else the saved preference, else the system's): --help, the
    // messages and the text output speak it.
    std::optional<int> parse(const QStringList &arguments);
    // Where --profile looks (not owned); by default the application's settings and the system keychain.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }
    void setCredentialStore(CredentialStore *credentials) { m_credentialStore = credentials; }
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
    void send();
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
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<OtaSimulator> m_simulator;
    std::optional<Profile> m_profile; // --profile: its secret is read from the credential store in start()
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentialStore = nullptr;
    std::unique_ptr<ProfileStore> m_ownProfiles;
    std::unique_ptr<CredentialStore> m_ownCredentialStore;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    QList<std::optional<RpcResponse>> m_responses;
    int m_pending = 0;
};

// Runs `otadash query ARGS` to completion on the current QCoreApplication; returns the exit code.
int runQueryCommand(const QStringList &arguments);
