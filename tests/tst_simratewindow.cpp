#include "SimRateWindow.h"
#include "util/ManualClock.h"

#include <QTest>

using namespace Qt::StringLiterals;

// otasim's flow control: at most N requests per key within any window of the clock's monotonic time, on a
// ManualClock so that the window's edges are exact.
class TestSimRateWindow : public QObject
{
    Q_OBJECT
private slots:
    void admitsUpToTheLimitWithinTheWindow();
    void slidesRequestByRequest();
    void keepsOneWindowPerKey();
    void hasRoomDoesNotCount();
    void offStillRemembersRequests();
    void newClockStartsEmptyWindows();
    void wallTimeJumpsDoNotMoveTheWindow();
};

namespace {
const QDateTime kStart(QDate(2024, 1, 15), QTime(8, 30), Qt::UTC);
const QString kKey = u"LTAI5tOtaDashDemoKey0001"_s;
} // namespace

void TestSimRateWindow::admitsUpToTheLimitWithinTheWindow()
{
    ManualClock clock(kStart);
    SimRateWindow window(&clock, 10);
    QCOMPARE(window.limit(), 10);
    QCOMPARE(window.windowMs(), 1000);
    for (int i = 0; i < 10; ++i)
        QVERIFY2(window.admit(kKey), qPrintable(u"request %1"_s.arg(i + 1)));
    QVERIFY(!window.admit(kKey));
    QCOMPARE(window.count(kKey), 10); // a refused request is not counted
    clock.advanceMs(999);
    QVERIFY(!window.admit(kKey)); // still within 1000 ms of all ten
    clock.advanceMs(1);
    QCOMPARE(window.count(kKey), 0); // all ten left the window together
    QVERIFY(window.admit(kKey));
}

void TestSimRateWindow::slidesRequestByRequest()
{
    ManualClock clock(kStart);
    SimRateWindow window(&clock, 3);
    QVERIFY(window.admit(kKey)); // t = 0
    clock.advanceMs(400);
    QVERIFY(window.admit(kKey)); // t = 400
    clock.advanceMs(400);
    QVERIFY(window.admit(kKey)); // t = 800
    QVERIFY(!window.admit(kKey));
    clock.advanceMs(200); // t = 1000: the first leaves, the other two stay
    QCOMPARE(window.count(kKey), 2);
    QVERIFY(window.admit(kKey));
    QVERIFY(!window.admit(kKey));
    clock.advanceMs(399); // t = 1399: the one of t = 400 is still inside
    QVERIFY(!window.admit(kKey));
    clock.advanceMs(1); // t = 1400
    QVERIFY(window.admit(kKey));
}

void TestSimRateWindow::keepsOneWindowPerKey()
{
    ManualClock clock(kStart);
    SimRateWindow window(&clock, 2);
    QVERIFY(window.admit(kKey));
    QVERIFY(window.admit(kKey));
    QVERIFY(!window.admit(kKey));
    QVERIFY(window.admit(u"LTAI5tSecondKey000000001"_s));
    QCOMPARE(window.count(u"LTAI5tSecondKey000000001"_s), 1);
    QCOMPARE(window.count(kKey), 2);
}

void TestSimRateWindow::hasRoomDoesNotCount()
{
    ManualClock clock(kStart);
    SimRateWindow window(&clock, 1);
    QVERIFY(window.hasRoom(kKey));
    QVERIFY(window.hasRoom(kKey));
    QCOMPARE(window.count(kKey), 0);
    window.record(kKey);
    QVERIFY(!window.hasRoom(kKey));
    // record() counts even without room: the simulator records only what it admitted, after asking every
    // window.
    window.record(kKey);
    QCOMPARE(window.count(kKey), 2);
}

void TestSimRateWindow::offStillRemembersRequests()
{
    ManualClock clock(kStart);
    SimRateWindow window(&clock, 0);
    for (int i = 0; i < 25; ++i)
        QVERIFY(window.admit(kKey));
    window.setLimit(-1);
    QVERIFY(window.admit(kKey));
    // A limit set later counts the requests already in the window.
    window.setLimit(10);
    QVERIFY(!window.admit(kKey));
    clock.advanceMs(1000);
    QVERIFY(window.admit(kKey));
}

void TestSimRateWindow::newClockStartsEmptyWindows()
{
    ManualClock first(kStart);
    SimRateWindow window(&first, 1);
    QVERIFY(window.admit(kKey));
    QVERIFY(!window.admit(kKey));
    // The other clock's monotonic time starts at 0 too: without forgetting, the old times would still count.
    ManualClock second(kStart);
    window.setClock(&second);
    QCOMPARE(window.count(kKey), 0);
    QVERIFY(window.admit(kKey));
}

void TestSimRateWindow::wallTimeJumpsDoNotMoveTheWindow()
{
    ManualClock clock(kStart);
    SimRateWindow window(&clock, 1);
    QVERIFY(window.admit(kKey));
    clock.setNow(kStart.addSecs(3600)); // the user changes the computer's clock
    QVERIFY(!window.admit(kKey));
    clock.advanceMs(1000);
    QVERIFY(window.admit(kKey));
}

QTEST_GUILESS_MAIN(TestSimRateWindow)
#include "tst_simratewindow.moc"
