#include "BatchProgressView.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "RecordingProxy.h"
#include "SignOffReportDialog.h"
#include "SimFleet.h"
#include "WindowOnSimulator.h"
#include "api/TaskListing.h"
#include "history/HistoryStore.h"
#include "models/TaskTableModel.h"
#include "ota/TaskStatus.h"
#include "services/TaskRowsRefresh.h"
#include "state/BatchState.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s (is poppler-utils installed?)", qPrintable(path));
    static const QRegularExpression space(u"\\s+"_s);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(space, u" "_s);
}
} // namespace

// File > Export and Edit > Copy as command in the real window against otasim over loopback (through a proxy
// that keeps what the simulator sent).
class TestExports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsWaitForABatch();
    void savesTheRawResponseAsReceived_data();
    void savesTheRawResponseAsReceived();
    void exportsEveryTaskAsCsv();
    void cancelingTheCsvExportWritesNothing();
    void copiesTheCommandsWithoutASecret();
    void savesIntoFoldersItMakes();
    void offersAnotherFileWithoutReadingTheTasksAgain();
    void writesTheSignOffReport_data();
    void writesTheSignOffReport();
    void savesTheReportIntoAMissingDocumentsFolder();
    void keepsTheNotesWhenTheReportCannotBeWritten();

private:
    // The window on the simulator, through the proxy; adjust changes how it starts.
    bool startWindow(const std::function<void(MainWindow::Setup &)> &adjust = {});
    bool query(const QString &jobId);
    bool runUntil(const std::function<bool()> &done) { return m_fixture->runUntil(done); }
    QString smallJobId() const;
    // Triggers the action with the save dialog answered by path; returns (path, error) of exportFinished.
    std::pair<QString, QString> runExport(QAction *action, const QString &path);
    SignOffReportDialog *openReportDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<WindowOnSimulator> m_fixture;
    OtaSimulator *m_sim = nullptr;
    std::unique_ptr<RecordingProxy> m_proxy;
    MainWindow *m_window = nullptr;
    QStringList m_suggested; // what the save dialog was offered
};

void TestExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestExports::init()
{
    m_fixture = std::make_unique<WindowOnSimulator>();
    m_sim = m_fixture->sim;
    m_suggested.clear();
}

void TestExports::cleanup()
{
    m_fixture->stop();
    m_window = nullptr;
    m_proxy.reset();
    m_fixture.reset();
}

bool TestExports::startWindow(const std::function<void(MainWindow::Setup &)> &adjust)
{
    if (!m_fixture->net->listen())
        return false;
    m_proxy = std::make_unique<RecordingProxy>(m_sim->endpoint());
    if (!m_proxy->listen())
        return false;
    m_fixture->setup.endpoint = m_proxy->endpoint();
    if (adjust)
        adjust(m_fixture->setup);
    if (!m_fixture->start())
        return false;
    m_window = m_fixture->window.get();
    m_window->exportActions()->setHistoryPath(m_dir.filePath(u"history.sqlite"_s));
    return true;
}

bool TestExports::query(const QString &jobId)
{
    QSignalSpy finished(m_window, &MainWindow::queryFinished);
    m_window->setJobId(jobId);
    m_window->query();
    return m_fixture->waitFor(finished) && finished.constFirst().constFirst().toBool();
}

QString TestExports::smallJobId() const
{
    const SimFleet &fleet = m_sim->fleet();
    const QStringList jobIds = fleet.generatedJobIds();
    for (const QString &jobId : jobIds) {
        const int total = fleet.taskCount(jobId);
        if (total >= 150 && total <= 600 && fleet.taskCount(jobId, u"FAILED"_s) > 0
            && fleet.taskCount(jobId, u"SUCCEEDED"_s) > 0)
            return jobId;
    }
    return {};
}

std::pair<QString, QString> TestExports::runExport(QAction *action, const QString &path)
{
    ExportActions *exports = m_window->exportActions();
    exports->setFileChooser([this, path](const QString &, const QString &suggested, const QString &filter) {
        m_suggested = {suggested, filter};
        return path;
    });
    QSignalSpy finished(exports, &ExportActions::exportFinished);
    action->trigger();
    if (finished.isEmpty() && !m_fixture->waitFor(finished))
        return {u"(no answer)"_s, u"(no answer)"_s};
    return {finished.constFirst().at(0).toString(), finished.constFirst().at(1).toString()};
}

