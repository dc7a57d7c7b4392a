#include "StatusCommand.h"

#include "history/HistoryStore.h"
#include "models/FailureRateAlert.h"
#include "ota/CountsSummary.h"
#include "ota/TaskStatus.h"
#include "services/BatchCounts.h"
#include "services/BatchQuery.h"
#include "services/HistoryRecorder.h"
#include "util/Clock.h"
#include "util/JsonFormatter.h"
#include "util/ListOutput.h"
#include "util/TimeText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>

#ifdef Q_OS_WIN
#include <io.h>
#define OTADASH_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define OTADASH_ISATTY(fd) isatty(fd)
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr int kMinWatchSecs = 5;

// "78.4": one decimal, rounded down, as the views show percentages.
double oneDecimalDown(double percent)
{
    return std::floor(percent * 10.0) / 10.0;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}
} // namespace

StatusCommand::StatusCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : ApiCommand(u"status"_s, out, err, parent)
{ }

StatusCommand::~StatusCommand() = default;

QString StatusCommand::usage() const
{
    return tr("Usage: otadash-cli status --job-id ID [--job-id ID ...] [--output text|json|csv] [--watch "
              "SECONDS] [options]");
}

QString StatusCommand::description() const
{
    return tr("Where rollouts stand: per batch its JobStatus, total, the count per TaskStatus, % complete, "
              "failure rate and when it will finish at its pace (from the count rounds in the local "
              "history and this run's).");
}

QList<QCommandLineOption> StatusCommand::options() const
{
    return {QCommandLineOption(u"job-id"_s, tr("The batch to show; repeat for several batches."), tr("ID")),
            QCommandLineOption(
                    u"output"_s,
                    tr("text (default); json: an array of objects with JobId, JobStatus, Total, Counts (by "
                       "TaskStatus), PercentComplete (succeeded, failed and canceled of the total, 0-100), "
                       "FailureRate (failed of succeeded and failed, 0-100, or null), Eta (ISO UTC, or "
                       "null), "
                       "CountsMovedDuringRead and ReadAt; csv: one line per batch."),
                    u"text|json|csv"_s, u"text"_s),
            QCommandLineOption(u"watch"_s,
                               tr("Read again every SECONDS (at least %1): the text is redrawn in place on a "
                                  "terminal; otherwise every round is appended (JSON: one array per line).")
                                       .arg(kMinWatchSecs),
                               tr("SECONDS")),
            QCommandLineOption(u"history-db"_s,
                               tr("The history file the rounds are added to and the estimate reads (default: "
                                  "the dashboard's; with --demo, the demo's)."),
                               tr("FILE"))};
}

std::optional<int> StatusCommand::readOptions(const QCommandLineParser &parser)
{
    const std::optional<QStringList> jobIds
            = m_connection.resourceIds(parser, u"job-id"_s, false, tr("'%1' is not a valid batch ID"));
    if (!jobIds)
        return ConnectionOptions::UsageError;
    m_jobIds = *jobIds;
    m_jobIds.removeDuplicates();
    m_output = parser.value(u"output"_s).toLower();
    if (m_output != u"text" && m_output != u"json" && m_output != u"csv")
        return m_connection.usageError(tr("--output must be text, json or csv"));
    if (parser.isSet(u"watch"_s)) {
        bool ok = false;
        m_watchSecs = parser.value(u"watch"_s).toInt(&ok);
        if (!ok || m_watchSecs < kMinWatchSecs)
            return m_connection.usageError(
                    tr("--watch must be a number of seconds, %1 or more").arg(kMinWatchSecs));
    }
    m_historyPath = parser.value(u"history-db"_s);
    if (parser.isSet(u"history-db"_s) && m_historyPath.isEmpty())
        return m_connection.usageError(tr("--history-db needs a file name"));
    return std::nullopt;
}

