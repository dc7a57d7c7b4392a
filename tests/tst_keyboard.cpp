#include "ActionCatalog.h"
#include "BatchPage.h"
#include "BatchProgressView.h"
#include "CompareDialog.h"
#include "ExportActions.h"
#include "KeyboardShortcutsDialog.h"
#include "KnownBatchesModel.h"
#include "MainWindow.h"
#include "QuickOpenDialog.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "models/WatchListModel.h"
#include "ota/JobSummary.h"
#include "services/RecentBatches.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

// The keyboard: shortcuts without conflicts and listed in Help, quick open and the command palette, the
// batch ID fields, recent batches, and the layout the window remembers. All against the simulator over
// loopback on the manual clock.
class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void noTwoShortcutsAnswerTheSameKeys();
    void helpListsEveryShortcut();
    void shortcutsDoWhatTheMenusSay();
    void quickOpenFindsWatchedRecentAndRecordedBatches();
    void commandPaletteRunsMenuActions();
    void knownBatchesIncludeDiscovery();
    void batchIdFieldsRefuseWhatTheyCannotHold();
    void openRecentListsTheBatchesOfTheProfile();
    void remembersTheLayoutAndResetsIt();
    void bringsAWindowOfAScreenThatIsGoneBack();
    void titleNamesTheBatch();
    void tabsThroughTheWindowAndItsDocks();

private:
    bool startWithSettings();
    QLineEdit *jobIdEdit() const { return m_fixture->window->findChild<QLineEdit *>(u"jobIdEdit"_s); }
    QAction *action(const char *name) const
    {
        return m_fixture->window->findChild<QAction *>(QString::fromLatin1(name));
    }
    // The batches of the simulator's fleet the tests open.
    QString fixture(int i) const { return m_fixture->sim->fleet().fixtureJobIds().at(i); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WindowOnSimulator> m_fixture;
};

void TestKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    m_fixture = std::make_unique<WindowOnSimulator>();
    m_fixture->setup.fixedProfile = u"Demo"_s;
}

