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
} // namespace ActionAudit
