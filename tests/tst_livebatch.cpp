#include "BatchPage.h"
#include "BatchProgressView.h"
#include "DesktopStyle.h"
#include "MainWindow.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "models/FailureReasonsModel.h"
#include "models/TaskTableModel.h"
#include "ota/CountsSummary.h"
#include "services/LiveRefresh.h"
#include "services/TaskRowsRefresh.h"
#include "state/BatchStore.h"
#include "util/TimeText.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"Demo"_s;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
} // namespace

// The simulator's live batch (2,000 devices moving over ten minutes, on the manual clock) open in the window:
// it is read again by itself at the interval chosen, every section says when it was read, and what it shows
// keeps up with the batch without the user doing anything.
class TestLiveBatch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void devicesTabUpdatesByItselfKeepingSelectionAndScroll();
    void followsTheChosenIntervalAndPause();
    void stopsAfterOneLastRoundWhenTheBatchEnds();
    void failureReasonsCountEveryFailedTaskAndFilterTheTable();
    void failureReasonsSayTheyStillHoldWhenTheCountIsUnchanged();
    void noFailureIsSaidAsOfWhenItWasCounted();
    void countsAndShowsTheStuckDevices();
    void saysWhenWhatItShowsIsOlderThanTheInterval();
    void aBatchThatCannotBeReadLeavesThePreviousOneDimmed();
    void fetchAllExplainsTasksThatMovedAndReadsThemAgain();

private:
    BatchPage *page() const { return m_fixture.window->batchPage(); }
    BatchProgressView *devices() const { return m_fixture.window->batchProgressView(); }
    template<typename T> T *child(QWidget *in, const QString &name) const
    {
        T *found = in->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QDateTime now() const { return m_fixture.net->clock.nowUtc(); }
    // Opens the live batch on the Devices tab and waits for its first round (counts, reasons, rows).
    bool openLiveBatch();

    WindowOnSimulator m_fixture;
    QStringList m_handled;
};

void TestLiveBatch::init()
{
    m_fixture.setup.fixedProfile = kProfile;
    QVERIFY(m_fixture.start());
    m_fixture.window->watchListPanel()->setAutoRefreshInterval(0); // only the live rounds read
    m_fixture.sim->fleet().setLiveJobStart(now());
    m_handled.clear();
    connect(m_fixture.sim, &OtaSimulator::requestHandled, this,
            [this](const QString &action) { m_handled.append(action); });
}

void TestLiveBatch::cleanup()
{
    disconnect(m_fixture.sim, nullptr, this, nullptr);
    m_fixture.stop();
}

bool TestLiveBatch::openLiveBatch()
{
    if (!m_fixture.queryBatch(SimFleet::liveJobId()))
        return false;
    m_fixture.window->showTab(MainWindow::Tab::Devices);
    BatchProgressView *view = devices();
    return m_fixture.runUntil([view] {
        return view->countsReading() && view->rowsRefresh()->rowsReadAtUtc().isValid() && !view->isBusy();
    });
}

