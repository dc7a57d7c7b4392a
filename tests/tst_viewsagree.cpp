#include "BatchPage.h"
#include "BatchProgressView.h"
#include "CancelBatchDialog.h"
#include "DiscoveryPanel.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "models/DiscoveryTreeModel.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"
#include "ota/JobField.h"
#include "util/TimeText.h"

#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"Demo"_s;
} // namespace

// One batch open in every view of the window at once (the form, the Devices tab, the watch list, Discovery,
// the cancel dialog, the exports and the history), the simulator's live batch moving on as the manual clock
// does. One view reads it again, and every other view shows the same state with the time it was read.
class TestViewsAgree : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aReadByOneViewReachesEveryOther();

private:
    QString readAt(const QDateTime &utc) const
    {
        return TimeText::readAt(utc, m_fixture.net->clock.nowUtc());
    }

    QTemporaryDir m_dir;
    WindowOnSimulator m_fixture;
};

void TestViewsAgree::init()
{
    QVERIFY(m_dir.isValid());
    m_fixture.historyPath = m_dir.filePath(u"history.sqlite"_s);
    m_fixture.setup.fixedProfile = kProfile;
    m_fixture.showDiscovery = true;
    QVERIFY(m_fixture.start());
}

void TestViewsAgree::cleanup()
{
    m_fixture.stop();
}

