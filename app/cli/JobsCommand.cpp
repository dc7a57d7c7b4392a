#include "JobsCommand.h"

#include "api/OtaListCalls.h"
#include "api/RequestScheduler.h"
#include "ota/JobField.h"
#include "ota/OtaEnums.h"
#include "util/DisplayZone.h"
#include "util/ListOutput.h"
#include "util/TimeText.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tagsText(const QList<OtaTag> &tags, const QString &separator)
{
    QStringList pairs;
    for (const OtaTag &tag : tags)
        pairs.append(tag.key + u'=' + tag.value);
    return pairs.join(separator);
}

QString fieldLabel(JobField field)
{
    return QCoreApplication::translate("JobField", jobFieldInfo(field).label);
}

// ListOTAJobByFirmware's SimpleOTAJobInfo, as far as a parsed summary tells it.
QJsonObject apiObject(const JobSummary &job)
{
    using ListOutput::insertIfSet;
    QJsonObject object;
    insertIfSet(object, u"JobId"_s, job.jobId);
    insertIfSet(object, u"FirmwareId"_s, job.firmwareId);
    insertIfSet(object, u"ProductKey"_s, job.productKey);
    insertIfSet(object, u"JobStatus"_s, job.jobStatus);
    insertIfSet(object, u"JobType"_s, job.jobType);
    insertIfSet(object, u"SelectionType"_s, job.selectionType);
    insertIfSet(object, u"TargetSelection"_s, job.targetSelection);
    insertIfSet(object, u"UtcCreate"_s, ListOutput::apiTime(job.utcCreate));
    insertIfSet(object, u"UtcModified"_s, ListOutput::apiTime(job.utcModified));
    insertIfSet(object, u"UtcStartTime"_s, ListOutput::apiTime(job.utcStartTime));
    insertIfSet(object, u"UtcEndTime"_s, ListOutput::apiTime(job.utcEndTime));
    if (!job.tags.isEmpty()) {
        QJsonArray tags;
        for (const OtaTag &tag : job.tags)
            tags.append(QJsonObject {{u"Key"_s, tag.key}, {u"Value"_s, tag.value}});
        object.insert(u"Tags"_s, QJsonObject {{u"OtaTagDTO"_s, tags}});
    }
    return object;
}

} // namespace

JobsCommand::JobsCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : ApiCommand(u"jobs"_s, out, err, parent)
{ }

JobsCommand::~JobsCommand() = default;

QString JobsCommand::usage() const
{
    return tr("Usage: otadash-cli jobs --firmware-id ID [options]");
}

QString JobsCommand::description() const
{
    return tr("List every OTA update batch of a firmware (ListOTAJobByFirmware) and print them.");
}

QList<QCommandLineOption> JobsCommand::options() const
{
    return {QCommandLineOption(u"firmware-id"_s, tr("The firmware whose batches to list."), tr("ID")),
            QCommandLineOption(
                    u"output"_s,
                    tr("text (default): a table of the batches; json: an array of the batches with "
                       "the API's field names; csv: a header row, then one row per batch."),
                    u"text|json|csv"_s, u"text"_s)};
}

std::optional<int> JobsCommand::readOptions(const QCommandLineParser &parser)
{
    const std::optional<QStringList> firmwareIds
            = m_connection.resourceIds(parser, u"firmware-id"_s, true, tr("'%1' is not a valid firmware ID"));
    if (!firmwareIds)
        return ConnectionOptions::UsageError;
    m_firmwareId = firmwareIds->constFirst();
    m_output = parser.value(u"output"_s).toLower();
    if (m_output != u"text" && m_output != u"json" && m_output != u"csv")
        return m_connection.usageError(tr("--output must be text, json or csv"));
    return std::nullopt;
}

void JobsCommand::run()
{
    request(1);
}

void JobsCommand::request(int page)
{
    ++m_pending;
    ScheduledRequest *call = m_connection.scheduler()->submit(
            m_connection.config(), ListOtaJobByFirmware::kAction,
            ListOtaJobByFirmware::params(m_firmwareId, page, kPageSize, m_connection.instanceId()),
            RequestPriority::Bulk, this);
    connect(call, &ScheduledRequest::finished, this,
            [this, page](const RpcResponse &response) { onPage(page, response); });
}