void TestKeyboard::cleanup()
{
    m_fixture->stop();
    m_fixture.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestKeyboard::startWithSettings()
{
    m_fixture->services.settings = m_settings.get();
    return m_fixture->start();
}

// Every key sequence of the window (menu actions, context actions, QShortcuts) answers one thing in one
// place, and so does every underlined letter shown at once, on each tab of the batch. The check itself finds
// a conflict when one is made.
void TestKeyboard::noTwoShortcutsAnswerTheSameKeys()
{
    m_fixture->showDiscovery = true;
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    QVERIFY(m_fixture->queryBatch(fixture(0)));
    QStringList found;
    for (const MainWindow::Tab tab :
         {MainWindow::Tab::Details, MainWindow::Tab::Devices, MainWindow::Tab::History}) {
        window->showTab(tab);
        m_fixture->advance(0);
        const QString where = window->batchPage()->tabs()->currentWidget()->objectName() + u": "_s;
        for (const QString &conflict :
             ActionCatalog::conflicts(window) + ActionCatalog::mnemonicConflicts(window))
            found.append(where + conflict);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // The frequent actions have their keys.
    const std::pair<const char *, QKeySequence> expected[] = {
            {"actionQuickOpen", QKeySequence(u"Ctrl+P"_s)},
            {"actionCommandPalette", QKeySequence(u"Ctrl+K"_s)},
            {"actionFocusJobId", QKeySequence(u"Ctrl+L"_s)},
            {"actionQuery", QKeySequence(u"F5"_s)},
            {"actionRefreshWatchList", QKeySequence(u"Ctrl+R"_s)},
            {"actionWatchBatch", QKeySequence(u"Ctrl+D"_s)},
            {"actionShowDevices", QKeySequence(u"Ctrl+2"_s)},
            {"actionFilterDevices", QKeySequence(u"Ctrl+F"_s)},
            {"actionKeyboardShortcuts", QKeySequence(u"Ctrl+/"_s)},
    };
    for (const auto &[name, keys] : expected)
        QCOMPARE(action(name)->shortcut(), keys);
    QCOMPARE(window->compareAction()->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
    QCOMPARE(window->exportActions()->reportAction()->shortcut(), QKeySequence(u"Ctrl+E"_s));

    // A second action on Ctrl+R, and a second "&Query" button: both are found.
    auto *clash = new QAction(u"Reload everything"_s, window);
    clash->setShortcut(QKeySequence(u"Ctrl+R"_s));
    window->addAction(clash);
    const QStringList conflicts = ActionCatalog::conflicts(window);
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().startsWith(u"Ctrl+R: "_s)
                     && conflicts.first().contains(u"Reload everything"_s),
             qPrintable(conflicts.join(u'\n')));
    delete clash;
    window->showTab(MainWindow::Tab::Details);
    auto *button = new QPushButton(u"&Query again"_s, window->findChild<QWidget *>(u"queryBar"_s));
    button->show();
    QVERIFY(ActionCatalog::mnemonicConflicts(window).join(u'\n').contains(u"Alt+Q"_s));
    delete button;
}

// Help ▸ Keyboard Shortcuts lists every menu action that has a shortcut, with its keys as the menu shows
// them, and the keys of the lists and views.
void TestKeyboard::helpListsEveryShortcut()
{
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    QTest::keyClick(window, Qt::Key_Slash, Qt::ControlModifier);
    auto *dialog = window->findChild<KeyboardShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QHash<QString, QString> listed; // keys → text
    for (QTreeWidgetItemIterator it(dialog->tree()); *it; ++it)
        listed.insert((*it)->text(1), (*it)->text(0));
    int withKeys = 0;
    for (const ActionCatalog::Entry &entry : ActionCatalog::of(window->menuBar())) {
        if (entry.action->shortcut().isEmpty())
            continue;
        ++withKeys;
        const QString keys = entry.action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(keys), qPrintable(keys + u" of "_s + entry.name));
        QVERIFY2(listed.value(keys).endsWith(entry.name), qPrintable(listed.value(keys)));
    }
    QVERIFY2(withKeys >= 14, qPrintable(QString::number(withKeys)));
    QVERIFY(listed.contains(u"Delete"_s)); // the watch list's
    dialog->reject();
}

// Each shortcut does what its menu entry says, from wherever the focus is.
void TestKeyboard::shortcutsDoWhatTheMenusSay()
{
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(m_fixture->queryBatch(fixture(0)));
    QTabWidget *tabs = window->batchPage()->tabs();

    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), u"devicesTab"_s);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);

    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), u"devicesTab"_s);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"nameFilterEdit"_s);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), jobIdEdit());

    // Ctrl+D watches the batch shown.
    QCOMPARE(window->watchListPanel()->model()->rowOf(u"Demo"_s, fixture(0)), -1);
    QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(window->watchListPanel()->model()->rowOf(u"Demo"_s, fixture(0)) >= 0);

    // Ctrl+P and Ctrl+K open quick open and the palette.
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier);
    auto *open = window->findChild<QuickOpenDialog *>(u"quickOpenDialog"_s);
    QVERIFY(open && open->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), open->patternEdit());
    QTest::keyClick(open->patternEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<QuickOpenDialog *>(u"quickOpenDialog"_s));
    window->activateWindow(); // the offscreen platform does not give it back by itself
    QTRY_VERIFY(window->isActiveWindow());
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    auto *palette = window->findChild<QuickOpenDialog *>(u"commandPaletteDialog"_s);
    QVERIFY(palette && palette->isVisible());
    palette->reject();
}

