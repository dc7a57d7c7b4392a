#include "SimSts.h"

#include "GatewayAuth.h"
#include "ResponseEncoder.h"
#include "SimRequest.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString randomText(int length)
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return text;
}

} // namespace

QString SimSts::apiVersion()
{
    return u"2015-04-01"_s;
}

bool SimSts::serves(const QString &action, const QString &version)
{
    return action == u"AssumeRole" && version == apiVersion();
}

QString SimSts::demoRoleArn()
{
    return u"acs:ram::1234567890123456:role/ota-reader"_s;
}

QString SimSts::partnerRoleArn()
{
    return u"acs:ram::1234567890123456:role/ota-partner"_s;
}

QString SimSts::demoExternalId()
{
    return u"partner-7f3a"_s;
}

SimSts::SimSts(GatewayAuth &auth, const Clock *clock) : m_auth(auth), m_clock(clock)
{
    addRole({demoRoleArn(), 3600, {}});
    addRole({partnerRoleArn(), 3600, demoExternalId()});
}

void SimSts::addRole(const Role &role)
{
    m_roles.insert(role.arn, role);
}

SimAnswer SimSts::assumeRole(const SimRequest &in)
{
    const QString arn = in.param(u"RoleArn"_s);
    const QString session = in.param(u"RoleSessionName"_s);
    if (arn.isEmpty())
        return SimAnswer::rejection(GatewayError::missingParameter(u"RoleArn"_s));
    if (session.isEmpty())
        return SimAnswer::rejection(GatewayError::missingParameter(u"RoleSessionName"_s));
    static const QRegularExpression sessionPattern(u"^[A-Za-z0-9.@_-]{2,64}$"_s);
    if (!sessionPattern.match(session).hasMatch())
        return SimAnswer::rejection(GatewayError {400, u"InvalidParameter.RoleSessionName"_s,
                                                  u"The parameter RoleSessionName is wrongly formed."_s});
    const auto role = m_roles.constFind(arn);
    if (role == m_roles.cend())
        return SimAnswer::rejection(
                GatewayError {404, u"EntityNotExist.Role"_s, u"The role not exists: %1."_s.arg(arn)});
    const QString durationText = in.param(u"DurationSeconds"_s);
    bool numeric = true;
    const int duration = durationText.isEmpty() ? 3600 : durationText.toInt(&numeric);
    if (!numeric || duration < 900 || duration > role->maxSessionSecs)
        return SimAnswer::rejection(GatewayError {
                400, u"InvalidParameter.DurationSeconds"_s,
                u"The Min/Max value of DurationSeconds is 15min/%1s."_s.arg(role->maxSessionSecs)});
    if (!role->externalId.isEmpty() && in.param(u"ExternalId"_s) != role->externalId)
        return SimAnswer::rejection(
                GatewayError {403, u"NoPermission"_s,
                              u"No permission perform sts:AssumeRole on this Role. Maybe you "
                              "should check the trust policy of the role."_s});

    const QDateTime expiration = m_clock->nowUtc().addSecs(duration);
    const QString accessKeyId = u"STS.NT"_s + randomText(22);
    const QString secret = randomText(44);
    const QString token = u"CAIS"_s + randomText(200);
    m_auth.addAccessKey(accessKeyId, secret, token, expiration);
    ++m_issued;
    const QJsonObject credentials {
            {u"AccessKeyId"_s, accessKeyId},
            {u"AccessKeySecret"_s, secret},
            {u"SecurityToken"_s, token},
            {u"Expiration"_s, expiration.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)},
    };
    const QString userArn = arn + u'/' + session;
    const QString userId = u"3%1:%2"_s.arg(randomText(16), session);
    const QJsonObject user {{u"Arn"_s, userArn}, {u"AssumedRoleId"_s, userId}};
    return SimAnswer::success({{u"Credentials"_s, credentials}, {u"AssumedRoleUser"_s, user}});
}
