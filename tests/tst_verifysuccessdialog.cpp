#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "VerifySuccessDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Verify Success in the window: reads the batch's succeeded tasks, asks their devices (all, or a sample), and
// lists exactly those the simulator says report another version, with the counts and the time read.
class TestVerifySuccessDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsTheDevicesThatReportAnotherVersion();
    void checksASampleOfTheSizeChosen();

private:
    // A batch with a few hundred succeeded tasks, some of whose devices report another version.
    QString smallBatchWithMismatches(QSet<QString> *mismatched) const;
    std::unique_ptr<SchedulerOnSimulator> m_net;
};

void TestVerifySuccessDialog::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
}

void TestVerifySuccessDialog::cleanup()
{
    m_net.reset();
}

QString TestVerifySuccessDialog::smallBatchWithMismatches(QSet<QString> *mismatched) const
{
    SimFleet &fleet = m_net->sim.fleet();
    for (const QString &jobId : fleet.generatedJobIds()) {
        const int succeeded = fleet.taskCount(jobId, u"SUCCEEDED"_s);
        if (jobId == SimFleet::liveJobId() || succeeded < 100 || succeeded > 1500)
            continue;
        mismatched->clear();
        for (const SimTaskRecord &record : fleet.taskRecords(jobId, u"SUCCEEDED"_s, 0, succeeded)) {
            QString name, product, dest;
            for (const auto &[key, value] : record) {
                if (key == u"DeviceName")
                    name = value;
                else if (key == u"ProductKey")
                    product = value;
                else if (key == u"DestVersion")
                    dest = value;
            }
            const QJsonObject detail = fleet.deviceDetail(*fleet.findDevice(product, name));
            if (detail.value(u"FirmwareVersion").toString() != dest)
                mismatched->insert(name);
        }
        if (!mismatched->isEmpty())
            return jobId;
    }
    return {};
}

void TestVerifySuccessDialog::listsTheDevicesThatReportAnotherVersion()
{
    QSet<QString> expected;
    const QString jobId = smallBatchWithMismatches(&expected);
    QVERIFY(!jobId.isEmpty());
    const int succeeded = m_net->sim.fleet().taskCount(jobId, u"SUCCEEDED"_s);
    VerifySuccessDialog dialog(m_net->scheduler.get(), Account {u"Demo"_s, m_net->config(), {}, true}, jobId,
                               succeeded);
    dialog.show();
    dialog.setSample(std::nullopt); // all
    QSignalSpy verified(&dialog, &VerifySuccessDialog::verified);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(m_net->waitFor(verified));
    QCOMPARE(verified.first().at(0).toString(), jobId);
    auto *table = dialog.findChild<QTableView *>(u"mismatchTable"_s);
    QSet<QString> listed;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        listed.insert(table->model()->index(row, 0).data().toString());
    QCOMPARE(listed, expected);
    const QString status = dialog.findChild<QLabel *>(u"verifyStatus"_s)->text();
    QVERIFY2(status.startsWith(u"%1 succeeded, %1 checked (all), read "_s.arg(QLocale().toString(succeeded))),
             qPrintable(status));
    QVERIFY(status.contains(u": %1 report"_s.arg(expected.size())));
    QVERIFY(dialog.startButton()->isEnabled()); // may be checked again
    QVERIFY(m_net->sim.writesReceived().isEmpty()); // only reads, even for a read-only profile
}

void TestVerifySuccessDialog::checksASampleOfTheSizeChosen()
{
    QSet<QString> expected;
    const QString jobId = smallBatchWithMismatches(&expected);
    VerifySuccessDialog dialog(m_net->scheduler.get(), Account {u"Demo"_s, m_net->config(), {}, false}, jobId,
                               std::nullopt);
    dialog.show();
    dialog.setSample(25);
    QSignalSpy verified(&dialog, &VerifySuccessDialog::verified);
    dialog.start();
    QVERIFY(m_net->waitFor(verified));
    const VerifyReport report = verified.first().at(1).value<VerifyReport>();
    QCOMPARE(report.checked, 25);
    QVERIFY(report.sampled);
    for (const VersionMismatch &mismatch : report.mismatches)
        QVERIFY(expected.contains(mismatch.deviceName));
    QVERIFY(dialog.findChild<QLabel *>(u"verifyStatus"_s)->text().contains(u"25 checked (a random sample)"));
}

QTEST_MAIN(TestVerifySuccessDialog)
#include "tst_verifysuccessdialog.moc"
