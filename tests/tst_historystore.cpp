#include "history/HistoryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"Production"_s;
const QString kJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QDateTime kT0(QDate(2026, 3, 1), QTime(8, 0, 0, 125), Qt::UTC);

QByteArray jsonBody(const QByteArray &requestId, const QByteArray &status = "IN_PROGRESS")
{
    return "{\"Data\":{\"JobId\":\"HvKuBpuk3rdk6E92CP****0200\",\"JobStatus\":\"" + status
            + "\",\"Name\":\"firmware2 \\u00e9\\\"x\\\"\"},\"Code\":\"\",\"RequestId\":\"" + requestId
            + "\",\"Success\":true}";
}

QByteArray xmlBody(const QByteArray &requestId, const QByteArray &status = "IN_PROGRESS")
{
    return "<?xml version='1.0' encoding='UTF-8'?>\n<QueryOTAJobResponse>\n  <RequestId>" + requestId
            + "</RequestId>\n  <Data><JobStatus>" + status
            + "</JobStatus><Name>固件 2</Name></Data>\n  <Success>true</Success>\n</QueryOTAJobResponse>\n";
}

TaskStatusCounts counts(qint64 succeeded, qint64 inProgress)
{
    TaskStatusCounts result;
    result[TaskStatus::Succeeded] = succeeded;
    result[TaskStatus::InProgress] = inProgress;
    result[TaskStatus::Failed] = 1;
    return result;
}

// A raw connection to a history file, for what the store itself never does (old schemas, locks, triggers).
class RawSql
{
public:
    explicit RawSql(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_open = db.open();
    }
    ~RawSql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement)) {
            qWarning() << statement << query.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void defaultPathsAreInTheAppDataFolder();
    void createsANewFileAtTheCurrentVersion();
    void roundTripsBodiesByteExact_data();
    void roundTripsBodiesByteExact();
    void keepsEveryFetchButStoresARepeatedBodyOnce();
    void doesNotShareBodiesAcrossBatchesOrFormats();
    void countsSeriesIsOldestFirst();
    void seenMarksReturnWhatWasOnScreen();
    void listsTheProfilesOfABatch();
    void aBatchFetchedWithoutAProfileIsKeptUnderTheEmptyName();
    void migratesAVersion1FileKeepingItsRows();
    void migratesAVersion2FileKeepingItsCounts();
    void refusesAFileFromANewerVersionWithoutTouchingIt();
    void refusesAFileThatIsNotAHistory();
    void prunesRowsBeforeTheCutoff();
    void pruneKeepsTheBodiesOfLaterRepeats();
    void clearsEverythingOrOneBatch();
    void aLockedFileFailsTheWriteAndKeepsNothing();
    void anUpToDateFileOpensWhileAnotherWrites();
    void aFailedPruneLeavesEveryRow();
    void aStoreThatCouldNotOpenRefusesWrites();
    void twoStoresOnTwoThreadsWriteAtTheSameTime();
    void keepsTheAuditLogThroughPruningAndClearing();

private:
    QString path(const QString &name = u"history.sqlite"_s) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OtaDashTest"_s);
    QCoreApplication::setApplicationName(u"tst_historystore"_s);
}

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::defaultPathsAreInTheAppDataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(HistoryStore::defaultPath(), QDir(folder).filePath(u"history.sqlite"_s));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(HistoryStore::demoPath(), QDir(folder).filePath(u"demo-history.sqlite"_s));
}

void TestHistoryStore::createsANewFileAtTheCurrentVersion()
{
    const QString file = m_dir->filePath(u"deeper/still/history.sqlite"_s);
    {
        HistoryStore store(file);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(store.errorString().isEmpty());
        QCOMPARE(store.databasePath(), file);
        QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
        QVERIFY(!store.latestJob(kProfile, kJobId));
        QVERIFY(store.jobSnapshots(kProfile, kJobId).isEmpty());
        QVERIFY(store.countsSeries(kProfile, kJobId).isEmpty());
    }
    RawSql raw(file);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::kSchemaVersion);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestHistoryStore::roundTripsBodiesByteExact_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("format");
    QTest::newRow("json") << jsonBody("0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0") << int(ResponseFormat::Json);
    QTest::newRow("json-indented-crlf") << QByteArray(
            "{\r\n  \"RequestId\" :  \"A-1\",\r\n  \"Data\": {\"JobStatus\": \"CANCELED\"}\r\n}\r\n")
                                        << int(ResponseFormat::Json);
    QTest::newRow("xml") << xmlBody("5F6E7D8C") << int(ResponseFormat::Xml);
    static const char notUtf8[] = "{\"RequestId\":\"x\",\"Data\":\"\xff\xfe\x00\x01\"}";
    QTest::newRow("not-utf8") << QByteArray(notUtf8, sizeof(notUtf8) - 1) << int(ResponseFormat::Json);
    QTest::newRow("empty") << QByteArray("") << int(ResponseFormat::Json);
}

