#include "auth/MemoryCredentialStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "util/ManualClock.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
using Call = std::function<CredentialJob *(CredentialStore &)>;

Profile stsProfile()
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = u"sts"_s;
    profile.accessKeyId = u"STS.NUKey"_s;
    profile.sts = true;
    return profile;
}

// Waits for the job's completion and then a while longer, counting every completion it emits.
struct Completion
{
    int count = 0;
    CredentialResult result;
};

Completion await(CredentialJob *job)
{
    auto completion = std::make_shared<Completion>();
    QPointer<CredentialJob> alive(job);
    QObject::connect(job, &CredentialJob::finished, job, [completion](const CredentialResult &result) {
        ++completion->count;
        completion->result = result;
    });
    if (!QTest::qWaitFor([completion] { return completion->count > 0; }, 5000))
        return {}; // count 0: the caller's check fails
    // Any second completion, or a job that outlives its completion, is an event already posted by now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (alive)
        completion->count = -1; // the job must delete itself
    return *completion;
}
} // namespace

// The in-memory store and the contract every CredentialStore keeps: asynchronous, exactly one completion per
// call, errors as values.
class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsSecretAndToken();
    void overwrites();
    void removesAndThenFindsNothing();
    void removingAMissingEntrySucceeds();
    void completesExactlyOncePerCall_data();
    void completesExactlyOncePerCall();
    void neverCompletesInsideTheCall();
    void readsStsCredentialsTogether();
    void writeCredentialsDropsAStaleToken();
    void removeCredentialsRemovesBoth();
    void aFailingStoreFailsEveryCall();
    void timesOutOnceAndIgnoresTheLateAnswer();
    void sessionOnlyProfilesStayInMemory();
    void streamsResultsWithoutSecrets();
};

void TestMemoryCredentialStore::roundTripsSecretAndToken()
{
    MemoryCredentialStore store;
    QVERIFY(await(store.write(u"p1"_s, SecretKind::AccessKeySecret, u"secret-1"_s)).result.ok());
    QVERIFY(await(store.write(u"p1"_s, SecretKind::SecurityToken, u"token-1"_s)).result.ok());
    const Completion secret = await(store.read(u"p1"_s, SecretKind::AccessKeySecret));
    QCOMPARE(secret.count, 1);
    QCOMPARE(secret.result.value, u"secret-1"_s);
    QCOMPARE(secret.result.profileId, u"p1"_s);
    QCOMPARE(secret.result.operation, CredentialResult::Operation::Read);
    QCOMPARE(await(store.read(u"p1"_s, SecretKind::SecurityToken)).result.value, u"token-1"_s);
    QVERIFY(store.contains(u"p1"_s, SecretKind::AccessKeySecret));
    QCOMPARE(store.size(), 2);
}

void TestMemoryCredentialStore::overwrites()
{
    MemoryCredentialStore store;
    await(store.write(u"p1"_s, SecretKind::AccessKeySecret, u"old"_s));
    await(store.write(u"p1"_s, SecretKind::AccessKeySecret, u"new"_s));
    QCOMPARE(await(store.read(u"p1"_s, SecretKind::AccessKeySecret)).result.value, u"new"_s);
    QCOMPARE(store.size(), 1);
}

void TestMemoryCredentialStore::removesAndThenFindsNothing()
{
    MemoryCredentialStore store;
    await(store.write(u"p1"_s, SecretKind::AccessKeySecret, u"s"_s));
    QVERIFY(await(store.remove(u"p1"_s, SecretKind::AccessKeySecret)).result.ok());
    const Completion read = await(store.read(u"p1"_s, SecretKind::AccessKeySecret));
    QVERIFY(!read.result.ok());
    QCOMPARE(read.result.error->kind, CredentialError::Kind::NotFound);
    QVERIFY(read.result.value.isEmpty());
}

void TestMemoryCredentialStore::removingAMissingEntrySucceeds()
{
    MemoryCredentialStore store;
    QVERIFY(await(store.remove(u"nobody"_s, SecretKind::SecurityToken)).result.ok());
}

