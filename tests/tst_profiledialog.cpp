#include "OtaSimulator.h"
#include "ProfileDialog.h"
#include "api/RequestScheduler.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
// In-memory, but it names itself as the system keychain does: the dialog's texts read as in production.
class StandInKeychain : public MemoryCredentialStore
{
public:
    QString description() const override { return KeychainCredentialStore().description(); }
};
} // namespace

// The profile dialog as a user drives it; the "keychain" is a MemoryCredentialStore that can be made to fail.
class TestProfileDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addsAProfileWithItsSecretInTheStoreOnly();
    void masksTheSecretWithAShowToggle();
    void explainsWhatIsMissing();
    void editsWithoutRetypingTheSecret();
    void duplicatesWithTheSecret();
    void deletesTheProfileAndItsSecret();
    void keepsTheProfileWhenTheKeychainRefusesToDeleteAndTheUserSaysNo();
    void offersSessionOnlyWhenTheKeychainIsUnusable();
    void savesNothingWhenSessionOnlyIsDeclined();
    void testsTheConnectionWithOneSignedCall();
    void testsAStoredProfileWithItsStoredSecret();
    void showsTheEnvironmentProfileReadOnly();
    void importsTheAliyunConfig();
    void explainsAnImportTheKeychainStopped();
    void rendersForTheScreenshot();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    void click(const char *button);
    void waitIdle();
    void fillNew(const QString &name, const QString &keyId, const QString &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<SessionAwareCredentialStore> m_credentials;
    std::unique_ptr<OtaSimulator> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<ProfileDialog> m_dialog;
    QStringList m_questions;
    bool m_answer = true;
};

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"otadash.conf"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<StandInKeychain>();
    m_credentials = std::make_unique<SessionAwareCredentialStore>(m_keychain.get());
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    m_client = std::make_unique<RpcClient>(&m_network);
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
    m_dialog = std::make_unique<ProfileDialog>(m_profiles.get(), m_credentials.get(), m_scheduler.get());
    m_dialog->setEnvironment(QProcessEnvironment());
    m_dialog->setAliyunConfigPath(m_dir->filePath(u"none.json"_s));
    m_questions.clear();
    m_answer = true;
    m_dialog->setConfirm([this](const QString &, const QString &text) {
        m_questions.append(text);
        return m_answer;
    });
    m_dialog->resize(900, 600);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::cleanup()
{
    m_dialog.reset();
}

void TestProfileDialog::click(const char *button)
{
    auto *widget = child<QAbstractButton>(button);
    QVERIFY2(widget, button);
    QVERIFY2(widget->isEnabled(), button);
    QTest::mouseClick(widget, Qt::LeftButton);
}

void TestProfileDialog::waitIdle()
{
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 10000);
}

void TestProfileDialog::fillNew(const QString &name, const QString &keyId, const QString &secret)
{
    click("addButton");
    auto *nameEdit = child<QLineEdit>("nameEdit");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    auto *region = child<QComboBox>("regionCombo");
    region->setCurrentIndex(region->count() - 1); // custom endpoint: the simulator
    child<QLineEdit>("endpointEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("endpointEdit"), m_sim->endpoint().toString());
    QTest::keyClicks(child<QLineEdit>("keyIdEdit"), keyId);
    QTest::keyClicks(child<QLineEdit>("secretEdit"), secret);
}

void TestProfileDialog::addsAProfileWithItsSecretInTheStoreOnly()
{
    QVERIFY(m_dialog->currentId().isEmpty()); // no profiles yet: a new one is being entered
    fillNew(u"Local"_s, u"LTAI5tDialogKey01"_s, u"dialog-secret-01"_s);
    QTest::keyClicks(child<QLineEdit>("instanceEdit"), u"iot-dialog"_s);
    click("saveButton");
    waitIdle();
    const std::optional<Profile> saved = m_profiles->profileByName(u"Local"_s);
    QVERIFY(saved);
    QCOMPARE(saved->endpoint, m_sim->endpoint());
    QCOMPARE(saved->iotInstanceId, u"iot-dialog"_s);
    QCOMPARE(saved->signature, SignatureVersion::V3);
    QVERIFY(m_keychain->contains(saved->id, SecretKind::AccessKeySecret));
    QCOMPARE(m_dialog->currentId(), saved->id);
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty()); // not kept in the form after saving
    QCOMPARE(child<QListWidget>("profileList")->currentItem()->text(), u"Local"_s);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u"saved"));
    QFile settings(m_profiles->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("dialog-secret-01"));
}

