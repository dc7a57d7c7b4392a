#include "auth/ProfileStore.h"

#include "auth/AuthLog.h"

#include <QCollator>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kGroup = u"profiles"_s;
const QString kLastUsed = u"lastUsedProfile"_s;

QString signatureName(SignatureVersion version)
{
    return version == SignatureVersion::V1 ? u"v1"_s : u"v3"_s;
}
} // namespace

ProfileStore::ProfileStore(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) { }

ProfileStore::ProfileStore(const QString &fileName, QSettings::Format format, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(fileName, format))
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QSettings::Status ProfileStore::status() const
{
    return m_settings->status();
}

std::optional<Profile> ProfileStore::load(const QString &id) const
{
    const QString prefix = kGroup + u'/' + id + u'/';
    if (!m_settings->contains(prefix + u"name"_s))
        return std::nullopt;
    Profile profile;
    profile.id = id;
    profile.name = m_settings->value(prefix + u"name"_s).toString();
    profile.regionId = m_settings->value(prefix + u"regionId"_s).toString();
    profile.endpoint = QUrl(m_settings->value(prefix + u"endpoint"_s).toString(), QUrl::StrictMode);
    profile.iotInstanceId = m_settings->value(prefix + u"iotInstanceId"_s).toString();
    profile.accessKeyId = m_settings->value(prefix + u"accessKeyId"_s).toString();
    profile.signature = m_settings->value(prefix + u"signature"_s).toString() == u"v1" ? SignatureVersion::V1
                                                                                       : SignatureVersion::V3;
    profile.sts = m_settings->value(prefix + u"sts"_s, false).toBool();
    profile.readOnly = m_settings->value(prefix + u"readOnly"_s, false).toBool();
    const QString roleArn = m_settings->value(prefix + u"ramRole/arn"_s).toString();
    if (!roleArn.isEmpty()) {
        RamRole role;
        role.roleArn = roleArn;
        role.sessionName = m_settings->value(prefix + u"ramRole/sessionName"_s).toString();
        role.durationSecs
                = m_settings->value(prefix + u"ramRole/durationSecs"_s, RamRole::kDefaultDurationSecs)
                          .toInt();
        role.externalId = m_settings->value(prefix + u"ramRole/externalId"_s).toString();
        role.policy = m_settings->value(prefix + u"ramRole/policy"_s).toString();
        role.stsEndpoint
                = QUrl(m_settings->value(prefix + u"ramRole/stsEndpoint"_s).toString(), QUrl::StrictMode);
        profile.ramRole = role;
    }
    return profile;
}

void ProfileStore::save(const Profile &profile)
{
    // Field by field, so the set of keys is fixed: nothing but these ever reaches the file.
    const QString prefix = kGroup + u'/' + profile.id + u'/';
    m_settings->remove(kGroup + u'/' + profile.id);
    m_settings->setValue(prefix + u"name"_s, profile.name);
    m_settings->setValue(prefix + u"regionId"_s, profile.regionId);
    m_settings->setValue(prefix + u"endpoint"_s, profile.endpoint.toString());
    m_settings->setValue(prefix + u"iotInstanceId"_s, profile.iotInstanceId);
    m_settings->setValue(prefix + u"accessKeyId"_s, profile.accessKeyId);
    m_settings->setValue(prefix + u"signature"_s, signatureName(profile.signature));
    m_settings->setValue(prefix + u"sts"_s, profile.sts);
    m_settings->setValue(prefix + u"readOnly"_s, profile.readOnly);
    if (const std::optional<RamRole> &role = profile.ramRole) {
        m_settings->setValue(prefix + u"ramRole/arn"_s, role->roleArn);
        m_settings->setValue(prefix + u"ramRole/sessionName"_s, role->sessionName);
        m_settings->setValue(prefix + u"ramRole/durationSecs"_s, role->durationSecs);
        m_settings->setValue(prefix + u"ramRole/externalId"_s, role->externalId);
        m_settings->setValue(prefix + u"ramRole/policy"_s, role->policy);
        m_settings->setValue(prefix + u"ramRole/stsEndpoint"_s, role->stsEndpoint.toString());
    }
    m_settings->sync();
}

