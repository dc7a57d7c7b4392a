#include "models/SourceVersionsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSourceVersionsModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester();
    void showsOneRowPerVersionInOrder_data();
    void showsOneRowPerVersionInOrder();
    void resetsOnSetVersionsAndClear();
    void namesItsColumn();
};

void TestSourceVersionsModel::passesModelTester()
{
    SourceVersionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersions({u"1.0.0"_s, u"1.0.1"_s});
    model.setVersions({u"2.0"_s});
    model.clear();
}

void TestSourceVersionsModel::showsOneRowPerVersionInOrder_data()
{
    QTest::addColumn<QStringList>("versions");
    QTest::newRow("none") << QStringList();
    QTest::newRow("seed") << QStringList {u"1.0.0"_s}; // shared/seeds/000 sample SrcVersions
    QTest::newRow("order-kept") << QStringList {u"2.0.0"_s, u"1.0.0"_s, u"1.5.0"_s};
    QTest::newRow("empty-version") << QStringList {QString(), u"1.0.0"_s};
}

void TestSourceVersionsModel::showsOneRowPerVersionInOrder()
{
    QFETCH(QStringList, versions);
    SourceVersionsModel model;
    model.setVersions(versions);
    QCOMPARE(model.rowCount(), versions.size());
    QCOMPARE(model.versions(), versions);
    for (int row = 0; row < versions.size(); ++row) {
        QCOMPARE(model.index(row).data().toString(), versions.at(row));
        QVERIFY(!model.index(row).data(Qt::DecorationRole).isValid());
    }
    QVERIFY(!model.index(int(versions.size())).isValid());
}

void TestSourceVersionsModel::resetsOnSetVersionsAndClear()
{
    SourceVersionsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setVersions({u"1.0.0"_s});
    QCOMPARE(reset.count(), 1);
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestSourceVersionsModel::namesItsColumn()
{
    SourceVersionsModel model;
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Source version"_s);
}

QTEST_GUILESS_MAIN(TestSourceVersionsModel)
#include "tst_sourceversionsmodel.moc"
