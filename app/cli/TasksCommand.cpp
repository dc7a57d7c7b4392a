#include "TasksCommand.h"

#include "api/OtaListCalls.h"
#include "api/TaskFetcher.h"
#include "api/TaskListing.h"
#include "util/ListOutput.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

// The seven TaskStatus codes in the API's order.
QStringList statusCodes()
{
    QStringList codes;
    for (const TaskStatus status : kAllTaskStatuses)
        codes.append(TaskStatuses::code(status));
    return codes;
}

} // namespace

TasksCommand::TasksCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : ApiCommand(u"tasks"_s, out, err, parent)
{ }

TasksCommand::~TasksCommand() = default;

QString TasksCommand::usage() const
{
    return tr("Usage: otadash-cli tasks --job-id ID [--status STATUS ...] [options]");
}

QString TasksCommand::description() const
{
    return tr("List every device task of an OTA update batch (ListOTATaskByJob) and print them.");
}

QList<QCommandLineOption> TasksCommand::options() const
{
    return {QCommandLineOption(u"job-id"_s, tr("The batch whose device tasks to list."), tr("ID")),
            QCommandLineOption(
                    u"status"_s,
                    tr("Only tasks with this status: %1. Repeat or separate with commas for several.")
                            .arg(statusCodes().join(u", "_s)),
                    tr("STATUS")),
            QCommandLineOption(u"output"_s,
                               tr("csv (default): a header row, then one row per task; json: an array of the "
                                  "tasks with the API's field names."),
                               u"csv|json"_s, u"csv"_s)};
}

std::optional<int> TasksCommand::readOptions(const QCommandLineParser &parser)
{
    const std::optional<QStringList> jobIds
            = m_connection.resourceIds(parser, u"job-id"_s, true, tr("'%1' is not a valid batch ID"));
    if (!jobIds)
        return ConnectionOptions::UsageError;
    m_jobId = jobIds->constFirst();
    const QStringList statusValues = parser.values(u"status"_s);
    for (const QString &value : statusValues) {
        const QStringList codes = value.split(u',', Qt::SkipEmptyParts);
        for (const QString &code : codes) {
            const std::optional<TaskStatus> status = TaskStatuses::fromCode(code.trimmed());
            if (!status)
                return m_connection.usageError(tr("unknown task status '%1'; use %2")
                                                       .arg(code.trimmed(), statusCodes().join(u", "_s)));
            if (!m_statuses.contains(*status))
                m_statuses.append(*status);
        }
    }
    m_output = parser.value(u"output"_s).toLower();
    if (m_output != u"csv" && m_output != u"json")
        return m_connection.usageError(tr("--output must be csv or json"));
    return std::nullopt;
}

void TasksCommand::run()
{
    m_fetcher = std::make_unique<TaskFetcher>(m_connection.scheduler());
    m_fetcher->setBatch(m_connection.config(), m_jobId, m_connection.instanceId());
    m_fetcher->setStatuses(m_statuses);
    connect(m_fetcher.get(), &TaskFetcher::tasksArrived, this, &TasksCommand::onTasks);
    connect(m_fetcher.get(), &TaskFetcher::progress, this, &TasksCommand::onProgress);
    connect(m_fetcher.get(), &TaskFetcher::finished, this, &TasksCommand::onFinished);
    m_fetcher->fetchAll(RequestPriority::Bulk);
}

void TasksCommand::onTasks(const QList<TaskInfo> &tasks)
{
    m_tasks.add(tasks);
}

void TasksCommand::onProgress(qint64 fetched, qint64 expected)
{
    if (!m_showProgress)
        return;
    const QString line = expected < 0
            ? tr("Fetched %Ln task(s)", "", fetched)
            : tr("Fetched %1 of %Ln task(s)", "", expected).arg(QLocale().toString(fetched));
    // Back to the start of the line; blanks over what a longer previous line left.
    m_err << '\r' << line.leftJustified(m_progressWidth);
    m_err.flush();
    m_progressWidth = std::max(m_progressWidth, line.size());
}

void TasksCommand::clearProgress()
{
    if (m_progressWidth == 0)
        return;
    m_err << '\r' << QString(m_progressWidth, u' ') << '\r';
    m_err.flush();
    m_progressWidth = 0;
}

void TasksCommand::onFinished(bool complete, const std::optional<ApiError> &error)
{
    clearProgress();
    if (error) {
        m_connection.printError(tr("ERROR: %1 (batch %2)").arg(error->title(), m_jobId), *error);
        emit finished(ConnectionOptions::exitCodeFor(*error));
        return;
    }
    if (!complete) {
        m_err << tr("otadash-cli tasks: the listing stopped before every task was read") << '\n';
        m_err.flush();
        emit finished(ConnectionOptions::TransportFailure);
        return;
    }
    // The walk's order (failures first), then by device: the same batch prints the same way every time.
    const QList<TaskInfo> tasks = m_tasks.sorted();
    if (m_output == u"json")
        writeJson(tasks);
    else
        writeCsv(tasks);
    m_out.flush();
    if (const qint64 unreachable = m_fetcher->unreachableCount(); unreachable > 0) {
        m_err << tr("warning: %Ln more task(s) could not be listed: the API serves at most %1 tasks of one "
                    "status.",
                    "", unreachable)
                         .arg(QLocale().toString(ListOtaTaskByJob::kMaxReachableRows))
              << '\n';
        m_err.flush();
    }
    emit finished(ConnectionOptions::Success);
}

void TasksCommand::writeCsv(const QList<TaskInfo> &tasks)
{
    m_out << TaskListing::csv(tasks);
}

void TasksCommand::writeJson(const QList<TaskInfo> &tasks)
{
    QJsonArray array;
    for (const TaskInfo &task : tasks)
        array.append(TaskListing::apiObject(task));
    m_out << QString::fromUtf8(ListOutput::jsonArray(array));
}

int runTasksCommand(const QStringList &arguments)
{
    return runApiCommand<TasksCommand>(
            arguments, [](TasksCommand &command) { command.setShowProgress(stderrIsTerminal()); });
}
