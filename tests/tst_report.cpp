#include "BracketTranslator.h"
#include "BurnUpChart.h"
#include "MarkdownReportWriter.h"
#include "OtaSimulator.h"
#include "ReportBuilder.h"
#include "ReportFetcher.h"
#include "ReportFile.h"
#include "ReportLayout.h"
#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "history/HistoryStore.h"
#include "lint/BatchLint.h"
#include "models/FailureReasonsModel.h"
#include "models/JobDetailModel.h"
#include "models/TaskTableModel.h"
#include "ota/CountsSummary.h"
#include "ota/JobField.h"
#include "ota/OtaJobParser.h"
#include "ota/TaskStatus.h"
#include "services/SuccessVerifier.h"
#include "util/TimeText.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kJobJson = uR"({"Data": {
    "JobId": "HvKuBpuk3rdk6E92CPrprt0200", "Name": "gateway-fw-2.4.0", "JobDesc": "Phased update",
    "ProductKey": "a1GwTw8kLpQ", "FirmwareId": "UfuxnwygsuSkVE0VCNrprt0100", "JobType": "UPGRADE_FIRMWARE",
    "JobStatus": "IN_PROGRESS", "SelectionType": "STATIC", "TargetSelection": "GRAY", "GrayPercent": "20.00",
    "RetryCount": 0, "RetryInterval": 10, "TimeoutInMinutes": 60, "MaximumPerMinute": 500,
    "NeedConfirm": false, "NeedPush": true, "DownloadProtocol": "HTTPS",
    "SrcVersions": {"SrcVersion": ["2.1.0", "2.3.1"]}, "DestVersion": "2.4.0",
    "Tags": {"OtaTagDTO": [{"Key": "env", "Value": "production"}, {"Key": "owner", "Value": "fleet|ops\nteam"}]},
    "UtcCreate": "2035-05-30T08:00:00.000Z", "UtcStartTime": "2035-06-01T02:00:00.000Z",
    "UtcScheduleFinishTime": "2035-06-03T02:00:00.000Z"},
    "RequestId": "5C1E0F4B-1A2B-4C3D-9E8F-0123456789AB", "Success": true})"_s;
const QString kNotes = u"Approved by fleet ops after the canary.\nSecond line | with a pipe"_s;
const QString kExporter = u"signoff-tester"_s;
const QDateTime kExportedAt(QDate(2035, 6, 1), QTime(12, 30), QTimeZone(9 * 3600));

// When the report says it was exported: this computer's local time (the report names its zone once).
QString exportedAtText()
{
    return kExportedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

OtaJob reportJob()
{
    const QueryOtaJobResult result = parseQueryOtaJob(kJobJson.toUtf8());
    if (!std::holds_alternative<ParsedQueryOtaJob>(result))
        qFatal("the report's test batch did not parse");
    return std::get<ParsedQueryOtaJob>(result).job;
}

TaskStatusCounts countsOf(qint64 confirm, qint64 queued, qint64 notified, qint64 inProgress, qint64 succeeded,
                          qint64 failed, qint64 canceled)
{
    TaskStatusCounts counts;
    counts.counts = {confirm, queued, notified, inProgress, succeeded, failed, canceled};
    return counts;
}

TaskInfo failedTask(int index, const QString &reason)
{
    TaskInfo task;
    task.taskId = u"task-%1"_s.arg(index);
    task.deviceName = u"device-%1"_s.arg(index);
    task.taskStatusCode = u"FAILED"_s;
    task.taskStatus = TaskStatus::Failed;
    task.taskDesc = reason;
    task.srcVersion = u"2.1.0"_s;
    return task;
}

QString collapsed(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s);
}

// pdftotext -layout (poppler-utils), as a reviewer would read the PDF back; CJK must survive it.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s (is poppler-utils installed?)", qPrintable(path));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// One page of it, as laid out (pdftotext -layout -f N -l N), its lines without trailing blanks.
QStringList pdfPageLines(const QString &path, int page)
{
    QProcess process;
    process.start(u"pdftotext"_s,
                  {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s,
                   QString::number(page), path, u"-"_s});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s (is poppler-utils installed?)", qPrintable(path));
    QStringList lines;
    const QStringList raw = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty() && line.trimmed() != u"\f")
            lines.append(line.trimmed());
    }
    return lines;
}

// Images in the PDF (pdfimages -list prints two header lines, then one line per image).
// The images of the file, or of one page of it.
int pdfImageCount(const QString &path, int page = 0)
{
    QProcess process;
    const QStringList pages = page > 0
            ? QStringList {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)}
            : QStringList();
    process.start(u"pdfimages"_s, pages + QStringList {u"-list"_s, path});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        qFatal("pdfimages failed on %s (is poppler-utils installed?)", qPrintable(path));
    const QStringList lines
            = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

QString fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

