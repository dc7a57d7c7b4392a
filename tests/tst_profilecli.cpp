#include "KeyringTest.h"
#include "OtaSimulator.h"
#include "SimFleet.h"
#include "SimSts.h"
#include "auth/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kFixture = QStringLiteral(OTA_TEST_DATA "/aliyun/config.json");

// Every run as a script would do it: no display, no ALIBABA_CLOUD_* unless given.
KeyringTest::Run otadashCli(const QStringList &arguments, const QByteArray &input = {},
                            QMap<QString, QString> env = {})
{
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ALIBABA_CLOUD_ACCESS_KEY_ID",
          "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_REGION_ID"}) {
        if (!env.contains(QString::fromLatin1(name)))
            env.insert(QString::fromLatin1(name), QString());
    }
    return KeyringTest::run(QStringLiteral(OTADASH_CLI_BIN), arguments, input, env);
}

QByteArray lookup(const QString &profileId, const QString &kind = u"secret"_s)
{
    return KeyringTest::run(u"secret-tool"_s,
                            {u"lookup"_s, u"server"_s, u"OtaDash"_s, u"user"_s, profileId + u'/' + kind})
            .out;
}

#define PROFILE_NAMED(variable, store, name)                                                                 \
    const std::optional<Profile> variable##Found = (store)->profileByName(name);                             \
    QVERIFY2(variable##Found, qPrintable(u"no profile named "_s + (name)));                                  \
    const Profile variable = *variable##Found

QString print(const KeyringTest::Run &run)
{
    return QString::fromUtf8("exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out
                             + "\nstderr:\n" + run.err);
}
} // namespace

// `otadash-cli profile ...` and `otadash-cli query --profile` as separate processes against the private
// keyring, and the sentinel search: after add, list, query and export, the secret is in no file below the
// test root.
class TestProfileCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsListsQueriesAndRemoves();
    void storesAndUsesAnStsToken();
    void assumesARamRoleForEveryCommand();
    void explainsARoleThatCannotBeAssumed();
    void letsOptionsOverrideTheProfile();
    void neverTakesASecretFromTheCommandLine();
    void savesNothingWithoutASecret();
    void importsTheAliyunConfig();
    void importsFromTheDefaultPath();
    void offersTheEnvironmentProfileReadOnly();
    void marksTheLastUsedProfile();
    void rejectsUnknownProfilesAndSubcommands();
    void leavesTheSentinelSecretNowhereOnDisk();
    void sendsNoWriteWithAReadOnlyProfile();

private:
    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<ProfileStore> m_profiles; // the same settings file as the CLI's
};

void TestProfileCli::initTestCase()
{
    if (!KeyringTest::insideRunner())
        QSKIP("runs only inside tests/support/run-with-keyring.sh (it would use your own keyring otherwise)");
    QCOMPARE(KeyringTest::mode(), u"unlocked"_s);
    QCoreApplication::setOrganizationName(u"OtaDash"_s);
    QCoreApplication::setApplicationName(u"otadash"_s);
}

void TestProfileCli::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    m_profiles = std::make_unique<ProfileStore>();
    QVERIFY(m_profiles->fileName().startsWith(KeyringTest::root()));
}

void TestProfileCli::cleanup()
{
    // Each test starts without profiles; their keychain entries go with them.
    for (const Profile &profile : m_profiles->profiles())
        otadashCli({u"profile"_s, u"remove"_s, profile.name});
    m_profiles.reset();
}

