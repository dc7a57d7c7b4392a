#include "SimFleet.h"
#include "ota/RolloutEta.h"
#include "util/ManualClock.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kStart(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
} // namespace

// The simulator's live batches besides the live one, each on the clock at its own pace: what the watch list,
// its estimate and its marks are shown against in the demo.
class TestLiveScenarios : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void runAtDifferentPaces();
    void aPlannedBatchStartsTwoMinutesIn();
    void aStuckBatchStopsFinishing();
    void aDynamicBatchKeepsGrowing();
    void twoBatchesOfOneProductOverlap();

private:
    QJsonObject data(const QString &jobId) const { return *m_fleet->job(jobId); }
    QString status(const QString &jobId) const { return data(jobId).value(u"JobStatus").toString(); }
    qint64 complete(const QString &jobId) const
    {
        return m_fleet->taskCount(jobId, u"SUCCEEDED"_s) + m_fleet->taskCount(jobId, u"FAILED"_s)
                + m_fleet->taskCount(jobId, u"CANCELED"_s);
    }
    RolloutEta::Sample sample(const QString &jobId) const
    {
        return {m_clock->nowUtc(), complete(jobId), m_fleet->taskCount(jobId)};
    }
    QDateTime time(const QString &jobId, const QString &field) const
    {
        return QDateTime::fromString(data(jobId).value(field).toString(), Qt::ISODate);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SimFleet> m_fleet;
};

void TestLiveScenarios::init()
{
    m_clock = std::make_unique<ManualClock>(kStart);
    m_fleet = std::make_unique<SimFleet>();
    m_fleet->setClock(m_clock.get());
    m_fleet->setLiveJobStart(kStart);
}

void TestLiveScenarios::cleanup()
{
    m_fleet.reset();
    m_clock.reset();
}

void TestLiveScenarios::runAtDifferentPaces()
{
    QCOMPARE(SimFleet::liveJobIds().size(), 5);
    for (const QString &jobId : SimFleet::liveJobIds())
        QVERIFY2(m_fleet->generatedJobIds().contains(jobId), qPrintable(jobId));
    QCOMPARE(data(SimFleet::liveJobId()).value(u"MaximumPerMinute").toInt(), 500);
    QCOMPARE(data(SimFleet::slowJobId()).value(u"MaximumPerMinute").toInt(), 40);
    // The slow batch started five minutes before and should end 20 minutes after its start.
    QCOMPARE(time(SimFleet::slowJobId(), u"UtcStartTime"_s), kStart.addSecs(-300));
    QCOMPARE(time(SimFleet::slowJobId(), u"UtcScheduleFinishTime"_s), kStart.addSecs(15 * 60));

    // Six minutes of rounds a minute apart (the live batch ends within ten): each at its own pace.
    QList<RolloutEta::Sample> live;
    QList<RolloutEta::Sample> slow;
    for (int minute = 0; minute <= 6; ++minute) {
        m_clock->setNow(kStart.addSecs(60 * minute));
        live.append(sample(SimFleet::liveJobId()));
        slow.append(sample(SimFleet::slowJobId()));
    }
    RolloutEta::Options slowOptions;
    slowOptions.maxPerMinute = 40;
    slowOptions.scheduledFinishUtc = time(SimFleet::slowJobId(), u"UtcScheduleFinishTime"_s);
    const RolloutEta::Estimate slowEta = RolloutEta::estimate(slow, slowOptions);
    const RolloutEta::Estimate liveEta = RolloutEta::estimate(live, {});
    QCOMPARE(slowEta.state, RolloutEta::Estimate::State::Estimated);
    QCOMPARE(liveEta.state, RolloutEta::Estimate::State::Estimated);
    qInfo("at 6 min: live %.1f a minute, slow %.1f a minute, slow %lld min late", liveEta.perMinute,
          slowEta.perMinute, qlonglong(slowEta.lateBySecs.value_or(0) / 60));
    QVERIFY(liveEta.perMinute > 4 * slowEta.perMinute);
    QVERIFY(slowEta.perMinute <= 40.0);
    QVERIFY(slowEta.lateBySecs.value_or(0) > 0); // 1,200 devices at 40 a minute take 30 minutes: late
}

