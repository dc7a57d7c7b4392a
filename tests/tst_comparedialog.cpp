#include "BatchProgressView.h"
#include "BracketTranslator.h"
#include "CompareDialog.h"
#include "JobDetailView.h"
#include "LintBadgeBar.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "WindowOnSimulator.h"
#include "models/BatchCompareModel.h"
#include "ota/JobField.h"
#include "ota/OtaEnums.h"
#include "services/BatchQuery.h"
#include "state/BatchStore.h"

#include <QAction>
#include <QCheckBox>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The oracle: which QueryOTAJob fields differ between two of the simulator's Data objects, read straight
// from its JSON (presence first; SrcVersions and Tags as sets; everything else as the JSON value).
int jsonDifferences(const QJsonObject &a, const QJsonObject &b)
{
    const auto versions = [](const QJsonValue &value) {
        QSet<QString> set;
        const QJsonArray items = value.toObject().value(u"SrcVersion"_s).toArray();
        for (const QJsonValue &item : items)
            set.insert(item.toString());
        return set;
    };
    const auto tags = [](const QJsonValue &value) {
        QSet<QString> set;
        const QJsonArray items = value.toObject().value(u"OtaTagDTO"_s).toArray();
        for (const QJsonValue &item : items)
            set.insert(item[u"Key"_s].toString() + u'\x1f' + item[u"Value"_s].toString());
        return set;
    };
    int count = 0;
    for (const JobField field : allJobFields()) {
        const QString key = jobFieldKey(field);
        if (a.contains(key) != b.contains(key)) {
            ++count;
        } else if (a.contains(key)) {
            if (field == JobField::SrcVersions)
                count += versions(a.value(key)) != versions(b.value(key)) ? 1 : 0;
            else if (field == JobField::Tags)
                count += tags(a.value(key)) != tags(b.value(key)) ? 1 : 0;
            else
                count += a.value(key) != b.value(key) ? 1 : 0;
        }
    }
    return count;
}

} // namespace

// The compare window against the simulated gateway on loopback: two batches read through the shared
// scheduler.
class TestCompareDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void comparesTwoFixtureBatches();
    void showsOnlyDifferencesWhenAsked();
    void findsNothingBetweenABatchAndItself();
    void keepsThePreviousComparisonWhenABatchCannotBeRead();
    void asksForBothJobIdsAndAUsableConnection();
    void followsTheLanguage();

    void mainWindowOpensItWithTheShownBatch();
    void mainWindowLintsTheBatchWithTheDevicesTabsFacts();

private:
    bool compare(const QString &left, const QString &right);
    RpcConfig config() const { return m_net->config(); }
    // The clock of the simulator in use (the dialog's, or a window's) moves until done().
    bool runUntil(const std::function<bool()> &done) { return m_time->runUntil(done, 120000); }
    bool waitFor(const QSignalSpy &spy)
    {
        const qsizetype before = spy.size();
        return runUntil([&] { return spy.size() > before; });
    }

    std::unique_ptr<SchedulerOnSimulator> m_net;
    OtaSimulator *m_sim = nullptr;
    std::unique_ptr<BatchStore> m_store;
    std::unique_ptr<BatchQuery> m_query;
    TimeDriver *m_time = nullptr;
    std::unique_ptr<CompareDialog> m_dialog;
    bool m_usable = true;
};

