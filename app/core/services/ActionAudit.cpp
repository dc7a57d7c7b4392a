#include "services/ActionAudit.h"

#include "util/ListOutput.h"

using namespace Qt::StringLiterals;

namespace ActionAudit {

AuditEntry entry(const Account &account, const QString &action, const QString &jobId,
                 const QStringList &targets, const ActionResult &result, const QDateTime &atUtc)
{
    AuditEntry entry;
    entry.atUtc = atUtc;
    entry.profile = account.profile;
    entry.accessKeyId = account.config.credentials.current().accessKeyId;
    entry.action = action;
    entry.jobId = jobId;
    entry.targets = targets;
    entry.requestId = result.requestId;
    entry.outcome = result.outcomeUnknown() ? AuditEntry::Outcome::Unknown
            : result.error                  ? AuditEntry::Outcome::Refused
                                            : AuditEntry::Outcome::Done;
    if (result.error) {
        const ApiError &error = *result.error;
        entry.detail = error.code.isEmpty() ? error.localizedMessage()
                                            : error.code + u": "_s + error.localizedMessage();
    }
    return entry;
}

QStringList fieldNames()
{
    return {u"Time"_s,        u"Profile"_s, u"AccessKeyId"_s, u"Action"_s,  u"JobId"_s,
            u"TargetCount"_s, u"Targets"_s, u"RequestId"_s,   u"Outcome"_s, u"Detail"_s};
}

QStringList fieldValues(const AuditEntry &entry)
{
    return {entry.atUtc.toUTC().toString(Qt::ISODate),
            entry.profile,
            entry.accessKeyId,
            entry.action,
            entry.jobId,
            QString::number(entry.targets.size()),
            entry.targets.join(u' '),
            entry.requestId,
            AuditEntry::outcomeCode(entry.outcome),
            entry.detail};
}

QString csv(const QList<AuditEntry> &entries)
{
    QString text = ListOutput::csvRecord(fieldNames());
    for (const AuditEntry &entry : entries)
        text += ListOutput::csvRecord(fieldValues(entry));
    return text;
}

} // namespace ActionAudit
