#pragma once

#include "api/RpcClient.h"
#include "auth/Profile.h"
#include "net/ProxySettings.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Clock;
class CredentialStore;
class OtaSimulator;
class ProfileStore;
class QCommandLineParser;
class QNetworkAccessManager;
class QSettings;
class RequestScheduler;
class StsSession;
class Translations;

// What every headless command that calls the API shares: the language, the connection options (--profile,
// --region, --endpoint, --instance-id, --signature, --http-method, --timeout, --retries, --proxy, --demo,
// --lang), the credentials they lead to (environment, keychain or the demo endpoint), the scheduler the calls
// go through, and the way usage and API errors are printed with their exit codes.
class ConnectionOptions : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Success = 0,
        UsageError = 1,
        ApiFailure = 2,
        TransportFailure = 3,
        CredentialFailure = 4,
        FileFailure = 5, // a file the command must write (a report, the audit log) cannot be
    };

    // command: the word after "otadash-cli" ("query", "tasks", ...), for messages and --help.
    ConnectionOptions(const QString &command, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ConnectionOptions() override;

    // Where --profile looks (not owned); by default the application's settings and the system keychain.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }
    void setCredentialStore(CredentialStore *credentials) { m_credentialStore = credentials; }

    // Installs the language (--lang, else the saved preference, else the system's): --help, the messages and
    // the text output speak it. An exit code when --lang names a language OtaDash does not speak.
    std::optional<int> installLanguage(const QStringList &arguments);
    // Adds the shared options (and --help) after the command's own, then parses "otadash-cli <command> ARGS".
    // An exit code when there is nothing to run: --help printed (usageLine, the parser's description and
    // options, where credentials come from, the exit codes), or a usage error.
    std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                        const QString &usageLine);
    // Reads the shared options: endpoint, region, instance, signature, method, timeout and the credentials
    // (a keychain secret waits for start()); with --demo starts the embedded endpoint. An exit code on error.
    std::optional<int> resolve(const QCommandLineParser &parser);
    // Prints "otadash-cli <command>: message" and where the options are explained; returns UsageError.
    int usageError(const QString &message);
    // The values of a required option that names batches or firmware (letters, digits, _ - *; 1 to 64);
    // nullopt after printing a usage error: none given, several where single, or one malformed (invalid:
    // "'%1' is not a valid batch ID").
    std::optional<QStringList> resourceIds(const QCommandLineParser &parser, const QString &option,
                                           bool single, const QString &invalid);

    // Reads the keychain secret when --profile needs one, then sets up the scheduler; emits ready() or
    // failed(CredentialFailure), exactly once.
    void start();
    const RpcConfig &config() const { return m_config; }
    const QString &instanceId() const { return m_instanceId; }
    // The name of --profile's profile; empty without --profile.
    QString profileName() const { return m_profile ? m_profile->name : QString(); }
    // The name the dashboard keeps this account's history and audit under: the profile's, "Demo" with
    // --demo, else the environment's.
    QString accountName() const;
    // The history file: given (--history-db) when not empty, else the demo's with --demo, else the
    // dashboard's.
    QString historyPath(const QString &given) const;
    // --profile names a profile marked read-only: it sends no write action.
    bool isReadOnly() const { return m_profile && m_profile->readOnly; }
    // --demo: the embedded endpoint answers.
    bool isDemo() const { return m_simulator != nullptr; }
    // The clock requests are signed, timed out and spaced by (a test's manual clock); the system's unless
    // set before start(). Not owned.
    void setClock(const Clock *clock) { m_clock = clock; }
    // Valid once ready() was emitted: at most 10 requests per second per AccessKey, with retries.
    RequestScheduler *scheduler() const { return m_scheduler.get(); }

    // Prints an API error on stderr: headline, then code, message, detail, request ID, recommendation, hint.
    void printError(const QString &headline, const ApiError &error);
    // ApiFailure for gateway and business errors, TransportFailure for the rest.
    static int exitCodeFor(const ApiError &error);

signals:
    void ready();
    void failed(int exitCode);

private:
    struct Options;
    void startScheduler();
    // A RAM-role profile: the role is assumed before ready(), and its credentials are renewed as they run
    // out.
    void assumeRole();

    QString m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Options> m_options;
    RpcConfig m_config;
    int m_maxRetries = 4; // --retries
    const Clock *m_clock = nullptr;
    ProxyChoice m_proxy; // --proxy, else the demo's none, else Preferences'
    QString m_proxyPassword; // from --proxy's URL, in memory only
    QString m_instanceId;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<OtaSimulator> m_simulator;
    std::unique_ptr<StsSession> m_sts; // a RAM-role profile's, after the scheduler (it uses it)
    std::optional<Profile> m_profile; // --profile: its secret is read from the credential store in start()
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentialStore = nullptr;
    std::unique_ptr<ProfileStore> m_ownProfiles;
    std::unique_ptr<CredentialStore> m_ownCredentialStore;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
};
