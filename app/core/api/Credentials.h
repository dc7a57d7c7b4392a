#pragma once

#include <QDebug>
#include <QString>

// An AccessKey pair with an optional STS token. Never streamed or logged with its secret.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless STS

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};

inline QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Credentials(" << credentials.accessKeyId << ", secret: <redacted>"
                    << (credentials.securityToken.isEmpty() ? ")" : ", token: <redacted>)");
    return debug;
}