void TestCompareDialog::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_sim = &m_net->sim;
    m_time = &m_net->time;
    m_store = std::make_unique<BatchStore>();
    m_query = std::make_unique<BatchQuery>(m_net->scheduler.get(), m_store.get());
    m_usable = true;
    m_dialog = std::make_unique<CompareDialog>(m_query.get(), [this]() -> std::optional<Account> {
        if (!m_usable)
            return std::nullopt;
        return Account {u"demo"_s, config(), {}, false};
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCompareDialog::cleanup()
{
    m_dialog.reset();
    m_query.reset();
    m_store.reset();
    m_net.reset();
}

// Types the JobIds as the user does, clicks Compare and waits for the answer; true when both were read.
bool TestCompareDialog::compare(const QString &left, const QString &right)
{
    auto *leftEdit = m_dialog->findChild<QLineEdit *>(u"leftEdit"_s);
    auto *rightEdit = m_dialog->findChild<QLineEdit *>(u"rightEdit"_s);
    auto *button = m_dialog->findChild<QPushButton *>(u"compareButton"_s);
    if (!leftEdit || !rightEdit || !button)
        return false;
    leftEdit->clear();
    QTest::keyClicks(leftEdit, left);
    rightEdit->clear();
    QTest::keyClicks(rightEdit, right);
    QSignalSpy finished(m_dialog.get(), &CompareDialog::compareFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!waitFor(finished))
        return false;
    return finished.first().first().toBool();
}

void TestCompareDialog::comparesTwoFixtureBatches()
{
    const QStringList ids = m_sim->jobIds();
    const QString seed = ids.at(0);
    const QString gray = ids.at(1);
    const int accepted = m_sim->acceptedCount();
    QVERIFY(compare(seed, gray));
    QCOMPARE(m_sim->acceptedCount(), accepted + 2); // both through the scheduler, to the gateway

    const int expected = jsonDifferences(*m_sim->fleet().job(seed), *m_sim->fleet().job(gray));
    QVERIFY(expected > 5);
    BatchCompareModel *model = m_dialog->model();
    QCOMPARE(model->differenceCount(), expected);
    QVERIFY(model->differentFields().contains(JobField::TargetSelection));
    QVERIFY(!model->differentFields().contains(JobField::DownloadProtocol)); // HTTPS on both
    QVERIFY2(m_dialog->summaryText().startsWith(u"%1 of %2 field"_s.arg(expected).arg(kJobFieldCount)),
             qPrintable(m_dialog->summaryText()));
    QVERIFY(m_dialog->problemText().isEmpty());

    // What the table shows: every field, differences bold on a coloured ground in both value columns.
    QTableView *table = m_dialog->view();
    QAbstractItemModel *shown = table->model();
    QCOMPARE(shown->rowCount(), kJobFieldCount);
    const int scope = int(JobField::TargetSelection);
    for (const int column : {int(BatchCompareModel::Left), int(BatchCompareModel::Right)}) {
        const QModelIndex index = shown->index(scope, column);
        QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(index.data(Qt::BackgroundRole).isValid());
    }
    const QModelIndex same = shown->index(int(JobField::DownloadProtocol), BatchCompareModel::Left);
    QVERIFY(!same.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!same.data(Qt::BackgroundRole).isValid());
    // Values read as on the batch form.
    QCOMPARE(shown->index(scope, BatchCompareModel::Left).data().toString(),
             enumLabel(JobField::TargetSelection, u"SPECIFIC"_s));
    QCOMPARE(shown->index(scope, BatchCompareModel::Right).data().toString(),
             enumLabel(JobField::TargetSelection, u"GRAY"_s));
    // GrayPercent: only the gray batch has it; the seed's side reads "Not returned", in grey italics.
    const QModelIndex absent = shown->index(int(JobField::GrayPercent), BatchCompareModel::Left);
    QCOMPARE(absent.data().toString(), u"Not returned"_s);
    QVERIFY(absent.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(absent.data(Qt::ForegroundRole).isValid());
    QCOMPARE(shown->headerData(BatchCompareModel::Left, Qt::Horizontal).toString(),
             u"firmware2 (%1)"_s.arg(seed));
    QVERIFY(shown->headerData(BatchCompareModel::Right, Qt::Horizontal).toString().contains(gray));
}

void TestCompareDialog::showsOnlyDifferencesWhenAsked()
{
    const QStringList ids = m_sim->jobIds();
    QVERIFY(compare(ids.at(1), ids.at(2)));
    const int differences = m_dialog->model()->differenceCount();
    QVERIFY(differences > 0 && differences < kJobFieldCount);
    auto *only = m_dialog->findChild<QCheckBox *>(u"onlyDifferencesCheck"_s);
    QVERIFY(only);
    QTest::mouseClick(only, Qt::LeftButton);
    QVERIFY(only->isChecked());
    QCOMPARE(m_dialog->view()->model()->rowCount(), differences);
    for (int row = 0; row < differences; ++row)
        QVERIFY(m_dialog->view()->model()->index(row, 0).data(BatchCompareModel::DifferentRole).toBool());
    QTest::mouseClick(only, Qt::LeftButton);
    QCOMPARE(m_dialog->view()->model()->rowCount(), kJobFieldCount);
}

void TestCompareDialog::findsNothingBetweenABatchAndItself()
{
    const QString gray = m_sim->jobIds().at(1);
    QVERIFY(compare(gray, gray));
    QCOMPARE(m_dialog->model()->differenceCount(), 0);
    QVERIFY2(m_dialog->summaryText().startsWith(u"0 of %1 field"_s.arg(kJobFieldCount)),
             qPrintable(m_dialog->summaryText()));
}

void TestCompareDialog::keepsThePreviousComparisonWhenABatchCannotBeRead()
{
    const QStringList ids = m_sim->jobIds();
    QVERIFY(compare(ids.at(0), ids.at(1)));
    const int differences = m_dialog->model()->differenceCount();
    const QString summary = m_dialog->summaryText();
    const QString header
            = m_dialog->view()->model()->headerData(BatchCompareModel::Right, Qt::Horizontal).toString();

    const QString missing = u"HvKuBpuk3rdk6E92CPnone0200"_s;
    QVERIFY(!compare(ids.at(0), missing));
    const QString problem = m_dialog->problemText();
    QVERIFY2(problem.contains(u"Batch %1 could not be read"_s.arg(missing)), qPrintable(problem));
    QVERIFY2(problem.contains(u"The specified update batch does not exist."_s), qPrintable(problem));
    QVERIFY2(!problem.contains(ids.at(0)), qPrintable(problem)); // the left one was read
    QVERIFY(m_dialog->findChild<QLabel *>(u"problemLabel"_s)->isVisible());
    // The table still shows the comparison before.
    QCOMPARE(m_dialog->model()->differenceCount(), differences);
    QCOMPARE(m_dialog->summaryText(), summary);
    QCOMPARE(m_dialog->view()->model()->rowCount(), kJobFieldCount);
    QCOMPARE(m_dialog->view()->model()->headerData(BatchCompareModel::Right, Qt::Horizontal).toString(),
             header);
    QCOMPARE(*m_dialog->model()->rightJob()->jobId, ids.at(1));
    QVERIFY(m_dialog->findChild<QPushButton *>(u"compareButton"_s)->isEnabled());

    // A good comparison afterwards clears the problem.
    QVERIFY(compare(ids.at(0), ids.at(2)));
    QVERIFY(m_dialog->problemText().isEmpty());
    QCOMPARE(*m_dialog->model()->rightJob()->jobId, ids.at(2));
}

void TestCompareDialog::asksForBothJobIdsAndAUsableConnection()
{
    const int accepted = m_sim->acceptedCount();
    auto *button = m_dialog->findChild<QPushButton *>(u"compareButton"_s);
    m_dialog->setLeftJobId(m_sim->jobIds().at(0));
    QSignalSpy finished(m_dialog.get(), &CompareDialog::compareFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_dialog->problemText(), u"Enter both batch IDs (JobId) to compare."_s);

    m_dialog->setRightJobId(m_sim->jobIds().at(1));
    m_usable = false;
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(m_dialog->problemText().startsWith(u"The connection is not usable yet"_s),
             qPrintable(m_dialog->problemText()));
    QVERIFY(!m_dialog->model()->hasJobs());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_sim->acceptedCount(), accepted); // nothing was sent

    // Enter in a field compares, too.
    m_usable = true;
    auto *rightEdit = m_dialog->findChild<QLineEdit *>(u"rightEdit"_s);
    rightEdit->setFocus();
    QTest::keyClick(rightEdit, Qt::Key_Return);
    QVERIFY(waitFor(finished));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(m_dialog->problemText().isEmpty());
}

void TestCompareDialog::followsTheLanguage()
{
    const QStringList ids = m_sim->jobIds();
    const QString missing = u"HvKuBpuk3rdk6E92CPnone0200"_s;
    QVERIFY(!compare(ids.at(0), missing));
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QVERIFY(runUntil([&] { return m_dialog->windowTitle() == u"[Compare batches]"_s; }));
    QCOMPARE(m_dialog->windowTitle(), u"[Compare batches]"_s);
    QVERIFY2(m_dialog->problemText().startsWith(u"[Batch %1 could not be read"_s.arg(missing)),
             qPrintable(m_dialog->problemText()));
    QCOMPARE(m_dialog->findChild<QCheckBox *>(u"onlyDifferencesCheck"_s)->text(),
             u"[Show only &differences]"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(runUntil([&] { return m_dialog->windowTitle() == u"Compare batches"_s; }));
    QCOMPARE(m_dialog->windowTitle(), u"Compare batches"_s);
}

// File > Compare with… in the dashboard: the batch on screen goes on the left, read with the window's
// connection.
void TestCompareDialog::mainWindowOpensItWithTheShownBatch()
{
    m_dialog.reset();
    WindowOnSimulator w;
    QVERIFY(w.start());
    m_time = &w.net->time;
    const QStringList ids = w.sim->jobIds();
    QSignalSpy queried(w.window.get(), &MainWindow::queryFinished);
    w.window->setJobId(ids.at(0));
    w.window->query();
    QVERIFY(waitFor(queried));
    QVERIFY(queried.first().first().toBool());

    QAction *action = w.window->compareAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    auto *fileMenu = w.window->menuBar()->findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(fileMenu && fileMenu->actions().contains(action));
    action->trigger();
    auto *dialog = w.window->findChild<CompareDialog *>(u"compareDialog"_s);
    QVERIFY(dialog);
    QVERIFY(runUntil([&] { return dialog->isVisible(); }));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"leftEdit"_s)->text(), ids.at(0));

    // With a JobId for the right, it compares at once.
    QSignalSpy finished(dialog, &CompareDialog::compareFinished);
    QCOMPARE(w.window->openCompare(ids.at(2)), dialog); // the same window again
    QVERIFY(waitFor(finished));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(dialog->model()->differenceCount(),
             jsonDifferences(*w.sim->fleet().job(ids.at(0)), *w.sim->fleet().job(ids.at(2))));
    w.stop();
}

// The form's pills come from the batch just read, and the Devices tab adds its counts and failed versions.
void TestCompareDialog::mainWindowLintsTheBatchWithTheDevicesTabsFacts()
{
    m_dialog.reset();
    WindowOnSimulator w;
    QVERIFY(w.start());
    m_time = &w.net->time;
    QString dynamic;
    for (const QString &id : w.sim->jobIds()) {
        if (w.sim->fleet().job(id)->value(u"SelectionType"_s).toString() == u"DYNAMIC"_s
            && !w.sim->fleet().job(id)->contains(u"UtcScheduleFinishTime"_s))
            dynamic = id;
    }
    QVERIFY(!dynamic.isEmpty());
    QSignalSpy queried(w.window.get(), &MainWindow::queryFinished);
    w.window->setJobId(dynamic);
    w.window->query();
    QVERIFY(waitFor(queried));
    auto *view = w.window->findChild<JobDetailView *>(u"detailView"_s);
    QVERIFY(view);
    QVERIFY(view->lintBar()->isVisible());
    QVERIFY(view->findChild<QAbstractButton *>(u"lintBadge_dynamic-without-end"_s));
    QVERIFY(view->lintInput() && !view->lintInput()->counts);

    w.window->showTab(MainWindow::Tab::Devices);
    BatchProgressView *progress = w.window->batchProgressView();
    QVERIFY(runUntil([&] { return view->lintInput()->counts.has_value(); }));
    QCOMPARE(*view->lintInput()->counts, *progress->counts());
    QVERIFY(runUntil([&] { return view->lintInput()->failedTaskSrcVersions.has_value(); }));
    QCOMPARE(*view->lintInput()->failedTaskSrcVersions, *progress->failedSourceVersions());
    w.stop();
}

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