// The sign-off report: its library (ReportData to PDF and Markdown) and `otadash-cli report` against otasim.
class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writesEverySectionAsPdf();
    void writesEverySectionAsMarkdown();
    void escapesMarkdownTableCellsAndMarks();
    void saysSoWhenThereIsNoHistory();
    void includesTheActionsTakenAndVerifiedSuccess();
    void speaksTheUiLanguage();
    void rendersJapaneseAndChinese_data();
    void rendersJapaneseAndChinese();
    void leavesNoFileWhenTheWriteFails();
    void makesMissingFolders();
    // The report's numbers agree with each other, or it says when each was read.
    void saysWhenCountsAndReasonsWereReadApart();
    void fetchedNumbersAgreeOrSaySo();
    void countsSpeakAsEveryOtherView();
    void keepsHeadingsWithTheirSectionsAndRowsWhole();
    void drawsTheBurnUpAxesToFitTheBatch();
    // otadash-cli report
    void commandWritesThePdfFromTheSimulator();
    void commandWritesMarkdownWithoutHistory();
    void commandErrorsWriteNoFile_data();
    void commandErrorsWriteNoFile();
    void commandMakesMissingFolders();

private:
    ReportData sampleData() const;
    Run run(const QStringList &arguments);
    QString smallJobId() const;

    QTemporaryDir m_dir;
    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<TaskTableModel> m_tasks;
    std::unique_ptr<FailureReasonsModel> m_reasons;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("USER", kExporter.toUtf8());
}

void TestReport::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_tasks = std::make_unique<TaskTableModel>();
    m_reasons = std::make_unique<FailureReasonsModel>();
    m_reasons->setSource(m_tasks.get());
}

void TestReport::cleanup()
{
    m_reasons.reset();
    m_tasks.reset();
    m_translations.reset(); // back to English
    m_sim.reset();
    QLocale::setDefault(QLocale::system());
}

ReportData TestReport::sampleData() const
{
    ReportData data;
    ReportBuilder::setJob(data, reportJob(), QLocale(), QTimeZone(9 * 3600));
    data.counts = countsOf(0, 12, 3, 40, 1234, 7, 2);
    QList<TaskInfo> failed;
    for (int i = 0; i < 5; ++i)
        failed.append(failedTask(i, u"Download failed: connection reset (-2)."_s));
    for (int i = 5; i < 7; ++i)
        failed.append(failedTask(i, u"Verification failed: bad signature (-3)."_s));
    m_tasks->appendTasks(failed);
    const QDateTime start = QDateTime(QDate(2035, 6, 1), QTime(2, 0), QTimeZone::utc());
    data.countsAtUtc = start.addSecs(7205);
    ReportBuilder::setFailureReasons(data, *m_reasons, 7, start.addSecs(7207));
    // Rounds recorded before the batch's total was (nullopt): the total is the statuses added up.
    data.burnUp = {{start, countsOf(0, 1298, 0, 0, 0, 0, 0), std::nullopt},
                   {start.addSecs(3600), countsOf(0, 600, 3, 300, 390, 5, 0), std::nullopt},
                   {start.addSecs(7200), countsOf(0, 12, 3, 40, 1234, 7, 2), std::nullopt}};
    ReportBuilder::setLint(data,
                           {{u"gray-without-retry"_s,
                             LintSeverity::Warning,
                             u"Gray rollout without retries"_s,
                             u"Failed devices are not retried."_s,
                             {JobField::RetryCount}}});
    data.notes = kNotes;
    ReportBuilder::setExporter(data, u"ops-profile"_s, kExportedAt);
    return data;
}

void TestReport::writesEverySectionAsPdf()
{
    const ReportData data = sampleData();
    const QString path = m_dir.filePath(u"report.pdf"_s);
    const std::optional<QString> error = ReportFile::write(data, ReportFormat::Pdf, path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(fileText(path).startsWith(u"%PDF-"));
    const QString text = collapsed(pdfText(path));
    const QStringList expected {
            u"Sign-off report: gateway-fw-2.4.0"_s,
            u"HvKuBpuk3rdk6E92CPrprt0200"_s,
            jobFieldLabel(JobField::SrcVersions),
            u"2.1.0, 2.3.1"_s,
            jobFieldLabel(JobField::DestVersion),
            u"2.4.0"_s,
            u"env production"_s,
            u"fleet|ops"_s,
            u"Times are in UTC+09:00."_s,
            jobFieldLabel(JobField::UtcStartTime) + u" 2035-06-01 11:00:00"_s,
            u"2035-06-03 11:00:00"_s,
            u"20.00 %"_s,
            TaskStatuses::label(TaskStatus::Succeeded) + u" 1,234"_s,
            TaskStatuses::label(TaskStatus::InProgress) + u" 40"_s,
            u"Total 1,298"_s,
            u"Download failed: connection reset (-2). 5"_s,
            u"Verification failed: bad signature (-3). 2"_s,
            u"Counted from 7 of 7 failed tasks."_s,
            u"Gray rollout without retries"_s,
            u"Failed devices are not retried."_s,
            u"Approved by fleet ops after the canary."_s,
            u"Second line | with a pipe"_s,
            u"Exported by signoff-tester with profile ops-profile on %1 with OtaDash %2"_s.arg(
                    exportedAtText(), QStringLiteral(OTADASH_VERSION)),
            u"Page 1 of "_s,
    };
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(piece, text)));
    QCOMPARE(pdfImageCount(path), 1); // the burn-up chart
}

