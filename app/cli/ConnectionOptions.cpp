#include "ConnectionOptions.h"

#include "OtaSimulator.h"
#include "api/RequestScheduler.h"
#include "auth/EnvironmentProfile.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/StsSession.h"
#include "history/HistoryStore.h"
#include "net/CaCertificates.h"
#include "net/ProxySettings.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

struct ConnectionOptions::Options
{
    QCommandLineOption instance;
    QCommandLineOption region;
    QCommandLineOption endpoint;
    QCommandLineOption signature;
    QCommandLineOption method;
    QCommandLineOption timeout;
    QCommandLineOption retries;
    QCommandLineOption proxy;
    QCommandLineOption caFile;
    QCommandLineOption demo;
    QCommandLineOption lang;
    QCommandLineOption profile;
    QCommandLineOption help;
};

ConnectionOptions::ConnectionOptions(const QString &command, QTextStream &out, QTextStream &err,
                                     QObject *parent)
    : QObject(parent), m_command(command), m_out(out), m_err(err)
{ }

ConnectionOptions::~ConnectionOptions() = default;

int ConnectionOptions::usageError(const QString &message)
{
    m_err << tr("otadash-cli %1: %2").arg(m_command, message) << '\n'
          << tr("Run 'otadash-cli %1 --help' for the options.").arg(m_command) << '\n';
    m_err.flush();
    return UsageError;
}

std::optional<QStringList> ConnectionOptions::resourceIds(const QCommandLineParser &parser,
                                                          const QString &option, bool single,
                                                          const QString &invalid)
{
    const QString name = u"--"_s + option;
    const QStringList ids = parser.values(option);
    if (ids.isEmpty()) {
        usageError(tr("%1 is required").arg(name));
        return std::nullopt;
    }
    if (single && ids.size() > 1) {
        usageError(tr("give %1 only once").arg(name));
        return std::nullopt;
    }
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_\\-*]{1,64}$"_s);
    for (const QString &id : ids) {
        if (!idPattern.match(id).hasMatch()) {
            usageError(invalid.arg(id));
            return std::nullopt;
        }
    }
    return ids;
}

std::optional<int> ConnectionOptions::installLanguage(const QStringList &arguments)
{
    m_settings = std::make_unique<QSettings>();
    m_translations = std::make_unique<Translations>(m_settings.get());
    const std::optional<QString> requested = Translations::languageArgument(arguments);
    const std::optional<QString> language
            = requested ? Translations::parseLanguage(*requested) : std::nullopt;
    m_translations->setLanguage(m_translations->initialLanguage(language.value_or(QString())));
    if (requested && !language)
        return usageError(tr("unsupported language '%1' for --lang; use en, ja or zh_CN").arg(*requested));
    return std::nullopt;
}