void TestHistoryStore::roundTripsBodiesByteExact()
{
    QFETCH(QByteArray, body);
    QFETCH(int, format);
    HistoryStore store(path());
    QVERIFY(store.isOpen());
    QVERIFY2(store.recordJob(kProfile, kJobId, kT0, body, ResponseFormat(format), u"IN_PROGRESS"_s),
             qPrintable(store.errorString()));
    const std::optional<HistoryJobSnapshot> latest = store.latestJob(kProfile, kJobId);
    QVERIFY(latest);
    QCOMPARE(latest->body, body);
    QCOMPARE(latest->body.size(), body.size());
    QCOMPARE(int(latest->format), format);
    QCOMPARE(latest->jobStatus, u"IN_PROGRESS"_s);
    QCOMPARE(latest->profile, kProfile);
    QCOMPARE(latest->jobId, kJobId);
    QCOMPARE(latest->fetchedAtUtc, kT0);
    QCOMPARE(latest->fetchedAtUtc.timeSpec(), Qt::UTC);
    QVERIFY(latest->id > 0);
}

void TestHistoryStore::keepsEveryFetchButStoresARepeatedBodyOnce()
{
    HistoryStore store(path());
    const QList<QByteArray> bodies {jsonBody("rid-1"),
                                    jsonBody("rid-2"),
                                    jsonBody("rid-3-longer-than-before"),
                                    jsonBody("rid-4", "SUCCEEDED"),
                                    jsonBody("rid-5", "SUCCEEDED"),
                                    jsonBody("rid-6")};
    for (int i = 0; i < bodies.size(); ++i) {
        QVERIFY(store.recordJob(kProfile, kJobId, kT0.addSecs(60 * i), bodies[i], ResponseFormat::Json,
                                bodies[i].contains("SUCCEEDED") ? u"SUCCEEDED"_s : u"IN_PROGRESS"_s));
    }
    const QList<HistoryJobSnapshot> snapshots = store.jobSnapshots(kProfile, kJobId);
    QCOMPARE(snapshots.size(), bodies.size()); // every fetch is kept
    for (int i = 0; i < bodies.size(); ++i) {
        const HistoryJobSnapshot &snapshot = snapshots[bodies.size() - 1 - i]; // newest first
        QCOMPARE(snapshot.body, bodies[i]);
        QCOMPARE(snapshot.fetchedAtUtc, kT0.addSecs(60 * i));
    }
    QCOMPARE(snapshots.constFirst().jobStatus, u"IN_PROGRESS"_s);
    QCOMPARE(snapshots[1].jobStatus, u"SUCCEEDED"_s);
    RawSql raw(path());
    // Stored in full: the first IN_PROGRESS, the first SUCCEEDED and the IN_PROGRESS after it (not in a row).
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM job_snapshots WHERE body_of IS NULL"_s).toInt(), 3);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM job_snapshots WHERE body_of IS NOT NULL"_s).toInt(), 3);
    QCOMPARE(raw.value(u"SELECT MAX(LENGTH(body)) FROM job_snapshots WHERE body_of IS NOT NULL"_s).toInt(),
             int(qstrlen("rid-3-longer-than-before")));
}