QList<Profile> ProfileStore::profiles() const
{
    // Another process (the CLI beside the GUI) may have written the file since it was read.
    m_settings->sync();
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString &id : ids) {
        if (std::optional<Profile> profile = load(id))
            result.append(*profile);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), [&collator](const Profile &a, const Profile &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    m_settings->sync();
    return load(id);
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Profile &profile : profiles()) {
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

std::optional<ProfileProblem> ProfileStore::validate(const Profile &profile) const
{
    using Field = ProfileProblem::Field;
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return ProfileProblem {Field::Name, tr("Enter a name for the profile.")};
    if (name.size() > kMaxNameLength)
        return ProfileProblem {Field::Name,
                               tr("A profile name has at most %1 characters.").arg(kMaxNameLength)};
    static const QRegularExpression control(u"[\\x00-\\x1f\\x7f]"_s);
    if (name.contains(control))
        return ProfileProblem {Field::Name, tr("A profile name cannot contain control characters.")};
    if (name.compare(QLatin1String(Profile::kEnvironmentName), Qt::CaseInsensitive) == 0)
        return ProfileProblem {Field::Name,
                               tr("The name '%1' is reserved for the credentials of the ALIBABA_CLOUD_* "
                                  "environment variables.")
                                       .arg(QLatin1String(Profile::kEnvironmentName))};
    if (const std::optional<Profile> other = profileByName(name); other && other->id != profile.id)
        return ProfileProblem {Field::Name, tr("A profile named '%1' already exists.").arg(other->name)};

    static const QRegularExpression regionPattern(u"^[a-z0-9-]{2,40}$"_s);
    if (profile.endpoint.isEmpty() && profile.regionId.isEmpty())
        return ProfileProblem {Field::Location, tr("Choose a region or enter a custom endpoint.")};
    if (!profile.regionId.isEmpty() && !regionPattern.match(profile.regionId).hasMatch())
        return ProfileProblem {
                Field::Location,
                tr("'%1' is not a region ID (for example cn-shanghai).").arg(profile.regionId)};
    if (!profile.endpoint.isEmpty()) {
        if (const std::optional<QString> problem = RpcClient::validateEndpoint(profile.endpoint))
            return ProfileProblem {Field::Location, *problem};
    }

    static const QRegularExpression instancePattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!profile.iotInstanceId.isEmpty() && !instancePattern.match(profile.iotInstanceId).hasMatch())
        return ProfileProblem {Field::InstanceId,
                               tr("'%1' is not an instance ID: use letters, digits, '-' and '_' (for example "
                                  "iot-cn-0pp1n8t).")
                                       .arg(profile.iotInstanceId)};

    // STS AccessKeyIds start with "STS." — dots are the only mark an AccessKeyId has.
    static const QRegularExpression keyIdPattern(u"^[A-Za-z0-9.]{1,128}$"_s);
    if (profile.accessKeyId.isEmpty())
        return ProfileProblem {Field::AccessKeyId, tr("Enter the AccessKey ID.")};
    if (!keyIdPattern.match(profile.accessKeyId).hasMatch())
        return ProfileProblem {Field::AccessKeyId,
                               tr("An AccessKey ID consists of letters, digits and dots only.")};
    if (profile.ramRole) {
        if (profile.sts || profile.accessKeyId.startsWith(u"STS."))
            return ProfileProblem {Field::AccessKeyId,
                                   tr("A RAM role is assumed with a long-lived AccessKey, not with STS "
                                      "credentials.")};
        if (const std::optional<QString> problem = profile.ramRole->problem())
            return ProfileProblem {Field::RamRole, *problem};
    }
    return std::nullopt;
}

ProfileResult ProfileStore::add(Profile profile)
{
    if (QUuid::fromString(profile.id).isNull() || this->profile(profile.id))
        profile.id = Profile::newId();
    profile.name = profile.name.trimmed();
    profile.environment = false;
    if (std::optional<ProfileProblem> problem = validate(profile))
        return {std::nullopt, problem};
    save(profile);
    qCDebug(lcAuth) << "profile added" << profile.id;
    emit profilesChanged();
    return {profile, std::nullopt};
}

ProfileResult ProfileStore::update(Profile profile)
{
    profile.name = profile.name.trimmed();
    if (profile.environment || !this->profile(profile.id))
        return {std::nullopt,
                ProfileProblem {ProfileProblem::Field::Name, tr("This profile cannot be changed here.")}};
    if (std::optional<ProfileProblem> problem = validate(profile))
        return {std::nullopt, problem};
    save(profile);
    qCDebug(lcAuth) << "profile updated" << profile.id;
    emit profilesChanged();
    return {profile, std::nullopt};
}

ProfileResult ProfileStore::duplicate(const QString &id)
{
    std::optional<Profile> source = profile(id);
    if (!source)
        return {std::nullopt, ProfileProblem {ProfileProblem::Field::Name, tr("There is no such profile.")}};
    const QString base = tr("%1 (copy)").arg(source->name).left(kMaxNameLength - 4);
    source->name = uniqueName(base);
    return add(*source);
}

bool ProfileStore::remove(const QString &id)
{
    if (!profile(id))
        return false;
    m_settings->remove(kGroup + u'/' + id);
    if (lastUsedId() == id)
        m_settings->remove(kLastUsed);
    m_settings->sync();
    qCDebug(lcAuth) << "profile removed" << id;
    emit profilesChanged();
    return true;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed();
    if (!profileByName(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(trimmed).arg(n);
        if (!profileByName(candidate))
            return candidate;
    }
}

QString ProfileStore::lastUsedId() const
{
    m_settings->sync();
    return m_settings->value(kLastUsed).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(kLastUsed);
    else
        m_settings->setValue(kLastUsed, id);
    m_settings->sync();
}
