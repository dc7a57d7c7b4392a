#include "ActionCatalog.h"
#include "BatchActions.h"
#include "FailedTasks.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "ProfileSwitcher.h"
#include "SimSts.h"
#include "TaskActionDialog.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "api/RequestScheduler.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "models/JobDetailModel.h"
#include "models/WatchListModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
}

// The profile switcher in the main window's toolbar: a switch applies the profile's place and settings and
// reads its secret asynchronously; failures land in the error panel; the choice is remembered.
class TestProfileSwitcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsTheEnvironmentAndTheStoredProfiles();
    void appliesTheProfileAndQueriesWithIt();
    void isBusyWhileTheSecretIsRead();
    void runsAQueryAskedForWhileReadingAfterwards();
    void showsAKeychainFailureInTheErrorPanel();
    void assumesTheRoleOfARamRoleProfileAndRenewsIt();
    void showsARoleThatCannotBeAssumedInTheErrorPanel();
    void remembersTheLastUsedProfile();
    void followsProfilesAddedAndRemoved();
    void listsTheDemoAsABuiltInProfile();
    void theDemoIsReadOnlyUntilWritesAreAllowed();

private:
    Profile addProfile(const QString &name, const Credentials &credentials, bool withSecret = true,
                       const std::optional<RamRole> &role = std::nullopt);
    void choose(const QString &name);
    QComboBox *combo() const { return m_window->profileSwitcher()->comboBox(); }
    template<typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<SessionAwareCredentialStore> m_credentials;
    bool runUntil(const std::function<bool()> &done) { return m_fixture->runUntil(done); }
    bool waitFor(const QSignalSpy &spy) { return m_fixture->waitFor(spy); }

    std::unique_ptr<WindowOnSimulator> m_fixture;
    OtaSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
};

void TestProfileSwitcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"otadash.conf"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_credentials = std::make_unique<SessionAwareCredentialStore>(m_keychain.get());
    m_fixture = std::make_unique<WindowOnSimulator>();
    m_sim = m_fixture->sim;
    m_fixture->services.profiles = m_profiles.get();
    m_fixture->services.credentials = m_credentials.get();
    QVERIFY(m_fixture->start());
    m_window = m_fixture->window.get();
    m_window->profileSwitcher()->setEnvironment(QProcessEnvironment());
}

void TestProfileSwitcher::cleanup()
{
    m_fixture->stop();
    m_window = nullptr;
    m_fixture.reset();
}

Profile TestProfileSwitcher::addProfile(const QString &name, const Credentials &credentials, bool withSecret,
                                        const std::optional<RamRole> &role)
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.endpoint = m_sim->endpoint();
    profile.iotInstanceId = u"iot-switch"_s;
    profile.accessKeyId = credentials.accessKeyId;
    profile.signature = SignatureVersion::V1;
    profile.ramRole = role;
    if (role)
        profile.ramRole->stsEndpoint = m_sim->endpoint();
    if (withSecret) {
        QSignalSpy written(m_credentials->writeCredentials(profile, credentials), &CredentialJob::finished);
        written.wait(1000); // the store answers from the event loop, at once
    }
    return *m_profiles->add(profile).profile;
}

void TestProfileSwitcher::choose(const QString &name)
{
    const int index = combo()->findText(name);
    QVERIFY2(index >= 0, qPrintable(name));
    combo()->setCurrentIndex(index);
    emit combo()->activated(index); // what a user's pick emits
}

void TestProfileSwitcher::listsTheEnvironmentAndTheStoredProfiles()
{
    QVERIFY(child<QToolBar>(u"profileToolBar"_s)->isVisible());
    QCOMPARE(child<QAction>(u"actionProfiles"_s)->text(), u"Pro&files…"_s);
    // With the profiles' entries, the File menu's letters and the window's still differ.
    const QStringList conflicts
            = ActionCatalog::mnemonicConflicts(m_window) + ActionCatalog::conflicts(m_window);
    QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(u'\n')));
    addProfile(u"Beta"_s, OtaSimulator::demoCredentials());
    addProfile(u"alpha"_s, OtaSimulator::demoCredentials());
    QProcessEnvironment env;
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnvSwitch"_s);
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-switch-secret"_s);
    m_window->profileSwitcher()->setEnvironment(env);
    QCOMPARE(combo()->count(), 3);
    QCOMPARE(combo()->itemText(0), u"Environment"_s);
    QCOMPARE(combo()->itemText(1), u"alpha"_s);
    QCOMPARE(combo()->itemText(2), u"Beta"_s);
}

