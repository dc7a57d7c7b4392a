#include "ExportActions.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "WindowOnSimulator.h"
#include "util/BatchLink.h"
#include "util/SingleInstance.h"

#include <QAction>
#include <QClipboard>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QScopeGuard>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
const QString kJobId = u"HvKuBpuk3rdk6E92CPgray0200"_s;
const QString kOtherJobId = u"HvKuBpuk3rdk6E92CPdyna0200"_s;
const QString kProfile = u"测试 profile"_s;
const QString kLink = u"otadash://batch/HvKuBpuk3rdk6E92CPgray0200?profile=%E6%B5%8B%E8%AF%95%20profile"_s;
} // namespace

// Edit > Copy Link on the window wired to the simulator, and a later launch's request (SingleInstance)
// opening its batch there.
class TestCopyLink : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void isInTheEditMenuAndOffWithoutABatch();
    void copiesTheLinkOfTheBatchShownWithoutACredential();
    void aBatchWithoutABatchIdHasNoLink();
    void aLaterLaunchOpensItsBatchHere();
    void aLaterLaunchWhileAQueryRunsComesAfterIt();
    void saysWhenTheProfileIsNotKnownHere();
    void saysWhyALinkCouldNotBeOpened();
    void opensALinkTheSystemHandsOver();

private:
    QString statusText() const { return m_fixture->window->statusBar()->currentMessage(); }
    QString shownJobId() const { return m_fixture->window->findChild<QLabel *>(u"value_JobId"_s)->text(); }

    std::unique_ptr<WindowOnSimulator> m_fixture;
    QMutex m_queriedLock;
    QStringList m_queried; // the JobIds of the QueryOTAJob requests the simulator served
};

void TestCopyLink::init()
{
    m_queried.clear();
    m_fixture = std::make_unique<WindowOnSimulator>();
    m_fixture->setup.fixedProfile = kProfile; // the name batches are read with (as the demo's "Demo")
    m_fixture->sim->setFaultRule(
            [this](const QString &action, const QueryPairs &params) -> std::optional<OtaSimulator::Fault> {
                if (action == u"QueryOTAJob") {
                    for (const auto &[key, value] : params) {
                        if (key == u"JobId") {
                            const QMutexLocker locker(&m_queriedLock);
                            m_queried.append(value);
                        }
                    }
                }
                return std::nullopt;
            });
    QVERIFY(m_fixture->start());
}

void TestCopyLink::cleanup()
{
    m_fixture->stop();
    m_fixture.reset();
    QGuiApplication::clipboard()->clear();
}

void TestCopyLink::isInTheEditMenuAndOffWithoutABatch()
{
    MainWindow *window = m_fixture->window.get();
    QAction *action = window->copyLinkAction();
    QVERIFY(action);
    QCOMPARE(action->objectName(), u"actionCopyLink"_s);
    QCOMPARE(action->text(), u"Copy &Link"_s);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Edit, between File and the rest, with the copy commands.
    auto *edit = window->findChild<QMenu *>(u"menuEdit"_s);
    QVERIFY(edit);
    QCOMPARE(edit->title(), u"&Edit"_s);
    QCOMPARE(edit->actions().value(0), action);
    QVERIFY(edit->actions().contains(window->exportActions()->copyOtadashAction()));
    const QList<QAction *> menus = window->menuBar()->actions();
    auto *file = window->findChild<QMenu *>(u"menuFile"_s);
    QCOMPARE(menus.indexOf(edit->menuAction()), menus.indexOf(file->menuAction()) + 1);
    // No other action or shortcut of the window answers the same keys.
    QHash<QKeySequence, QString> taken;
    for (const QAction *other : window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : other->shortcuts()) {
            QVERIFY2(!taken.contains(keys), qPrintable(other->objectName() + u" and "_s + taken.value(keys)));
            taken.insert(keys, other->objectName());
        }
    }
    for (const QShortcut *other : window->findChildren<QShortcut *>())
        QVERIFY2(other->key() != action->shortcut(), qPrintable(other->key().toString()));

    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"Query a batch first"), qPrintable(action->toolTip()));
}

void TestCopyLink::copiesTheLinkOfTheBatchShownWithoutACredential()
{
    QAction *action = m_fixture->window->copyLinkAction();
    QVERIFY(m_fixture->queryBatch(kJobId));
    QVERIFY(action->isEnabled());
    QVERIFY2(action->toolTip().contains(kJobId), qPrintable(action->toolTip()));
    QVERIFY2(action->toolTip().contains(kProfile), qPrintable(action->toolTip()));
    action->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, kLink);
    const Credentials demo = OtaSimulator::demoCredentials();
    QVERIFY(!copied.contains(demo.accessKeyId));
    QVERIFY(!copied.contains(demo.accessKeySecret));
    const std::optional<BatchLink> link = BatchLink::parse(copied);
    QVERIFY(link);
    QCOMPARE(link->jobId, kJobId);
    QCOMPARE(link->profile, kProfile);
    QVERIFY2(statusText().contains(u"Copied the link to batch "_s + kJobId), qPrintable(statusText()));
    QVERIFY2(statusText().contains(kLink), qPrintable(statusText()));
}

