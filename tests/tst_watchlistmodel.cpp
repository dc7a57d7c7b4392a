#include "models/WatchListModel.h"
#include "ota/CountsSummary.h"
#include "ota/OtaEnums.h"
#include "util/ManualClock.h"
#include "util/TimeText.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kStart(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC);

OtaJob job(const QString &name, const QString &status, const QStringList &sources = {u"1.0.0"_s, u"1.0.1"_s},
           const QString &dest = u"1.1.0"_s)
{
    OtaJob job;
    job.name = name;
    job.jobStatus = status;
    job.srcVersions = sources;
    job.destVersion = dest;
    return job;
}
} // namespace

class TestWatchListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addsAndRemovesWithoutDuplicates();
    void showsTheLastKnownFields();
    void saysHowLongAgoItWasUpdated_data();
    void saysHowLongAgoItWasUpdated();
    void tickAnnouncesOnlyTheTimeColumns();
    void saysWhenARowIsOlderThanTheRefreshInterval();
    void showsTheHeadlineOfTheCountsWithTheirTime();
    void reportsAStatusChangeOnceAndMarksTheRow();
    void keepsTheLastFieldsOnError();
    void updatesInPlaceWithoutReset();
    void roundTripsThroughSettings();
    void showsTheNumbersOfTheRounds();
    void marksAStalledRowAndALateOne();
    void sortsByTheNumbers();

private:
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<WatchListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestWatchListModel::init()
{
    m_clock = std::make_unique<ManualClock>(kStart);
    m_model = std::make_unique<WatchListModel>(m_clock.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestWatchListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_clock.reset();
}

void TestWatchListModel::addsAndRemovesWithoutDuplicates()
{
    QVERIFY(m_model->add(u"prod"_s, u"job-1"_s));
    QVERIFY(m_model->add(u"prod"_s, u"job-2"_s));
    QVERIFY(!m_model->add(u"prod"_s, u"job-1"_s)); // same profile and JobId
    QVERIFY(m_model->add(u"staging"_s, u"job-1"_s)); // the same batch id under another profile is another row
    QVERIFY(!m_model->add(QString(), u"job-3"_s));
    QVERIFY(!m_model->add(u"prod"_s, QString()));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(u"staging"_s, u"job-1"_s), 2);
    QCOMPARE(text(2, WatchListModel::Profile), u"staging"_s);
    QCOMPARE(m_model->index(2, 0).data(WatchListModel::JobIdRole).toString(), u"job-1"_s);

    QVERIFY(m_model->remove(0));
    QVERIFY(!m_model->remove(5));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entries().at(0).jobId, u"job-2"_s);
    QCOMPARE(m_model->rowOf(u"prod"_s, u"job-1"_s), -1);
    QVERIFY(m_model->add(u"prod"_s, u"job-1"_s)); // gone, so it can come back
}

