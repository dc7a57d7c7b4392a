#pragma once

#include <QDebug>
#include <QString>

#include <memory>

class CredentialSource;

// An AccessKey pair with an optional STS token. Never streamed or logged with its secret.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless STS
    // Set for a RAM-role profile: the temporary pair is asked for whenever a request is signed, so every copy
    // of a configuration signs with the latest one. accessKeyId is then the long-lived key the role is
    // assumed with (the identity shown and the account's request budget); secret and token stay empty here.
    std::shared_ptr<const CredentialSource> source = nullptr;

    // The pair to sign with now: this one, or the source's latest.
    Credentials current() const;
    bool isComplete() const;
    bool operator==(const Credentials &other) const;
    bool operator!=(const Credentials &other) const { return !(*this == other); }
};

// Temporary credentials that change while they are in use (StsSession).
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    // The latest pair with its token; incomplete before the first one arrived.
    virtual Credentials current() const = 0;
};

inline Credentials Credentials::current() const
{
    return source ? source->current() : *this;
}

inline bool Credentials::isComplete() const
{
    const Credentials pair = current();
    return !pair.accessKeyId.isEmpty() && !pair.accessKeySecret.isEmpty();
}

inline bool Credentials::operator==(const Credentials &other) const
{
    return accessKeyId == other.accessKeyId && accessKeySecret == other.accessKeySecret
            && securityToken == other.securityToken && source == other.source;
}

inline QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Credentials(" << credentials.accessKeyId << ", secret: <redacted>"
                    << (credentials.securityToken.isEmpty() ? "" : ", token: <redacted>")
                    << (credentials.source ? ", temporary)" : ")");
    return debug;
}