void TestLiveScenarios::aPlannedBatchStartsTwoMinutesIn()
{
    const QString planned = SimFleet::plannedJobId();
    QCOMPARE(status(planned), u"PLANNED"_s);
    QCOMPARE(time(planned, u"UtcScheduleTime"_s), kStart.addSecs(120));
    QCOMPARE(m_fleet->taskCount(planned, u"QUEUED"_s), 600); // scheduled: every task waits
    m_clock->setNow(kStart.addSecs(119));
    QCOMPARE(status(planned), u"PLANNED"_s);
    m_clock->setNow(kStart.addSecs(120));
    QCOMPARE(status(planned), u"IN_PROGRESS"_s);
    m_clock->setNow(kStart.addSecs(180));
    QVERIFY(m_fleet->taskCount(planned, u"QUEUED"_s) < 600);
    QVERIFY(time(planned, u"UtcModified"_s) <= m_clock->nowUtc());
}

void TestLiveScenarios::aStuckBatchStopsFinishing()
{
    const QString stuck = SimFleet::stuckJobId();
    // It started 8 minutes before; the first 300 devices finish within minutes, the rest hang part-way.
    QList<RolloutEta::Sample> rounds;
    for (int minute = 0; minute <= 30; ++minute) {
        m_clock->setNow(kStart.addSecs(60 * minute));
        rounds.append(sample(stuck));
    }
    QCOMPARE(status(stuck), u"IN_PROGRESS"_s);
    QCOMPARE(rounds.last().complete, rounds.at(rounds.size() - 16).complete); // none for 15 minutes
    QVERIFY(rounds.last().complete <= 300);
    QVERIFY(m_fleet->taskCount(stuck, u"IN_PROGRESS"_s) >= 450); // stuck, past the 3-minute timeout
    QCOMPARE(RolloutEta::estimate(rounds, {}).state, RolloutEta::Estimate::State::Stalled);
}

void TestLiveScenarios::aDynamicBatchKeepsGrowing()
{
    const QString growing = SimFleet::growingJobId();
    QCOMPARE(data(growing).value(u"SelectionType").toString(), u"DYNAMIC"_s);
    QCOMPARE(data(growing).value(u"DynamicMode").toInt(), 1);
    QCOMPARE(m_fleet->taskCount(growing), 300 + 3 * 30); // three minutes in: 300 and 30 a minute
    m_clock->setNow(kStart.addSecs(10 * 60));
    QCOMPARE(m_fleet->taskCount(growing), 300 + 13 * 30);
    const qint64 counted = m_fleet->taskCount(growing, u"QUEUED"_s)
            + m_fleet->taskCount(growing, u"NOTIFIED"_s) + m_fleet->taskCount(growing, u"IN_PROGRESS"_s)
            + complete(growing);
    QCOMPARE(counted, qint64(300 + 13 * 30)); // the statuses add up to the total as it is now
    // Devices that joined are pushed and finish too; it never completes while devices may join.
    m_clock->setNow(kStart.addSecs(40 * 60));
    QVERIFY(complete(growing) > 300);
    QCOMPARE(status(growing), u"IN_PROGRESS"_s);
}

void TestLiveScenarios::twoBatchesOfOneProductOverlap()
{
    m_clock->setNow(kStart.addSecs(60));
    const QString live = SimFleet::liveJobId();
    const QString slow = SimFleet::slowJobId();
    QCOMPARE(data(live).value(u"ProductKey").toString(), data(slow).value(u"ProductKey").toString());
    QVERIFY(data(live).value(u"FirmwareId").toString() != data(slow).value(u"FirmwareId").toString());
    QCOMPARE(status(live), u"IN_PROGRESS"_s);
    QCOMPARE(status(slow), u"IN_PROGRESS"_s);
    // Both pushing now: devices of the product are notified by either.
    QVERIFY(m_fleet->taskCount(live, u"NOTIFIED"_s) + m_fleet->taskCount(live, u"IN_PROGRESS"_s) > 0);
    QVERIFY(m_fleet->taskCount(slow, u"NOTIFIED"_s) + m_fleet->taskCount(slow, u"IN_PROGRESS"_s) > 0);
    // The others are of other products.
    QStringList products;
    for (const QString &jobId : {SimFleet::stuckJobId(), SimFleet::growingJobId(), SimFleet::plannedJobId()})
        products.append(data(jobId).value(u"ProductKey").toString());
    QVERIFY(!products.contains(data(live).value(u"ProductKey").toString()));
}

QTEST_GUILESS_MAIN(TestLiveScenarios)
#include "tst_livescenarios.moc"
