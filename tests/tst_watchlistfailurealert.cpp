#include "BatchProgressView.h"
#include "CancelBatchDialog.h"
#include "DesktopNotifier.h"
#include "FailureAlertDialog.h"
#include "QueryBar.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"Demo"_s;
// 156 of its 2,184 tasks that ended failed: 7.1 %.
const QString kDynamicJobId = u"HvKuBpuk3rdk6E92CPdyna0200"_s;
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kAlertTitle = u"Failure rate alert"_s;
// "156 of 2,184" in the locale's digits.
QString failedOfEnded()
{
    return u"%1 of %2"_s.arg(QLocale().toString(156), QLocale().toString(2184));
}

int alerts(const QSignalSpy &notified)
{
    int count = 0;
    for (const QList<QVariant> &call : notified)
        count += call.first().toString() == kAlertTitle ? 1 : 0;
    return count;
}

FailureRateAlert::Settings settings(double percent, qint64 minimum)
{
    FailureRateAlert::Settings result;
    result.thresholdPercent = percent;
    result.minimumSample = minimum;
    return result;
}
} // namespace

// Failure-rate alerts on the watch list, in the window against otasim: set from the row's context menu,
// counted at each refresh for the batches that have one, announced once per crossing, kept in the settings.
class TestWatchListFailureAlert : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void notifiesOnceWhenTheRateCrossesTheThreshold();
    void staysQuietBelowTheThreshold();
    void countsOnlyTheBatchesWithAnAlert();
    void devicesTabCountsRaiseTheAlertToo();
    void removingTheAlertClearsTheMark();
    void keepsAlertsInTheSettings();
    void readsSettingsSavedBeforeAlerts();
    void watchesFromTheTrayAndAnAlertOpensTheCancelDialog();
    void anAlertWithAReadOnlyProfileOpensTheBatchAndSaysWhy();

private:
    WatchListPanel *panel() const { return m_fixture.window->watchListPanel(); }
    WatchListModel *model() const { return panel()->model(); }
    // The window on the simulator, with the demo's watch-list profile and no timer of its own.
    bool startWindow();
    // Through the row's context-menu action and its dialog, as a user sets it.
    void setAlertThroughTheDialog(int row, double percent, int minimum);
    // A round now, waited for.
    void refreshAndWait();

    bool runUntil(const std::function<bool()> &done) { return m_fixture.runUntil(done); }

    WindowOnSimulator m_fixture;
    std::unique_ptr<QTemporaryDir> m_settingsDir; // a test's settings, outliving the window that uses them
    std::unique_ptr<QSettings> m_settings;
};

void TestWatchListFailureAlert::init() { }

bool TestWatchListFailureAlert::startWindow()
{
    m_fixture.setup.fixedProfile = kProfile;
    if (!m_fixture.start())
        return false;
    panel()->setAutoRefreshInterval(0);
    // The round the account started (an empty list) is over: out of the way of what the tests count.
    return !panel()->refresher()->isRunning();
}

void TestWatchListFailureAlert::cleanup()
{
    m_fixture.stop();
    m_fixture.setup.builtInReadOnly = false;
    m_fixture.services.profiles = nullptr;
    m_fixture.services.credentials = nullptr;
    m_fixture.services.settings = nullptr;
    m_settings.reset();
    m_settingsDir.reset();
}

void TestWatchListFailureAlert::setAlertThroughTheDialog(int row, double percent, int minimum)
{
    panel()->view()->setCurrentIndex(panel()->view()->model()->index(row, WatchListModel::Name));
    auto *action = panel()->findChild<QAction *>(u"failureAlertAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Failure alert…"_s);
    action->trigger();
    auto *dialog = panel()->findChild<FailureAlertDialog *>(u"failureAlertDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QDoubleSpinBox *>(u"thresholdSpin"_s)->setValue(percent);
    dialog->findChild<QSpinBox *>(u"minimumSpin"_s)->setValue(minimum);
    dialog->accept();
}

void TestWatchListFailureAlert::refreshAndWait()
{
    WatchListRefresher *refresher = panel()->refresher();
    QVERIFY(runUntil([&] { return !refresher->isRunning(); }));
    QSignalSpy refreshed(refresher, &WatchListRefresher::refreshed);
    panel()->refreshNow();
    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
}

void TestWatchListFailureAlert::notifiesOnceWhenTheRateCrossesTheThreshold()
{
    QVERIFY(startWindow());
    QVERIFY(model()->add(kProfile, kDynamicJobId));
    QSignalSpy notified(m_fixture.window->desktopNotifier(), &DesktopNotifier::notified);
    // Setting the alert refreshes at once, with the counts it needs.
    setAlertThroughTheDialog(0, 5.0, 100);
    QVERIFY(runUntil([&] { return alerts(notified) == 1; }));
    QCOMPARE(alerts(notified), 1);
    const QList<QVariant> alert = notified.last();
    QCOMPARE(alert.first().toString(), kAlertTitle);
    const QString message = alert.at(1).toString();
    QVERIFY2(message.contains(u"sensor-fw-1.2.0"), qPrintable(message));
    QVERIFY2(message.contains(u"7.1 %"), qPrintable(message));
    QVERIFY2(message.contains(failedOfEnded()), qPrintable(message));
    QVERIFY2(message.contains(u"5.0 %"), qPrintable(message));
    QVERIFY2(message.contains(u"Profile: Demo"), qPrintable(message));

    // The row is marked.
    const QModelIndex name = model()->index(0, WatchListModel::Name);
    QCOMPARE(name.data(WatchListModel::FailureAlertRole).toBool(), true);
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"Failure alert: 7.1 %"));

    // A later refresh above the threshold says nothing more.
    refreshAndWait();
    QCOMPARE(alerts(notified), 1);
    QCOMPARE(name.data(WatchListModel::FailureAlertRole).toBool(), true);
}

