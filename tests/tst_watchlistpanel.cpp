#include "BracketTranslator.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"
#include "ota/CountsSummary.h"
#include "services/BatchQuery.h"
#include "state/BatchStore.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"demo"_s;
} // namespace

// The watch list panel against the simulated gateway on loopback, on a manual clock: what the user types,
// clicks and sees.
class TestWatchListPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addsATypedJobIdAndReadsIt();
    void refusesAnEmptyJobIdAndSaysSoForADuplicate();
    void removesWithTheButtonAndTheDeleteKey();
    void refreshKeepsSelectionAndScrollPosition();
    void showsTheAgeOfTheLastRefreshAsTimePasses();
    void activatingARowOpensItAndMarksItSeen();
    void persistsTheAutoRefreshChoice();
    void setsTheStallTimeInPreferences();
    void showsNewNumbersWithoutUserAction();
    void notifiesAStatusChangeOnceAndMarksTheRow();

    void followsTheLanguage();

private:
    std::unique_ptr<WatchListPanel> makePanel();
    RpcConfig config() const { return m_net->config(); }
    bool runUntil(const std::function<bool()> &done) { return m_net->runUntil(done); }
    static bool refresh(WatchListPanel *panel, TimeDriver &time);
    bool refresh(WatchListPanel *panel) { return refresh(panel, m_net->time); }
    QString settingsFile() const { return m_dir.filePath(u"settings.ini"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<SchedulerOnSimulator> m_net;
    OtaSimulator *m_sim = nullptr;
    std::unique_ptr<BatchStore> m_store;
    std::unique_ptr<BatchQuery> m_query;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WatchListPanel> m_panel;
};

void TestWatchListPanel::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(settingsFile());
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_sim = &m_net->sim;
    m_store = std::make_unique<BatchStore>();
    m_query = std::make_unique<BatchQuery>(m_net->scheduler.get(), m_store.get());
    m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
    m_panel = makePanel();
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestWatchListPanel::cleanup()
{
    m_panel.reset();
    m_settings.reset();
    m_query.reset();
    m_store.reset();
    m_net.reset();
}

std::unique_ptr<WatchListPanel> TestWatchListPanel::makePanel()
{
    auto panel = std::make_unique<WatchListPanel>(m_query.get(),
                                                  [this](const QString &profile) -> std::optional<Account> {
                                                      if (profile != kProfile)
                                                          return std::nullopt;
                                                      return Account {profile, config(), {}, false};
                                                  });
    panel->resize(520, 320);
    panel->setSettings(m_settings.get(), u"test"_s);
    panel->setCurrentProfile(kProfile);
    return panel;
}

// One full round of its own, after any round already under way (adding a batch starts one).
bool TestWatchListPanel::refresh(WatchListPanel *panel, TimeDriver &time)
{
    WatchListRefresher *refresher = panel->refresher();
    if (!time.runUntil([refresher] { return !refresher->isRunning(); }, 120000))
        return false;
    QSignalSpy refreshed(refresher, &WatchListRefresher::refreshed);
    return refresher->refreshAll() && time.runUntil([&] { return refreshed.size() == 1; }, 120000);
}

void TestWatchListPanel::addsATypedJobIdAndReadsIt()
{
    const QString jobId = m_sim->jobIds().first();
    auto *edit = m_panel->findChild<QLineEdit *>(u"addEdit"_s);
    auto *add = m_panel->findChild<QPushButton *>(u"addButton"_s);
    QVERIFY(edit && add);
    QSignalSpy refreshed(m_panel->refresher(), &WatchListRefresher::refreshed);
    QTest::keyClicks(edit, u"  "_s + jobId + u" "_s);
    QTest::mouseClick(add, Qt::LeftButton);

    WatchListModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(WatchListModel::JobIdRole).toString(), jobId); // trimmed
    QCOMPARE(model->index(0, 0).data(WatchListModel::ProfileRole).toString(), kProfile);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!m_panel->findChild<QLabel *>(u"messageLabel"_s)->isVisible());

    // Adding reads the batch right away.
    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
    const QJsonObject data = *m_sim->fleet().job(jobId);
    QCOMPARE(model->index(0, WatchListModel::Name).data().toString(), data.value(u"Name").toString());
    QCOMPARE(model->index(0, WatchListModel::Status).data(WatchListModel::StatusRole).toString(),
             data.value(u"JobStatus").toString());
    QVERIFY(model->index(0, WatchListModel::Versions)
                    .data()
                    .toString()
                    .endsWith(data.value(u"DestVersion").toString()));

    // Saved under the panel's group.
    WatchListModel reloaded;
    m_settings->beginGroup(u"test"_s);
    reloaded.load(m_settings.get());
    m_settings->endGroup();
    QCOMPARE(reloaded.rowCount(), 1);
    QCOMPARE(reloaded.entries().at(0).jobId, jobId);
    QCOMPARE(reloaded.entries().at(0).name, data.value(u"Name").toString());
}

