#include "auth/AliyunConfig.h"
#include "auth/AliyunImport.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kFixture = QStringLiteral(OTA_TEST_DATA "/aliyun/config.json");

AliyunProfileEntry entry(const AliyunConfigFile &file, const QString &name)
{
    for (const AliyunProfileEntry &candidate : file.entries) {
        if (candidate.name == name)
            return candidate;
    }
    return {};
}
} // namespace

// Reading ~/.aliyun/config.json (REFERENCE.md section 5) and importing its AK and StsToken profiles.
class TestAliyunConfig : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void readsEveryProfileInFileOrder();
    void classifiesEveryMode_data();
    void classifiesEveryMode();
    void takesTheFieldsOfAnAkProfile();
    void takesTheTokenOfAnStsProfile();
    void takesTheRoleOfARamRoleArnProfile();
    void reportsUnreadableFilesWithoutTheirContent_data();
    void reportsUnreadableFilesWithoutTheirContent();
    void importsIntoTheStoresAndListsTheRest();
    void importingAgainUpdatesTheSameProfiles();
    void avoidsNameClashes();
    void stopsAndSavesNothingWhenTheStoreFails();
    void finishesOnceForAnEmptyList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
};

void TestAliyunConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"otadash.conf"_s), QSettings::IniFormat);
}

void TestAliyunConfig::readsEveryProfileInFileOrder()
{
    const AliyunConfigFile file = AliyunConfig::read(kFixture);
    QVERIFY(file.ok());
    QCOMPARE(file.current, u"work"_s);
    QCOMPARE(file.entries.size(), 19);
    QCOMPARE(file.entries.first().name, u"work"_s);
    QVERIFY(file.entries.first().current);
    QVERIFY(!file.entries.at(1).current);
    QCOMPARE(file.entries.last().name, u"implicit"_s);
    QVERIFY(AliyunConfig::defaultPath().endsWith(u"/.aliyun/config.json"));
}

void TestAliyunConfig::classifiesEveryMode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("importable");
    QTest::addColumn<QString>("reason");
    QTest::newRow("AK") << u"work"_s << u"AK"_s << true << QString();
    QTest::newRow("StsToken") << u"temp"_s << u"StsToken"_s << true << u"STS tokens expire"_s;
    QTest::newRow("AK-implicit") << u"implicit"_s << u"AK"_s << true << QString();
    QTest::newRow("RamRoleArn") << u"role"_s << u"RamRoleArn"_s << true << QString();
    QTest::newRow("EcsRamRole") << u"ecs"_s << u"EcsRamRole"_s << false << u"instance metadata"_s;
    QTest::newRow("ChainableRamRoleArn")
            << u"chain"_s << u"ChainableRamRoleArn"_s << false << u"another profile"_s;
    QTest::newRow("External") << u"ext"_s << u"External"_s << false << u"external program"_s;
    QTest::newRow("CredentialsURI") << u"uri"_s << u"CredentialsURI"_s << false << u"from a URI"_s;
    QTest::newRow("OIDC") << u"oidc"_s << u"OIDC"_s << false << u"OIDC token"_s;
    QTest::newRow("CloudSSO") << u"sso"_s << u"CloudSSO"_s << false << u"CloudSSO"_s;
    QTest::newRow("OAuth") << u"oauth"_s << u"OAuth"_s << false << u"OAuth"_s;
    QTest::newRow("RsaKeyPair") << u"rsa"_s << u"RsaKeyPair"_s << false << u"RSA key pair"_s;
    QTest::newRow("RamRoleArnWithRoleName")
            << u"legacyrole"_s << u"RamRoleArnWithRoleName"_s << false << u"deprecated"_s;
    QTest::newRow("BearerToken") << u"bearer"_s << u"BearerToken"_s << false << u"bearer token"_s;
    QTest::newRow("Anonymous") << u"anon"_s << u"Anonymous"_s << false << u"no credentials"_s;
    QTest::newRow("unknown-mode") << u"future"_s << u"QuantumKey"_s << false
                                  << u"unknown mode 'QuantumKey'"_s;
    QTest::newRow("AK-no-region") << u"noregion"_s << u"AK"_s << false << u"no region_id"_s;
    QTest::newRow("AK-no-secret") << u"nosecret"_s << u"AK"_s << false << u"secret is missing"_s;
    QTest::newRow("StsToken-no-token") << u"notoken"_s << u"StsToken"_s << false << u"STS token is missing"_s;
}

