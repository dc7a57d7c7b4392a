#pragma once

#include "GatewayError.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class Clock;
struct SimRequest;

// The gateway's authentication: signature (V1 or V3) and STS token, then timestamp skew and nonce reuse.
class GatewayAuth
{
public:
    // Both on the clock's wall time, per AccessKey for the nonces (REFERENCE.md section 1).
    static constexpr qint64 kMaxSkewSecs = 15 * 60;
    static constexpr qint64 kNonceMemorySecs = 15 * 60;

    // clock: not owned; the wall time that timestamps and nonce ages are measured on.
    explicit GatewayAuth(const Clock *clock);
    void setClock(const Clock *clock);
    // An empty securityToken registers a plain AccessKey; otherwise requests must carry exactly this token.
    // Registering a key again keeps the nonces it has used. A key with an expiration (STS) is refused from
    // then on, as InvalidAccessKeyId.NotFound (REFERENCE.md section 4).
    void addAccessKey(const QString &accessKeyId, const QString &secret, const QString &securityToken = {},
                      const QDateTime &expiration = {});

    // V3 when the request has an Authorization header, else V1. Fills in request.action, version and
    // accessKeyId as far as it got; nullopt when the gateway admits the request (the nonce is then used).
    std::optional<GatewayError> authenticate(SimRequest &request);

private:
    struct Key
    {
        QString secret;
        QString securityToken;
        QDateTime expiration; // invalid: never
        QHash<QString, QDateTime> nonces; // nonce -> clock time it was first accepted
    };

    std::optional<GatewayError> verifyV1(SimRequest &in, QString &timestamp, QString &nonce) const;
    std::optional<GatewayError> verifyV3(SimRequest &in, QString &timestamp, QString &nonce) const;
    // The key, when it exists and has not expired.
    const Key *validKey(const QString &accessKeyId) const;
    std::optional<GatewayError> checkFreshness(const QString &accessKeyId, const QString &timestamp,
                                               const QString &nonce);

    const Clock *m_clock;
    QHash<QString, Key> m_keys;
};