void TestWatchListPanel::refusesAnEmptyJobIdAndSaysSoForADuplicate()
{
    auto *edit = m_panel->findChild<QLineEdit *>(u"addEdit"_s);
    auto *add = m_panel->findChild<QPushButton *>(u"addButton"_s);
    auto *message = m_panel->findChild<QLabel *>(u"messageLabel"_s);
    QTest::keyClicks(edit, u"   "_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Enter the batch ID (JobId) to watch."_s);

    const QString jobId = SimFleet::bigJobId();
    edit->clear();
    QTest::keyClicks(edit, jobId);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(!message->isVisible());

    QTest::keyClicks(edit, jobId);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Batch %1 is already on the watch list (profile demo)."_s.arg(jobId));
    QCOMPARE(edit->text(), jobId); // left for the user to correct
    QCOMPARE(m_panel->view()->currentIndex().row(), 0); // the row it meant

    // Typing again hides the message.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!message->isVisible());
}

void TestWatchListPanel::removesWithTheButtonAndTheDeleteKey()
{
    const QStringList jobIds = m_sim->jobIds().mid(0, 3);
    for (const QString &jobId : jobIds)
        QVERIFY(m_panel->addBatch(kProfile, jobId));
    QTableView *view = m_panel->view();
    auto *remove = m_panel->findChild<QPushButton *>(u"removeButton"_s);
    view->clearSelection();
    QVERIFY(!remove->isEnabled());

    view->selectRow(1);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(m_panel->model()->entries().at(1).jobId, jobIds.at(2));

    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->model()->entries().at(0).jobId, jobIds.at(2));

    // What is removed stays removed in the next session.
    const auto next = makePanel();
    QCOMPARE(next->model()->rowCount(), 1);
    QCOMPARE(next->model()->entries().at(0).jobId, jobIds.at(2));
}

void TestWatchListPanel::refreshKeepsSelectionAndScrollPosition()
{
    const QStringList jobIds = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId()).mid(0, 40);
    QCOMPARE(jobIds.size(), 40);
    for (const QString &jobId : jobIds)
        QVERIFY(m_panel->model()->add(kProfile, jobId));
    QVERIFY(refresh(m_panel.get()));

    QTableView *view = m_panel->view();
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY(bar->maximum() > 0); // it scrolls
    bar->setValue(bar->maximum() / 2);
    const int scrolled = bar->value();
    QVERIFY(scrolled > 0);
    const int row = view->rowAt(view->viewport()->height() / 2);
    QVERIFY(row > 0);
    view->selectRow(row);
    const QModelIndex current = view->currentIndex();
    QCOMPARE(bar->value(), scrolled); // selecting a visible row does not scroll

    // One of them changes meanwhile, so the round changes rows.
    const QString changedJob = jobIds.at(row);
    const QString before = m_sim->fleet().job(changedJob)->value(u"JobStatus").toString();
    QVERIFY(m_sim->fleet().setJobStatus(changedJob,
                                        before == u"CANCELED"_s ? u"COMPLETED"_s : u"CANCELED"_s));
    QSignalSpy reset(m_panel->model(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_panel->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_panel->model(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_panel->model(), &QAbstractItemModel::dataChanged);
    QVERIFY(refresh(m_panel.get()));
    QVERIFY(changed.size() >= jobIds.size());
    QCOMPARE(reset.size() + removed.size() + layout.size(), 0);

    QCOMPARE(bar->value(), scrolled);
    QCOMPARE(view->currentIndex(), current);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).row(), row);
    QVERIFY(m_panel->model()->index(row, 0).data(WatchListModel::ChangedRole).toBool());
}

