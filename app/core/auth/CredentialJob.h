#pragma once

#include "api/Credentials.h"
#include "auth/CredentialError.h"

#include <QDebug>
#include <QObject>

#include <optional>

class Clock;
class ClockTimer;

// Which of a profile's two secrets an entry holds.
enum class SecretKind {
    AccessKeySecret,
    SecurityToken,
};

// The outcome of one credential-store call.
struct CredentialResult
{
    enum class Operation { Read, Write, Remove, ReadCredentials, WriteCredentials, RemoveCredentials };

    Operation operation = Operation::Read;
    QString profileId;
    SecretKind kind = SecretKind::AccessKeySecret; // for Read, Write and Remove
    QString value; // Read: the secret or token
    Credentials credentials; // ReadCredentials: AccessKeyId, secret and (STS) token
    std::optional<CredentialError> error;

    bool ok() const { return !error.has_value(); }
};
Q_DECLARE_METATYPE(CredentialResult)

// Streams everything but the secrets.
QDebug operator<<(QDebug debug, const CredentialResult &result);

// One credential-store call in flight. It emits finished exactly once — on success, on error and on timeout —
// from the event loop (never inside the call that created it), then deletes itself: connect, never delete.
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    CredentialJob(CredentialResult::Operation operation, const QString &profileId,
                  SecretKind kind = SecretKind::AccessKeySecret, QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    const CredentialResult &result() const { return m_result; }

    // For stores: records the result and emits it on the next event-loop turn. Later calls are ignored, so
    // a late backend answer after a timeout cannot finish the job twice.
    void finish(CredentialResult result);
    void finishWithError(const CredentialError &error);
    // Finishes with a Timeout error unless finished within ms of clock's time.
    void setTimeout(int ms, const Clock &clock);
    void setTimeout(int ms);

signals:
    void finished(const CredentialResult &result);

private:
    CredentialResult m_result;
    ClockTimer *m_timeout = nullptr;
    bool m_finished = false;
};
