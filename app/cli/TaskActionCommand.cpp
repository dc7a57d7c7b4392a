#include "TaskActionCommand.h"

#include "api/TaskFetcher.h"
#include "auth/Profile.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

bool isTaskId(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

} // namespace

TaskActionCommand::TaskActionCommand(TaskActionRun::Kind kind, QTextStream &out, QTextStream &err,
                                     QObject *parent)
    : ApiCommand(kind == TaskActionRun::Kind::Retry ? u"retry"_s : u"confirm"_s, out, err, parent),
      m_kind(kind)
{ }

TaskActionCommand::~TaskActionCommand() = default;

QString TaskActionCommand::usage() const
{
    return m_kind == TaskActionRun::Kind::Retry
            ? tr("Usage: otadash-cli retry --job-id ID (--task-id T ... | --status FAILED|CANCELED) [--yes] "
                 "[options]")
            : tr("Usage: otadash-cli confirm --job-id ID (--task-id T ... | --all) [--yes] [options]");
}

QString TaskActionCommand::description() const
{
    return m_kind == TaskActionRun::Kind::Retry
            ? tr("Upgrade failed or canceled devices of a batch again (ReupgradeOTATask, at most 10 tasks "
                 "per "
                 "call). Without --yes, print what would be sent and send nothing.")
            : tr("Confirm the tasks of a batch that wait for confirmation (ConfirmOTATask, at most 10 tasks "
                 "per call). Without --yes, print what would be sent and send nothing.");
}

QList<QCommandLineOption> TaskActionCommand::options() const
{
    QList<QCommandLineOption> options {
            QCommandLineOption(u"job-id"_s, tr("The batch of the tasks."), tr("ID")),
            QCommandLineOption(u"task-id"_s,
                               tr("A task to act on. Repeat or separate with commas for several."),
                               tr("TASK")),
            QCommandLineOption(u"yes"_s, tr("Send the calls. Without it nothing is sent.")),
            QCommandLineOption(u"history-db"_s,
                               tr("The history file whose audit log records the calls (default: the "
                                  "dashboard's)."),
                               tr("FILE"))};
    if (m_kind == TaskActionRun::Kind::Retry)
        options.insert(2,
                       QCommandLineOption(u"status"_s,
                                          tr("Every task of the batch in this status: FAILED or CANCELED. "
                                             "Repeat or separate with commas for both."),
                                          tr("STATUS")));
    else
        options.insert(2, QCommandLineOption(u"all"_s, tr("Every task of the batch that waits in CONFIRM.")));
    return options;
}

std::optional<int> TaskActionCommand::readOptions(const QCommandLineParser &parser)
{
    const std::optional<QStringList> jobIds
            = m_connection.resourceIds(parser, u"job-id"_s, true, tr("'%1' is not a valid batch ID"));
    if (!jobIds)
        return ConnectionOptions::UsageError;
    m_jobId = jobIds->constFirst();
    for (const QString &value : parser.values(u"task-id"_s)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!isTaskId(id))
                return m_connection.usageError(tr("'%1' is not a valid task ID").arg(id));
            if (!m_taskIds.contains(id))
                m_taskIds.append(id);
        }
    }
    if (m_kind == TaskActionRun::Kind::Retry) {
        for (const QString &value : parser.values(u"status"_s)) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<TaskStatus> status = TaskStatuses::fromCode(part.trimmed());
                if (status != TaskStatus::Failed && status != TaskStatus::Canceled)
                    return m_connection.usageError(
                            tr("--status must be FAILED or CANCELED, not '%1'").arg(part.trimmed()));
                if (!m_statuses.contains(*status))
                    m_statuses.append(*status);
            }
        }
    } else if (parser.isSet(u"all"_s)) {
        m_statuses = {TaskStatus::Confirm};
    }
    const QString choice = m_kind == TaskActionRun::Kind::Retry ? u"--status"_s : u"--all"_s;
    if (m_taskIds.isEmpty() == m_statuses.isEmpty())
        return m_connection.usageError(tr("give either --task-id or %1").arg(choice));
    m_yes = parser.isSet(u"yes"_s);
    m_historyPath = parser.value(u"history-db"_s);
    if (parser.isSet(u"history-db"_s) && m_historyPath.isEmpty())
        return m_connection.usageError(tr("--history-db needs a file name"));
    return std::nullopt;
}

void TaskActionCommand::run()
{
    // Known once the connection options are resolved (--profile), before anything is read or sent.
    if (m_yes && m_connection.isReadOnly()) {
        emit finished(m_connection.usageError(tr("the profile '%1' is read-only: it sends no write action")
                                                      .arg(m_connection.profileName())));
        return;
    }
    if (m_statuses.isEmpty()) {
        proceed();
        return;
    }
    m_fetcher = std::make_unique<TaskFetcher>(m_connection.scheduler());
    m_fetcher->setBatch(m_connection.config(), m_jobId, m_connection.instanceId());
    m_fetcher->setStatuses(m_statuses);
    connect(m_fetcher.get(), &TaskFetcher::tasksArrived, this,
            [this](const QList<TaskInfo> &tasks) { m_listed.add(tasks); });
    connect(m_fetcher.get(), &TaskFetcher::finished, this, &TaskActionCommand::onListed);
    m_fetcher->fetchAll(RequestPriority::Interactive);
}

