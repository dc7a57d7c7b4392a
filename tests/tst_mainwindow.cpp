#include "JobDetailView.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "WindowOnSimulator.h"
#include "api/RequestScheduler.h"
#include "models/JobDetailModel.h"
#include "ota/JobField.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Types a JobId the way a user would and asserts what the window shows.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheSeedBatchAfterTypingItsId();
    void showsTheRequestsOfTheLastMinuteInTheStatusBar();
    void saysWhenTheAccountNeedsItsInstanceId();
    void marksFieldsTheApiDidNotReturn();
    void keepsTheLastBatchWhenAQueryFails();
    void explainsAWrongSecret();
    void refusesAnEmptyJobIdWithoutSending();
    void refusesPlainHttpToARemoteEndpoint();
    void showsBusyStateWhileWaiting();

private:
    QLabel *value(JobField field) const;
    void typeAndQuery(const QString &jobId);

    std::unique_ptr<WindowOnSimulator> m_fixture;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<WindowOnSimulator>();
}

void TestMainWindow::cleanup()
{
    m_fixture->stop();
    m_fixture.reset();
}

QLabel *TestMainWindow::value(JobField field) const
{
    return m_fixture->window->findChild<QLabel *>(u"value_"_s + jobFieldKey(field));
}

void TestMainWindow::typeAndQuery(const QString &jobId)
{
    auto *edit = m_fixture->window->findChild<QLineEdit *>(u"jobIdEdit"_s);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, jobId);
    QSignalSpy finished(m_fixture->window.get(), &MainWindow::queryFinished);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_fixture->runUntil([&] { return finished.size() == 1; }));
}

// An account whose resources live in an enterprise instance: without the instance ID the gateway answers
// iot.common.InvalidTenant; the panel says what that means and its button goes to the instance ID field,
// where the right ID makes the query work.
void TestMainWindow::saysWhenTheAccountNeedsItsInstanceId()
{
    QVERIFY(m_fixture->start());
    m_fixture->sim->setEnterpriseInstance(u"iot-cn-sim0ent01"_s);
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    auto *panel = m_fixture->window->findChild<QFrame *>(u"errorPanel"_s);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->findChild<QLabel *>(u"errorCode"_s)->text(), u"iot.common.InvalidTenant"_s);
    QVERIFY(panel->findChild<QLabel *>(u"errorHint"_s)->text().contains(u"enterprise instance"_s));
    auto *button = panel->findChild<QPushButton *>(u"setInstanceIdButton"_s);
    QVERIFY(button->isVisible());
    m_fixture->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture->window.get()));
    button->click();
    auto *instance = m_fixture->window->findChild<QLineEdit *>(u"instanceEdit"_s);
    QCOMPARE(QApplication::focusWidget(), instance);
    // A wrong ID: said as such.
    QTest::keyClicks(instance, u"iot-cn-wrong"_s);
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    QCOMPARE(panel->findChild<QLabel *>(u"errorCode"_s)->text(), u"iot.system.InstanceNotFound"_s);
    QVERIFY(panel->findChild<QLabel *>(u"errorHint"_s)->text().contains(u"iot-cn-wrong is not one of"_s));
    // The right one: the batch.
    instance->clear();
    QTest::keyClicks(instance, u"iot-cn-sim0ent01"_s);
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    QVERIFY(!panel->isVisible());
    QVERIFY(!button->isVisible());
    QCOMPARE(value(JobField::JobId)->text(), u"HvKuBpuk3rdk6E92CP****0200"_s);
}