void TestLiveBatch::devicesTabUpdatesByItselfKeepingSelectionAndScroll()
{
    QVERIFY(m_fixture.advance(2 * kMinute)); // hundreds of devices upgrading
    QVERIFY(openLiveBatch());
    BatchProgressView *view = devices();
    auto *table = child<QTableView>(view, u"taskTable"_s);
    TaskTableModel *model = view->taskModel();
    // Every loaded row shows IN_PROGRESS or NOTIFIED; select one far down and scroll to it.
    QVERIFY(model->rowCount() >= 50);
    const int chosenRow = 40;
    const QString chosen = model->index(chosenRow, TaskTableModel::DeviceName).data().toString();
    table->selectRow(chosenRow);
    table->scrollTo(model->index(chosenRow, 0), QAbstractItemView::PositionAtTop);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    const CountsReading first = *view->countsReading();
    const TaskStatusCounts loadedBefore = model->loadedStatusCounts();
    const qint64 jobReadsBefore = m_handled.count(u"QueryOTAJob"_s);

    // Nothing is touched; half a minute later the batch was read again, and so was the tab.
    QVERIFY(m_fixture.advance(31 * kSecond));
    QVERIFY(m_fixture.runUntil([view] { return !view->isBusy(); }));
    QCOMPARE(m_handled.count(u"QueryOTAJob"_s), jobReadsBefore + 1);
    const CountsReading second = *view->countsReading();
    QVERIFY(second.finishedAtUtc > first.finishedAtUtc);
    QVERIFY(second.counts[TaskStatus::Succeeded] > first.counts[TaskStatus::Succeeded]);
    QCOMPARE(second.batchTotal, qint64(SimFleet::kLiveJobTaskCount));
    // The loaded rows moved on with the batch: some finished, in place (no row was added or lost).
    QCOMPARE(model->totalRows(), qint64(loadedBefore.total()));
    QVERIFY(model->loadedStatusCounts()[TaskStatus::Succeeded] > loadedBefore[TaskStatus::Succeeded]);
    QVERIFY(view->rowsRefresh()->rowsChanged() > 0);
    // Every row shows what the simulator says now (re-read this round, or unchanged since).
    for (int row = 0; row < model->rowCount(); ++row) {
        const TaskInfo shown = model->taskAt(row);
        QVERIFY(shown.utcModified <= second.finishedAtUtc.addSecs(1));
    }
    // The selection and the scroll position stayed.
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), chosen);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    // Each section says when it was read, and how long ago.
    const QString counted = child<QLabel>(view, u"countsStatusLabel"_s)->text();
    const qint64 age = view->countsReading()->finishedAtUtc.secsTo(now());
    QVERIFY(age < 10);
    QVERIFY2(counted.contains(u"updated %1 s ago"_s.arg(age)), qPrintable(counted));
    QVERIFY(child<QLabel>(view, u"loadedLabel"_s)->text().contains(u"Unfinished rows read again at"_s));
    QVERIFY(child<QLabel>(page(), u"readTimesLabel"_s)->text().contains(u"updated"_s));
    // The ages move on with the clock, without another read.
    QVERIFY(m_fixture.advance(10 * kSecond));
    QVERIFY2(child<QLabel>(view, u"countsStatusLabel"_s)->text().contains(u"updated 1"_s),
             qPrintable(child<QLabel>(view, u"countsStatusLabel"_s)->text()));
    // While the next round is counted, the chart keeps these numbers, and their time stays beside them.
    auto *refresh = child<QPushButton>(view, u"refreshButton"_s);
    QTest::mouseClick(refresh, Qt::LeftButton);
    const QString recounting = child<QLabel>(view, u"countsStatusLabel"_s)->text();
    QVERIFY2(recounting.contains(
                     u"Counted at %1 · counting again"_s.arg(TimeText::readAt(second.finishedAtUtc, now()))),
             qPrintable(recounting));
    QVERIFY(m_fixture.runUntil([view] { return !view->isBusy(); }));
}

void TestLiveBatch::followsTheChosenIntervalAndPause()
{
    QVERIFY(openLiveBatch());
    auto *interval = child<QComboBox>(page(), u"intervalCombo"_s);
    QVERIFY(interval->isVisible());
    QCOMPARE(interval->currentData().toInt(), LiveRefresh::kDefaultIntervalSecs);
    interval->setCurrentIndex(interval->findData(10));
    const qint64 reads = m_handled.count(u"QueryOTAJob"_s);
    QVERIFY(m_fixture.advance(65 * kSecond));
    // A round every 10 s after the last one ended (each takes a couple of seconds of requests).
    const qint64 rounds = m_handled.count(u"QueryOTAJob"_s) - reads;
    QVERIFY2(rounds >= 5 && rounds <= 6, qPrintable(QString::number(rounds)));

    // Paused: nothing is read, whatever the time; the label says so.
    QTest::mouseClick(child<QPushButton>(page(), u"pauseButton"_s), Qt::LeftButton);
    QVERIFY(m_fixture.runUntil([this] { return !devices()->isBusy(); }));
    const qsizetype before = m_handled.size();
    QVERIFY(m_fixture.advance(2 * kMinute));
    QCOMPARE(m_handled.size(), before);
    QCOMPARE(child<QLabel>(page(), u"liveLabel"_s)->text(), u"Live reading paused"_s);
    // Resumed: the next round comes an interval later.
    QTest::mouseClick(child<QPushButton>(page(), u"pauseButton"_s), Qt::LeftButton);
    QVERIFY(m_fixture.advance(11 * kSecond));
    QVERIFY(m_handled.size() > before);
}

