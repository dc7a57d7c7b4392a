#include "auth/AliyunConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QDebug operator<<(QDebug debug, const AliyunProfileEntry &entry)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AliyunProfileEntry(" << entry.name << ", " << entry.mode
                    << (entry.importable ? ", importable, " : ", skipped, ") << entry.credentials << ')';
    return debug;
}

namespace AliyunConfig {

QString defaultPath()
{
    return QDir::homePath() + u"/.aliyun/config.json"_s;
}

QString reasonNotImported(const QString &mode)
{
    // Modes from aliyun-cli config/profile.go; each one obtains its credentials at run time or holds none.
    if (mode == u"AK" || mode == u"StsToken" || mode == u"RamRoleArn")
        return {};
    if (mode == u"ChainableRamRoleArn")
        return QCoreApplication::translate(
                "AliyunConfig",
                "assumes a RAM role starting from another profile at run time; import that source profile "
                "instead if it is an AccessKey");
    if (mode == u"EcsRamRole")
        return QCoreApplication::translate(
                "AliyunConfig",
                "takes temporary credentials from the ECS instance metadata service; there is no secret to "
                "import");
    if (mode == u"RamRoleArnWithRoleName")
        return QCoreApplication::translate(
                "AliyunConfig", "deprecated mode that assumes a role from ECS credentials at run time");
    if (mode == u"RsaKeyPair")
        return QCoreApplication::translate(
                "AliyunConfig",
                "deprecated mode that exchanges an RSA key pair for a session key at run time");
    if (mode == u"External")
        return QCoreApplication::translate(
                "AliyunConfig",
                "runs an external program for credentials at run time; there is no secret to import");
    if (mode == u"CredentialsURI")
        return QCoreApplication::translate(
                "AliyunConfig", "fetches credentials from a URI at run time; there is no secret to import");
    if (mode == u"OIDC")
        return QCoreApplication::translate("AliyunConfig",
                                           "exchanges an OIDC token for temporary credentials at run time");
    if (mode == u"CloudSSO")
        return QCoreApplication::translate(
                "AliyunConfig", "signs in through CloudSSO and receives short-lived credentials at run time");
    if (mode == u"OAuth")
        return QCoreApplication::translate(
                "AliyunConfig", "signs in through OAuth and receives short-lived credentials at run time");
    if (mode == u"BearerToken")
        return QCoreApplication::translate(
                "AliyunConfig", "a bearer token is not an AccessKey and cannot sign IoT Platform requests");
    if (mode == u"Anonymous")
        return QCoreApplication::translate("AliyunConfig", "holds no credentials");
    return QCoreApplication::translate("AliyunConfig", "unknown mode '%1'").arg(mode);
}

AliyunConfigFile parse(const QByteArray &json, const QString &path)
{
    AliyunConfigFile file;
    file.path = path;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    // Only the position of a syntax error: the text around it could be a secret.
    if (parseError.error != QJsonParseError::NoError) {
        file.error = QCoreApplication::translate("AliyunConfig", "not valid JSON (%1 at byte %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return file;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(u"profiles").isArray()) {
        file.error = QCoreApplication::translate("AliyunConfig",
                                                 "no \"profiles\" list: not an aliyun CLI configuration");
        return file;
    }
    file.current = root.value(u"current").toString();

    static const QRegularExpression regionPattern(u"^[a-z0-9-]{2,40}$"_s);
    const QJsonArray profiles = root.value(u"profiles").toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject object = value.toObject();
        AliyunProfileEntry entry;
        entry.name = object.value(u"name").toString().trimmed();
        // An empty mode is what `aliyun configure` defaults to: AK.
        entry.mode = object.value(u"mode").toString(u"AK"_s);
        if (entry.mode.isEmpty())
            entry.mode = u"AK"_s;
        entry.current = !entry.name.isEmpty() && entry.name == file.current;
        const QString keyId = object.value(u"access_key_id").toString().trimmed();
        const QString secret = object.value(u"access_key_secret").toString().trimmed();
        const QString token = object.value(u"sts_token").toString().trimmed();
        const QString region = object.value(u"region_id").toString().trimmed();

        entry.reason = reasonNotImported(entry.mode);
        if (entry.reason.isEmpty()) {
            const bool sts = entry.mode == u"StsToken";
            const bool ramRole = entry.mode == u"RamRoleArn";
            RamRole role;
            if (ramRole) {
                role.roleArn = object.value(u"ram_role_arn").toString().trimmed();
                role.sessionName = object.value(u"ram_session_name").toString().trimmed();
                role.externalId = object.value(u"external_id").toString();
                // 0 or absent: OtaDash's default (RamRole::kDefaultDurationSecs).
                const int seconds = object.value(u"expired_seconds").toInt();
                if (seconds > 0)
                    role.durationSecs = seconds;
                const QString stsRegion = object.value(u"sts_region").toString().trimmed();
                if (!stsRegion.isEmpty() && regionPattern.match(stsRegion).hasMatch())
                    role.stsEndpoint = RamRole::defaultStsEndpoint(stsRegion);
            }
            if (keyId.isEmpty() || secret.isEmpty())
                entry.reason = QCoreApplication::translate("AliyunConfig",
                                                           "the AccessKey ID or secret is missing");
            else if (sts && token.isEmpty())
                entry.reason = QCoreApplication::translate("AliyunConfig", "the STS token is missing");
            else if (ramRole && role.problem())
                entry.reason = *role.problem();
            else if (region.isEmpty())
                entry.reason
                        = QCoreApplication::translate(
                                  "AliyunConfig",
                                  "no region_id; set one with 'aliyun configure set --profile %1 --region "
                                  "<region>' and import again")
                                  .arg(entry.name);
            else if (!regionPattern.match(region).hasMatch())
                entry.reason
                        = QCoreApplication::translate("AliyunConfig", "region_id '%1' is not a region ID")
                                  .arg(region);
            else {
                entry.importable = true;
                entry.profile.name = entry.name.isEmpty() ? u"aliyun"_s : entry.name;
                entry.profile.regionId = region;
                entry.profile.accessKeyId = keyId;
                entry.profile.sts = sts;
                if (ramRole)
                    entry.profile.ramRole = role;
                entry.credentials = {keyId, secret, sts ? token : QString()};
                if (sts)
                    entry.reason = QCoreApplication::translate(
                            "AliyunConfig", "STS tokens expire; import again after 'aliyun' has a new one");
            }
        }
        file.entries.append(entry);
    }
    return file;
}

AliyunConfigFile read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AliyunConfigFile result;
        result.path = path;
        result.error = QCoreApplication::translate("AliyunConfig", "cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // A config.json is a few KiB; refuse anything absurd rather than read it whole.
    if (file.size() > 4 * 1024 * 1024) {
        AliyunConfigFile result;
        result.path = path;
        result.error = QCoreApplication::translate("AliyunConfig",
                                                   "%1 is too large for an aliyun CLI configuration")
                               .arg(QDir::toNativeSeparators(path));
        return result;
    }
    return parse(file.readAll(), path);
}

} // namespace AliyunConfig
