#include "ProfileCommand.h"

#include "auth/AliyunConfig.h"
#include "auth/AliyunImport.h"
#include "auth/EnvironmentProfile.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// Terminal columns a text takes: East Asian wide characters (translated Japanese or Chinese) take two.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const uint c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Turns terminal echo off while a secret is typed, and back on however the scope is left.
class EchoOff
{
public:
    explicit EchoOff(bool active)
    {
#ifdef Q_OS_UNIX
        m_active = active && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#else
        Q_UNUSED(active);
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_UNIX
    termios m_saved {};
#endif
    bool m_active = false;
};

QString signatureName(SignatureVersion version)
{
    return version == SignatureVersion::V1 ? u"v1"_s : u"v3"_s;
}
} // namespace

ProfileCommand::ProfileCommand(QTextStream &in, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_in(in), m_out(out), m_err(err)
{ }

ProfileCommand::~ProfileCommand() = default;

void ProfileCommand::ensureStores()
{
    if (!m_profiles) {
        m_ownProfiles = std::make_unique<ProfileStore>();
        m_profiles = m_ownProfiles.get();
    }
    if (!m_credentials) {
        m_ownCredentials = std::make_unique<KeychainCredentialStore>();
        m_credentials = m_ownCredentials.get();
    }
}

std::optional<int> ProfileCommand::parse(const QStringList &arguments)
{
    auto usage = [this](const QString &message) {
        m_err << tr("otadash-cli profile: %1").arg(message) << '\n'
              << tr("Run 'otadash-cli profile --help' for the subcommands.") << '\n';
        m_err.flush();
        return std::optional<int>(UsageError);
    };
    const QString subcommand = arguments.value(0);
    if (subcommand.isEmpty() || subcommand == u"--help" || subcommand == u"-h" || subcommand == u"help") {
        // Without a subcommand this is a usage error: the overview goes to stderr then.
        QTextStream &stream = subcommand.isEmpty() ? m_err : m_out;
        stream << tr("Usage: otadash-cli profile SUBCOMMAND [options]") << "\n\n"
               << tr("Subcommands:") << '\n'
               << "  add NAME --access-key-id ID [--region R | --endpoint URL] [--instance-id I]\n"
                  "      [--signature v1|v3] [--sts] [--read-only]\n"
                  "      [--ram-role-arn ARN [--role-session-name S] [--duration SECONDS]\n"
                  "       [--external-id X] [--policy JSON] [--sts-endpoint URL]]\n"
               << "      "
               << tr("Save a profile; the AccessKey secret (then, with --sts, the SecurityToken) is read "
                     "from standard input. With --ram-role-arn the AccessKey assumes that RAM role and "
                     "requests are signed with the temporary credentials STS returns.")
               << '\n'
               << "  list\n"
               << "      " << tr("List the profiles (never their secrets); * marks the last used one.")
               << '\n'
               << "  remove NAME [--force]\n"
               << "      " << tr("Remove a profile and its keychain entries.") << '\n'
               << "  import-aliyun [--file PATH]\n"
               << "      "
               << tr("Import the AK, StsToken and RamRoleArn profiles of the aliyun CLI (default "
                     "~/.aliyun/config.json).")
               << '\n'
               << '\n'
               << tr("Secrets are kept in the system keychain only. Exit codes: 0 done, 1 usage, 4 keychain "
                     "unusable (nothing saved), 5 settings not writable.")
               << '\n';
        stream.flush();
        return subcommand.isEmpty() ? std::optional<int>(UsageError) : std::optional<int>(Success);
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(helpOption);
    const QCommandLineOption keyIdOption(u"access-key-id"_s, tr("The AccessKey ID."), tr("ID"));
    const QCommandLineOption regionOption(u"region"_s, tr("The region, e.g. cn-shanghai."), tr("REGION"));
    const QCommandLineOption endpointOption(
            u"endpoint"_s, tr("A custom endpoint URL instead of https://iot.<region>.aliyuncs.com/."),
            tr("URL"));
    const QCommandLineOption instanceOption(u"instance-id"_s, tr("The IotInstanceId."), tr("ID"));
    const QCommandLineOption signatureOption(u"signature"_s, tr("Signature version: v3 (default) or v1."),
                                             u"v1|v3"_s, u"v3"_s);
    const QCommandLineOption stsOption(
            u"sts"_s, tr("STS credentials: a SecurityToken follows the secret on standard input."));
    const QCommandLineOption roleArnOption(
            u"ram-role-arn"_s,
            tr("Assume this RAM role (acs:ram::<account>:role/<name>) with the AccessKey."), tr("ARN"));
    const QCommandLineOption sessionNameOption(
            u"role-session-name"_s,
            tr("The role session's name (default %1).").arg(RamRole::defaultSessionName()), tr("NAME"));
    const QCommandLineOption durationOption(u"duration"_s,
                                            tr("Seconds the temporary credentials last, %1 to the role's "
                                               "maximum (default %2).")
                                                    .arg(RamRole::kMinDurationSecs)
                                                    .arg(RamRole::kDefaultDurationSecs),
                                            tr("SECONDS"));
    const QCommandLineOption externalIdOption(
            u"external-id"_s, tr("The external ID the role's trust policy requires."), tr("ID"));
    const QCommandLineOption policyOption(u"policy"_s, tr("A JSON policy that narrows the role."),
                                          tr("JSON"));
    const QCommandLineOption stsEndpointOption(
            u"sts-endpoint"_s, tr("The STS endpoint (default https://sts.<region>.aliyuncs.com/)."),
            tr("URL"));
    const QCommandLineOption readOnlyOption(
            u"read-only"_s,
            tr("The profile only reads: no write action (cancel, retry, confirm) is sent with it."));
    const QCommandLineOption forceOption(
            u"force"_s, tr("Remove the profile even when its keychain entries cannot be removed."));
    const QCommandLineOption fileOption(u"file"_s, tr("The aliyun CLI configuration to import."), tr("PATH"));

    QString synopsis;
    if (subcommand == u"add") {
        m_action = Action::Add;
        parser.addOptions({keyIdOption, regionOption, endpointOption, instanceOption, signatureOption,
                           stsOption, roleArnOption, sessionNameOption, durationOption, externalIdOption,
                           policyOption, stsEndpointOption, readOnlyOption});
        synopsis = tr("Usage: otadash-cli profile add NAME --access-key-id ID [options] < secret");
    } else if (subcommand == u"list") {
        m_action = Action::List;
        synopsis = tr("Usage: otadash-cli profile list");
    } else if (subcommand == u"remove") {
        m_action = Action::Remove;
        parser.addOption(forceOption);
        synopsis = tr("Usage: otadash-cli profile remove NAME [--force]");
    } else if (subcommand == u"import-aliyun") {
        m_action = Action::ImportAliyun;
        parser.addOption(fileOption);
        synopsis = tr("Usage: otadash-cli profile import-aliyun [--file PATH]");
    } else {
        return usage(tr("unknown subcommand '%1'").arg(subcommand));
    }

    if (!parser.parse(QStringList {u"otadash-cli profile "_s + subcommand} + arguments.mid(1)))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << synopsis << "\n\n" << parser.helpText().section(u'\n', 2) << '\n';
        m_out.flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const bool wantsName = m_action == Action::Add || m_action == Action::Remove;
    if (wantsName && positional.size() != 1)
        return usage(positional.isEmpty() ? tr("give the profile's name")
                                          : tr("unexpected argument '%1'").arg(positional.value(1)));
    if (!wantsName && !positional.isEmpty())
        return usage(tr("unexpected argument '%1'").arg(positional.constFirst()));

    ensureStores();
    switch (m_action) {
    case Action::Add: {
        m_profile.id = Profile::newId();
        m_profile.name = positional.constFirst().trimmed();
        m_profile.accessKeyId = parser.value(keyIdOption).trimmed();
        m_profile.regionId = parser.value(regionOption).trimmed();
        if (parser.isSet(endpointOption))
            m_profile.endpoint = QUrl(parser.value(endpointOption).trimmed(), QUrl::StrictMode);
        m_profile.iotInstanceId = parser.value(instanceOption).trimmed();
        const QString signature = parser.value(signatureOption).toLower();
        if (signature != u"v1" && signature != u"v3")
            return usage(tr("--signature must be v1 or v3"));
        m_profile.signature = signature == u"v1" ? SignatureVersion::V1 : SignatureVersion::V3;
        m_profile.sts = parser.isSet(stsOption);
        m_profile.readOnly = parser.isSet(readOnlyOption);
        if (!parser.isSet(keyIdOption))
            return usage(tr("--access-key-id is required"));
        const QList<QCommandLineOption> roleOptions {sessionNameOption, durationOption, externalIdOption,
                                                     policyOption, stsEndpointOption};
        if (parser.isSet(roleArnOption)) {
            if (m_profile.sts)
                return usage(tr("--sts and --ram-role-arn exclude each other"));
            RamRole role;
            role.roleArn = parser.value(roleArnOption).trimmed();
            role.sessionName = parser.value(sessionNameOption).trimmed();
            if (parser.isSet(durationOption)) {
                bool ok = false;
                role.durationSecs = parser.value(durationOption).toInt(&ok);
                if (!ok)
                    return usage(tr("--duration takes a number of seconds"));
            }
            role.externalId = parser.value(externalIdOption);
            role.policy = parser.value(policyOption);
            if (parser.isSet(stsEndpointOption))
                role.stsEndpoint = QUrl(parser.value(stsEndpointOption).trimmed(), QUrl::StrictMode);
            m_profile.ramRole = role;
        } else {
            for (const QCommandLineOption &option : roleOptions) {
                if (parser.isSet(option))
                    return usage(tr("--%1 needs --ram-role-arn").arg(option.names().constFirst()));
            }
        }
        if (const std::optional<ProfileProblem> problem = m_profiles->validate(m_profile))
            return usage(problem->message);
        break;
    }
    case Action::Remove: {
        const QString name = positional.constFirst();
        if (name.compare(QLatin1String(Profile::kEnvironmentName), Qt::CaseInsensitive) == 0)
            return usage(tr("the Environment profile comes from the ALIBABA_CLOUD_* variables; unset them "
                            "instead"));
        const std::optional<Profile> found = m_profiles->profileByName(name);
        if (!found)
            return usage(tr("there is no profile named '%1'").arg(name));
        m_profile = *found;
        m_force = parser.isSet(forceOption);
        break;
    }
    case Action::ImportAliyun:
        m_file = parser.isSet(fileOption) ? parser.value(fileOption) : AliyunConfig::defaultPath();
        break;
    case Action::List:
        break;
    }
    return std::nullopt;
}

void ProfileCommand::start()
{
    switch (m_action) {
    case Action::Add:
        runAdd();
        return;
    case Action::List:
        runList();
        return;
    case Action::Remove:
        runRemove();
        return;
    case Action::ImportAliyun:
        runImport();
        return;
    }
}

void ProfileCommand::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    // From the event loop: list finishes inside start(), before the caller's exec() would see an exit().
    QMetaObject::invokeMethod(
            this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}

int ProfileCommand::credentialFailure(const QString &what, const CredentialError &error)
{
    m_err << tr("otadash-cli profile: %1: %2").arg(what, error.title()) << '\n' << error.message() << '\n';
    return CredentialFailure;
}

std::optional<QString> ProfileCommand::readSecretLine(const QString &prompt)
{
    if (m_interactive) {
        m_err << prompt << ' ';
        m_err.flush();
    }
    QString line;
    {
        const EchoOff echoOff(m_interactive);
        if (!m_in.readLineInto(&line))
            line.clear();
    }
    if (m_interactive) {
        m_err << '\n';
        m_err.flush();
    }
    line = line.trimmed();
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

void ProfileCommand::runAdd()
{
    const std::optional<QString> secret = readSecretLine(tr("AccessKey secret:"));
    if (!secret) {
        m_err << tr("otadash-cli profile: no AccessKey secret on standard input") << '\n';
        finish(UsageError);
        return;
    }
    Credentials credentials {m_profile.accessKeyId, *secret, {}};
    if (m_profile.sts) {
        const std::optional<QString> token = readSecretLine(tr("STS SecurityToken:"));
        if (!token) {
            m_err << tr("otadash-cli profile: --sts needs the SecurityToken on the line after the secret")
                  << '\n';
            finish(UsageError);
            return;
        }
        credentials.securityToken = *token;
    }
    // The secret first: if the keychain refuses it, the settings file is not touched at all.
    CredentialJob *job = m_credentials->writeCredentials(m_profile, credentials);
    connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        if (!result.ok()) {
            const int code = credentialFailure(tr("cannot store the secret"), *result.error);
            m_err << tr("Nothing was saved.") << '\n';
            finish(code);
            return;
        }
        const ProfileResult saved = m_profiles->add(m_profile);
        if (!saved.ok() || m_profiles->status() != QSettings::NoError) {
            m_err << tr("otadash-cli profile: cannot write %1").arg(m_profiles->fileName()) << '\n';
            if (saved.problem)
                m_err << saved.problem->message << '\n';
            // Take the secret back out, so no keychain entry is left without its profile.
            CredentialJob *undo = m_credentials->removeCredentials(m_profile.id);
            connect(undo, &CredentialJob::finished, this, [this] { finish(SettingsFailure); });
            return;
        }
        m_out << tr("Profile '%1' saved; its secret is in %2.")
                         .arg(saved.profile->name, m_credentials->description())
              << '\n';
        finish(Success);
    });
}

void ProfileCommand::runList()
{
    QList<Profile> profiles = m_profiles->profiles();
    if (const std::optional<Profile> environment = EnvironmentProfile::detect())
        profiles.prepend(*environment);
    if (profiles.isEmpty()) {
        m_err << tr(
                "No profiles. Add one with 'otadash-cli profile add' or 'otadash-cli profile import-aliyun'.")
              << '\n';
        finish(Success);
        return;
    }
    const QString lastUsed = m_profiles->lastUsedId();
    const QStringList header {tr("NAME"),          tr("REGION/ENDPOINT"), tr("INSTANCE"),
                              tr("ACCESS KEY ID"), tr("SIGNATURE"),       tr("STS"),
                              tr("RAM ROLE")};
    QList<QStringList> rows {header};
    for (const Profile &profile : std::as_const(profiles)) {
        QString name = (profile.id == lastUsed ? u"* "_s : u"  "_s) + profile.name;
        if (profile.environment)
            name += u' ' + tr("(environment, read-only)");
        rows.append({name, profile.location().isEmpty() ? u"-"_s : profile.location(),
                     profile.iotInstanceId.isEmpty() ? u"-"_s : profile.iotInstanceId, profile.accessKeyId,
                     signatureName(profile.signature), profile.sts ? tr("yes") : tr("no"),
                     profile.ramRole ? profile.ramRole->roleArn : u"-"_s});
    }
    rows[0][0] = u"  "_s + rows[0][0];
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row[column]));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int column = 0; column < row.size(); ++column)
            line += column + 1 < row.size()
                    ? row[column] + QString(widths[column] + 2 - displayWidth(row[column]), u' ')
                    : row[column];
        m_out << line << '\n';
    }
    finish(Success);
}