void TestLiveBatch::stopsAfterOneLastRoundWhenTheBatchEnds()
{
    QVERIFY(openLiveBatch());
    BatchStore *store = m_fixture.store.get();
    const BatchKey key {kProfile, SimFleet::liveJobId()};
    QVERIFY(m_fixture.runUntil(
            [&] { return store->job(key)->job.jobStatus == u"COMPLETED"_s && !devices()->isBusy(); },
            (SimFleet::kLiveJobMinutes + 2) * kMinute));
    // The round that showed the end was followed by counts, failures and rows of the ended batch.
    QVERIFY(m_fixture.runUntil([this] { return !devices()->isBusy(); }));
    const CountsReading last = *devices()->countsReading();
    QVERIFY(last.finishedAtUtc >= store->job(key)->readAtUtc);
    const CountsSummary summary = CountsSummary::of(last.counts, last.batchTotal);
    QCOMPARE(summary.complete(), qint64(SimFleet::kLiveJobTaskCount));
    QCOMPARE(summary.moved(), 0);
    const std::optional<FailureSample> failures = devices()->rowsRefresh()->failures();
    QVERIFY(failures);
    QCOMPARE(qint64(failures->tasks.size()), summary.failed());
    QCOMPARE(devices()->failureReasonsModel()->failedTasks(), summary.failed());
    // Then nothing more is read by itself, and the page says why.
    const qsizetype after = m_handled.size();
    QVERIFY(m_fixture.advance(5 * kMinute));
    QCOMPARE(m_handled.size(), after);
    QVERIFY(!page()->liveRefresh()->isLive());
    QVERIFY(child<QLabel>(page(), u"liveLabel"_s)->text().contains(u"has ended"_s));
    QVERIFY(!child<QComboBox>(page(), u"intervalCombo"_s)->isVisible());
}

void TestLiveBatch::failureReasonsCountEveryFailedTaskAndFilterTheTable()
{
    QVERIFY(m_fixture.advance(6 * kMinute));
    QVERIFY(openLiveBatch());
    BatchProgressView *view = devices();
    // The reasons count every failed task, read by themselves (just after the counts: a few more may have
    // failed meanwhile), not the rows the table has paged in.
    const std::optional<FailureSample> sample = view->rowsRefresh()->failures();
    QVERIFY(sample);
    const qint64 failed = sample->failedTotal;
    QVERIFY(failed > 20);
    QVERIFY(std::abs(failed - view->countsReading()->counts[TaskStatus::Failed]) <= 3);
    QVERIFY(sample->readAtUtc >= view->countsReading()->finishedAtUtc);
    FailureReasonsModel *reasons = view->failureReasonsModel();
    QCOMPARE(reasons->failedTasks(), failed);
    const QString note = child<QLabel>(view, u"reasonsNote"_s)->text();
    QVERIFY2(note.startsWith(u"Counted from all %1 failed task"_s.arg(failed)), qPrintable(note));
    // When a few more failed between the counts and the reasons, the note says why the two differ.
    const qint64 counted = view->countsReading()->counts[TaskStatus::Failed];
    QCOMPARE(note.contains(u"read just before, say %1 failed"_s.arg(counted)), counted != failed);
    QVERIFY(!child<QPushButton>(view, u"readAllFailuresButton"_s)->isVisible());

    // A click on a reason shows exactly its devices.
    auto *reasonsTable = child<QTableView>(view, u"reasonsTable"_s);
    const QModelIndex top = reasons->index(0, FailureReasonsModel::Reason);
    const QString reason = top.data(FailureReasonsModel::ReasonRole).toString();
    const qint64 devicesWithIt = top.data(FailureReasonsModel::CountRole).toLongLong();
    QTest::mouseClick(reasonsTable->viewport(), Qt::LeftButton, {}, reasonsTable->visualRect(top).center());
    // With the filter's chip shown the window still fits a 1,366-pixel laptop screen (seen in the demo: a
    // long reason pushed the window off a 1,400-pixel screen).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(m_fixture.window->minimumSizeHint().width() <= 1366,
             qPrintable(QString::number(m_fixture.window->minimumSizeHint().width())));
    TaskTableModel *model = view->taskModel();
    QCOMPARE(model->rowCount(), int(devicesWithIt));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->taskAt(row).taskStatus, TaskStatus::Failed);
        QCOMPARE(model->taskAt(row).taskDesc, reason);
    }
    auto *chip = child<QToolButton>(view, u"reasonChip"_s);
    QVERIFY(chip->isVisible());
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(!chip->isVisible());
    QVERIFY(model->rowCount() > int(devicesWithIt));
}