void TestHistoryStore::doesNotShareBodiesAcrossBatchesOrFormats()
{
    HistoryStore store(path());
    QVERIFY(store.recordJob(kProfile, kJobId, kT0, xmlBody("r1"), ResponseFormat::Xml, u"IN_PROGRESS"_s));
    QVERIFY(store.recordJob(kProfile, kJobId, kT0.addSecs(1), xmlBody("r2"), ResponseFormat::Xml,
                            u"IN_PROGRESS"_s));
    QVERIFY(store.recordJob(u"Staging"_s, kJobId, kT0.addSecs(2), xmlBody("r3"), ResponseFormat::Xml,
                            u"IN_PROGRESS"_s));
    QVERIFY(store.recordJob(kProfile, kJobId, kT0.addSecs(3), jsonBody("r4"), ResponseFormat::Json,
                            u"IN_PROGRESS"_s));
    QCOMPARE(store.jobSnapshots(kProfile, kJobId).size(), 3);
    QCOMPARE(store.jobSnapshots(kProfile, kJobId).at(1).body, xmlBody("r2"));
    QCOMPARE(store.jobSnapshots(u"Staging"_s, kJobId).constFirst().body, xmlBody("r3"));
    RawSql raw(path());
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM job_snapshots WHERE body_of IS NOT NULL"_s).toInt(), 1);
}

void TestHistoryStore::countsSeriesIsOldestFirst()
{
    HistoryStore store(path());
    QVERIFY(store.recordCounts(kProfile, kJobId, kT0.addSecs(120), counts(5, 5)));
    QVERIFY(store.recordCounts(kProfile, kJobId, kT0, counts(1, 9)));
    QVERIFY(store.recordCounts(kProfile, kJobId, kT0.addSecs(60), counts(3, 7), 12));
    QVERIFY(store.recordCounts(u"Other"_s, kJobId, kT0.addSecs(30), counts(100, 0)));
    const QList<HistoryCountsPoint> series = store.countsSeries(kProfile, kJobId);
    QCOMPARE(series.size(), 3);
    QCOMPARE(series[0].atUtc, kT0);
    QCOMPARE(series[0].counts, counts(1, 9));
    QCOMPARE(series[1].atUtc, kT0.addSecs(60));
    QCOMPARE(series[1].counts, counts(3, 7));
    // The batch's total read with the round is kept; without it, the statuses add up to the total.
    QCOMPARE(series[1].batchTotal, std::optional<qint64>(12));
    QCOMPARE(series[1].total(), 12);
    QCOMPARE(series[0].batchTotal, std::nullopt);
    QCOMPARE(series[0].total(), counts(1, 9).total());
    QCOMPARE(series[2].atUtc, kT0.addSecs(120));
    QCOMPARE(series[2].counts, counts(5, 5));
    QCOMPARE(series[2].counts[TaskStatus::Failed], qint64(1));
    const std::optional<HistoryCountsPoint> latest = store.latestCounts(kProfile, kJobId);
    QVERIFY(latest);
    QCOMPARE(latest->atUtc, kT0.addSecs(120));
    QVERIFY(!store.latestCounts(kProfile, u"NoSuchBatch"_s));
}

void TestHistoryStore::seenMarksReturnWhatWasOnScreen()
{
    HistoryStore store(path());
    QVERIFY(!store.jobSeenLast(kProfile, kJobId));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(store.recordJob(kProfile, kJobId, kT0.addSecs(60 * i), jsonBody(QByteArray::number(i)),
                                ResponseFormat::Json, u"IN_PROGRESS"_s));
    }
    QVERIFY(store.recordCounts(kProfile, kJobId, kT0, counts(1, 9)));
    QVERIFY(store.recordCounts(kProfile, kJobId, kT0.addSecs(120), counts(9, 1)));
    QVERIFY(!store.jobSeenLast(kProfile, kJobId)); // never looked at
    QVERIFY(!store.countsSeenLast(kProfile, kJobId));

    QVERIFY(store.markSeen(kProfile, kJobId, kT0.addSecs(90)));
    std::optional<HistoryJobSnapshot> seen = store.jobSeenLast(kProfile, kJobId);
    QVERIFY(seen);
    QCOMPARE(seen->fetchedAtUtc, kT0.addSecs(60));
    QCOMPARE(seen->body, jsonBody("1"));
    std::optional<HistoryCountsPoint> seenCounts = store.countsSeenLast(kProfile, kJobId);
    QVERIFY(seenCounts);
    QCOMPARE(seenCounts->atUtc, kT0);

    // A later look replaces the mark; exactly at a fetch counts as having seen it.
    QVERIFY(store.markSeen(kProfile, kJobId, kT0.addSecs(120)));
    QCOMPARE(store.jobSeenLast(kProfile, kJobId)->fetchedAtUtc, kT0.addSecs(120));
    QCOMPARE(store.countsSeenLast(kProfile, kJobId)->counts, counts(9, 1));
    // Before anything was fetched: nothing was on screen.
    QVERIFY(store.markSeen(kProfile, kJobId, kT0.addSecs(-1)));
    QVERIFY(!store.jobSeenLast(kProfile, kJobId));
    QVERIFY(!store.countsSeenLast(kProfile, kJobId));
    QVERIFY(store.errorString().isEmpty());
    // Marks are per profile.
    QVERIFY(!store.jobSeenLast(u"Other"_s, kJobId));
}

