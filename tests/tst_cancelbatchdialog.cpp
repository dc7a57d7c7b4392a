#include "BatchProgressView.h"
#include "CancelBatchDialog.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "ProfileDialog.h"
#include "ProfileSwitcher.h"
#include "SimFleet.h"
#include "WindowOnSimulator.h"
#include "api/RequestScheduler.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "history/HistoryStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kDynamicJobId = u"HvKuBpuk3rdk6E92CPdyna0200"_s;
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
} // namespace

// The cancel dialog against otasim over loopback: the typed-JobId guard, the choices, what a cancel changes
// on the server, how a failure is shown; and the window's action, which a read-only profile disables.
class TestCancelBatchDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void staysDisabledUntilTheExactJobIdIsTyped_data();
    void staysDisabledUntilTheExactJobIdIsTyped();
    void staysDisabledWithoutAnAction();
    void offersThePolicyOnlyForADynamicBatch();
    void showsTheCountsPerStatus();
    void cancelingChangesTheSimulatorsCounts();
    void stopsTheDynamicPolicy();
    void showsABusinessErrorAndKeepsTheInput();
    void keepsTheInputWhenTheBatchIsUnknown();
    void cannotBeClosedWhileSending();
    void anUnknownOutcomeAsksForTheJobIdAgain();
    void appendsEachCallToTheAuditLog();
    void windowActionNeedsABatch();
    void readOnlyProfileDisablesTheAction();
    void profileDialogStoresTheReadOnlyChoice();
    void windowRefreshesTheBatchAfterACancel();

private:
    RpcConfig config() const;
    std::unique_ptr<CancelBatchDialog> makeDialog(const QString &jobId, bool dynamic = false);
    template<typename T> T *child(QObject *parent, const QString &name) const
    {
        return parent->findChild<T *>(name);
    }
    // A window with profiles: "writer" and "reader" (read-only), both on the simulator with the demo key.
    void startWindow();
    void chooseProfile(const QString &name);
    bool queryInWindow(const QString &jobId);

    bool waitFor(const QSignalSpy &spy) { return m_fixture->waitFor(spy); }

    // The simulator and the scheduler for the dialog alone; the window on them for the window's tests.
    std::unique_ptr<WindowOnSimulator> m_fixture;
    OtaSimulator *m_sim = nullptr;
    RequestScheduler *m_scheduler = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<SessionAwareCredentialStore> m_credentials;
    MainWindow *m_window = nullptr;
};

void TestCancelBatchDialog::init()
{
    m_fixture = std::make_unique<WindowOnSimulator>();
    QVERIFY(m_fixture->net->listen());
    m_sim = m_fixture->sim;
    m_scheduler = m_fixture->scheduler;
}

void TestCancelBatchDialog::cleanup()
{
    m_fixture->stop(); // the window before the profiles it shows
    m_window = nullptr;
    m_fixture.reset();
    m_credentials.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_dir.reset();
}

RpcConfig TestCancelBatchDialog::config() const
{
    return m_fixture->net->config();
}

std::unique_ptr<CancelBatchDialog> TestCancelBatchDialog::makeDialog(const QString &jobId, bool dynamic)
{
    CancelBatchDialog::Batch batch;
    batch.jobId = jobId;
    batch.name = u"sensor-fw-1.2.0"_s;
    batch.dynamic = dynamic;
    auto dialog = std::make_unique<CancelBatchDialog>(m_scheduler, config(), batch);
    dialog->show();
    return dialog;
}

void TestCancelBatchDialog::staysDisabledUntilTheExactJobIdIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("partial") << kDynamicJobId.left(18) << false;
    QTest::newRow("all but the last character") << kDynamicJobId.chopped(1) << false;
    QTest::newRow("wrong case") << kDynamicJobId.toLower() << false;
    QTest::newRow("upper case") << kDynamicJobId.toUpper() << false;
    QTest::newRow("extra space after") << kDynamicJobId + u' ' << false;
    QTest::newRow("extra space before") << u' ' + kDynamicJobId << false;
    QTest::newRow("one more character") << kDynamicJobId + u'0' << false;
    QTest::newRow("exact") << kDynamicJobId << true;
}

