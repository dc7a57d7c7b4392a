#include "BatchProgressView.h"
#include "MainWindow.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "history/HistoryStore.h"
#include "models/WatchListRefresher.h"

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
    bool queryBatch(const QString &jobId);
    QString statusOf(const QString &jobId) const
    {
        return m_fixture.sim->fleet().job(jobId)->value(u"JobStatus").toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
    WindowOnSimulator m_fixture;
};

void TestHistoryRecording::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_history = std::make_unique<HistoryStore>(m_dir->filePath(u"history.sqlite"_s));
    QVERIFY(m_history->isOpen());
    QVERIFY(m_fixture.start());
    m_fixture.window->setHistoryStore(m_history.get());
    m_fixture.window->setWatchListProfile(kProfile);
    QCOMPARE(m_fixture.window->historyStore(), m_history.get());
}

void TestHistoryRecording::cleanup()
{
    m_fixture.stop(); // the window before the store it records into
    m_history.reset();
    m_dir.reset();
}

bool TestHistoryRecording::queryBatch(const QString &jobId)
{
    QSignalSpy finished(m_fixture.window.get(), &MainWindow::queryFinished);
    m_fixture.window->setJobId(jobId);
    m_fixture.window->query();
    return finished.wait(10000) && finished.constFirst().constFirst().toBool();
}

void TestHistoryRecording::recordsEachQueryOfTheWindow()
{
    const QString jobId = m_fixture.sim->jobIds().value(0);
    QSignalSpy recorded(m_fixture.window.get(), &MainWindow::historyRecorded);
    QVERIFY(queryBatch(jobId));
    QList<HistoryJobSnapshot> snapshots = m_history->jobSnapshots(kProfile, jobId);
    QCOMPARE(snapshots.size(), 1);
    const QJsonObject data = QJsonDocument::fromJson(snapshots[0].body).object().value(u"Data").toObject();
    QCOMPARE(data.value(u"JobId").toString(), jobId);
    QCOMPARE(snapshots[0].jobStatus, statusOf(jobId));
    QCOMPARE(snapshots[0].format, ResponseFormat::Json);
    QVERIFY(qAbs(snapshots[0].fetchedAtUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(recorded.size() >= 1);
    QCOMPARE(recorded.constFirst().at(0).toString(), kProfile);
    QCOMPARE(recorded.constFirst().at(1).toString(), jobId);

    // A failed query records nothing.
    QSignalSpy finished(m_fixture.window.get(), &MainWindow::queryFinished);
    m_fixture.window->setJobId(u"NoSuchBatch0000000000000"_s);
    m_fixture.window->query();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.constFirst().constFirst().toBool());
    QVERIFY(m_history->profilesWithHistory(u"NoSuchBatch0000000000000"_s).isEmpty());

    QVERIFY(queryBatch(jobId));
    QCOMPARE(m_history->jobSnapshots(kProfile, jobId).size(), 2);
}

void TestHistoryRecording::recordsTheWatchListRefreshes()
{
    const QString jobId = m_fixture.sim->jobIds().value(2);
    QSignalSpy refreshed(m_fixture.window->watchListPanel()->refresher(), &WatchListRefresher::refreshed);
    QVERIFY(m_fixture.window->watchListPanel()->addBatch(kProfile, jobId));
    QTRY_VERIFY_WITH_TIMEOUT(!m_history->jobSnapshots(kProfile, jobId).isEmpty(), 10000);
    const HistoryJobSnapshot latest = *m_history->latestJob(kProfile, jobId);
    QCOMPARE(latest.jobStatus, statusOf(jobId));
    QVERIFY(latest.body.contains(jobId.toUtf8()));
    const qsizetype before = m_history->jobSnapshots(kProfile, jobId).size();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->watchListPanel()->refresher()->isRunning(), 10000);
    m_fixture.window->watchListPanel()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_history->jobSnapshots(kProfile, jobId).size(), before + 1, 10000);
}

void TestHistoryRecording::recordsEveryCompleteRoundOfTaskCounts()
{
    const QString jobId = m_fixture.sim->jobIds().value(0);
    QVERIFY(queryBatch(jobId));
    BatchProgressView *view = m_fixture.window->batchProgressView();
    QSignalSpy counted(view, &BatchProgressView::countsChanged);
    m_fixture.window->showTab(MainWindow::Tab::Devices);
    QVERIFY(counted.wait(10000));
    QList<HistoryCountsPoint> series = m_history->countsSeries(kProfile, jobId);
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0].counts, *view->counts());
    QCOMPARE(series[0].counts.total(), qint64(m_fixture.sim->fleet().taskCount(jobId)));

    view->refreshCounts();
    QVERIFY(counted.wait(10000));
    series = m_history->countsSeries(kProfile, jobId);
    QCOMPARE(series.size(), 2);
    QVERIFY(series[0].atUtc <= series[1].atUtc);
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
    HistoryStore refused(newer);
    QVERIFY(!refused.isOpen());
    m_fixture.window->setHistoryStore(&refused);
    QVERIFY2(m_fixture.window->statusBar()->currentMessage().contains(u"The batch history is off"),
             qPrintable(m_fixture.window->statusBar()->currentMessage()));
    QVERIFY(m_fixture.window->statusBar()->currentMessage().contains(u"newer OtaDash"));
    QVERIFY(queryBatch(m_fixture.sim->jobIds().value(0))); // the query itself works all the same
    m_fixture.window->setHistoryStore(m_history.get());
}

void TestHistoryRecording::saysWhenAFetchCouldNotBeRecorded()
{
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