void TestHistoryStore::listsTheProfilesOfABatch()
{
    HistoryStore store(path());
    QVERIFY(store.recordJob(u"b"_s, kJobId, kT0, jsonBody("1"), ResponseFormat::Json, {}));
    QVERIFY(store.recordCounts(u"a"_s, kJobId, kT0, counts(1, 1)));
    QVERIFY(store.recordJob(u"b"_s, kJobId, kT0.addSecs(1), jsonBody("2"), ResponseFormat::Json, {}));
    QVERIFY(store.recordJob(u"c"_s, u"OtherBatch"_s, kT0, jsonBody("3"), ResponseFormat::Json, {}));
    QCOMPARE(store.profilesWithHistory(kJobId), (QStringList {u"a"_s, u"b"_s}));
    QVERIFY(store.profilesWithHistory(u"Nothing"_s).isEmpty());
}

void TestHistoryStore::aBatchFetchedWithoutAProfileIsKeptUnderTheEmptyName()
{
    HistoryStore store(path());
    QVERIFY2(store.recordJob(QString(), kJobId, kT0, jsonBody("1"), ResponseFormat::Json, u"IN_PROGRESS"_s),
             qPrintable(store.errorString()));
    QVERIFY(store.recordCounts(QString(), kJobId, kT0, counts(1, 1)));
    QVERIFY(store.markSeen(QString(), kJobId, kT0));
    for (const QString &none : {QString(), u""_s}) {
        QCOMPARE(store.jobSnapshots(none, kJobId).size(), 1);
        QCOMPARE(store.countsSeries(none, kJobId).size(), 1);
        QVERIFY(store.jobSeenLast(none, kJobId));
    }
    QVERIFY(store.jobSnapshots(u"Other"_s, kJobId).isEmpty());
}

void TestHistoryStore::migratesAVersion1FileKeepingItsRows()
{
    {
        RawSql raw(path());
        QVERIFY(raw.isOpen());
        // The first release's schema, as it wrote it.
        QVERIFY(raw.exec(
                u"CREATE TABLE job_snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL, "
                "job_id TEXT NOT NULL, fetched_at INTEGER NOT NULL, format TEXT NOT NULL, "
                "job_status TEXT NOT NULL DEFAULT '', body BLOB NOT NULL)"_s));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(raw.exec(
                    u"INSERT INTO job_snapshots (profile, job_id, fetched_at, format, job_status, body) "
                    "VALUES ('%1', '%2', %3, 'json', 'IN_PROGRESS', CAST('%4' AS BLOB))"_s.arg(
                            kProfile, kJobId, QString::number(kT0.addSecs(60 * i).toMSecsSinceEpoch()),
                            QString::fromLatin1(jsonBody(QByteArray::number(i))))));
        }
        QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
    }
    {
        HistoryStore store(path());
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
        const QList<HistoryJobSnapshot> snapshots = store.jobSnapshots(kProfile, kJobId);
        QCOMPARE(snapshots.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(snapshots[2 - i].body, jsonBody(QByteArray::number(i)));
            QCOMPARE(snapshots[2 - i].fetchedAtUtc, kT0.addSecs(60 * i));
            QCOMPARE(snapshots[2 - i].jobStatus, u"IN_PROGRESS"_s);
        }
        // What version 2 adds works on the migrated file.
        QVERIFY(store.recordCounts(kProfile, kJobId, kT0, counts(1, 2)));
        QVERIFY(store.markSeen(kProfile, kJobId, kT0.addSecs(60)));
        QCOMPARE(store.jobSeenLast(kProfile, kJobId)->body, jsonBody("1"));
        QVERIFY(store.recordJob(kProfile, kJobId, kT0.addSecs(180), jsonBody("3"), ResponseFormat::Json, {}));
        QCOMPARE(store.jobSnapshots(kProfile, kJobId).size(), 4);
    }
    RawSql raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::kSchemaVersion);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM job_snapshots"_s).toInt(), 4);
}