void TestWatchListFailureAlert::staysQuietBelowTheThreshold()
{
    QVERIFY(startWindow());
    QVERIFY(model()->add(kProfile, kDynamicJobId));
    QSignalSpy notified(m_fixture.window->desktopNotifier(), &DesktopNotifier::notified);
    setAlertThroughTheDialog(0, 10.0, 100);
    // The counts are checked as they arrive: known counts and no notification mean none comes.
    QVERIFY(runUntil([&] { return model()->entries().at(0).counts.has_value(); }));
    QCOMPARE(alerts(notified), 0);
    const QModelIndex name = model()->index(0, WatchListModel::Name);
    QCOMPARE(name.data(WatchListModel::FailureAlertRole).toBool(), false);
    const QString tip = name.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Failure alert at 10.0 % (minimum sample 100); now 7.1 % (%1 failed)."_s.arg(
                     failedOfEnded())),
             qPrintable(tip));
}

void TestWatchListFailureAlert::countsOnlyTheBatchesWithAnAlert()
{
    // A planned batch moves no device: the plan reads no counts for it, unless an alert needs them.
    QVERIFY(startWindow());
    QVERIFY(m_fixture.sim->fleet().setJobStatus(kSeedJobId, u"PLANNED"_s));
    QVERIFY(m_fixture.sim->fleet().setJobStatus(kDynamicJobId, u"PLANNED"_s));
    QVERIFY(model()->add(kProfile, kSeedJobId));
    QVERIFY(model()->add(kProfile, kDynamicJobId));
    QVERIFY(model()->setFailureAlert(1, settings(50.0, 1)));
    QCOMPARE(model()->failureAlertCount(), 1);
    QStringList listed;
    QStringList queried;
    connect(m_fixture.sim, &OtaSimulator::requestHandled, this, [&](const QString &action) {
        (action == u"ListOTATaskByJob" ? listed : queried).append(action);
    });
    refreshAndWait();
    QCOMPARE(queried.size(), 2); // one QueryOTAJob per row
    QCOMPARE(listed.size(), 8); // the total and one count per TaskStatus, for the row with an alert only
    QVERIFY(!model()->entries().at(0).counts.has_value());
    QCOMPARE((*model()->entries().at(1).counts)[TaskStatus::Failed], qint64(156));
}

void TestWatchListFailureAlert::devicesTabCountsRaiseTheAlertToo()
{
    QVERIFY(startWindow());
    QVERIFY(model()->add(kProfile, kDynamicJobId));
    QVERIFY(model()->setFailureAlert(0, settings(5.0, 100))); // no counts yet: nothing to tell
    QSignalSpy notified(m_fixture.window->desktopNotifier(), &DesktopNotifier::notified);
    QCOMPARE(alerts(notified), 0);
    MainWindow *window = m_fixture.window.get();
    QSignalSpy counted(window->batchProgressView(), &BatchProgressView::countsChanged);
    QSignalSpy queried(window, &MainWindow::queryFinished);
    window->openBatch(kProfile, kDynamicJobId);
    QVERIFY(runUntil([&] { return queried.size() == 1; }));
    window->showTab(MainWindow::Tab::Devices); // counting starts once the tab is in front
    QVERIFY(runUntil([&] { return counted.size() == 1; }));
    QCOMPARE(alerts(notified), 1);
    QCOMPARE(model()->index(0, WatchListModel::Name).data(WatchListModel::FailureAlertRole).toBool(), true);
    // The watch list's own count is the same crossing.
    refreshAndWait();
    QCOMPARE(alerts(notified), 1);
}