void TestProfileCli::addsListsQueriesAndRemoves()
{
    m_sim->addAccessKey(u"LTAI5tCliKey0001"_s, u"cli-secret-0001"_s);
    const KeyringTest::Run add = otadashCli(
            {u"profile"_s, u"add"_s, u"Sim"_s, u"--access-key-id"_s, u"LTAI5tCliKey0001"_s, u"--endpoint"_s,
             m_sim->endpoint().toString(), u"--instance-id"_s, u"iot-cli-test"_s, u"--signature"_s, u"v1"_s},
            "cli-secret-0001\n");
    QVERIFY2(add.exitCode == 0, qPrintable(print(add)));
    QVERIFY(add.out.contains("Profile 'Sim' saved; its secret is in the system keychain."));
    PROFILE_NAMED(profile, m_profiles, u"Sim"_s);
    QCOMPARE(profile.signature, SignatureVersion::V1);
    QCOMPARE(profile.iotInstanceId, u"iot-cli-test"_s);
    QCOMPARE(lookup(profile.id), QByteArray("cli-secret-0001"));

    const KeyringTest::Run list = otadashCli({u"profile"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("NAME"));
    QVERIFY(list.out.contains("Sim"));
    QVERIFY(list.out.contains(m_sim->endpoint().toString().toUtf8()));
    QVERIFY(list.out.contains("LTAI5tCliKey0001"));
    QVERIFY(list.out.contains("iot-cli-test"));
    QVERIFY(!list.out.contains("cli-secret-0001"));

    const KeyringTest::Run query
            = otadashCli({u"query"_s, u"--profile"_s, u"sim"_s, u"--job-id"_s, kSeedJobId});
    QVERIFY2(query.exitCode == 0, qPrintable(print(query)));
    QCOMPARE(QJsonDocument::fromJson(query.out).object().value(u"Data").toObject().value(u"JobId").toString(),
             kSeedJobId);
    QCOMPARE(m_sim->acceptedCount(), 1);

    const KeyringTest::Run remove = otadashCli({u"profile"_s, u"remove"_s, u"Sim"_s});
    QVERIFY2(remove.exitCode == 0, qPrintable(print(remove)));
    QVERIFY(remove.out.contains("Profile 'Sim' and its keychain entries removed."));
    QVERIFY(lookup(profile.id).isEmpty());
    QVERIFY(!otadashCli({u"profile"_s, u"list"_s}).out.contains("Sim"));
    const KeyringTest::Run gone
            = otadashCli({u"query"_s, u"--profile"_s, u"Sim"_s, u"--job-id"_s, kSeedJobId});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains("no profile named 'Sim'"));
}

void TestProfileCli::storesAndUsesAnStsToken()
{
    m_sim->addAccessKey(u"STS.NUCliKey02"_s, u"sts-cli-secret"_s, u"sts-cli-token"_s);
    const KeyringTest::Run add
            = otadashCli({u"profile"_s, u"add"_s, u"Temporary"_s, u"--access-key-id"_s, u"STS.NUCliKey02"_s,
                          u"--endpoint"_s, m_sim->endpoint().toString(), u"--sts"_s},
                         "sts-cli-secret\nsts-cli-token\n");
    QVERIFY2(add.exitCode == 0, qPrintable(print(add)));
    PROFILE_NAMED(profile, m_profiles, u"Temporary"_s);
    QVERIFY(profile.sts);
    QCOMPARE(lookup(profile.id, u"token"_s), QByteArray("sts-cli-token"));
    const KeyringTest::Run query
            = otadashCli({u"query"_s, u"--profile"_s, u"Temporary"_s, u"--job-id"_s, kSeedJobId});
    QVERIFY2(query.exitCode == 0, qPrintable(print(query)));
    QVERIFY(otadashCli({u"profile"_s, u"list"_s}).out.contains("yes"));

    // A token line is required with --sts.
    const KeyringTest::Run noToken
            = otadashCli({u"profile"_s, u"add"_s, u"NoToken"_s, u"--access-key-id"_s, u"STS.NUCliKey03"_s,
                          u"--region"_s, u"cn-shanghai"_s, u"--sts"_s},
                         "only-a-secret\n");
    QCOMPARE(noToken.exitCode, 1);
    QVERIFY(noToken.err.contains("SecurityToken"));
    QVERIFY(!m_profiles->profileByName(u"NoToken"_s));
}

