#include "auth/Profile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl Profile::effectiveEndpoint() const
{
    if (!endpoint.isEmpty())
        return endpoint;
    if (regionId.isEmpty())
        return {};
    return RpcConfig::regionEndpoint(regionId);
}

RpcConfig Profile::rpcConfig(const Credentials &credentials) const
{
    RpcConfig config;
    config.endpoint = effectiveEndpoint();
    config.regionId = regionId;
    config.credentials = credentials;
    config.signature = signature;
    return config;
}

QString Profile::location() const
{
    return endpoint.isEmpty() ? regionId : endpoint.toString();
}

bool Profile::operator==(const Profile &other) const
{
    return id == other.id && name == other.name && regionId == other.regionId && endpoint == other.endpoint
            && iotInstanceId == other.iotInstanceId && accessKeyId == other.accessKeyId
            && signature == other.signature && sts == other.sts && ramRole == other.ramRole
            && readOnly == other.readOnly && environment == other.environment;
}

QDebug operator<<(QDebug debug, const Profile &profile)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Profile(" << profile.id << ", " << profile.name << ", " << profile.location() << ", "
                    << profile.accessKeyId << (profile.signature == SignatureVersion::V1 ? ", v1" : ", v3")
                    << (profile.sts ? ", sts" : "") << (profile.ramRole ? ", ram role " : "")
                    << (profile.ramRole ? profile.ramRole->roleArn : QString())
                    << (profile.environment ? ", environment" : "") << ')';
    return debug;
}