void TestMemoryCredentialStore::completesExactlyOncePerCall_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<bool>("failing");
    const Profile profile = stsProfile();
    const QList<QPair<const char *, Call>> calls {
            {"read",
             [](CredentialStore &s) {
                 return s.read(u"p"_s, SecretKind::AccessKeySecret);
             }},
            {"read-missing",
             [](CredentialStore &s) {
                 return s.read(u"none"_s, SecretKind::SecurityToken);
             }},
            {"write",
             [](CredentialStore &s) {
                 return s.write(u"p"_s, SecretKind::AccessKeySecret, u"v"_s);
             }},
            {"remove",
             [](CredentialStore &s) {
                 return s.remove(u"p"_s, SecretKind::AccessKeySecret);
             }},
            {"readCredentials",
             [profile](CredentialStore &s) {
                 return s.readCredentials(profile);
             }},
            {"writeCredentials",
             [profile](CredentialStore &s) {
                 return s.writeCredentials(profile, {profile.accessKeyId, u"s"_s, u"t"_s});
             }},
            {"removeCredentials",
             [profile](CredentialStore &s) {
                 return s.removeCredentials(profile.id);
             }},
    };
    for (const auto &[name, call] : calls) {
        QTest::addRow("%s-ok", name) << call << false;
        QTest::addRow("%s-error", name) << call << true;
    }
}

void TestMemoryCredentialStore::completesExactlyOncePerCall()
{
    QFETCH(Call, call);
    QFETCH(bool, failing);
    MemoryCredentialStore store;
    await(store.write(u"p"_s, SecretKind::AccessKeySecret, u"v"_s));
    if (failing)
        store.setFailure(CredentialError {CredentialError::Kind::Locked, 4, u"locked"_s});
    const Completion completion = await(call(store));
    QCOMPARE(completion.count, 1);
    if (failing)
        QCOMPARE(completion.result.error->kind, CredentialError::Kind::Locked);
    else
        QVERIFY(completion.result.ok() || completion.result.error->kind == CredentialError::Kind::NotFound);
}

void TestMemoryCredentialStore::neverCompletesInsideTheCall()
{
    MemoryCredentialStore store;
    CredentialJob *job = store.write(u"p"_s, SecretKind::AccessKeySecret, u"v"_s);
    QVERIFY(job);
    QSignalSpy spy(job, &CredentialJob::finished);
    QCOMPARE(spy.count(), 0); // a caller connecting right after the call still gets the completion
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
}

void TestMemoryCredentialStore::readsStsCredentialsTogether()
{
    MemoryCredentialStore store;
    const Profile profile = stsProfile();
    QVERIFY(await(store.writeCredentials(profile, {profile.accessKeyId, u"sec"_s, u"tok"_s})).result.ok());
    const Completion read = await(store.readCredentials(profile));
    QCOMPARE(read.count, 1);
    QCOMPARE(read.result.credentials.accessKeyId, u"STS.NUKey"_s);
    QCOMPARE(read.result.credentials.accessKeySecret, u"sec"_s);
    QCOMPARE(read.result.credentials.securityToken, u"tok"_s);

    await(store.remove(profile.id, SecretKind::SecurityToken));
    const Completion missing = await(store.readCredentials(profile));
    QCOMPARE(missing.count, 1);
    QCOMPARE(missing.result.error->kind, CredentialError::Kind::NotFound);
    QVERIFY(missing.result.credentials.accessKeySecret.isEmpty()); // no half result with an error
}

void TestMemoryCredentialStore::writeCredentialsDropsAStaleToken()
{
    MemoryCredentialStore store;
    Profile profile = stsProfile();
    await(store.writeCredentials(profile, {profile.accessKeyId, u"sec"_s, u"tok"_s}));
    profile.sts = false;
    await(store.writeCredentials(profile, {profile.accessKeyId, u"sec2"_s, {}}));
    QVERIFY(!store.contains(profile.id, SecretKind::SecurityToken));
    QCOMPARE(await(store.readCredentials(profile)).result.credentials.accessKeySecret, u"sec2"_s);
}

