#pragma once

#include <QByteArray>
#include <QString>

// A POP gateway rejection: status, Code and Message as shared/api/REFERENCE.md section 4 records them.
struct GatewayError
{
    int status = 400;
    QString code;
    QString message;

    static GatewayError missingParameter(const QString &name);
    // The messages carry the server's string to sign: the Go SDK compares it with its own.
    static GatewayError signatureDoesNotMatch(const QByteArray &serverStringToSign);
    static GatewayError incompleteSignature(const QByteArray &serverStringToSign);
    static GatewayError accessKeyNotFound();
    static GatewayError nonceUsed();
    static GatewayError timestampExpired();
    static GatewayError timestampFormat();
    static GatewayError throttled();
    static GatewayError apiNotFound();
};
