#include "OtaSimulator.h"
#include "SimFleet.h"
#include "StatusCommand.h"
#include "TimeDriver.h"
#include "api/RequestScheduler.h"
#include "ota/TaskStatus.h"
#include "util/DisplayZone.h"
#include "util/ManualClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

// `otadash-cli status` in this process against the simulated gateway, on a manual clock: what it prints in
// each format, and --watch rounds as the clock moves.
class TestStatusCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void printsEachBatchAsText();
    void printsJsonWithTheDocumentedKeys();
    void printsCsvWithOneLinePerBatch();
    void watchesTheLiveBatchAndEstimatesItsFinish();
    void refusesAWatchTooShort();

private:
    // Starts the command with these arguments (the gateway's endpoint and a private history added).
    bool start(const QStringList &arguments);
    bool runUntil(const std::function<bool()> &done) { return m_time->runUntil(done, 30 * 60 * 1000); }
    qint64 taskCount(const QString &jobId, const QString &status = {}) const
    {
        return m_sim->fleet().taskCount(jobId, status);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<TimeDriver> m_time;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_err;
    std::unique_ptr<QTextStream> m_outStream;
    std::unique_ptr<QTextStream> m_errStream;
    std::unique_ptr<StatusCommand> m_command;
    std::optional<int> m_exitCode;
};

namespace {
const QString kFixedJob = u"HvKuBpuk3rdk6E92CPm1000200"_s;
} // namespace

void TestStatusCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Credentials demo = OtaSimulator::demoCredentials();
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", demo.accessKeyId.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", demo.accessKeySecret.toUtf8());
}

void TestStatusCommand::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
    m_sim = std::make_unique<OtaSimulator>();
    m_sim->setClock(m_clock.get());
    QVERIFY(m_sim->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    m_out.clear();
    m_err.clear();
    m_outStream = std::make_unique<QTextStream>(&m_out);
    m_errStream = std::make_unique<QTextStream>(&m_err);
    m_command = std::make_unique<StatusCommand>(*m_outStream, *m_errStream);
    m_command->connection().setClock(m_clock.get());
    m_time = std::make_unique<TimeDriver>(*m_clock, [this] {
        const RequestScheduler *scheduler = m_command->connection().scheduler();
        return !scheduler || scheduler->inFlightCount() == 0;
    });
    m_exitCode.reset();
}

void TestStatusCommand::cleanup()
{
    m_command.reset();
    m_time.reset();
    m_sim.reset();
}

bool TestStatusCommand::start(const QStringList &arguments)
{
    const std::optional<int> usage
            = m_command->parse(arguments
                               + QStringList {u"--endpoint"_s, m_sim->endpoint().toString(),
                                              u"--history-db"_s, m_dir->filePath(u"h.db"_s)});
    if (usage) {
        m_exitCode = usage;
        return false;
    }
    connect(m_command.get(), &ApiCommand::finished, this, [this](int code) { m_exitCode = code; });
    m_command->start();
    return true;
}

void TestStatusCommand::printsEachBatchAsText()
{
    QVERIFY(start({u"--job-id"_s, kFixedJob, u"--job-id"_s, SimFleet::liveJobId()}));
    QVERIFY(runUntil([this] { return m_exitCode.has_value(); }));
    QCOMPARE(*m_exitCode, 0);
    QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
    QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11); // the zone the times are in, then five lines per batch
    QCOMPARE(lines.takeFirst(), u"Times are in %1."_s.arg(DisplayZone::name()));
    QVERIFY2(lines[0].startsWith(u"Batch %1 · COMPLETED · counted at "_s.arg(kFixedJob)),
             qPrintable(lines[0]));
    // Every status with its count, as the gateway has them.
    QStringList perStatus;
    for (const TaskStatus status : kAllTaskStatuses)
        perStatus.append(
                u"%1 %2"_s.arg(TaskStatuses::code(status),
                               QLocale().toString(taskCount(kFixedJob, TaskStatuses::code(status)))));
    QCOMPARE(lines[2].trimmed(), perStatus.join(u" · "_s));
    QCOMPARE(lines[4].trimmed(), u"Every device has finished."_s);
    QVERIFY2(lines[5].startsWith(u"Batch %1 · IN_PROGRESS · "_s.arg(SimFleet::liveJobId())),
             qPrintable(lines[5]));
    QVERIFY2(lines[9].trimmed().startsWith(u"No finish estimate yet"_s), qPrintable(lines[9]));
}