void TestCancelBatchDialog::staysDisabledUntilTheExactJobIdIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    const auto dialog = makeDialog(kDynamicJobId);
    QPushButton *send = dialog->sendButton();
    QVERIFY(!send->isEnabled());
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"queuedCheck"_s), Qt::LeftButton);
    QVERIFY(!send->isEnabled()); // chosen, not confirmed
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), typed);
    QCOMPARE(send->isEnabled(), enabled);
    QCOMPARE(dialog->canSend(), enabled);
    // Clicking a disabled button sends nothing.
    const int before = m_sim->acceptedCount();
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(dialog->isBusy(), enabled);
    if (!enabled)
        QCOMPARE(m_sim->acceptedCount(), before);
    if (enabled) {
        QSignalSpy finished(dialog.get(), &CancelBatchDialog::finished);
        QVERIFY(waitFor(finished));
    }
}

void TestCancelBatchDialog::staysDisabledWithoutAnAction()
{
    const auto dialog = makeDialog(kDynamicJobId, true);
    QPushButton *send = dialog->sendButton();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), kDynamicJobId);
    QVERIFY(!send->isEnabled()); // confirmed, nothing chosen
    for (const QString &name : {u"scheduledCheck"_s, u"queuedCheck"_s, u"notifiedCheck"_s,
                                u"inProgressCheck"_s, u"unconfirmedCheck"_s, u"strategyCheck"_s}) {
        auto *check = child<QCheckBox>(dialog.get(), name);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY2(send->isEnabled(), qPrintable(name));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY2(!send->isEnabled(), qPrintable(name));
    }
    QVERIFY(!dialog->targets().any());
    QVERIFY(!dialog->stopStrategy());
}

void TestCancelBatchDialog::offersThePolicyOnlyForADynamicBatch()
{
    const auto staticBatch = makeDialog(kSeedJobId, false);
    QVERIFY(!child<QCheckBox>(staticBatch.get(), u"strategyCheck"_s)->isVisible());
    const auto dynamicBatch = makeDialog(kDynamicJobId, true);
    auto *strategy = child<QCheckBox>(dynamicBatch.get(), u"strategyCheck"_s);
    QVERIFY(strategy->isVisible());
    QVERIFY(strategy->text().contains(u"CancelOTAStrategyByJob"));
    // The warning and the JobId to type are in sight.
    QVERIFY(child<QLabel>(dynamicBatch.get(), u"warningLabel"_s)->text().contains(u"cannot be undone"));
    QVERIFY(child<QLabel>(dynamicBatch.get(), u"confirmLabel"_s)->text().contains(kDynamicJobId));
    // Each flag names the statuses it affects.
    QVERIFY(child<QCheckBox>(dynamicBatch.get(), u"queuedCheck"_s)->text().contains(u"QUEUED"));
    QVERIFY(child<QCheckBox>(dynamicBatch.get(), u"notifiedCheck"_s)->text().contains(u"NOTIFIED"));
    QVERIFY(child<QCheckBox>(dynamicBatch.get(), u"inProgressCheck"_s)->text().contains(u"IN_PROGRESS"));
    QVERIFY(child<QCheckBox>(dynamicBatch.get(), u"unconfirmedCheck"_s)->text().contains(u"CONFIRM"));
}

void TestCancelBatchDialog::showsTheCountsPerStatus()
{
    CancelBatchDialog::Batch batch;
    batch.jobId = kDynamicJobId;
    CountsReading counts;
    counts.counts[TaskStatus::Queued] = 104;
    counts.counts[TaskStatus::Notified] = 1;
    counts.counts[TaskStatus::InProgress] = 130;
    counts.counts[TaskStatus::Confirm] = 52;
    counts.finishedAtUtc = QDateTime(QDate(2026, 12, 5), QTime(9, 30, 12), Qt::UTC);
    batch.counts = counts;
    CancelBatchDialog dialog(m_scheduler, config(), batch);
    QCOMPARE(child<QLabel>(&dialog, u"queuedCount"_s)->text(), u"104"_s);
    QCOMPARE(child<QLabel>(&dialog, u"notifiedCount"_s)->text(), u"1"_s);
    QCOMPARE(child<QLabel>(&dialog, u"inProgressCount"_s)->text(), u"130"_s);
    QCOMPARE(child<QLabel>(&dialog, u"unconfirmedCount"_s)->text(), u"52"_s);
    QCOMPARE(child<QLabel>(&dialog, u"scheduledCount"_s)->text(), u"0"_s); // it has started
    // A batch that has not started: its queued tasks are the scheduled ones.
    batch.planned = true;
    CancelBatchDialog planned(m_scheduler, config(), batch);
    QCOMPARE(child<QLabel>(&planned, u"scheduledCount"_s)->text(), u"104"_s);
    QCOMPARE(child<QLabel>(&planned, u"queuedCount"_s)->text(), u"0"_s);
    // Not counted yet.
    batch.counts.reset();
    CancelBatchDialog unknown(m_scheduler, config(), batch);
    QCOMPARE(child<QLabel>(&unknown, u"queuedCount"_s)->text(), u"not counted"_s);
}

