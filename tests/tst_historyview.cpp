#include "HistoryView.h"
#include "TestData.h"
#include "history/HistoryStore.h"
#include "models/HistoryTableModel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;

// The History tab over a real history file: the burn-up chart, the summary, the table and the empty state.
class TestHistoryView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void drawsTheBurnUpFromTheCountRounds();
    void fitsTheAxesToTheData();
    void listsEveryFetchNewestFirst();
    void showsEachFetchWithItsOwnRoundOnly();
    void summarizesTheFetchesAndTheChangesSinceTheLastLook();
    void saysSoWhenNoCountsWereRecorded();
    void showsTheEmptyStateWithoutHistory();
    void followsNewRecordsOnRefresh();

private:
    void fill();
    QLineSeries *series(const QString &name) const;
    QLabel *label(const QString &name) const { return m_view->findChild<QLabel *>(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryView> m_view;
    QDateTime m_start;
};

namespace {
const QString kJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kProfile = u"prod"_s;

QByteArray seedWithStatus(const QString &status)
{
    QByteArray body = simFixture(u"seed_queryotajob.json"_s);
    body.replace(QByteArrayLiteral("\"IN_PROGRESS\""), QByteArray("\"" + status.toLatin1() + "\""));
    return body;
}

TaskStatusCounts counts(qint64 queued, qint64 inProgress, qint64 succeeded, qint64 failed, qint64 canceled)
{
    TaskStatusCounts c;
    c[TaskStatus::Queued] = queued;
    c[TaskStatus::InProgress] = inProgress;
    c[TaskStatus::Succeeded] = succeeded;
    c[TaskStatus::Failed] = failed;
    c[TaskStatus::Canceled] = canceled;
    return c;
}
} // namespace

void TestHistoryView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,200" whatever the machine
}

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(u"history.sqlite"_s));
    QVERIFY2(m_store->isOpen(), qPrintable(m_store->errorString()));
    m_view = std::make_unique<HistoryView>();
    m_view->resize(900, 700);
    m_start = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
}

void TestHistoryView::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

void TestHistoryView::fill()
{
    // Three fetches of the batch, four count rounds, and a batch of another profile that must not show.
    QVERIFY(m_store->recordJob(kProfile, kJobId, m_start, seedWithStatus(u"PLANNED"_s), ResponseFormat::Json,
                               u"PLANNED"_s));
    QVERIFY(m_store->recordJob(kProfile, kJobId, m_start.addSecs(3600), seedWithStatus(u"IN_PROGRESS"_s),
                               ResponseFormat::Json, u"IN_PROGRESS"_s));
    QVERIFY(m_store->recordJob(kProfile, kJobId, m_start.addSecs(3 * 3600), seedWithStatus(u"COMPLETED"_s),
                               ResponseFormat::Json, u"COMPLETED"_s));
    QVERIFY(m_store->recordCounts(kProfile, kJobId, m_start.addSecs(5), counts(2000, 0, 0, 0, 0)));
    QVERIFY(m_store->recordCounts(kProfile, kJobId, m_start.addSecs(3605), counts(800, 400, 700, 100, 0)));
    QVERIFY(m_store->recordCounts(kProfile, kJobId, m_start.addSecs(7200), counts(100, 100, 1600, 150, 50)));
    QVERIFY(m_store->recordCounts(kProfile, kJobId, m_start.addSecs(3 * 3600 + 5),
                                  counts(0, 0, 1800, 150, 50)));
    QVERIFY(m_store->recordCounts(u"other"_s, kJobId, m_start.addSecs(60), counts(5, 0, 0, 0, 0)));
}

QLineSeries *TestHistoryView::series(const QString &name) const
{
    auto *view = m_view->findChild<QChartView *>(u"chartView"_s);
    if (!view)
        return nullptr;
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->objectName() == name)
            return qobject_cast<QLineSeries *>(s);
    }
    return nullptr;
}