// Ctrl+P finds a batch by a few characters of its JobId, name or profile, among the watched, the recently
// opened and the recorded ones; Enter opens it.
void TestKeyboard::quickOpenFindsWatchedRecentAndRecordedBatches()
{
    m_fixture->historyPath = m_dir->filePath(u"history.sqlite"_s);
    QVERIFY(startWithSettings());
    MainWindow *window = m_fixture->window.get();
    const QString watched = fixture(1);
    const QString recent = fixture(2);
    const QString recorded = fixture(3);
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, watched));
    QVERIFY(m_fixture->queryBatch(recent));
    QVERIFY(m_fixture->historyFile()->recordJob(u"Production"_s, recorded, m_fixture->net->clock.nowUtc(),
                                                "{}", ResponseFormat::Json, u"IN_PROGRESS"_s));

    QuickOpenDialog *dialog = window->openQuickOpen();
    QuickOpenModel *results = dialog->resultModel();
    QSet<QString> all;
    for (int row = 0; row < results->rowCount(); ++row)
        all.insert(results->data(results->index(row, 0), QuickOpenModel::JobIdRole).toString());
    QVERIFY(all.contains(watched) && all.contains(recent) && all.contains(recorded));
    // The recent one first while nothing is typed.
    QCOMPARE(results->data(results->index(0, 0), QuickOpenModel::JobIdRole).toString(), recent);

    // A few characters of the recorded batch's profile and of its JobId's end, in order, not contiguous.
    QTest::keyClicks(dialog->patternEdit(), u"prod "_s + recorded.right(6));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->data(results->index(0, QuickOpenModel::Detail)).toString().left(10), u"Production"_s);
    dialog->patternEdit()->clear();
    QTest::keyClicks(dialog->patternEdit(), watched.right(8));
    QCOMPARE(results->data(results->index(0, 0), QuickOpenModel::JobIdRole).toString(), watched);
    QVERIFY(results->data(results->index(0, QuickOpenModel::Detail)).toString().contains(u"Watched"_s));
    // Nothing matches: said.
    QTest::keyClicks(dialog->patternEdit(), u"zzz"_s);
    QCOMPARE(results->rowCount(), 0);
    QVERIFY(dialog->findChild<QLabel *>(u"countLabel"_s)->text().contains(u"Nothing matches"_s));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(dialog->patternEdit(), Qt::Key_Backspace);

    // Enter opens the watched batch: the field holds it and the simulator is asked for it.
    QSignalSpy finished(window, &MainWindow::queryFinished);
    QTest::keyClick(dialog->patternEdit(), Qt::Key_Return);
    QVERIFY(m_fixture->runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(jobIdEdit()->text(), watched);
    QCOMPARE(window->batchPage()->key().jobId, watched);
}

// Ctrl+K lists every menu action by its name with its shortcut; Enter runs the one chosen. A disabled one is
// listed with the reason, and cannot be run.
void TestKeyboard::commandPaletteRunsMenuActions()
{
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    QuickOpenDialog *dialog = window->openQuickOpen(true);
    QuickOpenModel *results = dialog->resultModel();
    QTest::keyClicks(dialog->patternEdit(), u"refresh watch"_s);
    QVERIFY(results->rowCount() >= 1);
    QCOMPARE(results->data(results->index(0, QuickOpenModel::Name)).toString(), u"Refresh Watch List"_s);
    QCOMPARE(results->data(results->index(0, QuickOpenModel::Detail)).toString(), u"View"_s);
    QCOMPARE(results->data(results->index(0, QuickOpenModel::Shortcut)).toString(),
             QKeySequence(u"Ctrl+R"_s).toString(QKeySequence::NativeText));

    // The cancel action, without a batch: listed, disabled, with why.
    dialog->patternEdit()->clear();
    QTest::keyClicks(dialog->patternEdit(), u"cancel batch"_s);
    QCOMPARE(results->data(results->index(0, QuickOpenModel::Name)).toString(), u"Cancel batch tasks…"_s);
    QVERIFY(!(results->flags(results->index(0, 0)) & Qt::ItemIsEnabled));
    QSignalSpy cancelTriggered(window->cancelBatchAction(), &QAction::triggered);
    dialog->activate(results->index(0, 0));
    QVERIFY(dialog->isVisible());
    QCOMPARE(cancelTriggered.size(), 0);

    dialog->patternEdit()->clear();
    QTest::keyClicks(dialog->patternEdit(), u"keyboard"_s);
    QSignalSpy triggered(action("actionKeyboardShortcuts"), &QAction::triggered);
    QTest::keyClick(dialog->patternEdit(), Qt::Key_Return);
    QTRY_COMPARE(triggered.size(), 1);
    QTRY_VERIFY(window->findChild<KeyboardShortcutsDialog *>());
}

