#include "services/ActionAudit.h"

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

} // namespace ActionAudit