void TestViewsAgree::aReadByOneViewReachesEveryOther()
{
    MainWindow *window = m_fixture.window.get();
    const QString jobId = SimFleet::liveJobId();
    const QJsonObject summary = *m_fixture.sim->fleet().jobSummary(jobId);

    // The watch list watches the live batch, with a failure alert so that its rounds count the tasks too;
    // its own timer is off: the one read below is the test's.
    WatchListPanel *watch = window->watchListPanel();
    watch->setAutoRefreshInterval(0);
    QVERIFY(watch->model()->add(kProfile, jobId));
    FailureRateAlert::Settings alert;
    alert.thresholdPercent = 50.0;
    alert.minimumSample = 1000000; // never raised: only the counting matters here
    QVERIFY(watch->model()->setFailureAlert(0, alert));

    // The form and the Devices tab show it.
    QVERIFY(m_fixture.queryBatch(jobId));
    window->showTab(MainWindow::Tab::Devices);
    BatchProgressView *devices = window->batchProgressView();
    QVERIFY(m_fixture.runUntil([&] { return devices->countsReading().has_value() && !devices->isBusy(); }));
    QCOMPARE(devices->counts()->total(), qint64(SimFleet::kLiveJobTaskCount));
    QVERIFY((*devices->counts())[TaskStatus::Succeeded] < SimFleet::kLiveJobTaskCount);

    // Discovery shows its row, under its product and firmware.
    DiscoveryPanel *discovery = window->discoveryPanel();
    QSignalSpy revealed(discovery, &DiscoveryPanel::revealed);
    discovery->expandTo(summary.value(u"ProductKey").toString(), summary.value(u"FirmwareId").toString());
    QVERIFY(m_fixture.waitFor(revealed));
    DiscoveryTreeModel *tree = discovery->treeModel();
    QModelIndex row;
    for (int p = 0; p < tree->rowCount() && !row.isValid(); ++p) {
        const QModelIndex product = tree->index(p, 0);
        for (int f = 0; f < tree->rowCount(product) && !row.isValid(); ++f) {
            const QModelIndex firmware = tree->index(f, 0, product);
            for (int b = 0; b < tree->loadedCount(firmware); ++b) {
                if (tree->index(b, 0, firmware).data(DiscoveryTreeModel::IdRole).toString() == jobId)
                    row = tree->index(b, DiscoveryTreeModel::Status, firmware);
            }
        }
    }
    QVERIFY(row.isValid());
    QCOMPARE(row.data(DiscoveryTreeModel::StatusValueRole).toString(), u"IN_PROGRESS"_s);

    // The cancel dialog is open on it.
    CancelBatchDialog *cancel = window->openCancelBatch();
    QVERIFY(cancel);
    QVERIFY(m_fixture.runUntil([&] { return !devices->isBusy(); })); // it asked for fresh counts

    // Eleven minutes later every device has finished. The watch list alone reads the batch again.
    QVERIFY(m_fixture.advance(11 * 60 * 1000));
    const QDateTime before = m_fixture.net->clock.nowUtc();
    QSignalSpy refreshed(watch->refresher(), &WatchListRefresher::refreshed);
    watch->refreshNow();
    QVERIFY(m_fixture.waitFor(refreshed));
    const BatchKey key {kProfile, jobId};
    const JobReading *reading = m_fixture.store->job(key);
    const CountsReading *counts = m_fixture.store->counts(key);
    QVERIFY(reading && counts);
    QVERIFY(reading->readAtUtc >= before);
    QVERIFY(counts->finishedAtUtc >= before);
    QCOMPARE(reading->job.jobStatus.value(), u"COMPLETED"_s);
    QCOMPARE(counts->counts.finished(), qint64(SimFleet::kLiveJobTaskCount));

    // The watch list: the new status, read at that time.
    const WatchListModel::Entry &entry = watch->model()->entries().at(0);
    QCOMPARE(entry.status, u"COMPLETED"_s);
    QCOMPARE(entry.lastRefreshUtc, reading->readAtUtc);
    QCOMPARE(entry.counts.value(), counts->counts);

    // The form, and when it was read.
    QCOMPARE(window->findChild<QLabel *>(u"value_"_s + jobFieldKey(JobField::JobStatus))->text(),
             u"Completed"_s);
    BatchPage *page = window->batchPage();
    QCOMPARE(page->reading()->readAtUtc, reading->readAtUtc);
    const QString times = page->findChild<QLabel *>(u"readTimesLabel"_s)->text();
    QVERIFY2(times.contains(readAt(reading->readAtUtc)), qPrintable(times));
    QVERIFY2(times.contains(readAt(counts->finishedAtUtc)), qPrintable(times));

    // The Devices tab: the same round, and its time.
    QCOMPARE(devices->countsReading()->finishedAtUtc, counts->finishedAtUtc);
    QCOMPARE(*devices->counts(), counts->counts);
    const QString counted = devices->findChild<QLabel *>(u"countsStatusLabel"_s)->text();
    QVERIFY2(counted.contains(readAt(counts->finishedAtUtc)), qPrintable(counted));

    // Discovery's row, and when its status was read.
    QCOMPARE(row.data(DiscoveryTreeModel::StatusValueRole).toString(), u"COMPLETED"_s);
    QVERIFY2(row.siblingAtColumn(0).data(Qt::ToolTipRole).toString().contains(readAt(reading->readAtUtc)),
             qPrintable(row.siblingAtColumn(0).data(Qt::ToolTipRole).toString()));

    // The cancel dialog: nothing left in progress, as counted then.
    QCOMPARE(cancel->findChild<QLabel *>(u"inProgressCount"_s)->text(), u"0"_s);
    const QString cancelTime = cancel->findChild<QLabel *>(u"countsTimeLabel"_s)->text();
    QVERIFY2(cancelTime.contains(TimeText::readAt(counts->finishedAtUtc, QDateTime())),
             qPrintable(cancelTime));
    cancel->reject();

    // The raw response exported now is the one just read, byte for byte.
    ExportActions *exports = window->exportActions();
    const QString path = m_dir.filePath(u"raw.json"_s);
    exports->setFileChooser([path](const QString &, const QString &, const QString &) { return path; });
    QSignalSpy exported(exports, &ExportActions::exportFinished);
    exports->rawResponseAction()->trigger();
    QVERIFY(exported.size() == 1 || m_fixture.waitFor(exported));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), reading->body);

    // And the history holds that read and that round, each at its own time.
    HistoryStore *history = m_fixture.historyFile();
    QCOMPARE(history->latestJob(kProfile, jobId)->fetchedAtUtc, reading->readAtUtc);
    QCOMPARE(history->latestJob(kProfile, jobId)->jobStatus, u"COMPLETED"_s);
    QCOMPARE(history->latestCounts(kProfile, jobId)->atUtc, counts->finishedAtUtc);
    QCOMPARE(history->latestCounts(kProfile, jobId)->counts, counts->counts);
}

QTEST_MAIN(TestViewsAgree)
#include "tst_viewsagree.moc"