void TestReport::writesEverySectionAsMarkdown()
{
    const ReportData data = sampleData();
    const QString path = m_dir.filePath(u"report.md"_s);
    const std::optional<QString> error = ReportFile::write(data, ReportFormat::Markdown, path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const QString text = fileText(path);
    const QStringList expected {
            u"# Sign-off report: gateway-fw-2.4.0\n"_s,
            u"| "_s + jobFieldLabel(JobField::JobId) + u" | HvKuBpuk3rdk6E92CPrprt0200 |"_s,
            u"| "_s + jobFieldLabel(JobField::SrcVersions) + u" | 2.1.0, 2.3.1 |"_s,
            u"| "_s + jobFieldLabel(JobField::DestVersion) + u" | 2.4.0 |"_s,
            u"| env | production |"_s,
            u"| owner | fleet\\|ops<br>team |"_s,
            u"| "_s + jobFieldLabel(JobField::UtcStartTime) + u" | 2035-06-01 11:00:00 |"_s,
            u"| "_s + TaskStatuses::label(TaskStatus::Succeeded)
                    + u" | 1,234 | 95.0 % |"_s, // rounded down, as everywhere
            u"| Status | Devices | Share |\n| --- | ---: | ---: |"_s,
            u"| Download failed: connection reset (-2). | 5 |"_s,
            u"Counted from 7 of 7 failed tasks."_s,
            u"| Warning | Gray rollout without retries | Failed devices are not retried. |"_s,
            // The burn-up as a table of points, in local time.
            u"| "_s
                    + QLocale().toString(
                            QDateTime(QDate(2035, 6, 1), QTime(4, 0), QTimeZone::utc()).toLocalTime(),
                            u"yyyy-MM-dd HH:mm:ss"_s)
                    + u" | 1,234 | 1,243 | 1,298 |"_s,
            u"Approved by fleet ops after the canary.  \nSecond line \\| with a pipe\n"_s,
            u"Exported by signoff-tester with profile ops-profile"_s,
    };
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(piece, text)));
    QVERIFY(text.contains(u"## Burn-up\n"));
    // The finish estimate from the recorded rounds: 12 devices still wait to be pushed, so it follows the
    // push (588 left the queue in the last hour: 9.8 a minute) rather than the 848 that finished.
    QVERIFY2(text.contains(u"Pushing to 9.8 devices a minute, it finishes about "_s), qPrintable(text));
}

void TestReport::escapesMarkdownTableCellsAndMarks()
{
    QCOMPARE(MarkdownReportWriter::cell(u"a|b\r\nc"_s), u"a\\|b<br>c"_s);
    QCOMPARE(MarkdownReportWriter::cell(u"<script>*x*"_s), u"\\<script\\>\\*x\\*"_s);
    QCOMPARE(MarkdownReportWriter::cell(u"1.0.0"_s), u"1.0.0"_s);
    QCOMPARE(MarkdownReportWriter::escapeParagraph(u"# not a heading\n1. not a list\n- nor this"_s),
             u"\\# not a heading\n1\\. not a list\n\\- nor this"_s);

    ReportData data = sampleData();
    data.notes = u"# Go\n\nline | two"_s;
    const QString markdown = QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown));
    QVERIFY2(markdown.contains(u"\n\\# Go\n\nline \\| two\n"_s), qPrintable(markdown));
    // Every table row has as many cells as its header.
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"| owner"))
            QCOMPARE(line.count(QRegularExpression(u"(?<!\\\\)\\|"_s)), 3);
    }
}

void TestReport::saysSoWhenThereIsNoHistory()
{
    ReportData data = sampleData();
    data.burnUp.clear();
    const QString pdf = m_dir.filePath(u"nohistory.pdf"_s);
    QVERIFY(!ReportFile::write(data, ReportFormat::Pdf, pdf));
    QVERIFY(collapsed(pdfText(pdf)).contains(u"so there is no burn-up chart."));
    QCOMPARE(pdfImageCount(pdf), 0);
    const QString markdown = QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown));
    QVERIFY(collapsed(markdown).contains(u"so there is no burn-up chart."));
}

void TestReport::includesTheActionsTakenAndVerifiedSuccess()
{
    ReportData data = sampleData();
    // Not given: the report says what it does not know.
    QString markdown = collapsed(QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown)));
    QVERIFY2(markdown.contains(u"The devices were not asked which version they report"),
             qPrintable(markdown));
    QVERIFY(markdown.contains(u"The audit log could not be read"));
    data.actions = QList<AuditEntry>();
    markdown = collapsed(QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown)));
    QVERIFY(markdown.contains(u"No write action on this batch was sent from this computer."));

    AuditEntry retry;
    retry.atUtc = QDateTime(QDate(2035, 6, 1), QTime(3, 0), QTimeZone::utc());
    retry.profile = u"ops-profile"_s;
    retry.accessKeyId = u"LTAI5tReportKey"_s;
    retry.action = u"ReupgradeOTATask"_s;
    retry.jobId = data.jobId;
    retry.targets = {u"t1"_s, u"t2"_s, u"t3"_s};
    retry.requestId = u"REQ-RETRY-1"_s;
    retry.outcome = AuditEntry::Outcome::Done;
    data.actions = QList<AuditEntry> {retry};
    VerifyReport verified;
    verified.succeeded = 1234;
    verified.checked = 200;
    verified.sampled = true;
    verified.readAtUtc = QDateTime(QDate(2035, 6, 1), QTime(4, 0), QTimeZone::utc());
    verified.mismatches = {{u"pump-0007"_s, u"pk"_s, u"task-7"_s, u"2.4.0"_s, u"2.3.1"_s}};
    ReportBuilder::setVerification(data, verified);

    markdown = QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown));
    const QStringList expected {
            u"## Verified success\n"_s,
            u"1,234 succeeded, 200 checked (a random sample) at "_s,
            u": 1 report another version."_s,
            u"| pump-0007 | 2.3.1 | 2.4.0 | task-7 |"_s,
            u"## Actions taken\n"_s,
            u" | ReupgradeOTATask | 3 | Done | REQ-RETRY-1 | ops-profile |"_s,
    };
    for (const QString &piece : expected)
        QVERIFY2(markdown.contains(piece), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(piece, markdown)));
    const QString pdf = m_dir.filePath(u"actions.pdf"_s);
    QVERIFY(!ReportFile::write(data, ReportFormat::Pdf, pdf));
    const QString text = collapsed(pdfText(pdf));
    QVERIFY2(text.contains(u"REQ-") && text.contains(u"RETRY-1")
                     && text.contains(u"pump-0007 2.3.1 2.4.0 task-7"),
             qPrintable(text.mid(text.indexOf(u"Verified success"), 700)));
}