// Discovery's loaded batches are known too (of the profile Discovery browses), and one batch known from
// several places is one row that names them all.
void TestKeyboard::knownBatchesIncludeDiscovery()
{
    RecentBatches recent(nullptr);
    recent.add(u"Prod"_s, u"JobA"_s);
    WatchListModel watched;
    watched.add(u"Prod"_s, u"JobA"_s);
    KnownBatchesModel known(&watched, &recent);
    JobSummary loaded;
    loaded.jobId = u"JobB"_s;
    loaded.jobStatus = u"COMPLETED"_s;
    JobSummary again;
    again.jobId = u"JobA"_s;
    known.setDiscovery([&] { return std::pair {u"Prod"_s, QList<JobSummary> {loaded, again}}; });
    known.setHistory([] { return QList<std::pair<QString, QString>> {{u"Test"_s, u"JobA"_s}}; });
    known.refresh();
    QCOMPARE(known.rowCount(), 3);
    QCOMPARE(known.entries().at(0).jobId, u"JobA"_s);
    QCOMPARE(known.entries().at(0).sources,
             KnownBatchesModel::Recent | KnownBatchesModel::Watched | KnownBatchesModel::Discovery);
    QCOMPARE(known.entries().at(1).jobId, u"JobB"_s);
    QCOMPARE(known.entries().at(1).status, u"COMPLETED"_s);
    QCOMPARE(known.entries().at(2).profile, u"Test"_s);
    QCOMPARE(known.entries().at(2).sources, int(KnownBatchesModel::History));
    // Watching another batch adds it at once.
    watched.add(u"Prod"_s, u"JobC"_s);
    QCOMPARE(known.rowCount(), 4);
}

// Typed or pasted, what a batch ID field cannot hold is refused whole and the field says why; what it holds
// stays as it was. The same in the main window, the watch list and Compare; each completes from the batches
// quick open knows.
void TestKeyboard::batchIdFieldsRefuseWhatTheyCannotHold()
{
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, fixture(1)));
    CompareDialog *compare = window->openCompare();
    struct Field
    {
        QLineEdit *edit;
        QLabel *reason;
    };
    const Field fields[] = {
            {jobIdEdit(), window->findChild<QLabel *>(u"inputHint"_s)},
            {window->watchListPanel()->findChild<QLineEdit *>(u"addEdit"_s),
             window->watchListPanel()->findChild<QLabel *>(u"messageLabel"_s)},
            {compare->findChild<QLineEdit *>(u"rightEdit"_s),
             compare->findChild<QLabel *>(u"problemLabel"_s)},
    };
    for (const Field &field : fields) {
        QVERIFY(field.edit && field.reason);
        field.edit->clear();
        QTest::keyClicks(field.edit, u"abc"_s);
        QVERIFY(field.reason->isHidden());
        // A space typed: refused, and said.
        QTest::keyClick(field.edit, Qt::Key_Space);
        QCOMPARE(field.edit->text(), u"abc"_s);
        QVERIFY2(field.reason->isVisibleTo(field.reason->window()), qPrintable(field.edit->objectName()));
        QVERIFY2(field.reason->text().contains(u"a space"_s), qPrintable(field.reason->text()));
        // Pasted with a space and a '!': refused whole, nothing of it kept.
        QApplication::clipboard()->setText(u"def ghi!"_s);
        field.edit->end(false);
        field.edit->paste();
        QCOMPARE(field.edit->text(), u"abc"_s);
        QVERIFY2(field.reason->text().contains(u"a space"_s) && field.reason->text().contains(u"“!”"_s),
                 qPrintable(field.reason->text()));
        // Too long: refused, not cut.
        QApplication::clipboard()->setText(QString(62, u'x'));
        field.edit->paste();
        QCOMPARE(field.edit->text(), u"abc"_s);
        QVERIFY2(field.reason->text().contains(u"at most 64"_s), qPrintable(field.reason->text()));
        // The marks a JobId may hold are taken.
        QTest::keyClicks(field.edit, u"_-*9"_s);
        QCOMPARE(field.edit->text(), u"abc_-*9"_s);

        // It completes from the known batches.
        QVERIFY2(field.edit->completer(), qPrintable(field.edit->objectName()));
        field.edit->completer()->setCompletionPrefix(fixture(1).right(6));
        QVERIFY(field.edit->completer()->completionCount() >= 1);
        QCOMPARE(field.edit->completer()->currentCompletion(), fixture(1));
    }
    compare->close();
}

