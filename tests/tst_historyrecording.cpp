#include "BatchProgressView.h"
#include "MainWindow.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "history/HistoryStore.h"
#include "models/WatchListRefresher.h"
#include "services/HistoryRecorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"Demo"_s;
}

// What the window records into the history: its queries, the watch list's refreshes and the Devices tab's
// count rounds, against the simulated gateway over loopback.
class TestHistoryRecording : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void recordsEachQueryOfTheWindow();
    void recordsTheWatchListRefreshes();
    void recordsEveryCompleteRoundOfTaskCounts();
    void saysWhenTheHistoryIsOff();
    void saysWhenAFetchCouldNotBeRecorded();

private:
    bool queryBatch(const QString &jobId) { return m_fixture.queryBatch(jobId); }
    bool runUntil(const std::function<bool()> &done) { return m_fixture.runUntil(done); }
    // The window, recording into the history file at path (opened now, unless open is false).
    bool startWindow(const QString &path, bool open = true);
    QString statusOf(const QString &jobId) const
    {
        return m_fixture.sim->fleet().job(jobId)->value(u"JobStatus").toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    HistoryStore *m_history = nullptr; // the window's history file
    WindowOnSimulator m_fixture;
};

void TestHistoryRecording::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestHistoryRecording::startWindow(const QString &path, bool open)
{
    m_fixture.historyPath = path;
    m_fixture.setup.fixedProfile = kProfile;
    if (!m_fixture.start())
        return false;
    if (open)
        m_history = m_fixture.historyFile();
    return true;
}

void TestHistoryRecording::cleanup()
{
    m_fixture.stop(); // the window before the store it records into
    m_history = nullptr;
    m_dir.reset();
}

void TestHistoryRecording::recordsEachQueryOfTheWindow()
{
    QVERIFY(startWindow(m_dir->filePath(u"history.sqlite"_s)));
    QVERIFY(m_history->isOpen());
    const QString jobId = m_fixture.sim->jobIds().value(0);
    QSignalSpy recorded(m_fixture.history.get(), &HistoryRecorder::recorded);
    QVERIFY(queryBatch(jobId));
    QList<HistoryJobSnapshot> snapshots = m_history->jobSnapshots(kProfile, jobId);
    QCOMPARE(snapshots.size(), 1);
    const QJsonObject data = QJsonDocument::fromJson(snapshots[0].body).object().value(u"Data").toObject();
    QCOMPARE(data.value(u"JobId").toString(), jobId);
    QCOMPARE(snapshots[0].jobStatus, statusOf(jobId));
    QCOMPARE(snapshots[0].format, ResponseFormat::Json);
    QCOMPARE(snapshots[0].fetchedAtUtc, m_fixture.net->clock.nowUtc()); // when it was read
    QVERIFY(recorded.size() >= 1);
    QCOMPARE(recorded.constFirst().at(0).value<BatchKey>(), (BatchKey {kProfile, jobId}));

    // A failed query records nothing.
    QSignalSpy finished(m_fixture.window.get(), &MainWindow::queryFinished);
    m_fixture.window->setJobId(u"NoSuchBatch0000000000000"_s);
    m_fixture.window->query();
    QVERIFY(m_fixture.waitFor(finished));
    QVERIFY(!finished.constFirst().constFirst().toBool());
    QVERIFY(m_history->profilesWithHistory(u"NoSuchBatch0000000000000"_s).isEmpty());

    QVERIFY(queryBatch(jobId));
    QCOMPARE(m_history->jobSnapshots(kProfile, jobId).size(), 2);
}