void TestWatchListModel::showsTheLastKnownFields()
{
    m_model->add(u"prod"_s, u"job-1"_s);
    // Before the first refresh: the JobId stands in for the name, nothing else is known.
    QCOMPARE(text(0, WatchListModel::Name), u"job-1"_s);
    QCOMPARE(text(0, WatchListModel::Status), QString());
    QCOMPARE(text(0, WatchListModel::Versions), QString());
    QCOMPARE(text(0, WatchListModel::Updated), u"Not updated yet"_s);

    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring rollout"_s, u"IN_PROGRESS"_s), kStart);
    QCOMPARE(text(0, WatchListModel::Name), u"Spring rollout"_s);
    QCOMPARE(text(0, WatchListModel::Status), enumLabel(JobField::JobStatus, u"IN_PROGRESS"_s));
    QCOMPARE(m_model->index(0, WatchListModel::Status).data(WatchListModel::StatusRole).toString(),
             u"IN_PROGRESS"_s);
    QCOMPARE(text(0, WatchListModel::Versions), u"1.0.0, 1.0.1 → 1.1.0"_s);
    QCOMPARE(text(0, WatchListModel::Updated), u"updated 0 s ago"_s);
    QCOMPARE(m_model->index(0, 0).data(WatchListModel::LastRefreshRole).toDateTime(), kStart);
    QCOMPARE(m_model->headerData(WatchListModel::Versions, Qt::Horizontal).toString(), u"Versions"_s);
    // Two shares of different wholes: the header names the rate and each says what it is of (the batch's line
    // gives failed of all devices, which is a different number).
    QCOMPARE(m_model->headerData(WatchListModel::FailureRate, Qt::Horizontal).toString(), u"Failure rate"_s);
    QVERIFY(m_model->headerData(WatchListModel::FailureRate, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"of those that succeeded or failed"_s));
    QVERIFY(m_model->headerData(WatchListModel::Progress, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"of all the batch's devices"_s));

    // Fields a response did not carry keep what was known.
    OtaJob partial;
    partial.jobStatus = u"COMPLETED"_s;
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, partial, kStart);
    QCOMPARE(text(0, WatchListModel::Name), u"Spring rollout"_s);
    QCOMPARE(text(0, WatchListModel::Versions), u"1.0.0, 1.0.1 → 1.1.0"_s);

    // A full package has no source versions.
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring rollout"_s, u"COMPLETED"_s, {}), kStart);
    QCOMPARE(text(0, WatchListModel::Versions), u"1.1.0"_s);
    // Unknown statuses are shown as received.
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(QString(), u"PAUSED"_s), kStart);
    QCOMPARE(text(0, WatchListModel::Status), u"PAUSED"_s);
    QCOMPARE(text(0, WatchListModel::Name), u"job-1"_s); // an empty name falls back to the JobId
}

void TestWatchListModel::saysHowLongAgoItWasUpdated_data()
{
    QTest::addColumn<int>("secs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << 0 << u"updated 0 s ago"_s;
    QTest::newRow("12 s") << 12 << u"updated 12 s ago"_s;
    QTest::newRow("59 s") << 59 << u"updated 59 s ago"_s;
    QTest::newRow("1 min") << 60 << u"updated 1 min ago"_s;
    QTest::newRow("2 min") << 179 << u"updated 2 min ago"_s;
    QTest::newRow("3 h") << 3 * 3600 + 5 << u"updated 3 h ago"_s;
    QTest::newRow("2 d") << 2 * 86400 << u"updated 2 d ago"_s;
    QTest::newRow("clock went back") << -30 << u"updated 0 s ago"_s;
}

void TestWatchListModel::saysHowLongAgoItWasUpdated()
{
    QFETCH(int, secs);
    QFETCH(QString, expected);
    m_model->add(u"prod"_s, u"job-1"_s);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"n"_s, u"PLANNED"_s), kStart);
    m_clock->advanceSecs(secs);
    QCOMPARE(text(0, WatchListModel::Updated), expected);
    QCOMPARE(TimeText::updatedAgo(kStart, kStart.addSecs(secs)), expected);
}

void TestWatchListModel::tickAnnouncesOnlyTheTimeColumns()
{
    m_model->add(u"prod"_s, u"job-1"_s);
    m_model->add(u"prod"_s, u"job-2"_s);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"n"_s, u"PLANNED"_s), kStart);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advanceSecs(12);
    m_model->tick();
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    // The finish estimate and the age move with time alone; the counts do not.
    QCOMPARE(topLeft, m_model->index(0, WatchListModel::Eta));
    QCOMPARE(bottomRight, m_model->index(1, WatchListModel::Updated));
    QCOMPARE(WatchListModel::Eta + 1, WatchListModel::Updated);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(text(0, WatchListModel::Updated), u"updated 12 s ago"_s);
}

