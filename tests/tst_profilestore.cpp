#include "auth/EnvironmentProfile.h"
#include "auth/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Profile sample(const QString &name = u"Production"_s)
{
    Profile profile;
    profile.name = name;
    profile.regionId = u"cn-shanghai"_s;
    profile.iotInstanceId = u"iot-cn-0pp1n8t"_s;
    profile.accessKeyId = u"LTAI5tSampleKey0001"_s;
    return profile;
}
} // namespace

// The non-secret half of a profile: QSettings under an injected file, names, validation, last used.
class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addsAndListsSortedByName();
    void keepsAFreshIdFromTheCaller();
    void givesANewIdWhenTheIdIsInUseOrNotAUuid();
    void rejectsInvalidProfiles_data();
    void rejectsInvalidProfiles();
    void acceptsACustomEndpointWithOrWithoutRegion();
    void updatesKeepingTheIdAndMayKeepItsName();
    void refusesToUpdateUnknownOrEnvironmentProfiles();
    void duplicatesUnderANewIdAndName();
    void removesTheProfileAndItsLastUsedMark();
    void remembersTheLastUsedProfileAcrossInstances();
    void persistsOnlyTheKnownFields();
    void findsNamesCaseInsensitively();
    void emitsProfilesChanged();
    void buildsTheRpcConfig();
    void detectsTheEnvironmentProfile();
    void streamsWithoutSecrets();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"otadash.conf"_s);
}

void TestProfileStore::addsAndListsSortedByName()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.add(sample(u"zeta"_s)).ok());
    QVERIFY(store.add(sample(u"Alpha"_s)).ok());
    QVERIFY(store.add(sample(u"beta"_s)).ok());
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles[0].name, u"Alpha"_s);
    QCOMPARE(profiles[1].name, u"beta"_s);
    QCOMPARE(profiles[2].name, u"zeta"_s);
    QCOMPARE(profiles[0].regionId, u"cn-shanghai"_s);
    QCOMPARE(profiles[0].iotInstanceId, u"iot-cn-0pp1n8t"_s);
    QCOMPARE(profiles[0].accessKeyId, u"LTAI5tSampleKey0001"_s);
    QCOMPARE(profiles[0].signature, SignatureVersion::V3);
    QVERIFY(!QUuid::fromString(profiles[0].id).isNull());
}

void TestProfileStore::keepsAFreshIdFromTheCaller()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    Profile profile = sample();
    profile.id = Profile::newId();
    const ProfileResult result = store.add(profile);
    QVERIFY(result.ok());
    QCOMPARE(result.profile->id, profile.id);
    QCOMPARE(store.profile(profile.id)->name, profile.name);
}

void TestProfileStore::givesANewIdWhenTheIdIsInUseOrNotAUuid()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    const ProfileResult first = store.add(sample(u"one"_s));
    Profile second = sample(u"two"_s);
    second.id = first.profile->id;
    const ProfileResult added = store.add(second);
    QVERIFY(added.ok());
    QVERIFY(added.profile->id != first.profile->id);
    Profile third = sample(u"three"_s);
    third.id = u"../escape"_s;
    QVERIFY(!QUuid::fromString(store.add(third).profile->id).isNull());
}

void TestProfileStore::rejectsInvalidProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<ProfileProblem::Field>("field");
    QTest::addColumn<QString>("message");

    Profile p = sample(u"  "_s);
    QTest::newRow("empty-name") << p << ProfileProblem::Field::Name << u"Enter a name"_s;
    p = sample(QString(65, u'x'));
    QTest::newRow("long-name") << p << ProfileProblem::Field::Name << u"at most 64"_s;
    p = sample(u"tab\there"_s);
    QTest::newRow("control-character") << p << ProfileProblem::Field::Name << u"control characters"_s;
    p = sample(u"environment"_s);
    QTest::newRow("reserved-name") << p << ProfileProblem::Field::Name << u"reserved"_s;
    p = sample(u"PRODUCTION"_s);
    QTest::newRow("taken-name") << p << ProfileProblem::Field::Name << u"already exists"_s;
    p = sample();
    p.name = u"other"_s;
    p.regionId.clear();
    QTest::newRow("no-location") << p << ProfileProblem::Field::Location << u"Choose a region"_s;
    p = sample(u"other"_s);
    p.regionId = u"Shanghai China"_s;
    QTest::newRow("bad-region") << p << ProfileProblem::Field::Location << u"not a region ID"_s;
    p = sample(u"other"_s);
    p.endpoint = QUrl(u"http://iot.cn-shanghai.aliyuncs.com/"_s);
    QTest::newRow("plain-http-remote") << p << ProfileProblem::Field::Location << u"Plain http://"_s;
    p = sample(u"other"_s);
    p.endpoint = QUrl(u"https://user:pw@example.com/"_s);
    QTest::newRow("endpoint-user-info") << p << ProfileProblem::Field::Location << u"user name"_s;
    p = sample(u"other"_s);
    p.iotInstanceId = u"iot 1"_s;
    QTest::newRow("bad-instance") << p << ProfileProblem::Field::InstanceId << u"not an instance ID"_s;
    p = sample(u"other"_s);
    p.accessKeyId.clear();
    QTest::newRow("no-key-id") << p << ProfileProblem::Field::AccessKeyId << u"Enter the AccessKey ID"_s;
    p = sample(u"other"_s);
    p.accessKeyId = u"LTAI key"_s;
    QTest::newRow("bad-key-id") << p << ProfileProblem::Field::AccessKeyId << u"letters, digits and dots"_s;
}