void TestProfileCli::assumesARamRoleForEveryCommand()
{
    const Credentials source = OtaSimulator::demoCredentials();
    const QString endpoint = m_sim->endpoint().toString();
    const KeyringTest::Run add = otadashCli(
            {u"profile"_s, u"add"_s, u"Role"_s, u"--access-key-id"_s, source.accessKeyId, u"--endpoint"_s,
             endpoint, u"--ram-role-arn"_s, SimSts::demoRoleArn(), u"--role-session-name"_s, u"cli-test"_s,
             u"--duration"_s, u"900"_s, u"--sts-endpoint"_s, endpoint},
            (source.accessKeySecret + u'\n').toUtf8());
    QVERIFY2(add.exitCode == 0, qPrintable(print(add)));
    PROFILE_NAMED(profile, m_profiles, u"Role"_s);
    QVERIFY(profile.ramRole);
    QCOMPARE(profile.ramRole->roleArn, SimSts::demoRoleArn());
    QCOMPARE(profile.ramRole->sessionName, u"cli-test"_s);
    QCOMPARE(profile.ramRole->durationSecs, 900);
    QCOMPARE(profile.ramRole->stsEndpoint, m_sim->endpoint());
    // Only the source AccessKey's secret is kept; temporary credentials never reach the keychain.
    QCOMPARE(lookup(profile.id), source.accessKeySecret.toUtf8());
    QVERIFY(lookup(profile.id, u"token"_s).isEmpty());
    QVERIFY(otadashCli({u"profile"_s, u"list"_s}).out.contains(SimSts::demoRoleArn().toUtf8()));

    for (const QString &command : {u"query"_s, u"tasks"_s}) {
        const int before = m_sim->assumedRoleCount();
        const KeyringTest::Run run
                = otadashCli({command, u"--profile"_s, u"Role"_s, u"--job-id"_s, kSeedJobId});
        QVERIFY2(run.exitCode == 0, qPrintable(print(run)));
        QCOMPARE(m_sim->assumedRoleCount(), before + 1); // each process assumes the role for itself
    }

    // Usage errors name the option.
    const KeyringTest::Run shortLived = otadashCli(
            {u"profile"_s, u"add"_s, u"Short"_s, u"--access-key-id"_s, source.accessKeyId, u"--region"_s,
             u"cn-shanghai"_s, u"--ram-role-arn"_s, SimSts::demoRoleArn(), u"--duration"_s, u"60"_s},
            "secret\n");
    QCOMPARE(shortLived.exitCode, 1);
    QVERIFY2(shortLived.err.contains("between 900 and 43200 seconds"), shortLived.err.constData());
    const KeyringTest::Run orphan
            = otadashCli({u"profile"_s, u"add"_s, u"Orphan"_s, u"--access-key-id"_s, source.accessKeyId,
                          u"--region"_s, u"cn-shanghai"_s, u"--external-id"_s, u"x"_s},
                         "secret\n");
    QCOMPARE(orphan.exitCode, 1);
    QVERIFY(orphan.err.contains("--external-id needs --ram-role-arn"));
    const KeyringTest::Run both = otadashCli({u"profile"_s, u"add"_s, u"Both"_s, u"--access-key-id"_s,
                                              source.accessKeyId, u"--region"_s, u"cn-shanghai"_s, u"--sts"_s,
                                              u"--ram-role-arn"_s, SimSts::demoRoleArn()},
                                             "secret\ntoken\n");
    QCOMPARE(both.exitCode, 1);
    QVERIFY(!m_profiles->profileByName(u"Short"_s) && !m_profiles->profileByName(u"Orphan"_s)
            && !m_profiles->profileByName(u"Both"_s));
}

