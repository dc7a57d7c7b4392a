#include "KeyringTest.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString kFixture = QStringLiteral(OTA_TEST_DATA "/aliyun/config.json");

KeyringTest::Run otadashCli(const QStringList &arguments, const QByteArray &input = {},
                            QMap<QString, QString> env = {})
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ALIBABA_CLOUD_ACCESS_KEY_ID",
                             "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"}) {
        if (!env.contains(QString::fromLatin1(name)))
            env.insert(QString::fromLatin1(name), QString());
    }
    return KeyringTest::run(QStringLiteral(OTADASH_CLI_BIN), arguments, input, env);
}

CredentialResult await(CredentialJob *job)
{
    auto result = std::make_shared<std::optional<CredentialResult>>();
    auto count = std::make_shared<int>(0);
    QObject::connect(job, &CredentialJob::finished, job, [result, count](const CredentialResult &r) {
        ++*count;
        *result = r;
    });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, 30000))
        return {};
    // A second completion, or a job outliving its completion, is an event already posted by now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (*count != 1)
        return {};
    return **result;
}

// The files whose presence a failed command must not change: everything but the keyring daemon's own.
QStringList ourFiles()
{
    QStringList files = KeyringTest::filesBelow(KeyringTest::root());
    files.removeIf([](const QString &path) {
        return path.contains(u"/.local/share/keyrings/") || path.endsWith(u"/gnome-keyring.log");
    });
    return files;
}
} // namespace

// The keychain when it cannot be used: no D-Bus session, a locked keyring, a Secret Service without a
// keyring. Each gives its own error kind and message, the CLI exits with 4, and nothing is written in place
// of the secret. run-with-keyring.sh sets the mode (OTADASH_KEYRING_MODE).
class TestKeychainUnusable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storeReportsTheSpecificKind();
    void addExitsWith4AndWritesNothing();
    void queryWithAProfileExitsWith4();
    void removeKeepsTheProfileUnlessForced();
    void importExitsWith4AndSavesNoProfile();
    void withoutAnyBusAddressTooExitsWith4();

private:
    CredentialError::Kind expectedKind() const;
    QString expectedTitle() const;
    Profile storedProfile();

    std::unique_ptr<ProfileStore> m_profiles;
};

void TestKeychainUnusable::initTestCase()
{
    if (!KeyringTest::insideRunner())
        QSKIP("runs only inside tests/support/run-with-keyring.sh");
    QVERIFY2(KeyringTest::mode() == u"no-dbus" || KeyringTest::mode() == u"locked"
                     || KeyringTest::mode() == u"no-keyring",
             qPrintable(KeyringTest::mode()));
    QCoreApplication::setOrganizationName(u"OtaDash"_s);
    QCoreApplication::setApplicationName(u"otadash"_s);
}

void TestKeychainUnusable::init()
{
    m_profiles = std::make_unique<ProfileStore>();
    QVERIFY(m_profiles->fileName().startsWith(KeyringTest::root()));
}

void TestKeychainUnusable::cleanup()
{
    const QString file = m_profiles->fileName();
    m_profiles.reset();
    QFile::remove(file);
}

CredentialError::Kind TestKeychainUnusable::expectedKind() const
{
    return KeyringTest::mode() == u"locked" ? CredentialError::Kind::Locked
                                            : CredentialError::Kind::NoSecretService;
}

QString TestKeychainUnusable::expectedTitle() const
{
    return CredentialError {expectedKind(), 0, {}}.title();
}

Profile TestKeychainUnusable::storedProfile()
{
    // Saved earlier, when the keychain was still fine: now its secret cannot be reached.
    Profile profile;
    profile.name = u"Stored"_s;
    profile.regionId = u"cn-shanghai"_s;
    profile.accessKeyId = u"LTAI5tStoredKey"_s;
    return *m_profiles->add(profile).profile;
}

void TestKeychainUnusable::storeReportsTheSpecificKind()
{
    KeychainCredentialStore store;
    store.setTimeout(30000);
    const QString id = Profile::newId();
    const CredentialResult write = await(store.write(id, SecretKind::AccessKeySecret, u"unusable-secret"_s));
    QVERIFY(write.error);
    QCOMPARE(CredentialError::kindName(write.error->kind), CredentialError::kindName(expectedKind()));
    QVERIFY(!write.error->backendText.isEmpty());
    qInfo("%s: write -> %s, QtKeychain %d \"%s\"", qPrintable(KeyringTest::mode()),
          qPrintable(CredentialError::kindName(write.error->kind)), write.error->backendCode,
          qPrintable(write.error->backendText));
    if (KeyringTest::mode() == u"no-dbus")
        QVERIFY(write.error->backendText.contains(u"Could not connect"));
    if (KeyringTest::mode() == u"locked")
        QVERIFY(write.error->backendText.contains(u"locked collection"));
    if (KeyringTest::mode() == u"no-keyring")
        QVERIFY(write.error->backendText.contains(u"Object does not exist"));

    if (KeyringTest::mode() != u"no-keyring") {
        // A read is no "not found" here: the keyring is unreachable or locked, and the user is told so.
        const CredentialResult read = await(store.read(id, SecretKind::AccessKeySecret));
        QVERIFY(read.error);
        QCOMPARE(CredentialError::kindName(read.error->kind), CredentialError::kindName(expectedKind()));
        const CredentialResult remove = await(store.remove(id, SecretKind::AccessKeySecret));
        QVERIFY(remove.error);
        QCOMPARE(CredentialError::kindName(remove.error->kind), CredentialError::kindName(expectedKind()));
    }
}

