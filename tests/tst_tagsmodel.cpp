#include "models/TagsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<OtaTag>)

class TestTagsModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester();
    void showsOneRowPerTagInOrder_data();
    void showsOneRowPerTagInOrder();
    void resetsOnSetTagsAndClear();
    void namesColumns();
};

void TestTagsModel::passesModelTester()
{
    TagsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTags({{u"key1"_s, u"value1"_s}, {u"key2"_s, u"value2"_s}});
    model.setTags({{u"k"_s, QString()}});
    model.clear();
}

void TestTagsModel::showsOneRowPerTagInOrder_data()
{
    QTest::addColumn<QList<OtaTag>>("tags");
    QTest::newRow("none") << QList<OtaTag>();
    // shared/seeds/000: OtaTagDTO Key "key1", Value "value1"
    QTest::newRow("seed-example") << QList<OtaTag> {{u"key1"_s, u"value1"_s}};
    QTest::newRow("order-kept") << QList<OtaTag> {{u"zone"_s, u"b"_s}, {u"app"_s, u"a"_s}};
    QTest::newRow("empty-and-repeated") << QList<OtaTag> {{u"env"_s, QString()}, {u"env"_s, u"prod"_s}};
    QTest::newRow("non-latin") << QList<OtaTag> {{u"区域"_s, u"华东"_s}, {u"環境"_s, u"本番"_s}};
}

void TestTagsModel::showsOneRowPerTagInOrder()
{
    QFETCH(QList<OtaTag>, tags);
    TagsModel model;
    model.setTags(tags);
    QCOMPARE(model.rowCount(), tags.size());
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.tags(), tags);
    for (int row = 0; row < tags.size(); ++row) {
        QCOMPARE(model.index(row, TagsModel::Key).data().toString(), tags.at(row).key);
        QCOMPARE(model.index(row, TagsModel::Value).data().toString(), tags.at(row).value);
        QCOMPARE(model.index(row, TagsModel::Value).data(Qt::ToolTipRole).toString(), tags.at(row).value);
        QVERIFY(!model.index(row, TagsModel::Key).data(Qt::ForegroundRole).isValid());
    }
    QVERIFY(!model.index(int(tags.size()), 0).isValid());
}

void TestTagsModel::resetsOnSetTagsAndClear()
{
    TagsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTags({{u"key1"_s, u"value1"_s}});
    QCOMPARE(reset.count(), 1);
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestTagsModel::namesColumns()
{
    TagsModel model;
    QCOMPARE(model.headerData(TagsModel::Key, Qt::Horizontal).toString(), u"Key"_s);
    QCOMPARE(model.headerData(TagsModel::Value, Qt::Horizontal).toString(), u"Value"_s);
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
}

QTEST_GUILESS_MAIN(TestTagsModel)
#include "tst_tagsmodel.moc"
