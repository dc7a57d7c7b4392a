#include "KeyringTest.h"
#include "auth/KeychainCredentialStore.h"

#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Completion
{
    int count = 0;
    CredentialResult result;
};

// The job's completion, after making sure no second one follows and the job deleted itself.
Completion await(CredentialJob *job)
{
    auto completion = std::make_shared<Completion>();
    QPointer<CredentialJob> alive(job);
    QObject::connect(job, &CredentialJob::finished, job, [completion](const CredentialResult &result) {
        ++completion->count;
        completion->result = result;
    });
    if (!QTest::qWaitFor([completion] { return completion->count > 0; }, 30000))
        return {};
    // A second completion, or a job outliving its completion, is an event already posted by now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (alive)
        completion->count = -1;
    return *completion;
}

KeyringTest::Run probe(const QStringList &arguments, const QByteArray &input = {})
{
    return KeyringTest::run(QStringLiteral(KEYCHAIN_PROBE_BIN), arguments, input);
}
} // namespace

// KeychainCredentialStore against a real Secret Service (gnome-keyring in a private D-Bus session, started by
// run-with-keyring.sh): round trip, overwrite, delete, two processes, and what secret-tool sees.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrips();
    void keepsSecretAndTokenApart();
    void overwrites();
    void deletes();
    void readsAndWritesStsCredentials();
    void completesExactlyOncePerCall();
    void persistsAcrossProcesses();
    void secretToolSeesTheEntry();
    void keepsNoPlaintextCopy();

private:
    KeychainCredentialStore m_store;
};

void TestKeychainCredentialStore::initTestCase()
{
    if (!KeyringTest::insideRunner())
        QSKIP("runs only inside tests/support/run-with-keyring.sh (it would use your own keyring otherwise)");
    QCOMPARE(KeyringTest::mode(), u"unlocked"_s);
    QVERIFY(QDir::homePath().startsWith(KeyringTest::root()));
    m_store.setTimeout(30000);
}

void TestKeychainCredentialStore::roundTrips()
{
    const QString id = Profile::newId();
    const Completion write = await(m_store.write(id, SecretKind::AccessKeySecret, u"round-trip-Secret-1"_s));
    QCOMPARE(write.count, 1);
    QVERIFY2(write.result.ok(), qPrintable(write.result.error ? write.result.error->message() : QString()));
    const Completion read = await(m_store.read(id, SecretKind::AccessKeySecret));
    QCOMPARE(read.count, 1);
    QVERIFY(read.result.ok());
    QCOMPARE(read.result.value, u"round-trip-Secret-1"_s);
}

void TestKeychainCredentialStore::keepsSecretAndTokenApart()
{
    const QString id = Profile::newId();
    await(m_store.write(id, SecretKind::AccessKeySecret, u"apart-secret"_s));
    const Completion token = await(m_store.read(id, SecretKind::SecurityToken));
    QCOMPARE(token.result.error->kind, CredentialError::Kind::NotFound);
    await(m_store.write(id, SecretKind::SecurityToken, u"apart-token"_s));
    QCOMPARE(await(m_store.read(id, SecretKind::SecurityToken)).result.value, u"apart-token"_s);
    QCOMPARE(await(m_store.read(id, SecretKind::AccessKeySecret)).result.value, u"apart-secret"_s);
    // Another profile's entries are not this one's.
    QCOMPARE(await(m_store.read(Profile::newId(), SecretKind::AccessKeySecret)).result.error->kind,
             CredentialError::Kind::NotFound);
}

void TestKeychainCredentialStore::overwrites()
{
    const QString id = Profile::newId();
    QVERIFY(await(m_store.write(id, SecretKind::AccessKeySecret, u"first"_s)).result.ok());
    QVERIFY(await(m_store.write(id, SecretKind::AccessKeySecret, u"second"_s)).result.ok());
    QCOMPARE(await(m_store.read(id, SecretKind::AccessKeySecret)).result.value, u"second"_s);
    // One item, not two: secret-tool finds exactly one for the key.
    const KeyringTest::Run search = KeyringTest::run(
            u"secret-tool"_s,
            {u"search"_s, u"--all"_s, u"server"_s, u"OtaDash"_s, u"user"_s, id + u"/secret"_s});
    QCOMPARE(search.out.count("secret = "), 1);
}

void TestKeychainCredentialStore::deletes()
{
    const QString id = Profile::newId();
    await(m_store.write(id, SecretKind::AccessKeySecret, u"to-delete"_s));
    const Completion removed = await(m_store.remove(id, SecretKind::AccessKeySecret));
    QCOMPARE(removed.count, 1);
    QVERIFY(removed.result.ok());
    const Completion read = await(m_store.read(id, SecretKind::AccessKeySecret));
    QCOMPARE(read.result.error->kind, CredentialError::Kind::NotFound);
    QVERIFY(read.result.error->message().contains(u"no secret"));
    // Removing again is fine.
    QVERIFY(await(m_store.remove(id, SecretKind::AccessKeySecret)).result.ok());
    const KeyringTest::Run lookup = KeyringTest::run(
            u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"OtaDash"_s, u"user"_s, id + u"/secret"_s});
    QVERIFY(lookup.out.isEmpty());
}