void TestWatchListPanel::showsTheAgeOfTheLastRefreshAsTimePasses()
{
    m_panel->model()->add(kProfile, m_sim->jobIds().first());
    const QModelIndex updated = m_panel->model()->index(0, WatchListModel::Updated);
    QCOMPARE(updated.data().toString(), u"Not updated yet"_s);
    QVERIFY(refresh(m_panel.get()));
    QCOMPARE(updated.data().toString(), u"updated 0 s ago"_s);

    // The panel asks the model once a second; the view follows its dataChanged.
    QSignalSpy ticked(m_panel->model(), &QAbstractItemModel::dataChanged);
    m_panel->refresher()->setInterval(0); // no refresh comes in between
    QVERIFY(m_net->time.advance(42000));
    QVERIFY(ticked.size() >= 42);
    // The finish estimate and the age: the columns that move with time alone.
    QCOMPARE(ticked.last().at(0).value<QModelIndex>().column(), int(WatchListModel::Eta));
    QCOMPARE(ticked.last().at(1).value<QModelIndex>().column(), int(WatchListModel::Updated));
    QCOMPARE(updated.data().toString(), u"updated 42 s ago"_s);
}

void TestWatchListPanel::activatingARowOpensItAndMarksItSeen()
{
    const QString jobId = SimFleet::bigJobId();
    m_panel->model()->add(kProfile, jobId);
    QVERIFY(refresh(m_panel.get()));
    QVERIFY(m_sim->fleet().setJobStatus(jobId, u"COMPLETED"_s));
    QVERIFY(refresh(m_panel.get()));
    const QModelIndex index = m_panel->model()->index(0, WatchListModel::Name);
    QVERIFY(index.data(WatchListModel::ChangedRole).toBool());

    QSignalSpy open(m_panel.get(), &WatchListPanel::openBatch);
    QTableView *view = m_panel->view();
    const QModelIndex shown = view->model()->index(0, WatchListModel::Name); // the view's (sortable) model
    const QPoint center = view->visualRect(shown).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center); // a double-click's first half
    QCOMPARE(open.size(), 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), kProfile);
    QCOMPARE(open.at(0).at(1).toString(), jobId);
    QVERIFY(!index.data(WatchListModel::ChangedRole).toBool());

    // Enter opens the current row too.
    view->setFocus();
    view->setCurrentIndex(shown);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 2);
}

