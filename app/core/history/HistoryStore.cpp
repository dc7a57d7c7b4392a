#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

// No profile in use is the empty name: a null QString would bind as SQL NULL.
QString profileKey(const QString &profile)
{
    return profile.isNull() ? u""_s : profile;
}

// One step of the schema, in order; each runs in one transaction together with its user_version.
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> steps {
            // 1: the fetches only (the first release's shape).
            {1,
             {u"CREATE TABLE job_snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL, "
              "job_id TEXT NOT NULL, fetched_at INTEGER NOT NULL, format TEXT NOT NULL, "
              "job_status TEXT NOT NULL DEFAULT '', body BLOB NOT NULL)"_s}},
            // 2: repeats share the previous body (body_of), task counts, seen marks, look-up indexes.
            {2,
             {u"ALTER TABLE job_snapshots ADD COLUMN body_of INTEGER"_s,
              u"CREATE INDEX job_snapshots_by_batch ON job_snapshots (profile, job_id, fetched_at)"_s,
              u"CREATE TABLE task_counts (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL, "
              "job_id TEXT NOT NULL, at INTEGER NOT NULL, confirm INTEGER NOT NULL, queued INTEGER NOT NULL, "
              "notified INTEGER NOT NULL, in_progress INTEGER NOT NULL, succeeded INTEGER NOT NULL, "
              "failed INTEGER NOT NULL, canceled INTEGER NOT NULL)"_s,
              u"CREATE INDEX task_counts_by_batch ON task_counts (profile, job_id, at)"_s,
              u"CREATE TABLE seen_marks (profile TEXT NOT NULL, job_id TEXT NOT NULL, "
              "seen_at INTEGER NOT NULL, PRIMARY KEY (profile, job_id))"_s}},
            // 3: the batch's total read with each round of counts (NULL in the rounds recorded before).
            {3, {u"ALTER TABLE task_counts ADD COLUMN batch_total INTEGER"_s}},
            // 4: the audit log of write actions, one row per call (targets: one per line).
            {4,
             {u"CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, "
              "profile TEXT NOT NULL, access_key_id TEXT NOT NULL, action TEXT NOT NULL, job_id TEXT NOT "
              "NULL, "
              "targets TEXT NOT NULL, target_count INTEGER NOT NULL, request_id TEXT NOT NULL, "
              "outcome TEXT NOT NULL, detail TEXT NOT NULL)"_s,
              u"CREATE INDEX audit_log_by_batch ON audit_log (job_id, at)"_s}},
    };
    return steps;
}

// task_counts columns, indexed by TaskStatus.
const char *const kCountColumns[]
        = {"confirm", "queued", "notified", "in_progress", "succeeded", "failed", "canceled"};

QString countColumns()
{
    QStringList columns;
    for (const char *column : kCountColumns)
        columns.append(QString::fromLatin1(column));
    return columns.join(u", "_s);
}

// The rounds of one batch (bind the profile, then the JobId), as readCounts() reads them; the caller adds
// the rest of the WHERE clause and the order.
QString countsSelect()
{
    return u"SELECT at, %1, batch_total FROM task_counts WHERE profile = ? AND job_id = ? "_s.arg(
            countColumns());
}

const QString kSnapshotColumns = u"s.id, s.profile, s.job_id, s.fetched_at, s.format, s.job_status, s.body, "
                                 "s.body_of, h.body FROM job_snapshots s "
                                 "LEFT JOIN job_snapshots h ON h.id = s.body_of"_s;

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString formatName(ResponseFormat format)
{
    return format == ResponseFormat::Xml ? u"xml"_s : u"json"_s;
}

// Where the RequestId value sits in a body: [start, end) of the bytes between the quotes or the tags.
struct Span
{
    qsizetype start = -1;
    qsizetype end = -1;
};

