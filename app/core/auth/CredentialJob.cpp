#include "auth/CredentialJob.h"

#include "util/Clock.h"

#include "auth/AuthLog.h"

namespace {
const char *operationName(CredentialResult::Operation operation)
{
    switch (operation) {
    case CredentialResult::Operation::Read:
        return "read";
    case CredentialResult::Operation::Write:
        return "write";
    case CredentialResult::Operation::Remove:
        return "remove";
    case CredentialResult::Operation::ReadCredentials:
        return "readCredentials";
    case CredentialResult::Operation::WriteCredentials:
        return "writeCredentials";
    case CredentialResult::Operation::RemoveCredentials:
        break;
    }
    return "removeCredentials";
}
} // namespace

QDebug operator<<(QDebug debug, const CredentialResult &result)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CredentialResult(" << operationName(result.operation) << ", " << result.profileId
                    << ", " << (result.kind == SecretKind::SecurityToken ? "token" : "secret");
    if (!result.value.isEmpty())
        debug << ", value: <redacted>";
    if (!result.credentials.accessKeyId.isEmpty())
        debug << ", " << result.credentials;
    if (result.error)
        debug << ", error: " << CredentialError::kindName(result.error->kind) << ' '
              << result.error->backendText;
    debug << ')';
    return debug;
}

CredentialJob::CredentialJob(CredentialResult::Operation operation, const QString &profileId, SecretKind kind,
                             QObject *parent)
    : QObject(parent)
{
    m_result.operation = operation;
    m_result.profileId = profileId;
    m_result.kind = kind;
}

void CredentialJob::finish(CredentialResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timeout)
        m_timeout->stop();
    // Keep what the caller asked about, whatever the store filled in.
    result.operation = m_result.operation;
    result.profileId = m_result.profileId;
    result.kind = m_result.kind;
    m_result = std::move(result);
    qCDebug(lcAuth) << "finished" << m_result;
    // Queued, so a store that knows the answer at once still lets the caller connect first.
    QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(m_result);
                deleteLater();
            },
            Qt::QueuedConnection);
}

void CredentialJob::finishWithError(const CredentialError &error)
{
    CredentialResult result = m_result;
    result.value.clear();
    result.credentials = {};
    result.error = error;
    finish(std::move(result));
}

void CredentialJob::setTimeout(int ms)
{
    setTimeout(ms, Clock::system());
}

void CredentialJob::setTimeout(int ms, const Clock &clock)
{
    if (m_finished)
        return;
    if (!m_timeout) {
        m_timeout = clock.createTimer(this);
        connect(m_timeout, &ClockTimer::timeout, this, [this] {
            finishWithError({CredentialError::Kind::Timeout, 0, {}});
        });
    }
    m_timeout->start(ms);
}