void TestProfileCli::explainsARoleThatCannotBeAssumed()
{
    const Credentials source = OtaSimulator::demoCredentials();
    const QString endpoint = m_sim->endpoint().toString();
    const KeyringTest::Run add
            = otadashCli({u"profile"_s, u"add"_s, u"Partner"_s, u"--access-key-id"_s, source.accessKeyId,
                          u"--endpoint"_s, endpoint, u"--ram-role-arn"_s, SimSts::partnerRoleArn(),
                          u"--external-id"_s, u"wrong-id"_s, u"--sts-endpoint"_s, endpoint},
                         (source.accessKeySecret + u'\n').toUtf8());
    QVERIFY2(add.exitCode == 0, qPrintable(print(add)));
    const KeyringTest::Run query
            = otadashCli({u"query"_s, u"--profile"_s, u"Partner"_s, u"--job-id"_s, kSeedJobId});
    QCOMPARE(query.exitCode, 2);
    QVERIFY2(query.err.contains(QByteArray("cannot assume role " + SimSts::partnerRoleArn().toUtf8())),
             query.err.constData());
    QVERIFY(query.err.contains("Code: NoPermission"));
    QVERIFY(query.err.contains("external ID"));
    QCOMPARE(m_sim->assumedRoleCount(), 0);
}

void TestProfileCli::letsOptionsOverrideTheProfile()
{
    m_sim->addAccessKey(u"LTAI5tCliKey0004"_s, u"override-secret"_s);
    // The profile points at a port where nothing listens; --endpoint on the command line wins.
    const KeyringTest::Run add
            = otadashCli({u"profile"_s, u"add"_s, u"Elsewhere"_s, u"--access-key-id"_s, u"LTAI5tCliKey0004"_s,
                          u"--endpoint"_s, u"http://127.0.0.1:9/"_s},
                         "override-secret\n");
    QCOMPARE(add.exitCode, 0);
    const KeyringTest::Run refused = otadashCli(
            {u"query"_s, u"--profile"_s, u"Elsewhere"_s, u"--job-id"_s, kSeedJobId, u"--timeout"_s, u"5"_s});
    QCOMPARE(refused.exitCode, 3);
    const KeyringTest::Run query = otadashCli({u"query"_s, u"--profile"_s, u"Elsewhere"_s, u"--endpoint"_s,
                                               m_sim->endpoint().toString(), u"--signature"_s, u"v1"_s,
                                               u"--job-id"_s, kSeedJobId});
    QVERIFY2(query.exitCode == 0, qPrintable(print(query)));
    const KeyringTest::Run demo = otadashCli(
            {u"query"_s, u"--profile"_s, u"Elsewhere"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId});
    QCOMPARE(demo.exitCode, 1);
}

void TestProfileCli::neverTakesASecretFromTheCommandLine()
{
    for (const QString &option : {u"--secret"_s, u"--access-key-secret"_s, u"--security-token"_s}) {
        const KeyringTest::Run add
                = otadashCli({u"profile"_s, u"add"_s, u"Leaky"_s, u"--access-key-id"_s, u"LTAI5tLeaky"_s,
                              u"--region"_s, u"cn-shanghai"_s, option, u"argv-secret"_s},
                             "stdin-secret\n");
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains("Unknown option"), add.err.constData());
    }
    QVERIFY(!m_profiles->profileByName(u"Leaky"_s));
}

void TestProfileCli::savesNothingWithoutASecret()
{
    const KeyringTest::Run add = otadashCli({u"profile"_s, u"add"_s, u"Empty"_s, u"--access-key-id"_s,
                                             u"LTAI5tEmpty"_s, u"--region"_s, u"cn-shanghai"_s},
                                            "\n");
    QCOMPARE(add.exitCode, 1);
    QVERIFY(add.err.contains("no AccessKey secret on standard input"));
    QVERIFY(!m_profiles->profileByName(u"Empty"_s));
    const KeyringTest::Run invalid = otadashCli({u"profile"_s, u"add"_s, u"Invalid"_s, u"--access-key-id"_s,
                                                 u"LTAI5tInvalid"_s, u"--region"_s, u"Not A Region"_s},
                                                "secret\n");
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY(invalid.err.contains("not a region ID"));
}