void TestHistoryView::drawsTheBurnUpFromTheCountRounds()
{
    fill();
    m_view->setStore(m_store.get());
    m_view->setBatch(kProfile, kJobId);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(!m_view->isEmptyState());
    auto *chartView = m_view->findChild<QChartView *>(u"chartView"_s);
    QVERIFY(chartView->isVisible());

    QLineSeries *total = series(u"burnUpTotal"_s);
    QLineSeries *finished = series(u"burnUpFinished"_s);
    QLineSeries *succeeded = series(u"burnUpSucceeded"_s);
    QVERIFY(total && finished && succeeded);
    QCOMPARE(total->count(), 4);
    QCOMPARE(finished->count(), 4);
    QCOMPARE(succeeded->count(), 4);
    // Oldest first, x at the round's time, y the devices: scope, finished (succeeded + failed + canceled),
    // succeeded.
    const QList<qint64> times {
            m_start.addSecs(5).toMSecsSinceEpoch(), m_start.addSecs(3605).toMSecsSinceEpoch(),
            m_start.addSecs(7200).toMSecsSinceEpoch(), m_start.addSecs(3 * 3600 + 5).toMSecsSinceEpoch()};
    const QList<double> expectedTotal {2000, 2000, 2000, 2000};
    const QList<double> expectedFinished {0, 800, 1800, 2000};
    const QList<double> expectedSucceeded {0, 700, 1600, 1800};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(qint64(total->at(i).x()), times.at(i));
        QCOMPARE(total->at(i).y(), expectedTotal.at(i));
        QCOMPARE(finished->at(i).y(), expectedFinished.at(i));
        QCOMPARE(succeeded->at(i).y(), expectedSucceeded.at(i));
    }
    QCOMPARE(succeeded->name(), u"Succeeded"_s);
    QCOMPARE(total->name(), u"All devices"_s);
    // The time axis spans the rounds.
    const auto axes = chartView->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *timeAxis = qobject_cast<QDateTimeAxis *>(axes.first());
    QVERIFY(timeAxis);
    QVERIFY(timeAxis->min().toMSecsSinceEpoch() <= times.first());
    QVERIFY(timeAxis->max().toMSecsSinceEpoch() >= times.last());
}

