#include "util/JsonFormatter.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonFormatter : public QObject
{
    Q_OBJECT
private slots:
    void sortsKeysAndIndentsWithTabs();
    void keepsNumberLiteralsVerbatim();
    void keepsNonAsciiAndEscapesControlCharacters();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void keepsTheSeedSampleEquivalent();
};

void TestJsonFormatter::sortsKeysAndIndentsWithTabs()
{
    const auto out = JsonFormatter::sortedIndented(R"({"b":1,"a":{"d":[1,2],"c":{}},"e":[]})");
    QVERIFY(out);
    QCOMPARE(*out,
             QByteArray("{\n\t\"a\": {\n\t\t\"c\": {},\n\t\t\"d\": [\n\t\t\t1,\n\t\t\t2\n\t\t]\n\t},\n"
                        "\t\"b\": 1,\n\t\"e\": []\n}"));
}

void TestJsonFormatter::keepsNumberLiteralsVerbatim()
{
    const auto out
            = JsonFormatter::sortedIndented(R"({"big":12345678901234567890,"f":1.50,"e":-2E+3,"z":0})");
    QVERIFY(out);
    QVERIFY(out->contains("\"big\": 12345678901234567890"));
    QVERIFY(out->contains("\"f\": 1.50"));
    QVERIFY(out->contains("\"e\": -2E+3"));
}

void TestJsonFormatter::keepsNonAsciiAndEscapesControlCharacters()
{
    const auto out = JsonFormatter::sortedIndented(u"{\"k\":\"中文 <&> \\u0001\\n\\\"\\/\"}"_s.toUtf8());
    QVERIFY(out);
    QCOMPARE(QString::fromUtf8(*out), u"{\n\t\"k\": \"中文 <&> \\u0001\\n\\\"/\"\n}"_s);
}

void TestJsonFormatter::rejectsInvalidJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"Data":{"JobId":"x")");
    QTest::newRow("trailing") << QByteArray("{} {}");
    QTest::newRow("bad-number") << QByteArray("[01]");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    QTest::newRow("raw-newline-in-string") << QByteArray("[\"a\nb\"]");
    QTest::newRow("too-deep") << QByteArray(1000, '[');
}

void TestJsonFormatter::rejectsInvalidJson()
{
    QFETCH(QByteArray, input);
    QString error;
    QVERIFY(!JsonFormatter::sortedIndented(input, &error));
    QVERIFY(error.startsWith(u"Invalid JSON at byte"));
}

void TestJsonFormatter::keepsTheSeedSampleEquivalent()
{
    QFile file(QStringLiteral(OTA_SIM_FIXTURES "/seed_queryotajob.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    const auto out = JsonFormatter::sortedIndented(body);
    QVERIFY(out);
    QCOMPARE(QJsonDocument::fromJson(*out), QJsonDocument::fromJson(body));
    QVERIFY(out->startsWith("{\n\t\"Data\": {\n\t\t\"DestVersion\": \"1.0.1\",\n"));
}

QTEST_GUILESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"