void TestReport::speaksTheUiLanguage()
{
    BracketTranslator brackets;
    QVERIFY(QCoreApplication::installTranslator(&brackets));
    const ReportData data = sampleData();
    const QString path = m_dir.filePath(u"brackets.pdf"_s);
    const std::optional<QString> error = ReportFile::write(data, ReportFormat::Pdf, path);
    const QString markdown = QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown));
    QCoreApplication::removeTranslator(&brackets);
    QVERIFY(!error);
    const QString text = collapsed(pdfText(path));
    for (const QString &piece :
         {u"[Sign-off report: gateway-fw-2.4.0]"_s, u"[Device tasks]"_s, u"[Burn-up]"_s,
          u"[Failure reasons]"_s, u"[Lint findings]"_s, u"[Notes]"_s, u"[Page 1 of "_s,
          u"[Counted from 7 of 7 failed tasks.]"_s, u"[Total]"_s, u"[Batch ID]"_s}) {
        QVERIFY2(text.contains(piece), qPrintable(u"PDF misses %1:\n%2"_s.arg(piece, text)));
    }
    for (const QString &piece : {u"# \\[Sign-off report: gateway-fw-2.4.0\\]"_s, u"## \\[Device tasks\\]"_s,
                                 u"## \\[Notes\\]"_s, u"| \\[Total\\] |"_s}) {
        QVERIFY2(markdown.contains(piece), qPrintable(u"Markdown misses %1:\n%2"_s.arg(piece, markdown)));
    }
}

void TestReport::rendersJapaneseAndChinese_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("succeeded");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QStringList>("headings"); // the report's own texts, from the merged catalogues
    QTest::newRow("ja") << u"ja"_s << u"アップグレード成功"_s
                        << u"承認済み：段階的ロールアウトを続行します。"_s
                        << QStringList {u"承認レポート"_s, u"バーンアップ"_s};
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"升级成功"_s << u"已批准：继续分批升级。"_s
                           << QStringList {u"签核报告"_s, u"燃起图"_s};
}

void TestReport::rendersJapaneseAndChinese()
{
    QFETCH(QString, language);
    QFETCH(QString, succeeded);
    QFETCH(QString, notes);
    QFETCH(QStringList, headings);
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->setLanguage(language)); // the catalogues the executables embed
    QVERIFY(jobFieldLabel(JobField::DestVersion) != u"Destination version");
    ReportData data = sampleData();
    data.notes = notes;
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(language));
    QVERIFY(!ReportFile::write(data, ReportFormat::Pdf, path));
    const QString text = collapsed(pdfText(path));
    for (const QString &piece : QStringList {notes, succeeded, jobFieldLabel(JobField::DestVersion),
                                             jobFieldLabel(JobField::SrcVersions), u"gateway-fw-2.4.0"_s}
                 + headings)
        QVERIFY2(text.contains(piece), qPrintable(u"missing %1 in:\n%2"_s.arg(piece, text)));
    const QString markdown = QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown));
    QVERIFY(markdown.contains(notes));
    QVERIFY(markdown.contains(u"| "_s + succeeded + u" | "_s));
}

void TestReport::leavesNoFileWhenTheWriteFails()
{
    // /proc takes no new files, not even from root.
    const QString path = u"/proc/otadash-report-test.pdf"_s;
    const std::optional<QString> error = ReportFile::write(sampleData(), ReportFormat::Pdf, path);
    QVERIFY(error);
    QVERIFY2(error->contains(path), qPrintable(*error));
    QVERIFY(!QFile::exists(path));
    const std::optional<QString> folder
            = ReportFile::write(sampleData(), ReportFormat::Markdown, m_dir.path());
    QVERIFY(folder);
    QVERIFY2(folder->contains(m_dir.path()), qPrintable(*folder));
}