void TestWatchListModel::reportsAStatusChangeOnceAndMarksTheRow()
{
    m_model->add(u"prod"_s, u"job-1"_s);
    QSignalSpy changes(m_model.get(), &WatchListModel::statusChanged);
    // The first status learnt is no change.
    QVERIFY(!m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring"_s, u"IN_PROGRESS"_s), kStart));
    QVERIFY(!m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring"_s, u"IN_PROGRESS"_s), kStart));
    QCOMPARE(changes.size(), 0);
    QVERIFY(!m_model->index(0, 0).data(WatchListModel::ChangedRole).toBool());

    QVERIFY(m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring"_s, u"COMPLETED"_s), kStart));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0),
             QVariantList({u"prod"_s, u"job-1"_s, u"Spring"_s, u"IN_PROGRESS"_s, u"COMPLETED"_s}));
    for (int column = 0; column < WatchListModel::ColumnCount; ++column)
        QVERIFY(m_model->index(0, column).data(WatchListModel::ChangedRole).toBool());
    QCOMPARE(m_model->changedCount(), 1);

    // Same status again, or a response without one: no second notification, the mark stays.
    QVERIFY(!m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring"_s, u"COMPLETED"_s), kStart));
    QVERIFY(!m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring"_s, QString()), kStart));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(m_model->index(0, 0).data(WatchListModel::StatusRole).toString(), u"COMPLETED"_s);
    QVERIFY(m_model->index(0, 0).data(WatchListModel::ChangedRole).toBool());

    m_model->markSeen(0);
    QVERIFY(!m_model->index(0, 0).data(WatchListModel::ChangedRole).toBool());
    QCOMPARE(m_model->changedCount(), 0);

    // Nothing watches this one.
    QVERIFY(!m_model->updateFromJob(u"other"_s, u"job-1"_s, job(u"x"_s, u"CANCELED"_s), kStart));
    QCOMPARE(changes.size(), 1);
}

void TestWatchListModel::keepsTheLastFieldsOnError()
{
    m_model->add(u"prod"_s, u"job-1"_s);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring"_s, u"IN_PROGRESS"_s), kStart);
    const ApiError error = ApiError::transportError(ApiError::Transport::Timeout, u"no answer in 15 s"_s);
    QVERIFY(m_model->setError(u"prod"_s, u"job-1"_s, error));
    QVERIFY(!m_model->setError(u"prod"_s, u"job-9"_s, error));
    QCOMPARE(m_model->index(0, 0).data(WatchListModel::ErrorRole).toString(), u"no answer in 15 s"_s);
    QCOMPARE(text(0, WatchListModel::Updated), u"Update failed: %1"_s.arg(error.title()));
    QVERIFY(m_model->index(0, WatchListModel::Updated)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"no answer in 15 s"_s));
    QCOMPARE(text(0, WatchListModel::Name), u"Spring"_s);
    QCOMPARE(m_model->index(0, 0).data(WatchListModel::StatusRole).toString(), u"IN_PROGRESS"_s);

    // The next good answer clears it.
    m_clock->advanceSecs(5);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring"_s, u"IN_PROGRESS"_s), m_clock->nowUtc());
    QVERIFY(!m_model->index(0, 0).data(WatchListModel::ErrorRole).isValid());
    QCOMPARE(text(0, WatchListModel::Updated), u"updated 0 s ago"_s);
}

void TestWatchListModel::updatesInPlaceWithoutReset()
{
    for (int i = 0; i < 5; ++i)
        m_model->add(u"prod"_s, u"job-%1"_s.arg(i));
    const QPersistentModelIndex selected = m_model->index(3, WatchListModel::Name);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->updateFromJob(u"prod"_s, u"job-3"_s, job(u"Three"_s, u"PLANNED"_s), kStart);
    m_model->updateFromJob(u"prod"_s, u"job-3"_s, job(u"Three"_s, u"IN_PROGRESS"_s), kStart);
    m_model->setError(u"prod"_s, u"job-3"_s, ApiError::transportError(ApiError::Transport::Timeout, u"t"_s));
    m_model->markSeen(3);
    m_model->tick();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(changed.size(), 5);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(changed.at(i).at(0).value<QModelIndex>(), m_model->index(3, 0));
        QCOMPARE(changed.at(i).at(1).value<QModelIndex>(),
                 m_model->index(3, WatchListModel::ColumnCount - 1));
    }
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.data().toString(), u"Three"_s);
}

void TestWatchListModel::roundTripsThroughSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"otadash.ini"_s);
    m_model->add(u"prod"_s, u"job-1"_s);
    m_model->add(u"staging, eu"_s, u"job-2"_s);
    m_model->add(u"prod"_s, u"job-3"_s);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring, part 1"_s, u"IN_PROGRESS"_s), kStart);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring, part 1"_s, u"COMPLETED"_s),
                           kStart.addSecs(7));
    m_model->updateFromJob(u"staging, eu"_s, u"job-2"_s, job(u"Single"_s, u"PLANNED"_s, {u"0.9"_s}), kStart);
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"other/key"_s, 1); // others' settings stay
        settings.beginGroup(WatchListModel::kSettingsGroup);
        settings.beginWriteArray(u"entries"_s, 9); // a longer list from before
        settings.endArray();
        settings.endGroup();
        m_model->save(&settings);
    }

    WatchListModel restored(m_clock.get());
    QAbstractItemModelTester tester(&restored, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSettings settings(path, QSettings::IniFormat);
    QVERIFY(settings.childGroups().contains(u"watchList"_s));
    QCOMPARE(settings.value(u"other/key"_s).toInt(), 1);
    restored.load(&settings);
    QCOMPARE(restored.rowCount(), 3);
    const QList<WatchListModel::Entry> &before = m_model->entries();
    const QList<WatchListModel::Entry> &after = restored.entries();
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].profile, before[i].profile);
        QCOMPARE(after[i].jobId, before[i].jobId);
        QCOMPARE(after[i].name, before[i].name);
        QCOMPARE(after[i].status, before[i].status);
        QCOMPARE(after[i].destVersion, before[i].destVersion);
        QCOMPARE(after[i].srcVersions, before[i].srcVersions);
        QCOMPARE(after[i].lastRefreshUtc, before[i].lastRefreshUtc);
        QCOMPARE(after[i].changed, before[i].changed);
    }
    QVERIFY(after[0].changed);
    QCOMPARE(after[0].lastRefreshUtc, kStart.addSecs(7));
    QCOMPARE(after[0].lastRefreshUtc.timeSpec(), Qt::UTC);
    QCOMPARE(after[1].srcVersions, QStringList({u"0.9"_s}));
    QVERIFY(!after[2].lastRefreshUtc.isValid());
    QCOMPARE(restored.index(0, WatchListModel::Versions).data().toString(), u"1.0.0, 1.0.1 → 1.1.0"_s);

    // An empty list is saved as such.
    WatchListModel empty(m_clock.get());
    empty.save(&settings);
    restored.load(&settings);
    QCOMPARE(restored.rowCount(), 0);
}