void TestExports::actionsWaitForABatch()
{
    QVERIFY(startWindow());
    ExportActions *exports = m_window->exportActions();
    const QList<QAction *> actions {exports->rawResponseAction(), exports->tasksCsvAction(),
                                    exports->reportAction(), exports->copyAliyunAction(),
                                    exports->copyOtadashAction()};
    for (QAction *action : actions)
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    // Where the user finds them: File > Export, the Edit menu, the form's context menu.
    QMenu *exportMenu = m_window->findChild<QMenu *>(u"menuExport"_s);
    QVERIFY(exportMenu);
    QCOMPARE(exportMenu->title(), u"&Export"_s);
    for (QAction *action : {exports->rawResponseAction(), exports->tasksCsvAction(), exports->reportAction()})
        QVERIFY(exportMenu->actions().contains(action));
    QMenu *editMenu = m_window->findChild<QMenu *>(u"menuEdit"_s);
    QVERIFY(editMenu);
    QVERIFY(m_window->menuBar()->actions().contains(editMenu->menuAction()));
    QWidget *form = m_window->findChild<QWidget *>(u"detailView"_s);
    QVERIFY(form);
    QCOMPARE(form->contextMenuPolicy(), Qt::ActionsContextMenu);
    for (QAction *action : {exports->copyAliyunAction(), exports->copyOtadashAction()}) {
        QVERIFY(editMenu->actions().contains(action));
        QVERIFY(form->actions().contains(action));
    }

    QVERIFY(query(kSeedJobId));
    for (QAction *action : actions)
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
}

void TestExports::savesTheRawResponseAsReceived_data()
{
    QTest::addColumn<bool>("xml");
    QTest::newRow("json") << false;
    QTest::newRow("xml") << true;
}

void TestExports::savesTheRawResponseAsReceived()
{
    QFETCH(bool, xml);
    QVERIFY(startWindow([xml](MainWindow::Setup &setup) {
        setup.format = xml ? ResponseFormat::Xml : ResponseFormat::Json;
    }));
    QVERIFY(query(kSeedJobId));
    const QString path = m_dir.filePath(xml ? u"raw.xml"_s : u"raw.json"_s);
    const auto [written, error] = runExport(m_window->exportActions()->rawResponseAction(), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written, path);
    QVERIFY(m_suggested.value(0).endsWith(xml ? u".xml"_s : u".json"_s));
    QVERIFY(m_suggested.value(1).contains(xml ? u"*.xml"_s : u"*.json"_s));
    const QByteArray saved = fileBytes(path);
    QVERIFY(saved.contains("UfuxnwygsuSkVE0VCN****0100"));
    QVERIFY(xml ? saved.trimmed().startsWith('<') : saved.trimmed().startsWith('{'));
    // Byte for byte the body the simulator sent for the query.
    QVERIFY2(m_proxy->responseBodies().contains(saved), saved.constData());
}

void TestExports::exportsEveryTaskAsCsv()
{
    QVERIFY(startWindow());
    const QString jobId = smallJobId();
    QVERIFY2(!jobId.isEmpty(), "no generated batch of a few hundred tasks");
    QVERIFY(query(jobId));
    const QString path = m_dir.filePath(u"tasks.csv"_s);
    const auto [written, error] = runExport(m_window->exportActions()->tasksCsvAction(), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written, path);
    QVERIFY(runUntil(
            [&] { return !m_window->findChild<QProgressDialog *>(u"exportProgress"_s); })); // closed again

    const QString csv = QString::fromUtf8(fileBytes(path));
    QVERIFY(csv.endsWith(u"\r\n"));
    const QStringList lines = csv.chopped(2).split(u"\r\n"_s);
    QCOMPARE(lines.constFirst(), TaskListing::csvHeader().join(u','));
    const SimFleet &fleet = m_sim->fleet();
    QCOMPARE(lines.size() - 1, fleet.taskCount(jobId)); // one line per task plus the header
    QSet<QString> expected;
    for (const QString &status : SimFleet::taskStatuses()) {
        const QJsonArray tasks = fleet.tasks(jobId, status, 0, fleet.taskCount(jobId, status));
        for (const QJsonValue &task : tasks)
            expected.insert(task[u"TaskId"].toString());
    }
    QSet<QString> seen;
    for (qsizetype i = 1; i < lines.size(); ++i)
        seen.insert(lines[i].section(u',', 0, 0));
    QCOMPARE(seen, expected);
    QVERIFY(lines.at(1).contains(u",FAILED,"_s)); // failures first, as `otadash-cli tasks` lists them
}