void ProfileCommand::runRemove()
{
    CredentialJob *job = m_credentials->removeCredentials(m_profile.id);
    connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        if (!result.ok() && !m_force) {
            const int code = credentialFailure(
                    tr("cannot remove the keychain entries of '%1'").arg(m_profile.name), *result.error);
            m_err << tr("The profile was kept; --force removes it anyway (its keychain entries stay).")
                  << '\n';
            finish(code);
            return;
        }
        m_profiles->remove(m_profile.id);
        if (m_profiles->status() != QSettings::NoError) {
            m_err << tr("otadash-cli profile: cannot write %1").arg(m_profiles->fileName()) << '\n';
            finish(SettingsFailure);
            return;
        }
        if (result.ok()) {
            m_out << tr("Profile '%1' and its keychain entries removed.").arg(m_profile.name) << '\n';
        } else {
            m_err << tr("warning: the keychain entries of '%1' stay: %2")
                             .arg(m_profile.name, result.error->message())
                  << '\n';
            m_out << tr("Profile '%1' removed.").arg(m_profile.name) << '\n';
        }
        finish(Success);
    });
}

void ProfileCommand::runImport()
{
    const AliyunConfigFile file = AliyunConfig::read(m_file);
    if (!file.ok()) {
        m_err << tr("otadash-cli profile: %1").arg(*file.error) << '\n';
        finish(UsageError);
        return;
    }
    if (file.entries.isEmpty()) {
        m_out << tr("%1 has no profiles.").arg(m_file) << '\n';
        finish(Success);
        return;
    }
    auto *import = new AliyunImport(m_profiles, m_credentials, this);
    connect(import, &AliyunImport::entryDone, this, [this](const AliyunImportOutcome &outcome) {
        using Status = AliyunImportOutcome::Status;
        const QString source = u"%1 (%2)"_s.arg(outcome.aliyunName, outcome.mode);
        switch (outcome.status) {
        case Status::Imported:
            m_out << tr("imported  %1 as profile '%2'").arg(source, outcome.profileName);
            break;
        case Status::Updated:
            m_out << tr("updated   %1 in profile '%2'").arg(source, outcome.profileName);
            break;
        case Status::Skipped:
            m_out << tr("skipped   %1: %2").arg(source, outcome.reason);
            break;
        case Status::Failed:
            m_out << tr("failed    %1: %2")
                             .arg(source, outcome.error ? outcome.error->title() : outcome.reason);
            break;
        }
        if ((outcome.status == Status::Imported || outcome.status == Status::Updated)
            && !outcome.reason.isEmpty())
            m_out << u" ("_s << outcome.reason << u')';
        m_out << '\n';
    });
    connect(import, &AliyunImport::finished, this, [this, import] {
        if (const std::optional<CredentialError> error = import->storeError()) {
            const int code = credentialFailure(tr("cannot store the imported secrets"), *error);
            m_err << tr("The remaining profiles were not imported.") << '\n';
            finish(code);
            return;
        }
        finish(Success);
    });
    import->start(file.entries);
}

int runProfileCommand(const QStringList &arguments)
{
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    ProfileCommand command(in, out, err);
#ifdef Q_OS_UNIX
    command.setInteractive(isatty(STDIN_FILENO) == 1);
#endif
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    QObject::connect(&command, &ProfileCommand::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit);
    command.start();
    return QCoreApplication::exec();
}