void TestKeychainCredentialStore::readsAndWritesStsCredentials()
{
    Profile profile;
    profile.id = Profile::newId();
    profile.accessKeyId = u"STS.NUKeychainKey"_s;
    profile.sts = true;
    QVERIFY(await(m_store.writeCredentials(profile, {profile.accessKeyId, u"sts-sec"_s, u"sts-tok"_s}))
                    .result.ok());
    const Completion read = await(m_store.readCredentials(profile));
    QCOMPARE(read.count, 1);
    QCOMPARE(read.result.credentials.accessKeySecret, u"sts-sec"_s);
    QCOMPARE(read.result.credentials.securityToken, u"sts-tok"_s);
    QVERIFY(await(m_store.removeCredentials(profile.id)).result.ok());
    QCOMPARE(await(m_store.readCredentials(profile)).result.error->kind, CredentialError::Kind::NotFound);
}

void TestKeychainCredentialStore::completesExactlyOncePerCall()
{
    const QString id = Profile::newId();
    Profile profile;
    profile.id = id;
    profile.sts = true;
    // Successes and errors (NotFound) alike.
    QCOMPARE(await(m_store.read(id, SecretKind::AccessKeySecret)).count, 1);
    QCOMPARE(await(m_store.readCredentials(profile)).count, 1);
    QCOMPARE(await(m_store.write(id, SecretKind::AccessKeySecret, u"x"_s)).count, 1);
    QCOMPARE(await(m_store.readCredentials(profile)).count, 1); // the token is missing
    QCOMPARE(await(m_store.writeCredentials(profile, {u"k"_s, u"x"_s, u"y"_s})).count, 1);
    QCOMPARE(await(m_store.remove(id, SecretKind::SecurityToken)).count, 1);
    QCOMPARE(await(m_store.removeCredentials(id)).count, 1);
}

void TestKeychainCredentialStore::persistsAcrossProcesses()
{
    // Written by one process, read by another: the same keyring, not a per-process cache.
    const QString id = Profile::newId();
    QCOMPARE(probe({u"write"_s, id}, "cross-process-secret\n").exitCode, 0);
    const KeyringTest::Run read = probe({u"read"_s, id});
    QCOMPARE(read.exitCode, 0);
    QCOMPARE(read.out, QByteArray("cross-process-secret\n"));
    // And between this process and a probe, both ways.
    QCOMPARE(await(m_store.read(id, SecretKind::AccessKeySecret)).result.value, u"cross-process-secret"_s);
    QVERIFY(await(m_store.write(id, SecretKind::SecurityToken, u"from-the-test"_s)).result.ok());
    QCOMPARE(probe({u"read"_s, id, u"token"_s}).out, QByteArray("from-the-test\n"));
    QCOMPARE(probe({u"remove"_s, id}).exitCode, 0);
    const KeyringTest::Run gone = probe({u"read"_s, id});
    QCOMPARE(gone.exitCode, 4);
    QVERIFY(gone.err.contains("error NotFound"));
}

void TestKeychainCredentialStore::secretToolSeesTheEntry()
{
    const QString id = Profile::newId();
    await(m_store.write(id, SecretKind::AccessKeySecret, u"visible-to-secret-tool"_s));
    const KeyringTest::Run search = KeyringTest::run(
            u"secret-tool"_s,
            {u"search"_s, u"--all"_s, u"server"_s, u"OtaDash"_s, u"user"_s, id + u"/secret"_s});
    QCOMPARE(search.exitCode, 0);
    const QByteArray text = search.out + search.err;
    QVERIFY2(text.contains("secret = visible-to-secret-tool"), text.constData());
    QVERIFY(text.contains("attribute.server = OtaDash"));
    QVERIFY(text.contains((u"attribute.user = "_s + id + u"/secret"_s).toUtf8()));
    QVERIFY(text.contains("schema = org.qt.keychain"));
    const KeyringTest::Run lookup = KeyringTest::run(
            u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"OtaDash"_s, u"user"_s, id + u"/secret"_s});
    QCOMPARE(lookup.out, QByteArray("visible-to-secret-tool"));
}

void TestKeychainCredentialStore::keepsNoPlaintextCopy()
{
    const QString secret = u"plaintext-hunt-" + Profile::newId();
    const QString id = Profile::newId();
    QVERIFY(await(m_store.write(id, SecretKind::AccessKeySecret, secret)).result.ok());
    // gnome-keyring writes the keyring file when the item is created; the file is encrypted.
    const QString keyrings = QDir::homePath() + u"/.local/share/keyrings"_s;
    QTRY_VERIFY(QFile::exists(keyrings + u"/login.keyring"_s));
    const QStringList hits = KeyringTest::filesContaining(KeyringTest::root(), {secret});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
    QCOMPARE(await(m_store.read(id, SecretKind::AccessKeySecret)).result.value, secret);
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