std::optional<Span> requestIdSpan(ResponseFormat format, const QByteArray &body)
{
    if (format == ResponseFormat::Xml) {
        const qsizetype open = body.indexOf("<RequestId>");
        if (open < 0)
            return std::nullopt;
        const qsizetype start = open + qsizetype(sizeof("<RequestId>") - 1);
        const qsizetype end = body.indexOf("</RequestId>", start);
        if (end < 0)
            return std::nullopt;
        return Span {start, end};
    }
    const qsizetype key = body.indexOf("\"RequestId\"");
    if (key < 0)
        return std::nullopt;
    qsizetype i = key + qsizetype(sizeof("\"RequestId\"") - 1);
    const auto skipBlanks = [&body, &i] {
        while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r'))
            ++i;
    };
    skipBlanks();
    if (i >= body.size() || body[i] != ':')
        return std::nullopt;
    ++i;
    skipBlanks();
    if (i >= body.size() || body[i] != '"')
        return std::nullopt;
    const qsizetype start = ++i;
    for (; i < body.size(); ++i) {
        if (body[i] == '\\')
            ++i;
        else if (body[i] == '"')
            return Span {start, i};
    }
    return std::nullopt;
}

// The stored body with its RequestId value replaced: how a repeat's body is rebuilt from the one it shares.
QByteArray withRequestId(ResponseFormat format, const QByteArray &shared, const QByteArray &requestId)
{
    const std::optional<Span> span = requestIdSpan(format, shared);
    if (!span)
        return shared;
    return shared.left(span->start) + requestId + shared.mid(span->end);
}

QByteArray requestIdOf(ResponseFormat format, const QByteArray &body)
{
    const std::optional<Span> span = requestIdSpan(format, body);
    return span ? body.mid(span->start, span->end - span->start) : QByteArray();
}

// What a failed statement means for the user.
QString problemText(const QSqlError &error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
                "HistoryStore", "another OtaDash window or command kept the file locked for too long");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("HistoryStore", "the file is read-only");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate("HistoryStore", "the disk could not be read or written");
    case 11: // SQLITE_CORRUPT
        return QCoreApplication::translate("HistoryStore", "the file is damaged");
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("HistoryStore", "the disk is full");
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate("HistoryStore", "the file cannot be opened");
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("HistoryStore", "the file is not an SQLite database");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QCoreApplication::translate("HistoryStore", "unknown database error") : text;
}

} // namespace

struct HistoryStore::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    bool open = false;
    int version = 0;
    QString openError; // why the file is not open
    mutable QString error;
    QSqlError lastSqlError; // of the statement that failed inside a write

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        lastSqlError = query.lastError();
        return false;
    }
    bool exec(const QString &statement)
    {
        QSqlQuery query(db);
        if (query.exec(statement))
            return true;
        lastSqlError = query.lastError();
        return false;
    }

    std::optional<int> userVersion()
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
            lastSqlError = query.lastError();
            return std::nullopt;
        }
        return query.value(0).toInt();
    }

    bool openFile();
    bool migrate();
    // Why the file could not be opened; false, for `return failOpen(...)`.
    bool failOpen(const QString &reason)
    {
        openError = reason;
        error = QCoreApplication::translate("HistoryStore", "The history file %1 could not be opened: %2")
                        .arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    // One write transaction (BEGIN IMMEDIATE: the write lock first, so a read-then-write never deadlocks with
    // another writer); work returns false after a failed statement, and nothing it did stays.
    bool write(const std::function<bool()> &work);
    QString writeError(const QSqlError &sqlError) const
    {
        return QCoreApplication::translate("HistoryStore",
                                           "The history file %1 could not be written: %2. Nothing was saved.")
                .arg(QDir::toNativeSeparators(path), problemText(sqlError));
    }
    bool checkOpen() const
    {
        if (open)
            return true;
        error = QCoreApplication::translate("HistoryStore", "The history file %1 is not open: %2")
                        .arg(QDir::toNativeSeparators(path), openError);
        return false;
    }
    // Runs a read; false (errorString() set) when it failed.
    bool read(QSqlQuery &query) const
    {
        if (!checkOpen())
            return false;
        if (!query.exec()) {
            error = QCoreApplication::translate("HistoryStore", "The history file %1 could not be read: %2")
                            .arg(QDir::toNativeSeparators(path), problemText(query.lastError()));
            return false;
        }
        error.clear();
        return true;
    }
    QSqlQuery prepared(const QString &statement) const
    {
        QSqlQuery query(db);
        if (open) // read() says why a closed store has nothing
            query.prepare(statement);
        return query;
    }
    HistoryJobSnapshot readSnapshot(const QSqlQuery &query) const;
    HistoryCountsPoint readCounts(const QSqlQuery &query) const;
    std::optional<qint64> seenAt(const QString &profile, const QString &jobId) const;
    bool rehomeSharedBodies(qint64 cutoffMs);
};