void TestMainWindow::showsTheRequestsOfTheLastMinuteInTheStatusBar()
{
    QVERIFY(m_fixture->start());
    auto *rate = m_fixture->window->findChild<QLabel *>(u"statusRate"_s);
    QVERIFY(rate && rate->isVisible());
    QCOMPARE(rate->text(), u"0 of 600 requests a minute"_s);
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    // The label follows every 2 s on the clock: the query and what came with it (its counts, the firmware).
    QVERIFY(m_fixture->net->time.advance(2000));
    const int sent = m_fixture->scheduler->startsInLastMinute();
    QVERIFY(sent >= 1);
    QCOMPARE(rate->text(), u"%1 of 600 requests a minute"_s.arg(sent));
    QVERIFY(rate->toolTip().contains(u"The watch list may use 450 a minute."_s));
    // A minute later: those of the last minute only (the open batch's live refresh goes on).
    QVERIFY(m_fixture->net->time.advance(60000));
    QCOMPARE(rate->text(), u"%1 of 600 requests a minute"_s.arg(m_fixture->scheduler->startsInLastMinute()));
}

void TestMainWindow::showsTheSeedBatchAfterTypingItsId()
{
    QVERIFY(m_fixture->start());
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    QVERIFY(!m_fixture->window->findChild<QFrame *>(u"errorPanel"_s)->isVisible());
    QCOMPARE(value(JobField::JobId)->text(), u"HvKuBpuk3rdk6E92CP****0200"_s);
    QCOMPARE(value(JobField::Name)->text(), u"firmware2"_s);
    QCOMPARE(value(JobField::DestVersion)->text(), u"1.0.1"_s);
    QCOMPARE(value(JobField::ProductKey)->text(), u"a19mzPZ****"_s);
    // Enums read as words, the raw value on hover.
    QCOMPARE(value(JobField::JobStatus)->text(), u"In progress"_s);
    QVERIFY(value(JobField::JobStatus)->toolTip().contains(u"IN_PROGRESS"));
    QVERIFY(value(JobField::JobType)->toolTip().contains(u"UPGRADE_FIRMWARE"));
    // Booleans and the empty-but-present group.
    QCOMPARE(value(JobField::NeedConfirm)->text(), u"Yes"_s);
    QCOMPARE(value(JobField::NeedPush)->text(), u"No"_s);
    QCOMPARE(value(JobField::GroupId)->text(), u"(empty)"_s);
    // Source versions in their list, tags absent in the seed sample.
    auto *versions = m_fixture->window->findChild<QListView *>(u"srcVersionsList"_s);
    QVERIFY(versions->isVisible());
    QCOMPARE(versions->model()->rowCount(), 1);
    QCOMPARE(versions->model()->index(0, 0).data().toString(), u"1.0.0"_s);
    QCOMPARE(m_fixture->window->findChild<QLabel *>(u"tagsAbsentLabel"_s)->text().left(12),
             u"Not returned"_s);
    // Times in local time, the UTC value on hover.
    QVERIFY(value(JobField::UtcCreate)->toolTip().contains(u"UTC"));
    QVERIFY(value(JobField::UtcCreate)->toolTip().contains(u"02:43:10"));
    // The status bar carries the RequestId and the latency.
    QStringList texts;
    for (const QLabel *label : m_fixture->window->statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    const QString status = texts.join(u' ');
    QVERIFY2(status.contains(u"Request ID: "), qPrintable(status));
    QVERIFY2(status.contains(u" ms"), qPrintable(status));
    QVERIFY(m_fixture->window->windowTitle().contains(u"firmware2"));
}

void TestMainWindow::marksFieldsTheApiDidNotReturn()
{
    QVERIFY(m_fixture->start());
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    // The seed sample has no GrayPercent, DynamicMode or schedule times: they are "not returned", not blank.
    for (const JobField field : {JobField::GrayPercent, JobField::DynamicMode, JobField::UtcScheduleTime}) {
        QCOMPARE(value(field)->text(), u"Not returned"_s);
        QVERIFY(!value(field)->isEnabled());
        QVERIFY(!value(field)->toolTip().isEmpty());
    }
}

void TestMainWindow::keepsTheLastBatchWhenAQueryFails()
{
    QVERIFY(m_fixture->start());
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    m_fixture->sim->setFault(OtaSimulator::Fault::TruncatedJson);
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    auto *panel = m_fixture->window->findChild<QFrame *>(u"errorPanel"_s);
    QVERIFY(panel->isVisible());
    QCOMPARE(m_fixture->window->findChild<QLabel *>(u"errorTitle"_s)->text(), u"Malformed response"_s);
    QVERIFY(!m_fixture->window->findChild<QLabel *>(u"errorRequestId"_s)->text().isEmpty());
    QCOMPARE(value(JobField::Name)->text(), u"firmware2"_s); // still the last good batch

    m_fixture->sim->setFault(OtaSimulator::Fault::None);
    typeAndQuery(u"NoSuchBatch0000000000000"_s);
    QVERIFY(panel->isVisible());
    QCOMPARE(m_fixture->window->findChild<QLabel *>(u"errorCode"_s)->text(), u"iot.system.IllegalRequest"_s);
    QCOMPARE(value(JobField::JobId)->text(), u"HvKuBpuk3rdk6E92CP****0200"_s);
}

void TestMainWindow::explainsAWrongSecret()
{
    Credentials wrong = OtaSimulator::demoCredentials();
    wrong.accessKeySecret = u"sentinel-wrong-secret"_s;
    m_fixture->setup.credentials = wrong;
    QVERIFY(m_fixture->start());
    typeAndQuery(u"HvKuBpuk3rdk6E92CP****0200"_s);
    QCOMPARE(m_fixture->window->findChild<QLabel *>(u"errorCode"_s)->text(), u"SignatureDoesNotMatch"_s);
    QVERIFY(m_fixture->window->findChild<QLabel *>(u"errorHint"_s)->text().contains(u"secret is wrong"));
    for (const QLabel *label : m_fixture->window->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(u"sentinel-wrong-secret"));
}

void TestMainWindow::refusesAnEmptyJobIdWithoutSending()
{
    QVERIFY(m_fixture->start());
    auto *edit = m_fixture->window->findChild<QLineEdit *>(u"jobIdEdit"_s);
    QTest::keyClicks(edit, u"bad id!"_s); // the validator drops the space and '!'
    QCOMPARE(edit->text(), u"badid"_s);
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_fixture->window->findChild<QLabel *>(u"inputHint"_s)->isVisible());
    QVERIFY(!m_fixture->window->isBusy());
    QCOMPARE(m_fixture->sim->acceptedCount(), 0);
}

