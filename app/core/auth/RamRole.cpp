#include "auth/RamRole.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString RamRole::defaultSessionName()
{
    return u"otadash"_s;
}

QUrl RamRole::defaultStsEndpoint(const QString &regionId)
{
    return QUrl(regionId.isEmpty() ? u"https://sts.aliyuncs.com/"_s
                                   : u"https://sts.%1.aliyuncs.com/"_s.arg(regionId));
}

QUrl RamRole::effectiveStsEndpoint(const QString &regionId) const
{
    return stsEndpoint.isEmpty() ? defaultStsEndpoint(regionId) : stsEndpoint;
}

QString RamRole::effectiveSessionName() const
{
    return sessionName.isEmpty() ? defaultSessionName() : sessionName;
}

std::optional<QString> RamRole::problem() const
{
    static const QRegularExpression arnPattern(u"^acs:ram::[0-9]+:role/[^\\s]+$"_s);
    static const QRegularExpression sessionPattern(u"^[A-Za-z0-9.@_-]{2,64}$"_s);
    if (!arnPattern.match(roleArn).hasMatch())
        return QCoreApplication::translate("RamRole",
                                           "A RoleArn looks like acs:ram::1234567890123456:role/ota-reader "
                                           "(the role's page in the RAM console shows it).");
    if (!sessionName.isEmpty() && !sessionPattern.match(sessionName).hasMatch())
        return QCoreApplication::translate(
                "RamRole", "A session name has 2 to 64 letters, digits or . @ - _ characters.");
    if (durationSecs < kMinDurationSecs || durationSecs > kMaxDurationSecs)
        return QCoreApplication::translate("RamRole",
                                           "The session duration must be between %1 and %2 seconds (at most "
                                           "the role's maximum session duration).")
                .arg(kMinDurationSecs)
                .arg(kMaxDurationSecs);
    if (!policy.isEmpty() && !QJsonDocument::fromJson(policy.toUtf8()).isObject())
        return QCoreApplication::translate("RamRole",
                                           "The policy must be a JSON policy document (an object).");
    if (!stsEndpoint.isEmpty() && (!stsEndpoint.isValid() || stsEndpoint.host().isEmpty()))
        return QCoreApplication::translate("RamRole", "The STS endpoint must be a URL such as %1.")
                .arg(defaultStsEndpoint(u"cn-shanghai"_s).toString());
    return std::nullopt;
}

QueryPairs RamRole::assumeRoleParams() const
{
    QueryPairs params {{u"RoleArn"_s, roleArn},
                       {u"RoleSessionName"_s, effectiveSessionName()},
                       {u"DurationSeconds"_s, QString::number(durationSecs)}};
    if (!externalId.isEmpty())
        params.append({u"ExternalId"_s, externalId});
    if (!policy.isEmpty())
        params.append({u"Policy"_s, policy});
    return params;
}

bool RamRole::operator==(const RamRole &other) const
{
    return roleArn == other.roleArn && sessionName == other.sessionName && durationSecs == other.durationSecs
            && externalId == other.externalId && policy == other.policy && stsEndpoint == other.stsEndpoint;
}