void TestProfileStore::rejectsInvalidProfiles()
{
    QFETCH(Profile, profile);
    QFETCH(ProfileProblem::Field, field);
    QFETCH(QString, message);
    ProfileStore store(m_file, QSettings::IniFormat);
    QVERIFY(store.add(sample()).ok());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const ProfileResult result = store.add(profile);
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->field, field);
    QVERIFY2(result.problem->message.contains(message), qPrintable(result.problem->message));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(changed.count(), 0);
}

void TestProfileStore::acceptsACustomEndpointWithOrWithoutRegion()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    Profile local = sample(u"local"_s);
    local.regionId.clear();
    local.endpoint = QUrl(u"http://127.0.0.1:8080/"_s);
    QVERIFY(store.add(local).ok());
    Profile vpc = sample(u"vpc"_s);
    vpc.endpoint = QUrl(u"https://iot-vpc.cn-beijing.aliyuncs.com/"_s);
    vpc.regionId = u"cn-beijing"_s;
    vpc.signature = SignatureVersion::V1;
    vpc.sts = true;
    QVERIFY(store.add(vpc).ok());
    const Profile stored = *store.profileByName(u"vpc"_s);
    QCOMPARE(stored.endpoint, vpc.endpoint);
    QCOMPARE(stored.regionId, u"cn-beijing"_s);
    QCOMPARE(stored.signature, SignatureVersion::V1);
    QVERIFY(stored.sts);
    QCOMPARE(store.profileByName(u"local"_s)->location(), u"http://127.0.0.1:8080/"_s);
}

void TestProfileStore::updatesKeepingTheIdAndMayKeepItsName()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    Profile profile = *store.add(sample()).profile;
    profile.regionId = u"ap-southeast-1"_s;
    profile.readOnly = true;
    QVERIFY(store.update(profile).ok());
    QCOMPARE(store.profile(profile.id)->regionId, u"ap-southeast-1"_s);
    QVERIFY(store.profile(profile.id)->readOnly);
    profile.name = u"  Renamed "_s;
    QVERIFY(store.update(profile).ok());
    QCOMPARE(store.profile(profile.id)->name, u"Renamed"_s);
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::refusesToUpdateUnknownOrEnvironmentProfiles()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    Profile unknown = sample();
    unknown.id = Profile::newId();
    QVERIFY(!store.update(unknown).ok());
    Profile environment = *store.add(sample()).profile;
    environment.environment = true;
    QVERIFY(!store.update(environment).ok());
    Profile other = *store.add(sample(u"Other"_s)).profile;
    other.name = u"production"_s;
    QCOMPARE(store.update(other).problem->field, ProfileProblem::Field::Name);
}

void TestProfileStore::duplicatesUnderANewIdAndName()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    const Profile original = *store.add(sample()).profile;
    const ProfileResult copy = store.duplicate(original.id);
    QVERIFY(copy.ok());
    QVERIFY(copy.profile->id != original.id);
    QCOMPARE(copy.profile->name, u"Production (copy)"_s);
    QCOMPARE(copy.profile->accessKeyId, original.accessKeyId);
    QCOMPARE(copy.profile->iotInstanceId, original.iotInstanceId);
    QCOMPARE(store.duplicate(original.id).profile->name, u"Production (copy) (2)"_s);
    QVERIFY(!store.duplicate(Profile::newId()).ok());
    QCOMPARE(store.profiles().size(), 3);
}