void TestExports::cancelingTheCsvExportWritesNothing()
{
    QVERIFY(startWindow());
    QVERIFY(query(SimFleet::bigJobId())); // 100,000 tasks: still reading when canceled
    const QString path = m_dir.filePath(u"canceled.csv"_s);
    ExportActions *exports = m_window->exportActions();
    exports->setFileChooser([path](const QString &, const QString &, const QString &) { return path; });
    QSignalSpy finished(exports, &ExportActions::exportFinished);
    exports->tasksCsvAction()->trigger();
    QProgressDialog *dialog = m_window->findChild<QProgressDialog *>(u"exportProgress"_s);
    QVERIFY(dialog);
    QVERIFY(runUntil([&] { return dialog->isVisible(); }));
    QVERIFY(!exports->tasksCsvAction()->isEnabled()); // one export at a time
    QPushButton *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toString(), QString());
    QCOMPARE(finished.constFirst().at(1).toString(), QString());
    QVERIFY(!QFile::exists(path));
    QVERIFY(exports->tasksCsvAction()->isEnabled());
}

void TestExports::copiesTheCommandsWithoutASecret()
{
    QVERIFY(startWindow());
    m_window->findChild<QLineEdit *>(u"instanceEdit"_s)->setText(u"iot-cn-test"_s);
    QVERIFY(query(kSeedJobId));
    const QString port = QString::number(m_proxy->endpoint().port());
    ExportActions *exports = m_window->exportActions();
    QClipboard *clipboard = QGuiApplication::clipboard();

    exports->copyAliyunAction()->trigger();
    QCOMPARE(clipboard->text(),
             u"aliyun iot QueryOTAJob --JobId 'HvKuBpuk3rdk6E92CP****0200' --IotInstanceId "
             u"iot-cn-test --endpoint 127.0.0.1:"_s
                     + port);
    // The same action from the form's context menu.
    QWidget *form = m_window->findChild<QWidget *>(u"detailView"_s);
    clipboard->clear();
    const QList<QAction *> formActions = form->actions();
    const auto otadash = std::find(formActions.cbegin(), formActions.cend(), exports->copyOtadashAction());
    QVERIFY(otadash != formActions.cend());
    (*otadash)->trigger();
    QCOMPARE(clipboard->text(),
             u"otadash-cli query --job-id 'HvKuBpuk3rdk6E92CP****0200' --endpoint http://127.0.0.1:"_s + port
                     + u"/ --instance-id iot-cn-test"_s);
    const Credentials demo = OtaSimulator::demoCredentials();
    QVERIFY(!clipboard->text().contains(demo.accessKeySecret));
    QVERIFY(!clipboard->text().contains(demo.accessKeyId));
}

void TestExports::savesIntoFoldersItMakes()
{
    QVERIFY(startWindow());
    QVERIFY(query(kSeedJobId));
    const QString path = m_dir.filePath(u"made/for/it/raw.json"_s);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"made"_s)));
    const auto [written, error] = runExport(m_window->exportActions()->rawResponseAction(), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written, path);
    QVERIFY(m_proxy->responseBodies().contains(fileBytes(path)));
}

void TestExports::offersAnotherFileWithoutReadingTheTasksAgain()
{
    QVERIFY(startWindow());
    const QString jobId = smallJobId();
    QVERIFY(query(jobId));
    ExportActions *exports = m_window->exportActions();
    // The first file cannot be written; the second, asked for after the error, can.
    const QString good = m_dir.filePath(u"elsewhere/tasks.csv"_s);
    QStringList offered;
    exports->setFileChooser([&offered, good](const QString &, const QString &suggested, const QString &) {
        offered.append(suggested);
        return offered.size() == 1 ? u"/proc/otadash-tasks.csv"_s : good;
    });
    QSignalSpy finished(exports, &ExportActions::exportFinished);
    exports->tasksCsvAction()->trigger();
    QVERIFY(m_fixture->waitFor(finished));
    QVERIFY(finished.constFirst().at(1).toString().contains(u"/proc/otadash-tasks.csv"));
    const int requests = m_sim->acceptedCount();
    auto *box = m_window->findChild<QMessageBox *>(u"exportErrorBox"_s);
    QVERIFY(box);
    QVERIFY(runUntil([&] { return box->isVisible(); }));
    auto *elsewhere = box->findChild<QPushButton *>(u"saveElsewhereButton"_s);
    QVERIFY(elsewhere);
    QTest::mouseClick(elsewhere, Qt::LeftButton);
    QVERIFY(runUntil([&] { return finished.size() == 2; }));
    QCOMPARE(offered.last(), u"/proc/otadash-tasks.csv"_s); // offered again where it failed
    QCOMPARE(finished.constLast().at(0).toString(), good);
    QCOMPARE(finished.constLast().at(1).toString(), QString());
    const QString csv = QString::fromUtf8(fileBytes(good));
    QCOMPARE(csv.count(u"\r\n"_s) - 1, m_sim->fleet().taskCount(jobId));
    QCOMPARE(m_sim->acceptedCount(), requests); // nothing was read again
}