void TestCancelBatchDialog::cancelingChangesTheSimulatorsCounts()
{
    const SimFleet &fleet = m_sim->fleet();
    const int queued = fleet.taskCount(kDynamicJobId, u"QUEUED"_s);
    const int notified = fleet.taskCount(kDynamicJobId, u"NOTIFIED"_s);
    const int inProgress = fleet.taskCount(kDynamicJobId, u"IN_PROGRESS"_s);
    const int canceled = fleet.taskCount(kDynamicJobId, u"CANCELED"_s);
    QVERIFY(queued > 0 && notified > 0);

    const auto dialog = makeDialog(kDynamicJobId, true);
    QSignalSpy changed(dialog.get(), &CancelBatchDialog::batchChanged);
    QSignalSpy finished(dialog.get(), &CancelBatchDialog::finished);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"queuedCheck"_s), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"notifiedCheck"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), kDynamicJobId);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), true);

    QCOMPARE(fleet.taskCount(kDynamicJobId, u"QUEUED"_s), 0);
    QCOMPARE(fleet.taskCount(kDynamicJobId, u"NOTIFIED"_s), 0);
    QCOMPARE(fleet.taskCount(kDynamicJobId, u"IN_PROGRESS"_s), inProgress);
    QCOMPARE(fleet.taskCount(kDynamicJobId, u"CANCELED"_s), canceled + queued + notified);
    QCOMPARE(fleet.job(kDynamicJobId)->value(u"JobStatus").toString(), u"IN_PROGRESS"_s); // policy untouched
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), kDynamicJobId);
    auto *result = child<QLabel>(dialog.get(), u"resultLabel"_s);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(u"Done"), qPrintable(result->text()));
    // Another cancel needs the JobId typed again.
    QVERIFY(child<QLineEdit>(dialog.get(), u"confirmEdit"_s)->text().isEmpty());
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(dialog->isVisible());
}

void TestCancelBatchDialog::stopsTheDynamicPolicy()
{
    const auto dialog = makeDialog(kDynamicJobId, true);
    QSignalSpy finished(dialog.get(), &CancelBatchDialog::finished);
    auto *strategy = child<QCheckBox>(dialog.get(), u"strategyCheck"_s);
    QTest::mouseClick(strategy, Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), kDynamicJobId);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_sim->fleet().job(kDynamicJobId)->value(u"JobStatus").toString(), u"CANCELED"_s);
    QVERIFY(child<QLabel>(dialog.get(), u"resultLabel"_s)->text().contains(u"policy was stopped"));
    // Done once: it cannot be chosen again.
    QVERIFY(!strategy->isChecked());
    QVERIFY(!strategy->isEnabled());
}

