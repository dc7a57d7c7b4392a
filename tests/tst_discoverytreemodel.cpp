#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "api/OtaListCalls.h"
#include "models/DiscoveryTreeModel.h"
#include "ota/OtaEnums.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Kind = DiscoveryTreeModel::NodeKind;

// The discovery tree against the simulated gateway over loopback: each page is a real
// ListOTA*/QueryProductList call through the request scheduler, on a manual clock.
class TestDiscoveryTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void walksProductsFirmwareAndBatchesUnderTheTester();
    void showsExpandArrowsBeforeLoading();
    void loadsTheManyBatchesFirmwareInTwoPages();
    void keepsLoadedRowsWhenANextPageFails();
    void reportsAWrongSecretOnTheProductList();
    void filtersRecursivelyThroughAProxy();
    void setConfigResetsAndCancels();
    void retranslateAnnouncesEveryRow();

private:
    RpcConfig config(const Credentials &credentials = OtaSimulator::demoCredentials()) const;
    // Moves the clock, letting each request come back, until done() (at most a minute of clock time).
    bool runUntil(const std::function<bool()> &done) { return m_net->time.runUntil(done, 60000); }
    // fetchMore(parent), then waits for that page to arrive or fail.
    bool loadPage(DiscoveryTreeModel &model, const QModelIndex &parent);
    static QModelIndex childWithId(const QAbstractItemModel &model, const QModelIndex &parent,
                                   const QString &id);
    static Kind kindOf(const QModelIndex &index)
    {
        return Kind(index.data(DiscoveryTreeModel::NodeKindRole).toInt());
    }

    std::unique_ptr<SchedulerOnSimulator> m_net;
    OtaSimulator *m_sim = nullptr;
    RequestScheduler *m_scheduler = nullptr;
    std::unique_ptr<DiscoveryTreeModel> m_model;
};

void TestDiscoveryTreeModel::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_sim = &m_net->sim;
    m_scheduler = m_net->scheduler.get();
    m_model = std::make_unique<DiscoveryTreeModel>(m_scheduler);
}

void TestDiscoveryTreeModel::cleanup()
{
    m_model.reset();
    m_net.reset();
}

RpcConfig TestDiscoveryTreeModel::config(const Credentials &credentials) const
{
    RpcConfig config;
    config.endpoint = m_sim->endpoint();
    config.credentials = credentials;
    return config;
}

bool TestDiscoveryTreeModel::loadPage(DiscoveryTreeModel &model, const QModelIndex &parent)
{
    if (!model.canFetchMore(parent))
        return false;
    const QPersistentModelIndex persistent(parent);
    int loaded = 0;
    QMetaObject::Connection connection
            = connect(&model, &DiscoveryTreeModel::pageLoaded, this,
                      [&](const QModelIndex &which) { loaded += which == persistent ? 1 : 0; });
    model.fetchMore(parent);
    // The last row shows the load while it runs; it comes in just after fetchMore returns.
    QCoreApplication::sendPostedEvents(&model, QEvent::MetaCall);
    const QModelIndex status = model.index(model.rowCount(parent) - 1, 0, parent);
    const bool shown = model.isLoading(parent) && kindOf(status) == Kind::Loading
            && status.data().toString() == u"Loading…"_s;
    const bool done = runUntil([&] { return !model.isLoading(persistent); });
    disconnect(connection);
    return shown && done && loaded == 1;
}

QModelIndex TestDiscoveryTreeModel::childWithId(const QAbstractItemModel &model, const QModelIndex &parent,
                                                const QString &id)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(DiscoveryTreeModel::IdRole).toString() == id)
            return child;
    }
    return QModelIndex();
}

