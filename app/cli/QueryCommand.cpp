#include "QueryCommand.h"

#include "OtaSimulator.h"
#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "auth/EnvironmentProfile.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "models/JobDetailModel.h"
#include "ota/JobField.h"
#include "util/JsonFormatter.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

QueryCommand::QueryCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err)
{ }

QueryCommand::~QueryCommand() = default;

std::optional<int> QueryCommand::parse(const QStringList &arguments)
{
    auto usage = [this](const QString &message) {
        m_err << tr("otadash query: %1").arg(message) << '\n'
              << tr("Run 'otadash query --help' for the options.") << '\n';
        m_err.flush();
        return std::optional<int>(UsageError);
    };

    // The language comes first: it decides the words of --help and of everything printed after it.
    m_settings = std::make_unique<QSettings>();
    m_translations = std::make_unique<Translations>(m_settings.get());
    const std::optional<QString> requested = Translations::languageArgument(arguments);
    const std::optional<QString> language
            = requested ? Translations::parseLanguage(*requested) : std::nullopt;
    m_translations->setLanguage(m_translations->initialLanguage(language.value_or(QString())));
    if (requested && !language)
        return usage(tr("unsupported language '%1' for --lang; use en, ja or zh_CN").arg(*requested));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Query OTA update batches (QueryOTAJob) and print them."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jobIdOption(u"job-id"_s,
                                         tr("The batch ID to query; repeat for several batches."), tr("ID"));
    const QCommandLineOption instanceOption(
            u"instance-id"_s, tr("The IotInstanceId (required for instances that have an ID)."), tr("ID"));
    const QCommandLineOption regionOption(
            u"region"_s, tr("The region, e.g. cn-shanghai (default: $ALIBABA_CLOUD_REGION_ID)."),
            tr("REGION"));
    const QCommandLineOption endpointOption(
            u"endpoint"_s, tr("A custom endpoint URL instead of https://iot.<region>.aliyuncs.com/."),
            tr("URL"));
    const QCommandLineOption signatureOption(u"signature"_s, tr("Signature version: v3 (default) or v1."),
                                             u"v1|v3"_s, u"v3"_s);
    const QCommandLineOption formatOption(
            u"format"_s, tr("Response format to request: json (default) or xml."), u"json|xml"_s, u"json"_s);
    const QCommandLineOption outputOption(
            u"output"_s,
            tr("json: the response body as received, keys sorted and indented; text: the fields as the "
               "form shows them."),
            u"json|text"_s, u"json"_s);
    const QCommandLineOption methodOption(u"http-method"_s, tr("HTTP method: post (default) or get."),
                                          u"get|post"_s, u"post"_s);
    const QCommandLineOption timeoutOption(
            u"timeout"_s, tr("Seconds to wait for each response (default 15)."), tr("SECONDS"), u"15"_s);
    const QCommandLineOption demoOption(
            u"demo"_s, tr("Query the embedded demo endpoint with demo credentials instead of the cloud."));
    const QCommandLineOption langOption(
            u"lang"_s,
            tr("Language of --help, messages and text output: en, ja or zh_CN (default: the one chosen in "
               "Preferences, else the system's)."),
            tr("LANG"));
    const QCommandLineOption profileOption(
            u"profile"_s,
            tr("Use a saved profile (see 'otadash profile list'): its secret from the system keychain, its "
               "region or endpoint, instance ID and signature version unless given here."),
            tr("NAME"));
    parser.addOptions({helpOption, jobIdOption, instanceOption, regionOption, endpointOption, signatureOption,
                       formatOption, outputOption, methodOption, timeoutOption, demoOption, langOption,
                       profileOption});

    if (!parser.parse(QStringList {u"otadash query"_s} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: otadash query --job-id ID [--job-id ID ...] [options]") << "\n\n"
              << parser.helpText().section(u'\n', 2) << '\n'
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
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    m_jobIds = parser.values(jobIdOption);
    if (m_jobIds.isEmpty())
        return usage(tr("--job-id is required"));
    static const QRegularExpression jobIdPattern(u"^[A-Za-z0-9_\\-*]{1,64}$"_s);
    for (const QString &jobId : std::as_const(m_jobIds)) {
        if (!jobIdPattern.match(jobId).hasMatch())
            return usage(tr("'%1' is not a valid batch ID").arg(jobId));
    }
    m_instanceId = parser.value(instanceOption);

    const QString signature = parser.value(signatureOption).toLower();
    if (signature != u"v1" && signature != u"v3")
        return usage(tr("--signature must be v1 or v3"));
    m_config.signature = signature == u"v1" ? SignatureVersion::V1 : SignatureVersion::V3;
    const QString format = parser.value(formatOption).toLower();
    if (format != u"json" && format != u"xml")
        return usage(tr("--format must be json or xml"));
    m_config.format = format == u"xml" ? ResponseFormat::Xml : ResponseFormat::Json;
    m_output = parser.value(outputOption).toLower();
    if (m_output != u"json" && m_output != u"text")
        return usage(tr("--output must be json or text"));
    const QString method = parser.value(methodOption).toLower();
    if (method != u"get" && method != u"post")
        return usage(tr("--http-method must be get or post"));
    m_config.httpMethod = method.toUpper().toLatin1();
    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 600)
        return usage(tr("--timeout must be a number of seconds between 0 and 600"));
    m_config.timeoutMs = static_cast<int>(timeout * 1000);

    if (parser.isSet(profileOption)) {
        if (parser.isSet(demoOption))
            return usage(tr("--demo cannot be combined with --profile"));
        const QString name = parser.value(profileOption);
        if (name.compare(QLatin1String(Profile::kEnvironmentName), Qt::CaseInsensitive) == 0) {
            m_profile = EnvironmentProfile::detect();
            if (!m_profile)
                return usage(tr("the Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                "ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        } else {
            if (!m_profiles) {
                m_ownProfiles = std::make_unique<ProfileStore>();
                m_profiles = m_ownProfiles.get();
            }
            m_profile = m_profiles->profileByName(name);
            if (!m_profile)
                return usage(tr("there is no profile named '%1' (see 'otadash profile list')").arg(name));
        }
        // The profile's settings are defaults; options given here win.
        if (!parser.isSet(instanceOption))
            m_instanceId = m_profile->iotInstanceId;
        if (!parser.isSet(signatureOption))
            m_config.signature = m_profile->signature;
    }

    m_demo = parser.isSet(demoOption);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_demo) {
        if (parser.isSet(endpointOption) || parser.isSet(regionOption))
            return usage(tr("--demo cannot be combined with --region or --endpoint"));
        m_simulator = std::make_unique<OtaSimulator>();
        if (!m_simulator->listen()) {
            m_err << tr("otadash query: the demo endpoint could not listen on the loopback interface")
                  << '\n';
            return TransportFailure;
        }
        m_config.endpoint = m_simulator->endpoint();
        m_config.credentials = OtaSimulator::demoCredentials();
    } else {
        if (parser.isSet(endpointOption)) {
            m_config.endpoint = QUrl(parser.value(endpointOption), QUrl::StrictMode);
            if (const auto problem = RpcClient::validateEndpoint(m_config.endpoint))
                return usage(*problem);
            m_config.regionId = parser.isSet(regionOption) || !m_profile ? parser.value(regionOption)
                                                                         : m_profile->regionId;
        } else if (m_profile && !m_profile->endpoint.isEmpty() && !parser.isSet(regionOption)) {
            m_config.endpoint = m_profile->endpoint;
            m_config.regionId = m_profile->regionId;
        } else {
            m_config.regionId = parser.isSet(regionOption) ? parser.value(regionOption)
                    : m_profile                            ? m_profile->regionId
                                                           : env.value(u"ALIBABA_CLOUD_REGION_ID"_s);
            if (m_config.regionId.isEmpty())
                return usage(tr("give --region or --endpoint (or set ALIBABA_CLOUD_REGION_ID)"));
            static const QRegularExpression regionPattern(u"^[a-z0-9-]{2,40}$"_s);
            if (!regionPattern.match(m_config.regionId).hasMatch())
                return usage(tr("'%1' is not a region ID").arg(m_config.regionId));
            m_config.endpoint = RpcConfig::regionEndpoint(m_config.regionId);
        }
        if (m_profile && !m_profile->environment) {
            m_config.credentials.accessKeyId = m_profile->accessKeyId; // the secret: start() reads it
            return std::nullopt;
        }
        m_config.credentials = EnvironmentProfile::credentials(env);
        if (!m_config.credentials.isComplete())
            return usage(tr(
                    "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    }
    return std::nullopt;
}

void QueryCommand::start()
{
    if (!m_profile || m_profile->environment) {
        send();
        return;
    }
    if (!m_credentialStore) {
        m_ownCredentialStore = std::make_unique<KeychainCredentialStore>();
        m_credentialStore = m_ownCredentialStore.get();
    }
    CredentialJob *job = m_credentialStore->readCredentials(*m_profile);
    connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        if (!result.ok()) {
            m_err << tr("otadash query: cannot read the secret of profile '%1': %2")
                             .arg(m_profile->name, result.error->title())
                  << '\n'
                  << result.error->message() << '\n';
            m_err.flush();
            emit finished(CredentialFailure);
            return;
        }
        m_config.credentials = result.credentials;
        send();
    });
}

void QueryCommand::send()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RpcClient>(m_network.get());
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
    m_responses = QList<std::optional<RpcResponse>>(m_jobIds.size());
    m_pending = int(m_jobIds.size());
    for (int i = 0; i < m_jobIds.size(); ++i) {
        const QueryPairs params = QueryOtaJob::params(m_jobIds[i], m_instanceId);
        ScheduledRequest *request = m_scheduler->submit(m_config, QueryOtaJob::kAction, params);
        connect(request, &ScheduledRequest::finished, this,
                [this, i](const RpcResponse &response) { onResponse(i, response); });
    }
}

void QueryCommand::onResponse(int index, const RpcResponse &response)
{
    m_responses[index] = response;
    if (--m_pending == 0)
        report();
}

void QueryCommand::report()
{
    int exitCode = Success;
    QList<QByteArray> bodies;
    QStringList texts;
    for (int i = 0; i < m_jobIds.size(); ++i) {
        const RpcResponse &response = *m_responses[i];
        const BatchQueryResult result = QueryOtaJob::interpret(response);
        if (result.error) {
            const ApiError &error = *result.error;
            exitCode = std::max(exitCode,
                                error.kind == ApiError::Kind::Transport ? int(TransportFailure)
                                                                        : int(ApiFailure));
            m_err << tr("ERROR: %1 (batch %2)").arg(error.title(), m_jobIds[i]) << '\n';
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
            continue;
        }
        for (const QString &warning : result.warnings)
            m_err << tr("warning: %1").arg(warning) << '\n';
        if (m_output == u"text") {
            JobDetailModel model;
            model.setJob(*result.job);
            QString text = tr("Batch %1").arg(m_jobIds[i]) + u'\n';
            std::optional<JobSection> section;
            for (int row = 0; row < model.rowCount(); ++row) {
                const auto field = static_cast<JobField>(
                        model.index(row, JobDetailModel::Label).data(JobDetailModel::FieldRole).toInt());
                if (section != jobFieldInfo(field).section) {
                    section = jobFieldInfo(field).section;
                    text += u"  "_s + jobSectionTitle(*section) + u'\n';
                }
                const QModelIndex value = model.index(row, JobDetailModel::Value);
                const QString shown = !value.data(JobDetailModel::PresentRole).toBool() ? tr("(not returned)")
                        : value.data().toString().isEmpty()                             ? tr("(empty)")
                                                            : value.data().toString();
                text += u"    "_s + model.index(row, JobDetailModel::Label).data().toString() + u": "_s
                        + shown + u'\n';
            }
            texts.append(text);
        } else if (response.format == ResponseFormat::Json) {
            bodies.append(JsonFormatter::sortedIndented(response.body).value_or(response.body));
        } else {
            bodies.append(response.body.trimmed());
        }
    }
    if (m_output == u"text") {
        m_out << texts.join(u'\n');
    } else if (m_jobIds.size() == 1 || m_config.format == ResponseFormat::Xml) {
        for (const QByteArray &body : std::as_const(bodies))
            m_out << QString::fromUtf8(body) << '\n';
    } else if (!bodies.isEmpty()) {
        // Several bodies: one JSON array, each element indented one level further.
        m_out << "[\n";
        for (int i = 0; i < bodies.size(); ++i) {
            QByteArray indented = '\t' + bodies[i];
            indented.replace("\n", "\n\t");
            m_out << QString::fromUtf8(indented) << (i + 1 < bodies.size() ? ",\n" : "\n");
        }
        m_out << "]\n";
    }
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

int runQueryCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QueryCommand command(out, err);
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    QObject::connect(&command, &QueryCommand::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit);
    command.start();
    return QCoreApplication::exec();
}
