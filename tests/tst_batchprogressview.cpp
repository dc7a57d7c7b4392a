#include "BatchProgressView.h"
#include "MainWindow.h"
#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "WindowOnSimulator.h"
#include "api/TaskFetcher.h"
#include "models/FailureReasonsModel.h"
#include "models/TaskTableModel.h"
#include "ota/CountsSummary.h"
#include "services/DeviceNameSearch.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

// The device progress panel against the simulated gateway, on a manual clock: what the user reads and what
// the table holds.
class TestBatchProgressView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheCountsAndThePercentageComplete();
    void waitsUntilShownBeforeRequesting();
    void fillsTheTableLazilyWhenScrolledToTheEnd();
    void filtersByStatusAndDeviceName();
    void loadsAChosenStatusOnDemand();
    void looksUpANameNotLoadedOnTheServer();
    void showsExactlyAPastedListOfDevices();
    void estimatesTheFinishFromTheRoundsShown();
    void sortsByClickingTheHeader();
    void fetchAllShowsProgressAndCompletes();
    void stopEndsAFetchAndKeepsTheRows();
    void pageErrorKeepsTheRowsAndExplains();
    void mainWindowOpensTheQueriedBatchInTheDevicesTab();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_view->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    Account account() const { return Account {u"demo"_s, m_net->config(), {}, false}; }
    bool runUntil(const std::function<bool()> &done) { return m_net->runUntil(done); }
    // A generated batch of between min and max tasks with failures and successes.
    QString smallJob(int min, int max) const;
    void open(const QString &jobId);
    // Until nothing is under way (counts, pages, a fetch), time moving as it must.
    bool waitForIdle()
    {
        return runUntil([this] { return !m_view->isBusy(); });
    }
    QTableView *table() const { return child<QTableView>(u"taskTable"_s); }

    std::unique_ptr<SchedulerOnSimulator> m_net;
    OtaSimulator *m_sim = nullptr;
    std::unique_ptr<BatchStore> m_store;
    std::unique_ptr<BatchProgressView> m_view;
};

void TestBatchProgressView::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_sim = &m_net->sim;
    m_store = std::make_unique<BatchStore>();
    m_view = std::make_unique<BatchProgressView>(m_net->scheduler.get(), m_store.get());
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestBatchProgressView::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_net.reset();
}

QString TestBatchProgressView::smallJob(int min, int max) const
{
    const SimFleet &fleet = m_sim->fleet();
    for (const QString &jobId : fleet.generatedJobIds()) {
        const int count = fleet.taskCount(jobId);
        if (count >= min && count <= max && fleet.taskCount(jobId, u"FAILED"_s) > 0
            && fleet.taskCount(jobId, u"SUCCEEDED"_s) > 0)
            return jobId;
    }
    qFatal("no generated batch of %d to %d tasks", min, max);
    return QString();
}

void TestBatchProgressView::open(const QString &jobId)
{
    QSignalSpy counted(m_view.get(), &BatchProgressView::countsChanged);
    m_view->setBatch(account(), jobId);
    QVERIFY(runUntil([&] { return counted.size() >= 1; }));
    QVERIFY(waitForIdle());
}

