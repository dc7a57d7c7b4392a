#pragma once

#include "auth/Profile.h"

#include <QProcessEnvironment>

#include <optional>

// The read-only "Environment" profile: ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN
// (and ALIBABA_CLOUD_REGION_ID), as the official SDKs and the aliyun CLI read them. Nothing of it is stored.
namespace EnvironmentProfile {
// The profile when both the AccessKey ID and the secret are set, else nullopt.
std::optional<Profile> detect(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// The credentials themselves (empty fields where a variable is unset).
Credentials credentials(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
} // namespace EnvironmentProfile