void TestLiveBatch::failureReasonsSayTheyStillHoldWhenTheCountIsUnchanged()
{
    // The batch has ended: its failures are read once, with the counts of the round that opened it.
    QVERIFY(m_fixture.advance((SimFleet::kLiveJobMinutes + 1) * kMinute));
    QVERIFY(openLiveBatch());
    BatchProgressView *view = devices();
    const std::optional<FailureSample> read = view->rowsRefresh()->failures();
    QVERIFY(read && read->failedTotal > 0);
    QVERIFY(!read->checkedAtUtc.isValid());
    auto *note = child<QLabel>(view, u"reasonsNote"_s);
    QVERIFY2(!note->text().contains(u"still"_s), qPrintable(note->text()));

    // Five minutes later a refresh counts as many failures: they are not read again, and the note says
    // they still hold as of that round instead of looking five minutes old.
    QVERIFY(m_fixture.advance(5 * kMinute));
    view->refresh(false, RequestPriority::Interactive);
    QVERIFY(m_fixture.runUntil([view] { return !view->isBusy(); }));
    const std::optional<FailureSample> checked = view->rowsRefresh()->failures();
    QVERIFY(checked);
    QCOMPARE(checked->readAtUtc, read->readAtUtc); // not read again
    QCOMPARE(checked->checkedAtUtc, view->countsReading()->finishedAtUtc);
    QCOMPARE(checked->currentAtUtc(), checked->checkedAtUtc);
    const QString text = note->text();
    QVERIFY2(text.contains(u"(still %1 at "_s.arg(read->failedTotal)), qPrintable(text));
    QVERIFY2(!text.contains(u"min ago"_s), qPrintable(text));
}

void TestLiveBatch::noFailureIsSaidAsOfWhenItWasCounted()
{
    // Just started: nothing has failed yet, as of the round's counts (a task may fail right after).
    QVERIFY(openLiveBatch());
    const CountsReading counts = *devices()->countsReading();
    QCOMPARE(counts.counts[TaskStatus::Failed], 0);
    const QString note = child<QLabel>(devices(), u"reasonsNote"_s)->text();
    QCOMPARE(note, u"No task had failed at %1."_s.arg(TimeText::readAt(counts.finishedAtUtc, now())));
}

