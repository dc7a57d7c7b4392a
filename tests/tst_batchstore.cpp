#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "history/HistoryStore.h"
#include "services/AccountDirectory.h"
#include "services/BatchCounts.h"
#include "services/BatchQuery.h"
#include "services/HistoryRecorder.h"
#include "state/BatchStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"Demo"_s;
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;

JobReading reading(const QString &status, const QDateTime &at)
{
    JobReading result;
    result.job.jobId = kSeedJobId;
    result.job.jobStatus = status;
    result.body = "{\"Data\":{\"JobStatus\":\"" + status.toLatin1() + "\"},\"Success\":true}";
    result.readAtUtc = at;
    return result;
}
} // namespace

// One state per batch, and the services that fill it: the store keeps each part's latest reading with its
// time; BatchQuery and BatchCounts read through the scheduler into it; the history records what it learns at
// the time it was read; the directory says which account a profile is.
class TestBatchStore : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheNewestReadingOfEachPart();
    void aReadAfterAFailureClearsTheError();
    void saysWhenTheJobStatusChanged();
    void countsTheTaskRowsRead();
    void batchQueryPutsTheAnswerWithItsTimeAndRequestId();
    void batchQueryPutsAFailureButNotACancel();
    void batchCountsPutsARoundWithItsStartAndEnd();
    void historyRecordsEachReadingAtItsOwnTime();
    void historyBringsBackTheLastRecordedState();
    void tellsNetworkFailuresFromAnswers();
    void directoryRemembersAccountsReadThisSession();
};

void TestBatchStore::keepsTheNewestReadingOfEachPart()
{
    BatchStore store;
    QSignalSpy changed(&store, &BatchStore::changed);
    const BatchKey key {kProfile, kSeedJobId};
    const QDateTime t0(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    QVERIFY(!store.contains(key));
    QCOMPARE(store.state(key).key, key);
    QVERIFY(!store.state(key).job);

    QVERIFY(store.putJob(key, reading(u"IN_PROGRESS"_s, t0.addSecs(10))));
    // An answer that was slower than a later one: it does not replace the newer state.
    QVERIFY(!store.putJob(key, reading(u"PLANNED"_s, t0)));
    QCOMPARE(store.job(key)->job.jobStatus.value(), u"IN_PROGRESS"_s);
    QCOMPARE(store.job(key)->readAtUtc, t0.addSecs(10));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).value<BatchStore::Parts>(), BatchStore::Parts(BatchStore::Job));

    CountsReading counts;
    counts.counts[TaskStatus::Succeeded] = 5;
    counts.startedAtUtc = t0.addSecs(20);
    counts.finishedAtUtc = t0.addSecs(21);
    QVERIFY(store.putCounts(key, counts));
    CountsReading older = counts;
    older.counts[TaskStatus::Succeeded] = 1;
    older.finishedAtUtc = t0.addSecs(15);
    QVERIFY(!store.putCounts(key, older));
    QCOMPARE(store.counts(key)->counts[TaskStatus::Succeeded], 5);
    // Another profile's view of the same JobId is another state.
    QVERIFY(!store.job({u"other"_s, kSeedJobId}));
}

