#include "util/ListOutput.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestListOutput : public QObject
{
    Q_OBJECT
private slots:
    void quotesCsvFieldsPerRfc4180_data();
    void quotesCsvFieldsPerRfc4180();
    void writesTimesInTheApiFormat();
    void leavesOutEmptyFields();
    void indentsJsonLikeQuery();
    void countsWideCharactersAsTwoColumns();
};

void TestListOutput::quotesCsvFieldsPerRfc4180_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("record");
    QTest::newRow("plain") << QStringList {u"a"_s, u"b c"_s, u""_s} << u"a,b c,\r\n"_s;
    QTest::newRow("comma") << QStringList {u"Download failed, retrying"_s, u"x"_s}
                           << u"\"Download failed, retrying\",x\r\n"_s;
    QTest::newRow("quote") << QStringList {u"say \"hi\""_s} << u"\"say \"\"hi\"\"\"\r\n"_s;
    QTest::newRow("newline") << QStringList {u"line 1\nline 2"_s, u"cr\r"_s}
                             << u"\"line 1\nline 2\",\"cr\r\"\r\n"_s;
    QTest::newRow("utf8") << QStringList {u"设备-01"_s, u"デバイス"_s} << u"设备-01,デバイス\r\n"_s;
}

void TestListOutput::quotesCsvFieldsPerRfc4180()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, record);
    QCOMPARE(ListOutput::csvRecord(fields), record);
}

void TestListOutput::writesTimesInTheApiFormat()
{
    const QDateTime utc(QDate(2019, 12, 28), QTime(2, 43, 10, 7), Qt::UTC);
    QCOMPARE(ListOutput::apiTime(utc), u"2019-12-28T02:43:10.007Z"_s);
    const QDateTime tokyo(QDate(2019, 12, 28), QTime(11, 43, 10), QTimeZone("Asia/Tokyo"));
    QCOMPARE(ListOutput::apiTime(tokyo), u"2019-12-28T02:43:10.000Z"_s);
    QCOMPARE(ListOutput::apiTime(QDateTime()), QString());
}

void TestListOutput::leavesOutEmptyFields()
{
    QJsonObject object;
    ListOutput::insertIfSet(object, u"TaskDesc"_s, QString());
    ListOutput::insertIfSet(object, u"TaskId"_s, u"t1"_s);
    QCOMPARE(object, (QJsonObject {{u"TaskId"_s, u"t1"_s}}));
}

void TestListOutput::indentsJsonLikeQuery()
{
    const QJsonArray array {QJsonObject {{u"b"_s, u"2"_s}, {u"a"_s, u"x,\"y\""_s}}};
    const QByteArray json = ListOutput::jsonArray(array);
    QCOMPARE(json, QByteArray("[\n\t{\n\t\t\"a\": \"x,\\\"y\\\"\",\n\t\t\"b\": \"2\"\n\t}\n]\n"));
    QCOMPARE(QJsonDocument::fromJson(json).array(), array);
    QCOMPARE(ListOutput::jsonArray({}), QByteArray("[]\n"));
}

void TestListOutput::countsWideCharactersAsTwoColumns()
{
    QCOMPARE(ListOutput::displayWidth(u"abc 1.0"_s), 7);
    QCOMPARE(ListOutput::displayWidth(u"実行中"_s), 6);
    QCOMPARE(ListOutput::displayWidth(u"升级成功 ok"_s), 11);
    QCOMPARE(ListOutput::displayWidth(u"ＡＢ"_s), 4); // full-width Latin
    QCOMPARE(ListOutput::displayWidth(QString()), 0);
}

QTEST_GUILESS_MAIN(TestListOutput)
#include "tst_listoutput.moc"