void TestDiscoveryTreeModel::walksProductsFirmwareAndBatchesUnderTheTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setConfig(config());
    // The tester itself fetches every node it can; the test expands the way a user would, all the same.
    m_model->fetchMore(QModelIndex());
    const SimFleet &fleet = m_sim->fleet();
    const QList<QJsonObject> products = fleet.products();
    QVERIFY(runUntil([&] { return m_model->rowCount() == int(products.size()); }));
    QCOMPARE(m_model->rowCount(), int(products.size()));
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(m_model->totalAt(QModelIndex()), qint64(products.size()));

    for (int row = 0; row < products.size(); ++row) {
        const QModelIndex product = m_model->index(row, 0);
        const QString key = products[row].value(u"ProductKey").toString();
        QCOMPARE(kindOf(product), Kind::Product);
        QCOMPARE(product.data(DiscoveryTreeModel::IdRole).toString(), key);
        QCOMPARE(product.data().toString(), products[row].value(u"ProductName").toString());
        QCOMPARE(m_model->productAt(product).productKey, key);
        m_model->fetchMore(product);
    }

    const QModelIndex seedProduct = childWithId(*m_model, QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(seedProduct.isValid());
    const QList<QJsonObject> firmware = fleet.firmwareList(SimFleet::multiFirmwareProductKey());
    QVERIFY(firmware.size() > 3);
    QVERIFY(runUntil([&] { return m_model->rowCount(seedProduct) == int(firmware.size()); }));
    QCOMPARE(m_model->rowCount(seedProduct), int(firmware.size()));
    for (int row = 0; row < firmware.size(); ++row) {
        const QModelIndex child = m_model->index(row, 0, seedProduct);
        QCOMPARE(kindOf(child), Kind::Firmware);
        QCOMPARE(child.data(DiscoveryTreeModel::IdRole).toString(),
                 firmware[row].value(u"FirmwareId").toString());
        QCOMPARE(child.data().toString(), firmware[row].value(u"FirmwareName").toString());
        QCOMPARE(child.parent(), seedProduct);
    }

    const QModelIndex manyJobs = childWithId(*m_model, seedProduct, SimFleet::manyJobsFirmwareId());
    QVERIFY(manyJobs.isValid());
    QCOMPARE(manyJobs.siblingAtColumn(DiscoveryTreeModel::Status).data().toString(), u"Verified"_s);
    QCOMPARE(manyJobs.siblingAtColumn(DiscoveryTreeModel::Details).data().toString(), u"1.2.0"_s);
    m_model->fetchMore(manyJobs);
    QVERIFY(runUntil([&] { return m_model->rowCount(manyJobs) == SimFleet::kManyJobsCount; }));
    QCOMPARE(m_model->rowCount(manyJobs), SimFleet::kManyJobsCount);
    QVERIFY(!m_model->canFetchMore(manyJobs));

    const QStringList jobIds = fleet.jobIdsOfFirmware(SimFleet::manyJobsFirmwareId());
    const QModelIndex firstBatch = m_model->index(0, 0, manyJobs);
    QCOMPARE(kindOf(firstBatch), Kind::Batch);
    QCOMPARE(firstBatch.data().toString(), jobIds.first());
    QCOMPARE(m_model->jobAt(firstBatch).jobId, jobIds.first());
    const QString status = fleet.jobSummary(jobIds.first())->value(u"JobStatus").toString();
    QCOMPARE(firstBatch.data(DiscoveryTreeModel::StatusValueRole).toString(), status);
    QCOMPARE(firstBatch.siblingAtColumn(DiscoveryTreeModel::Status).data().toString(),
             enumLabel(JobField::JobStatus, status));
    QVERIFY(!m_model->hasChildren(firstBatch));
    QVERIFY(firstBatch.data(Qt::ToolTipRole).toString().contains(jobIds.first()));
}