void TestProfileSwitcher::appliesTheProfileAndQueriesWithIt()
{
    addProfile(u"Sim"_s, OtaSimulator::demoCredentials());
    QSignalSpy activated(m_window->profileSwitcher(), &ProfileSwitcher::profileActivated);
    choose(u"Sim"_s);
    QVERIFY(waitFor(activated));
    QCOMPARE(child<QLineEdit>(u"endpointEdit"_s)->text(), m_sim->endpoint().toString());
    QCOMPARE(child<QLineEdit>(u"instanceEdit"_s)->text(), u"iot-switch"_s);
    m_window->setJobId(kSeedJobId);
    QSignalSpy finished(m_window, &MainWindow::queryFinished);
    m_window->query();
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_window->detailModel()->rowCount() > 0, true);
}

void TestProfileSwitcher::isBusyWhileTheSecretIsRead()
{
    addProfile(u"Sim"_s, OtaSimulator::demoCredentials());
    auto *query = child<QPushButton>(u"queryButton"_s);
    QSignalSpy reading(m_window->profileSwitcher(), &ProfileSwitcher::readingChanged);
    choose(u"Sim"_s);
    // The secret arrives from the event loop: until then the switcher is busy and no query can start.
    QVERIFY(m_window->profileSwitcher()->isReading());
    QVERIFY(!query->isEnabled());
    QVERIFY(m_window->findChild<QProgressBar *>(u"busyBar"_s)->isVisible());
    QVERIFY(runUntil([&] { return !m_window->profileSwitcher()->isReading(); }));
    QVERIFY(query->isEnabled());
    QCOMPARE(reading.count(), 2);
}