void TestMainWindow::refusesPlainHttpToARemoteEndpoint()
{
    QVERIFY(m_fixture->start());
    auto *endpoint = m_fixture->window->findChild<QLineEdit *>(u"endpointEdit"_s);
    endpoint->clear();
    QTest::keyClicks(endpoint, u"http://iot.cn-shanghai.aliyuncs.com/"_s);
    auto *edit = m_fixture->window->findChild<QLineEdit *>(u"jobIdEdit"_s);
    QTest::keyClicks(edit, u"HvKuBpuk3rdk6E92CP****0200"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    const QLabel *hint = m_fixture->window->findChild<QLabel *>(u"inputHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"http://"));
    QVERIFY(!m_fixture->window->isBusy());
}

void TestMainWindow::showsBusyStateWhileWaiting()
{
    QVERIFY(m_fixture->start());
    m_fixture->sim->setFault(OtaSimulator::Fault::NeverAnswer);
    auto *edit = m_fixture->window->findChild<QLineEdit *>(u"jobIdEdit"_s);
    QTest::keyClicks(edit, u"HvKuBpuk3rdk6E92CP****0200"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_fixture->net->time.settle()); // the request reached the gateway, which keeps it
    QCOMPARE(m_fixture->net->parked, 1);
    QVERIFY(m_fixture->window->isBusy());
    QVERIFY(!m_fixture->window->findChild<QPushButton *>(u"queryButton"_s)->isEnabled());
    QVERIFY(m_fixture->window->statusBar()->currentMessage().contains(u"Querying"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