// File ▸ Open Recent lists the batches opened with the profile in use, newest first, numbered; they are kept
// in the settings and opened from there.
void TestKeyboard::openRecentListsTheBatchesOfTheProfile()
{
    QVERIFY(startWithSettings());
    MainWindow *window = m_fixture->window.get();
    QVERIFY(m_fixture->queryBatch(fixture(0)));
    QVERIFY(m_fixture->queryBatch(fixture(1)));
    QVERIFY(m_fixture->queryBatch(fixture(0)));
    window->recentBatches()->add(u"Other profile"_s, fixture(2));
    auto *menu = window->findChild<QMenu *>(u"menuRecent"_s);
    emit menu->aboutToShow();
    QList<QAction *> items = menu->actions();
    QCOMPARE(items.at(0)->text(), u"&1  "_s + fixture(0));
    QCOMPARE(items.at(1)->text(), u"&2  "_s + fixture(1));
    QVERIFY(items.at(2)->isSeparator()); // not the other profile's
    QCOMPARE(items.at(3)->text(), u"&Clear This List"_s);

    // Kept: a new window of the same settings lists them; the second opens the batch.
    m_fixture->stop();
    QVERIFY(startWithSettings());
    window = m_fixture->window.get();
    menu = window->findChild<QMenu *>(u"menuRecent"_s);
    emit menu->aboutToShow();
    QSignalSpy finished(window, &MainWindow::queryFinished);
    menu->actions().at(1)->trigger();
    QVERIFY(m_fixture->runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(window->batchPage()->key().jobId, fixture(1));
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().at(0)->text(), u"&1  "_s + fixture(1));
    menu->actions().last()->trigger(); // Clear This List
    emit menu->aboutToShow();
    QVERIFY(!menu->actions().at(0)->isEnabled());
    QCOMPARE(window->recentBatches()->jobIds(u"Other profile"_s), QStringList {fixture(2)});
}

// Closed and opened again, the window comes back as it was left: its size, which docks are shown, the watch
// list's column widths and sort, the batch's tab and the Devices tab's columns. View ▸ Reset Layout puts back
// what the first start had.
void TestKeyboard::remembersTheLayoutAndResetsIt()
{
    QVERIFY(startWithSettings());
    MainWindow *window = m_fixture->window.get();
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, fixture(0)));
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, fixture(1)));
    QVERIFY(m_fixture->queryBatch(fixture(0)));
    const QSize built = window->size();
    QHeaderView *header = window->watchListPanel()->view()->horizontalHeader();
    const int nameWidth = header->sectionSize(WatchListModel::Name);
    window->resize(built - QSize(100, 60));
    window->discoveryDock()->hide();
    header->resizeSection(WatchListModel::Name, nameWidth + 77);
    window->watchListPanel()->view()->sortByColumn(WatchListModel::FailureRate, Qt::DescendingOrder);
    window->showTab(MainWindow::Tab::Devices);
    QHeaderView *tasks
            = window->batchProgressView()->findChild<QTableView *>(u"taskTable"_s)->horizontalHeader();
    const int taskColumn = tasks->logicalIndex(1);
    const int taskWidth = tasks->sectionSize(taskColumn);
    tasks->resizeSection(taskColumn, taskWidth + 55);
    window->close();
    m_fixture->stop();

    QVERIFY(startWithSettings());
    window = m_fixture->window.get();
    QCOMPARE(window->size(), built - QSize(100, 60));
    QVERIFY(window->discoveryDock()->isHidden());
    QVERIFY(window->watchListDock()->isVisible());
    header = window->watchListPanel()->view()->horizontalHeader();
    QCOMPARE(header->sectionSize(WatchListModel::Name), nameWidth + 77);
    QCOMPARE(header->sortIndicatorSection(), int(WatchListModel::FailureRate));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(window->batchPage()->tabs()->currentWidget()->objectName(), u"devicesTab"_s);
    tasks = window->batchProgressView()->findChild<QTableView *>(u"taskTable"_s)->horizontalHeader();
    QCOMPARE(tasks->sectionSize(taskColumn), taskWidth + 55);

    action("actionResetLayout")->trigger();
    QCOMPARE(window->size(), built);
    QVERIFY(window->discoveryDock()->isVisible());
    QCOMPARE(header->sectionSize(WatchListModel::Name), nameWidth);
    QCOMPARE(tasks->sectionSize(taskColumn), taskWidth);
    QCOMPARE(window->batchPage()->tabs()->currentIndex(), 0);
    QVERIFY(!m_settings->contains(u"layout/geometry"_s));
}

