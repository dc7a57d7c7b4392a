#include "BracketTranslator.h"
#include "DiscoveryPanel.h"
#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "models/DiscoveryTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using Kind = DiscoveryTreeModel::NodeKind;
} // namespace

// The Discovery panel against the simulated gateway on loopback: products → firmware → batches as the user
// expands, scrolls, filters and opens them, on a manual clock.
class TestDiscoveryPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void expandsProductFirmwareAndBatches();
    void offersTheLoadedBatchesOfAFirmwareForTheTimeline();
    void scrollingLoadsEveryBatchOfAFirmware();
    void filterNarrowsTheTreeCaseInsensitively();
    void doubleClickOnABatchOpensIt();
    void watchButtonAsksToWatchTheSelectedBatch();
    void showsAFailedPageAndKeepsTheLoadedRows();

    void followsTheLanguage();

private:
    RpcConfig config() const { return m_net->config(); }
    // Moves the clock, letting each request come back, until done() (at most a minute of clock time).
    bool runUntil(const std::function<bool()> &done) { return m_net->time.runUntil(done, 60000); }
    // The proxy row under parent whose IdRole is id, or an invalid index.
    QModelIndex childWithId(const QModelIndex &parent, const QString &id) const;
    // Expands a row with the keyboard (Right) and waits until its first page is there.
    bool expandAndWait(const QModelIndex &proxyIndex);
    int visibleRows(const QModelIndex &parent) const { return m_panel->proxyModel()->rowCount(parent); }

    std::unique_ptr<SchedulerOnSimulator> m_net;
    OtaSimulator *m_sim = nullptr;
    std::unique_ptr<DiscoveryPanel> m_panel;
};

void TestDiscoveryPanel::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_sim = &m_net->sim;
    m_panel = std::make_unique<DiscoveryPanel>(m_net->scheduler.get());
    m_panel->resize(520, 420);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(m_panel->findChild<QLabel *>(u"infoLabel"_s)->isVisible()); // no account yet
    m_panel->setConfig(config());
    QVERIFY(!m_panel->findChild<QLabel *>(u"infoLabel"_s)->isVisible());
    // The view asks for the product list by itself.
    QVERIFY(runUntil([&] {
        return m_panel->treeModel()->loadedCount(QModelIndex()) == int(m_sim->fleet().products().size());
    }));
    QCOMPARE(m_panel->treeModel()->loadedCount(QModelIndex()), int(m_sim->fleet().products().size()));
}

void TestDiscoveryPanel::cleanup()
{
    m_panel.reset();
    m_net.reset();
}

QModelIndex TestDiscoveryPanel::childWithId(const QModelIndex &parent, const QString &id) const
{
    const QAbstractItemModel *proxy = m_panel->proxyModel();
    for (int row = 0; row < proxy->rowCount(parent); ++row) {
        const QModelIndex child = proxy->index(row, 0, parent);
        if (child.data(DiscoveryTreeModel::IdRole).toString() == id)
            return child;
    }
    return QModelIndex();
}

bool TestDiscoveryPanel::expandAndWait(const QModelIndex &proxyIndex)
{
    QTreeView *view = m_panel->view();
    view->setFocus();
    view->setCurrentIndex(proxyIndex);
    QTest::keyClick(view, Qt::Key_Right);
    if (!view->isExpanded(proxyIndex))
        return false;
    const QModelIndex source = m_panel->proxyModel()->mapToSource(proxyIndex);
    DiscoveryTreeModel *model = m_panel->treeModel();
    // A page arrived or failed.
    return runUntil(
            [&] { return !model->isLoading(source) && (model->totalAt(source) || model->errorAt(source)); });
}

void TestDiscoveryPanel::expandsProductFirmwareAndBatches()
{
    const QModelIndex product = childWithId(QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(product.isValid());
    QCOMPARE(product.data().toString(), u"smart-plug-p1"_s);
    QVERIFY(expandAndWait(product));
    const int firmwareCount = int(m_sim->fleet().firmwareList(SimFleet::multiFirmwareProductKey()).size());
    QCOMPARE(visibleRows(product), firmwareCount);

    const QModelIndex firmware = childWithId(product, SimFleet::manyJobsFirmwareId());
    QVERIFY(firmware.isValid());
    QCOMPARE(firmware.siblingAtColumn(DiscoveryTreeModel::Details).data().toString(), u"1.2.0"_s);
    QVERIFY(expandAndWait(firmware));
    // The first page of batches and the row that loads more.
    QCOMPARE(visibleRows(firmware), DiscoveryTreeModel::kBatchPageSize + 1);
    const QModelIndex first = m_panel->proxyModel()->index(0, 0, firmware);
    QCOMPARE(first.data(DiscoveryTreeModel::NodeKindRole).toInt(), int(Kind::Batch));
    QCOMPARE(first.data().toString(),
             m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId()).first());
    const QModelIndex more = m_panel->proxyModel()->index(DiscoveryTreeModel::kBatchPageSize, 0, firmware);
    QCOMPARE(more.data(DiscoveryTreeModel::NodeKindRole).toInt(), int(Kind::More));
}