void TestLiveBatch::countsAndShowsTheStuckDevices()
{
    // Seven minutes in, devices that hung have been silent for longer than the batch's three minutes.
    QVERIFY(m_fixture.advance(7 * kMinute));
    QVERIFY(openLiveBatch());
    BatchProgressView *view = devices();
    const std::optional<qint64> stuck = view->stuckCount();
    QVERIFY(stuck);
    QVERIFY2(*stuck > 0, qPrintable(QString::number(*stuck)));
    auto *button = child<QPushButton>(view, u"stuckButton"_s);
    QVERIFY(button->isVisible());
    QVERIFY2(button->text().contains(QString::number(*stuck)), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    TaskTableModel *model = view->taskModel();
    QCOMPARE(model->rowCount(), int(*stuck));
    const qint64 nowMs = now().toMSecsSinceEpoch();
    for (int row = 0; row < model->rowCount(); ++row) {
        const TaskInfo task = model->taskAt(row);
        QCOMPARE(task.taskStatus, TaskStatus::InProgress);
        QVERIFY(nowMs - task.utcModified.toMSecsSinceEpoch() > 3 * kMinute);
    }
}

void TestLiveBatch::saysWhenWhatItShowsIsOlderThanTheInterval()
{
    QVERIFY(openLiveBatch());
    auto *counted = child<QLabel>(devices(), u"countsStatusLabel"_s);
    QVERIFY(!counted->text().contains(u"older than the refresh interval"_s));
    // The gateway answers nothing readable from now on: what is shown stays, and says it is getting old.
    m_fixture.sim->setFault(OtaSimulator::Fault::TruncatedJson);
    QVERIFY(m_fixture.advance(80 * kSecond));
    QVERIFY2(counted->text().contains(u"older than the refresh interval of 30 s"_s),
             qPrintable(counted->text()));
    QVERIFY(child<QLabel>(page(), u"readTimesLabel"_s)
                    ->text()
                    .contains(u"older than the refresh interval"_s));
    // In the palette's warning colour (it follows a dark scheme), on both.
    const QString warning = DesktopStyle::warningColor(QApplication::palette()).name();
    QVERIFY2(counted->styleSheet().contains(warning), qPrintable(counted->styleSheet()));
    QVERIFY(child<QLabel>(page(), u"readTimesLabel"_s)->styleSheet().contains(warning));
    QVERIFY(child<QLabel>(devices(), u"reasonsNote"_s)->styleSheet().contains(u"color"_s)
            || devices()->countsReading()->counts[TaskStatus::Failed] == 0);
    // Readable again: the next round brings it up to date, and the warning goes.
    m_fixture.sim->setFault(OtaSimulator::Fault::None);
    QVERIFY(m_fixture.advance(35 * kSecond));
    QVERIFY(m_fixture.runUntil([this] { return !devices()->isBusy(); }));
    QVERIFY2(!counted->text().contains(u"older than"_s), qPrintable(counted->text()));
}

void TestLiveBatch::aBatchThatCannotBeReadLeavesThePreviousOneDimmed()
{
    QVERIFY(openLiveBatch());
    QVERIFY(!page()->isDimmed());
    const QString missing = u"HvKuBpuk3rdk6E92CPnothere00"_s;
    QVERIFY(!m_fixture.queryBatch(missing));
    QVERIFY(page()->isDimmed());
    auto *label = child<QLabel>(page(), u"notShownLabel"_s);
    QVERIFY(label->isVisible());
    const QString name = m_fixture.store->job({kProfile, SimFleet::liveJobId()})->job.name.value();
    QVERIFY2(label->text().startsWith(u"Showing %1 (%2) as of "_s.arg(name, SimFleet::liveJobId())),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(u"; %1 could not be read: "_s.arg(missing)), qPrintable(label->text()));
    // The batch shown is read again fine: it is itself again.
    QVERIFY(m_fixture.queryBatch(SimFleet::liveJobId()));
    QVERIFY(!page()->isDimmed());
    QVERIFY(!label->isVisible());
}

void TestLiveBatch::fetchAllExplainsTasksThatMovedAndReadsThemAgain()
{
    QVERIFY(m_fixture.advance(3 * kMinute)); // everything moving fast
    QVERIFY(openLiveBatch());
    m_fixture.pauseLive();
    BatchProgressView *view = devices();
    QTest::mouseClick(child<QPushButton>(view, u"fetchAllButton"_s), Qt::LeftButton);
    QVERIFY(m_fixture.runUntil([view] { return !view->isBusy(); }));
    // Twenty pages while tasks finish every 120 ms: some moved from a status not yet read to one already
    // read, and were not seen.
    const qint64 loaded = view->taskModel()->totalRows();
    QVERIFY2(loaded < SimFleet::kLiveJobTaskCount, qPrintable(QString::number(loaded)));
    const QString text = child<QLabel>(view, u"loadedLabel"_s)->text();
    QVERIFY2(text.contains(u"were not seen: they changed status while the pages were read"_s),
             qPrintable(text));
    auto *again = child<QPushButton>(view, u"rereadButton"_s);
    QVERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(m_fixture.runUntil([view] { return !view->isBusy(); }));
    QVERIFY(view->taskModel()->totalRows() > loaded);
}

QTEST_MAIN(TestLiveBatch)
#include "tst_livebatch.moc"