void TestKeychainUnusable::addExitsWith4AndWritesNothing()
{
    const QString sentinel = u"UnusableSentinel"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QStringList before = ourFiles();
    const KeyringTest::Run add = otadashCli({u"profile"_s, u"add"_s, u"Fresh"_s, u"--access-key-id"_s,
                                             u"LTAI5tFreshKey"_s, u"--region"_s, u"cn-shanghai"_s},
                                            sentinel.toUtf8() + '\n');
    QCOMPARE(add.exitCode, 4);
    const QString err = QString::fromUtf8(add.err);
    qInfo("%s: otadash-cli profile add -> exit 4, stderr:\n%s", qPrintable(KeyringTest::mode()),
          qPrintable(err));
    QVERIFY2(err.contains(u"cannot store the secret: "_s + expectedTitle()), qPrintable(err));
    QVERIFY(err.contains(CredentialError {expectedKind(), 0, {}}.message()));
    QVERIFY(err.contains(u"Nothing was saved."));
    QVERIFY(add.out.isEmpty());
    QVERIFY(!err.contains(sentinel));
    // Nothing written: no settings file, no new file at all, and the secret in no file.
    QVERIFY(!QFile::exists(m_profiles->fileName()));
    QCOMPARE(ourFiles(), before);
    QVERIFY(m_profiles->profiles().isEmpty());
    const QStringList hits = KeyringTest::filesContaining(KeyringTest::root(), {sentinel});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
}

void TestKeychainUnusable::queryWithAProfileExitsWith4()
{
    storedProfile();
    const KeyringTest::Run query = otadashCli(
            {u"query"_s, u"--profile"_s, u"Stored"_s, u"--job-id"_s, u"HvKuBpuk3rdk6E92CP0200"_s});
    if (KeyringTest::mode() == u"no-keyring") {
        // The on-demand Secret Service answers, but holds nothing for this profile.
        QCOMPARE(query.exitCode, 4);
        QVERIFY2(query.err.contains("Secret not found"), query.err.constData());
        return;
    }
    QCOMPARE(query.exitCode, 4);
    QVERIFY2(QString::fromUtf8(query.err).contains(u"cannot read the secret of profile 'Stored': "_s
                                                   + expectedTitle()),
             query.err.constData());
    QVERIFY(query.out.isEmpty());
}

void TestKeychainUnusable::removeKeepsTheProfileUnlessForced()
{
    if (KeyringTest::mode() == u"no-keyring")
        QFAIL("registered for the modes with a keyring only: an on-demand Secret Service without one has "
              "nothing to remove");
    storedProfile();
    const KeyringTest::Run remove = otadashCli({u"profile"_s, u"remove"_s, u"Stored"_s});
    QCOMPARE(remove.exitCode, 4);
    QVERIFY(QString::fromUtf8(remove.err).contains(expectedTitle()));
    QVERIFY(remove.err.contains("--force"));
    QVERIFY(m_profiles->profileByName(u"Stored"_s));
    const KeyringTest::Run forced = otadashCli({u"profile"_s, u"remove"_s, u"Stored"_s, u"--force"_s});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(forced.err.contains("warning: the keychain entries of 'Stored' stay"));
    QVERIFY(!m_profiles->profileByName(u"Stored"_s));
}

void TestKeychainUnusable::importExitsWith4AndSavesNoProfile()
{
    const QStringList before = ourFiles();
    const KeyringTest::Run import = otadashCli({u"profile"_s, u"import-aliyun"_s, u"--file"_s, kFixture});
    QCOMPARE(import.exitCode, 4);
    QVERIFY(QString::fromUtf8(import.err).contains(expectedTitle()));
    QVERIFY(import.err.contains("The remaining profiles were not imported."));
    QVERIFY(!QFile::exists(m_profiles->fileName()));
    QCOMPARE(ourFiles(), before);
    const QStringList hits = KeyringTest::filesContaining(
            KeyringTest::root(), {u"fixture-secret-work-AK"_s, u"fixture-secret-temp-STS"_s});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
}

void TestKeychainUnusable::withoutAnyBusAddressTooExitsWith4()
{
    if (KeyringTest::mode() != u"no-dbus")
        QFAIL("registered for the no-dbus mode only");
    // No address at all and no DISPLAY: D-Bus cannot even be autolaunched.
    const KeyringTest::Run add = otadashCli({u"profile"_s, u"add"_s, u"Fresh"_s, u"--access-key-id"_s,
                                             u"LTAI5tFreshKey"_s, u"--region"_s, u"cn-shanghai"_s},
                                            "no-bus-secret\n", {{u"DBUS_SESSION_BUS_ADDRESS"_s, QString()}});
    QCOMPARE(add.exitCode, 4);
    qInfo("no D-Bus address: %s", add.err.constData());
    QVERIFY2(add.err.contains("No keychain available"), add.err.constData());
    QVERIFY(!QFile::exists(m_profiles->fileName()));
}

QTEST_GUILESS_MAIN(TestKeychainUnusable)
#include "tst_keychainunusable.moc"