void JobsCommand::onPage(int page, const RpcResponse &response)
{
    --m_pending;
    if (m_failed)
        return; // the rest was canceled after the first error
    const ListResult<JobSummary> result = ListOtaJobByFirmware::interpret(response);
    if (result.error) {
        m_failed = true;
        m_connection.scheduler()->cancelAll(this);
        m_connection.printError(tr("ERROR: %1 (firmware %2)").arg(result.error->title(), m_firmwareId),
                                *result.error);
        emit finished(ConnectionOptions::exitCodeFor(*result.error));
        return;
    }
    m_pages.insert(page, result.page->items);
    if (page == 1) {
        // The first page's Total tells how many follow; the scheduler spaces them.
        const qint64 pages = (result.page->total + kPageSize - 1) / kPageSize;
        for (int next = 2; next <= pages; ++next)
            request(next);
    }
    if (m_pending == 0)
        report();
}

void JobsCommand::report()
{
    QList<JobSummary> jobs;
    QSet<QString> seen;
    for (const QList<JobSummary> &items : std::as_const(m_pages)) {
        for (const JobSummary &job : items) {
            // A batch created while the pages were read pushes the others one row on: list each once.
            if (!seen.contains(job.jobId)) {
                seen.insert(job.jobId);
                jobs.append(job);
            }
        }
    }
    if (m_output == u"json")
        writeJson(jobs);
    else if (m_output == u"csv")
        writeCsv(jobs);
    else
        writeText(jobs);
    m_out.flush();
    emit finished(ConnectionOptions::Success);
}

void JobsCommand::writeText(const QList<JobSummary> &jobs)
{
    QList<QStringList> rows;
    rows.append({fieldLabel(JobField::JobId), fieldLabel(JobField::JobStatus), fieldLabel(JobField::JobType),
                 fieldLabel(JobField::SelectionType), fieldLabel(JobField::TargetSelection),
                 // The zone once, in the time column's header, as the window's tables say it.
                 u"%1 (%2)"_s.arg(fieldLabel(JobField::UtcCreate), DisplayZone::name()),
                 fieldLabel(JobField::Tags)});
    for (const JobSummary &job : jobs) {
        rows.append({job.jobId, enumLabel(JobField::JobStatus, job.jobStatus),
                     enumLabel(JobField::JobType, job.jobType),
                     enumLabel(JobField::SelectionType, job.selectionType),
                     enumLabel(JobField::TargetSelection, job.targetSelection),
                     TimeText::dateTime(job.utcCreate), tagsText(job.tags, u", "_s)});
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], ListOutput::displayWidth(row[column]));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += row[column];
            if (column + 1 < row.size())
                line += QString(widths[column] - ListOutput::displayWidth(row[column]) + 2, u' ');
        }
        m_out << line.trimmed() << '\n';
    }
    m_out << tr("%Ln batch(es)", "", jobs.size()) << '\n';
}

void JobsCommand::writeCsv(const QList<JobSummary> &jobs)
{
    m_out << ListOutput::csvRecord({u"JobId"_s, u"JobStatus"_s, u"JobType"_s, u"SelectionType"_s,
                                    u"TargetSelection"_s, u"UtcCreate"_s, u"UtcModified"_s, u"UtcStartTime"_s,
                                    u"UtcEndTime"_s, u"Tags"_s, u"FirmwareId"_s, u"ProductKey"_s});
    for (const JobSummary &job : jobs) {
        m_out << ListOutput::csvRecord(
                {job.jobId, job.jobStatus, job.jobType, job.selectionType, job.targetSelection,
                 ListOutput::apiTime(job.utcCreate), ListOutput::apiTime(job.utcModified),
                 ListOutput::apiTime(job.utcStartTime), ListOutput::apiTime(job.utcEndTime),
                 tagsText(job.tags, u";"_s), job.firmwareId, job.productKey});
    }
}

void JobsCommand::writeJson(const QList<JobSummary> &jobs)
{
    QJsonArray array;
    for (const JobSummary &job : jobs)
        array.append(apiObject(job));
    m_out << QString::fromUtf8(ListOutput::jsonArray(array));
}

int runJobsCommand(const QStringList &arguments)
{
    return runApiCommand<JobsCommand>(arguments);
}
