#include "BatchTimelineView.h"
#include "models/BatchTimeline.h"
#include "models/WatchListModel.h"
#include "ota/JobSummary.h"
#include "util/ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
const QString kPlug = u"a19mzPZ****"_s;
const QString kGateway = u"a1GwTx4kLpQ"_s;

OtaJob job(const QString &name, const QString &status, const QString &productKey, const QDateTime &start,
           const QDateTime &end = {}, const QDateTime &scheduledFinish = {})
{
    OtaJob job;
    job.name = name;
    job.jobStatus = status;
    job.productKey = productKey;
    if (status == u"PLANNED"_s)
        job.utcScheduleTime = start;
    else
        job.utcStartTime = start;
    if (end.isValid())
        job.utcEndTime = end;
    if (scheduledFinish.isValid())
        job.utcScheduleFinishTime = scheduledFinish;
    return job;
}

BatchTimeline::Bar bar(const QString &product, const QDateTime &start, const QDateTime &end,
                       BatchTimeline::EndKind kind = BatchTimeline::EndKind::Ended, const QString &jobId = {})
{
    BatchTimeline::Bar b;
    b.productKey = product;
    b.startUtc = start;
    b.endUtc = end;
    b.endKind = kind;
    b.jobId = jobId.isEmpty() ? start.toString() : jobId;
    return b;
}
} // namespace

class TestBatchTimeline : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void overlapsOnlyWithinOneProductAndTime();
    void drawsEachBatchFromStartToItsEnd();
    void opensAClickedBatchAndZoomsByKeyboard();
    void showsAFirmwaresBatchesOnRequest();

private:
    void watch(const QString &jobId, const OtaJob &job)
    {
        m_model->add(u"prod"_s, jobId);
        m_model->updateFromJob(u"prod"_s, jobId, job, kNow);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<WatchListModel> m_model;
};

void TestBatchTimeline::init()
{
    m_clock = std::make_unique<ManualClock>(kNow);
    m_model = std::make_unique<WatchListModel>(m_clock.get());
}

void TestBatchTimeline::cleanup()
{
    m_model.reset();
    m_clock.reset();
}

void TestBatchTimeline::overlapsOnlyWithinOneProductAndTime()
{
    using BatchTimeline::overlap;
    const QDateTime t = kNow;
    // Same product, spans that intersect: they overlap.
    QVERIFY(overlap(bar(kPlug, t, t.addSecs(600)), bar(kPlug, t.addSecs(300), t.addSecs(900))));
    // One after the other (the second starts as the first ends): not.
    QVERIFY(!overlap(bar(kPlug, t, t.addSecs(600)), bar(kPlug, t.addSecs(600), t.addSecs(900))));
    // Another product at the same time: not.
    QVERIFY(!overlap(bar(kPlug, t, t.addSecs(600)), bar(kGateway, t, t.addSecs(600))));
    // A batch running without a known end pushes until now (its bar ends now): it overlaps what runs now,
    // not a batch planned for next week.
    const BatchTimeline::Bar running = bar(kPlug, t.addDays(-400), t, BatchTimeline::EndKind::Open);
    QVERIFY(overlap(running, bar(kPlug, t.addSecs(-60), t.addSecs(600))));
    QVERIFY(!overlap(running, bar(kPlug, t.addDays(7), t.addDays(8))));
    // A planned batch without a scheduled finish is a point at its start.
    QVERIFY(overlap(bar(kPlug, t.addSecs(60), t.addSecs(60), BatchTimeline::EndKind::Open),
                    bar(kPlug, t, t.addSecs(600))));
    // A batch never overlaps itself, nor a batch whose product is not known.
    QVERIFY(!overlap(bar(kPlug, t, t.addSecs(600), BatchTimeline::EndKind::Ended, u"a"_s),
                     bar(kPlug, t, t.addSecs(600), BatchTimeline::EndKind::Ended, u"a"_s)));
    QVERIFY(!overlap(bar(QString(), t, t.addSecs(600)), bar(QString(), t, t.addSecs(600))));
}