void TestProfileStore::removesTheProfileAndItsLastUsedMark()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    const Profile kept = *store.add(sample(u"kept"_s)).profile;
    const Profile gone = *store.add(sample(u"gone"_s)).profile;
    store.setLastUsedId(gone.id);
    QVERIFY(store.remove(gone.id));
    QVERIFY(!store.remove(gone.id));
    QVERIFY(!store.profile(gone.id));
    QVERIFY(store.lastUsedId().isEmpty());
    QCOMPARE(store.profiles().size(), 1);
    store.setLastUsedId(kept.id);
    QVERIFY(store.remove(kept.id));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::remembersTheLastUsedProfileAcrossInstances()
{
    QString id;
    {
        ProfileStore store(m_file, QSettings::IniFormat);
        id = store.add(sample()).profile->id;
        store.setLastUsedId(id);
    }
    ProfileStore reopened(m_file, QSettings::IniFormat);
    QCOMPARE(reopened.lastUsedId(), id);
    QCOMPARE(reopened.profile(id)->name, u"Production"_s);
}

void TestProfileStore::persistsOnlyTheKnownFields()
{
    {
        ProfileStore store(m_file, QSettings::IniFormat);
        QVERIFY(store.add(sample()).ok());
        QCOMPARE(store.status(), QSettings::NoError);
        QCOMPARE(store.fileName(), m_file);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(u"profiles"_s);
    const QString id = settings.childGroups().value(0);
    settings.beginGroup(id);
    QStringList keys = settings.childKeys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({u"accessKeyId"_s, u"endpoint"_s, u"iotInstanceId"_s, u"name"_s, u"readOnly"_s,
                          u"regionId"_s, u"signature"_s, u"sts"_s}));
}

void TestProfileStore::findsNamesCaseInsensitively()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    QVERIFY(store.add(sample(u"Staging"_s)).ok());
    QVERIFY(store.profileByName(u"staging"_s));
    QVERIFY(store.profileByName(u" STAGING "_s));
    QVERIFY(!store.profileByName(u"stage"_s));
    QCOMPARE(store.uniqueName(u"staging"_s), u"staging (2)"_s);
    QCOMPARE(store.uniqueName(u"fresh"_s), u"fresh"_s);
}

void TestProfileStore::emitsProfilesChanged()
{
    ProfileStore store(m_file, QSettings::IniFormat);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Profile profile = *store.add(sample()).profile;
    profile.regionId = u"us-east-1"_s;
    store.update(profile);
    store.duplicate(profile.id);
    store.remove(profile.id);
    QCOMPARE(changed.count(), 4);
}

void TestProfileStore::buildsTheRpcConfig()
{
    Profile profile = sample();
    profile.signature = SignatureVersion::V1;
    const RpcConfig regional = profile.rpcConfig({u"id"_s, u"secret"_s, {}});
    QCOMPARE(regional.endpoint, QUrl(u"https://iot.cn-shanghai.aliyuncs.com/"_s));
    QCOMPARE(regional.regionId, u"cn-shanghai"_s);
    QCOMPARE(regional.signature, SignatureVersion::V1);
    QCOMPARE(regional.credentials.accessKeySecret, u"secret"_s);
    profile.endpoint = QUrl(u"http://127.0.0.1:1234/"_s);
    QCOMPARE(profile.rpcConfig({}).endpoint, profile.endpoint);
    profile.endpoint.clear();
    profile.regionId.clear();
    QVERIFY(profile.effectiveEndpoint().isEmpty());
}

void TestProfileStore::detectsTheEnvironmentProfile()
{
    QProcessEnvironment env;
    QVERIFY(!EnvironmentProfile::detect(env));
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnvKey"_s);
    QVERIFY(!EnvironmentProfile::detect(env)); // no secret, no profile
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s);
    env.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"eu-central-1"_s);
    std::optional<Profile> profile = EnvironmentProfile::detect(env);
    QVERIFY(profile);
    QVERIFY(profile->environment);
    QCOMPARE(profile->name, u"Environment"_s);
    QCOMPARE(profile->id, u"environment"_s);
    QCOMPARE(profile->accessKeyId, u"LTAI5tEnvKey"_s);
    QCOMPARE(profile->regionId, u"eu-central-1"_s);
    QVERIFY(!profile->sts);
    env.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"env-token"_s);
    QVERIFY(EnvironmentProfile::detect(env)->sts);
    const Credentials credentials = EnvironmentProfile::credentials(env);
    QCOMPARE(credentials.accessKeySecret, u"env-secret"_s);
    QCOMPARE(credentials.securityToken, u"env-token"_s);
}

void TestProfileStore::streamsWithoutSecrets()
{
    QString text;
    QDebug(&text) << sample() << Credentials {u"LTAI5tKey"_s, u"plain-secret-1"_s, u"plain-token-1"_s};
    QVERIFY(text.contains(u"Production"));
    QVERIFY(text.contains(u"LTAI5tKey"));
    QVERIFY(!text.contains(u"plain-secret-1"));
    QVERIFY(!text.contains(u"plain-token-1"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