bool HistoryStore::Private::openFile()
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return failOpen(QCoreApplication::translate("HistoryStore", "its folder %1 could not be created")
                                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid())
        return failOpen(
                QCoreApplication::translate("HistoryStore", "Qt's SQLite driver (QSQLITE) is not installed"));
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kDefaultBusyTimeoutMs));
    if (!db.open())
        return failOpen(problemText(db.lastError()));
    // Read before anything writes: a file this version cannot read must stay exactly as it is.
    const std::optional<int> found = userVersion();
    if (!found)
        return failOpen(problemText(lastSqlError));
    if (*found > kSchemaVersion) {
        return failOpen(QCoreApplication::translate(
                                "HistoryStore",
                                "it was written by a newer OtaDash (history version %1; this one reads "
                                "up to %2) and was left unchanged")
                                .arg(*found)
                                .arg(kSchemaVersion));
    }
    // WAL: readers never wait for a writer, and two writers only take turns.
    exec(u"PRAGMA journal_mode = WAL"_s);
    exec(u"PRAGMA synchronous = NORMAL"_s);
    if (!migrate())
        return false;
    open = true;
    error.clear();
    return true;
}

bool HistoryStore::Private::migrate()
{
    const int before = userVersion().value_or(0);
    for (const Migration &step : migrations()) {
        if (step.version <= before)
            continue; // an up-to-date file is only read: no write lock for readers (`otadash-cli history`)
        if (!exec(u"BEGIN IMMEDIATE"_s)) {
            return failOpen(QCoreApplication::translate("HistoryStore",
                                                        "it could not be upgraded to history version %1: %2")
                                    .arg(step.version)
                                    .arg(problemText(lastSqlError)));
        }
        // Read again under the write lock: another window may have upgraded the file meanwhile.
        std::optional<int> current = userVersion();
        bool ok = current.has_value();
        if (ok && *current < step.version) {
            for (const QString &statement : step.statements) {
                if (!(ok = exec(statement)))
                    break;
            }
            ok = ok && exec(u"PRAGMA user_version = %1"_s.arg(step.version));
        }
        ok = ok && exec(u"COMMIT"_s);
        if (!ok) {
            const QSqlError failure = lastSqlError;
            exec(u"ROLLBACK"_s);
            return failOpen(QCoreApplication::translate("HistoryStore",
                                                        "it could not be upgraded to history version %1: %2")
                                    .arg(step.version)
                                    .arg(problemText(failure)));
        }
    }
    version = userVersion().value_or(0);
    return true;
}

bool HistoryStore::Private::write(const std::function<bool()> &work)
{
    if (!checkOpen())
        return false;
    if (!exec(u"BEGIN IMMEDIATE"_s)) {
        error = writeError(lastSqlError);
        return false;
    }
    if (!work() || !exec(u"COMMIT"_s)) {
        const QSqlError failure = lastSqlError;
        exec(u"ROLLBACK"_s);
        error = writeError(failure);
        return false;
    }
    error.clear();
    return true;
}