void TestCancelBatchDialog::showsABusinessErrorAndKeepsTheInput()
{
    // The dialog offers the policy, the server refuses it for a static batch: nothing is canceled then.
    const int queued = m_sim->fleet().taskCount(kSeedJobId, u"QUEUED"_s);
    const auto dialog = makeDialog(kSeedJobId, true);
    QSignalSpy finished(dialog.get(), &CancelBatchDialog::finished);
    QSignalSpy changed(dialog.get(), &CancelBatchDialog::batchChanged);
    auto *strategy = child<QCheckBox>(dialog.get(), u"strategyCheck"_s);
    auto *queuedCheck = child<QCheckBox>(dialog.get(), u"queuedCheck"_s);
    auto *confirm = child<QLineEdit>(dialog.get(), u"confirmEdit"_s);
    QTest::mouseClick(strategy, Qt::LeftButton);
    QTest::mouseClick(queuedCheck, Qt::LeftButton);
    QTest::keyClicks(confirm, kSeedJobId);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), false);

    const QString shown = child<QLabel>(dialog.get(), u"resultLabel"_s)->text();
    QVERIFY2(shown.contains(u"policy was not stopped"), qPrintable(shown));
    QVERIFY2(shown.contains(u"iot.ota.JobNotDynamic"), qPrintable(shown));
    QVERIFY2(shown.contains(u"is static"), qPrintable(shown)); // the server's ErrorMessage
    QVERIFY2(shown.contains(u"Request ID: "), qPrintable(shown));
    QCOMPARE(m_sim->fleet().taskCount(kSeedJobId, u"QUEUED"_s), queued);
    QCOMPARE(changed.size(), 0);
    // Everything as the user left it, ready to try again.
    QVERIFY(dialog->isVisible());
    QVERIFY(strategy->isChecked());
    QVERIFY(queuedCheck->isChecked());
    QCOMPARE(confirm->text(), kSeedJobId);
    QVERIFY(dialog->sendButton()->isEnabled());
    // Without the policy the tasks alone go through.
    QTest::mouseClick(strategy, Qt::LeftButton);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(m_sim->fleet().taskCount(kSeedJobId, u"QUEUED"_s), 0);
}

void TestCancelBatchDialog::keepsTheInputWhenTheBatchIsUnknown()
{
    const QString unknown = u"HvKuBpuk3rdk6E92CPnone0200"_s;
    const auto dialog = makeDialog(unknown);
    QSignalSpy finished(dialog.get(), &CancelBatchDialog::finished);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"inProgressCheck"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), unknown);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString shown = child<QLabel>(dialog.get(), u"resultLabel"_s)->text();
    QVERIFY2(shown.contains(u"The device tasks were not canceled."), qPrintable(shown));
    QVERIFY2(shown.contains(u"The specified update batch does not exist."), qPrintable(shown));
    QCOMPARE(child<QLineEdit>(dialog.get(), u"confirmEdit"_s)->text(), unknown);
    QVERIFY(child<QCheckBox>(dialog.get(), u"inProgressCheck"_s)->isChecked());
}

void TestCancelBatchDialog::cannotBeClosedWhileSending()
{
    m_sim->setFault(OtaSimulator::Fault::NeverAnswer);
    const auto dialog = makeDialog(kDynamicJobId);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"queuedCheck"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), kDynamicJobId);
    QSignalSpy handled(m_sim, &OtaSimulator::requestHandled);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(handled)); // it reached the server, which keeps it
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog.get(), u"confirmEdit"_s)->isEnabled());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
}

void TestCancelBatchDialog::anUnknownOutcomeAsksForTheJobIdAgain()
{
    // A 500 from a load balancer: the cancel may or may not have happened, and is not retried.
    m_sim->setFault(OtaSimulator::Fault::Html500);
    const auto dialog = makeDialog(kDynamicJobId);
    QSignalSpy finished(dialog.get(), &CancelBatchDialog::finished);
    QSignalSpy handled(m_sim, &OtaSimulator::requestHandled);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"queuedCheck"_s), Qt::LeftButton);
    auto *confirm = child<QLineEdit>(dialog.get(), u"confirmEdit"_s);
    QTest::keyClicks(confirm, kDynamicJobId);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(handled.size(), 1); // sent once, never repeated
    const QString shown = child<QLabel>(dialog.get(), u"resultLabel"_s)->text();
    QVERIFY2(shown.contains(u"The outcome is unknown"), qPrintable(shown));
    QVERIFY(confirm->text().isEmpty());
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(child<QCheckBox>(dialog.get(), u"queuedCheck"_s)->isChecked()); // the choice stays
}