void TestProfileDialog::masksTheSecretWithAShowToggle()
{
    auto *secret = child<QLineEdit>("secretEdit");
    auto *token = child<QLineEdit>("tokenEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    auto *show = child<QToolButton>("showSecretButton");
    QCOMPARE(show->text(), u"Show"_s);
    click("showSecretButton");
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), u"Hide"_s);
    click("showSecretButton");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!token->isEnabled()); // only with STS
    QTest::mouseClick(child<QCheckBox>("stsCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(token->isEnabled());
}

void TestProfileDialog::explainsWhatIsMissing()
{
    fillNew(u"NoSecret"_s, u"LTAI5tDialogKey02"_s, QString());
    click("saveButton");
    auto *problem = child<QLabel>("problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"AccessKey secret"));
    QVERIFY(!m_profiles->profileByName(u"NoSecret"_s));
    child<QLineEdit>("keyIdEdit")->clear();
    click("saveButton");
    QVERIFY(problem->text().contains(u"AccessKey ID"));
    QVERIFY(child<QLineEdit>("keyIdEdit")->hasFocus());
    QCOMPARE(m_keychain->callCount(), 0);
}

void TestProfileDialog::editsWithoutRetypingTheSecret()
{
    fillNew(u"Editable"_s, u"LTAI5tDialogKey03"_s, u"kept-secret"_s);
    click("saveButton");
    waitIdle();
    const int calls = m_keychain->callCount();
    auto *region = child<QComboBox>("regionCombo");
    region->setCurrentIndex(region->findData(u"us-east-1"_s));
    click("saveButton");
    waitIdle();
    const Profile edited = *m_profiles->profileByName(u"Editable"_s);
    QCOMPARE(edited.regionId, u"us-east-1"_s);
    QVERIFY(edited.endpoint.isEmpty());
    QCOMPARE(m_keychain->callCount(), calls); // the secret was not touched
    QVERIFY(m_keychain->contains(edited.id, SecretKind::AccessKeySecret));
}

void TestProfileDialog::duplicatesWithTheSecret()
{
    fillNew(u"Original"_s, u"LTAI5tDialogKey04"_s, u"copied-secret"_s);
    click("saveButton");
    waitIdle();
    click("duplicateButton");
    waitIdle();
    const std::optional<Profile> copy = m_profiles->profileByName(u"Original (copy)"_s);
    QVERIFY(copy);
    QVERIFY(copy->id != m_profiles->profileByName(u"Original"_s)->id);
    QCOMPARE(m_dialog->currentId(), copy->id);
    MemoryCredentialStore &store = *m_keychain;
    QVERIFY(store.contains(copy->id, SecretKind::AccessKeySecret));
}

void TestProfileDialog::deletesTheProfileAndItsSecret()
{
    fillNew(u"Doomed"_s, u"LTAI5tDialogKey05"_s, u"doomed-secret"_s);
    click("saveButton");
    waitIdle();
    const QString id = m_dialog->currentId();
    click("deleteButton");
    waitIdle();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(u"Doomed"));
    QVERIFY(!m_profiles->profile(id));
    QVERIFY(!m_keychain->contains(id, SecretKind::AccessKeySecret));
    QCOMPARE(m_keychain->size(), 0);
}

void TestProfileDialog::keepsTheProfileWhenTheKeychainRefusesToDeleteAndTheUserSaysNo()
{
    fillNew(u"Sticky"_s, u"LTAI5tDialogKey06"_s, u"sticky-secret"_s);
    click("saveButton");
    waitIdle();
    const QString id = m_dialog->currentId();
    m_keychain->setFailure(CredentialError {CredentialError::Kind::Locked, 4, u"locked collection"_s});
    m_dialog->setConfirm([this](const QString &, const QString &text) {
        m_questions.append(text);
        return m_questions.size() == 1; // yes to "delete?", no to "delete anyway?"
    });
    click("deleteButton");
    waitIdle();
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(m_questions.last().contains(u"keyring is locked"));
    QVERIFY(m_profiles->profile(id));
}

void TestProfileDialog::offersSessionOnlyWhenTheKeychainIsUnusable()
{
    m_keychain->setFailure(CredentialError {CredentialError::Kind::NoSecretService, 7,
                                            u"Could not connect: No such file"_s});
    fillNew(u"Ephemeral"_s, u"LTAI5tDialogKey07"_s, u"session-secret"_s);
    click("saveButton");
    waitIdle();
    auto *panel = child<QFrame>("keychainPanel");
    QVERIFY(panel->isVisible());
    QCOMPARE(child<QLabel>("keychainTitle")->text(), u"No keychain available"_s);
    const QString message = child<QLabel>("keychainMessage")->text();
    QVERIFY(message.contains(u"no D-Bus session"));
    QVERIFY(message.contains(u"Could not connect"));
    QVERIFY(message.contains(u"for this session only"));
    QVERIFY(!m_profiles->profileByName(u"Ephemeral"_s)); // nothing saved before the user decides
    QVERIFY(!QFile::exists(m_profiles->fileName()));

    click("sessionOnlyButton");
    waitIdle();
    QVERIFY(!panel->isVisible());
    const std::optional<Profile> saved = m_profiles->profileByName(u"Ephemeral"_s);
    QVERIFY(saved);
    QVERIFY(m_credentials->isSessionOnly(saved->id));
    QVERIFY(m_credentials->sessionStore()->contains(saved->id, SecretKind::AccessKeySecret));
    QCOMPARE(m_keychain->size(), 0);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u"this session only"));
    QFile settings(m_profiles->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("session-secret"));
}