void TaskActionCommand::onListed(bool complete, const std::optional<ApiError> &error)
{
    if (error) {
        m_connection.printError(tr("ERROR: %1 (batch %2)").arg(error->title(), m_jobId), *error);
        emit finished(ConnectionOptions::exitCodeFor(*error));
        return;
    }
    if (!complete) {
        m_err << tr("otadash-cli: the tasks of batch %1 could not all be read; nothing was sent").arg(m_jobId)
              << '\n';
        m_err.flush();
        emit finished(ConnectionOptions::TransportFailure);
        return;
    }
    for (const TaskInfo &task : m_listed.sorted()) {
        // The listing may have seen a task move on while it read; only those still in the statuses asked.
        if (task.taskStatus && m_statuses.contains(*task.taskStatus))
            m_taskIds.append(task.taskId);
    }
    proceed();
}

void TaskActionCommand::proceed()
{
    TaskActionRun::Request request;
    request.kind = m_kind;
    request.jobId = m_jobId;
    request.targets = m_taskIds;
    const QList<QStringList> calls = TaskActionRun::calls(request);
    const QString action = TaskActionRun::action(m_kind);
    const QString what = m_kind == TaskActionRun::Kind::Retry
            ? tr("upgrade %Ln device task(s) of batch %1 again", "", int(m_taskIds.size())).arg(m_jobId)
            : tr("confirm %Ln device task(s) of batch %1", "", int(m_taskIds.size())).arg(m_jobId);
    if (m_taskIds.isEmpty()) {
        m_out << tr("Nothing to send: batch %1 has no task in that status.").arg(m_jobId) << '\n';
        m_out.flush();
        emit finished(ConnectionOptions::Success);
        return;
    }
    if (!m_yes) {
        m_out << tr("Would %1 with %Ln call(s) of %2:", "", int(calls.size())).arg(what, action) << '\n';
        for (qsizetype i = 0; i < calls.size(); ++i)
            m_out << u"  "_s << tr("call %1: %2").arg(i + 1).arg(calls.at(i).join(u", "_s)) << '\n';
        m_out << tr("Nothing was sent. Add --yes to send.") << '\n';
        m_out.flush();
        emit finished(ConnectionOptions::Success);
        return;
    }
    const QString path = m_connection.historyPath(m_historyPath);
    m_audit = std::make_unique<HistoryStore>(path);
    if (!m_audit->isOpen()) {
        // The audit log is part of the action: without it nothing is sent.
        m_err << tr("otadash-cli: nothing was sent: the audit log cannot be written: %1")
                         .arg(m_audit->errorString())
              << '\n';
        m_err.flush();
        emit finished(ConnectionOptions::FileFailure);
        return;
    }
    m_out << tr("Sending: %1, %Ln call(s) of %2.", "", int(calls.size())).arg(what, action) << '\n';
    m_out.flush();
    Account account;
    account.profile = m_connection.accountName();
    account.config = m_connection.config();
    account.iotInstanceId = m_connection.instanceId();
    account.readOnly = m_connection.isReadOnly();
    m_run = std::make_unique<TaskActionRun>(m_connection.scheduler(), m_audit.get());
    connect(m_run.get(), &TaskActionRun::callFinished, this, &TaskActionCommand::onCall);
    connect(m_run.get(), &TaskActionRun::finished, this, &TaskActionCommand::onRunFinished);
    if (!m_run->start(account, request)) // cannot happen after the checks above; never left hanging
        emit finished(ConnectionOptions::UsageError);
}

void TaskActionCommand::onCall(int index, int callCount, const TaskActionRun::CallResult &call)
{
    const QString head
            = tr("call %1 of %2 (%Ln task(s))", "", int(call.targets.size())).arg(index + 1).arg(callCount);
    QString line;
    if (!call.result.error) {
        line = tr("%1: done, RequestId %2").arg(head, call.result.requestId);
    } else {
        const ApiError &error = *call.result.error;
        m_exitCode = std::max(m_exitCode, ConnectionOptions::exitCodeFor(error));
        const QString reason = error.code.isEmpty() ? error.localizedMessage()
                                                    : error.code + u": "_s + error.localizedMessage();
        line = call.result.outcomeUnknown()
                ? tr("%1: outcome unknown, the gateway may have acted (%2), RequestId %3; it is not sent "
                     "again")
                          .arg(head, reason, call.result.requestId)
                : tr("%1: refused (%2), RequestId %3").arg(head, reason, call.result.requestId);
    }
    m_out << line << '\n';
    m_out.flush();
}

void TaskActionCommand::onRunFinished(int done, int refused, int unknown, int notSent)
{
    m_out << tr("%1 done, %2 refused, %3 unknown.").arg(done).arg(refused).arg(unknown) << '\n';
    if (notSent > 0)
        m_out << tr(
                "%Ln call(s) were not sent after the unknown outcome: look at the batch, then send again.",
                "", notSent)
              << '\n';
    m_out.flush();
    emit finished(m_exitCode);
}

namespace {
int runTaskActionCommand(TaskActionRun::Kind kind, const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    TaskActionCommand command(kind, out, err);
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    QObject::connect(&command, &ApiCommand::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    command.start();
    return QCoreApplication::exec();
}
} // namespace

int runRetryCommand(const QStringList &arguments)
{
    return runTaskActionCommand(TaskActionRun::Kind::Retry, arguments);
}

int runConfirmCommand(const QStringList &arguments)
{
    return runTaskActionCommand(TaskActionRun::Kind::Confirm, arguments);
}