void TestDiscoveryPanel::offersTheLoadedBatchesOfAFirmwareForTheTimeline()
{
    const QModelIndex product = childWithId(QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(expandAndWait(product));
    const QModelIndex firmware = childWithId(product, SimFleet::manyJobsFirmwareId());
    QVERIFY(expandAndWait(firmware));
    const QModelIndex source = m_panel->proxyModel()->mapToSource(firmware);
    // The first page only (not the "load more" row), in the tree's order, with their times.
    const QList<JobSummary> batches = m_panel->loadedBatchesUnder(source);
    QCOMPARE(batches.size(), DiscoveryTreeModel::kBatchPageSize);
    const QStringList ids = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId());
    for (int i = 0; i < batches.size(); ++i)
        QCOMPARE(batches[i].jobId, ids[i]);
    QVERIFY(std::any_of(batches.cbegin(), batches.cend(),
                        [](const JobSummary &b) { return b.utcStartTime.isValid(); }));
    // The product: the loaded batches of each of its loaded firmware (here the one expanded).
    QCOMPARE(m_panel->loadedBatchesUnder(m_panel->proxyModel()->mapToSource(product)).size(), batches.size());
}

void TestDiscoveryPanel::scrollingLoadsEveryBatchOfAFirmware()
{
    const QModelIndex product = childWithId(QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(expandAndWait(product));
    const QPersistentModelIndex firmware = childWithId(product, SimFleet::manyJobsFirmwareId());
    QVERIFY(expandAndWait(firmware));
    const QModelIndex source = m_panel->proxyModel()->mapToSource(firmware);
    QCOMPARE(m_panel->treeModel()->loadedCount(source), DiscoveryTreeModel::kBatchPageSize);

    // The user scrolls down a page at a time; once "Load more" comes into sight the rest is read.
    QScrollBar *bar = m_panel->view()->verticalScrollBar();
    for (int step = 0; step < 200 && m_panel->treeModel()->loadedCount(source) < SimFleet::kManyJobsCount;
         ++step) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        QVERIFY(m_net->time.advance(100)); // the view lays out and asks for what came into sight
    }
    QVERIFY(runUntil([&] { return m_panel->treeModel()->loadedCount(source) == SimFleet::kManyJobsCount; }));
    QCOMPARE(m_panel->treeModel()->loadedCount(source), SimFleet::kManyJobsCount);
    QVERIFY(runUntil([&] { return visibleRows(firmware) == SimFleet::kManyJobsCount; }));
    QCOMPARE(visibleRows(firmware), SimFleet::kManyJobsCount); // no status row: complete
    QVERIFY(!m_panel->treeModel()->canFetchMore(source));
    const QStringList expected = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId());
    QCOMPARE(m_panel->proxyModel()->index(SimFleet::kManyJobsCount - 1, 0, firmware).data().toString(),
             expected.last());
}

void TestDiscoveryPanel::filterNarrowsTheTreeCaseInsensitively()
{
    const QModelIndex product = childWithId(QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(expandAndWait(product));
    const int products = visibleRows(QModelIndex());
    QVERIFY(products > 1);

    auto *filter = m_panel->findChild<QLineEdit *>(u"filterEdit"_s);
    QVERIFY(!filter->placeholderText().isEmpty());
    QTest::keyClicks(filter, u"SMART-PLUG-1.2.1"_s);
    QCOMPARE(visibleRows(QModelIndex()), 1); // the product whose firmware matches
    const QModelIndex shownProduct = m_panel->proxyModel()->index(0, 0);
    QCOMPARE(shownProduct.data(DiscoveryTreeModel::IdRole).toString(), SimFleet::multiFirmwareProductKey());
    QCOMPARE(visibleRows(shownProduct), 1);
    QCOMPARE(m_panel->proxyModel()->index(0, 0, shownProduct).data().toString(), u"smart-plug-1.2.1"_s);

    // A matching product keeps all its children.
    filter->clear();
    QTest::keyClicks(filter, u"Plug-P1"_s);
    QCOMPARE(visibleRows(QModelIndex()), 1);
    QCOMPARE(visibleRows(m_panel->proxyModel()->index(0, 0)),
             int(m_sim->fleet().firmwareList(SimFleet::multiFirmwareProductKey()).size()));

    filter->clear();
    QCOMPARE(visibleRows(QModelIndex()), products);
}

void TestDiscoveryPanel::doubleClickOnABatchOpensIt()
{
    QSignalSpy revealed(m_panel.get(), &DiscoveryPanel::revealed);
    m_panel->expandTo(SimFleet::multiFirmwareProductKey(), SimFleet::manyJobsFirmwareId());
    QVERIFY(runUntil([&] { return revealed.size() == 1; }));
    const QModelIndex product = childWithId(QModelIndex(), SimFleet::multiFirmwareProductKey());
    const QModelIndex firmware = childWithId(product, SimFleet::manyJobsFirmwareId());
    QTreeView *view = m_panel->view();
    QVERIFY(view->isExpanded(product) && view->isExpanded(firmware));

    const QModelIndex batch = m_panel->proxyModel()->index(2, 0, firmware);
    const QString jobId = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId()).at(2);
    QCOMPARE(batch.data().toString(), jobId);
    view->scrollTo(batch);
    QSignalSpy open(m_panel.get(), &DiscoveryPanel::openBatch);
    const QPoint center = view->visualRect(batch).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), jobId);

    // The Open button does the same for the selected batch; it is off for a firmware row.
    auto *openButton = m_panel->findChild<QPushButton *>(u"openButton"_s);
    QVERIFY(openButton->isEnabled());
    QTest::mouseClick(openButton, Qt::LeftButton);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).toString(), jobId);
    view->setCurrentIndex(firmware);
    QVERIFY(!openButton->isEnabled());
}

