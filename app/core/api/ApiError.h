#pragma once

#include <QMetaType>
#include <QString>

// One error value for everything a call can end in: a gateway (POP) error, an IoT business error
// (HTTP 200 with Success=false) or a transport failure. Never logged with a secret.
struct ApiError
{
    enum class Kind { Gateway, Business, Transport };
    enum class Transport {
        None,
        InvalidEndpoint, // refused before sending (bad URL, plain http to a remote host)
        MissingCredentials,
        Timeout,
        ConnectionRefused,
        ConnectionClosed, // reset or cut mid-body
        HostNotFound,
        Tls,
        Redirect,
        TooLarge,
        Malformed,
        Canceled,
        Network,
    };
    // What a SignatureDoesNotMatch means once the server's string to sign is compared with ours.
    enum class SignatureDiagnosis { None, SecretWrong, RequestAltered };

    Kind kind = Kind::Transport;
    Transport transport = Transport::None;
    int httpStatus = 0;
    QString code;
    QString message; // as the server or the network layer gave it
    QString requestId;
    QString hostId;
    QString recommend;
    SignatureDiagnosis diagnosis = SignatureDiagnosis::None;
    QString detail; // extra technical context (e.g. where two strings to sign differ)

    static ApiError transportError(Transport transport, const QString &message, const QString &detail = {});

    // A translated one-line title ("Signature rejected", "Request timed out", ...).
    QString title() const;
    // A translated sentence that tells the user what to do about it.
    QString hint() const;
    // Worth repeating later with a fresh nonce: throttling, 5xx, system exceptions, timeouts.
    bool isRetryable() const;
};

Q_DECLARE_METATYPE(ApiError)
