// The status bar's retry notice, on a manual clock against the simulated gateway: it says why a request
// waits, counts down to its next attempt, and Cancel drops the retry before it is sent.

#include "RetryNotice.h"
#include "SchedulerOnSimulator.h"
#include "api/ApiError.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRetryNotice : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void saysWhyAndWhenThenHides();
    void cancelDropsTheRetry();
    void countsTheOthersWaiting();

private:
    ScheduledRequest *submit() const
    {
        return m_fx->scheduler->submit(m_fx->config(), u"QueryOTAJob"_s,
                                       {{u"JobId"_s, u"HvKuBpuk3rdk6E92CP****0200"_s}});
    }

    std::unique_ptr<SchedulerOnSimulator> m_fx;
    std::unique_ptr<RetryNotice> m_notice;
};

void TestRetryNotice::init()
{
    m_fx = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_fx->listen());
    m_fx->scheduler->setRetryBaseDelayMs(4000);
    m_notice = std::make_unique<RetryNotice>(m_fx->scheduler.get());
}

void TestRetryNotice::cleanup()
{
    m_notice.reset();
    m_fx.reset();
}

void TestRetryNotice::saysWhyAndWhenThenHides()
{
    QVERIFY(m_notice->isHidden());
    m_fx->sim.setFault(OtaSimulator::Fault::Html500);
    QSignalSpy retrying(m_fx->scheduler.get(), &RequestScheduler::retrying);
    ScheduledRequest *request = submit();
    QSignalSpy finished(request, &ScheduledRequest::finished);
    QVERIFY(m_fx->waitFor(retrying));
    const int delayMs = retrying.at(0).at(2).toInt(); // 4 s plus up to 25 % jitter
    const int seconds = (delayMs + 999) / 1000;
    QVERIFY(!m_notice->isHidden());
    QCOMPARE(m_notice->text(), u"Server error — retrying in %1 s, attempt 2 of 5"_s.arg(seconds));
    // It counts down on the clock, and says when the attempt is under way.
    QVERIFY(m_fx->time.advance(1000));
    QCOMPARE(m_notice->text(), u"Server error — retrying in %1 s, attempt 2 of 5"_s.arg(seconds - 1));
    // The server answers again: the retry succeeds and the notice goes.
    m_fx->sim.setFault(OtaSimulator::Fault::None);
    QVERIFY(m_fx->waitFor(finished));
    QVERIFY(finished.at(0).at(0).value<RpcResponse>().ok());
    QVERIFY(m_notice->isHidden());
}

void TestRetryNotice::cancelDropsTheRetry()
{
    m_fx->sim.setFault(OtaSimulator::Fault::Html500);
    QSignalSpy handled(&m_fx->sim, &OtaSimulator::requestHandled);
    QSignalSpy retrying(m_fx->scheduler.get(), &RequestScheduler::retrying);
    ScheduledRequest *request = submit();
    QSignalSpy finished(request, &ScheduledRequest::finished);
    QVERIFY(m_fx->waitFor(retrying));
    QCOMPARE(handled.size(), 1);
    QTest::mouseClick(m_notice->findChild<QPushButton *>(u"retryNoticeCancel"_s), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<RpcResponse>().error->transport, ApiError::Transport::Canceled);
    QVERIFY(m_notice->isHidden());
    // Nothing is sent when the retry would have been due.
    QVERIFY(m_fx->time.advance(60000));
    QCOMPARE(handled.size(), 1);
}

void TestRetryNotice::countsTheOthersWaiting()
{
    m_fx->sim.setFault(OtaSimulator::Fault::Html500);
    QSignalSpy retrying(m_fx->scheduler.get(), &RequestScheduler::retrying);
    submit();
    submit();
    QVERIFY(m_fx->runUntil([&] { return retrying.size() == 2; }));
    QVERIFY(m_notice->text().startsWith(u"Server error — retrying in "_s));
    QVERIFY(m_notice->text().endsWith(u"attempt 2 of 5 (1 more waiting)"_s));
    m_notice->cancelAll();
    QVERIFY(m_notice->isHidden());
}

QTEST_MAIN(TestRetryNotice)
#include "tst_retrynotice.moc"