void StatusCommand::run()
{
    m_account.profile = m_connection.accountName();
    m_account.config = m_connection.config();
    m_account.iotInstanceId = m_connection.instanceId();
    RequestScheduler *scheduler = m_connection.scheduler();
    const QString path = m_connection.historyPath(m_historyPath);
    // Every round the store learns is recorded: the next run (and the dashboard) estimates from it too.
    m_history = std::make_unique<HistoryRecorder>(path, &m_store, scheduler->clock());
    m_query = std::make_unique<BatchQuery>(scheduler, &m_store);
    m_samples = QList<QList<RolloutEta::Sample>>(m_jobIds.size());
    for (int i = 0; i < m_jobIds.size(); ++i) {
        auto *counts = new BatchCounts(scheduler, &m_store, this);
        connect(counts, &BatchCounts::finished, this,
                [this, i](const BatchKey &, const std::optional<CountsReading> &reading,
                          const std::optional<ApiError> &error) {
                    if (reading)
                        m_samples[i].append(RolloutEta::sampleOf(reading->finishedAtUtc, reading->counts,
                                                                 reading->batchTotal));
                    if (error && !m_errors[i])
                        m_errors[i] = error;
                    batchRead(i);
                });
        m_counts.append(counts);
    }
    m_timer = scheduler->clock().createTimer(this);
    m_timer->setInterval(m_watchSecs * 1000);
    connect(m_timer, &ClockTimer::timeout, this, &StatusCommand::startRound);
    startRound();
}

void StatusCommand::startRound()
{
    m_errors = QList<std::optional<ApiError>>(m_jobIds.size());
    m_pending = 2 * int(m_jobIds.size());
    for (int i = 0; i < m_jobIds.size(); ++i) {
        BatchQueryCall *call = m_query->query(m_account, m_jobIds[i]);
        connect(call, &BatchQueryCall::finished, this, [this, i](const BatchRead &read) {
            if (read.result.error && !m_errors[i])
                m_errors[i] = read.result.error;
            batchRead(i);
        });
        m_counts[i]->fetch(m_account, m_jobIds[i]);
    }
}

void StatusCommand::batchRead(int)
{
    if (--m_pending == 0)
        finishRound();
}

void StatusCommand::finishRound()
{
    m_exitCode = ConnectionOptions::Success;
    QList<Row> rows;
    for (int i = 0; i < m_jobIds.size(); ++i) {
        if (m_errors[i]) {
            m_exitCode = std::max(m_exitCode, ConnectionOptions::exitCodeFor(*m_errors[i]));
            m_connection.printError(tr("ERROR: %1 (batch %2)").arg(m_errors[i]->title(), m_jobIds[i]),
                                    *m_errors[i]);
            continue;
        }
        if (const std::optional<Row> row = rowOf(i))
            rows.append(*row);
    }
    print(rows);
    m_err.flush();
    if (m_watchSecs > 0)
        m_timer->start();
    else
        emit finished(m_exitCode);
}

QList<RolloutEta::Sample> StatusCommand::samplesOf(const QString &jobId) const
{
    if (!m_history->isOn())
        return m_samples[m_jobIds.indexOf(jobId)];
    QList<RolloutEta::Sample> samples;
    for (const HistoryCountsPoint &point : m_history->history()->countsSeries(m_account.profile, jobId))
        samples.append(RolloutEta::sampleOf(point.atUtc, point.counts, point.batchTotal));
    return samples.isEmpty() ? m_samples[m_jobIds.indexOf(jobId)] : samples;
}

std::optional<StatusCommand::Row> StatusCommand::rowOf(int index) const
{
    const BatchKey key = m_account.key(m_jobIds[index]);
    const JobReading *job = m_store.job(key);
    const CountsReading *counts = m_store.counts(key);
    if (!job || !counts)
        return std::nullopt;
    const CountsSummary summary = CountsSummary::of(counts->counts, counts->batchTotal);
    Row row;
    row.jobId = m_jobIds[index];
    row.jobStatus = job->job.jobStatus.value_or(QString());
    row.total = summary.total();
    row.counts = counts->counts;
    row.percentComplete = summary.completePercent();
    row.failureRate = FailureRateAlert::failureRatePercent(counts->counts);
    row.countsMoved = summary.moved() != 0;
    row.readAtUtc = counts->finishedAtUtc;
    RolloutEta::Options options;
    options.maxPerMinute = job->job.maximumPerMinute;
    options.scheduledFinishUtc = job->job.utcScheduleFinishTime.value_or(QDateTime());
    row.eta = RolloutEta::estimate(samplesOf(row.jobId), options);
    return row;
}

