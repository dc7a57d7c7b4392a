#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

// One error value for everything a call can end in: a gateway (POP) error, an IoT business error
// (HTTP 200 with Success=false) or a transport failure. Never logged with a secret.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
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
        Proxy, // the proxy could not be reached, or could not reach the endpoint
        ProxyAuth, // the proxy wanted credentials (407) and refused or got none
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
    // A business error: the IotInstanceId the request carried ("" for none), to tell "this account needs
    // its instance ID" from "this instance ID is wrong".
    std::optional<QString> sentInstanceId;
    // The server's Date header minus this computer's clock, set when beyond the gateway's 15 minutes.
    std::optional<qint64> clockSkewSecs;
    // Set when OtaDash wrote message or detail itself: composes it again, in the language of the moment.
    std::function<QString()> composeMessage;
    std::function<QString()> composeDetail;

    static ApiError transportError(Transport transport, const QString &message, const QString &detail = {});
    // For a message OtaDash words: composed now and again whenever the language changes.
    static ApiError transportError(Transport transport, std::function<QString()> composeMessage);

    // message and detail in the current language where OtaDash wrote them; as received otherwise.
    QString localizedMessage() const { return composeMessage ? composeMessage() : message; }
    QString localizedDetail() const { return composeDetail ? composeDetail() : detail; }

    // A translated one-line title ("Signature rejected", "Request timed out", ...).
    QString title() const;
    // A translated sentence that tells the user what to do about it.
    QString hint() const;
    // "The server's clock is 17 minutes ahead of this computer's." when clockSkewSecs is set, else empty.
    QString clockSkewText() const;
    // The account's resources are in an enterprise instance, or the instance named is not one of them: the
    // profile's instance ID is what to fix.
    bool isInstanceProblem() const;
    // Worth repeating later with a fresh nonce: throttling, 5xx, system exceptions, timeouts.
    bool isRetryable() const;
};

Q_DECLARE_METATYPE(ApiError)
