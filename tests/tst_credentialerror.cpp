#include "auth/CredentialError.h"
#include "auth/KeychainCredentialStore.h"

#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

// QtKeychain's (code, text) pairs as CredentialError kinds, and what the user reads for each kind. The texts
// are the ones observed on Debian 12 (TOOLCHAIN.md section 3 and the keyring tests' modes).
class TestCredentialError : public QObject
{
    Q_OBJECT
private slots:
    void mapsKeychainErrors_data();
    void mapsKeychainErrors();
    void explainsEveryKind_data();
    void explainsEveryKind();
    void keepsTheBackendTextInTheMessage();
    void namesKindsStably();
};

void TestCredentialError::mapsKeychainErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CredentialError::Kind>("kind");
    using K = CredentialError::Kind;
    QTest::newRow("no-dbus-no-display")
            << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
            << K::NoSecretService;
    QTest::newRow("dbus-address-nowhere")
            << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
            << K::NoSecretService;
    QTest::newRow("no-secrets-provider")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << K::NoSecretService;
    QTest::newRow("no-login-keyring")
            << int(QKeychain::OtherError)
            << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
            << K::NoSecretService;
    QTest::newRow("libsecret-not-loadable")
            << int(QKeychain::OtherError) << u"Unknown error"_s << K::NoSecretService;
    QTest::newRow("kwallet-no-dbus") << int(QKeychain::OtherError)
                                     << u"Could not open wallet: NoServer; D-Bus is not running"_s
                                     << K::NoSecretService;
    QTest::newRow("kwallet-not-running")
            << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s << K::NoSecretService;
    QTest::newRow("not-implemented") << int(QKeychain::NotImplemented) << u"Not implemented"_s
                                     << K::NoSecretService;
    QTest::newRow("locked-collection")
            << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s << K::Locked;
    QTest::newRow("access-denied") << int(QKeychain::AccessDenied) << u"Access to keychain denied"_s
                                   << K::AccessDenied;
    QTest::newRow("denied-by-user") << int(QKeychain::AccessDeniedByUser) << u"User canceled the operation"_s
                                    << K::AccessDenied;
    QTest::newRow("prompt-dismissed")
            << int(QKeychain::OtherError) << u"The prompt was dismissed"_s << K::AccessDenied;
    QTest::newRow("entry-not-found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s << K::NotFound;
    QTest::newRow("could-not-delete")
            << int(QKeychain::CouldNotDeleteEntry) << u"Could not delete"_s << K::Other;
    QTest::newRow("other") << int(QKeychain::OtherError) << u"Could not determine data type: x"_s << K::Other;
}

void TestCredentialError::mapsKeychainErrors()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(CredentialError::Kind, kind);
    const CredentialError error = KeychainCredentialStore::mapError(code, text);
    QCOMPARE(CredentialError::kindName(error.kind), CredentialError::kindName(kind));
    QCOMPARE(error.backendCode, code);
    QCOMPARE(error.backendText, text);
}

void TestCredentialError::explainsEveryKind_data()
{
    QTest::addColumn<CredentialError::Kind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("advice");
    using K = CredentialError::Kind;
    QTest::newRow("no-service") << K::NoSecretService << u"No keychain available"_s << u"D-Bus session"_s;
    QTest::newRow("locked") << K::Locked << u"Keychain locked"_s << u"Unlock it"_s;
    QTest::newRow("denied") << K::AccessDenied << u"Keychain access denied"_s << u"refused access"_s;
    QTest::newRow("not-found") << K::NotFound << u"Secret not found"_s << u"Enter the AccessKey secret"_s;
    QTest::newRow("timeout") << K::Timeout << u"Keychain not answering"_s << u"unlock prompt"_s;
    QTest::newRow("other") << K::Other << u"Keychain error"_s << u"reported an error"_s;
}

void TestCredentialError::explainsEveryKind()
{
    QFETCH(CredentialError::Kind, kind);
    QFETCH(QString, title);
    QFETCH(QString, advice);
    const CredentialError error {kind, 0, {}};
    QCOMPARE(error.title(), title);
    QVERIFY2(error.message().contains(advice), qPrintable(error.message()));
    QCOMPARE(error.isStoreUnusable(), kind != CredentialError::Kind::NotFound);
}

void TestCredentialError::keepsTheBackendTextInTheMessage()
{
    const CredentialError error = KeychainCredentialStore::mapError(
            QKeychain::OtherError, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    QVERIFY(error.message().contains(u"No Secret Service is available"));
    QVERIFY(error.message().contains(u"(Keychain: Cannot autolaunch D-Bus without X11 $DISPLAY)"));
}

void TestCredentialError::namesKindsStably()
{
    QCOMPARE(CredentialError::kindName(CredentialError::Kind::NoSecretService), u"NoSecretService"_s);
    QCOMPARE(CredentialError::kindName(CredentialError::Kind::Locked), u"Locked"_s);
    QCOMPARE(CredentialError::kindName(CredentialError::Kind::AccessDenied), u"AccessDenied"_s);
    QCOMPARE(CredentialError::kindName(CredentialError::Kind::NotFound), u"NotFound"_s);
    QCOMPARE(CredentialError::kindName(CredentialError::Kind::Timeout), u"Timeout"_s);
    QCOMPARE(CredentialError::kindName(CredentialError::Kind::Other), u"Other"_s);
}

QTEST_GUILESS_MAIN(TestCredentialError)
#include "tst_credentialerror.moc"