void TestHistoryStore::migratesAVersion2FileKeepingItsCounts()
{
    {
        HistoryStore store(path());
        QVERIFY(store.recordCounts(kProfile, kJobId, kT0, counts(4, 6), 11));
    }
    {
        // Back to version 2's shape: task_counts without batch_total, as that release wrote it.
        RawSql raw(path());
        QVERIFY(raw.exec(u"DELETE FROM task_counts"_s));
        QVERIFY(raw.exec(u"ALTER TABLE task_counts DROP COLUMN batch_total"_s));
        QVERIFY(raw.exec(
                u"INSERT INTO task_counts (profile, job_id, at, confirm, queued, notified, in_progress, "
                "succeeded, failed, canceled) VALUES ('%1', '%2', %3, 0, 6, 0, 0, 4, 0, 0)"_s.arg(
                        kProfile, kJobId, QString::number(kT0.toMSecsSinceEpoch()))));
        QVERIFY(raw.exec(u"DROP TABLE audit_log"_s)); // version 4's
        QVERIFY(raw.exec(u"PRAGMA user_version = 2"_s));
    }
    HistoryStore store(path());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
    QVERIFY(store.auditLog().isEmpty());
    QVERIFY(store.errorString().isEmpty());
    QVERIFY(store.recordCounts(kProfile, kJobId, kT0.addSecs(30), counts(8, 2), 10));
    const QList<HistoryCountsPoint> series = store.countsSeries(kProfile, kJobId);
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].counts[TaskStatus::Succeeded], 4); // the old round, without a total
    QCOMPARE(series[0].batchTotal, std::nullopt);
    QCOMPARE(series[1].batchTotal, std::optional<qint64>(10));
}

void TestHistoryStore::refusesAFileFromANewerVersionWithoutTouchingIt()
{
    {
        RawSql raw(path());
        QVERIFY(raw.exec(u"CREATE TABLE job_snapshots_v9 (id INTEGER PRIMARY KEY, x BLOB)"_s));
        QVERIFY(raw.exec(u"INSERT INTO job_snapshots_v9 (x) VALUES (X'00FF')"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 9"_s));
    }
    const QByteArray before = fileHash(path());
    QVERIFY(!before.isEmpty());
    {
        HistoryStore store(path());
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(u"newer OtaDash"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(u"version 9"));
        QVERIFY(!store.recordJob(kProfile, kJobId, kT0, jsonBody("x"), ResponseFormat::Json, {}));
        QVERIFY2(store.errorString().contains(u"is not open"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(u"newer OtaDash"));
        QVERIFY(!store.latestJob(kProfile, kJobId));
        QCOMPARE(store.pruneOlderThan(kT0), -1);
        QVERIFY(!store.clear());
    }
    QCOMPARE(fileHash(path()), before);
    QVERIFY(!QFile::exists(path() + u"-wal"_s));
}

void TestHistoryStore::refusesAFileThatIsNotAHistory()
{
    QFile junk(path());
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const QByteArray before = fileHash(path());
    {
        HistoryStore store(path());
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(u"not an SQLite database"), qPrintable(store.errorString()));
    }
    QCOMPARE(fileHash(path()), before);
}

void TestHistoryStore::prunesRowsBeforeTheCutoff()
{
    const QDateTime now = kT0;
    HistoryStore store(path());
    for (const int days : {100, 50, 10}) {
        QVERIFY(store.recordJob(kProfile, kJobId, now.addDays(-days), jsonBody(QByteArray::number(days)),
                                ResponseFormat::Json, {}));
        QVERIFY(store.recordCounts(kProfile, kJobId, now.addDays(-days), counts(days, 0)));
    }
    QVERIFY(store.markSeen(kProfile, kJobId, now.addDays(-70)));
    QVERIFY(store.markSeen(u"Other"_s, kJobId, now.addDays(-5)));
    QCOMPARE(store.pruneOlderThan(now.addDays(-60)), 3); // a fetch, a counts point, a seen mark
    QVERIFY(store.errorString().isEmpty());
    const QList<HistoryJobSnapshot> snapshots = store.jobSnapshots(kProfile, kJobId);
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(snapshots[0].body, jsonBody("10"));
    QCOMPARE(snapshots[1].body, jsonBody("50"));
    const QList<HistoryCountsPoint> series = store.countsSeries(kProfile, kJobId);
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].atUtc, now.addDays(-50));
    QVERIFY(!store.jobSeenLast(kProfile, kJobId)); // its mark was older than the cutoff
    QVERIFY(store.markSeen(kProfile, kJobId, now));
    QCOMPARE(store.pruneOlderThan(now.addDays(-60)), 0);
    QCOMPARE(store.pruneOlderThan(now.addDays(-6)), 4); // two fetches, two counts points; no mark
    QVERIFY(store.jobSnapshots(kProfile, kJobId).isEmpty());
    QVERIFY(store.countsSeries(kProfile, kJobId).isEmpty());
    QVERIFY(store.markSeen(kProfile, kJobId, now)); // the marks at or after the cutoff stayed
    QCOMPARE(store.pruneOlderThan(QDateTime()), -1);
}