void TestWatchListFailureAlert::removingTheAlertClearsTheMark()
{
    QVERIFY(startWindow());
    QVERIFY(model()->add(kProfile, kDynamicJobId));
    QSignalSpy notified(m_fixture.window->desktopNotifier(), &DesktopNotifier::notified);
    setAlertThroughTheDialog(0, 5.0, 100);
    QVERIFY(runUntil([&] { return alerts(notified) == 1; }));
    QCOMPARE(alerts(notified), 1);

    panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, WatchListModel::Name));
    panel()->findChild<QAction *>(u"failureAlertAction"_s)->trigger();
    auto *dialog = panel()->findChild<FailureAlertDialog *>(u"failureAlertDialog"_s);
    QVERIFY(dialog);
    // It shows the alert as set, with the rate the last counts gave.
    QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"thresholdSpin"_s)->value(), 5.0);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"minimumSpin"_s)->value(), 100);
    QVERIFY(dialog->findChild<QLabel *>(u"currentLabel"_s)->text().contains(failedOfEnded()));
    QVERIFY(dialog->removeButton()->isVisible());
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QVERIFY(!model()->entries().at(0).failureAlert.isEnabled());
    const QModelIndex name = model()->index(0, WatchListModel::Name);
    QCOMPARE(name.data(WatchListModel::FailureAlertRole).toBool(), false);
    QVERIFY(!name.data(Qt::ToolTipRole).toString().contains(u"Failure alert"));
    refreshAndWait();
    QCOMPARE(alerts(notified), 1);
}

void TestWatchListFailureAlert::keepsAlertsInTheSettings()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(u"watch.ini"_s), QSettings::IniFormat);
    WatchListModel saved;
    saved.add(kProfile, kDynamicJobId);
    saved.add(kProfile, kSeedJobId);
    QVERIFY(saved.setFailureAlert(0, settings(2.5, 40)));
    TaskStatusCounts counts;
    counts[TaskStatus::Succeeded] = 90;
    counts[TaskStatus::Failed] = 10;
    QSignalSpy raised(&saved, &WatchListModel::failureAlertRaised);
    QVERIFY(saved.updateCounts(kProfile, kDynamicJobId, counts));
    QCOMPARE(raised.size(), 1);
    QVERIFY(!saved.setFailureAlert(1, settings(250.0, 40))); // refused: not a percentage
    saved.save(&store);

    WatchListModel loaded;
    loaded.load(&store);
    QCOMPARE(loaded.rowCount(), 2);
    QCOMPARE(loaded.entries().at(0).failureAlert.settings(), settings(2.5, 40));
    // Announced before the restart: not announced again for the same crossing.
    QVERIFY(loaded.entries().at(0).failureAlert.isRaised());
    QSignalSpy again(&loaded, &WatchListModel::failureAlertRaised);
    QVERIFY(loaded.updateCounts(kProfile, kDynamicJobId, counts));
    QCOMPARE(again.size(), 0);
    QVERIFY(!loaded.entries().at(1).failureAlert.isEnabled());
}

void TestWatchListFailureAlert::readsSettingsSavedBeforeAlerts()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(u"watch.ini"_s), QSettings::IniFormat);
    // As version 1 wrote it, before alerts existed, plus one alert that makes no sense.
    store.beginGroup(WatchListModel::kSettingsGroup);
    store.setValue(u"version"_s, 1);
    store.beginWriteArray(u"entries"_s, 2);
    store.setArrayIndex(0);
    store.setValue(u"profile"_s, kProfile);
    store.setValue(u"jobId"_s, kSeedJobId);
    store.setValue(u"status"_s, u"IN_PROGRESS"_s);
    store.setArrayIndex(1);
    store.setValue(u"profile"_s, kProfile);
    store.setValue(u"jobId"_s, kDynamicJobId);
    store.setValue(u"failureAlertPercent"_s, u"lots"_s);
    store.endArray();
    store.endGroup();

    WatchListModel loaded;
    loaded.load(&store);
    QCOMPARE(loaded.rowCount(), 2);
    QCOMPARE(loaded.entries().at(0).status, u"IN_PROGRESS"_s);
    QVERIFY(!loaded.entries().at(0).failureAlert.isEnabled());
    QVERIFY(!loaded.entries().at(1).failureAlert.isEnabled()); // dropped, the row kept
    QCOMPARE(loaded.failureAlertCount(), 0);
}