void TestProfileDialog::savesNothingWhenSessionOnlyIsDeclined()
{
    m_keychain->setFailure(CredentialError {CredentialError::Kind::Locked, 4, u"locked collection"_s});
    fillNew(u"Declined"_s, u"LTAI5tDialogKey08"_s, u"declined-secret"_s);
    click("saveButton");
    waitIdle();
    QCOMPARE(child<QLabel>("keychainTitle")->text(), u"Keychain locked"_s);
    click("keychainCancelButton");
    QVERIFY(!child<QFrame>("keychainPanel")->isVisible());
    QVERIFY(!m_profiles->profileByName(u"Declined"_s));
    QCOMPARE(m_credentials->sessionStore()->size(), 0);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u"Nothing was saved"));
}

void TestProfileDialog::testsTheConnectionWithOneSignedCall()
{
    const Credentials demo = OtaSimulator::demoCredentials();
    fillNew(u"Demo"_s, demo.accessKeyId, demo.accessKeySecret);
    click("testButton");
    waitIdle();
    auto *result = child<QLabel>("testResult");
    QVERIFY2(result->text().startsWith(u"✔ Connected"), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"Request ID: "));
    QCOMPARE(m_sim->acceptedCount(), 1);
    QVERIFY(!m_profiles->profileByName(u"Demo"_s)); // testing saves nothing

    child<QLineEdit>("secretEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("secretEdit"), u"wrong-secret"_s);
    click("testButton");
    waitIdle();
    QVERIFY2(result->text().startsWith(u"✘ Connection failed"), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"SignatureDoesNotMatch"));
    QVERIFY(!result->text().contains(u"wrong-secret"));
}

void TestProfileDialog::testsAStoredProfileWithItsStoredSecret()
{
    const Credentials demo = OtaSimulator::demoCredentials();
    fillNew(u"Stored"_s, demo.accessKeyId, demo.accessKeySecret);
    click("saveButton");
    waitIdle();
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());
    click("testButton");
    waitIdle();
    QVERIFY2(child<QLabel>("testResult")->text().startsWith(u"✔"),
             qPrintable(child<QLabel>("testResult")->text()));
}