void TestDiscoveryTreeModel::showsExpandArrowsBeforeLoading()
{
    QVERIFY(!m_model->canFetchMore(QModelIndex())); // no account yet
    QVERIFY(!m_model->hasChildren());
    m_model->setConfig(config());
    QVERIFY(m_model->hasChildren());
    QVERIFY(loadPage(*m_model, QModelIndex()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex product = m_model->index(row, 0);
        QVERIFY(m_model->hasChildren(product));
        QCOMPARE(m_model->rowCount(product), 0);
        QVERIFY(m_model->canFetchMore(product));
        QCOMPARE(product.data(DiscoveryTreeModel::LoadingRole).toBool(), false);
        QVERIFY(!product.data(DiscoveryTreeModel::TotalRole).isValid());
    }
    // A product without firmware loses its arrow once its first page says so.
    const QModelIndex empty = childWithId(*m_model, QModelIndex(), u"a1NwPd7Tq2X"_s);
    QVERIFY(empty.isValid());
    QCOMPARE(empty.siblingAtColumn(DiscoveryTreeModel::Details).data().toString(), u"0 device(s)"_s);
    QVERIFY(loadPage(*m_model, empty));
    QCOMPARE(m_model->rowCount(empty), 0);
    QVERIFY(!m_model->hasChildren(empty));
    QVERIFY(!m_model->canFetchMore(empty));
    QCOMPARE(m_model->totalAt(empty), qint64(0));
}

void TestDiscoveryTreeModel::loadsTheManyBatchesFirmwareInTwoPages()
{
    QSignalSpy requests(m_sim, &OtaSimulator::requestHandled);
    m_model->setConfig(config());
    QVERIFY(loadPage(*m_model, QModelIndex()));
    const QModelIndex product = childWithId(*m_model, QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(loadPage(*m_model, product));
    const QModelIndex firmware = childWithId(*m_model, product, SimFleet::manyJobsFirmwareId());
    QVERIFY(firmware.isValid());

    QVERIFY(loadPage(*m_model, firmware));
    QCOMPARE(m_model->loadedCount(firmware), DiscoveryTreeModel::kBatchPageSize);
    QCOMPARE(m_model->totalAt(firmware), qint64(SimFleet::kManyJobsCount));
    QCOMPARE(firmware.data(DiscoveryTreeModel::TotalRole).toLongLong(), qint64(SimFleet::kManyJobsCount));
    QVERIFY(m_model->canFetchMore(firmware));
    // 200 batches and the row that offers the rest.
    QCOMPARE(m_model->rowCount(firmware), DiscoveryTreeModel::kBatchPageSize + 1);
    const QModelIndex more = m_model->index(DiscoveryTreeModel::kBatchPageSize, 0, firmware);
    QCOMPARE(kindOf(more), Kind::More);
    QCOMPARE(more.data().toString(), u"Load more (200 of 250 shown)"_s);
    QVERIFY(!(m_model->flags(more) & Qt::ItemIsSelectable));

    QVERIFY(loadPage(*m_model, firmware));
    QCOMPARE(m_model->rowCount(firmware), SimFleet::kManyJobsCount);
    QCOMPARE(m_model->loadedCount(firmware), SimFleet::kManyJobsCount);
    QVERIFY(!m_model->canFetchMore(firmware));
    QVERIFY(m_model->hasChildren(firmware));
    const QStringList expected = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId());
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(firmware); ++row) {
        const QModelIndex batch = m_model->index(row, 0, firmware);
        QCOMPARE(kindOf(batch), Kind::Batch);
        shown.append(batch.data(DiscoveryTreeModel::IdRole).toString());
    }
    QCOMPARE(shown, expected);

    QStringList batchPages;
    for (const QList<QVariant> &request : std::as_const(requests)) {
        if (request.at(0).toString() == ListOtaJobByFirmware::kAction)
            batchPages.append(request.at(1).toString());
    }
    QCOMPARE(batchPages, QStringList({QString(), QString()})); // two pages, both answered
}

void TestDiscoveryTreeModel::keepsLoadedRowsWhenANextPageFails()
{
    m_model->setConfig(config());
    QVERIFY(loadPage(*m_model, QModelIndex()));
    const QModelIndex product = childWithId(*m_model, QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(loadPage(*m_model, product));
    const QPersistentModelIndex firmware = childWithId(*m_model, product, SimFleet::manyJobsFirmwareId());
    QVERIFY(loadPage(*m_model, firmware));
    const QString firstJob = m_model->index(0, 0, firmware).data().toString();

    QSignalSpy failed(m_model.get(), &DiscoveryTreeModel::loadFailed);
    m_sim->setFault(OtaSimulator::Fault::TruncatedJson);
    m_model->fetchMore(firmware);
    QVERIFY(runUntil([&] { return failed.size() == 1; }));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<QModelIndex>(), QModelIndex(firmware));
    const auto error = failed.at(0).at(1).value<ApiError>();
    QCOMPARE(error.transport, ApiError::Transport::Malformed);

    // The first page stays, the error shows in the row after it and on the firmware.
    QCOMPARE(m_model->loadedCount(firmware), DiscoveryTreeModel::kBatchPageSize);
    QCOMPARE(m_model->index(0, 0, firmware).data().toString(), firstJob);
    QCOMPARE(m_model->rowCount(firmware), DiscoveryTreeModel::kBatchPageSize + 1);
    const QModelIndex errorRow = m_model->index(DiscoveryTreeModel::kBatchPageSize, 0, firmware);
    QCOMPARE(kindOf(errorRow), Kind::Error);
    QVERIFY(errorRow.data().toString().startsWith(u"Could not load: "_s));
    QCOMPARE(errorRow.data(DiscoveryTreeModel::ErrorRole).toString(), error.localizedMessage());
    QCOMPARE(firmware.data(DiscoveryTreeModel::ErrorRole).toString(), error.localizedMessage());
    QVERIFY(m_model->errorAt(firmware).has_value());
    QVERIFY(!m_model->isLoading(firmware));
    // Views do not retry by themselves...
    QVERIFY(!m_model->canFetchMore(firmware));
    QVERIFY(m_model->hasChildren(firmware));

    // ...an explicit fetchMore does, though not within a second of the failure.
    m_sim->setFault(OtaSimulator::Fault::None);
    QSignalSpy loaded(m_model.get(), &DiscoveryTreeModel::pageLoaded);
    m_model->fetchMore(firmware);
    QVERIFY(!m_model->isLoading(firmware));
    QVERIFY(m_net->time.advance(DiscoveryTreeModel::kRetryPauseMs - 1));
    m_model->fetchMore(firmware);
    QVERIFY(!m_model->isLoading(firmware)); // still within the second
    QVERIFY(m_net->time.advance(1));
    m_model->fetchMore(firmware);
    QVERIFY(m_model->isLoading(firmware));
    QCOMPARE(kindOf(errorRow), Kind::Loading); // the same row, now loading
    QVERIFY(runUntil([&] { return loaded.size() == 1; }));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_model->rowCount(firmware), SimFleet::kManyJobsCount);
    QVERIFY(!m_model->errorAt(firmware));
    QVERIFY(!firmware.data(DiscoveryTreeModel::ErrorRole).isValid());
    QCOMPARE(failed.size(), 1);
}