void TestWatchListModel::saysWhenARowIsOlderThanTheRefreshInterval()
{
    QVERIFY(m_model->add(u"prod"_s, u"job-1"_s));
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring rollout"_s, u"IN_PROGRESS"_s), kStart);
    const QModelIndex updated = m_model->index(0, WatchListModel::Updated);
    m_clock->advanceSecs(3600);
    QVERIFY(!updated.data(WatchListModel::StaleRole).toBool()); // no refresh interval: nothing is late
    m_model->setRefreshInterval(60);
    QVERIFY(updated.data(WatchListModel::StaleRole).toBool());
    QVERIFY(updated.data(Qt::ToolTipRole).toString().contains(u"Older than the auto-refresh interval"_s));
    // Refreshed: on time again; a round is allowed twice the interval before it counts as late.
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Spring rollout"_s, u"IN_PROGRESS"_s),
                           m_clock->nowUtc());
    m_clock->advanceSecs(120);
    QVERIFY(!updated.data(WatchListModel::StaleRole).toBool());
    m_clock->advanceSecs(1);
    QVERIFY(updated.data(WatchListModel::StaleRole).toBool());

    // Late by how often the plan reads them: a planned batch far from its start every 15 minutes, a finished
    // one not again.
    OtaJob planned = job(u"Autumn"_s, u"PLANNED"_s);
    planned.utcScheduleTime = m_clock->nowUtc().addDays(30);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, planned, m_clock->nowUtc());
    m_clock->advanceSecs(2 * 15 * 60); // twice its 15 minutes, as for the others
    QVERIFY(!updated.data(WatchListModel::StaleRole).toBool());
    m_clock->advanceSecs(1);
    QVERIFY(updated.data(WatchListModel::StaleRole).toBool());
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, job(u"Autumn"_s, u"COMPLETED"_s), m_clock->nowUtc());
    m_clock->advanceSecs(86400);
    QVERIFY(!updated.data(WatchListModel::StaleRole).toBool());
}