void TestHistoryStore::pruneKeepsTheBodiesOfLaterRepeats()
{
    HistoryStore store(path());
    const QList<QByteArray> bodies {xmlBody("first"), xmlBody("second-rid"), xmlBody("3"), xmlBody("fourth")};
    for (int i = 0; i < bodies.size(); ++i) {
        QVERIFY(store.recordJob(kProfile, kJobId, kT0.addDays(i), bodies[i], ResponseFormat::Xml,
                                u"IN_PROGRESS"_s));
    }
    {
        RawSql raw(path());
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM job_snapshots WHERE body_of IS NOT NULL"_s).toInt(), 3);
    }
    // The row holding the shared body goes; the repeats after it stay, each with its own RequestId.
    QCOMPARE(store.pruneOlderThan(kT0.addDays(1)), 1);
    const QList<HistoryJobSnapshot> snapshots = store.jobSnapshots(kProfile, kJobId);
    QCOMPARE(snapshots.size(), 3);
    QCOMPARE(snapshots[2].body, bodies[1]);
    QCOMPARE(snapshots[1].body, bodies[2]);
    QCOMPARE(snapshots[0].body, bodies[3]);
    {
        RawSql raw(path());
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM job_snapshots WHERE body_of IS NULL"_s).toInt(), 1);
    }
    // A new repeat still shares the body with them.
    QVERIFY(store.recordJob(kProfile, kJobId, kT0.addDays(5), xmlBody("fifth"), ResponseFormat::Xml, {}));
    QCOMPARE(store.latestJob(kProfile, kJobId)->body, xmlBody("fifth"));
    QCOMPARE(store.pruneOlderThan(kT0.addDays(4)), 3);
    QCOMPARE(store.latestJob(kProfile, kJobId)->body, xmlBody("fifth"));
}

void TestHistoryStore::clearsEverythingOrOneBatch()
{
    HistoryStore store(path());
    for (const QString &job : {kJobId, u"Second"_s}) {
        QVERIFY(store.recordJob(kProfile, job, kT0, jsonBody("1"), ResponseFormat::Json, {}));
        QVERIFY(store.recordCounts(kProfile, job, kT0, counts(1, 1)));
        QVERIFY(store.markSeen(kProfile, job, kT0));
    }
    QVERIFY(store.recordJob(u"Other"_s, kJobId, kT0, jsonBody("2"), ResponseFormat::Json, {}));
    QVERIFY(store.clearBatch(kProfile, kJobId));
    QVERIFY(!store.latestJob(kProfile, kJobId));
    QVERIFY(!store.latestCounts(kProfile, kJobId));
    QVERIFY(!store.jobSeenLast(kProfile, kJobId));
    QVERIFY(store.latestJob(u"Other"_s, kJobId)); // the same JobId of another profile stays
    QVERIFY(store.latestJob(kProfile, u"Second"_s));
    QVERIFY(store.jobSeenLast(kProfile, u"Second"_s));
    QVERIFY(store.clear());
    QVERIFY(!store.latestJob(u"Other"_s, kJobId));
    QVERIFY(!store.latestJob(kProfile, u"Second"_s));
    QVERIFY(!store.latestCounts(kProfile, u"Second"_s));
    QVERIFY(!store.jobSeenLast(kProfile, u"Second"_s));
}

