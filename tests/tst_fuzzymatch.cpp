#include "util/FuzzyMatch.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Quick open's matching: characters in order, ignoring case; better matches score higher.
class TestFuzzyMatch : public QObject
{
    Q_OBJECT
private slots:
    void matchesCharactersInOrder();
    void ranksBetterMatchesHigher();
};

void TestFuzzyMatch::matchesCharactersInOrder()
{
    QVERIFY(FuzzyMatch::score(u"hv0200"_s, u"HvKuBpuk3rdk6E92CPlive0200"_s));
    QVERIFY(FuzzyMatch::score(u"LIVE"_s, u"HvKuBpuk3rdk6E92CPlive0200"_s));
    QVERIFY(!FuzzyMatch::score(u"0200hv"_s, u"HvKuBpuk3rdk6E92CPlive0200"_s)); // out of order
    QVERIFY(!FuzzyMatch::score(u"x"_s, u"Refresh Watch List"_s));
    // Words separately, in any order.
    QVERIFY(FuzzyMatch::score(u"watch refresh"_s, u"Refresh Watch List View"_s));
    QVERIFY(!FuzzyMatch::score(u"watch export"_s, u"Refresh Watch List View"_s));
    QCOMPARE(FuzzyMatch::score(u""_s, u"anything"_s), std::optional<int>(0));
    // A word's start further on is preferred only when the rest of the pattern still fits after it.
    QVERIFY(FuzzyMatch::score(u"gray0200"_s, u"HvKuBpuk3rdk6E92CPgray0200 gateway-fw-2.4.0 Demo"_s));
    QVERIFY(FuzzyMatch::score(u"更新"_s, u"ウォッチリストを更新"_s));
}

void TestFuzzyMatch::ranksBetterMatchesHigher()
{
    const auto score = [](const QString &pattern, const QString &text) {
        return FuzzyMatch::score(pattern, text).value_or(-1);
    };
    // Contiguous beats scattered.
    QVERIFY(score(u"live"_s, u"HvKuBpuk3rdk6E92CPlive0200"_s) > score(u"live"_s, u"Lxixvxe"_s));
    // Word starts beat the middle of words.
    QVERIFY(score(u"rwl"_s, u"Refresh Watch List"_s) > score(u"rwl"_s, u"Brewless"_s));
    // At the start beats later.
    QVERIFY(score(u"query"_s, u"Query batch"_s) > score(u"query"_s, u"Batch query"_s));
    // Of equal matches, the shorter text.
    QVERIFY(score(u"open"_s, u"Open"_s) > score(u"open"_s, u"Open Batch…"_s));
}

QTEST_GUILESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzymatch.moc"