void TestCopyLink::aBatchWithoutABatchIdHasNoLink()
{
    // The seed document's sample has a masked ID: it is shown, but no link can name it.
    QVERIFY(m_fixture->queryBatch(u"HvKuBpuk3rdk6E92CP****0200"_s));
    QAction *action = m_fixture->window->copyLinkAction();
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"has no link"), qPrintable(action->toolTip()));
    QVERIFY2(action->toolTip().contains(u"letters and digits"), qPrintable(action->toolTip()));
    // Another batch: a link again.
    QVERIFY(m_fixture->queryBatch(kJobId));
    QVERIFY(action->isEnabled());
}

void TestCopyLink::aLaterLaunchOpensItsBatchHere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = dir.filePath(u"instance"_s);
    SingleInstance instance;
    QVERIFY(instance.listen(name));
    MainWindow *window = m_fixture->window.get();
    QObject::connect(&instance, &SingleInstance::requestReceived, window, &MainWindow::handleLaunch);
    QSignalSpy received(&instance, &SingleInstance::requestReceived);
    QSignalSpy finished(window, &MainWindow::queryFinished);
    window->showMinimized();

    // The later launch waits for the answer: on a thread of its own here (a process of its own in
    // tst_singleinstance).
    std::atomic<int> outcome {-1};
    std::thread launch([&] { outcome = int(SingleInstance::handOver(name, {kJobId, kProfile, {}}, 30000)); });
    const auto joined = qScopeGuard([&launch] { launch.join(); });
    QVERIFY(received.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.load() >= 0, 30000);
    QCOMPARE(SingleInstance::HandOver(outcome.load()), SingleInstance::HandOver::Delivered);

    QVERIFY(m_fixture->runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!window->isMinimized());
    QVERIFY(window->isVisible());
    QCOMPARE(window->findChild<QLineEdit *>(u"jobIdEdit"_s)->text(), kJobId);
    QCOMPARE(shownJobId(), kJobId);
    const QMutexLocker locker(&m_queriedLock);
    QCOMPARE(m_queried, QStringList {kJobId});
}

void TestCopyLink::aLaterLaunchWhileAQueryRunsComesAfterIt()
{
    MainWindow *window = m_fixture->window.get();
    QSignalSpy finished(window, &MainWindow::queryFinished);
    window->setJobId(kOtherJobId);
    window->query();
    QVERIFY(window->isBusy());
    window->handleLaunch({kJobId, kProfile, {}});
    QVERIFY(m_fixture->runUntil([&] { return finished.size() == 2; }));
    QCOMPARE(shownJobId(), kJobId);
    const QMutexLocker locker(&m_queriedLock);
    QCOMPARE(m_queried, (QStringList {kOtherJobId, kJobId}));
}

void TestCopyLink::saysWhenTheProfileIsNotKnownHere()
{
    MainWindow *window = m_fixture->window.get();
    QSignalSpy finished(window, &MainWindow::queryFinished);
    window->handleLaunch({kJobId, u"elsewhere"_s, {}});
    QVERIFY(m_fixture->runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(shownJobId(), kJobId); // read with the profile in use
    QVERIFY2(statusText().contains(u"There is no profile named elsewhere here"), qPrintable(statusText()));
}

void TestCopyLink::saysWhyALinkCouldNotBeOpened()
{
    MainWindow *window = m_fixture->window.get();
    QString error;
    QVERIFY(!BatchLink::parse(u"otadash://batch/"_s, &error));
    window->handleLaunch({{}, {}, error});
    QVERIFY(m_fixture->net->time.settle());
    QVERIFY2(statusText().contains(u"Could not open the link: "_s + error), qPrintable(statusText()));
    const QMutexLocker locker(&m_queriedLock);
    QVERIFY(m_queried.isEmpty());
}

// macOS hands a clicked link to the running application as a QFileOpenEvent: the batch opens as a later
// launch's would; a bad link is said, nothing queried.
void TestCopyLink::opensALinkTheSystemHandsOver()
{
    MainWindow *window = m_fixture->window.get();
    QSignalSpy finished(window, &MainWindow::queryFinished);
    QFileOpenEvent open {QUrl(kLink)};
    QVERIFY(QCoreApplication::sendEvent(qApp, &open));
    QVERIFY(m_fixture->runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(shownJobId(), kJobId);
    QFileOpenEvent bad(QUrl(u"otadash://batch/%20bad!"_s));
    QVERIFY(QCoreApplication::sendEvent(qApp, &bad));
    QVERIFY2(statusText().contains(u"Could not open the link"_s), qPrintable(statusText()));
    // Other files are not the window's business.
    QFileOpenEvent file(u"/tmp/report.pdf"_s);
    QVERIFY(!QCoreApplication::sendEvent(qApp, &file));
    const QMutexLocker locker(&m_queriedLock);
    QCOMPARE(m_queried, QStringList {kJobId});
}

QTEST_MAIN(TestCopyLink)
#include "tst_copylink.moc"