void TestCancelBatchDialog::appendsEachCallToTheAuditLog()
{
    QTemporaryDir dir;
    HistoryStore log(dir.filePath(u"history.sqlite"_s));
    QVERIFY(log.isOpen());
    const auto dialog = makeDialog(kDynamicJobId, true);
    dialog->setAuditLog(&log, u"ops"_s);
    QSignalSpy finished(dialog.get(), &CancelBatchDialog::finished);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"strategyCheck"_s), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"queuedCheck"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), kDynamicJobId);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toBool(), true);
    // One entry per call, with the RequestId the gateway gave it.
    const QList<OtaSimulator::Write> writes = m_sim->writesReceived();
    const QList<AuditEntry> entries = log.auditLog(kDynamicJobId);
    QCOMPARE(writes.size(), 2);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, u"CancelOTAStrategyByJob"_s);
    QCOMPARE(entries[1].action, u"CancelOTATaskByJob"_s);
    QCOMPARE(entries[1].targets, QStringList({u"CancelQueuedTask"_s}));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(entries[i].requestId, writes[i].requestId);
        QCOMPARE(entries[i].outcome, AuditEntry::Outcome::Done);
        QCOMPARE(entries[i].profile, u"ops"_s);
        QCOMPARE(entries[i].accessKeyId, config().credentials.accessKeyId);
    }

    // A call whose outcome is unknown says so.
    m_sim->setFault(OtaSimulator::Fault::Html500);
    QTest::mouseClick(child<QCheckBox>(dialog.get(), u"notifiedCheck"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"confirmEdit"_s), kDynamicJobId);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(waitFor(finished));
    const QList<AuditEntry> after = log.auditLog(kDynamicJobId);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[2].outcome, AuditEntry::Outcome::Unknown);
    QVERIFY(!after[2].detail.isEmpty());
}

void TestCancelBatchDialog::startWindow()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"otadash.conf"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_credentials = std::make_unique<SessionAwareCredentialStore>(m_keychain.get());
    for (const bool readOnly : {false, true}) {
        Profile profile;
        profile.id = Profile::newId();
        profile.name = readOnly ? u"reader"_s : u"writer"_s;
        profile.endpoint = m_sim->endpoint();
        profile.accessKeyId = OtaSimulator::demoCredentials().accessKeyId;
        profile.readOnly = readOnly;
        QSignalSpy written(m_credentials->writeCredentials(profile, OtaSimulator::demoCredentials()),
                           &CredentialJob::finished);
        QVERIFY(waitFor(written));
        QVERIFY(m_profiles->add(profile).ok());
    }
    m_fixture->services.profiles = m_profiles.get();
    m_fixture->services.credentials = m_credentials.get();
    QVERIFY(m_fixture->start());
    m_window = m_fixture->window.get();
    m_window->profileSwitcher()->setEnvironment(QProcessEnvironment());
    m_window->watchListDock()->hide();
}

void TestCancelBatchDialog::chooseProfile(const QString &name)
{
    QComboBox *combo = m_window->profileSwitcher()->comboBox();
    const int index = combo->findText(name);
    QVERIFY2(index >= 0, qPrintable(name));
    QSignalSpy activated(m_window->profileSwitcher(), &ProfileSwitcher::profileActivated);
    combo->setCurrentIndex(index);
    emit combo->activated(index); // what a user's pick emits
    QVERIFY(waitFor(activated));
}

bool TestCancelBatchDialog::queryInWindow(const QString &jobId)
{
    QSignalSpy finished(m_window, &MainWindow::queryFinished);
    m_window->setJobId(jobId);
    m_window->query();
    return waitFor(finished) && finished.first().first().toBool();
}

void TestCancelBatchDialog::windowActionNeedsABatch()
{
    startWindow();
    chooseProfile(u"writer"_s);
    QAction *action = m_window->cancelBatchAction();
    QCOMPARE(action->objectName(), u"actionCancelBatch"_s);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"Query a batch first"), qPrintable(action->toolTip()));
    QVERIFY(!m_window->openCancelBatch());
    QVERIFY(queryInWindow(kDynamicJobId));
    QVERIFY(action->isEnabled());
    QVERIFY(action->toolTip().contains(kDynamicJobId));
}