void TestBatchProgressView::showsTheCountsAndThePercentageComplete()
{
    const QString jobId = SimFleet::bigJobId();
    open(jobId);
    const SimFleet &fleet = m_sim->fleet();
    const QLocale locale;
    QVERIFY(m_view->counts());
    for (const TaskStatus status : kAllTaskStatuses) {
        const QString code = TaskStatuses::code(status);
        const int expected = fleet.taskCount(jobId, code);
        QCOMPARE((*m_view->counts())[status], qint64(expected));
        QCOMPARE(child<QLabel>(u"legendCount_"_s + code)->text(), locale.toString(expected));
        QCOMPARE(child<QLabel>(u"legendName_"_s + code)->text(), TaskStatuses::label(status));
    }
    const qint64 total = fleet.taskCount(jobId);
    QCOMPARE(m_view->counts()->total(), total);
    QCOMPARE(m_view->countsReading()->batchTotal, total);
    const auto percentOf = [&](qint64 part) -> QString {
        return locale.toString(std::floor(double(part) * 1000.0 / double(total)) / 10.0, 'f', 1) + u" %"_s;
    };
    const qint64 succeeded = fleet.taskCount(jobId, u"SUCCEEDED"_s);
    const qint64 failed = fleet.taskCount(jobId, u"FAILED"_s);
    const qint64 done = succeeded + failed + fleet.taskCount(jobId, u"CANCELED"_s);
    const qint64 inFlight = fleet.taskCount(jobId, u"IN_PROGRESS"_s) + fleet.taskCount(jobId, u"NOTIFIED"_s);
    const qint64 waiting = fleet.taskCount(jobId, u"QUEUED"_s) + fleet.taskCount(jobId, u"CONFIRM"_s);
    // The headline: succeeded, then failed, in flight, not started and complete, each with its share.
    QCOMPARE(child<QLabel>(u"percentLabel"_s)->text(), percentOf(succeeded) + u" succeeded"_s);
    const QString summary = child<QLabel>(u"summaryLabel"_s)->text();
    // The plural forms come from the English catalogue, which this test does not load.
    QCOMPARE(summary,
             u"%1 failed (%2) · %3 in flight · %4 not started · %5 complete, of %6 device(s)"_s.arg(
                     percentOf(failed), locale.toString(failed), locale.toString(inFlight),
                     locale.toString(waiting), percentOf(done), locale.toString(total)));
    // "Complete" is defined where it is shown.
    QVERIFY(child<QLabel>(u"percentLabel"_s)->toolTip().contains(CountsSummary::definitions()));
    QVERIFY(child<QLabel>(u"summaryLabel"_s)->toolTip().contains(CountsSummary::definitions()));
    // The first page is there, failures first, and their reasons are grouped.
    QVERIFY(m_view->taskModel()->rowCount() >= TaskFetcher::kPageSize);
    QCOMPARE(m_view->taskModel()->taskAt(0).taskStatus, std::optional<TaskStatus>(TaskStatus::Failed));
    QVERIFY(m_view->failureReasonsModel()->rowCount() > 0);
    QVERIFY(child<QTableView>(u"reasonsTable"_s)->model() == m_view->failureReasonsModel());

    // Refresh asks again and shows the same.
    QSignalSpy counted(m_view.get(), &BatchProgressView::countsChanged);
    QTest::mouseClick(child<QPushButton>(u"refreshButton"_s), Qt::LeftButton);
    QVERIFY(runUntil([&] { return counted.size() == 1; }));
    QCOMPARE(m_view->counts()->total(), total);
}

void TestBatchProgressView::waitsUntilShownBeforeRequesting()
{
    m_view->hide();
    const int before = m_sim->acceptedCount();
    m_view->setBatch(account(), smallJob(50, 400));
    QVERIFY(m_net->time.advance(60000));
    QCOMPARE(m_sim->acceptedCount(), before);
    QVERIFY(!m_view->isBusy());
    QSignalSpy counted(m_view.get(), &BatchProgressView::countsChanged);
    m_view->show();
    QVERIFY(runUntil([&] { return counted.size() == 1; }));
    QVERIFY(m_sim->acceptedCount() > before);
}

void TestBatchProgressView::fillsTheTableLazilyWhenScrolledToTheEnd()
{
    open(SimFleet::bigJobId());
    TaskTableModel *model = m_view->taskModel();
    const int rows = model->rowCount();
    QVERIFY(rows >= TaskFetcher::kPageSize);
    QVERIFY(rows < m_sim->fleet().taskCount(SimFleet::bigJobId(), u"FAILED"_s)); // not everything at once
    QVERIFY(model->canFetchMore(QModelIndex()));
    QScrollBar *bar = table()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QVERIFY(runUntil([&] { return model->rowCount() >= rows + TaskFetcher::kPageSize; }));
    QVERIFY(waitForIdle());
    // One page per scroll to the end, not a walk through the batch.
    QVERIFY(model->rowCount() <= rows + 2 * TaskFetcher::kPageSize);
    // Progress is drawn by the delegate from the progress role.
    QVERIFY(table()->itemDelegateForColumn(TaskTableModel::Progress) != table()->itemDelegate());
    QVERIFY(model->index(0, TaskTableModel::Progress).data(TaskTableModel::ProgressRole).isValid());
    // The failure reason is elided in the cell and whole in the tooltip.
    const QModelIndex reason = model->index(0, TaskTableModel::FailureReason);
    QCOMPARE(reason.data(Qt::ToolTipRole).toString(), reason.data().toString());
    // Long names and reasons lose their middle, not their end (which tells devices and versions apart), and
    // show whole on hover.
    QCOMPARE(table()->textElideMode(), Qt::ElideMiddle);
    const QModelIndex name = model->index(0, TaskTableModel::DeviceName);
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), name.data().toString());
}