void TestReport::makesMissingFolders()
{
    // A fresh home has no ~/Documents: the folders are made, and the file written.
    const QString path = m_dir.filePath(u"fresh-home/Documents/reports/report.md"_s);
    const std::optional<QString> error = ReportFile::write(sampleData(), ReportFormat::Markdown, path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(fileText(path).contains(u"# Sign-off report: gateway-fw-2.4.0"));
    // A folder that cannot be made: nothing is left behind, not even the folders made on the way.
    QFile blocker(m_dir.filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const std::optional<QString> refused = ReportFile::write(sampleData(), ReportFormat::Markdown,
                                                             m_dir.filePath(u"a-file/inner/report.md"_s));
    QVERIFY(refused);
    QVERIFY2(refused->contains(u"a-file"), qPrintable(*refused));
    QVERIFY(!QFile::exists(m_dir.filePath(u"a-file/inner"_s)));
    const std::optional<QString> inProc
            = ReportFile::write(sampleData(), ReportFormat::Markdown, u"/proc/otadash-no-such/folder/r.md"_s);
    QVERIFY(inProc);
    QVERIFY2(inProc->contains(u"/proc/otadash-no-such"), qPrintable(*inProc));
    QVERIFY(!QFile::exists(u"/proc/otadash-no-such"_s));
}

void TestReport::saysWhenCountsAndReasonsWereReadApart()
{
    // Read at the same count: nothing to explain, the reasons add up to the table's failed tasks.
    const QString agreeing
            = collapsed(QString::fromUtf8(ReportFile::render(sampleData(), ReportFormat::Markdown)));
    QVERIFY(!agreeing.contains(u"changed status between"));
    QVERIFY(agreeing.contains(u"| "_s + TaskStatuses::label(TaskStatus::Failed) + u" | 7 |"_s));
    QVERIFY(agreeing.contains(u"Counted from 7 of 7 failed tasks."));

    // The counts were read when 7 tasks had failed; the reasons a minute later, when 9 had.
    m_tasks->clear();
    ReportData data = sampleData();
    const QDateTime countedAt = data.countsAtUtc;
    const QDateTime reasonsAt = countedAt.addSecs(60);
    QList<TaskInfo> more {failedTask(7, u"Timed out (-4)."_s), failedTask(8, u"Timed out (-4)."_s)};
    m_tasks->appendTasks(more);
    ReportBuilder::setFailureReasons(data, *m_reasons, 9, reasonsAt);
    const QString statement
            = u"The failure reasons were read at %1, when 9 device tasks had failed; the task counts above "
              u"were "
              u"read at %2, when 7 had failed. Device tasks changed status between the two reads."_s.arg(
                      TimeText::dateTime(reasonsAt), TimeText::dateTime(countedAt));
    const QString path = m_dir.filePath(u"apart.pdf"_s);
    QVERIFY(!ReportFile::write(data, ReportFormat::Pdf, path));
    const QString pdf = collapsed(pdfText(path));
    QVERIFY2(pdf.contains(statement), qPrintable(pdf));
    QVERIFY2(pdf.contains(u"Counted at %1."_s.arg(TimeText::dateTime(countedAt))), qPrintable(pdf));
    QVERIFY(pdf.contains(u"Counted from 9 of 9 failed tasks."));
    const QString markdown = collapsed(QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown)));
    QVERIFY2(markdown.contains(statement), qPrintable(markdown));
}

void TestReport::countsSpeakAsEveryOtherView()
{
    // The round read the batch's total as 1,300 while its statuses added up to 1,298 (two tasks moved):
    // shares are of the total, with the dashboard's headline, definitions and the note on the two.
    ReportData data = sampleData();
    data.batchTotal = 1300;
    const CountsSummary summary = CountsSummary::of(*data.counts, data.batchTotal);
    QCOMPARE(summary.moved(), 2);
    const QString markdown = QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown));
    for (const QString &expected :
         QStringList {u"| "_s + TaskStatuses::label(TaskStatus::Succeeded) + u" | 1,234 | 94.9 % |"_s,
                      u"| Total | 1,300 | 100.0 % |"_s, summary.headline(data.locale),
                      CountsSummary::definitions(), summary.movedNote(data.locale)}) {
        QVERIFY2(markdown.contains(expected), qPrintable(expected + u"\n---\n"_s + markdown));
    }
    QVERIFY(summary.headline(data.locale).contains(u"1,234 succeeded (94.9 %)"_s));
    // Without the total (a report from an older record): of the statuses' sum, and nothing said of moves.
    data.batchTotal.reset();
    const QString older = QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown));
    QVERIFY(older.contains(u"| Total | 1,298 | 100.0 % |"_s));
    QVERIFY(!older.contains(summary.movedNote(data.locale)));
}