// A window closed on a screen that is no longer there (far to the right of every screen there is) opens on
// one that is.
void TestKeyboard::bringsAWindowOfAScreenThatIsGoneBack()
{
    QVERIFY(startWithSettings());
    MainWindow *window = m_fixture->window.get();
    const QRect screens = QGuiApplication::primaryScreen()->virtualGeometry();
    window->move(screens.right() + 3000, screens.bottom() + 2000);
    QVERIFY(!screens.intersects(window->frameGeometry()));
    window->close();
    m_fixture->stop();

    QVERIFY(startWithSettings());
    const QRect frame = m_fixture->window->frameGeometry();
    QVERIFY2(screens.intersects(frame),
             qPrintable(
                     u"%1,%2 %3×%4"_s.arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())));
}

// The window's title names the batch shown: "<name> (<JobId>) — OtaDash".
void TestKeyboard::titleNamesTheBatch()
{
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    QCOMPARE(window->windowTitle(), u"OtaDash"_s);
    QVERIFY(m_fixture->queryBatch(fixture(0)));
    const QString name = window->batchPage()->reading()->job.name.value_or(QString());
    QVERIFY(!name.isEmpty());
    QCOMPARE(window->windowTitle(), name + u" ("_s + fixture(0) + u") — OtaDash"_s);
}

// Tab from the batch ID field goes through the query bar, the batch, the watch list, the timeline and
// Discovery in that order and comes back to the field: no table keeps it (Tab leaves a table with rows, the
// arrows move within it), on the Details tab and on the Devices tab (built after the window).
void TestKeyboard::tabsThroughTheWindowAndItsDocks()
{
    m_fixture->showDiscovery = true;
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, fixture(0)));
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, fixture(1)));
    QVERIFY(m_fixture->queryBatch(fixture(0)));
    const std::pair<QString, QWidget *> regions[] = {
            {u"query bar"_s, window->findChild<QWidget *>(u"queryBar"_s)},
            {u"batch"_s, window->batchPage()},
            {u"dock tabs"_s, nullptr}, // the main window's own tab bar of the watch list and the timeline
            {u"watch list"_s, window->watchListDock()},
            {u"timeline"_s, window->timelineDock()},
            {u"discovery"_s, window->discoveryDock()},
    };
    const auto regionOf = [&](QWidget *w) {
        for (const auto &[name, region] : regions) {
            if (region && (region == w || region->isAncestorOf(w)))
                return name;
        }
        return qobject_cast<QTabBar *>(w) && w->parentWidget() == window ? u"dock tabs"_s : w->objectName();
    };
    for (const MainWindow::Tab tab : {MainWindow::Tab::Details, MainWindow::Tab::Devices}) {
        window->showTab(tab);
        jobIdEdit()->setFocus(Qt::TabFocusReason);
        QStringList visited; // the regions in the order Tab reaches them
        QStringList widgets;
        bool around = false;
        for (int i = 0; i < 120 && !around; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            widgets.append(focus->objectName());
            const QString region = regionOf(focus);
            if (visited.isEmpty() || visited.last() != region)
                visited.append(region);
            QTest::keyClick(focus, Qt::Key_Tab);
            around = QApplication::focusWidget() == jobIdEdit();
        }
        QVERIFY2(around, qPrintable(widgets.join(u", "_s)));
        QStringList expected {u"query bar"_s, u"batch"_s, u"dock tabs"_s, u"watch list"_s};
        if (window->timelineDock()->widget()->isVisible()) // behind the watch list's tab, or beside it
            expected << u"timeline"_s;
        expected << u"discovery"_s;
        QVERIFY2(visited == expected, qPrintable(widgets.join(u", "_s)));
        // The watch list's table, with two rows, is one stop; so is every table of the batch.
        QCOMPARE(widgets.count(u"tableView"_s), 1);
        if (tab == MainWindow::Tab::Devices)
            QCOMPARE(widgets.count(u"taskTable"_s), 1);
    }
    // Shift+Tab goes back the same way.
    jobIdEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(jobIdEdit(), Qt::Key_Backtab);
    QCOMPARE(regionOf(QApplication::focusWidget()), u"discovery"_s);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