void TestHistoryRecording::recordsTheWatchListRefreshes()
{
    QVERIFY(startWindow(m_dir->filePath(u"history.sqlite"_s)));
    QVERIFY(m_history->isOpen());
    const QString jobId = m_fixture.sim->jobIds().value(2);
    QSignalSpy refreshed(m_fixture.window->watchListPanel()->refresher(), &WatchListRefresher::refreshed);
    QVERIFY(m_fixture.window->watchListPanel()->addBatch(kProfile, jobId));
    QVERIFY(runUntil([&] { return !m_history->jobSnapshots(kProfile, jobId).isEmpty(); }));
    const HistoryJobSnapshot latest = *m_history->latestJob(kProfile, jobId);
    QCOMPARE(latest.jobStatus, statusOf(jobId));
    QVERIFY(latest.body.contains(jobId.toUtf8()));
    const qsizetype before = m_history->jobSnapshots(kProfile, jobId).size();
    QVERIFY(runUntil([&] { return !m_fixture.window->watchListPanel()->refresher()->isRunning(); }));
    m_fixture.window->watchListPanel()->refreshNow();
    QVERIFY(runUntil([&] { return m_history->jobSnapshots(kProfile, jobId).size() == before + 1; }));
    QCOMPARE(m_history->jobSnapshots(kProfile, jobId).size(), before + 1);
}

void TestHistoryRecording::recordsEveryCompleteRoundOfTaskCounts()
{
    QVERIFY(startWindow(m_dir->filePath(u"history.sqlite"_s)));
    QVERIFY(m_history->isOpen());
    const QString jobId = m_fixture.sim->jobIds().value(0);
    QVERIFY(queryBatch(jobId));
    m_fixture.pauseLive(); // only the rounds this test reads
    BatchProgressView *view = m_fixture.window->batchProgressView();
    QSignalSpy counted(view, &BatchProgressView::countsChanged);
    m_fixture.window->showTab(MainWindow::Tab::Devices);
    QVERIFY(m_fixture.waitFor(counted));
    QList<HistoryCountsPoint> series = m_history->countsSeries(kProfile, jobId);
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0].counts, *view->counts());
    QCOMPARE(series[0].counts.total(), qint64(m_fixture.sim->fleet().taskCount(jobId)));
    // With the batch's total the round read first.
    QCOMPARE(series[0].batchTotal, view->countsReading()->batchTotal);
    QCOMPARE(series[0].batchTotal, std::optional<qint64>(m_fixture.sim->fleet().taskCount(jobId)));

    QVERIFY(m_fixture.advance(60000));
    view->refresh();
    QVERIFY(m_fixture.waitFor(counted));
    series = m_history->countsSeries(kProfile, jobId);
    QCOMPARE(series.size(), 2);
    // Each round at the time it ended (its seven requests one token apart).
    QVERIFY(series[0].atUtc < series[1].atUtc);
    QCOMPARE(series[1].atUtc, m_fixture.net->clock.nowUtc());
}

void TestHistoryRecording::saysWhenTheHistoryIsOff()
{
    const QString newer = m_dir->filePath(u"newer.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    // The file is opened when first needed, not at start-up: nothing to say before then.
    QVERIFY(startWindow(newer, false));
    QVERIFY(!m_fixture.window->statusBar()->currentMessage().contains(u"history"));
    QVERIFY(queryBatch(m_fixture.sim->jobIds().value(0))); // the query itself works all the same
    QVERIFY(!m_fixture.historyFile()->isOpen());
    QVERIFY2(m_fixture.window->statusBar()->currentMessage().contains(u"The batch history is off"),
             qPrintable(m_fixture.window->statusBar()->currentMessage()));
    QVERIFY(m_fixture.window->statusBar()->currentMessage().contains(u"newer OtaDash"));
}

void TestHistoryRecording::saysWhenAFetchCouldNotBeRecorded()
{
    QVERIFY(startWindow(m_dir->filePath(u"history.sqlite"_s)));
    QVERIFY(m_history->isOpen());
    const QString jobId = m_fixture.sim->jobIds().value(0);
    m_history->setBusyTimeout(50);
    {
        // Another process holds the write lock for longer than the window waits.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(m_history->databasePath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(queryBatch(jobId));
        const QString message = m_fixture.window->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"Not added to the batch history"), qPrintable(message));
        QVERIFY(message.contains(u"locked"));
        QVERIFY(QSqlQuery(db).exec(u"ROLLBACK"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    QVERIFY(m_history->jobSnapshots(kProfile, jobId).isEmpty());
    QVERIFY(queryBatch(jobId));
    QCOMPARE(m_history->jobSnapshots(kProfile, jobId).size(), 1);
}

QTEST_MAIN(TestHistoryRecording)
#include "tst_historyrecording.moc"