void TestBatchProgressView::filtersByStatusAndDeviceName()
{
    const QString jobId = smallJob(100, 400);
    open(jobId);
    QSignalSpy finished(m_view->taskFetcher(), &TaskFetcher::finished);
    QTest::mouseClick(child<QPushButton>(u"fetchAllButton"_s), Qt::LeftButton);
    QVERIFY(m_net->waitFor(finished));
    TaskTableModel *model = m_view->taskModel();
    QCOMPARE(model->rowCount(), m_sim->fleet().taskCount(jobId));

    auto *combo = child<QComboBox>(u"statusCombo"_s);
    QCOMPARE(combo->itemText(0), u"All statuses"_s);
    combo->setCurrentIndex(combo->findData(int(TaskStatus::Succeeded)));
    QCOMPARE(combo->currentText(), TaskStatuses::label(TaskStatus::Succeeded));
    QCOMPARE(model->rowCount(), m_sim->fleet().taskCount(jobId, u"SUCCEEDED"_s));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(TaskTableModel::StatusRole).toInt(), int(TaskStatus::Succeeded));
    QVERIFY(!m_view->isBusy()); // everything is loaded: nothing to ask for

    // A device name within the succeeded ones.
    const QString name = model->index(model->rowCount() / 2, TaskTableModel::DeviceName).data().toString();
    auto *edit = child<QLineEdit>(u"nameFilterEdit"_s);
    QVERIFY(!edit->placeholderText().isEmpty());
    QTest::keyClicks(edit, name);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TaskTableModel::DeviceName).data().toString(), name);
    QVERIFY(child<QLabel>(u"loadedLabel"_s)->text().contains(u"1 shown"_s));

    combo->setCurrentIndex(0);
    edit->clear();
    QCOMPARE(model->rowCount(), m_sim->fleet().taskCount(jobId));
}

void TestBatchProgressView::looksUpANameNotLoadedOnTheServer()
{
    const QString jobId = SimFleet::bigJobId();
    open(jobId);
    TaskTableModel *model = m_view->taskModel();
    const qint64 loaded = model->totalRows();
    // A succeeded device far down the batch: not among the rows loaded.
    const QJsonObject wanted = m_sim->fleet().tasks(jobId, u"SUCCEEDED"_s, 5000, 1).first().toObject();
    const QString name = wanted.value(u"DeviceName"_s).toString();
    QCOMPARE(model->unloadedDevices({name}), QStringList {name});
    QStringList actions;
    connect(m_sim, &OtaSimulator::requestHandled, this,
            [&actions](const QString &action, const QString &) { actions.append(action); });

    auto *edit = child<QLineEdit>(u"nameFilterEdit"_s);
    QTest::keyClicks(edit, name);
    QVERIFY(actions.isEmpty()); // nothing while typing
    // After a pause in typing, one call finds it, and the row joins the table.
    QVERIFY(runUntil([&] { return model->rowCount() == 1; }));
    QVERIFY(waitForIdle());
    QCOMPARE(actions, QStringList {u"ListOTATaskByJob"_s});
    QCOMPARE(model->index(0, TaskTableModel::DeviceName).data().toString(), name);
    QCOMPARE(model->index(0, 0).data(TaskTableModel::TaskIdRole).toString(),
             wanted.value(u"TaskId"_s).toString());
    QCOMPARE(model->index(0, 0).data(TaskTableModel::StatusRole).toInt(), int(TaskStatus::Succeeded));
    QCOMPARE(model->totalRows(), loaded + 1);
    QVERIFY(child<QLabel>(u"nameSearchLabel"_s)->isHidden());

    // A whole name the batch does not have, looked up at once with Enter: said so, with the time.
    edit->setText(u"no-such-device"_s);
    actions.clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_view->isBusy());
    QVERIFY(waitForIdle());
    QCOMPARE(actions, QStringList {u"ListOTATaskByJob"_s});
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalRows(), loaded + 1);
    const QString text = child<QLabel>(u"nameSearchLabel"_s)->text();
    QVERIFY2(
            text.startsWith(u"No device named “no-such-device” in this batch (looked up on the server at "_s),
            qPrintable(text));

    // Part of a name that cannot be a whole one filters the rows loaded and asks nothing.
    actions.clear();
    edit->setText(name.left(3));
    QVERIFY(waitForIdle());
    m_net->time.advance(2000);
    QVERIFY(actions.isEmpty());
    QVERIFY(child<QLabel>(u"nameSearchLabel"_s)->isHidden());
}

