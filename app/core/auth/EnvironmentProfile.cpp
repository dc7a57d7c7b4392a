#include "auth/EnvironmentProfile.h"

using namespace Qt::StringLiterals;

namespace EnvironmentProfile {

Credentials credentials(const QProcessEnvironment &env)
{
    Credentials result;
    result.accessKeyId = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    result.accessKeySecret = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    result.securityToken = env.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
    return result;
}

std::optional<Profile> detect(const QProcessEnvironment &env)
{
    const Credentials found = credentials(env);
    if (!found.isComplete())
        return std::nullopt;
    Profile profile;
    profile.id = QString::fromLatin1(Profile::kEnvironmentId);
    profile.name = QString::fromLatin1(Profile::kEnvironmentName);
    profile.regionId = env.value(u"ALIBABA_CLOUD_REGION_ID"_s);
    profile.accessKeyId = found.accessKeyId;
    profile.sts = !found.securityToken.isEmpty();
    profile.environment = true;
    return profile;
}

} // namespace EnvironmentProfile