void TestProfileCli::importsTheAliyunConfig()
{
    const KeyringTest::Run import = otadashCli({u"profile"_s, u"import-aliyun"_s, u"--file"_s, kFixture});
    QVERIFY2(import.exitCode == 0, qPrintable(print(import)));
    QVERIFY(import.out.contains("imported  work (AK) as profile 'work'"));
    QVERIFY(import.out.contains("imported  temp (StsToken) as profile 'temp' (STS tokens expire"));
    QVERIFY(import.out.contains("imported  role (RamRoleArn) as profile 'role'"));
    QVERIFY(import.out.contains("skipped   ecs (EcsRamRole): "));
    QVERIFY(import.out.contains("skipped   future (QuantumKey): unknown mode 'QuantumKey'"));
    QCOMPARE(import.out.count("skipped   "), 15);
    QVERIFY(!import.out.contains("fixture-secret"));
    PROFILE_NAMED(work, m_profiles, u"work"_s);
    PROFILE_NAMED(temp, m_profiles, u"temp"_s);
    QCOMPARE(lookup(work.id), QByteArray("fixture-secret-work-AK"));
    QCOMPARE(lookup(temp.id, u"token"_s), QByteArray("fixture-token-temp-STS"));
    QFile settings(m_profiles->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("fixture-"));

    const KeyringTest::Run again = otadashCli({u"profile"_s, u"import-aliyun"_s, u"--file"_s, kFixture});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("updated   work (AK) in profile 'work'"));
    QCOMPARE(m_profiles->profiles().size(), 4);

    const KeyringTest::Run broken = otadashCli({u"profile"_s, u"import-aliyun"_s, u"--file"_s,
                                                QStringLiteral(OTA_TEST_DATA "/aliyun/malformed.json")});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.err.contains("not valid JSON"));
    QVERIFY(!broken.err.contains("fixture-secret"));
}

void TestProfileCli::importsFromTheDefaultPath()
{
    const QString path = QDir::homePath() + u"/.aliyun/config.json"_s;
    QVERIFY(QDir().mkpath(QDir::homePath() + u"/.aliyun"_s));
    QVERIFY(QFile::copy(kFixture, path));
    const KeyringTest::Run import = otadashCli({u"profile"_s, u"import-aliyun"_s});
    QFile::remove(path); // the aliyun CLI's own plaintext file must not spoil the sentinel search
    QVERIFY2(import.exitCode == 0, qPrintable(print(import)));
    QVERIFY(import.out.contains("imported  work (AK)"));
    const KeyringTest::Run missing = otadashCli({u"profile"_s, u"import-aliyun"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("cannot read"));
}

void TestProfileCli::offersTheEnvironmentProfileReadOnly()
{
    const Credentials demo = OtaSimulator::demoCredentials();
    const QMap<QString, QString> env {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, demo.accessKeyId},
                                      {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, demo.accessKeySecret}};
    const KeyringTest::Run list = otadashCli({u"profile"_s, u"list"_s}, {}, env);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("Environment (environment, read-only)"));
    QVERIFY(!list.out.contains(demo.accessKeySecret.toUtf8()));
    const KeyringTest::Run query = otadashCli({u"query"_s, u"--profile"_s, u"Environment"_s, u"--endpoint"_s,
                                               m_sim->endpoint().toString(), u"--job-id"_s, kSeedJobId},
                                              {}, env);
    QVERIFY2(query.exitCode == 0, qPrintable(print(query)));
    QCOMPARE(otadashCli({u"profile"_s, u"remove"_s, u"Environment"_s}, {}, env).exitCode, 1);
    const KeyringTest::Run add = otadashCli({u"profile"_s, u"add"_s, u"environment"_s, u"--access-key-id"_s,
                                             u"LTAI5tX"_s, u"--region"_s, u"cn-shanghai"_s},
                                            "s\n");
    QCOMPARE(add.exitCode, 1);
    QVERIFY(add.err.contains("reserved"));
    QCOMPARE(otadashCli({u"query"_s, u"--profile"_s, u"Environment"_s, u"--job-id"_s, kSeedJobId}).exitCode,
             1);
}

