#pragma once

#include "api/OtaCancelCalls.h"
#include "history/HistoryStore.h"
#include "services/Account.h"

// The audit log's entry for one call of a write action: who sent it (the account's profile and AccessKeyId,
// never the secret), what on which targets, and what came of it (done, refused, or unknown when the gateway
// may have acted).
namespace ActionAudit {
AuditEntry entry(const Account &account, const QString &action, const QString &jobId,
                 const QStringList &targets, const ActionResult &result, const QDateTime &atUtc);

// The log as `otadash-cli audit` and Export CSV write it: these field names (Time, Profile, AccessKeyId,
// Action, JobId, TargetCount, Targets, RequestId, Outcome, Detail) and one entry's values in their order
// (time in ISO UTC, targets separated by spaces, outcome done/refused/unknown).
QStringList fieldNames();
QStringList fieldValues(const AuditEntry &entry);
// A header record, then one record per entry (RFC 4180, CRLF).
QString csv(const QList<AuditEntry> &entries);
} // namespace ActionAudit