void TestCancelBatchDialog::readOnlyProfileDisablesTheAction()
{
    startWindow();
    chooseProfile(u"writer"_s);
    QVERIFY(queryInWindow(kDynamicJobId));
    QAction *action = m_window->cancelBatchAction();
    QVERIFY(action->isEnabled());

    chooseProfile(u"reader"_s);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"reader is read-only"), qPrintable(action->toolTip()));
    // Reading is still allowed, canceling is not.
    QVERIFY(queryInWindow(kDynamicJobId));
    QVERIFY(!action->isEnabled());
    action->trigger();
    QVERIFY(!m_window->findChild<CancelBatchDialog *>());
    QVERIFY(!m_window->openCancelBatch());

    // Back to a profile that may write: the batch read with the other one must be read again first.
    chooseProfile(u"writer"_s);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"was read with profile reader"), qPrintable(action->toolTip()));
    QVERIFY(queryInWindow(kDynamicJobId));
    QVERIFY(action->isEnabled());
}

void TestCancelBatchDialog::profileDialogStoresTheReadOnlyChoice()
{
    startWindow();
    chooseProfile(u"writer"_s);
    QVERIFY(queryInWindow(kDynamicJobId));
    QVERIFY(m_window->cancelBatchAction()->isEnabled());

    const Profile writer = *m_profiles->profileByName(u"writer"_s);
    ProfileDialog dialog(m_profiles.get(), m_credentials.get(), m_scheduler);
    dialog.setEnvironment(QProcessEnvironment());
    dialog.show();
    dialog.selectProfile(m_profiles->profileByName(u"reader"_s)->id);
    auto *readOnly = child<QCheckBox>(&dialog, u"readOnlyCheck"_s);
    QVERIFY(readOnly->isChecked());
    QCOMPARE(readOnly->text(), u"&Read-only: this profile may only query"_s);
    dialog.selectProfile(writer.id);
    QVERIFY(!readOnly->isChecked());
    QVERIFY(readOnly->isEnabled());
    QTest::mouseClick(readOnly, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(m_fixture->runUntil([&] { return m_profiles->profile(writer.id)->readOnly; }));
    const Profile saved = *m_profiles->profile(writer.id);
    QCOMPARE(saved.name, writer.name); // nothing else changed
    QCOMPARE(saved.endpoint, writer.endpoint);

    // In use again, the profile now may only query.
    chooseProfile(u"writer"_s);
    QVERIFY(!m_window->cancelBatchAction()->isEnabled());
    QVERIFY(m_window->cancelBatchAction()->toolTip().contains(u"writer is read-only"));
}

void TestCancelBatchDialog::windowRefreshesTheBatchAfterACancel()
{
    startWindow();
    chooseProfile(u"writer"_s);
    m_window->showTab(MainWindow::Tab::Devices);
    BatchProgressView *devices = m_window->batchProgressView();
    QSignalSpy counted(devices, &BatchProgressView::countsChanged);
    QVERIFY(queryInWindow(kDynamicJobId));
    QVERIFY(waitFor(counted));
    const TaskStatusCounts before = devices->counts().value();
    QVERIFY(before[TaskStatus::InProgress] > 0);

    m_window->cancelBatchAction()->trigger();
    auto *dialog = m_window->findChild<CancelBatchDialog *>(u"cancelBatchDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The counts the Devices tab shows are offered beside each choice.
    QCOMPARE(child<QLabel>(dialog, u"inProgressCount"_s)->text(),
             QLocale().toString(before[TaskStatus::InProgress]));
    QTest::mouseClick(child<QCheckBox>(dialog, u"inProgressCheck"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmEdit"_s), kDynamicJobId);
    QSignalSpy queried(m_window, &MainWindow::queryFinished);
    counted.clear();
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    // The window reads the batch and its counts again.
    QVERIFY(waitFor(queried));
    QVERIFY(waitFor(counted));
    const TaskStatusCounts after = devices->counts().value();
    QCOMPARE(after[TaskStatus::InProgress], 0);
    QCOMPARE(after[TaskStatus::Canceled], before[TaskStatus::Canceled] + before[TaskStatus::InProgress]);
    QCOMPARE(after[TaskStatus::Queued], before[TaskStatus::Queued]);
}

QTEST_MAIN(TestCancelBatchDialog)
#include "tst_cancelbatchdialog.moc"