void StatusCommand::print(const QList<Row> &rows)
{
    const QLocale locale;
    const QDateTime now = m_connection.scheduler()->clock().nowUtc();
    const auto etaJson = [](const Row &row) -> QJsonValue {
        // A batch that finished has no estimate: its devices ended, each at its own time.
        if (row.eta.state != RolloutEta::Estimate::State::Estimated)
            return QJsonValue();
        return ListOutput::apiTime(row.eta.finishUtc);
    };
    if (m_output == u"json") {
        QJsonArray array;
        for (const Row &row : rows) {
            QJsonObject counts;
            for (const TaskStatus status : kAllTaskStatuses)
                counts.insert(TaskStatuses::code(status), row.counts[status]);
            array.append(QJsonObject {
                    {u"JobId"_s, row.jobId},
                    {u"JobStatus"_s, row.jobStatus},
                    {u"Total"_s, row.total},
                    {u"Counts"_s, counts},
                    {u"PercentComplete"_s, oneDecimalDown(row.percentComplete)},
                    {u"FailureRate"_s,
                     row.failureRate ? QJsonValue(oneDecimalDown(*row.failureRate)) : QJsonValue()},
                    {u"Eta"_s, etaJson(row)},
                    {u"CountsMovedDuringRead"_s, row.countsMoved},
                    {u"ReadAt"_s, ListOutput::apiTime(row.readAtUtc)}});
        }
        const QByteArray compact = QJsonDocument(array).toJson(QJsonDocument::Compact);
        // Watching: one array per line, so that each round can be read as it comes.
        m_out << QString::fromUtf8(m_watchSecs > 0 ? compact
                                                   : JsonFormatter::sortedIndented(compact).value_or(compact))
              << '\n';
    } else if (m_output == u"csv") {
        if (!std::exchange(m_headerWritten, true)) {
            QStringList header {u"JobId"_s, u"JobStatus"_s, u"Total"_s};
            for (const TaskStatus status : kAllTaskStatuses)
                header.append(TaskStatuses::code(status));
            header << u"PercentComplete"_s << u"FailureRate"_s << u"Eta"_s << u"CountsMovedDuringRead"_s
                   << u"ReadAt"_s;
            m_out << header.join(u',') << '\n';
        }
        for (const Row &row : rows) {
            QStringList fields {csvField(row.jobId), csvField(row.jobStatus), QString::number(row.total)};
            for (const TaskStatus status : kAllTaskStatuses)
                fields.append(QString::number(row.counts[status]));
            const QJsonValue eta = etaJson(row);
            fields << QString::number(oneDecimalDown(row.percentComplete), 'f', 1)
                   << (row.failureRate ? QString::number(oneDecimalDown(*row.failureRate), 'f', 1)
                                       : QString())
                   << eta.toString() << (row.countsMoved ? u"true"_s : u"false"_s)
                   << ListOutput::apiTime(row.readAtUtc);
            m_out << fields.join(u',') << '\n';
        }
    } else {
        if (m_watchSecs > 0 && m_terminal)
            m_out << "\x1b[H\x1b[2J"; // redrawn in place
        m_out << TimeText::zoneNote() << '\n';
        for (const Row &row : rows) {
            const CountsSummary summary = CountsSummary::of(row.counts, row.total);
            m_out << tr("Batch %1 · %2 · counted at %3")
                             .arg(row.jobId, row.jobStatus, TimeText::readAt(row.readAtUtc, now))
                  << '\n';
            m_out << u"  "_s << tr("%Ln task(s):", "", int(row.total)) << u' ' << summary.headline(locale)
                  << '\n';
            QStringList perStatus;
            for (const TaskStatus status : kAllTaskStatuses)
                perStatus.append(
                        u"%1 %2"_s.arg(TaskStatuses::code(status), locale.toString(row.counts[status])));
            m_out << u"  "_s << perStatus.join(u" · "_s) << '\n';
            QString line = tr("%1 complete").arg(CountsSummary::percentText(row.percentComplete, locale));
            line += u" · "_s
                    + (row.failureRate ? tr("failure rate %1")
                                                 .arg(CountsSummary::percentText(*row.failureRate, locale))
                                       : tr("no failure rate yet"));
            m_out << u"  "_s << line << '\n';
            m_out << u"  "_s << RolloutEta::describe(row.eta, now, locale) << '\n';
            if (row.countsMoved)
                m_out << u"  "_s << summary.movedNote(locale) << '\n';
        }
    }
    m_out.flush();
}

int runStatusCommand(const QStringList &arguments)
{
    return runApiCommand<StatusCommand>(
            arguments, [](StatusCommand &command) { command.setTerminal(OTADASH_ISATTY(1) != 0); });
}