void TestBatchStore::aReadAfterAFailureClearsTheError()
{
    BatchStore store;
    const BatchKey key {kProfile, kSeedJobId};
    const QDateTime t0(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    QVERIFY(store.putJob(key, reading(u"IN_PROGRESS"_s, t0)));
    store.putJobError(key, ApiError::transportError(ApiError::Transport::Timeout, [] { return u"late"_s; }),
                      t0.addSecs(5));
    // What was read before stays, with the failure beside it.
    QVERIFY(store.state(key).jobError);
    QCOMPARE(store.state(key).jobErrorAtUtc, t0.addSecs(5));
    QCOMPARE(store.job(key)->readAtUtc, t0);
    QSignalSpy changed(&store, &BatchStore::changed);
    QVERIFY(store.putJob(key, reading(u"IN_PROGRESS"_s, t0.addSecs(9))));
    QVERIFY(!store.state(key).jobError);
    QCOMPARE(changed.at(0).at(1).value<BatchStore::Parts>(), BatchStore::Job | BatchStore::JobError);
}

void TestBatchStore::saysWhenTheJobStatusChanged()
{
    BatchStore store;
    QSignalSpy status(&store, &BatchStore::jobStatusChanged);
    const BatchKey key {kProfile, kSeedJobId};
    const QDateTime t0(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    store.putJob(key, reading(u"IN_PROGRESS"_s, t0));
    store.putJob(key, reading(u"IN_PROGRESS"_s, t0.addSecs(1)));
    QCOMPARE(status.size(), 0);
    store.putJob(key, reading(u"COMPLETED"_s, t0.addSecs(2)));
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(1).toString(), u"IN_PROGRESS"_s);
    QCOMPARE(status.at(0).at(2).toString(), u"COMPLETED"_s);
}

void TestBatchStore::countsTheTaskRowsRead()
{
    BatchStore store;
    const BatchKey key {kProfile, kSeedJobId};
    const QDateTime t0(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    store.addTaskRows(key, 100, t0, u"A"_s);
    store.addTaskRows(key, 40, t0.addSecs(3), u"B"_s);
    const TaskRowsReading rows = *store.state(key).taskRows;
    QCOMPARE(rows.rows, 140);
    QCOMPARE(rows.firstPageAtUtc, t0);
    QCOMPARE(rows.lastPageAtUtc, t0.addSecs(3));
    QCOMPARE(rows.lastRequestId, u"B"_s);
    store.clearTaskRows(key);
    QVERIFY(!store.state(key).taskRows);
}

void TestBatchStore::batchQueryPutsTheAnswerWithItsTimeAndRequestId()
{
    SchedulerOnSimulator net;
    QVERIFY(net.listen());
    BatchStore store;
    BatchQuery query(net.scheduler.get(), &store);
    const Account account {kProfile, net.config(), {}, false};
    QVERIFY(net.time.advance(5000)); // the read happens at a time of its own
    QSignalSpy finished(query.query(account, kSeedJobId), &BatchQueryCall::finished);
    QVERIFY(net.waitFor(finished));
    const BatchRead read = finished.first().first().value<BatchRead>();
    QVERIFY(read.ok());
    QCOMPARE(read.key, account.key(kSeedJobId));
    QCOMPARE(read.readAtUtc, SchedulerOnSimulator::start().addSecs(5));
    const JobReading *stored = store.job(read.key);
    QVERIFY(stored);
    QCOMPARE(stored->readAtUtc, read.readAtUtc);
    QCOMPARE(stored->requestId, read.response.requestId);
    QVERIFY(!stored->requestId.isEmpty());
    QCOMPARE(stored->body, read.response.body); // as received
    QCOMPARE(stored->job.jobId.value(), kSeedJobId);
}

void TestBatchStore::batchQueryPutsAFailureButNotACancel()
{
    SchedulerOnSimulator net;
    QVERIFY(net.listen());
    BatchStore store;
    BatchQuery query(net.scheduler.get(), &store);
    const Account account {kProfile, net.config(), {}, false};
    QSignalSpy failed(query.query(account, u"NoSuchBatch0000000000000"_s), &BatchQueryCall::finished);
    QVERIFY(net.waitFor(failed));
    const BatchState state = store.state({kProfile, u"NoSuchBatch0000000000000"_s});
    QVERIFY(!state.job);
    QVERIFY(state.jobError);
    QCOMPARE(state.jobError->code, u"iot.system.IllegalRequest"_s);

    net.scheduler->setRateLimit(1);
    query.query(account, kSeedJobId); // takes the token
    BatchQueryCall *queued = query.query(account, u"HvKuBpuk3rdk6E92CPgray0200"_s);
    QSignalSpy canceled(queued, &BatchQueryCall::finished);
    queued->cancel();
    QCOMPARE(canceled.size(), 1);
    QCOMPARE(canceled.first().first().value<BatchRead>().result.error->transport,
             ApiError::Transport::Canceled);
    QVERIFY(!store.contains({kProfile, u"HvKuBpuk3rdk6E92CPgray0200"_s})); // a cancel says nothing of it
}

void TestBatchStore::batchCountsPutsARoundWithItsStartAndEnd()
{
    SchedulerOnSimulator net;
    QVERIFY(net.listen());
    BatchStore store;
    BatchCounts counts(net.scheduler.get(), &store);
    const Account account {kProfile, net.config(), {}, false};
    QSignalSpy finished(&counts, &BatchCounts::finished);
    counts.fetch(account, SimFleet::bigJobId());
    QVERIFY(net.waitFor(finished));
    const CountsReading *round = store.counts(account.key(SimFleet::bigJobId()));
    QVERIFY(round);
    QCOMPARE(round->counts.total(), qint64(SimFleet::kBigJobTaskCount));
    QCOMPARE(round->batchTotal, qint64(SimFleet::kBigJobTaskCount));
    // Eight requests (the total, then seven statuses) one token (104 ms) apart: a start and an end.
    QCOMPARE(round->startedAtUtc, SchedulerOnSimulator::start());
    QCOMPARE(round->finishedAtUtc, SchedulerOnSimulator::start().addMSecs(7 * 104));
    QVERIFY(!round->requestId.isEmpty());
}

void TestBatchStore::historyRecordsEachReadingAtItsOwnTime()
{
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.isOpen());
    SchedulerOnSimulator net;
    QVERIFY(net.listen());
    BatchStore store;
    HistoryRecorder recorder(&history, &store, net.clock);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    BatchQuery query(net.scheduler.get(), &store);
    BatchCounts counts(net.scheduler.get(), &store);
    const Account account {kProfile, net.config(), {}, false};
    QSignalSpy read(query.query(account, kSeedJobId), &BatchQueryCall::finished);
    QVERIFY(net.waitFor(read));
    QVERIFY(net.time.advance(60000));
    QSignalSpy counted(&counts, &BatchCounts::finished);
    counts.fetch(account, kSeedJobId);
    QVERIFY(net.waitFor(counted));
    QCOMPARE(recorded.size(), 2);
    const QList<HistoryJobSnapshot> fetches = history.jobSnapshots(kProfile, kSeedJobId);
    QCOMPARE(fetches.size(), 1);
    QCOMPARE(fetches[0].fetchedAtUtc, SchedulerOnSimulator::start());
    // The round is recorded at the time it ended, never at the time of another reading.
    const QList<HistoryCountsPoint> rounds = history.countsSeries(kProfile, kSeedJobId);
    QCOMPARE(rounds.size(), 1);
    QCOMPARE(rounds[0].atUtc, store.counts({kProfile, kSeedJobId})->finishedAtUtc);
    QVERIFY(rounds[0].atUtc > fetches[0].fetchedAtUtc.addSecs(59));

    // What the user saw: marked up to the reading on screen, read back as the last look.
    QVERIFY(recorder.markSeen({kProfile, kSeedJobId}, fetches[0].fetchedAtUtc));
    const LastLook look = recorder.lastLook({kProfile, kSeedJobId});
    QVERIFY(look.job);
    QCOMPARE(look.fetchedAtUtc, fetches[0].fetchedAtUtc);
    QVERIFY(!look.counts); // counted after the look

    QVERIFY(recorder.pruneOlderThanDays(1) == 0); // nothing a day old on this clock
}

void TestBatchStore::historyBringsBackTheLastRecordedState()
{
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(u"history.sqlite"_s));
    BatchStore store;
    ManualClock clock(SchedulerOnSimulator::start());
    HistoryRecorder recorder(&history, &store, clock);
    const BatchKey key {kProfile, kSeedJobId};
    QVERIFY(!recorder.lastRecorded(key));
    QVERIFY(store.putJob(key, reading(u"IN_PROGRESS"_s, clock.nowUtc())));
    const std::optional<JobReading> recorded = recorder.lastRecorded(key);
    QVERIFY(recorded);
    QCOMPARE(recorded->job.jobStatus.value(), u"IN_PROGRESS"_s);
    QCOMPARE(recorded->readAtUtc, clock.nowUtc());
    // Without a history file nothing is recorded, and it says why.
    HistoryRecorder off(nullptr, &store, clock);
    QVERIFY(!off.isOn());
    QVERIFY(!off.errorString().isEmpty());
    QVERIFY(!off.lastRecorded(key));
}

