#include "DevicePanel.h"
#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "util/DisplayZone.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The device panel on the simulated gateway: what a device reports, flagged when a succeeded task's device
// runs another version, and a failure that keeps what was shown.
class TestDevicePanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsWhatTheDeviceReports();
    void flagsASucceededTaskWhoseDeviceRunsAnotherVersion();
    void keepsWhatItShowedWhenAReadFails();

private:
    Account account() const;
    QString field(const SimTaskRecord &task, QStringView name) const;
    std::unique_ptr<SchedulerOnSimulator> m_net;
};

void TestDevicePanel::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_net->sim.fleet().setLiveJobStart(m_net->clock.nowUtc());
}

void TestDevicePanel::cleanup()
{
    m_net.reset();
}

Account TestDevicePanel::account() const
{
    return Account {u"Demo"_s, m_net->config(), {}, false};
}

QString TestDevicePanel::field(const SimTaskRecord &task, QStringView name) const
{
    for (const auto &[key, value] : task) {
        if (key == name)
            return value;
    }
    return {};
}

void TestDevicePanel::showsWhatTheDeviceReports()
{
    const SimTaskRecord task = m_net->sim.fleet().taskRecords(SimFleet::liveJobId(), {}, 0, 1).constFirst();
    const DeviceRef device {field(task, u"ProductKey"), field(task, u"DeviceName"), {}};
    DevicePanel panel(m_net->scheduler.get(), account(), device, SimFleet::liveJobId());
    panel.show();
    QSignalSpy looked(&panel, &DevicePanel::lookedUp);
    QVERIFY(m_net->waitFor(looked));
    const QJsonObject detail = m_net->sim.fleet().deviceDetail(
            *m_net->sim.fleet().findDevice(device.productKey, device.deviceName));
    const QString status = detail.value(u"Status").toString();
    QCOMPARE(panel.valueText(u"status"_s),
             status == u"ONLINE"            ? u"Online"_s
                     : status == u"OFFLINE" ? u"Offline"_s
                                            : u"Disabled"_s);
    QCOMPARE(panel.valueText(u"version"_s), detail.value(u"FirmwareVersion").toString());
    QVERIFY(panel.valueText(u"modules"_s)
                    .startsWith(u"default: "_s + detail.value(u"FirmwareVersion").toString()));
    QVERIFY(panel.valueText(u"unfinished"_s).contains(SimFleet::liveJobId()));
    QVERIFY2(panel.valueText(u"task"_s).startsWith(u"Queued"), qPrintable(panel.valueText(u"task"_s)));
    QVERIFY(panel.valueText(u"readAt"_s)
                    .endsWith(
                            u" Times are in %1."_s.arg(DisplayZone::name()))); // the panel's zone, said once
    QVERIFY(!panel.findChild<QLabel *>(u"deviceMessage"_s)->isVisible());
    QVERIFY(panel.findChild<QLabel *>(u"deviceTitle"_s)->text().contains(device.deviceName));
}

void TestDevicePanel::flagsASucceededTaskWhoseDeviceRunsAnotherVersion()
{
    QVERIFY(m_net->time.advance(qint64(SimFleet::kLiveJobMinutes + 1) * 60 * 1000));
    const SimFleet &fleet = m_net->sim.fleet();
    std::optional<SimTaskRecord> rolledBack;
    for (const SimTaskRecord &task : fleet.taskRecords(SimFleet::liveJobId(), u"SUCCEEDED"_s, 0, 100)) {
        if (!rolledBack
            && fleet.isRolledBack(*fleet.findDevice(field(task, u"ProductKey"), field(task, u"DeviceName"))))
            rolledBack = task;
    }
    QVERIFY(rolledBack);
    DevicePanel panel(m_net->scheduler.get(), account(),
                      {field(*rolledBack, u"ProductKey"), field(*rolledBack, u"DeviceName"), {}},
                      SimFleet::liveJobId());
    panel.show();
    QSignalSpy looked(&panel, &DevicePanel::lookedUp);
    QVERIFY(m_net->waitFor(looked));
    const QLabel *message = panel.findChild<QLabel *>(u"deviceMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"The task succeeded, but the device reports version %1, not %2"_s.arg(
                     field(*rolledBack, u"SrcVersion"), field(*rolledBack, u"DestVersion"))),
             qPrintable(message->text()));
}

void TestDevicePanel::keepsWhatItShowedWhenAReadFails()
{
    const SimTaskRecord task = m_net->sim.fleet().taskRecords(SimFleet::liveJobId(), {}, 0, 1).constFirst();
    DevicePanel panel(m_net->scheduler.get(), account(),
                      {field(task, u"ProductKey"), field(task, u"DeviceName"), {}}, SimFleet::liveJobId());
    panel.show();
    QSignalSpy looked(&panel, &DevicePanel::lookedUp);
    QVERIFY(m_net->waitFor(looked));
    const QString version = panel.valueText(u"version"_s);
    m_net->sim.setFault(OtaSimulator::Fault::Html500);
    m_net->scheduler->setMaxRetries(0);
    panel.findChild<QPushButton *>(u"readAgainButton"_s)->click();
    QVERIFY(m_net->waitFor(looked));
    QCOMPARE(panel.valueText(u"version"_s), version);
    const QLabel *message = panel.findChild<QLabel *>(u"deviceMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(panel.findChild<QPushButton *>(u"readAgainButton"_s)->isEnabled());
}

QTEST_MAIN(TestDevicePanel)
#include "tst_devicepanel.moc"