void TestHistoryStore::aLockedFileFailsTheWriteAndKeepsNothing()
{
    HistoryStore store(path());
    QVERIFY(store.recordJob(kProfile, kJobId, kT0, jsonBody("1"), ResponseFormat::Json, {}));
    store.setBusyTimeout(50);
    {
        RawSql other(path()); // another process in the middle of a long write
        QVERIFY(other.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(!store.recordJob(kProfile, kJobId, kT0.addSecs(1), jsonBody("2", "SUCCEEDED"),
                                 ResponseFormat::Json, {}));
        QVERIFY2(store.errorString().contains(u"locked"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(u"Nothing was saved"));
        QVERIFY(!store.recordCounts(kProfile, kJobId, kT0, counts(1, 1)));
        QVERIFY(!store.markSeen(kProfile, kJobId, kT0));
        // Reading still works while another connection writes (WAL).
        QCOMPARE(store.jobSnapshots(kProfile, kJobId).size(), 1);
        QVERIFY(other.exec(u"ROLLBACK"_s));
    }
    QCOMPARE(store.jobSnapshots(kProfile, kJobId).size(), 1);
    QVERIFY(!store.latestCounts(kProfile, kJobId));
    QVERIFY(store.recordJob(kProfile, kJobId, kT0.addSecs(2), jsonBody("3"), ResponseFormat::Json, {}));
    QVERIFY(store.errorString().isEmpty());
    QCOMPARE(store.jobSnapshots(kProfile, kJobId).size(), 2);
}

void TestHistoryStore::anUpToDateFileOpensWhileAnotherWrites()
{
    {
        HistoryStore writer(path());
        QVERIFY(writer.recordJob(kProfile, kJobId, kT0, jsonBody("1"), ResponseFormat::Json, {}));
    }
    RawSql other(path()); // a window in the middle of a long write
    QVERIFY(other.exec(u"BEGIN IMMEDIATE"_s));
    // e.g. `otadash-cli history`: it only reads, so it takes no write lock (which it would fail to get).
    const HistoryStore reader(path());
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.jobSnapshots(kProfile, kJobId).size(), 1);
    QVERIFY(other.exec(u"ROLLBACK"_s));
}

void TestHistoryStore::aFailedPruneLeavesEveryRow()
{
    HistoryStore store(path());
    QVERIFY(store.recordJob(kProfile, kJobId, kT0, jsonBody("1"), ResponseFormat::Json, {}));
    QVERIFY(store.recordJob(kProfile, kJobId, kT0.addDays(1), jsonBody("2"), ResponseFormat::Json, {}));
    QVERIFY(store.recordCounts(kProfile, kJobId, kT0, counts(1, 1)));
    QVERIFY(store.markSeen(kProfile, kJobId, kT0));
    {
        // The last of the prune's statements fails: the ones before it must be undone.
        RawSql raw(path());
        QVERIFY(raw.exec(u"CREATE TRIGGER refuse BEFORE DELETE ON seen_marks "
                         "BEGIN SELECT RAISE(ABORT, 'seen marks are protected'); END"_s));
    }
    QCOMPARE(store.pruneOlderThan(kT0.addSecs(1)), -1);
    QVERIFY2(store.errorString().contains(u"seen marks are protected"), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(u"could not be written"));
    QCOMPARE(store.jobSnapshots(kProfile, kJobId).size(), 2);
    QCOMPARE(store.jobSnapshots(kProfile, kJobId).constLast().body, jsonBody("1"));
    QCOMPARE(store.jobSnapshots(kProfile, kJobId).constFirst().body, jsonBody("2"));
    QCOMPARE(store.countsSeries(kProfile, kJobId).size(), 1);
    QVERIFY(store.jobSeenLast(kProfile, kJobId));
}

void TestHistoryStore::aStoreThatCouldNotOpenRefusesWrites()
{
    QFile blocker(path(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HistoryStore store(path(u"not-a-folder/history.sqlite"_s));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"could not be created"), qPrintable(store.errorString()));
    QVERIFY(!store.recordJob(kProfile, kJobId, kT0, jsonBody("1"), ResponseFormat::Json, {}));
    QVERIFY(store.errorString().contains(u"is not open"));
    QVERIFY(!store.recordCounts(kProfile, kJobId, kT0, counts(1, 1)));
    QVERIFY(store.countsSeries(kProfile, kJobId).isEmpty());
    QVERIFY(!QFile::exists(path(u"not-a-folder/history.sqlite"_s)));

    HistoryStore usable(path());
    QVERIFY(!usable.recordJob(kProfile, QString(), kT0, jsonBody("1"), ResponseFormat::Json, {}));
    QVERIFY(usable.errorString().contains(u"batch ID"));
    QVERIFY(!usable.recordJob(kProfile, kJobId, QDateTime(), jsonBody("1"), ResponseFormat::Json, {}));
    QVERIFY(usable.jobSnapshots(kProfile, kJobId).isEmpty());
}

void TestHistoryStore::twoStoresOnTwoThreadsWriteAtTheSameTime()
{
    {
        HistoryStore create(path());
    }
    constexpr int kEach = 200;
    QSemaphore ready;
    QSemaphore go;
    QStringList failures[2];
    std::unique_ptr<QThread> threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t].reset(QThread::create([this, t, &ready, &go, &failures] {
            HistoryStore store(path()); // created, used and destroyed on this thread
            if (!store.isOpen())
                failures[t].append(store.errorString());
            ready.release();
            go.acquire();
            for (int i = 0; i < kEach; ++i) {
                const QString profile = u"window-%1"_s.arg(t);
                if (!store.recordJob(profile, kJobId, kT0.addMSecs(i),
                                     jsonBody(QByteArray::number(i), "S" + QByteArray::number(i)),
                                     ResponseFormat::Json, u"IN_PROGRESS"_s)
                    || !store.errorString().isEmpty())
                    failures[t].append(store.errorString());
            }
        }));
        threads[t]->start();
    }
    ready.acquire(2);
    go.release(2); // both write at once from here
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0].join(u'\n')));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1].join(u'\n')));
    HistoryStore store(path());
    QCOMPARE(store.jobSnapshots(u"window-0"_s, kJobId).size(), kEach);
    QCOMPARE(store.jobSnapshots(u"window-1"_s, kJobId).size(), kEach);
    QCOMPARE(store.jobSnapshots(u"window-1"_s, kJobId).constLast().body, jsonBody("0", "S0"));
}