void TestBatchStore::tellsNetworkFailuresFromAnswers()
{
    const auto transport = [](ApiError::Transport kind) {
        return ApiError::transportError(kind, [] { return QString(); });
    };
    QVERIFY(HistoryRecorder::isNetworkFailure(transport(ApiError::Transport::Timeout)));
    QVERIFY(HistoryRecorder::isNetworkFailure(transport(ApiError::Transport::ConnectionRefused)));
    QVERIFY(HistoryRecorder::isNetworkFailure(transport(ApiError::Transport::HostNotFound)));
    QVERIFY(!HistoryRecorder::isNetworkFailure(transport(ApiError::Transport::Malformed)));
    QVERIFY(!HistoryRecorder::isNetworkFailure(transport(ApiError::Transport::Canceled)));
    ApiError answer;
    answer.kind = ApiError::Kind::Gateway;
    answer.code = u"SignatureDoesNotMatch"_s;
    QVERIFY(!HistoryRecorder::isNetworkFailure(answer));
}

void TestBatchStore::directoryRemembersAccountsReadThisSession()
{
    AccountDirectory directory;
    QSignalSpy changed(&directory, &AccountDirectory::currentChanged);
    Account work {u"work"_s, {}, u"iot-1"_s, false};
    work.config.credentials = {u"LTAI5tWork"_s, u"work-secret"_s, {}};
    directory.setCurrent(work);
    QCOMPARE(changed.size(), 1);
    directory.setCurrent(work); // the same again: nothing changed
    QCOMPARE(changed.size(), 1);
    QCOMPARE(directory.current()->iotInstanceId, u"iot-1"_s);

    // Another profile whose secret could not be read: no account now, but work stays readable by name.
    directory.setCurrentUnusable(u"locked"_s);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!directory.current());
    QCOMPARE(directory.currentProfile(), u"locked"_s);
    QVERIFY(!directory.account(u"locked"_s));
    QCOMPARE(directory.account(u"work"_s)->config.credentials.accessKeyId, u"LTAI5tWork"_s);
    QVERIFY(!directory.account(u"never-read"_s));
    // Incomplete credentials are in use but not remembered.
    Account half {u"half"_s, {}, {}, false};
    half.config.credentials.accessKeyId = u"LTAI5tHalf"_s;
    directory.setCurrent(half);
    directory.setCurrentUnusable(u"work"_s);
    QVERIFY(!directory.account(u"half"_s));
}

QTEST_GUILESS_MAIN(TestBatchStore)
#include "tst_batchstore.moc"
