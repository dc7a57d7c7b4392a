#include "services/TaskActionRun.h"

#include "services/ActionAudit.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

TaskActionRun::TaskActionRun(RequestScheduler *scheduler, HistoryStore *audit, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_audit(audit)
{ }

QString TaskActionRun::action(Kind kind)
{
    switch (kind) {
    case Kind::Retry:
        return ReupgradeOtaTask::kAction;
    case Kind::Confirm:
        return ConfirmOtaTask::kAction;
    case Kind::CancelDevices:
        break;
    }
    return CancelOtaTaskByDevice::kAction;
}

QList<QStringList> TaskActionRun::calls(const Request &request)
{
    const int size = request.kind == Kind::Retry ? ReupgradeOtaTask::kMaxTaskIds
            : request.kind == Kind::Confirm      ? ConfirmOtaTask::kMaxTaskIds
                                                 : CancelOtaTaskByDevice::kMaxDeviceNames;
    QList<QStringList> calls;
    for (qsizetype i = 0; i < request.targets.size(); i += size)
        calls.append(request.targets.mid(i, size));
    return calls;
}

bool TaskActionRun::start(const Account &account, const Request &request)
{
    if (m_running || account.readOnly || request.targets.isEmpty())
        return false;
    m_account = account;
    m_request = request;
    m_calls = calls(request);
    m_next = m_done = m_refused = m_unknown = 0;
    m_running = true;
    sendNext();
    return true;
}

void TaskActionRun::sendNext()
{
    const QStringList &targets = m_calls.at(m_next);
    const QString &instance = m_account.iotInstanceId;
    ScheduledRequest *request = nullptr;
    switch (m_request.kind) {
    case Kind::Retry:
        request = ReupgradeOtaTask::submit(m_scheduler, m_account.config, m_request.jobId, targets, instance,
                                           this);
        break;
    case Kind::Confirm:
        request = ConfirmOtaTask::submit(m_scheduler, m_account.config, targets, instance, this);
        break;
    case Kind::CancelDevices:
        request = CancelOtaTaskByDevice::submit(m_scheduler, m_account.config, m_request.productKey,
                                                m_request.firmwareId, targets, m_request.jobId, instance,
                                                this);
        break;
    }
    connect(request, &ScheduledRequest::finished, this, &TaskActionRun::onFinished);
}

void TaskActionRun::onFinished(const RpcResponse &response)
{
    const CallResult call {m_calls.at(m_next), interpretAction(response)};
    const AuditEntry entry = ActionAudit::entry(m_account, action(m_request.kind), m_request.jobId,
                                                call.targets, call.result, m_scheduler->clock().nowUtc());
    switch (entry.outcome) {
    case AuditEntry::Outcome::Done:
        ++m_done;
        break;
    case AuditEntry::Outcome::Refused:
        ++m_refused;
        break;
    case AuditEntry::Outcome::Unknown:
        ++m_unknown;
        break;
    }
    if (m_audit)
        m_audit->recordAction(entry);
    const int index = m_next++;
    emit callFinished(index, int(m_calls.size()), call);
    if (entry.outcome != AuditEntry::Outcome::Unknown && m_next < m_calls.size()) {
        sendNext();
        return;
    }
    m_running = false;
    emit finished(m_done, m_refused, m_unknown, int(m_calls.size()) - m_next);
}