void TestStatusCommand::printsJsonWithTheDocumentedKeys()
{
    QVERIFY(start({u"--job-id"_s, kFixedJob, u"--output"_s, u"json"_s}));
    QVERIFY(runUntil([this] { return m_exitCode.has_value(); }));
    QCOMPARE(*m_exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject batch = array.first().toObject();
    QStringList keys = batch.keys();
    QCOMPARE(keys,
             (QStringList {u"Counts"_s, u"CountsMovedDuringRead"_s, u"Eta"_s, u"FailureRate"_s, u"JobId"_s,
                           u"JobStatus"_s, u"PercentComplete"_s, u"ReadAt"_s, u"Total"_s}));
    QCOMPARE(batch.value(u"JobId"_s).toString(), kFixedJob);
    QCOMPARE(batch.value(u"JobStatus"_s).toString(), u"COMPLETED"_s);
    QCOMPARE(batch.value(u"Total"_s).toInteger(), taskCount(kFixedJob));
    const QJsonObject counts = batch.value(u"Counts"_s).toObject();
    QCOMPARE(counts.size(), 7);
    for (const TaskStatus status : kAllTaskStatuses) {
        const QString code = TaskStatuses::code(status);
        QCOMPARE(counts.value(code).toInteger(), taskCount(kFixedJob, code));
    }
    const qint64 succeeded = taskCount(kFixedJob, u"SUCCEEDED"_s);
    const qint64 failed = taskCount(kFixedJob, u"FAILED"_s);
    QCOMPARE(batch.value(u"PercentComplete"_s).toDouble(), 100.0);
    QCOMPARE(batch.value(u"FailureRate"_s).toDouble(),
             std::floor(double(failed) * 1000.0 / double(succeeded + failed)) / 10.0);
    QVERIFY(batch.value(u"Eta"_s).isNull()); // it ended: no estimate
    QCOMPARE(batch.value(u"CountsMovedDuringRead"_s).toBool(), false);
    QCOMPARE(QDateTime::fromString(batch.value(u"ReadAt"_s).toString(), Qt::ISODateWithMs).isValid(), true);
}

void TestStatusCommand::printsCsvWithOneLinePerBatch()
{
    QVERIFY(start({u"--job-id"_s, kFixedJob, u"--job-id"_s, SimFleet::liveJobId(), u"--output"_s, u"csv"_s}));
    QVERIFY(runUntil([this] { return m_exitCode.has_value(); }));
    QCOMPARE(*m_exitCode, 0);
    const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             u"JobId,JobStatus,Total,CONFIRM,QUEUED,NOTIFIED,IN_PROGRESS,SUCCEEDED,FAILED,CANCELED,"
             "PercentComplete,FailureRate,Eta,CountsMovedDuringRead,ReadAt"_s);
    const QStringList fixed = lines[1].split(u',');
    QCOMPARE(fixed.size(), 15);
    QCOMPARE(fixed[0], kFixedJob);
    QCOMPARE(fixed[2].toLongLong(), taskCount(kFixedJob));
    QCOMPARE(fixed[7].toLongLong(), taskCount(kFixedJob, u"SUCCEEDED"_s));
    QCOMPARE(fixed[10], u"100.0"_s);
    QCOMPARE(fixed[12], QString()); // no estimate for a batch that ended
    QVERIFY(lines[2].startsWith(SimFleet::liveJobId() + u",IN_PROGRESS,"_s));
}

void TestStatusCommand::watchesTheLiveBatchAndEstimatesItsFinish()
{
    QVERIFY(start({u"--job-id"_s, SimFleet::liveJobId(), u"--output"_s, u"json"_s, u"--watch"_s, u"30"_s}));
    // One compact array per round, a round every 30 s as the clock moves; it runs until stopped.
    QList<QJsonObject> rounds;
    const auto roundsRead = [&] {
        rounds.clear();
        for (const QString &line : m_out.split(u'\n', Qt::SkipEmptyParts))
            rounds.append(QJsonDocument::fromJson(line.toUtf8()).array().first().toObject());
        return rounds.size();
    };
    QVERIFY(runUntil([&] { return roundsRead() >= 12; }));
    QVERIFY(!m_exitCode);
    QVERIFY(m_err.isEmpty());
    for (qsizetype i = 1; i < rounds.size(); ++i) {
        const QDateTime before
                = QDateTime::fromString(rounds[i - 1].value(u"ReadAt"_s).toString(), Qt::ISODateWithMs);
        const QDateTime after
                = QDateTime::fromString(rounds[i].value(u"ReadAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(before.secsTo(after) >= 30);
        QVERIFY(before.secsTo(after) <= 32);
    }
    // No estimate at first; once devices finish across rounds, one after the newest round.
    QVERIFY(rounds.first().value(u"Eta"_s).isNull());
    const QJsonObject last = rounds.last();
    QVERIFY(last.value(u"PercentComplete"_s).toDouble() > 0.0);
    const QDateTime eta = QDateTime::fromString(last.value(u"Eta"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(eta.isValid(), qPrintable(m_out.right(400)));
    QVERIFY(eta > QDateTime::fromString(last.value(u"ReadAt"_s).toString(), Qt::ISODateWithMs));
}

void TestStatusCommand::refusesAWatchTooShort()
{
    QVERIFY(!start({u"--job-id"_s, kFixedJob, u"--watch"_s, u"1"_s}));
    QCOMPARE(*m_exitCode, 1);
    QVERIFY2(m_err.contains(u"--watch must be a number of seconds, 5 or more"_s), qPrintable(m_err));
}

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