void TestAliyunConfig::classifiesEveryMode()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(bool, importable);
    QFETCH(QString, reason);
    const AliyunProfileEntry found = entry(AliyunConfig::read(kFixture), name);
    QCOMPARE(found.name, name);
    QCOMPARE(found.mode, mode);
    QCOMPARE(found.importable, importable);
    if (reason.isEmpty())
        QVERIFY(found.reason.isEmpty());
    else
        QVERIFY2(found.reason.contains(reason), qPrintable(found.reason));
    if (!importable) {
        // Nothing of a skipped profile is carried along, least of all a secret.
        QVERIFY(found.credentials.accessKeySecret.isEmpty());
        QVERIFY(found.credentials.securityToken.isEmpty());
    }
}

void TestAliyunConfig::takesTheFieldsOfAnAkProfile()
{
    const AliyunProfileEntry work = entry(AliyunConfig::read(kFixture), u"work"_s);
    QCOMPARE(work.profile.name, u"work"_s);
    QCOMPARE(work.profile.regionId, u"cn-shanghai"_s);
    QCOMPARE(work.profile.accessKeyId, u"LTAI5tFixtureWorkKey01"_s);
    QVERIFY(!work.profile.sts);
    QCOMPARE(work.profile.signature, SignatureVersion::V3);
    QCOMPARE(work.credentials.accessKeyId, u"LTAI5tFixtureWorkKey01"_s);
    QCOMPARE(work.credentials.accessKeySecret, u"fixture-secret-work-AK"_s);
    QVERIFY(work.credentials.securityToken.isEmpty());
}

void TestAliyunConfig::takesTheTokenOfAnStsProfile()
{
    const AliyunProfileEntry temp = entry(AliyunConfig::read(kFixture), u"temp"_s);
    QVERIFY(temp.profile.sts);
    QCOMPARE(temp.profile.regionId, u"ap-southeast-1"_s);
    QCOMPARE(temp.credentials.accessKeySecret, u"fixture-secret-temp-STS"_s);
    QCOMPARE(temp.credentials.securityToken, u"fixture-token-temp-STS"_s);
    QString text;
    QDebug(&text) << temp;
    QVERIFY(!text.contains(u"fixture-secret-temp-STS"));
    QVERIFY(!text.contains(u"fixture-token-temp-STS"));
}

void TestAliyunConfig::takesTheRoleOfARamRoleArnProfile()
{
    const AliyunProfileEntry role = entry(AliyunConfig::read(kFixture), u"role"_s);
    QVERIFY(role.importable);
    QVERIFY(!role.profile.sts);
    QVERIFY(role.profile.ramRole);
    QCOMPARE(role.profile.accessKeyId, u"LTAI5tFixtureRoleKey03"_s);
    QCOMPARE(role.profile.ramRole->roleArn, u"acs:ram::1234567890123456:role/ota-reader"_s);
    QCOMPARE(role.profile.ramRole->sessionName, u"otadash"_s);
    QCOMPARE(role.profile.ramRole->durationSecs, 1800);
    QCOMPARE(role.profile.ramRole->externalId, u"partner-external-id"_s);
    QCOMPARE(role.profile.ramRole->stsEndpoint, QUrl(u"https://sts.cn-hangzhou.aliyuncs.com/"_s));
    // The source AccessKey's secret is what is kept; the temporary credentials never are.
    QCOMPARE(role.credentials.accessKeySecret, u"fixture-secret-role"_s);
    QVERIFY(role.credentials.securityToken.isEmpty());
}

void TestAliyunConfig::reportsUnreadableFilesWithoutTheirContent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << QStringLiteral(OTA_TEST_DATA "/aliyun/malformed.json")
                               << u"not valid JSON"_s;
    QTest::newRow("not-aliyun") << QStringLiteral(OTA_TEST_DATA "/aliyun/not-aliyun.json")
                                << u"\"profiles\""_s;
    QTest::newRow("missing") << QStringLiteral(OTA_TEST_DATA "/aliyun/no-such-file.json") << u"cannot read"_s;
}

void TestAliyunConfig::reportsUnreadableFilesWithoutTheirContent()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const AliyunConfigFile file = AliyunConfig::read(path);
    QVERIFY(!file.ok());
    QVERIFY2(file.error->contains(message), qPrintable(*file.error));
    QVERIFY(!file.error->contains(u"fixture-secret"));
    QVERIFY(file.entries.isEmpty());
}