void TestDiscoveryPanel::watchButtonAsksToWatchTheSelectedBatch()
{
    QSignalSpy revealed(m_panel.get(), &DiscoveryPanel::revealed);
    m_panel->expandTo(SimFleet::multiFirmwareProductKey(), SimFleet::manyJobsFirmwareId());
    QVERIFY(runUntil([&] { return revealed.size() == 1; }));
    const QModelIndex firmware = childWithId(childWithId(QModelIndex(), SimFleet::multiFirmwareProductKey()),
                                             SimFleet::manyJobsFirmwareId());
    const QModelIndex batch = m_panel->proxyModel()->index(0, 0, firmware);
    m_panel->view()->setCurrentIndex(batch);
    QSignalSpy watch(m_panel.get(), &DiscoveryPanel::watchBatch);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"watchButton"_s), Qt::LeftButton);
    QCOMPARE(watch.size(), 1);
    QCOMPARE(watch.at(0).at(0).toString(), batch.data().toString());
}

void TestDiscoveryPanel::showsAFailedPageAndKeepsTheLoadedRows()
{
    auto *error = m_panel->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(!error->isVisible());
    const int products = visibleRows(QModelIndex());
    const QModelIndex product = childWithId(QModelIndex(), SimFleet::multiFirmwareProductKey());

    m_sim->setFault(OtaSimulator::Fault::TruncatedJson);
    QVERIFY(expandAndWait(product));
    QVERIFY(error->isVisible());
    const std::optional<ApiError> failure
            = m_panel->treeModel()->errorAt(m_panel->proxyModel()->mapToSource(product));
    QVERIFY(failure);
    QVERIFY(error->text().contains(failure->title().toHtmlEscaped()));
    QVERIFY(error->text().contains(failure->localizedMessage().toHtmlEscaped()));
    QCOMPARE(visibleRows(QModelIndex()), products); // what was loaded stays
    QCOMPARE(visibleRows(product), 1); // the error row
    QCOMPARE(m_panel->proxyModel()->index(0, 0, product).data(DiscoveryTreeModel::NodeKindRole).toInt(),
             int(Kind::Error));

    // Activating the error row asks again (once the model's pause is over); success hides the message.
    m_sim->setFault(OtaSimulator::Fault::None);
    QVERIFY(m_net->time.advance(DiscoveryTreeModel::kRetryPauseMs));
    QTreeView *view = m_panel->view();
    view->setFocus();
    view->setCurrentIndex(m_panel->proxyModel()->index(0, 0, product));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(runUntil([&] {
        return visibleRows(product)
                == int(m_sim->fleet().firmwareList(SimFleet::multiFirmwareProductKey()).size());
    }));
    QCOMPARE(visibleRows(product),
             int(m_sim->fleet().firmwareList(SimFleet::multiFirmwareProductKey()).size()));
    QVERIFY(!error->isVisible());
}

void TestDiscoveryPanel::followsTheLanguage()
{
    auto *filter = m_panel->findChild<QLineEdit *>(u"filterEdit"_s);
    auto *reload = m_panel->findChild<QPushButton *>(u"reloadButton"_s);
    const QString placeholder = filter->placeholderText();
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QVERIFY(runUntil([&] { return reload->text() == u"[Re&load]"_s; }));
    QCOMPARE(reload->text(), u"[Re&load]"_s);
    QCOMPARE(filter->placeholderText(), u"[%1]"_s.arg(placeholder));
    QCOMPARE(m_panel->proxyModel()->headerData(0, Qt::Horizontal).toString(), u"[Name]"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(runUntil([&] { return reload->text() == u"Re&load"_s; }));
    QCOMPARE(reload->text(), u"Re&load"_s);
}

QTEST_MAIN(TestDiscoveryPanel)
#include "tst_discoverypanel.moc"