void TestHistoryStore::keepsTheAuditLogThroughPruningAndClearing()
{
    HistoryStore store(path());
    AuditEntry done;
    done.atUtc = kT0;
    done.profile = kProfile;
    done.accessKeyId = u"LTAI5tAudit"_s;
    done.action = u"ReupgradeOTATask"_s;
    done.jobId = kJobId;
    done.targets = {u"t1"_s, u"t2"_s};
    done.requestId = u"R-1"_s;
    done.outcome = AuditEntry::Outcome::Done;
    QVERIFY(store.recordAction(done));
    AuditEntry unknown = done;
    unknown.atUtc = kT0.addSecs(5);
    unknown.jobId = u"OtherJob000000000000"_s;
    unknown.targets = {}; // e.g. CancelOTAStrategyByJob names no target
    unknown.accessKeyId = QString();
    unknown.requestId.clear();
    unknown.outcome = AuditEntry::Outcome::Unknown;
    unknown.detail = u"The connection was closed before the answer."_s;
    QVERIFY(store.recordAction(unknown));
    AuditEntry nameless = done;
    nameless.action.clear();
    QVERIFY(!store.recordAction(nameless));

    QVERIFY(store.pruneOlderThan(kT0.addDays(1)) >= 0);
    QVERIFY(store.clear());
    QVERIFY(store.clearBatch(kProfile, kJobId));
    const QList<AuditEntry> all = store.auditLog();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].atUtc, kT0);
    QCOMPARE(all[0].targets, QStringList({u"t1"_s, u"t2"_s}));
    QCOMPARE(all[0].outcome, AuditEntry::Outcome::Done);
    QCOMPARE(all[0].accessKeyId, u"LTAI5tAudit"_s);
    QCOMPARE(all[1].outcome, AuditEntry::Outcome::Unknown);
    QCOMPARE(all[1].detail, unknown.detail);
    QVERIFY(all[1].targets.isEmpty());
    QVERIFY(all[1].requestId.isEmpty());
    QCOMPARE(store.auditLog(kJobId).size(), 1);
    QCOMPARE(store.auditLog(kJobId).constFirst().requestId, u"R-1"_s);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
