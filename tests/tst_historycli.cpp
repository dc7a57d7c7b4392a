#include "Csv.h"
#include "OtaSimulator.h"
#include "SimFleet.h"
#include "history/HistoryStore.h"
#include "ota/CountsSummary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kProduction = u"Production"_s;
const QString kNightShift = u"Ops, \"night\" shift"_s; // a comma and quotes: CSV must quote it
const QDateTime kT0(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray body(const QByteArray &requestId, const QByteArray &status)
{
    return "{\"Data\":{\"JobId\":\"HvKuBpuk3rdk6E92CP****0200\",\"JobStatus\":\"" + status
            + "\"},\"RequestId\":\"" + requestId + "\",\"Success\":true}";
}

TaskStatusCounts counts(qint64 succeeded, qint64 inProgress, qint64 failed)
{
    TaskStatusCounts result;
    result[TaskStatus::Succeeded] = succeeded;
    result[TaskStatus::InProgress] = inProgress;
    result[TaskStatus::Failed] = failed;
    return result;
}

} // namespace

// `otadash-cli history` over a history file written here, and `otadash-cli query` writing into one, as
// separate processes without a display.
class TestHistoryCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void printsAnAlignedTableOldestFirst();
    void printsJsonObjects();
    void printsRfc4180Csv();
    void filtersByProfile();
    void exitsWith1AndPrintsNothingWithoutHistory_data();
    void exitsWith1AndPrintsNothingWithoutHistory();
    void exitsWithUsageErrors_data();
    void exitsWithUsageErrors();
    void exitsWith5ForAFileThatIsNotAHistory();
    void queryRecordsEveryBatchReadIntoTheHistoryDb();
    void queryOnTheDemoRecordsIntoTheDemoHistory();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &env = {}) const;
    QString dbPath() const { return m_dir->filePath(u"history.sqlite"_s); }
    // Production: three fetches and two rounds of counts, one read with the last fetch (10 s before it), one
    // on its own; the night shift: one fetch between them, no counts.
    void writeHistory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OtaSimulator> m_sim;
};

void TestHistoryCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
}

void TestHistoryCli::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