SignOffReportDialog *TestExports::openReportDialog()
{
    m_window->exportActions()->reportAction()->trigger();
    SignOffReportDialog *dialog = m_window->findChild<SignOffReportDialog *>(u"signOffReportDialog"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestExports::writesTheSignOffReport_data()
{
    QTest::addColumn<bool>("pdf");
    QTest::addColumn<bool>("devicesTab");
    QTest::newRow("markdown") << false << false;
    QTest::newRow("pdf") << true << false;
    QTest::newRow("markdown-after-devices-tab") << false << true;
}

void TestExports::writesTheSignOffReport()
{
    QFETCH(bool, pdf);
    QFETCH(bool, devicesTab);
    const QString jobId = smallJobId();
    QVERIFY2(!jobId.isEmpty(), "no generated batch of a few hundred tasks");
    QVERIFY(startWindow(
            [](MainWindow::Setup &setup) { setup.fixedProfile = u"Demo"_s; })); // as --demo names it
    QVERIFY(query(jobId));
    const SimFleet &fleet = m_sim->fleet();
    // The burn-up the window recorded earlier, under the name the window watches batches with.
    {
        HistoryStore history(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
        TaskStatusCounts before;
        before[TaskStatus::Queued] = fleet.taskCount(jobId);
        QVERIFY2(history.recordCounts(m_window->currentProfile(), jobId,
                                      QDateTime(QDate(2035, 6, 1), QTime(2, 0), QTimeZone::utc()), before),
                 qPrintable(history.errorString()));
        TaskStatusCounts after;
        for (const TaskStatus status : kAllTaskStatuses)
            after[status] = fleet.taskCount(jobId, TaskStatuses::code(status));
        QVERIFY(history.recordCounts(m_window->currentProfile(), jobId,
                                     QDateTime(QDate(2035, 6, 1), QTime(3, 0), QTimeZone::utc()), after));
    }

    std::optional<int> requestsBefore;
    if (devicesTab) {
        // The Devices tab has the counts and every failed task (read by themselves): nothing is asked again.
        m_window->showTab(MainWindow::Tab::Devices);
        BatchProgressView *devices = m_window->batchProgressView();
        QVERIFY(runUntil([&] {
            const std::optional<FailureSample> sample = devices->rowsRefresh()->failures();
            return devices->counts() && !devices->isBusy() && sample
                    && sample->failedTotal == (*devices->counts())[TaskStatus::Failed]
                    && sample->tasks.size() == sample->failedTotal;
        }));
        requestsBefore = m_sim->acceptedCount();
    }

    SignOffReportDialog *dialog = openReportDialog();
    QVERIFY(dialog);
    auto *format = dialog->findChild<QComboBox *>(u"formatCombo"_s);
    auto *file = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
    QVERIFY(file->text().endsWith(u".pdf"_s)); // PDF unless chosen otherwise
    format->setCurrentIndex(pdf ? 0 : 1);
    QVERIFY(file->text().endsWith(pdf ? u".pdf"_s : u".md"_s)); // the suffix follows the format
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"notesEdit"_s), u"Approved by fleet ops."_s);
    const QString path = m_dir.filePath(pdf ? u"signoff.pdf"_s : u"signoff.md"_s);
    file->setText(path);
    QSignalSpy finished(m_window->exportActions(), &ExportActions::exportFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(m_fixture->waitFor(finished));
    QVERIFY2(finished.constFirst().at(1).toString().isEmpty(),
             qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(finished.constFirst().at(0).toString(), path);

    const QString name = fleet.job(jobId)->value(u"Name").toString();
    const QString text = pdf ? pdfText(path) : QString::fromUtf8(fileBytes(path));
    const int succeeded = fleet.taskCount(jobId, u"SUCCEEDED"_s);
    const QStringList expected {u"Sign-off report: "_s + name,
                                jobId,
                                u"Approved by fleet ops."_s,
                                TaskStatuses::label(TaskStatus::Succeeded) + (pdf ? u" "_s : u" | "_s)
                                        + QLocale().toString(succeeded),
                                u"Counted from "_s,
                                u"2035-06-01"_s};
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(piece, text)));
    const QJsonArray failed = fleet.tasks(jobId, u"FAILED"_s, 0, 1);
    QVERIFY(text.contains(failed.at(0)[u"TaskDesc"].toString()));
    const QString counted = QLocale().toString(fleet.taskCount(jobId, u"FAILED"_s));
    QVERIFY(text.contains(u"Counted from %1 of %1 failed tasks."_s.arg(counted)));
    if (requestsBefore)
        QCOMPARE(m_sim->acceptedCount(), *requestsBefore);
}

void TestExports::savesTheReportIntoAMissingDocumentsFolder()
{
    // A fresh home without ~/Documents, the folder the report is proposed in.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restore = qScopeGuard([&oldHome] { qputenv("HOME", oldHome); });
    QVERIFY(startWindow());
    QVERIFY(query(kSeedJobId));
    SignOffReportDialog *dialog = openReportDialog();
    QVERIFY(dialog);
    auto *file = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
    const QString documents = QDir(home.path()).filePath(u"Documents"_s);
    QVERIFY2(file->text().startsWith(documents + u'/'), qPrintable(file->text()));
    QVERIFY(!QFileInfo::exists(documents));
    dialog->findChild<QComboBox *>(u"formatCombo"_s)->setCurrentIndex(1);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"notesEdit"_s), u"Signed off on a fresh laptop."_s);
    const QString path = file->text();
    QSignalSpy finished(m_window->exportActions(), &ExportActions::exportFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(m_fixture->waitFor(finished));
    QCOMPARE(finished.constFirst().at(1).toString(), QString());
    QCOMPARE(finished.constFirst().at(0).toString(), path);
    QVERIFY(QString::fromUtf8(fileBytes(path)).contains(u"Signed off on a fresh laptop."));
    QVERIFY(runUntil([&] { return !m_window->findChild<SignOffReportDialog *>(u"signOffReportDialog"_s); }));
}