void TestWatchListPanel::showsNewNumbersWithoutUserAction()
{
    // The live batch (2,000 devices, pushed 500 a minute from its start) on the watch list; nobody touches
    // anything from here on: the rounds come every minute by themselves.
    m_sim->fleet().setLiveJobStart(m_net->clock.nowUtc());
    QVERIFY(m_panel->model()->add(kProfile, SimFleet::liveJobId()));
    QCOMPARE(m_panel->autoRefreshInterval(), 60);
    QAbstractItemModel *shown = m_panel->view()->model();
    const auto cell = [shown](int column, int role = Qt::DisplayRole) {
        return shown->index(0, column).data(role);
    };
    QCOMPARE(cell(WatchListModel::Progress).toString(), u"\u2014"_s);

    QVERIFY(m_net->time.advance(60000));
    QVERIFY(m_net->runUntil([this] { return !m_panel->refresher()->isRunning(); }));
    const QString first = cell(WatchListModel::Progress).toString();
    QVERIFY2(first != u"\u2014"_s, qPrintable(first));
    QCOMPARE(cell(WatchListModel::Trend).toString(), u"\u2014"_s); // one round: no trend yet

    QVERIFY(m_net->time.advance(60000)); // the next round
    QVERIFY(m_net->runUntil([this] { return !m_panel->refresher()->isRunning(); }));
    QVERIFY(m_net->time.advance(60000));
    QVERIFY(m_net->runUntil([this] { return !m_panel->refresher()->isRunning(); }));
    const QString third = cell(WatchListModel::Progress).toString();
    QVERIFY2(third != first, qPrintable(first + u" then "_s + third));
    QCOMPARE(cell(WatchListModel::Trend, WatchListModel::TrendRole).toList().size(), 3);
    QVERIFY(cell(WatchListModel::Trend).toString().endsWith(u"/min"_s));
    QVERIFY(cell(WatchListModel::Progress, WatchListModel::SucceededShareRole).toDouble() > 0.0);
    QCOMPARE(cell(WatchListModel::InFlight).toString(),
             QLocale().toString(CountsSummary::of(*m_panel->model()->entries().at(0).counts).inFlight()));
    QVERIFY(cell(WatchListModel::Updated).toString().startsWith(u"updated "_s));
    // The numbers are those of the store, the same every other view of the batch shows.
    const CountsReading *stored = m_store->counts({kProfile, SimFleet::liveJobId()});
    QVERIFY(stored);
    QCOMPARE(m_panel->model()->entries().at(0).counts->total(), stored->counts.total());
    QCOMPARE(m_panel->model()->entries().at(0).countedAtUtc, stored->finishedAtUtc);
}

void TestWatchListPanel::setsTheStallTimeInPreferences()
{
    QCOMPARE(m_panel->model()->stallMinutes(), WatchListModel::kDefaultStallMinutes);
    Translations translations(m_settings.get());
    PreferencesDialog dialog(&translations);
    dialog.setWatchList(m_panel.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = dialog.findChild<QSpinBox *>(u"stallSpin"_s);
    QVERIFY(spin && spin->isVisible());
    QCOMPARE(spin->value(), WatchListModel::kDefaultStallMinutes);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"25"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_panel->model()->stallMinutes(), 25);
    QCOMPARE(m_settings->value(u"test/"_s + WatchListModel::kStallMinutesKey).toInt(), 25);
    QCOMPARE(makePanel()->model()->stallMinutes(), 25);

    // Without a watch list the dialog does not offer it.
    PreferencesDialog bare(&translations);
    bare.show();
    QVERIFY(!bare.findChild<QSpinBox *>(u"stallSpin"_s)->isVisible());
}

void TestWatchListPanel::persistsTheAutoRefreshChoice()
{
    auto *combo = m_panel->findChild<QComboBox *>(u"autoRefreshCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->itemText(0), u"Off"_s);
    QCOMPARE(combo->itemText(1), u"Every 5 s"_s);
    QCOMPARE(combo->itemText(4), u"Every 5 min"_s);
    QCOMPARE(m_panel->autoRefreshInterval(), WatchListPanel::kDefaultAutoRefreshSecs);
    QCOMPARE(m_panel->refresher()->interval(), WatchListPanel::kDefaultAutoRefreshSecs);

    // The user picks "Every 5 s" with the keyboard.
    combo->setFocus();
    while (combo->currentData().toInt() != 5)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_panel->refresher()->interval(), 5);
    QVERIFY(m_panel->refresher()->isTimerActive());
    QCOMPARE(m_settings->value(u"test/"_s + WatchListPanel::kAutoRefreshKey).toInt(), 5);

    const auto next = makePanel();
    QCOMPARE(next->autoRefreshInterval(), 5);
    QCOMPARE(next->findChild<QComboBox *>(u"autoRefreshCombo"_s)->currentText(), u"Every 5 s"_s);
    QCOMPARE(next->refresher()->interval(), 5);

    QTest::keyClick(combo, Qt::Key_Up); // Off
    QCOMPARE(m_panel->autoRefreshInterval(), 0);
    QVERIFY(!m_panel->refresher()->isTimerActive());
    QCOMPARE(makePanel()->autoRefreshInterval(), 0);
}