void TestProfileCli::marksTheLastUsedProfile()
{
    QCOMPARE(otadashCli({u"profile"_s, u"add"_s, u"Marked"_s, u"--access-key-id"_s, u"LTAI5tMarked"_s,
                         u"--region"_s, u"cn-shanghai"_s},
                        "marked-secret\n")
                     .exitCode,
             0);
    PROFILE_NAMED(marked, m_profiles, u"Marked"_s);
    m_profiles->setLastUsedId(marked.id);
    QVERIFY(otadashCli({u"profile"_s, u"list"_s}).out.contains("* Marked"));
}

void TestProfileCli::rejectsUnknownProfilesAndSubcommands()
{
    const KeyringTest::Run query
            = otadashCli({u"query"_s, u"--profile"_s, u"Nope"_s, u"--job-id"_s, kSeedJobId});
    QCOMPARE(query.exitCode, 1);
    QVERIFY(query.err.contains("no profile named 'Nope'"));
    QCOMPARE(otadashCli({u"profile"_s, u"remove"_s, u"Nope"_s}).exitCode, 1);
    QCOMPARE(otadashCli({u"profile"_s, u"frobnicate"_s}).exitCode, 1);
    const KeyringTest::Run bare = otadashCli({u"profile"_s});
    QCOMPARE(bare.exitCode, 1);
    QVERIFY(bare.err.contains("import-aliyun"));
    const KeyringTest::Run help = otadashCli({u"profile"_s, u"add"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--access-key-id"));
    QVERIFY(otadashCli({u"query"_s, u"--help"_s}).out.contains("--profile"));
}

void TestProfileCli::leavesTheSentinelSecretNowhereOnDisk()
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QString secret = u"SentinelSecret"_s + id;
    const QString token = u"SentinelToken"_s + id;
    m_sim->addAccessKey(u"STS.NUSentinelKey"_s, secret, token);
    // Every log category of ours at debug level: a secret in any log line would show in the captured output.
    const QMap<QString, QString> verbose {{u"QT_LOGGING_RULES"_s, u"otadash.*.debug=true"_s}};
    QList<KeyringTest::Run> runs;
    const QStringList add {u"profile"_s,
                           u"add"_s,
                           u"Sentinel"_s,
                           u"--access-key-id"_s,
                           u"STS.NUSentinelKey"_s,
                           u"--endpoint"_s,
                           m_sim->endpoint().toString(),
                           u"--sts"_s};
    runs.append(otadashCli(add, (secret + u'\n' + token + u'\n').toUtf8(), verbose));
    QVERIFY2(runs.last().exitCode == 0, qPrintable(print(runs.last())));
    runs.append(otadashCli({u"profile"_s, u"list"_s}, {}, verbose));
    const QStringList query {u"query"_s, u"--profile"_s, u"Sentinel"_s, u"--job-id"_s, kSeedJobId};
    runs.append(otadashCli(query, {}, verbose));
    QCOMPARE(runs.last().exitCode, 0);
    runs.append(otadashCli(query + QStringList {u"--output"_s, u"text"_s}, {}, verbose));
    runs.append(otadashCli(query + QStringList {u"--format"_s, u"xml"_s, u"--signature"_s, u"v1"_s}, {},
                           verbose));
    // A failing call too: error paths print the most.
    runs.append(otadashCli({u"query"_s, u"--profile"_s, u"Sentinel"_s, u"--job-id"_s, u"NoSuchBatch0001"_s},
                           {}, verbose));
    QCOMPARE(runs.last().exitCode, 2);

    // "Export": what a user would save of it, into HOME and TMPDIR.
    QVERIFY(QDir().mkpath(QDir::homePath() + u"/export"_s));
    int n = 0;
    for (const KeyringTest::Run &run : std::as_const(runs)) {
        for (const QString &dir : QStringList {QDir::homePath() + u"/export"_s, QDir::tempPath()}) {
            QFile out(dir + u"/run-%1.out"_s.arg(n));
            QFile err(dir + u"/run-%1.err"_s.arg(n));
            QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
            out.write(run.out);
            err.write(run.err);
        }
        ++n;
        for (const QByteArray &form : KeyringTest::encodings(secret) + KeyringTest::encodings(token)) {
            QVERIFY2(!run.out.contains(form), "a secret in stdout");
            QVERIFY2(!run.err.contains(form), "a secret in stderr");
        }
    }
    for (const QString &argument : add + query)
        QVERIFY(!argument.contains(secret) && !argument.contains(token)); // command lines

    // The search itself must be able to see a planted copy.
    const QString planted = QDir::tempPath() + u"/planted.bin"_s;
    {
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("xx" + secret.toUtf8() + "yy");
    }
    QCOMPARE(KeyringTest::filesContaining(KeyringTest::root(), {secret}), QStringList {planted});
    QVERIFY(QFile::remove(planted));

    // The keychain does hold both, as the Secret Service gives them back...
    PROFILE_NAMED(profile, m_profiles, u"Sentinel"_s);
    QCOMPARE(lookup(profile.id), secret.toUtf8());
    QCOMPARE(lookup(profile.id, u"token"_s), token.toUtf8());
    // ...and no file below the test root (HOME with its XDG dirs and the keyring, TMPDIR, XDG_RUNTIME_DIR,
    // the keyring daemon's log) holds them in any form: not even the keyring file, which is encrypted.
    const QStringList files = KeyringTest::filesBelow(KeyringTest::root());
    const QString keyring = QDir::homePath() + u"/.local/share/keyrings/login.keyring"_s;
    QVERIFY(files.contains(keyring));
    QVERIFY(files.contains(m_profiles->fileName()));
    qInfo("sentinel search: %d files below %s", int(files.size()), qPrintable(KeyringTest::root()));
    for (const QString &file : files)
        qInfo("  scanned %s (%lld bytes)", qPrintable(QDir(KeyringTest::root()).relativeFilePath(file)),
              QFileInfo(file).size());
    const QStringList hits = KeyringTest::filesContaining(KeyringTest::root(), {secret, token});
    qInfo("sentinel search: %d files contain the secret or the token", int(hits.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
}

void TestProfileCli::sendsNoWriteWithAReadOnlyProfile()
{
    m_sim->addAccessKey(u"LTAI5tReadOnly001"_s, u"read-only-secret"_s);
    const KeyringTest::Run add
            = otadashCli({u"profile"_s, u"add"_s, u"Auditor"_s, u"--access-key-id"_s, u"LTAI5tReadOnly001"_s,
                          u"--endpoint"_s, m_sim->endpoint().toString(), u"--read-only"_s},
                         "read-only-secret\n");
    QVERIFY2(add.exitCode == 0, qPrintable(print(add)));
    PROFILE_NAMED(profile, m_profiles, u"Auditor"_s);
    QVERIFY(profile.readOnly);
    QString jobId;
    for (const QString &id : m_sim->fleet().generatedJobIds()) {
        if (jobId.isEmpty() && id != SimFleet::liveJobId() && m_sim->fleet().taskCount(id, u"FAILED"_s) > 0)
            jobId = id;
    }
    const QStringList retry {u"retry"_s, u"--profile"_s, u"Auditor"_s, u"--job-id"_s,
                             jobId,      u"--status"_s,  u"FAILED"_s};
    // Saying what would be sent only reads: allowed.
    const KeyringTest::Run dryRun = otadashCli(retry);
    QVERIFY2(dryRun.exitCode == 0, qPrintable(print(dryRun)));
    QVERIFY(dryRun.out.contains("Nothing was sent."));
    const KeyringTest::Run sent = otadashCli(retry + QStringList {u"--yes"_s});
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(sent.err.contains("the profile 'Auditor' is read-only: it sends no write action"),
             qPrintable(print(sent)));
    QVERIFY(m_sim->writesReceived().isEmpty());
    QVERIFY(m_sim->acceptedCount() > 0); // the dry run did read
}

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