void TestBatchProgressView::showsExactlyAPastedListOfDevices()
{
    const QString jobId = SimFleet::bigJobId();
    open(jobId);
    TaskTableModel *model = m_view->taskModel();
    const qint64 loaded = model->totalRows();
    // 55 devices not loaded, two loaded, two the batch does not have and one that cannot be a name, pasted
    // as the task export writes them.
    QStringList inBatch;
    for (const QJsonValue task : m_sim->fleet().tasks(jobId, u"SUCCEEDED"_s, 7000, 55))
        inBatch.append(task.toObject().value(u"DeviceName"_s).toString());
    const QStringList loadedNames {model->index(0, TaskTableModel::DeviceName).data().toString(),
                                   model->index(1, TaskTableModel::DeviceName).data().toString()};
    QCOMPARE(model->unloadedDevices(loadedNames), QStringList());
    inBatch += loadedNames;
    QString csv = u"TaskId,DeviceName,TaskStatus\r\n"_s;
    for (const QString &name : inBatch + QStringList {u"ghost-0001"_s, u"ghost-0002"_s, u"x"_s})
        csv += u"t,%1,SUCCEEDED\r\n"_s.arg(name);
    int calls = 0;
    connect(m_sim, &OtaSimulator::requestHandled, this, [&calls](const QString &action, const QString &code) {
        calls += action == u"ListOTATaskByJob"_s && code.isEmpty();
    });

    QGuiApplication::clipboard()->setText(csv);
    auto *edit = child<QLineEdit>(u"nameFilterEdit"_s);
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(parseDeviceNameQuery(edit->text()).names.size(), inBatch.size() + 2);
    // The two loaded devices show at once; the others after one look on the server, 50 names per call.
    QCOMPARE(model->rowCount(), 2);
    QSignalSpy searched(m_view->nameSearch(), &DeviceNameSearch::finished);
    QVERIFY(m_net->waitFor(searched));
    QVERIFY(waitForIdle());
    QCOMPARE(calls, 2); // 57 names: 50 and 7
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->index(row, TaskTableModel::DeviceName).data().toString());
    shown.sort();
    inBatch.sort();
    QCOMPARE(shown, inBatch);
    QCOMPARE(model->totalRows(), loaded + 55);
    const QString text = child<QLabel>(u"nameSearchLabel"_s)->text();
    QVERIFY2(text.startsWith(
                     u"Left out, not device names: x (a device name has 4 to 32 letters, digits and "_s),
             qPrintable(text));
    QVERIFY2(
            text.contains(u" 57 of 59 listed device(s) are in this batch. Not in it: ghost-0001, ghost-0002. "
                          "Looked up on the server at "_s),
            qPrintable(text));
    // Paging stops while a list shows: scrolling reads no page.
    QVERIFY(!model->canFetchMore(QModelIndex()));

    // Without the list, every row loaded shows again; the devices found stay.
    edit->clear();
    QCOMPARE(model->rowCount(), int(loaded + 55));
    QVERIFY(child<QLabel>(u"nameSearchLabel"_s)->isHidden());
}