void TestWatchListModel::showsTheHeadlineOfTheCountsWithTheirTime()
{
    QVERIFY(m_model->add(u"prod"_s, u"job-1"_s));
    const QModelIndex progress = m_model->index(0, WatchListModel::Progress);
    QCOMPARE(progress.data().toString(), u"\u2014"_s); // not counted: a dash, explained on hover
    QVERIFY(progress.data(Qt::ToolTipRole).toString().startsWith(u"Not counted yet"_s));
    TaskStatusCounts counts;
    counts[TaskStatus::Succeeded] = 780;
    counts[TaskStatus::Failed] = 35;
    counts[TaskStatus::InProgress] = 185;
    QVERIFY(m_model->updateCounts(u"prod"_s, u"job-1"_s, counts, 1000, kStart));
    QCOMPARE(progress.data().toString(), u"81.5 %"_s); // complete: succeeded, failed and canceled
    QCOMPARE(progress.data(WatchListModel::SucceededShareRole).toDouble(), 0.78);
    QCOMPARE(progress.data(WatchListModel::FailedShareRole).toDouble(), 0.035);
    const QString tip = progress.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(CountsSummary::of(counts, 1000).headline()));
    QVERIFY(tip.contains(CountsSummary::definitions()));
    QVERIFY(tip.contains(u"Counted at "_s));
}

namespace {
TaskStatusCounts countsOf(qint64 succeeded, qint64 failed, qint64 inProgress, qint64 queued)
{
    TaskStatusCounts counts;
    counts[TaskStatus::Succeeded] = succeeded;
    counts[TaskStatus::Failed] = failed;
    counts[TaskStatus::InProgress] = inProgress;
    counts[TaskStatus::Queued] = queued;
    return counts;
}
} // namespace

