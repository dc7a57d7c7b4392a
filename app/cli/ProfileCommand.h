#pragma once

#include "auth/Profile.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class CredentialStore;
class ProfileStore;
struct CredentialError;
class QTextStream;

// `otadash-cli profile add|list|remove|import-aliyun`: profiles headless. A secret is read from standard
// input, never from an argument, and goes only into the credential store; the settings file gets the rest.
// Exit codes: 0 done, 1 usage (also an unknown profile or an invalid field), 4 keychain unusable (nothing
// saved), 5 the settings file could not be written.
class ProfileCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, UsageError = 1, CredentialFailure = 4, SettingsFailure = 5 };

    ProfileCommand(QTextStream &in, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ProfileCommand() override;

    // Not owned; by default the application's settings and the system keychain.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }
    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }
    // Standard input is a terminal: prompt on stderr and do not echo what is typed.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Parses the arguments after "profile"; an exit code when there is nothing to run (help, usage error).
    std::optional<int> parse(const QStringList &arguments);
    // Runs the subcommand; emits finished exactly once with the exit code.
    void start();

signals:
    void finished(int exitCode);

private:
    enum class Action { Add, List, Remove, ImportAliyun };

    void ensureStores();
    void runAdd();
    void runList();
    void runRemove();
    void runImport();
    std::optional<QString> readSecretLine(const QString &prompt);
    int credentialFailure(const QString &what, const CredentialError &error);
    void finish(int exitCode);

    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<ProfileStore> m_ownProfiles;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    bool m_interactive = false;

    Action m_action = Action::List;
    Profile m_profile; // add: the new profile; remove: the one to remove
    QString m_file; // import-aliyun
    bool m_force = false; // remove: also when the keychain entries cannot be removed
};

// Runs `otadash-cli profile ARGS` to completion on the current QCoreApplication; returns the exit code.
int runProfileCommand(const QStringList &arguments);