void TestBatchProgressView::estimatesTheFinishFromTheRoundsShown()
{
    open(SimFleet::liveJobId());
    auto *eta = child<QLabel>(u"etaLabel"_s);
    QVERIFY2(eta->text().startsWith(u"No finish estimate yet"_s), qPrintable(eta->text()));
    // A round every 30 s for six minutes: devices finish, and the estimate follows the rounds.
    for (int round = 0; round < 12; ++round) {
        m_net->time.advance(30000);
        QSignalSpy refreshed(m_view.get(), &BatchProgressView::refreshed);
        m_view->refresh();
        QVERIFY(m_net->waitFor(refreshed));
    }
    QVERIFY(m_view->counts()->total() > 0);
    QVERIFY2(eta->text().startsWith(u"At "_s), qPrintable(eta->text()));
    QVERIFY2(eta->text().contains(u" devices a minute it finishes about "_s), qPrintable(eta->text()));
    // Another batch: its own rounds, none yet.
    open(smallJob(100, 400));
    QVERIFY2(!eta->text().startsWith(u"At "_s), qPrintable(eta->text()));
}

void TestBatchProgressView::loadsAChosenStatusOnDemand()
{
    // The big batch walks FAILED first; choosing SUCCEEDED reads that status next, not after all the others.
    open(SimFleet::bigJobId());
    TaskTableModel *model = m_view->taskModel();
    QCOMPARE(model->loadedStatusCounts()[TaskStatus::Succeeded], qint64(0));
    auto *combo = child<QComboBox>(u"statusCombo"_s);
    combo->setCurrentIndex(combo->findData(int(TaskStatus::Succeeded)));
    QVERIFY(runUntil([&] { return model->rowCount() >= TaskFetcher::kPageSize; }));
    QVERIFY(waitForIdle());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(TaskTableModel::StatusRole).toInt(), int(TaskStatus::Succeeded));
    // Back to all statuses: the rows of both are there.
    combo->setCurrentIndex(0);
    QCOMPARE(qint64(model->rowCount()), model->totalRows());
    QVERIFY(model->loadedStatusCounts()[TaskStatus::Failed] > 0);
}

void TestBatchProgressView::sortsByClickingTheHeader()
{
    open(smallJob(100, 400));
    TaskTableModel *model = m_view->taskModel();
    QCOMPARE(model->sortColumn(), -1); // load order: failures first
    QHeaderView *header = table()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());
    const QPoint onDeviceName(header->sectionViewportPosition(TaskTableModel::DeviceName) + 10,
                              header->height() / 2);
    const auto names = [model] {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, TaskTableModel::DeviceName).data().toString());
        return list;
    };
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onDeviceName);
    QCOMPARE(model->sortColumn(), int(TaskTableModel::DeviceName));
    QStringList shown = names();
    QVERIFY(shown.size() > 1);
    QStringList sorted = shown;
    std::sort(sorted.begin(), sorted.end());
    const Qt::SortOrder first = model->sortOrder();
    if (first == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(shown, sorted);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onDeviceName);
    QVERIFY(model->sortOrder() != first);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(names(), sorted);
}