HistoryJobSnapshot HistoryStore::Private::readSnapshot(const QSqlQuery &query) const
{
    HistoryJobSnapshot snapshot;
    snapshot.id = query.value(0).toLongLong();
    snapshot.profile = query.value(1).toString();
    snapshot.jobId = query.value(2).toString();
    snapshot.fetchedAtUtc = fromMs(query.value(3).toLongLong());
    snapshot.format = query.value(4).toString() == u"xml" ? ResponseFormat::Xml : ResponseFormat::Json;
    snapshot.jobStatus = query.value(5).toString();
    const QByteArray stored = query.value(6).toByteArray();
    snapshot.body = query.value(7).isNull()
            ? stored
            : withRequestId(snapshot.format, query.value(8).toByteArray(), stored);
    return snapshot;
}

HistoryCountsPoint HistoryStore::Private::readCounts(const QSqlQuery &query) const
{
    HistoryCountsPoint point;
    point.atUtc = fromMs(query.value(0).toLongLong());
    for (const TaskStatus status : kAllTaskStatuses)
        point.counts[status] = query.value(1 + int(status)).toLongLong();
    if (const QVariant total = query.value(1 + int(kAllTaskStatuses.size())); !total.isNull())
        point.batchTotal = total.toLongLong();
    return point;
}