void TestProfileSwitcher::runsAQueryAskedForWhileReadingAfterwards()
{
    addProfile(u"Sim"_s, OtaSimulator::demoCredentials());
    m_window->setJobId(kSeedJobId);
    QSignalSpy finished(m_window, &MainWindow::queryFinished);
    choose(u"Sim"_s);
    m_window->query(); // asked for while the secret is still being read
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestProfileSwitcher::showsAKeychainFailureInTheErrorPanel()
{
    addProfile(u"Locked"_s, OtaSimulator::demoCredentials());
    m_keychain->setFailure(CredentialError {CredentialError::Kind::Locked, 4,
                                            u"Cannot create an item in a locked collection"_s});
    QSignalSpy failed(m_window->profileSwitcher(), &ProfileSwitcher::profileFailed);
    choose(u"Locked"_s);
    QVERIFY(waitFor(failed));
    QVERIFY(child<QFrame>(u"errorPanel"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"errorTitle"_s)->text(), u"Profile Locked: Keychain locked"_s);
    QVERIFY(child<QLabel>(u"errorMessage"_s)->text().contains(u"Unlock it"));
    QVERIFY(child<QLabel>(u"errorHint"_s)->text().contains(u"Profiles"));
    QVERIFY(!child<QLabel>(u"errorCode"_s)->isVisible());
    // Once the keychain answers, switching again clears the panel.
    m_keychain->setFailure(std::nullopt);
    QSignalSpy activated(m_window->profileSwitcher(), &ProfileSwitcher::profileActivated);
    choose(u"Locked"_s);
    QVERIFY(waitFor(activated));
    QVERIFY(!child<QFrame>(u"errorPanel"_s)->isVisible());
}

void TestProfileSwitcher::assumesTheRoleOfARamRoleProfileAndRenewsIt()
{
    RamRole role;
    role.roleArn = SimSts::demoRoleArn();
    role.durationSecs = 900;
    addProfile(u"Role"_s, OtaSimulator::demoCredentials(), true, role);
    QSignalSpy activated(m_window->profileSwitcher(), &ProfileSwitcher::profileActivated);
    choose(u"Role"_s);
    QVERIFY(m_window->profileSwitcher()->isReading()); // busy until STS answered
    QVERIFY(waitFor(activated));
    QCOMPARE(m_sim->assumedRoleCount(), 1);
    const auto credentials = activated.first().at(1).value<Credentials>();
    QVERIFY(credentials.source);
    QVERIFY(credentials.current().accessKeyId.startsWith(u"STS."));
    m_window->setJobId(kSeedJobId);
    QSignalSpy finished(m_window, &MainWindow::queryFinished);
    m_window->query();
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), true);

    // 900 s of lifetime: renewed 225 s before the end, without the user doing anything; the batch read
    // afterwards, past the first pair's expiration, is signed with the new pair.
    QVERIFY(m_fixture->advance(700 * 1000));
    QCOMPARE(m_sim->assumedRoleCount(), 2);
    QVERIFY(m_fixture->advance(300 * 1000)); // the first pair has expired now
    finished.clear();
    m_window->query();
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(activated.size(), 1); // renewing does not switch anything

    // A refused renewal is said in the status bar until a later one succeeds.
    QSignalSpy renewalFailed(m_window->profileSwitcher(), &ProfileSwitcher::roleRenewalFailed);
    QSignalSpy renewed(m_window->profileSwitcher(), &ProfileSwitcher::roleRenewed);
    m_sim->addRole(SimSts::demoRoleArn(), 3600, u"rotated"_s);
    QVERIFY(m_fixture->advance(360 * 1000)); // the second pair's renewal is due at 1350 s
    QCOMPARE(renewalFailed.size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Could not renew"));
    m_sim->addRole(SimSts::demoRoleArn(), 3600);
    QVERIFY(m_fixture->advance(61 * 1000)); // tried again a minute after the refusal
    QCOMPARE(renewed.size(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"are renewed"),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestProfileSwitcher::showsARoleThatCannotBeAssumedInTheErrorPanel()
{
    RamRole role;
    role.roleArn = SimSts::partnerRoleArn(); // requires an external ID that is not given
    addProfile(u"Partner"_s, OtaSimulator::demoCredentials(), true, role);
    QSignalSpy failed(m_window->profileSwitcher(), &ProfileSwitcher::roleFailed);
    choose(u"Partner"_s);
    QVERIFY(waitFor(failed));
    QVERIFY(!m_window->profileSwitcher()->isReading());
    QVERIFY(child<QFrame>(u"errorPanel"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"errorTitle"_s)->text(), u"Role cannot be assumed"_s);
    QVERIFY(child<QLabel>(u"errorHint"_s)->text().contains(u"external ID"));
    QCOMPARE(m_sim->assumedRoleCount(), 0);
}

void TestProfileSwitcher::remembersTheLastUsedProfile()
{
    addProfile(u"First"_s, OtaSimulator::demoCredentials());
    const Profile second = addProfile(u"Second"_s, OtaSimulator::demoCredentials());
    choose(u"Second"_s);
    QCOMPARE(m_profiles->lastUsedId(), second.id);
    // A new window (a new start) picks it again.
    m_fixture->window = std::make_unique<MainWindow>(m_fixture->services, m_fixture->setup);
    m_window = m_fixture->window.get();
    m_window->profileSwitcher()->setEnvironment(QProcessEnvironment());
    QSignalSpy activated(m_window->profileSwitcher(), &ProfileSwitcher::profileActivated);
    m_window->profileSwitcher()->selectInitialProfile();
    QVERIFY(waitFor(activated));
    QCOMPARE(activated.first().first().value<Profile>().id, second.id);
    QCOMPARE(combo()->currentText(), u"Second"_s);
}

void TestProfileSwitcher::followsProfilesAddedAndRemoved()
{
    const Profile gone = addProfile(u"Gone"_s, OtaSimulator::demoCredentials());
    choose(u"Gone"_s);
    QVERIFY(runUntil([&] { return !m_window->profileSwitcher()->isReading(); }));
    addProfile(u"Later"_s, OtaSimulator::demoCredentials());
    QVERIFY(combo()->findText(u"Later"_s) >= 0);
    QCOMPARE(combo()->currentText(), u"Gone"_s);
    m_profiles->remove(gone.id);
    QCOMPARE(combo()->findText(u"Gone"_s), -1);
    QCOMPARE(combo()->currentIndex(), -1); // no profile pretends to be active
}

// The demo's "Demo" is a profile of the switcher, listed first and in use: the switcher, the watch list and
// what is queried say the same name. It is not stored, not remembered as the last used one, and the stored
// profiles stay beside it.
void TestProfileSwitcher::listsTheDemoAsABuiltInProfile()
{
    addProfile(u"Production"_s, OtaSimulator::demoCredentials());
    m_fixture->stop();
    m_fixture->setup.fixedProfile = u"Demo"_s;
    m_fixture->setup.prefillWatchList = {u"HvKuBpuk3rdk6E92CP****0200"_s};
    QVERIFY(m_fixture->start());
    m_window = m_fixture->window.get();
    // The demo's watched batches are read at once with it, not a refresh interval later.
    WatchListModel *watched = m_window->watchListPanel()->model();
    QCOMPARE(watched->rowCount(), 1);
    QCOMPARE(watched->entries().first().profile, u"Demo"_s);
    QVERIFY(m_fixture->runUntil([watched] { return watched->entries().first().lastRefreshUtc.isValid(); },
                                5000));
    QComboBox *switcher = combo();
    QCOMPARE(switcher->currentText(), u"Demo"_s);
    QCOMPARE(switcher->itemText(0), u"Demo"_s);
    QVERIFY(switcher->findText(u"Production"_s) > 0);
    QVERIFY(switcher->itemData(0, Qt::ToolTipRole).toString().contains(u"not stored"_s));
    QCOMPARE(m_window->currentProfile(), u"Demo"_s);
    QVERIFY(m_fixture->queryBatch(u"HvKuBpuk3rdk6E92CP****0200"_s));
    QCOMPARE(m_window->batchPage()->key().profile, u"Demo"_s);
    QVERIFY(!m_profiles->profileByName(u"Demo"_s));
    QVERIFY(m_profiles->lastUsedId() != switcher->itemData(0).toString());
    // Away and back: the simulator's credentials again, no keychain read.
    choose(u"Production"_s);
    QTRY_COMPARE(m_window->currentProfile(), u"Production"_s);
    choose(u"Demo"_s);
    QCOMPARE(m_window->currentProfile(), u"Demo"_s);
    QVERIFY(m_fixture->queryBatch(u"HvKuBpuk3rdk6E92CP****0200"_s));
}

// As otadash --demo starts it, "Demo" is read-only like a stored profile marked so: no write action can be
// sent with it, and each disabled one says how to lift the mark (File > Allow Write Actions in the Demo, not
// Profiles, where the built-in profile is not). Lifted, the batch already read can be acted on without a
// new query; put back, the actions are off again.
void TestProfileSwitcher::theDemoIsReadOnlyUntilWritesAreAllowed()
{
    m_fixture->stop();
    m_fixture->setup.fixedProfile = u"Demo"_s;
    m_fixture->setup.builtInReadOnly = true;
    QVERIFY(m_fixture->start());
    m_window = m_fixture->window.get();
    m_sim = m_fixture->sim;
    QCOMPARE(combo()->currentText(), u"Demo"_s);
    QVERIFY(combo()->itemData(0, Qt::ToolTipRole).toString().contains(u"Read-only"_s));
    QVERIFY(m_fixture->queryBatch(kSeedJobId));
    auto *allow = child<QAction>(u"actionBuiltInWrites"_s);
    QVERIFY(allow);
    QVERIFY(allow->isCheckable());
    QVERIFY(!allow->isChecked());
    QCOMPARE(allow->text(), u"Allow Write Actions in the &Demo"_s);
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(allow)); // in File
    BatchActions *actions = m_window->batchActions();
    QAction *cancel = actions->cancelAction();
    const auto checkReadOnly = [&] {
        QVERIFY(!cancel->isEnabled());
        QVERIFY2(cancel->toolTip().contains(u"Allow Write Actions in the Demo"_s),
                 qPrintable(cancel->toolTip()));
        QVERIFY(!cancel->toolTip().contains(u"Profiles"_s));
        QVERIFY(!actions->openCancel());
        TaskActionDialog *dialog
                = actions->openTaskAction(TaskActionRun::Kind::Retry, failedTasks(kSeedJobId, 1));
        QVERIFY(dialog);
        QVERIFY(!dialog->canSend());
        QVERIFY(!dialog->sendButton()->isEnabled());
        auto *note = dialog->findChild<QLabel *>(u"readOnlyNote"_s);
        QVERIFY(note->isVisibleTo(dialog));
        QVERIFY2(note->text().contains(u"Allow Write Actions in the Demo"_s), qPrintable(note->text()));
        const int accepted = m_sim->acceptedCount();
        dialog->send(); // refused before anything goes out
        QCOMPARE(m_sim->acceptedCount(), accepted);
        dialog->close();
    };
    checkReadOnly();
    if (QTest::currentTestFailed())
        return;

    allow->trigger();
    QVERIFY(allow->isChecked());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"embedded simulator only"_s));
    QVERIFY(!combo()->itemData(0, Qt::ToolTipRole).toString().contains(u"Read-only"_s));
    QCOMPARE(combo()->currentText(), u"Demo"_s); // still the profile in use
    QVERIFY(cancel->isEnabled());
    TaskActionDialog *dialog
            = actions->openTaskAction(TaskActionRun::Kind::Retry, failedTasks(kSeedJobId, 1));
    QVERIFY(dialog->canSend()); // the batch read while it was read-only: no new query needed
    QVERIFY(!dialog->findChild<QLabel *>(u"readOnlyNote"_s)->isVisibleTo(dialog));
    dialog->close();

    allow->trigger();
    QVERIFY(!allow->isChecked());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"read-only again"_s));
    checkReadOnly();
}

QTEST_MAIN(TestProfileSwitcher)
#include "tst_profileswitcher.moc"