void TestDiscoveryTreeModel::reportsAWrongSecretOnTheProductList()
{
    QSignalSpy failed(m_model.get(), &DiscoveryTreeModel::loadFailed);
    Credentials wrong = OtaSimulator::demoCredentials();
    wrong.accessKeySecret = u"not-the-secret"_s;
    m_model->setConfig(config(wrong));
    m_model->fetchMore(QModelIndex()); // the tester already did; a second call while loading is a no-op
    QVERIFY(runUntil([&] { return failed.size() == 1; }));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).value<QModelIndex>().isValid());
    QCOMPARE(failed.at(0).at(1).value<ApiError>().code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(m_model->errorAt(QModelIndex())->code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(kindOf(m_model->index(0, 0)), Kind::Error);
    QVERIFY(!m_model->index(0, DiscoveryTreeModel::Details).data().toString().isEmpty());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QVERIFY(m_net->time.advance(60000)); // and nothing retries by itself, not even the tester
    QCOMPARE(failed.size(), 1);
}

void TestDiscoveryTreeModel::filtersRecursivelyThroughAProxy()
{
    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The filter is there before anything is loaded: rows that arrive later and match bring their ancestors.
    proxy.setFilterFixedString(u"GATEWAY-FW-2.3.1"_s);
    m_model->setConfig(config());
    QVERIFY(runUntil([&] { return m_model->loadedCount(QModelIndex()) > 0; }));
    QCOMPARE(proxy.rowCount(), 0); // no product name matches
    const QModelIndex gateway = childWithId(*m_model, QModelIndex(), u"a1GwTw8kLpQ"_s);
    QVERIFY(loadPage(*m_model, gateway));
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex proxyGateway = proxy.index(0, 0);
    QCOMPARE(proxyGateway.data(DiscoveryTreeModel::IdRole).toString(), u"a1GwTw8kLpQ"_s);
    QCOMPARE(proxy.rowCount(proxyGateway), 1);
    QCOMPARE(proxy.index(0, 0, proxyGateway).data().toString(), u"gateway-fw-2.3.1"_s);

    // A batch deep in the second page: only its product and firmware stay above it.
    const QString wanted = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId()).at(230);
    proxy.setFilterFixedString(wanted.toLower());
    const QModelIndex product = childWithId(*m_model, QModelIndex(), SimFleet::multiFirmwareProductKey());
    QVERIFY(loadPage(*m_model, product));
    const QModelIndex manyJobs = childWithId(*m_model, product, SimFleet::manyJobsFirmwareId());
    QVERIFY(loadPage(*m_model, manyJobs));
    QCOMPARE(proxy.rowCount(), 0); // the first 200 do not hold it
    // Through the proxy, as a view would.
    proxy.setFilterFixedString(QString());
    const QModelIndex proxyManyJobs = proxy.mapFromSource(manyJobs);
    QVERIFY(proxy.canFetchMore(proxyManyJobs) || m_model->isLoading(manyJobs)); // the tester may be first
    proxy.fetchMore(proxyManyJobs);
    QVERIFY(runUntil([&] { return !m_model->isLoading(manyJobs); }));
    QCOMPARE(m_model->loadedCount(manyJobs), SimFleet::kManyJobsCount);
    proxy.setFilterFixedString(wanted.toLower());
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex proxyProduct = proxy.index(0, 0);
    QCOMPARE(proxyProduct.data(DiscoveryTreeModel::IdRole).toString(), SimFleet::multiFirmwareProductKey());
    QCOMPARE(proxy.rowCount(proxyProduct), 1);
    const QModelIndex proxyFirmware = proxy.index(0, 0, proxyProduct);
    QCOMPARE(proxyFirmware.data(DiscoveryTreeModel::IdRole).toString(), SimFleet::manyJobsFirmwareId());
    QCOMPARE(proxy.rowCount(proxyFirmware), 1);
    QCOMPARE(proxy.index(0, 0, proxyFirmware).data().toString(), wanted);
}