std::optional<qint64> HistoryStore::Private::seenAt(const QString &profile, const QString &jobId) const
{
    QSqlQuery query = prepared(u"SELECT seen_at FROM seen_marks WHERE profile = ? AND job_id = ?"_s);
    query.addBindValue(profileKey(profile));
    query.addBindValue(jobId);
    if (!read(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// A row that holds a shared body and is about to go: its first remaining repeat takes the whole body over
// and the other repeats point to that one.
bool HistoryStore::Private::rehomeSharedBodies(qint64 cutoffMs)
{
    QSqlQuery holders(db);
    holders.prepare(u"SELECT h.id, h.format, h.body, MIN(s.id) FROM job_snapshots h "
                    "JOIN job_snapshots s ON s.body_of = h.id "
                    "WHERE h.fetched_at < ? AND s.fetched_at >= ? GROUP BY h.id"_s);
    holders.addBindValue(cutoffMs);
    holders.addBindValue(cutoffMs);
    if (!exec(holders))
        return false;
    struct Move
    {
        qint64 oldHolder;
        qint64 newHolder;
        ResponseFormat format;
        QByteArray body;
    };
    QList<Move> moves;
    while (holders.next()) {
        moves.append({holders.value(0).toLongLong(), holders.value(3).toLongLong(),
                      holders.value(1).toString() == u"xml" ? ResponseFormat::Xml : ResponseFormat::Json,
                      holders.value(2).toByteArray()});
    }
    holders.finish();
    for (const Move &move : std::as_const(moves)) {
        QSqlQuery repeats(db);
        repeats.prepare(u"SELECT id, body FROM job_snapshots WHERE body_of = ? AND fetched_at >= ?"_s);
        repeats.addBindValue(move.oldHolder);
        repeats.addBindValue(cutoffMs);
        if (!exec(repeats))
            return false;
        QList<std::pair<qint64, QByteArray>> rows; // id, its RequestId
        while (repeats.next())
            rows.append({repeats.value(0).toLongLong(), repeats.value(1).toByteArray()});
        repeats.finish();
        QByteArray newShared;
        for (const auto &[id, requestId] : std::as_const(rows)) {
            if (id == move.newHolder)
                newShared = withRequestId(move.format, move.body, requestId);
        }
        for (const auto &[id, requestId] : std::as_const(rows)) {
            const QByteArray full = withRequestId(move.format, move.body, requestId);
            QSqlQuery update(db);
            if (id == move.newHolder) {
                update.prepare(u"UPDATE job_snapshots SET body = ?, body_of = NULL WHERE id = ?"_s);
                update.addBindValue(full);
            } else if (withRequestId(move.format, newShared, requestId) == full) {
                update.prepare(u"UPDATE job_snapshots SET body_of = ? WHERE id = ?"_s);
                update.addBindValue(move.newHolder);
            } else {
                // Never expected (the spans agree by construction), but a body must never come back altered.
                update.prepare(u"UPDATE job_snapshots SET body = ?, body_of = NULL WHERE id = ?"_s);
                update.addBindValue(full);
            }
            update.addBindValue(id);
            if (!exec(update))
                return false;
        }
    }
    return true;
}

HistoryStore::HistoryStore(const QString &databasePath) : m_d(std::make_unique<Private>())
{
    m_d->path = databasePath;
    m_d->connectionName = u"otadash-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_d->openFile())
        m_d->db.close();
}

HistoryStore::~HistoryStore()
{
    if (m_d->db.isValid())
        m_d->db.close();
    m_d->db = QSqlDatabase(); // the last handle goes before the connection is removed
    if (QSqlDatabase::contains(m_d->connectionName))
        QSqlDatabase::removeDatabase(m_d->connectionName);
}

QString HistoryStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(u"history.sqlite"_s);
}

QString HistoryStore::demoPath()
{
    return QFileInfo(defaultPath()).dir().filePath(u"demo-history.sqlite"_s);
}

void HistoryStore::loadDriver()
{
    // The plugin stays loaded once a driver was made (Qt's plugin loader keeps it): opening is quicker then.
    const QString connection
            = u"otadash-history-driver-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    QSqlDatabase::removeDatabase(connection);
}

bool HistoryStore::isOpen() const
{
    return m_d->open;
}

QString HistoryStore::errorString() const
{
    return m_d->error;
}

QString HistoryStore::databasePath() const
{
    return m_d->path;
}

int HistoryStore::schemaVersion() const
{
    return m_d->version;
}

void HistoryStore::setBusyTimeout(int ms)
{
    if (m_d->open)
        m_d->exec(u"PRAGMA busy_timeout = %1"_s.arg(std::max(0, ms)));
}

bool HistoryStore::recordJob(const QString &profile, const QString &jobId, const QDateTime &fetchedAtUtc,
                             const QByteArray &body, ResponseFormat format, const QString &jobStatus)
{
    if (jobId.isEmpty() || !fetchedAtUtc.isValid()) {
        m_d->error = QCoreApplication::translate(
                "HistoryStore", "A fetch without a batch ID or a valid time cannot be added to the history.");
        return false;
    }
    return m_d->write([&] {
        // A repeat of the previous fetch of this batch (the same bytes but for the RequestId) keeps only its
        // RequestId and points to the row that holds the body.
        QSqlQuery previous(m_d->db);
        previous.prepare(
                u"SELECT COALESCE(s.body_of, s.id), s.format, COALESCE(h.body, s.body) "
                "FROM job_snapshots s LEFT JOIN job_snapshots h ON h.id = s.body_of "
                "WHERE s.profile = ? AND s.job_id = ? ORDER BY s.fetched_at DESC, s.id DESC LIMIT 1"_s);
        previous.addBindValue(profileKey(profile));
        previous.addBindValue(jobId);
        if (!m_d->exec(previous))
            return false;
        QVariant sharedId;
        QByteArray stored = body;
        if (previous.next() && previous.value(1).toString() == formatName(format)) {
            const QByteArray requestId = requestIdOf(format, body);
            if (withRequestId(format, previous.value(2).toByteArray(), requestId) == body) {
                sharedId = previous.value(0);
                stored = requestId;
            }
        }
        previous.finish();
        QSqlQuery insert(m_d->db);
        insert.prepare(u"INSERT INTO job_snapshots (profile, job_id, fetched_at, format, job_status, body, "
                       "body_of) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        insert.addBindValue(profileKey(profile));
        insert.addBindValue(jobId);
        insert.addBindValue(toMs(fetchedAtUtc));
        insert.addBindValue(formatName(format));
        insert.addBindValue(jobStatus.isNull() ? u""_s : jobStatus);
        insert.addBindValue(stored.isNull() ? QByteArray("") : stored); // NOT NULL: an empty blob, not NULL
        insert.addBindValue(sharedId); // invalid: NULL
        return m_d->exec(insert);
    });
}

bool HistoryStore::recordCounts(const QString &profile, const QString &jobId, const QDateTime &atUtc,
                                const TaskStatusCounts &counts, std::optional<qint64> batchTotal)
{
    if (jobId.isEmpty() || !atUtc.isValid()) {
        m_d->error = QCoreApplication::translate(
                "HistoryStore",
                "Task counts without a batch ID or a valid time cannot be added to the history.");
        return false;
    }
    return m_d->write([&] {
        QSqlQuery insert(m_d->db);
        insert.prepare(u"INSERT INTO task_counts (profile, job_id, at, %1, batch_total) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(countColumns()));
        insert.addBindValue(profileKey(profile));
        insert.addBindValue(jobId);
        insert.addBindValue(toMs(atUtc));
        for (const TaskStatus status : kAllTaskStatuses)
            insert.addBindValue(counts[status]);
        insert.addBindValue(batchTotal ? QVariant(*batchTotal) : QVariant(QMetaType::fromType<qint64>()));
        return m_d->exec(insert);
    });
}

std::optional<HistoryJobSnapshot> HistoryStore::latestJob(const QString &profile, const QString &jobId) const
{
    QSqlQuery query = m_d->prepared(u"SELECT "_s + kSnapshotColumns
                                    + u" WHERE s.profile = ? AND s.job_id = ? "
                                      "ORDER BY s.fetched_at DESC, s.id DESC LIMIT 1"_s);
    query.addBindValue(profileKey(profile));
    query.addBindValue(jobId);
    if (!m_d->read(query) || !query.next())
        return std::nullopt;
    return m_d->readSnapshot(query);
}

QList<HistoryJobSnapshot> HistoryStore::jobSnapshots(const QString &profile, const QString &jobId) const
{
    QSqlQuery query = m_d->prepared(u"SELECT "_s + kSnapshotColumns
                                    + u" WHERE s.profile = ? AND s.job_id = ? "
                                      "ORDER BY s.fetched_at DESC, s.id DESC"_s);
    query.addBindValue(profileKey(profile));
    query.addBindValue(jobId);
    QList<HistoryJobSnapshot> snapshots;
    if (!m_d->read(query))
        return snapshots;
    while (query.next())
        snapshots.append(m_d->readSnapshot(query));
    return snapshots;
}

QList<HistoryCountsPoint> HistoryStore::countsSeries(const QString &profile, const QString &jobId) const
{
    QSqlQuery query = m_d->prepared(countsSelect() + u"ORDER BY at, id"_s);
    query.addBindValue(profileKey(profile));
    query.addBindValue(jobId);
    QList<HistoryCountsPoint> series;
    if (!m_d->read(query))
        return series;
    while (query.next())
        series.append(m_d->readCounts(query));
    return series;
}

std::optional<HistoryCountsPoint> HistoryStore::latestCounts(const QString &profile,
                                                             const QString &jobId) const
{
    QSqlQuery query = m_d->prepared(countsSelect() + u"ORDER BY at DESC, id DESC LIMIT 1"_s);
    query.addBindValue(profileKey(profile));
    query.addBindValue(jobId);
    if (!m_d->read(query) || !query.next())
        return std::nullopt;
    return m_d->readCounts(query);
}

QStringList HistoryStore::profilesWithHistory(const QString &jobId) const
{
    QSqlQuery query = m_d->prepared(u"SELECT profile FROM job_snapshots WHERE job_id = ? UNION "
                                    "SELECT profile FROM task_counts WHERE job_id = ? ORDER BY 1"_s);
    query.addBindValue(jobId);
    query.addBindValue(jobId);
    QStringList profiles;
    if (!m_d->read(query))
        return profiles;
    while (query.next())
        profiles.append(query.value(0).toString());
    return profiles;
}

QList<HistoryStore::RecentBatch> HistoryStore::recentBatches(int limit) const
{
    // SQLite takes the other columns from the row of MAX(): the status of the last reading.
    QSqlQuery query = m_d->prepared(u"SELECT profile, job_id, job_status, MAX(fetched_at) FROM job_snapshots "
                                    "GROUP BY profile, job_id ORDER BY 4 DESC LIMIT ?"_s);
    query.addBindValue(limit);
    QList<RecentBatch> batches;
    if (!m_d->read(query))
        return batches;
    while (query.next()) {
        batches.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        fromMs(query.value(3).toLongLong())});
    }
    return batches;
}

bool HistoryStore::markSeen(const QString &profile, const QString &jobId, const QDateTime &atUtc)
{
    if (jobId.isEmpty() || !atUtc.isValid()) {
        m_d->error = QCoreApplication::translate(
                "HistoryStore", "A batch can only be marked as seen with its ID and a valid time.");
        return false;
    }
    return m_d->write([&] {
        QSqlQuery upsert(m_d->db);
        upsert.prepare(u"INSERT OR REPLACE INTO seen_marks (profile, job_id, seen_at) VALUES (?, ?, ?)"_s);
        upsert.addBindValue(profileKey(profile));
        upsert.addBindValue(jobId);
        upsert.addBindValue(toMs(atUtc));
        return m_d->exec(upsert);
    });
}

std::optional<HistoryJobSnapshot> HistoryStore::jobSeenLast(const QString &profile,
                                                            const QString &jobId) const
{
    const std::optional<qint64> seen = m_d->seenAt(profile, jobId);
    if (!seen)
        return std::nullopt;
    QSqlQuery query = m_d->prepared(u"SELECT "_s + kSnapshotColumns
                                    + u" WHERE s.profile = ? AND s.job_id = ? AND s.fetched_at <= ? "
                                      "ORDER BY s.fetched_at DESC, s.id DESC LIMIT 1"_s);
    query.addBindValue(profileKey(profile));
    query.addBindValue(jobId);
    query.addBindValue(*seen);
    if (!m_d->read(query) || !query.next())
        return std::nullopt;
    return m_d->readSnapshot(query);
}

std::optional<HistoryCountsPoint> HistoryStore::countsSeenLast(const QString &profile,
                                                               const QString &jobId) const
{
    const std::optional<qint64> seen = m_d->seenAt(profile, jobId);
    if (!seen)
        return std::nullopt;
    QSqlQuery query = m_d->prepared(countsSelect() + u"AND at <= ? ORDER BY at DESC, id DESC LIMIT 1"_s);
    query.addBindValue(profileKey(profile));
    query.addBindValue(jobId);
    query.addBindValue(*seen);
    if (!m_d->read(query) || !query.next())
        return std::nullopt;
    return m_d->readCounts(query);
}

int HistoryStore::pruneOlderThan(const QDateTime &cutoffUtc)
{
    if (!cutoffUtc.isValid()) {
        m_d->error = QCoreApplication::translate("HistoryStore",
                                                 "The history cannot be pruned without a valid time.");
        return -1;
    }
    const qint64 cutoff = toMs(cutoffUtc);
    int removed = 0;
    const bool ok = m_d->write([&] {
        if (!m_d->rehomeSharedBodies(cutoff))
            return false;
        for (const QString &statement :
             {u"DELETE FROM job_snapshots WHERE fetched_at < ?"_s, u"DELETE FROM task_counts WHERE at < ?"_s,
              u"DELETE FROM seen_marks WHERE seen_at < ?"_s}) {
            QSqlQuery remove(m_d->db);
            remove.prepare(statement);
            remove.addBindValue(cutoff);
            if (!m_d->exec(remove))
                return false;
            removed += remove.numRowsAffected();
        }
        return true;
    });
    return ok ? removed : -1;
}

bool HistoryStore::clear()
{
    return m_d->write([this] {
        return m_d->exec(u"DELETE FROM job_snapshots"_s) && m_d->exec(u"DELETE FROM task_counts"_s)
                && m_d->exec(u"DELETE FROM seen_marks"_s);
    });
}

bool HistoryStore::clearBatch(const QString &profile, const QString &jobId)
{
    return m_d->write([&] {
        for (const QString &table : {u"job_snapshots"_s, u"task_counts"_s, u"seen_marks"_s}) {
            QSqlQuery remove(m_d->db);
            remove.prepare(u"DELETE FROM %1 WHERE profile = ? AND job_id = ?"_s.arg(table));
            remove.addBindValue(profileKey(profile));
            remove.addBindValue(jobId);
            if (!m_d->exec(remove))
                return false;
        }
        return true;
    });
}

QString AuditEntry::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return u"done"_s;
    case Outcome::Refused:
        return u"refused"_s;
    case Outcome::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool HistoryStore::recordAction(const AuditEntry &entry)
{
    if (entry.action.isEmpty() || !entry.atUtc.isValid()) {
        m_d->error = QCoreApplication::translate(
                "HistoryStore", "An action without a name or a valid time cannot be added to the audit log.");
        return false;
    }
    return m_d->write([&] {
        QSqlQuery insert(m_d->db);
        insert.prepare(
                u"INSERT INTO audit_log (at, profile, access_key_id, action, job_id, targets, target_count, "
                "request_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        // Empty texts as '' (a null QString would bind as NULL, which the NOT NULL columns refuse).
        const auto text = [](const QString &value) {
            return value.isNull() ? u""_s : value;
        };
        insert.addBindValue(toMs(entry.atUtc));
        insert.addBindValue(profileKey(entry.profile));
        insert.addBindValue(text(entry.accessKeyId));
        insert.addBindValue(entry.action);
        insert.addBindValue(text(entry.jobId));
        insert.addBindValue(text(entry.targets.join(u'\n')));
        insert.addBindValue(entry.targets.size());
        insert.addBindValue(text(entry.requestId));
        insert.addBindValue(AuditEntry::outcomeCode(entry.outcome));
        insert.addBindValue(text(entry.detail));
        return m_d->exec(insert);
    });
}

QList<AuditEntry> HistoryStore::auditLog(const QString &jobId) const
{
    QSqlQuery query = m_d->prepared(
            u"SELECT id, at, profile, access_key_id, action, job_id, targets, request_id, outcome, detail "
            "FROM audit_log"_s
            + (jobId.isEmpty() ? u""_s : u" WHERE job_id = ?"_s) + u" ORDER BY at, id"_s);
    if (!jobId.isEmpty())
        query.addBindValue(jobId);
    QList<AuditEntry> entries;
    if (!m_d->read(query))
        return entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.atUtc = fromMs(query.value(1).toLongLong());
        entry.profile = query.value(2).toString();
        entry.accessKeyId = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.jobId = query.value(5).toString();
        const QString targets = query.value(6).toString();
        entry.targets = targets.isEmpty() ? QStringList() : targets.split(u'\n');
        entry.requestId = query.value(7).toString();
        const QString outcome = query.value(8).toString();
        entry.outcome = outcome == u"done" ? AuditEntry::Outcome::Done
                : outcome == u"refused"    ? AuditEntry::Outcome::Refused
                                           : AuditEntry::Outcome::Unknown;
        entry.detail = query.value(9).toString();
        entries.append(entry);
    }
    return entries;
}