void TestBatchTimeline::drawsEachBatchFromStartToItsEnd()
{
    watch(u"done"_s, job(u"old-wave"_s, u"COMPLETED"_s, kPlug, kNow.addDays(-3), kNow.addDays(-2)));
    watch(u"live"_s, job(u"plug-live"_s, u"IN_PROGRESS"_s, kPlug, kNow.addSecs(-600)));
    watch(u"late"_s,
          job(u"plug-slow"_s, u"IN_PROGRESS"_s, kPlug, kNow.addSecs(-300), {}, kNow.addSecs(1800)));
    watch(u"plan"_s, job(u"gw-planned"_s, u"PLANNED"_s, kGateway, kNow.addSecs(120), {}, kNow.addSecs(3600)));
    m_model->add(u"prod"_s, u"unread"_s); // not read yet: no bar
    // The live batch's rounds give an estimate: 10 devices a minute, 100 remaining.
    m_model->updateCounts(u"prod"_s, u"live"_s, {}, std::nullopt, {});
    m_model->addRounds(u"prod"_s, u"live"_s, {{kNow.addSecs(-60), 90, 200}, {kNow, 100, 200}});

    const QList<BatchTimeline::Bar> bars = BatchTimeline::fromWatchList(*m_model, kNow);
    QCOMPARE(bars.size(), 4);
    QCOMPARE(bars[0].endKind, BatchTimeline::EndKind::Ended);
    QCOMPARE(bars[0].endUtc, kNow.addDays(-2));
    QCOMPARE(bars[1].endKind, BatchTimeline::EndKind::Estimated);
    QCOMPARE(bars[1].endUtc, kNow.addSecs(600)); // 100 at 10 a minute
    QCOMPARE(bars[2].endKind, BatchTimeline::EndKind::ScheduledFinish);
    QCOMPARE(bars[3].startUtc, kNow.addSecs(120));
    QVERIFY(bars[3].startScheduled);
    // The live and the slow batch of the plug push at the same time; the old wave ended days before, the
    // planned one is another product.
    QCOMPARE(bars[1].overlaps, QList<int>({2}));
    QCOMPARE(bars[2].overlaps, QList<int>({1}));
    QVERIFY(bars[0].overlaps.isEmpty());
    QVERIFY(bars[3].overlaps.isEmpty());
    const QString text = BatchTimeline::describe(bars[1], bars, kNow);
    QVERIFY2(text.startsWith(u"plug-live, In progress: started "_s), qPrintable(text));
    QVERIFY2(text.contains(u"(estimate)"_s), qPrintable(text));
    QVERIFY2(text.endsWith(u"Overlaps plug-slow of the same product."_s), qPrintable(text));
    QVERIFY(BatchTimeline::describe(bars[3], bars, kNow).contains(u"starts "_s));
}