void TestProfileDialog::showsTheEnvironmentProfileReadOnly()
{
    QProcessEnvironment env;
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnvDialog"_s);
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-dialog-secret"_s);
    env.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"ap-northeast-1"_s);
    m_dialog->setEnvironment(env);
    auto *list = child<QListWidget>("profileList");
    QCOMPARE(list->item(0)->text(), u"Environment (read-only)"_s);
    m_dialog->selectProfile(u"environment"_s);
    QCOMPARE(m_dialog->currentId(), u"environment"_s);
    QCOMPARE(child<QLineEdit>("keyIdEdit")->text(), u"LTAI5tEnvDialog"_s);
    QCOMPARE(child<QComboBox>("regionCombo")->currentData().toString(), u"ap-northeast-1"_s);
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());
    QVERIFY(!child<QLineEdit>("nameEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>("keyIdEdit")->isEnabled());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(child<QLabel>("readOnlyNote")->isVisible());
    // Duplicating turns it into a stored profile, its secret into the keychain.
    click("duplicateButton");
    waitIdle();
    const std::optional<Profile> copy = m_profiles->profileByName(u"Environment (copy)"_s);
    QVERIFY(copy);
    QVERIFY(m_keychain->contains(copy->id, SecretKind::AccessKeySecret));
}

void TestProfileDialog::importsTheAliyunConfig()
{
    m_dialog->setAliyunConfigPath(QStringLiteral(OTA_TEST_DATA "/aliyun/config.json"));
    click("importButton");
    waitIdle();
    auto *browser = child<QTextBrowser>("importResult");
    QVERIFY(browser->isVisible());
    const QString result = browser->toPlainText();
    QVERIFY2(result.contains(u"Imported:"), qPrintable(result));
    QVERIFY(result.contains(u"work (AK) as “work”"));
    QVERIFY(result.contains(u"role (RamRoleArn) as “role”"));
    QVERIFY(result.contains(u"chain (ChainableRamRoleArn): assumes a RAM role"));
    QVERIFY(result.contains(u"Not imported:"));
    QVERIFY(!result.contains(u"fixture-secret"));
    QCOMPARE(m_profiles->profiles().size(), 4);
    const Profile temp = *m_profiles->profileByName(u"temp"_s);
    QVERIFY(m_keychain->contains(temp.id, SecretKind::SecurityToken));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u"4 profile(s) imported"));
}

void TestProfileDialog::explainsAnImportTheKeychainStopped()
{
    m_keychain->setFailure(CredentialError {CredentialError::Kind::Locked, 4, u"locked collection"_s});
    m_dialog->setAliyunConfigPath(QStringLiteral(OTA_TEST_DATA "/aliyun/config.json"));
    click("importButton");
    waitIdle();
    QVERIFY(child<QFrame>("keychainPanel")->isVisible());
    QCOMPARE(child<QLabel>("keychainTitle")->text(), u"Keychain locked"_s);
    QVERIFY(!child<QPushButton>("sessionOnlyButton")->isVisible()); // imports are never kept in memory only
    QVERIFY(m_profiles->profiles().isEmpty());
    // A later save that fails does offer it again.
    click("keychainCancelButton");
    fillNew(u"Later"_s, u"LTAI5tDialogKey09"_s, u"later-secret"_s);
    click("saveButton");
    waitIdle();
    QVERIFY(child<QPushButton>("sessionOnlyButton")->isVisible());
}

void TestProfileDialog::rendersForTheScreenshot()
{
    // A populated dialog: the Environment profile, imported ones, one of them with a failed keychain write
    // explained.
    QProcessEnvironment env;
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnvironmentKey"_s);
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s);
    m_dialog->setEnvironment(env);
    m_dialog->setAliyunConfigPath(QStringLiteral(OTA_TEST_DATA "/aliyun/config.json"));
    click("importButton");
    waitIdle();
    m_keychain->setFailure(CredentialError {CredentialError::Kind::NoSecretService, 7,
                                            u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s});
    m_dialog->selectProfile(m_profiles->profileByName(u"work"_s)->id);
    QTest::keyClicks(child<QLineEdit>("secretEdit"), u"new-secret"_s);
    click("saveButton");
    waitIdle();
    QVERIFY(child<QFrame>("keychainPanel")->isVisible());
    const QString dir = qEnvironmentVariable("OTADASH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // laid out and painted once
    const QString path = QDir(dir).filePath(u"profile-dialog.png"_s);
    QVERIFY(m_dialog->grab().save(path));
    qInfo("saved %s", qPrintable(path));
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