void TestHistoryView::fitsTheAxesToTheData()
{
    // Ten minutes of a live batch of 2,000 devices, one round a minute; a round read while tasks moved adds
    // up to 2,006.
    const QDateTime start(QDate(2024, 5, 1), QTime(6, 24, 52), Qt::UTC);
    for (int minute = 0; minute <= 10; ++minute) {
        TaskStatusCounts round = counts(2000 - 200 * minute, 0, 190 * minute, 10 * minute, 0);
        if (minute == 4)
            round[TaskStatus::InProgress] = 6;
        QVERIFY(m_store->recordCounts(kProfile, kJobId, start.addSecs(60 * minute + 3), round));
    }
    m_view->setStore(m_store.get());
    m_view->setBatch(kProfile, kJobId);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    auto *chartView = m_view->findChild<QChartView *>(u"chartView"_s);
    auto *countAxis = qobject_cast<QValueAxis *>(chartView->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(countAxis);
    // Up to the batch's total (the largest round), not to 3,000 or 5,000.
    QCOMPARE(countAxis->min(), 0.0);
    QCOMPARE(countAxis->max(), 2006.0);
    QCOMPARE(countAxis->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(countAxis->tickInterval(), 500.0);
    auto *timeAxis = qobject_cast<QDateTimeAxis *>(chartView->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(timeAxis);
    QVERIFY(timeAxis->min() <= start.addSecs(3).toLocalTime());
    QVERIFY(timeAxis->max() >= start.addSecs(603).toLocalTime());
    // The labels the axis draws: each one different, minutes for ten minutes.
    QStringList labels;
    const qint64 spanMs = timeAxis->min().msecsTo(timeAxis->max());
    for (int i = 0; i < timeAxis->tickCount(); ++i)
        labels.append(QLocale().toString(timeAxis->min().addMSecs(spanMs * i / (timeAxis->tickCount() - 1)),
                                         timeAxis->format()));
    QCOMPARE(timeAxis->format(), u"HH:mm"_s);
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    QVERIFY2(labels.size() >= 3 && labels.size() <= 7, qPrintable(labels.join(u", ")));
    for (const QString &label : std::as_const(labels))
        QVERIFY2(label.endsWith(u'0') || label.endsWith(u'2') || label.endsWith(u'4') || label.endsWith(u'6')
                         || label.endsWith(u'8'),
                 qPrintable(labels.join(u", "))); // every two minutes

    // One round only: seconds around it, still distinct.
    QVERIFY(m_store->clear());
    QVERIFY(m_store->recordCounts(kProfile, kJobId, start, counts(2000, 0, 0, 0, 0)));
    m_view->refresh();
    QCOMPARE(timeAxis->format(), u"HH:mm:ss"_s);
    QVERIFY(timeAxis->min() < start.toLocalTime() && timeAxis->max() > start.toLocalTime());
    QCOMPARE(countAxis->max(), 2000.0);
}

void TestHistoryView::listsEveryFetchNewestFirst()
{
    fill();
    m_view->setStore(m_store.get());
    m_view->setBatch(kProfile, kJobId);
    auto *table = m_view->findChild<QTableView *>(u"historyTable"_s);
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    // Three fetches, each with the round of its refresh, and the round at 12:00 on a row of its own.
    QCOMPARE(model->rowCount(), 4);
    QStringList statuses;
    for (int row = 0; row < 4; ++row)
        statuses.append(model->index(row, HistoryTableModel::JobStatus).data().toString());
    QCOMPARE(statuses, (QStringList {u"Completed"_s, QString(), u"In progress"_s, u"Planned"_s}));
    // Local time as the user reads it.
    QCOMPARE(model->index(3, HistoryTableModel::FetchedAt).data().toString(),
             QLocale().toString(m_start.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(model->index(0, HistoryTableModel::columnOf(TaskStatus::Succeeded)).data().toString(),
             u"1,800"_s);
    QCOMPARE(model->index(1, HistoryTableModel::columnOf(TaskStatus::Succeeded)).data().toString(),
             u"1,600"_s);
    QCOMPARE(model->index(2, HistoryTableModel::columnOf(TaskStatus::Succeeded)).data().toString(), u"700"_s);
    QCOMPARE(model->index(3, HistoryTableModel::Total).data().toString(), u"2,000"_s);
}

void TestHistoryView::showsEachFetchWithItsOwnRoundOnly()
{
    // Fetches every minute from 06:24:52; the tasks were counted only at 06:25:40 (Refresh counts on the
    // Devices tab) and with the fetch at 06:30:52.
    const QDateTime first(QDate(2024, 5, 1), QTime(6, 24, 52), Qt::UTC);
    for (int minute = 0; minute <= 6; ++minute) {
        QVERIFY(m_store->recordJob(kProfile, kJobId, first.addSecs(60 * minute),
                                   seedWithStatus(u"IN_PROGRESS"_s), ResponseFormat::Json, u"IN_PROGRESS"_s));
    }
    QVERIFY(m_store->recordCounts(kProfile, kJobId, first.addSecs(48), counts(1800, 30, 147, 23, 0)));
    QVERIFY(m_store->recordCounts(kProfile, kJobId, first.addSecs(361), counts(900, 100, 900, 100, 0)));
    m_view->setStore(m_store.get());
    m_view->setBatch(kProfile, kJobId);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

    // What the table shows, oldest first: the fetch time, the count time and the succeeded count.
    auto *table = m_view->findChild<QTableView *>(u"historyTable"_s);
    const QAbstractItemModel *model = table->model();
    const auto local = [](const QDateTime &utc) {
        return QLocale().toString(utc.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    };
    QStringList shown;
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        shown.append(model->index(row, HistoryTableModel::FetchedAt).data().toString() + u" | "_s
                     + model->index(row, HistoryTableModel::CountedAt).data().toString() + u" | "_s
                     + model->index(row, HistoryTableModel::columnOf(TaskStatus::Succeeded)).data().toString()
                     + u" | "_s
                     + model->index(row, HistoryTableModel::columnOf(TaskStatus::Failed)).data().toString());
    }
    QStringList expected {local(first) + u" |  |  | "_s,
                          u" | "_s + local(first.addSecs(48)) + u" | 147 | 23"_s};
    for (int minute = 1; minute <= 5; ++minute)
        expected.append(local(first.addSecs(60 * minute)) + u" |  |  | "_s);
    expected.append(local(first.addSecs(360)) + u" | "_s + local(first.addSecs(361)) + u" | 900 | 100"_s);
    QCOMPARE(shown, expected);
    // The burn-up draws the two rounds at their own times only.
    QCOMPARE(series(u"burnUpSucceeded"_s)->count(), 2);
    QCOMPARE(qint64(series(u"burnUpSucceeded"_s)->at(0).x()), first.addSecs(48).toMSecsSinceEpoch());
}

void TestHistoryView::summarizesTheFetchesAndTheChangesSinceTheLastLook()
{
    fill();
    m_view->setStore(m_store.get());
    m_view->setBatch(kProfile, kJobId);
    m_view->show();
    const QString summary = label(u"summaryLabel"_s)->text();
    const QString first = QLocale().toString(m_start.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    const QString last
            = QLocale().toString(m_start.addSecs(3 * 3600).toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    // "time(s)" becomes "times" through the English catalogue, which this test does not load.
    QVERIFY2(summary.startsWith(u"Fetched 3 time"), qPrintable(summary));
    QVERIFY2(summary.contains(u", first at %1, last at %2."_s.arg(first, last)), qPrintable(summary));
    QVERIFY2(summary.contains(u"2,000 of 2,000 devices finished, 1,800 succeeded"), qPrintable(summary));
    QVERIFY(!label(u"deltaLabel"_s)->isVisible()); // no last look to compare with

    // The user last looked when the second round was counted.
    HistoryCountsPoint seen;
    seen.atUtc = m_start.addSecs(3605);
    seen.counts = counts(800, 400, 700, 100, 0);
    m_view->setLastLook(seen, m_start.addSecs(3600));
    QLabel *delta = label(u"deltaLabel"_s);
    QVERIFY(delta->isVisible());
    const QString lookedAt
            = QLocale().toString(m_start.addSecs(3600).toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(delta->text(),
             u"Since you last looked at %1: Succeeded +1,100, Failed +50, Canceled +50, "
             "In progress -400, Queued -800"_s.arg(lookedAt));

    // Another batch forgets that look.
    m_view->setBatch(u"other"_s, kJobId);
    QVERIFY(!label(u"deltaLabel"_s)->isVisible());
}

void TestHistoryView::saysSoWhenNoCountsWereRecorded()
{
    QVERIFY(m_store->recordJob(kProfile, kJobId, m_start, seedWithStatus(u"PLANNED"_s), ResponseFormat::Json,
                               u"PLANNED"_s));
    m_view->setStore(m_store.get());
    m_view->setBatch(kProfile, kJobId);
    m_view->show();
    QVERIFY(!m_view->isEmptyState());
    QVERIFY(!m_view->findChild<QChartView *>(u"chartView"_s)->isVisible());
    QVERIFY(label(u"noCountsLabel"_s)->isVisible());
    QVERIFY(label(u"summaryLabel"_s)->text().startsWith(u"Fetched once, at "));
    QCOMPARE(m_view->tableModel()->rowCount(), 1);
    QVERIFY(!m_view->tableModel()->index(0, HistoryTableModel::Total).data().isValid());
}

void TestHistoryView::showsTheEmptyStateWithoutHistory()
{
    // No store: nothing to read.
    m_view->show();
    QVERIFY(m_view->isEmptyState());
    QVERIFY(label(u"emptyLabel"_s)->isVisible());

    fill();
    m_view->setStore(m_store.get());
    QVERIFY(m_view->isEmptyState()); // no batch yet
    m_view->setBatch(kProfile, u"NoSuchBatch"_s);
    QVERIFY(m_view->isEmptyState());
    QCOMPARE(label(u"emptyLabel"_s)->text(),
             u"No history of batch NoSuchBatch yet. OtaDash records every fetch of it from now on."_s);
    QCOMPARE(m_view->tableModel()->rowCount(), 0);
    QCOMPARE(series(u"burnUpTotal"_s)->count(), 0);

    m_view->setBatch(kProfile, kJobId);
    QVERIFY(!m_view->isEmptyState());
    QVERIFY(m_store->clear());
    m_view->refresh();
    QVERIFY(m_view->isEmptyState());
    QCOMPARE(m_view->tableModel()->rowCount(), 0);
    QCOMPARE(series(u"burnUpTotal"_s)->count(), 0);
    m_view->clear();
    QVERIFY(m_view->isEmptyState());
}

void TestHistoryView::followsNewRecordsOnRefresh()
{
    m_view->setStore(m_store.get());
    m_view->setBatch(kProfile, kJobId);
    QVERIFY(m_view->isEmptyState());
    QVERIFY(m_store->recordJob(kProfile, kJobId, m_start, seedWithStatus(u"PLANNED"_s), ResponseFormat::Json,
                               u"PLANNED"_s));
    QVERIFY(m_store->recordCounts(kProfile, kJobId, m_start.addSecs(5), counts(10, 0, 0, 0, 0)));
    QVERIFY(m_view->isEmptyState()); // read on refresh() only
    m_view->refresh();
    QVERIFY(!m_view->isEmptyState());
    QCOMPARE(series(u"burnUpTotal"_s)->count(), 1);
    QCOMPARE(m_view->tableModel()->rowCount(), 1);
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