void TestReport::fetchedNumbersAgreeOrSaySo()
{
    // The live batch moves with the clock: five minutes in, tasks are failing.
    SchedulerOnSimulator env;
    QVERIFY(env.listen());
    SimFleet &fleet = env.sim.fleet();
    const QString jobId = SimFleet::liveJobId();
    fleet.setLiveJobStart(env.clock.nowUtc().addSecs(-300));
    const auto report = [&](ReportFetcher &fetcher) {
        QSignalSpy finished(&fetcher, &ReportFetcher::finished);
        fetcher.start();
        if (!env.waitFor(finished) || finished.constFirst().constFirst().value<std::optional<ApiError>>())
            qFatal("the report's fetch failed");
        ReportData data;
        ReportBuilder::setJob(data, *fetcher.job(), QLocale(), QTimeZone(0));
        ReportBuilder::setTaskFacts(data, fetcher);
        return data;
    };
    const auto reasonsSum = [](const ReportData &data) {
        qint64 sum = 0;
        for (const ReportFailureReason &reason : data.failureReasons)
            sum += reason.count;
        return sum;
    };

    // Everything read now: the reasons add up to the failed tasks they speak of, and when the table counted
    // another number the report says when each was read.
    {
        ReportFetcher fetcher(env.scheduler.get());
        fetcher.setBatch(env.config(), jobId);
        const ReportData data = report(fetcher);
        QVERIFY(data.counts);
        QVERIFY(data.countsAtUtc.isValid());
        QVERIFY(data.failuresAtUtc.isValid());
        QVERIFY(data.failuresCounted > 0);
        QCOMPARE(reasonsSum(data), data.failuresCounted);
        const QString text = collapsed(QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown)));
        const qint64 tableFailed = (*data.counts)[TaskStatus::Failed];
        if (*data.failuresTotal == tableFailed) {
            QCOMPARE(data.failuresCounted, tableFailed);
            QVERIFY(!text.contains(u"changed status between"));
        } else {
            QVERIFY2(text.contains(TimeText::dateTime(data.failuresAtUtc))
                             && text.contains(TimeText::dateTime(data.countsAtUtc))
                             && text.contains(u"changed status between"),
                     qPrintable(text));
        }
    }

    // The counts the Devices tab read two minutes ago, the reasons now: the report gives both times.
    {
        TaskStatusCounts earlier;
        for (const TaskStatus status : kAllTaskStatuses)
            earlier[status] = fleet.taskCount(jobId, TaskStatuses::code(status));
        const QDateTime earlierAt = env.clock.nowUtc();
        env.clock.advanceSecs(120);
        const int failedNow = fleet.taskCount(jobId, u"FAILED"_s);
        QVERIFY(failedNow > earlier[TaskStatus::Failed]);
        ReportFetcher fetcher(env.scheduler.get());
        fetcher.setBatch(env.config(), jobId);
        fetcher.setCounts(earlier, earlierAt);
        const ReportData data = report(fetcher);
        QCOMPARE(data.countsAtUtc, earlierAt);
        QCOMPARE(*data.failuresTotal, qint64(failedNow));
        QCOMPARE(reasonsSum(data), qint64(failedNow));
        const QString text = collapsed(QString::fromUtf8(ReportFile::render(data, ReportFormat::Markdown)));
        const QString statement
                = u"The failure reasons were read at %1, when %2 device tasks had failed; the task counts "
                  u"above were read at %3, when %4 had failed."_s.arg(
                          TimeText::dateTime(data.failuresAtUtc), QLocale().toString(failedNow),
                          TimeText::dateTime(earlierAt), QLocale().toString(earlier[TaskStatus::Failed]));
        QVERIFY2(text.contains(statement), qPrintable(text));
    }
}

void TestReport::keepsHeadingsWithTheirSectionsAndRowsWhole()
{
    // Reports of every length from short to long, so that headings and rows fall on every part of a page.
    const QStringList headings {
            u"Batch"_s,   u"Versions"_s,        u"Tags"_s,          u"Schedule"_s, u"Device tasks"_s,
            u"Burn-up"_s, u"Failure reasons"_s, u"Lint findings"_s, u"Notes"_s,    u"Export"_s};
    for (int reasons = 0; reasons <= 48; reasons += 3) {
        ReportData data = sampleData();
        data.failureReasons.clear();
        for (int i = 0; i < reasons; ++i) {
            // Three lines each, all to be on one page.
            data.failureReasons.append(
                    {u"reason %1 starts here\nreason %1 goes on\nreason %1 ends here"_s.arg(i), 1});
        }
        data.failuresCounted = std::max(reasons, 1);
        data.failuresTotal = data.failuresCounted;
        (*data.counts)[TaskStatus::Failed] = data.failuresCounted;
        const QString path = m_dir.filePath(u"layout-%1.pdf"_s.arg(reasons));
        QVERIFY(!ReportFile::write(data, ReportFormat::Pdf, path));
        QMap<int, int> pageOfLine; // reason -> page where each of its lines is
        static const QRegularExpression pagesOf(u"Page 1 of (\\d+)$"_s);
        const QStringList firstPage = pdfPageLines(path, 1);
        const int pages
                = pagesOf.match(firstPage.isEmpty() ? QString() : firstPage.constLast()).captured(1).toInt();
        QVERIFY(pages >= 2);
        for (int page = 1; page <= pages; ++page) {
            const QStringList lines = pdfPageLines(path, page);
            QVERIFY2(lines.last().contains(u"Page %1 of "_s.arg(page)), qPrintable(lines.join(u'\n')));
            // A heading is followed by something of its section on the same page: never last before the
            // footer. The burn-up chart is a picture, not text: its heading may be the page's last text
            // when the chart is on that page.
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (headings.contains(lines[i])
                    && !(lines[i] == u"Burn-up" && i + 2 == lines.size() && pdfImageCount(path, page) == 1)) {
                    QVERIFY2(i + 2 < lines.size(),
                             qPrintable(u"%1 reasons: \"%2\" alone at the bottom of page %3"_s.arg(reasons)
                                                .arg(lines[i])
                                                .arg(page)));
                }
            }
            for (const QString &line : lines) {
                static const QRegularExpression reasonLine(
                        u"reason (\\d+) (starts here|goes on|ends here)"_s);
                const QRegularExpressionMatch match = reasonLine.match(line);
                if (!match.hasMatch())
                    continue;
                const int reason = match.captured(1).toInt();
                QVERIFY2(pageOfLine.value(reason, page) == page,
                         qPrintable(u"%1 reasons: the row of reason %2 is cut across pages %3 and %4"_s
                                            .arg(reasons)
                                            .arg(reason)
                                            .arg(pageOfLine.value(reason))
                                            .arg(page)));
                pageOfLine.insert(reason, page);
            }
        }
        QCOMPARE(pageOfLine.size(), reasons);
    }
}