Run TestHistoryCli::run(const QStringList &arguments, const QMap<QString, QString> &env) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless, English, and this test's own settings and data folders.
    for (const QString &name :
         {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
          u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"ALIBABA_CLOUD_REGION_ID"_s})
        environment.remove(name);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(OTADASH_CLI_BIN), arguments);
    // The event loop runs meanwhile: the simulator of this process answers `otadash-cli query`.
    if (!finished.wait(30000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestHistoryCli::writeHistory()
{
    HistoryStore store(dbPath());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QVERIFY(store.recordJob(kProduction, kJobId, kT0, body("1", "IN_PROGRESS"), ResponseFormat::Json,
                            u"IN_PROGRESS"_s));
    QVERIFY(store.recordJob(kProduction, kJobId, kT0.addSecs(120), body("2", "IN_PROGRESS"),
                            ResponseFormat::Json, u"IN_PROGRESS"_s));
    QVERIFY(store.recordJob(kProduction, kJobId, kT0.addSecs(600), body("3", "COMPLETED"),
                            ResponseFormat::Json, u"COMPLETED"_s));
    QVERIFY(store.recordJob(kNightShift, kJobId, kT0.addSecs(60), body("4", "PLANNED"), ResponseFormat::Json,
                            u"PLANNED"_s));
    QVERIFY(store.recordCounts(kProduction, kJobId, kT0.addSecs(100), counts(1200, 34, 5)));
    QVERIFY(store.recordCounts(kProduction, kJobId, kT0.addSecs(590), counts(1234, 0, 5)));
    // Another batch, which must not show up.
    QVERIFY(store.recordJob(kProduction, u"OtherBatch"_s, kT0.addSecs(30), body("5", "CANCELED"),
                            ResponseFormat::Json, u"CANCELED"_s));
}

void TestHistoryCli::printsAnAlignedTableOldestFirst()
{
    writeHistory();
    const Run result = run({u"history"_s, u"--job-id"_s, kJobId, u"--history-db"_s, dbPath()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    // Header, four fetches, the round read without a fetch, the two counts, what the words mean.
    QCOMPARE(lines.size(), 9);
    QVERIFY(lines[0].startsWith(u"Profile"));
    QVERIFY(lines[0].contains(u"Fetched (UTC)"));
    QVERIFY(lines[0].contains(u"Counted (UTC)"));
    QVERIFY(lines[0].contains(u"Awaiting confirmation"));
    QVERIFY(lines[0].endsWith(u"Total  Progress"));
    QVERIFY(lines[1].startsWith(kProduction + u' '));
    QVERIFY(lines[1].contains(u"2026-03-01 08:00:00  In progress"));
    QVERIFY(lines[2].startsWith(kNightShift + u' '));
    QVERIFY(lines[2].contains(u"2026-03-01 08:01:00  Planned"));
    QVERIFY(lines[4].contains(u"2026-03-01 08:02:00"));
    QVERIFY(lines[5].contains(u"2026-03-01 08:10:00  Completed"));
    // Only the fetch at 08:10:00 was read with a round of counts (08:09:50); the round at 08:01:40 was read
    // without a fetch and is a line of its own; the fetches at 08:00:00 and 08:02:00 show none.
    // The time of day is the last word of "2026-03-01 08:01:40".
    const QStringList early {u"08:01:40"_s, u"0"_s, u"0"_s, u"0"_s,    u"34"_s,
                             u"1,200"_s,    u"5"_s, u"0"_s, u"1,239"_s};
    const QStringList late {u"08:09:50"_s, u"0"_s, u"0"_s, u"0"_s,    u"0"_s,
                            u"1,234"_s,    u"5"_s, u"0"_s, u"1,239"_s};
    // Then the progress in the dashboard's words (CountsSummary: shares rounded down).
    const auto countsOf = [](const QString &line) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        return words.mid(words.size() - 16, 9);
    };
    QCOMPARE(countsOf(lines[3]), early);
    QVERIFY2(lines[3].endsWith(u"  96.8 % succeeded · 0.4 % failed"), qPrintable(lines[3]));
    QVERIFY(lines[3].startsWith(kProduction + u' '));
    QVERIFY(!lines[3].contains(u"In progress"));
    QCOMPARE(countsOf(lines[5]), late);
    QVERIFY2(lines[5].endsWith(u"  99.5 % succeeded · 0.4 % failed"), qPrintable(lines[5]));
    for (const int fetchOnly : {1, 2, 4})
        QVERIFY2(!lines[fetchOnly].contains(u"1,2"), qPrintable(lines[fetchOnly]));
    // Aligned: the columns start at the same place on every line, counts end under their header.
    const qsizetype fetched = lines[0].indexOf(u"Fetched (UTC)");
    for (const int i : {1, 2, 4, 5})
        QCOMPARE(lines[i].indexOf(u"2026-03-01 08:"), fetched);
    QCOMPARE(lines[3].indexOf(u"2026-03-01 08:"), lines[0].indexOf(u"Counted (UTC)"));
    QCOMPARE(lines[3].indexOf(u"96.8 %"), lines[0].indexOf(u"Progress"));
    QCOMPARE(lines[5].indexOf(u"99.5 %"), lines[0].indexOf(u"Progress"));
    QCOMPARE(lines[3].indexOf(u"1,239  96.8"), lines[0].indexOf(u"Total")); // counts end under it
    QCOMPARE(lines[6], u"4 fetches"_s);
    QCOMPARE(lines[7], u"1 round of task counts read without a fetch"_s);
    QCOMPARE(lines[8], CountsSummary::definitions());
}

void TestHistoryCli::printsJsonObjects()
{
    writeHistory();
    const Run result = run(
            {u"history"_s, u"--job-id"_s, kJobId, u"--history-db"_s, dbPath(), u"--output"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 5);
    const QJsonObject first = array[0].toObject();
    QCOMPARE(first.value(u"Profile").toString(), kProduction);
    QCOMPARE(first.value(u"FetchedAt").toString(), u"2026-03-01T08:00:00Z"_s);
    QCOMPARE(first.value(u"JobStatus").toString(), u"IN_PROGRESS"_s);
    QVERIFY(!first.contains(u"TaskCounts")); // no round of its own
    QVERIFY(!first.contains(u"TaskCountsAt"));
    const QJsonObject night = array[1].toObject();
    QCOMPARE(night.value(u"Profile").toString(), kNightShift);
    QCOMPARE(night.value(u"JobStatus").toString(), u"PLANNED"_s);
    QVERIFY(!night.contains(u"TaskCounts"));
    // The round read without a fetch: its counts and its time, no fetch.
    const QJsonObject round = array[2].toObject();
    QCOMPARE(round.value(u"Profile").toString(), kProduction);
    QVERIFY(!round.contains(u"FetchedAt"));
    QVERIFY(!round.contains(u"JobStatus"));
    QCOMPARE(round.value(u"TaskCountsAt").toString(), u"2026-03-01T08:01:40Z"_s);
    const QJsonObject taskCounts = round.value(u"TaskCounts").toObject();
    QCOMPARE(taskCounts.size(), 7);
    QCOMPARE(taskCounts.value(u"SUCCEEDED").toInteger(), 1200);
    QCOMPARE(taskCounts.value(u"IN_PROGRESS").toInteger(), 34);
    QCOMPARE(taskCounts.value(u"FAILED").toInteger(), 5);
    QCOMPARE(taskCounts.value(u"CONFIRM").toInteger(), 0);
    // The same counts in the dashboard's words.
    const QJsonObject summary = round.value(u"TaskSummary").toObject();
    QCOMPARE(summary.value(u"Succeeded").toInteger(), 1200);
    QCOMPARE(summary.value(u"InFlight").toInteger(), 34);
    QCOMPARE(summary.value(u"NotStarted").toInteger(), 0);
    QCOMPARE(summary.value(u"Complete").toInteger(), 1205);
    QCOMPARE(summary.value(u"Total").toInteger(), 1239);
    QVERIFY(!array[3].toObject().contains(u"TaskCounts"));
    QCOMPARE(array[4].toObject().value(u"JobStatus").toString(), u"COMPLETED"_s);
    QCOMPARE(array[4].toObject().value(u"TaskCountsAt").toString(), u"2026-03-01T08:09:50Z"_s);
    QCOMPARE(array[4].toObject().value(u"TaskCounts").toObject().value(u"SUCCEEDED").toInteger(), 1234);
}

void TestHistoryCli::printsRfc4180Csv()
{
    writeHistory();
    const Run result = run(
            {u"history"_s, u"--job-id"_s, kJobId, u"--history-db"_s, dbPath(), u"--output"_s, u"csv"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("\r\n"));
    QCOMPARE(result.out.count("\r\n"), result.out.count('\n')); // RFC 4180: every line ends in CRLF
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(result.out));
    QVERIFY(records);
    QCOMPARE(records->size(), 6);
    QCOMPARE(records->at(0),
             (QStringList {u"Profile"_s, u"FetchedAt"_s, u"JobStatus"_s, u"TaskCountsAt"_s, u"CONFIRM"_s,
                           u"QUEUED"_s, u"NOTIFIED"_s, u"IN_PROGRESS"_s, u"SUCCEEDED"_s, u"FAILED"_s,
                           u"CANCELED"_s}));
    QCOMPARE(records->at(1),
             (QStringList {kProduction, u"2026-03-01T08:00:00Z"_s, u"IN_PROGRESS"_s, QString(), QString(),
                           QString(), QString(), QString(), QString(), QString(), QString()}));
    QCOMPARE(records->at(2),
             (QStringList {kNightShift, u"2026-03-01T08:01:00Z"_s, u"PLANNED"_s, QString(), QString(),
                           QString(), QString(), QString(), QString(), QString(), QString()}));
    QCOMPARE(records->at(3),
             (QStringList {kProduction, QString(), QString(), u"2026-03-01T08:01:40Z"_s, u"0"_s, u"0"_s,
                           u"0"_s, u"34"_s, u"1200"_s, u"5"_s, u"0"_s}));
    QCOMPARE(records->at(5).mid(0, 4),
             (QStringList {kProduction, u"2026-03-01T08:10:00Z"_s, u"COMPLETED"_s,
                           u"2026-03-01T08:09:50Z"_s}));
    QVERIFY(result.out.contains("\"Ops, \"\"night\"\" shift\""));
}

void TestHistoryCli::filtersByProfile()
{
    writeHistory();
    Run result = run(
            {u"history"_s, u"--job-id"_s, kJobId, u"--history-db"_s, dbPath(), u"--profile"_s, kProduction});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8); // header, 3 fetches, a round of its own, 2 totals, the definitions
    QVERIFY(lines[0].startsWith(u"Fetched (UTC)")); // one profile: no profile column
    QVERIFY(lines[1].startsWith(u"2026-03-01 08:00:00"));
    QVERIFY(!result.out.contains("night"));
    QCOMPARE(lines[5], u"3 fetches"_s);

    result = run({u"history"_s, u"--job-id"_s, kJobId, u"--history-db"_s, dbPath(), u"--profile"_s,
                  kNightShift, u"--output"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array[0].toObject().value(u"Profile").toString(), kNightShift);
}

void TestHistoryCli::exitsWith1AndPrintsNothingWithoutHistory_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-batch") << QStringList {u"--job-id"_s, u"NoSuchBatch"_s}
                                   << u"no fetch of batch NoSuchBatch is recorded"_s;
    QTest::newRow("other-profile") << QStringList {u"--job-id"_s, kJobId, u"--profile"_s, u"Staging"_s}
                                   << u"with profile Staging"_s;
    QTest::newRow("json-too") << QStringList {u"--job-id"_s, u"NoSuchBatch"_s, u"--output"_s, u"json"_s}
                              << u"no fetch of batch NoSuchBatch"_s;
}

void TestHistoryCli::exitsWith1AndPrintsNothingWithoutHistory()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    writeHistory();
    const Run result = run(QStringList {u"history"_s, u"--history-db"_s, dbPath()} + arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());

    // No file at all: said so, and none is created.
    const QString missing = m_dir->filePath(u"missing.sqlite"_s);
    const Run none = run(QStringList {u"history"_s, u"--history-db"_s, missing} + arguments);
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.contains("there is no history at"), none.err.constData());
    QVERIFY(!QFile::exists(missing));
}

void TestHistoryCli::exitsWithUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-job-id") << QStringList {} << u"--job-id is required"_s;
    QTest::newRow("two-job-ids") << QStringList {u"--job-id"_s, u"a"_s, u"--job-id"_s, u"b"_s}
                                 << u"give --job-id only once"_s;
    QTest::newRow("bad-job-id") << QStringList {u"--job-id"_s, u"no spaces"_s} << u"not a valid batch ID"_s;
    QTest::newRow("bad-output") << QStringList {u"--job-id"_s, kJobId, u"--output"_s, u"xml"_s}
                                << u"--output must be text, json or csv"_s;
    QTest::newRow("unknown-option") << QStringList {u"--job-id"_s, kJobId, u"--region"_s, u"x"_s}
                                    << u"Unknown option 'region'"_s;
    QTest::newRow("bad-lang") << QStringList {u"--job-id"_s, kJobId, u"--lang"_s, u"fr"_s}
                              << u"unsupported language 'fr'"_s;
}