void TestExports::keepsTheNotesWhenTheReportCannotBeWritten()
{
    QVERIFY(startWindow());
    QVERIFY(query(kSeedJobId));
    SignOffReportDialog *dialog = openReportDialog();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"formatCombo"_s)->setCurrentIndex(1);
    auto *notes = dialog->findChild<QPlainTextEdit *>(u"notesEdit"_s);
    const QString typed = u"Approved after the canary; two devices to watch."_s;
    QTest::keyClicks(notes, typed);
    auto *file = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
    const QString path = u"/proc/otadash-exports-test.md"_s; // takes no new files, not even from root
    file->setText(path);
    QSignalSpy finished(m_window->exportActions(), &ExportActions::exportFinished);
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(m_fixture->waitFor(finished));
    QCOMPARE(finished.constFirst().at(0).toString(), QString());
    const QString error = finished.constFirst().at(1).toString();
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    // The dialog is still there, as the user left it, and says why.
    QVERIFY(runUntil([&] { return !m_window->findChild<QProgressDialog *>(u"exportProgress"_s); }));
    QCOMPARE(m_window->findChild<SignOffReportDialog *>(u"signOffReportDialog"_s), dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(notes->toPlainText(), typed);
    auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(path), qPrintable(problem->text()));
    QVERIFY(save->isEnabled());
    QVERIFY(!m_window->findChild<QMessageBox *>(u"exportErrorBox"_s));

    // Another place: saved with the notes, the dialog closes.
    const QString good = m_dir.filePath(u"second-try/signoff.md"_s);
    file->clear();
    QTest::keyClicks(file, good);
    QVERIFY(!problem->isVisible()); // editing the name clears the problem
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(m_fixture->waitFor(finished));
    QCOMPARE(finished.constLast().at(1).toString(), QString());
    QCOMPARE(finished.constLast().at(0).toString(), good);
    QVERIFY(QString::fromUtf8(fileBytes(good)).contains(typed));
    QVERIFY(runUntil([&] { return !m_window->findChild<SignOffReportDialog *>(u"signOffReportDialog"_s); }));

    // A folder beneath a file is said at once, before anything is read.
    dialog = openReportDialog();
    QVERIFY(dialog);
    const QString blocker = m_dir.filePath(u"a-file"_s);
    QFile blockerFile(blocker);
    QVERIFY(blockerFile.open(QIODevice::WriteOnly));
    blockerFile.close();
    dialog->findChild<QLineEdit *>(u"fileEdit"_s)->setText(blocker + u"/signoff.pdf"_s);
    const qsizetype answers = finished.size();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"problemLabel"_s)->text().contains(u"is a file, not a folder"));
    QVERIFY(!m_window->findChild<QProgressDialog *>(u"exportProgress"_s));
    QCOMPARE(finished.size(), answers);
    dialog->reject();
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