// Through the main window: its refresher's status changes go to the desktop notifier.
void TestWatchListPanel::notifiesAStatusChangeOnceAndMarksTheRow()
{
    WindowOnSimulator fixture;
    fixture.setup.fixedProfile = u"Demo"_s;
    QVERIFY(fixture.start());
    MainWindow *window = fixture.window.get();
    TimeDriver &time = fixture.net->time;
    WatchListPanel *panel = window->watchListPanel();
    QVERIFY(panel);
    QVERIFY(window->findChild<QDockWidget *>(u"watchListDock"_s)->isVisible());
    const QString jobId = SimFleet::bigJobId();
    QVERIFY(panel->addBatch(u"Demo"_s, jobId));
    QVERIFY(refresh(panel, time));
    const QString name = panel->model()->entries().at(0).name;
    QVERIFY(!name.isEmpty());
    QCOMPARE(panel->model()->entries().at(0).status, u"IN_PROGRESS"_s);

    QVERIFY(QFile::exists(u":/icons/otadash-32.png"_s)); // the tray's icon is built in
    QVERIFY(!DesktopNotifier::applicationIcon().availableSizes().isEmpty());
    QSignalSpy notified(window->desktopNotifier(), &DesktopNotifier::notified);
    QVERIFY(fixture.sim->fleet().setJobStatus(jobId, u"COMPLETED"_s));
    QVERIFY(refresh(panel, time));
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.at(0).at(1).toString().contains(u"Batch %1 is now Completed."_s.arg(name)));
    const QModelIndex row = panel->model()->index(0, WatchListModel::Name);
    QVERIFY(row.data(WatchListModel::ChangedRole).toBool());
    QCOMPARE(window->watchListDock()->windowTitle(), u"Watch list (1 changed)"_s);

    // No news, no notification.
    QVERIFY(refresh(panel, time));
    QCOMPARE(notified.size(), 1);

    // Opening the row queries the batch in the main form and clears the mark.
    QSignalSpy queried(window, &MainWindow::queryFinished);
    panel->view()->setFocus();
    panel->view()->setCurrentIndex(panel->view()->model()->index(row.row(), row.column()));
    QTest::keyClick(panel->view(), Qt::Key_Enter);
    QVERIFY(!row.data(WatchListModel::ChangedRole).toBool());
    QCOMPARE(window->watchListDock()->windowTitle(), u"Watch list"_s);
    QVERIFY(fixture.runUntil([&] { return queried.size() == 1; }));
    QCOMPARE(queried.at(0).at(0).toBool(), true);
    QCOMPARE(window->findChild<QLineEdit *>(u"jobIdEdit"_s)->text(), jobId);
    fixture.stop();
}

void TestWatchListPanel::followsTheLanguage()
{
    auto *add = m_panel->findChild<QPushButton *>(u"addButton"_s);
    auto *combo = m_panel->findChild<QComboBox *>(u"autoRefreshCombo"_s);
    auto *message = m_panel->findChild<QLabel *>(u"messageLabel"_s);
    QTest::mouseClick(add, Qt::LeftButton); // an empty JobId: the problem is shown
    QCOMPARE(message->text(), u"Enter the batch ID (JobId) to watch."_s);

    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QVERIFY(runUntil([&] { return add->text() == u"[&Add]"_s; }));
    QCOMPARE(add->text(), u"[&Add]"_s);
    QCOMPARE(combo->itemText(0), u"[Off]"_s);
    QCOMPARE(combo->itemText(1), u"[Every 5 s]"_s);
    QCOMPARE(combo->itemText(4), u"[Every 5 min]"_s);
    QCOMPARE(message->text(), u"[Enter the batch ID (JobId) to watch.]"_s);
    QCOMPARE(m_panel->model()->headerData(WatchListModel::Status, Qt::Horizontal).toString(), u"[Status]"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(runUntil([&] { return add->text() == u"&Add"_s; }));
    QCOMPARE(add->text(), u"&Add"_s);
    QCOMPARE(combo->itemText(1), u"Every 5 s"_s);
}

QTEST_MAIN(TestWatchListPanel)
#include "tst_watchlistpanel.moc"