void TestDiscoveryTreeModel::setConfigResetsAndCancels()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_model.get(), &DiscoveryTreeModel::pageLoaded);
    QSignalSpy failed(m_model.get(), &DiscoveryTreeModel::loadFailed);
    const auto productPages = [&] {
        return std::count_if(loaded.cbegin(), loaded.cend(), [](const QList<QVariant> &args) {
            return !args.at(0).value<QModelIndex>().isValid();
        });
    };
    m_model->setConfig(config());
    QCOMPARE(reset.size(), 1);
    QVERIFY(m_model->isLoading(QModelIndex())); // the tester asked for the products
    QCOMPARE(m_scheduler->queuedCount() + m_scheduler->inFlightCount(), 1);

    // Another account while the first page is on its way: nothing of the old one arrives.
    Credentials other = OtaSimulator::demoCredentials();
    other.accessKeySecret = u"another-account"_s;
    m_model->setConfig(config(other));
    QCOMPARE(reset.size(), 2);
    QVERIFY(runUntil([&] { return failed.size() == 1; }));
    QCOMPARE(failed.size(), 1); // the new account's first page (the tester asked again): wrong secret
    QCOMPARE(failed.at(0).at(1).value<ApiError>().code, u"SignatureDoesNotMatch"_s);
    QVERIFY(m_net->time.advance(10000));
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(failed.size(), 1);

    m_model->setConfig(config());
    QCOMPARE(reset.size(), 3);
    QVERIFY(runUntil([&] { return productPages() == 1; }));
    QCOMPARE(productPages(), 1);
    QCOMPARE(m_model->loadedCount(QModelIndex()), int(m_sim->fleet().products().size()));

    // reload() starts over with the same account; the tester is walking the old tree meanwhile.
    QVERIFY(m_scheduler->queuedCount() + m_scheduler->inFlightCount() > 0);
    m_model->reload();
    QCOMPARE(reset.size(), 4);
    QCOMPARE(m_scheduler->queuedCount() + m_scheduler->inFlightCount(), 1); // the new product list only
    QVERIFY(runUntil([&] { return productPages() == 2; }));
    QCOMPARE(productPages(), 2);
    QCOMPARE(m_model->config().credentials.accessKeyId, OtaSimulator::demoCredentials().accessKeyId);

    m_model->clear();
    QVERIFY(!m_model->hasConfig());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(m_scheduler->queuedCount(), 0);
    const qsizetype pages = loaded.size();
    QVERIFY(m_net->time.advance(10000));
    QCOMPARE(loaded.size(), pages);
    QCOMPARE(failed.size(), 1);
}

void TestDiscoveryTreeModel::retranslateAnnouncesEveryRow()
{
    m_model->setConfig(config());
    QVERIFY(loadPage(*m_model, QModelIndex()));
    const QModelIndex product = m_model->index(0, 0);
    QVERIFY(loadPage(*m_model, product));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->retranslate();
    QCOMPARE(header.size(), 1);
    QCOMPARE(changed.size(), 2); // the products and the firmware of the first one
    QCOMPARE(m_model->headerData(DiscoveryTreeModel::Status, Qt::Horizontal).toString(), u"Status"_s);
}

QTEST_GUILESS_MAIN(TestDiscoveryTreeModel)
#include "tst_discoverytreemodel.moc"