void TestMemoryCredentialStore::removeCredentialsRemovesBoth()
{
    MemoryCredentialStore store;
    const Profile profile = stsProfile();
    await(store.writeCredentials(profile, {profile.accessKeyId, u"sec"_s, u"tok"_s}));
    QVERIFY(await(store.removeCredentials(profile.id)).result.ok());
    QCOMPARE(store.size(), 0);
}

void TestMemoryCredentialStore::aFailingStoreFailsEveryCall()
{
    MemoryCredentialStore store;
    store.setFailure(CredentialError {CredentialError::Kind::NoSecretService, 7, u"Could not connect"_s});
    const Completion write = await(store.write(u"p"_s, SecretKind::AccessKeySecret, u"v"_s));
    QCOMPARE(write.result.error->kind, CredentialError::Kind::NoSecretService);
    QCOMPARE(store.size(), 0); // nothing kept when the store "fails"
    store.setFailure(std::nullopt);
    QVERIFY(await(store.write(u"p"_s, SecretKind::AccessKeySecret, u"v"_s)).result.ok());
    QCOMPARE(store.callCount(), 2);
}

void TestMemoryCredentialStore::timesOutOnceAndIgnoresTheLateAnswer()
{
    auto *job = new CredentialJob(CredentialResult::Operation::Read, u"p"_s);
    int count = 0;
    CredentialResult last;
    connect(job, &CredentialJob::finished, this, [&](const CredentialResult &result) {
        ++count;
        last = result;
        // The backend answers late, from inside the completion: ignored.
        job->finish({});
    });
    QPointer<CredentialJob> alive(job);
    ManualClock clock;
    job->setTimeout(20, clock);
    clock.advanceMs(19);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(count, 0);
    clock.advanceMs(1);
    QCoreApplication::sendPostedEvents(); // the completion is queued
    QCOMPARE(count, 1);
    clock.advanceMs(60000);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(count, 1);
    QCOMPARE(last.error->kind, CredentialError::Kind::Timeout);
    QVERIFY(!alive);
}

void TestMemoryCredentialStore::sessionOnlyProfilesStayInMemory()
{
    MemoryCredentialStore keychain; // stands in for the system keychain here
    keychain.setFailure(CredentialError {CredentialError::Kind::NoSecretService, 7, u"no bus"_s});
    SessionAwareCredentialStore store(&keychain);
    QCOMPARE(await(store.write(u"p"_s, SecretKind::AccessKeySecret, u"v"_s)).result.error->kind,
             CredentialError::Kind::NoSecretService);
    store.setSessionOnly(u"p"_s);
    QVERIFY(store.isSessionOnly(u"p"_s));
    QVERIFY(await(store.write(u"p"_s, SecretKind::AccessKeySecret, u"v"_s)).result.ok());
    QCOMPARE(await(store.read(u"p"_s, SecretKind::AccessKeySecret)).result.value, u"v"_s);
    QCOMPARE(keychain.size(), 0);
    QVERIFY(store.sessionStore()->contains(u"p"_s, SecretKind::AccessKeySecret));
    // Other profiles still go to the keychain.
    QVERIFY(!await(store.read(u"q"_s, SecretKind::AccessKeySecret)).result.ok());
    store.setSessionOnly(u"p"_s, false);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(store.sessionStore()->size(), 0);
}

void TestMemoryCredentialStore::streamsResultsWithoutSecrets()
{
    CredentialResult result;
    result.profileId = u"p"_s;
    result.value = u"plain-secret-2"_s;
    result.credentials = {u"LTAI5tKey"_s, u"plain-secret-3"_s, u"plain-token-3"_s};
    QString text;
    QDebug(&text) << result;
    QVERIFY(text.contains(u"redacted"));
    QVERIFY(text.contains(u"LTAI5tKey"));
    for (const QString &secret : {u"plain-secret-2"_s, u"plain-secret-3"_s, u"plain-token-3"_s})
        QVERIFY2(!text.contains(secret), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