void TestBatchProgressView::fetchAllShowsProgressAndCompletes()
{
    const QString jobId = smallJob(300, 900);
    open(jobId);
    auto *bar = child<QProgressBar>(u"fetchProgress"_s);
    auto *stop = child<QPushButton>(u"stopButton"_s);
    QVERIFY(!bar->isVisible());
    QSignalSpy finished(m_view->taskFetcher(), &TaskFetcher::finished);
    QSignalSpy progress(m_view->taskFetcher(), &TaskFetcher::progress);
    QTest::mouseClick(child<QPushButton>(u"fetchAllButton"_s), Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QVERIFY(stop->isVisible());
    QVERIFY(!child<QPushButton>(u"fetchAllButton"_s)->isEnabled());
    QVERIFY(m_net->waitFor(progress));
    QVERIFY(runUntil([&] { return bar->maximum() > 0; }));
    QVERIFY2(bar->text().startsWith(u"Fetched "_s) && bar->text().endsWith(u" tasks"_s),
             qPrintable(bar->text()));
    QVERIFY(bar->text().contains(u" of "_s));
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    const int total = m_sim->fleet().taskCount(jobId);
    QCOMPARE(m_view->taskModel()->totalRows(), qint64(total));
    QVERIFY(!bar->isVisible());
    QVERIFY(!stop->isVisible());
    QVERIFY(!m_view->taskModel()->canFetchMore(QModelIndex()));
    const QString loaded = child<QLabel>(u"loadedLabel"_s)->text();
    QVERIFY2(loaded.startsWith(u"%1 of %1 task"_s.arg(QLocale().toString(total))), qPrintable(loaded));
}

void TestBatchProgressView::stopEndsAFetchAndKeepsTheRows()
{
    open(SimFleet::bigJobId());
    TaskTableModel *model = m_view->taskModel();
    QSignalSpy finished(m_view->taskFetcher(), &TaskFetcher::finished);
    QTest::mouseClick(child<QPushButton>(u"fetchAllButton"_s), Qt::LeftButton);
    QVERIFY(runUntil([&] { return model->totalRows() >= 6 * TaskFetcher::kPageSize; }));
    QTest::mouseClick(child<QPushButton>(u"stopButton"_s), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    const qint64 rows = model->totalRows();
    QVERIFY(m_net->time.advance(60000));
    QCOMPARE(model->totalRows(), rows);
    QVERIFY(!m_view->isBusy());
    QVERIFY(!child<QProgressBar>(u"fetchProgress"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"fetchAllButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"loadedLabel"_s)->text().contains(u"stopped"_s));
}

void TestBatchProgressView::pageErrorKeepsTheRowsAndExplains()
{
    open(SimFleet::bigJobId());
    TaskTableModel *model = m_view->taskModel();
    const int rows = model->rowCount();
    auto *panel = child<QWidget>(u"pageErrorPanel"_s);
    QVERIFY(!panel->isVisible());

    m_sim->setFault(OtaSimulator::Fault::TruncatedJson);
    QSignalSpy failed(m_view->taskFetcher(), &TaskFetcher::pageFailed);
    table()->verticalScrollBar()->setValue(table()->verticalScrollBar()->maximum());
    QVERIFY(m_net->waitFor(failed));
    QVERIFY(panel->isVisible());
    const QString text = child<QLabel>(u"pageErrorLabel"_s)->text();
    QVERIFY2(text.contains(u"Malformed response"_s), qPrintable(text));
    QVERIFY2(text.contains(u"The tasks loaded so far stay."_s), qPrintable(text));
    QCOMPARE(model->rowCount(), rows);
    QVERIFY(!model->canFetchMore(QModelIndex())); // no request loop against a failing endpoint
    QVERIFY(waitForIdle());
    QCOMPARE(failed.size(), 1);

    m_sim->setFault(OtaSimulator::Fault::None);
    QTest::mouseClick(child<QPushButton>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QVERIFY(runUntil([&] { return model->rowCount() > rows; }));
}

void TestBatchProgressView::mainWindowOpensTheQueriedBatchInTheDevicesTab()
{
    m_view.reset();
    WindowOnSimulator fixture;
    QVERIFY(fixture.start());
    const QString jobId = fixture.sim->jobIds().value(0);
    fixture.window->setJobId(jobId);
    QSignalSpy finished(fixture.window.get(), &MainWindow::queryFinished);
    fixture.window->query();
    QVERIFY(fixture.waitFor(finished));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(!fixture.window->findChild<BatchProgressView *>()); // the Devices tab is built when first needed
    BatchProgressView *view = fixture.window->batchProgressView();
    QCOMPARE(view->jobId(), jobId);
    QVERIFY(!view->isVisible()); // the Details tab is in front: no request for the devices yet
    QVERIFY(!view->isBusy());
    QSignalSpy counted(view, &BatchProgressView::countsChanged);
    fixture.window->showTab(MainWindow::Tab::Devices);
    QVERIFY(view->isVisible());
    QVERIFY(fixture.waitFor(counted));
    QCOMPARE(view->counts()->total(), qint64(fixture.sim->fleet().taskCount(jobId)));
    fixture.stop();
}

QTEST_MAIN(TestBatchProgressView)
#include "tst_batchprogressview.moc"