void TestReport::drawsTheBurnUpAxesToFitTheBatch()
{
    // 2,000 devices, one round read while tasks moved adding up to 2,006: the axis ends there, not at 5,000.
    QList<HistoryCountsPoint> points;
    const QDateTime start(QDate(2035, 6, 1), QTime(6, 24, 52), QTimeZone::utc());
    for (int minute = 0; minute <= 10; ++minute)
        points.append({start.addSecs(60 * minute),
                       countsOf(0, 2000 - 200 * minute, 0, minute == 3 ? 6 : 0, 190 * minute, 10 * minute, 0),
                       std::nullopt});
    const QImage image = BurnUpChart::render(points, QSize(1600, 720), QLocale(), {u"S"_s, u"F"_s, u"T"_s});
    QVERIFY(!image.isNull());
    // The scope line (grey, dashed) runs along the top of the plot, not a fifth of the way up from it.
    int topmostGrey = image.height();
    for (int y = 0; y < image.height() && topmostGrey == image.height(); ++y) {
        for (int x = image.width() / 3; x < image.width() * 2 / 3; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel == QColor(0x61, 0x61, 0x61)) {
                topmostGrey = y;
                break;
            }
        }
    }
    QVERIFY2(topmostGrey < image.height() / 6, qPrintable(QString::number(topmostGrey)));
}

// --- otadash-cli report

QString TestReport::smallJobId() const
{
    const SimFleet &fleet = m_sim->fleet();
    const QStringList jobIds = fleet.generatedJobIds();
    for (const QString &jobId : jobIds) {
        const int total = fleet.taskCount(jobId);
        const int failed = fleet.taskCount(jobId, u"FAILED"_s);
        if (total >= 150 && total <= 800 && failed > 5 && failed <= 100
            && fleet.taskCount(jobId, u"SUCCEEDED"_s) > 0)
            return jobId;
    }
    return {};
}

Run TestReport::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless: no display, no platform plugin forced; the command picks the offscreen one itself.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"USER"_s, kExporter);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path()); // private to this user, as Qt wants it
    const Credentials demo = OtaSimulator::demoCredentials();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, demo.accessKeyId);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, demo.accessKeySecret);
    environment.remove(u"ALIBABA_CLOUD_REGION_ID"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(OTADASH_CLI_BIN), QStringList {u"report"_s} + arguments);
    // Wait with the event loop running: the simulator of this process answers meanwhile.
    if (!finished.wait(30000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestReport::commandWritesThePdfFromTheSimulator()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    const QString jobId = smallJobId();
    QVERIFY2(!jobId.isEmpty(), "no generated batch of a few hundred tasks with some failures");
    const SimFleet &fleet = m_sim->fleet();

    // The burn-up comes from the history the dashboard keeps; the environment's credentials are the
    // Environment profile there.
    const QString historyPath = m_dir.filePath(u"history-pdf.sqlite"_s);
    const QDateTime start = QDateTime(QDate(2035, 6, 1), QTime(2, 0), QTimeZone::utc());
    {
        HistoryStore history(historyPath);
        QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
        QVERIFY(history.recordCounts(u"Environment"_s, jobId, start, countsOf(0, 300, 0, 0, 0, 0, 0)));
        QVERIFY(history.recordCounts(u"Environment"_s, jobId, start.addSecs(3600),
                                     countsOf(0, 100, 0, 100, 90, 10, 0)));
    }

    const QString out = m_dir.filePath(u"cli.pdf"_s);
    const Run result
            = run({u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId, u"--format"_s,
                   u"pdf"_s, u"--out"_s, out, u"--notes"_s, kNotes, u"--history-db"_s, historyPath});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.isEmpty());
    const QString text = collapsed(pdfText(out));

    const QJsonObject job = *fleet.job(jobId);
    QStringList expected {u"Sign-off report: "_s + job[u"Name"].toString(), jobId,
                          job[u"DestVersion"].toString(), u"Approved by fleet ops after the canary."_s,
                          u"Exported by signoff-tester with profile "
                          u"Environment"_s};
    const QJsonArray sources = job[u"SrcVersions"].toObject()[u"SrcVersion"].toArray();
    for (const QJsonValue &source : sources)
        expected.append(source.toString());
    const QJsonArray tags = job[u"Tags"].toObject()[u"OtaTagDTO"].toArray();
    for (const QJsonValue &tag : tags)
        expected.append(tag[u"Key"].toString() + u' ' + tag[u"Value"].toString());
    // Every status with its count, as the simulator has them.
    for (const TaskStatus status : kAllTaskStatuses) {
        const int count = fleet.taskCount(jobId, TaskStatuses::code(status));
        expected.append(TaskStatuses::label(status) + u' ' + QLocale().toString(count));
    }
    // Every failure reason with its count (all failed tasks fit in the pages read).
    QHash<QString, int> reasons;
    const QJsonArray failed = fleet.tasks(jobId, u"FAILED"_s, 0, fleet.taskCount(jobId, u"FAILED"_s));
    QStringList failedSources;
    for (const QJsonValue &task : failed) {
        ++reasons[task[u"TaskDesc"].toString()];
        failedSources.append(task[u"SrcVersion"].toString());
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        expected.append(it.key() + u' ' + QString::number(it.value()));
    const QString failedCount = QString::number(failed.size());
    expected.append(u"Counted from %1 of %1 failed tasks."_s.arg(failedCount));
    // The schedule times the form shows, in this computer's time zone.
    const QueryOtaJobResult parsed = parseQueryOtaJob(QJsonDocument(QJsonObject {{u"Data"_s, job}}).toJson());
    QVERIFY(std::holds_alternative<ParsedQueryOtaJob>(parsed));
    const OtaJob otaJob = std::get<ParsedQueryOtaJob>(parsed).job;
    for (const JobField field : {JobField::UtcCreate, JobField::UtcStartTime, JobField::UtcModified}) {
        if (otaJob.has(field))
            expected.append(
                    JobDetailModel::displayText(otaJob, field, QLocale(), QTimeZone::systemTimeZone()));
    }
    // The lint findings of the batch, as BatchLint finds them from the same facts.
    LintInput lint;
    lint.job = otaJob;
    TaskStatusCounts counts;
    for (const TaskStatus status : kAllTaskStatuses)
        counts[status] = fleet.taskCount(jobId, TaskStatuses::code(status));
    lint.counts = counts;
    lint.failedTaskSrcVersions = failedSources;
    const QList<LintFinding> findings = BatchLint::check(lint);
    for (const LintFinding &finding : findings)
        expected.append(finding.title);
    if (findings.isEmpty())
        expected.append(u"No risky settings were found."_s);

    for (const QString &piece : expected)
        QVERIFY2(text.contains(collapsed(piece)), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(piece, text)));
    QCOMPARE(pdfImageCount(out), 1); // the burn-up chart from the two recorded points
}