std::optional<int> ConnectionOptions::parseCommandLine(QCommandLineParser &parser,
                                                       const QStringList &arguments, const QString &usageLine)
{
    // Built here, after installLanguage(): the descriptions speak the chosen language.
    m_options.reset(new Options {
            QCommandLineOption(u"instance-id"_s,
                               tr("The IotInstanceId (required for instances that have an ID)."), tr("ID")),
            QCommandLineOption(u"region"_s,
                               tr("The region, e.g. cn-shanghai (default: $ALIBABA_CLOUD_REGION_ID)."),
                               tr("REGION")),
            QCommandLineOption(u"endpoint"_s,
                               tr("A custom endpoint URL instead of https://iot.<region>.aliyuncs.com/."),
                               tr("URL")),
            QCommandLineOption(u"signature"_s, tr("Signature version: v3 (default) or v1."), u"v1|v3"_s,
                               u"v3"_s),
            QCommandLineOption(u"http-method"_s, tr("HTTP method: post (default) or get."), u"get|post"_s,
                               u"post"_s),
            QCommandLineOption(u"timeout"_s,
                               tr("Seconds to wait for each response, per attempt (default 15)."),
                               tr("SECONDS"), u"15"_s),
            QCommandLineOption(u"retries"_s,
                               tr("Times a request is sent again after the gateway throttled it, a server "
                                  "error or a connection that closed before the answer, each after a "
                                  "longer pause (default 4; 0: never). A cancel is only sent again when "
                                  "throttled."),
                               tr("N"), u"4"_s),
            QCommandLineOption(u"proxy"_s,
                               tr("Reach the endpoint through this proxy: http://[USER:PASSWORD@]HOST:PORT "
                                  "or socks5://... (default: the choice in Preferences, else the system's "
                                  "settings and HTTPS_PROXY, NO_PROXY); 'none' for no proxy."),
                               tr("URL")),
            QCommandLineOption(u"ca-file"_s,
                               tr("Also trust the certificate authorities in this PEM file (a company's TLS "
                                  "inspection CA), besides the system's (default: the file chosen in "
                                  "Preferences)."),
                               tr("PEM")),
            QCommandLineOption(
                    u"demo"_s,
                    tr("Query the embedded demo endpoint with demo credentials instead of the cloud.")),
            QCommandLineOption(u"lang"_s,
                               tr("Language of --help, messages and text output: en, ja or zh_CN (default: "
                                  "the one chosen in Preferences, else the system's)."),
                               tr("LANG")),
            QCommandLineOption(
                    u"profile"_s,
                    tr("Use a saved profile (see 'otadash-cli profile list'): its secret from the "
                       "system keychain, its region or endpoint, instance ID and signature version "
                       "unless given here."),
                    tr("NAME")),
            QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this help.")),
    });
    const Options &o = *m_options;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({o.instance, o.region, o.endpoint, o.signature, o.method, o.timeout, o.retries, o.proxy,
                       o.caFile, o.demo, o.lang, o.profile, o.help});

    if (!parser.parse(QStringList {u"otadash-cli "_s + m_command} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(o.help)) {
        m_out << usageLine << '\n'
              << parser.helpText().section(u'\n', 1) << '\n'
              << tr("Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, "
                    "for STS, ALIBABA_CLOUD_SECURITY_TOKEN.")
              << '\n'
              << tr("Exit codes: 0 success, 1 usage, 2 API error, 3 transport error or malformed response.")
              << '\n'
              << tr("With --profile the secret comes from the system keychain; exit code 4 when the keychain "
                    "is unusable.")
              << '\n';
        m_out.flush();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    return std::nullopt;
}

std::optional<int> ConnectionOptions::resolve(const QCommandLineParser &parser)
{
    const Options &o = *m_options;
    m_instanceId = parser.value(o.instance);
    const QString signature = parser.value(o.signature).toLower();
    if (signature != u"v1" && signature != u"v3")
        return usageError(tr("--signature must be v1 or v3"));
    m_config.signature = signature == u"v1" ? SignatureVersion::V1 : SignatureVersion::V3;
    const QString method = parser.value(o.method).toLower();
    if (method != u"get" && method != u"post")
        return usageError(tr("--http-method must be get or post"));
    m_config.httpMethod = method.toUpper().toLatin1();
    bool ok = false;
    const double timeout = parser.value(o.timeout).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 600)
        return usageError(tr("--timeout must be a number of seconds between 0 and 600"));
    m_config.timeoutMs = static_cast<int>(timeout * 1000);
    const int retries = parser.value(o.retries).toInt(&ok);
    if (!ok || retries < 0 || retries > 10)
        return usageError(tr("--retries must be a whole number from 0 to 10"));
    m_maxRetries = retries;
    // Extra CAs: --ca-file, else the file chosen in Preferences. An unusable file is an error, never skipped.
    if (parser.isSet(o.caFile)) {
        QString error;
        const std::optional<QList<QSslCertificate>> cas
                = CaCertificates::load(parser.value(o.caFile), &error);
        if (!cas)
            return usageError(u"--ca-file: "_s + error);
        CaCertificates::install(*cas);
    } else if (m_settings) {
        QString error;
        if (!CaCertificates::installFromSettings(*m_settings, &error))
            return usageError(error);
    }
    // The proxy: --proxy, else the demo's loopback endpoint directly, else the choice made in Preferences.
    if (parser.isSet(o.proxy)) {
        const QString proxy = parser.value(o.proxy);
        if (proxy.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            m_proxy.mode = ProxyChoice::Mode::None;
        } else {
            QString error;
            const std::optional<ProxyChoice> choice = ProxyChoice::fromUrl(proxy, &m_proxyPassword, &error);
            if (!choice)
                return usageError(u"--proxy: "_s + error);
            m_proxy = *choice;
        }
    } else if (parser.isSet(o.demo)) {
        m_proxy.mode = ProxyChoice::Mode::None;
    } else if (m_settings) {
        m_proxy = ProxyChoice::load(*m_settings);
    }

    if (parser.isSet(o.profile)) {
        if (parser.isSet(o.demo))
            return usageError(tr("--demo cannot be combined with --profile"));
        const QString name = parser.value(o.profile);
        if (name.compare(QLatin1String(Profile::kEnvironmentName), Qt::CaseInsensitive) == 0) {
            m_profile = EnvironmentProfile::detect();
            if (!m_profile)
                return usageError(tr("the Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                     "ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        } else {
            if (!m_profiles) {
                m_ownProfiles = std::make_unique<ProfileStore>();
                m_profiles = m_ownProfiles.get();
            }
            m_profile = m_profiles->profileByName(name);
            if (!m_profile)
                return usageError(
                        tr("there is no profile named '%1' (see 'otadash-cli profile list')").arg(name));
        }
        // The profile's settings are defaults; options given here win.
        if (!parser.isSet(o.instance))
            m_instanceId = m_profile->iotInstanceId;
        if (!parser.isSet(o.signature))
            m_config.signature = m_profile->signature;
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (parser.isSet(o.demo)) {
        if (parser.isSet(o.endpoint) || parser.isSet(o.region))
            return usageError(tr("--demo cannot be combined with --region or --endpoint"));
        m_simulator = std::make_unique<OtaSimulator>();
        if (!m_simulator->listen()) {
            m_err << tr("otadash-cli %1: the demo endpoint could not listen on the loopback interface")
                             .arg(m_command)
                  << '\n';
            return TransportFailure;
        }
        m_config.endpoint = m_simulator->endpoint();
        m_config.credentials = OtaSimulator::demoCredentials();
        return std::nullopt;
    }
    if (parser.isSet(o.endpoint)) {
        m_config.endpoint = QUrl(parser.value(o.endpoint), QUrl::StrictMode);
        if (const auto problem = RpcClient::validateEndpoint(m_config.endpoint))
            return usageError(*problem);
        m_config.regionId
                = parser.isSet(o.region) || !m_profile ? parser.value(o.region) : m_profile->regionId;
    } else if (m_profile && !m_profile->endpoint.isEmpty() && !parser.isSet(o.region)) {
        m_config.endpoint = m_profile->endpoint;
        m_config.regionId = m_profile->regionId;
    } else {
        m_config.regionId = parser.isSet(o.region) ? parser.value(o.region)
                : m_profile                        ? m_profile->regionId
                                                   : env.value(u"ALIBABA_CLOUD_REGION_ID"_s);
        if (m_config.regionId.isEmpty())
            return usageError(tr("give --region or --endpoint (or set ALIBABA_CLOUD_REGION_ID)"));
        static const QRegularExpression regionPattern(u"^[a-z0-9-]{2,40}$"_s);
        if (!regionPattern.match(m_config.regionId).hasMatch())
            return usageError(tr("'%1' is not a region ID").arg(m_config.regionId));
        m_config.endpoint = RpcConfig::regionEndpoint(m_config.regionId);
    }
    if (m_profile && !m_profile->environment) {
        m_config.credentials.accessKeyId = m_profile->accessKeyId; // the secret: start() reads it
        return std::nullopt;
    }
    m_config.credentials = EnvironmentProfile::credentials(env);
    if (!m_config.credentials.isComplete())
        return usageError(
                tr("no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    return std::nullopt;
}

void ConnectionOptions::start()
{
    if (!m_profile || m_profile->environment) {
        startScheduler();
        return;
    }
    if (!m_credentialStore) {
        m_ownCredentialStore = std::make_unique<KeychainCredentialStore>();
        m_credentialStore = m_ownCredentialStore.get();
    }
    CredentialJob *job = m_credentialStore->readCredentials(*m_profile);
    connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        if (!result.ok()) {
            m_err << tr("otadash-cli %1: cannot read the secret of profile '%2': %3")
                             .arg(m_command, m_profile->name, result.error->title())
                  << '\n'
                  << result.error->message() << '\n';
            m_err.flush();
            emit failed(CredentialFailure);
            return;
        }
        m_config.credentials = result.credentials;
        startScheduler();
    });
}

void ConnectionOptions::startScheduler()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    auto *proxies = new ProxyFactory(m_proxy);
    proxies->setPassword(m_proxyPassword);
    m_network->setProxyFactory(proxies); // owns it
    m_client = std::make_unique<RpcClient>(m_network.get());
    if (m_clock)
        m_client->setClock(m_clock);
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get()); // on the client's clock
    m_scheduler->setMaxRetries(m_maxRetries);
    // A wait the user should know about: why, how long, which attempt comes.
    connect(m_scheduler.get(), &RequestScheduler::retrying, this,
            [this](const QString &, const ApiError &error, int delayMs, ScheduledRequest *request) {
                m_err << u"otadash-cli %1: "_s.arg(m_command)
                      << RequestScheduler::retryingText(error, (delayMs + 999) / 1000,
                                                        request->attempts() + 1,
                                                        m_scheduler->maxRetries() + 1)
                      << '\n';
                m_err.flush();
            });
    // The rate chosen in the dashboard's Preferences holds for scripts too.
    if (m_settings)
        m_scheduler->setRateLimit(
                m_settings->value(RequestScheduler::kRateSettingsKey, m_scheduler->accountLimit()).toInt());
    if (m_profile && m_profile->ramRole)
        assumeRole();
    else
        emit ready();
}

void ConnectionOptions::assumeRole()
{
    m_sts = std::make_unique<StsSession>(m_scheduler.get(), m_config.credentials, *m_profile->ramRole,
                                         m_config.regionId, m_config.signature);
    connect(m_sts.get(), &StsSession::ready, this, [this] {
        m_config.credentials = m_sts->credentials(); // refreshed in place while a command runs on
        emit ready();
    });
    connect(m_sts.get(), &StsSession::failed, this, [this](const ApiError &error) {
        const QString role = m_profile->ramRole->roleArn;
        if (m_sts->isReady()) {
            // A refresh: the current credentials still serve, and it is tried again.
            m_err << tr("otadash-cli %1: could not renew the credentials of role %2 (%3); trying again")
                             .arg(m_command, role, error.title())
                  << '\n';
            m_err.flush();
            return;
        }
        printError(tr("otadash-cli %1: cannot assume role %2 of profile '%3': %4")
                           .arg(m_command, role, m_profile->name, error.title()),
                   error);
        emit failed(exitCodeFor(error));
    });
    m_sts->start();
}

void ConnectionOptions::printError(const QString &headline, const ApiError &error)
{
    m_err << headline << '\n';
    if (!error.code.isEmpty())
        m_err << tr("Code: %1").arg(error.code) << '\n';
    m_err << tr("Message: %1").arg(error.message) << '\n';
    if (!error.detail.isEmpty())
        m_err << error.detail << '\n';
    if (!error.requestId.isEmpty())
        m_err << tr("RequestId: %1").arg(error.requestId) << '\n';
    if (!error.recommend.isEmpty())
        m_err << tr("Recommend: %1").arg(error.recommend) << '\n';
    if (!error.hint().isEmpty())
        m_err << error.hint() << '\n';
    m_err.flush();
}

int ConnectionOptions::exitCodeFor(const ApiError &error)
{
    return error.kind == ApiError::Kind::Transport ? TransportFailure : ApiFailure;
}

QString ConnectionOptions::accountName() const
{
    if (m_profile)
        return m_profile->name;
    return isDemo() ? u"Demo"_s : QString::fromLatin1(Profile::kEnvironmentName);
}

QString ConnectionOptions::historyPath(const QString &given) const
{
    if (!given.isEmpty())
        return given;
    return isDemo() ? HistoryStore::demoPath() : HistoryStore::defaultPath();
}