void TestWatchListModel::showsTheNumbersOfTheRounds()
{
    QVERIFY(m_model->add(u"prod"_s, u"job-1"_s));
    OtaJob running = job(u"Spring rollout"_s, u"IN_PROGRESS"_s);
    running.maximumPerMinute = 500;
    running.utcScheduleFinishTime = kStart.addSecs(3600);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, running, kStart);
    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(cell(WatchListModel::FailureRate).toString(), u"\u2014"_s);
    QCOMPARE(cell(WatchListModel::InFlight).toString(), u"\u2014"_s);
    QCOMPARE(cell(WatchListModel::Trend).toString(), u"\u2014"_s);
    QCOMPARE(cell(WatchListModel::Eta).toString(), u"\u2014"_s);

    // Ten rounds a minute apart: 10 devices finish a minute (9 succeed, 1 fails) of 1,000.
    for (int minute = 0; minute <= 10; ++minute) {
        m_clock->setNow(kStart.addSecs(60 * minute));
        QVERIFY(m_model->updateCounts(u"prod"_s, u"job-1"_s,
                                      countsOf(9 * minute, minute, 40, 960 - 10 * minute), 1000,
                                      m_clock->nowUtc()));
    }
    QCOMPARE(cell(WatchListModel::Progress).toString(), u"10.0 %"_s);
    QCOMPARE(cell(WatchListModel::FailureRate).toString(), u"10.0 %"_s); // 10 of the 100 that ended
    QVERIFY(cell(WatchListModel::FailureRate, Qt::ToolTipRole)
                    .toString()
                    .contains(u"10 of the 100 devices"_s));
    QCOMPARE(cell(WatchListModel::InFlight).toString(), u"40"_s);
    QCOMPARE(cell(WatchListModel::Trend).toString(), u"10.0/min"_s);
    const QVariantList trend = cell(WatchListModel::Trend, WatchListModel::TrendRole).toList();
    QCOMPARE(trend.size(), 11);
    QCOMPARE(trend.first().toPointF(), QPointF(-600, 0.0));
    QCOMPARE(trend.last().toPointF(), QPointF(0, 0.1));
    // 900 remaining at 10 a minute: 90 minutes after the newest round, 40 after the scheduled finish.
    const QDateTime finish = kStart.addSecs(600 + 90 * 60);
    QCOMPARE(m_model->estimateOf(m_model->entries().at(0)).finishUtc, finish);
    QCOMPARE(cell(WatchListModel::Eta).toString(),
             finish.toLocalTime().toString(u"HH:mm"_s) + u", 40 min late"_s);
    // Devices still wait to be pushed: the estimate follows the push (10 a minute leave the queue).
    QVERIFY(cell(WatchListModel::Eta, Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Pushing to 10.0 devices a minute"_s));
    QVERIFY(cell(WatchListModel::Trend, Qt::ToolTipRole).toString().contains(u"0.0 %"_s));

    // Rounds older than an hour leave the trend.
    m_clock->setNow(kStart.addSecs(3600 + 300));
    QVERIFY(m_model->updateCounts(u"prod"_s, u"job-1"_s, countsOf(600, 60, 40, 300), 1000,
                                  m_clock->nowUtc()));
    QCOMPARE(m_model->entries().at(0).rounds.size(), 7); // minutes 5..10 and the new one
    QCOMPARE(m_model->entries().at(0).rounds.first().atUtc, kStart.addSecs(300));

    // Rounds from the history join by time.
    QVERIFY(m_model->addRounds(u"prod"_s, u"job-1"_s, {{kStart.addSecs(1800), 300, 1000}}));
    QCOMPARE(m_model->entries().at(0).rounds.size(), 8);
    QVERIFY(!m_model->addRounds(u"prod"_s, u"job-9"_s, {}));

    // A failure rate of a few devices is written as the counts.
    QVERIFY(m_model->add(u"prod"_s, u"job-3"_s));
    m_model->updateCounts(u"prod"_s, u"job-3"_s, countsOf(2, 1, 10, 100), 113, m_clock->nowUtc());
    QCOMPARE(m_model->index(1, WatchListModel::FailureRate).data().toString(), u"1 of 3"_s);
    QVERIFY(m_model->remove(1));

    // A planned batch says when it starts; a finished one when it ended.
    QVERIFY(m_model->add(u"prod"_s, u"job-2"_s));
    OtaJob planned = job(u"Autumn"_s, u"PLANNED"_s);
    planned.utcScheduleTime = m_clock->nowUtc().addSecs(120);
    m_model->updateFromJob(u"prod"_s, u"job-2"_s, planned, m_clock->nowUtc());
    QCOMPARE(m_model->index(1, WatchListModel::Eta).data().toString(),
             u"starts "_s + planned.utcScheduleTime->toLocalTime().toString(u"HH:mm"_s));
}

void TestWatchListModel::marksAStalledRowAndALateOne()
{
    QVERIFY(m_model->add(u"prod"_s, u"job-1"_s));
    OtaJob running = job(u"Spring rollout"_s, u"IN_PROGRESS"_s);
    running.utcScheduleFinishTime = kStart.addSecs(120 * 60);
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, running, kStart);
    m_model->setStallMinutes(10);
    const QModelIndex name = m_model->index(0, WatchListModel::Name);
    const auto marks = [&name] {
        return WatchListModel::Marks(name.data(WatchListModel::MarksRole).toInt());
    };

    // Devices finish for five minutes, then none for nine: not yet stalled (and at the pace of the last ten
    // minutes, 10 a minute, it ends at about 64 minutes, in time).
    for (int minute = 0; minute <= 14; ++minute) {
        m_clock->setNow(kStart.addSecs(60 * minute));
        const qint64 done = 100 * std::min(minute, 5);
        m_model->updateCounts(u"prod"_s, u"job-1"_s, countsOf(done, 0, 10, 990 - done), 1000,
                              m_clock->nowUtc());
    }
    QCOMPARE(marks(), WatchListModel::NoMark);
    // Ten minutes without a finished device: stalled, in the Finish column and the name's tooltip.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->setNow(kStart.addSecs(15 * 60));
    m_model->updateCounts(u"prod"_s, u"job-1"_s, countsOf(500, 0, 10, 490), 1000, m_clock->nowUtc());
    QCOMPARE(marks(), WatchListModel::StalledMark);
    QCOMPARE(m_model->index(0, WatchListModel::Eta).data().toString(), u"stalled"_s);
    QVERIFY(name.data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Stalled: no device has finished for 10 minute"_s));
    // The stall time is a setting: at 15 minutes it is not stalled yet.
    m_model->setStallMinutes(15);
    QCOMPARE(marks(), WatchListModel::NoMark);

    // The scheduled finish passes while devices remain: late, with time alone (tick() tells the views).
    changed.clear();
    m_clock->setNow(kStart.addSecs(120 * 60 + 1));
    m_model->tick();
    QCOMPARE(marks(), WatchListModel::LateMark);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).value<QModelIndex>().column() == 0
                && args.at(1).value<QModelIndex>().column() == WatchListModel::ColumnCount - 1;
    }));
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"Late: "_s));
    // A finished batch is neither.
    running.jobStatus = u"COMPLETED"_s;
    m_model->updateFromJob(u"prod"_s, u"job-1"_s, running, m_clock->nowUtc());
    QCOMPARE(marks(), WatchListModel::NoMark);
}

void TestWatchListModel::sortsByTheNumbers()
{
    // Three rows counted once each: 9 %, 50 %, 100 % complete; sorting goes by the numbers, not the texts
    // ("9.0 %" sorts after "50.0 %" as text).
    const QList<qint64> done = {90, 500, 1000};
    for (int i = 0; i < done.size(); ++i) {
        const QString jobId = u"job-%1"_s.arg(i);
        QVERIFY(m_model->add(u"prod"_s, jobId));
        m_model->updateCounts(u"prod"_s, jobId, countsOf(done[i], 0, 0, 1000 - done[i]), 1000, kStart);
    }
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(m_model.get());
    sorted.setSortRole(WatchListModel::SortRole);
    sorted.sort(WatchListModel::Progress, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, WatchListModel::Progress).data().toString(), u"100.0 %"_s);
    QCOMPARE(sorted.index(2, WatchListModel::Progress).data().toString(), u"9.0 %"_s);
    sorted.sort(WatchListModel::Name, Qt::AscendingOrder);
    QCOMPARE(sorted.index(0, WatchListModel::Name).data().toString(), u"job-0"_s);
}

QTEST_GUILESS_MAIN(TestWatchListModel)
#include "tst_watchlistmodel.moc"
