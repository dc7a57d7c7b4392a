#pragma once

#include "api/Credentials.h"
#include "api/RpcClient.h"
#include "auth/RamRole.h"

#include <QDebug>
#include <QString>
#include <QUrl>

// A named account and endpoint to query with. It never holds a secret: the AccessKey secret and the STS
// token live in a CredentialStore under the profile's id.
struct Profile
{
    // The id of the synthetic profile built from the ALIBABA_CLOUD_* variables (never stored).
    static constexpr char kEnvironmentId[] = "environment";
    // Its name, also what `otadash-cli query --profile` accepts; reserved for stored profiles.
    static constexpr char kEnvironmentName[] = "Environment";

    QString id; // a QUuid without braces; survives renames, so it keys the credential store
    QString name;
    QString regionId; // the regional endpoint when endpoint is empty; else sent as RegionId when set
    QUrl endpoint; // a custom endpoint; empty means https://iot.<regionId>.aliyuncs.com/
    QString iotInstanceId;
    QString accessKeyId;
    SignatureVersion signature = SignatureVersion::V3;
    bool sts = false; // an STS SecurityToken is stored beside the secret
    // A "RAM role" profile: accessKeyId and its secret are the source AccessKey that assumes this role
    // (StsSession); requests are signed with the temporary credentials. Never together with sts.
    std::optional<RamRole> ramRole;
    bool readOnly = false; // the profile may only query: no write action is sent with it
    bool environment = false; // the synthetic Environment profile: shown, never edited or stored

    static QString newId();

    // The endpoint requests go to: the custom one, else the regional one (empty without a region).
    QUrl effectiveEndpoint() const;
    // Where, how and as whom to call, with the secret (and token) read from a store.
    RpcConfig rpcConfig(const Credentials &credentials) const;
    // "cn-shanghai" or the custom endpoint URL, for lists.
    QString location() const;

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};
Q_DECLARE_METATYPE(Profile)

QDebug operator<<(QDebug debug, const Profile &profile);

// Why a profile cannot be saved, and which field to fix.
struct ProfileProblem
{
    enum class Field { Name, Location, InstanceId, AccessKeyId, RamRole };
    Field field = Field::Name;
    QString message; // translated
};