void TestReport::commandWritesMarkdownWithoutHistory()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    const QString jobId = u"HvKuBpuk3rdk6E92CPgray0200"_s;
    const QString historyPath = m_dir.filePath(u"no-such-history.sqlite"_s);
    const QString out = m_dir.filePath(u"cli.md"_s);
    const Run result = run({u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId,
                            u"--format"_s, u"md"_s, u"--out"_s, out, u"--notes"_s, u"日本語のメモ"_s,
                            u"--history-db"_s, historyPath, u"--lang"_s, u"en"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("no history at"), result.err.constData());
    QVERIFY(!QFile::exists(historyPath)); // read, never created
    const QString text = fileText(out);
    for (const QString &piece :
         {u"# Sign-off report: gateway-fw-2.4.0"_s, u"| HvKuBpuk3rdk6E92CPgray0200 |"_s,
          u"| env | production |"_s, u"日本語のメモ"_s, u"so there is no burn-up chart."_s,
          u"Exported by signoff-tester with profile Environment"_s}) {
        QVERIFY2(collapsed(text).contains(piece), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(piece, text)));
    }
}

void TestReport::commandErrorsWriteNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString good = u"HvKuBpuk3rdk6E92CPgray0200"_s;
    QTest::newRow("unknown-batch") << QStringList {u"--job-id"_s, u"NoSuchBatch0000000000000"_s,
                                                   u"--format"_s, u"pdf"_s}
                                   << u"unknown.pdf"_s << 2 << u"iot.system.IllegalRequest"_s;
    QTest::newRow("bad-format") << QStringList {u"--job-id"_s, good, u"--format"_s, u"docx"_s} << u"x.docx"_s
                                << 1 << u"--format must be pdf or md"_s;
    QTest::newRow("no-format") << QStringList {u"--job-id"_s, good} << u"x.pdf"_s << 1 << u"--format"_s;
    // A folder that cannot be made (it would be beneath a file): nothing is written, no folder is left.
    QTest::newRow("folder-beneath-a-file") << QStringList {u"--job-id"_s, good, u"--format"_s, u"md"_s}
                                           << u"a-file/folder/x.md"_s << 5 << u"a-file"_s;
    // Everything was read; the file cannot be written.
    QTest::newRow("unwritable") << QStringList {u"--job-id"_s, good, u"--format"_s, u"pdf"_s}
                                << u"/proc/otadash-report-cli.pdf"_s << 5
                                << u"/proc/otadash-report-cli.pdf"_s;
}

void TestReport::commandErrorsWriteNoFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    const QString path = out.startsWith(u'/') ? out : m_dir.filePath(out);
    QFile blocker(m_dir.filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run result = run(arguments
                           + QStringList {u"--endpoint"_s, m_sim->endpoint().toString(), u"--out"_s, path,
                                          u"--history-db"_s, m_dir.filePath(u"none.sqlite"_s)});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestReport::commandMakesMissingFolders()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    const QString out = m_dir.filePath(u"new-home/Documents/signoff/cli.md"_s);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"new-home"_s)));
    const Run result = run({u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s,
                            u"HvKuBpuk3rdk6E92CPgray0200"_s, u"--format"_s, u"md"_s, u"--out"_s, out,
                            u"--history-db"_s, m_dir.filePath(u"none.sqlite"_s)});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(fileText(out).contains(u"# Sign-off report: gateway-fw-2.4.0"));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
