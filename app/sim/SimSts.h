#pragma once

#include "SimAnswer.h"

#include <QHash>
#include <QString>

class Clock;
class GatewayAuth;
struct SimRequest;

// otasim's STS: AssumeRole (Version 2015-04-01) on the same gateway, after the same signature, timestamp and
// nonce checks. It issues "STS."-prefixed keys with a token that expire on the clock and registers them with
// the gateway, which accepts them on every call until then. Its answers carry the Success field every otasim
// answer has; the real STS leaves it out, and OtaDash reads neither.
class SimSts
{
public:
    struct Role
    {
        QString arn;
        int maxSessionSecs = 3600;
        QString externalId; // required by the trust policy when not empty
    };

    static QString apiVersion(); // 2015-04-01
    static bool serves(const QString &action, const QString &version);
    // The account's roles the demo AccessKey may assume: ota-reader (at most an hour) and ota-partner, which
    // wants the external id demoExternalId().
    static QString demoRoleArn();
    static QString partnerRoleArn();
    static QString demoExternalId();

    // auth: where the temporary keys are registered; both not owned and outlive this.
    SimSts(GatewayAuth &auth, const Clock *clock);
    void setClock(const Clock *clock) { m_clock = clock; }
    void addRole(const Role &role);
    // Temporary keys issued so far.
    int issuedCount() const { return m_issued; }

    // Answers an AssumeRole the gateway admitted (signed by a long-lived key). Errors as STS words them.
    SimAnswer assumeRole(const SimRequest &in);

private:
    GatewayAuth &m_auth;
    const Clock *m_clock;
    QHash<QString, Role> m_roles;
    int m_issued = 0;
};