void TestBatchTimeline::opensAClickedBatchAndZoomsByKeyboard()
{
    watch(u"live"_s,
          job(u"plug-live"_s, u"IN_PROGRESS"_s, kPlug, kNow.addSecs(-1800), {}, kNow.addSecs(1800)));
    watch(u"slow"_s,
          job(u"plug-slow"_s, u"IN_PROGRESS"_s, kPlug, kNow.addSecs(-900), {}, kNow.addSecs(3600)));
    BatchTimelineView view(m_model.get(), m_clock.get());
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.bars().size(), 2);
    // Every bar in sight: from the first start to the last end, with a margin.
    QVERIFY(view.viewStartUtc() < kNow.addSecs(-1800));
    QVERIFY(view.viewStartUtc().addSecs(view.viewSpanSecs()) > kNow.addSecs(3600));
    QCOMPARE(view.text().count(u'\n'), 1);
    QVERIFY(view.accessibleDescription().contains(u"Overlaps plug-slow"_s));

    // A click on the second bar opens that batch.
    QSignalSpy open(&view, &BatchTimelineView::openBatch);
    // Rows below the time axis, one per batch; 200 px from the right edge is some 25 minutes from now, which
    // the second bar spans (it runs until an hour from now).
    const int rowHeight = view.fontMetrics().height() + 12;
    const int axis = view.fontMetrics().height() + 10;
    QTest::mouseClick(&view, Qt::LeftButton, {},
                      QPoint(view.width() - 200, axis + rowHeight + rowHeight / 2));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(1).toString(), u"slow"_s);
    QCOMPARE(view.currentRow(), 1);
    // A click on a row's name selects it but opens nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(5, axis + rowHeight / 2));
    QCOMPARE(open.size(), 1);
    QCOMPARE(view.currentRow(), 0);

    // Keyboard: Down, Enter opens; + and - zoom; Right scrolls; Home fits every bar again.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(1).toString(), u"slow"_s);
    const qint64 fitted = view.viewSpanSecs();
    const QDateTime fittedStart = view.viewStartUtc();
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.viewSpanSecs(), fitted / 2);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.viewSpanSecs(), fitted / 2 * 4);
    const QDateTime before = view.viewStartUtc();
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(before.secsTo(view.viewStartUtc()), view.viewSpanSecs() / 10);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.viewSpanSecs(), fitted);
    QCOMPARE(view.viewStartUtc(), fittedStart);

    // A batch left running since last year and one planned for next year do not squeeze today's into a line.
    watch(u"old"_s, job(u"old"_s, u"IN_PROGRESS"_s, kGateway, kNow.addDays(-400)));
    watch(u"next"_s, job(u"next"_s, u"PLANNED"_s, kGateway, kNow.addDays(300)));
    QCOMPARE(view.bars().size(), 4);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.viewSpanSecs(), fitted);
    QCOMPARE(view.viewStartUtc(), fittedStart);
}

void TestBatchTimeline::showsAFirmwaresBatchesOnRequest()
{
    watch(u"live"_s,
          job(u"plug-live"_s, u"IN_PROGRESS"_s, kPlug, kNow.addSecs(-1800), {}, kNow.addSecs(1800)));
    BatchTimelineView view(m_model.get(), m_clock.get());
    view.resize(800, 240);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Three listed batches of the plug: one also watched, one that ended yesterday, one running now; and one
    // not started (no bar).
    const auto summary
            = [](const QString &jobId, const QString &status, const QDateTime &start, const QDateTime &end) {
                  JobSummary s;
                  s.jobId = jobId;
                  s.productKey = kPlug;
                  s.jobStatus = status;
                  s.utcStartTime = start;
                  s.utcEndTime = end;
                  return s;
              };
    const QList<BatchTimeline::Bar> listed = BatchTimeline::fromSummaries(
            u"prod"_s,
            {summary(u"live"_s, u"IN_PROGRESS"_s, kNow.addSecs(-1800), {}),
             summary(u"old"_s, u"COMPLETED"_s, kNow.addDays(-1), kNow.addDays(-1).addSecs(3600)),
             summary(u"now"_s, u"IN_PROGRESS"_s, kNow.addSecs(-600), {}),
             summary(u"later"_s, u"PLANNED"_s, {}, {})},
            kNow);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed[2].endKind, BatchTimeline::EndKind::Open);
    QCOMPARE(listed[2].endUtc, kNow);
    view.showAlso(u"smart-plug-1.2.0"_s, listed);
    QCOMPARE(view.alsoTitle(), u"smart-plug-1.2.0"_s);
    QCOMPARE(view.bars().size(), 3); // the watched one once, then "old" and "now"
    QCOMPARE(view.bars()[1].jobId, u"old"_s);
    // The running listed batch overlaps the watched one; the one of yesterday does not.
    QCOMPARE(view.bars()[0].overlaps, QList<int>({2}));
    QVERIFY(view.bars()[1].overlaps.isEmpty());
    QVERIFY(view.text().contains(u"Overlaps now of the same product."_s));
    // Escape hides them again.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(view.bars().size(), 1);
    QVERIFY(view.alsoTitle().isEmpty());
}

QTEST_MAIN(TestBatchTimeline)
#include "tst_batchtimeline.moc"
