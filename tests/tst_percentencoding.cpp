#include "api/PercentEncoding.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPercentEncoding : public QObject
{
    Q_OBJECT
private slots:
    void encodesUnreservedSetOnly_data();
    void encodesUnreservedSetOnly();
    void decodesWhatItEncodes();
    void parsesFormBodiesWithPlusAsSpace();
    void sortsCanonicalQueryInByteOrder();
};

void TestPercentEncoding::encodesUnreservedSetOnly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("space") << u"a b"_s << QByteArrayLiteral("a%20b");
    QTest::newRow("star") << u"*"_s << QByteArrayLiteral("%2A");
    QTest::newRow("tilde") << u"~"_s << QByteArrayLiteral("~");
    QTest::newRow("slash") << u"/"_s << QByteArrayLiteral("%2F");
    QTest::newRow("plus") << u"+"_s << QByteArrayLiteral("%2B");
    QTest::newRow("percent") << u"%"_s << QByteArrayLiteral("%25");
    QTest::newRow("equals-amp") << u"a=b&c"_s << QByteArrayLiteral("a%3Db%26c");
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArrayLiteral("AZaz09-_.~");
    QTest::newRow("sub-delims") << u"!'()"_s << QByteArrayLiteral("%21%27%28%29");
    QTest::newRow("cjk") << u"中文"_s << QByteArrayLiteral("%E4%B8%AD%E6%96%87");
    QTest::newRow("japanese") << u"更新"_s << QByteArrayLiteral("%E6%9B%B4%E6%96%B0");
    QTest::newRow("emoji-4-byte") << u"\U0001F680"_s << QByteArrayLiteral("%F0%9F%9A%80");
    QTest::newRow("empty") << QString() << QByteArray();
    // aliyun-openapi-java-sdk core/src/test/java/com/aliyuncs/auth/AcsURLEncoderTest.java
    QTest::newRow("java-sdk-acsurlencoder")
            << u"123abc!@#$%^&*()-=_+ ~|\\/"_s
            << QByteArrayLiteral("123abc%21%40%23%24%25%5E%26%2A%28%29-%3D_%2B%20~%7C%5C%2F");
}

void TestPercentEncoding::encodesUnreservedSetOnly()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(PercentEncoding::encode(input), expected);
}

void TestPercentEncoding::decodesWhatItEncodes()
{
    const QString text = u"JobId=Hv*0200 & 中文 ~+%/"_s;
    QCOMPARE(PercentEncoding::decode(PercentEncoding::encode(text)), text);
    QCOMPARE(PercentEncoding::decode("a+b"), u"a+b"_s);
    QCOMPARE(PercentEncoding::decode("a+b", true), u"a b"_s);
    QCOMPARE(PercentEncoding::decode("100%"), u"100%"_s); // a stray '%' stays as it is
    QCOMPARE(PercentEncoding::decode("%zz"), u"%zz"_s);
}

void TestPercentEncoding::parsesFormBodiesWithPlusAsSpace()
{
    const QueryPairs pairs
            = PercentEncoding::parseQuery("Action=QueryOTAJob&Name=a+b%2Bc&Empty=&Flag&&", true);
    QCOMPARE(pairs.size(), 4);
    QCOMPARE(pairs[0], std::make_pair(u"Action"_s, u"QueryOTAJob"_s));
    QCOMPARE(pairs[1], std::make_pair(u"Name"_s, u"a b+c"_s));
    QCOMPARE(pairs[2], std::make_pair(u"Empty"_s, QString()));
    QCOMPARE(pairs[3], std::make_pair(u"Flag"_s, QString()));
}

void TestPercentEncoding::sortsCanonicalQueryInByteOrder()
{
    const QueryPairs pairs = {{u"b"_s, u"2"_s}, {u"B"_s, u"1"_s}, {u"a"_s, u"x y"_s}, {u"A"_s, u"*"_s}};
    // Uppercase sorts before lowercase, as in byte order.
    QCOMPARE(PercentEncoding::canonicalQuery(pairs), QByteArrayLiteral("A=%2A&B=1&a=x%20y&b=2"));
}

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "tst_percentencoding.moc"