void TestAliyunConfig::importsIntoTheStoresAndListsTheRest()
{
    MemoryCredentialStore credentials;
    AliyunImport import(m_profiles.get(), &credentials);
    QSignalSpy finished(&import, &AliyunImport::finished);
    QSignalSpy perEntry(&import, &AliyunImport::entryDone);
    const AliyunConfigFile file = AliyunConfig::read(kFixture);
    import.start(file.entries);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(perEntry.count(), file.entries.size());
    QVERIFY(!import.storeError());

    int imported = 0;
    for (const AliyunImportOutcome &outcome : import.outcomes()) {
        if (outcome.status == AliyunImportOutcome::Status::Imported)
            ++imported;
        else
            QCOMPARE(outcome.status, AliyunImportOutcome::Status::Skipped);
        if (outcome.status == AliyunImportOutcome::Status::Skipped)
            QVERIFY2(!outcome.reason.isEmpty(), qPrintable(outcome.aliyunName));
    }
    QCOMPARE(imported, 4); // work (AK), temp (StsToken), implicit (no mode: AK), role (RamRoleArn)
    QCOMPARE(m_profiles->profiles().size(), 4);

    const Profile temp = *m_profiles->profileByName(u"temp"_s);
    QVERIFY(temp.sts);
    QVERIFY(credentials.contains(temp.id, SecretKind::AccessKeySecret));
    QVERIFY(credentials.contains(temp.id, SecretKind::SecurityToken));
    const Profile work = *m_profiles->profileByName(u"work"_s);
    QVERIFY(credentials.contains(work.id, SecretKind::AccessKeySecret));
    QVERIFY(!credentials.contains(work.id, SecretKind::SecurityToken));

    // The secrets went to the credential store only.
    QFile settings(m_profiles->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("LTAI5tFixtureWorkKey01"));
    QVERIFY(!written.contains("fixture-secret"));
    QVERIFY(!written.contains("fixture-token"));
}

void TestAliyunConfig::importingAgainUpdatesTheSameProfiles()
{
    MemoryCredentialStore credentials;
    const AliyunConfigFile file = AliyunConfig::read(kFixture);
    for (int round = 0; round < 2; ++round) {
        AliyunImport import(m_profiles.get(), &credentials);
        QSignalSpy finished(&import, &AliyunImport::finished);
        import.start(file.entries);
        QVERIFY(finished.wait(5000));
        if (round == 1) {
            for (const AliyunImportOutcome &outcome : import.outcomes())
                QVERIFY(outcome.status != AliyunImportOutcome::Status::Imported);
        }
    }
    QCOMPARE(m_profiles->profiles().size(), 4);
    QCOMPARE(credentials.size(), 5); // four secrets and one token
}

void TestAliyunConfig::avoidsNameClashes()
{
    Profile mine;
    mine.name = u"work"_s;
    mine.regionId = u"cn-shanghai"_s;
    mine.accessKeyId = u"LTAI5tSomeoneElse"_s;
    QVERIFY(m_profiles->add(mine).ok());
    MemoryCredentialStore credentials;
    AliyunImport import(m_profiles.get(), &credentials);
    QSignalSpy finished(&import, &AliyunImport::finished);
    import.start({entry(AliyunConfig::read(kFixture), u"work"_s)});
    QVERIFY(finished.wait(5000));
    QCOMPARE(import.outcomes().value(0).profileName, u"work (2)"_s);
    QCOMPARE(m_profiles->profileByName(u"work"_s)->accessKeyId, u"LTAI5tSomeoneElse"_s);
}

void TestAliyunConfig::stopsAndSavesNothingWhenTheStoreFails()
{
    MemoryCredentialStore credentials;
    credentials.setFailure(CredentialError {CredentialError::Kind::Locked, 4, u"locked collection"_s});
    AliyunImport import(m_profiles.get(), &credentials);
    QSignalSpy finished(&import, &AliyunImport::finished);
    import.start(AliyunConfig::read(kFixture).entries);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(import.storeError());
    QCOMPARE(import.storeError()->kind, CredentialError::Kind::Locked);
    QCOMPARE(import.outcomes().constLast().status, AliyunImportOutcome::Status::Failed);
    QCOMPARE(import.outcomes().size(), 1); // "work" comes first and stops it
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(!QFile::exists(m_profiles->fileName()));
}

void TestAliyunConfig::finishesOnceForAnEmptyList()
{
    MemoryCredentialStore credentials;
    AliyunImport import(m_profiles.get(), &credentials);
    QSignalSpy finished(&import, &AliyunImport::finished);
    import.start(AliyunConfig::read(QStringLiteral(OTA_TEST_DATA "/aliyun/empty.json")).entries);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(1000));
    QCoreApplication::sendPostedEvents(); // a second finish would be posted by now
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestAliyunConfig)
#include "tst_aliyunconfig.moc"