void TestWatchListFailureAlert::watchesFromTheTrayAndAnAlertOpensTheCancelDialog()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings
            = std::make_unique<QSettings>(m_settingsDir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->setValue(MainWindow::kKeepWatchingKey, true);
    m_fixture.services.settings = m_settings.get();
    QVERIFY(startWindow());
    MainWindow *window = m_fixture.window.get();
    DesktopNotifier *notifier = window->desktopNotifier();
    notifier->setTrayAvailable(true); // this desktop (offscreen) has none
    QVERIFY(model()->add(kProfile, kDynamicJobId));
    panel()->setAutoRefreshInterval(60);
    WatchListRefresher *refresher = panel()->refresher();

    // Closing the window keeps watching in the tray, and says so once.
    QSignalSpy notified(notifier, &DesktopNotifier::notified);
    window->close();
    QVERIFY(!window->isVisible());
    QVERIFY(refresher->isTimerActive());
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.last().first().toString(), u"OtaDash keeps watching"_s);

    // The tray menu: Open, Pause watching, Quit.
    const QList<QAction *> actions = notifier->trayMenu()->actions();
    QCOMPARE(actions.first()->text(), u"&Open OtaDash"_s);
    QCOMPARE(actions.last()->text(), u"&Quit"_s);
    notifier->pauseAction()->trigger();
    QVERIFY(!refresher->isTimerActive());
    notifier->pauseAction()->trigger();
    QVERIFY(refresher->isTimerActive());

    // An alert while the window is hidden; a click on it opens the batch with its Cancel dialog ready, and
    // nothing is sent.
    QStringList sent;
    connect(m_fixture.sim, &OtaSimulator::requestHandled, this,
            [&](const QString &action) { sent.append(action); });
    QVERIFY(model()->setFailureAlert(0, settings(5.0, 100)));
    refreshAndWait();
    QCOMPARE(alerts(notified), 1);
    QVERIFY(notified.last().at(1).toString().contains(u"Cancel dialog ready"_s));
    auto *tray = notifier->findChild<QSystemTrayIcon *>();
    QVERIFY(tray);
    emit tray->messageClicked();
    QVERIFY(runUntil([&] {
        auto *dialog = window->findChild<CancelBatchDialog *>();
        return dialog && dialog->isVisible();
    }));
    QVERIFY(window->isVisible());
    QCOMPARE(window->findChild<QueryBar *>(u"queryBar"_s)->jobId(), kDynamicJobId);
    QVERIFY(std::none_of(sent.cbegin(), sent.cend(),
                         [](const QString &action) { return action.startsWith(u"Cancel"_s); }));
    QVERIFY(sent.contains(u"QueryOTAJob"_s));
    window->findChild<CancelBatchDialog *>()->reject();

    // Quit closes for real and asks the application to end.
    QSignalSpy quit(window, &MainWindow::quitRequested);
    actions.last()->trigger();
    QCOMPARE(quit.size(), 1);
    QVERIFY(!window->isVisible());
}

// The demo's profile is read-only until File > Allow Write Actions in the Demo: a click on an alert opens the
// batch without a Cancel dialog, and the status bar says why and how to lift the mark.
void TestWatchListFailureAlert::anAlertWithAReadOnlyProfileOpensTheBatchAndSaysWhy()
{
    // As otadash --demo starts: with profiles, so that the demo's is one of the switcher's.
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.conf"_s), QSettings::IniFormat);
    MemoryCredentialStore keychain;
    SessionAwareCredentialStore credentials(&keychain);
    m_fixture.services.profiles = &profiles;
    m_fixture.services.credentials = &credentials;
    m_fixture.setup.builtInReadOnly = true;
    QVERIFY(startWindow());
    MainWindow *window = m_fixture.window.get();
    DesktopNotifier *notifier = window->desktopNotifier();
    notifier->setTrayAvailable(true);
    QVERIFY(model()->add(kProfile, kDynamicJobId));
    QSignalSpy notified(notifier, &DesktopNotifier::notified);
    QVERIFY(model()->setFailureAlert(0, settings(5.0, 100)));
    refreshAndWait();
    QCOMPARE(alerts(notified), 1);
    QSignalSpy queried(window, &MainWindow::queryFinished);
    emit notifier->findChild<QSystemTrayIcon *>()->messageClicked();
    QVERIFY(runUntil([&] { return queried.size() == 1; }));
    QCOMPARE(window->findChild<QueryBar *>(u"queryBar"_s)->jobId(), kDynamicJobId);
    QVERIFY(!window->findChild<CancelBatchDialog *>());
    const QString said = window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"read-only"_s) && said.contains(u"Allow Write Actions in the Demo"_s),
             qPrintable(said));
    m_fixture.stop(); // before the stores go
}

QTEST_MAIN(TestWatchListFailureAlert)
#include "tst_watchlistfailurealert.moc"
