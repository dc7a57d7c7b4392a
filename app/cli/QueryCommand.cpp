#include "QueryCommand.h"

#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "auth/Profile.h"
#include "history/HistoryStore.h"
#include "models/JobDetailModel.h"
#include "ota/JobField.h"
#include "services/HistoryRecorder.h"
#include "util/DisplayZone.h"
#include "util/JsonFormatter.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

QueryCommand::QueryCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : ApiCommand(u"query"_s, out, err, parent)
{ }

QueryCommand::~QueryCommand() = default;

QString QueryCommand::usage() const
{
    return tr("Usage: otadash-cli query --job-id ID [--job-id ID ...] [options]");
}

QString QueryCommand::description() const
{
    return tr("Query OTA update batches (QueryOTAJob) and print them.");
}

QList<QCommandLineOption> QueryCommand::options() const
{
    return {QCommandLineOption(u"job-id"_s, tr("The batch ID to query; repeat for several batches."),
                               tr("ID")),
            QCommandLineOption(u"format"_s, tr("Response format to request: json (default) or xml."),
                               u"json|xml"_s, u"json"_s),
            QCommandLineOption(u"output"_s,
                               tr("json: the response body as received, keys sorted and indented; text: the "
                                  "fields as the form shows them."),
                               u"json|text"_s, u"json"_s),
            QCommandLineOption(u"history-db"_s,
                               tr("The history file the batches read are added to (default: the dashboard's; "
                                  "with --demo, the demo's)."),
                               tr("FILE"))};
}

std::optional<int> QueryCommand::readOptions(const QCommandLineParser &parser)
{
    const std::optional<QStringList> jobIds
            = m_connection.resourceIds(parser, u"job-id"_s, false, tr("'%1' is not a valid batch ID"));
    if (!jobIds)
        return ConnectionOptions::UsageError;
    m_jobIds = *jobIds;
    const QString format = parser.value(u"format"_s).toLower();
    if (format != u"json" && format != u"xml")
        return m_connection.usageError(tr("--format must be json or xml"));
    m_format = format == u"xml" ? ResponseFormat::Xml : ResponseFormat::Json;
    m_output = parser.value(u"output"_s).toLower();
    if (m_output != u"json" && m_output != u"text")
        return m_connection.usageError(tr("--output must be json or text"));
    m_historyPath = parser.value(u"history-db"_s);
    if (parser.isSet(u"history-db"_s) && m_historyPath.isEmpty())
        return m_connection.usageError(tr("--history-db needs a file name"));
    return std::nullopt;
}

void QueryCommand::run()
{
    Account account;
    account.profile = m_connection.accountName();
    account.config = m_connection.config();
    account.config.format = m_format;
    account.iotInstanceId = m_connection.instanceId();
    m_query = std::make_unique<BatchQuery>(m_connection.scheduler(), &m_store);
    m_reads = QList<std::optional<BatchRead>>(m_jobIds.size());
    m_pending = int(m_jobIds.size());
    for (int i = 0; i < m_jobIds.size(); ++i) {
        BatchQueryCall *call = m_query->query(account, m_jobIds[i]);
        connect(call, &BatchQueryCall::finished, this, [this, i](const BatchRead &read) {
            m_reads[i] = read;
            if (--m_pending == 0)
                report();
        });
    }
    // Queued behind the requests' start: the history's SQLite loads while they are on the network.
    QMetaObject::invokeMethod(this, &HistoryStore::loadDriver, Qt::QueuedConnection);
}

void QueryCommand::report()
{
    int exitCode = ConnectionOptions::Success;
    QList<QByteArray> bodies;
    QStringList texts;
    QList<int> read; // indexes of the batches read
    for (int i = 0; i < m_jobIds.size(); ++i) {
        const RpcResponse &response = m_reads[i]->response;
        const BatchQueryResult &result = m_reads[i]->result;
        if (result.error) {
            const ApiError &error = *result.error;
            exitCode = std::max(exitCode, ConnectionOptions::exitCodeFor(error));
            m_connection.printError(tr("ERROR: %1 (batch %2)").arg(error.title(), m_jobIds[i]), error);
            continue;
        }
        read.append(i);
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
                    // The schedule's times are in the zone chosen in Preferences: said once, as the form
                    // does.
                    text += u"  "_s
                            + (*section == JobSection::Schedule
                                       ? jobSectionTitle(*section, DisplayZone::name())
                                       : jobSectionTitle(*section))
                            + u'\n';
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
    } else if (m_jobIds.size() == 1 || m_format == ResponseFormat::Xml) {
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
    recordHistory(read);
    m_err.flush();
    emit finished(exitCode);
}

void QueryCommand::recordHistory(const QList<int> &readIndexes)
{
    if (readIndexes.isEmpty())
        return;
    const QString path = m_connection.historyPath(m_historyPath);
    HistoryStore history(path);
    if (!history.isOpen()) {
        m_err << tr("warning: the batches read were not added to the history: %1").arg(history.errorString())
              << '\n';
        return;
    }
    // The dashboard's rules, each batch at the time it was read; opened only now, after the output.
    HistoryRecorder recorder(&history, nullptr, m_connection.scheduler()->clock());
    for (const int i : readIndexes) {
        const BatchKey &key = m_reads[i]->key;
        const JobReading *reading = m_store.job(key);
        if (!reading || !recorder.recordJob(key, *reading)) {
            m_err << tr("warning: batch %1 was not added to the history: %2")
                             .arg(m_jobIds[i], history.errorString())
                  << '\n';
        }
    }
}

int runQueryCommand(const QStringList &arguments)
{
    return runApiCommand<QueryCommand>(arguments);
}
