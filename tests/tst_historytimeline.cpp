#include "history/HistoryTimeline.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kT0(QDate(2024, 5, 1), QTime(6, 24, 52), Qt::UTC);

HistoryJobSnapshot fetchAt(qint64 ms)
{
    HistoryJobSnapshot snapshot;
    snapshot.jobId = u"job-1"_s;
    snapshot.fetchedAtUtc = kT0.addMSecs(ms);
    snapshot.jobStatus = u"IN_PROGRESS"_s;
    return snapshot;
}

HistoryCountsPoint roundAt(qint64 ms, qint64 succeeded)
{
    HistoryCountsPoint point;
    point.atUtc = kT0.addMSecs(ms);
    point.counts[TaskStatus::Succeeded] = succeeded;
    return point;
}

// "f+0 c+3000" per entry: the fetch's and the round's offsets from kT0 in ms.
QStringList shape(const QList<HistoryEntry> &entries)
{
    QStringList lines;
    for (const HistoryEntry &entry : entries) {
        QStringList parts;
        if (entry.fetch)
            parts.append(u"f+%1"_s.arg(kT0.msecsTo(entry.fetch->fetchedAtUtc)));
        if (entry.counts)
            parts.append(u"c+%1"_s.arg(kT0.msecsTo(entry.counts->atUtc)));
        lines.append(parts.join(u' '));
    }
    return lines;
}
} // namespace

// HistoryTimeline: which count round is a fetch's own (read in the same refresh), and which stand alone.
class TestHistoryTimeline : public QObject
{
    Q_OBJECT
private slots:
    void pairsARoundReadWithinTheSameRefresh_data();
    void pairsARoundReadWithinTheSameRefresh();
    void givesEachRoundToOneFetchOnly();
    void keepsEveryRoundAndEveryFetch();
};

void TestHistoryTimeline::pairsARoundReadWithinTheSameRefresh_data()
{
    QTest::addColumn<qint64>("roundMs");
    QTest::addColumn<bool>("paired");
    QTest::newRow("same-instant") << qint64(0) << true;
    QTest::newRow("ended-after-the-fetch") << qint64(800) << true;
    QTest::newRow("ended-before-the-answer") << qint64(-400) << true;
    QTest::newRow("at-the-limit") << HistoryTimeline::kSameRefreshMs << true;
    QTest::newRow("just-past-the-limit") << HistoryTimeline::kSameRefreshMs + 1 << false;
    QTest::newRow("a-minute-later") << qint64(60'000) << false;
    QTest::newRow("a-minute-earlier") << qint64(-60'000) << false;
}

void TestHistoryTimeline::pairsARoundReadWithinTheSameRefresh()
{
    QFETCH(qint64, roundMs);
    QFETCH(bool, paired);
    const QList<HistoryEntry> entries = HistoryTimeline::entries({fetchAt(0)}, {roundAt(roundMs, 7)});
    if (paired) {
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries[0].fetch && entries[0].counts);
        QCOMPARE(entries[0].counts->atUtc, kT0.addMSecs(roundMs));
        QCOMPARE(entries[0].atUtc(), kT0); // the row's time is the fetch's; the round keeps its own
    } else {
        QCOMPARE(entries.size(), 2);
        for (const HistoryEntry &entry : entries)
            QVERIFY(bool(entry.fetch) != bool(entry.counts));
        QCOMPARE(entries[roundMs < 0 ? 0 : 1].atUtc(), kT0.addMSecs(roundMs));
    }
}

void TestHistoryTimeline::givesEachRoundToOneFetchOnly()
{
    // Two fetches 4 s apart and one round between them, nearer the second: the first fetch has none.
    QCOMPARE(shape(HistoryTimeline::entries({fetchAt(4000), fetchAt(0)}, {roundAt(2500, 1)})),
             (QStringList {u"f+0"_s, u"f+4000 c+2500"_s}));
    // Two rounds around one fetch: the closer is its own, the other stands alone.
    QCOMPARE(shape(HistoryTimeline::entries({fetchAt(0)}, {roundAt(3000, 1), roundAt(-1000, 2)})),
             (QStringList {u"f+0 c+-1000"_s, u"c+3000"_s}));
    // A refresh every 5 s, the round ending 0.7 s after each answer: each fetch takes its own.
    QList<HistoryJobSnapshot> fetches;
    QList<HistoryCountsPoint> rounds;
    for (int i = 0; i < 4; ++i) {
        fetches.append(fetchAt(5000 * i));
        rounds.append(roundAt(5000 * i + 700, i));
    }
    QCOMPARE(shape(HistoryTimeline::entries(fetches, rounds)),
             (QStringList {u"f+0 c+700"_s, u"f+5000 c+5700"_s, u"f+10000 c+10700"_s, u"f+15000 c+15700"_s}));
}

void TestHistoryTimeline::keepsEveryRoundAndEveryFetch()
{
    QVERIFY(HistoryTimeline::entries({}, {}).isEmpty());
    QCOMPARE(shape(HistoryTimeline::entries({fetchAt(0), fetchAt(60'000)}, {})),
             (QStringList {u"f+0"_s, u"f+60000"_s}));
    QCOMPARE(shape(HistoryTimeline::entries({}, {roundAt(30'000, 1), roundAt(0, 0)})),
             (QStringList {u"c+0"_s, u"c+30000"_s}));
    // Oldest first, rounds of their own between the fetches.
    QCOMPARE(shape(HistoryTimeline::entries({fetchAt(120'000), fetchAt(0)},
                                            {roundAt(61'000, 1), roundAt(121'000, 2)})),
             (QStringList {u"f+0"_s, u"c+61000"_s, u"f+120000 c+121000"_s}));
}

QTEST_GUILESS_MAIN(TestHistoryTimeline)
#include "tst_historytimeline.moc"