void TestHistoryCli::exitsWithUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    writeHistory();
    const Run result = run(QStringList {u"history"_s, u"--history-db"_s, dbPath()} + arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.err.contains("Run 'otadash-cli history --help' for the options."));

    const Run help = run({u"history"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith("Usage: otadash-cli history --job-id ID"));
    QVERIFY(help.out.contains("--history-db"));
}

void TestHistoryCli::exitsWith5ForAFileThatIsNotAHistory()
{
    QFile junk(dbPath());
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(2048, 'j'));
    junk.close();
    const Run result = run({u"history"_s, u"--job-id"_s, kJobId, u"--history-db"_s, dbPath()});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("not an SQLite database"), result.err.constData());
}

void TestHistoryCli::queryRecordsEveryBatchReadIntoTheHistoryDb()
{
    const Credentials demo = OtaSimulator::demoCredentials();
    const QMap<QString, QString> env {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, demo.accessKeyId},
                                      {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, demo.accessKeySecret}};
    const QString jobId = m_sim->jobIds().value(1);
    const QStringList query {u"query"_s, u"--endpoint"_s, m_sim->endpoint().toString(),  u"--job-id"_s,
                             jobId,      u"--job-id"_s,   u"NoSuchBatch0000000000000"_s, u"--history-db"_s,
                             dbPath()};
    Run result = run(query, env);
    QCOMPARE(result.exitCode, 2); // the unknown batch
    QVERIFY(!result.err.contains("history"));
    result = run(query, env);
    QCOMPARE(result.exitCode, 2);
    {
        HistoryStore store(dbPath());
        QVERIFY(store.isOpen());
        // Without --profile the credentials are the environment's: recorded as the Environment profile.
        const QList<HistoryJobSnapshot> snapshots = store.jobSnapshots(u"Environment"_s, jobId);
        QCOMPARE(snapshots.size(), 2);
        const QJsonObject data
                = QJsonDocument::fromJson(snapshots[0].body).object().value(u"Data").toObject();
        QCOMPARE(data.value(u"JobId").toString(), jobId);
        const QString status = m_sim->fleet().job(jobId)->value(u"JobStatus").toString();
        QCOMPARE(snapshots[0].jobStatus, status);
        QVERIFY(snapshots[0].fetchedAtUtc.secsTo(QDateTime::currentDateTimeUtc()) < 600);
        QVERIFY(snapshots[1].fetchedAtUtc <= snapshots[0].fetchedAtUtc);
        // The one that failed was not recorded.
        QVERIFY(store.profilesWithHistory(u"NoSuchBatch0000000000000"_s).isEmpty());
    }
    result = run({u"history"_s, u"--job-id"_s, jobId, u"--history-db"_s, dbPath(), u"--output"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array[0].toObject().value(u"Profile").toString(), u"Environment"_s);
    // Nothing went into the default history.
    QVERIFY(!QFile::exists(m_dir->filePath(u"data/OtaDash/otadash/history.sqlite"_s)));
}

void TestHistoryCli::queryOnTheDemoRecordsIntoTheDemoHistory()
{
    const QString jobId = m_sim->jobIds().value(0);
    Run result = run({u"query"_s, u"--demo"_s, u"--job-id"_s, jobId, u"--output"_s, u"text"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QString folder = m_dir->filePath(u"data/OtaDash/otadash"_s);
    QVERIFY(QFile::exists(folder + u"/demo-history.sqlite"_s));
    QVERIFY(!QFile::exists(folder + u"/history.sqlite"_s)); // the demo never mixes with real history

    result = run({u"history"_s, u"--demo"_s, u"--job-id"_s, jobId, u"--output"_s, u"csv"_s});
    QCOMPARE(result.exitCode, 0);
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(result.out));
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(1).at(0), u"Demo"_s);
    // The real history has none of it.
    result = run({u"history"_s, u"--job-id"_s, jobId});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
