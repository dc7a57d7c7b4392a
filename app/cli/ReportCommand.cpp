#include "ReportCommand.h"

#include "ReportBuilder.h"
#include "ReportFetcher.h"
#include "auth/Profile.h"
#include "history/HistoryStore.h"
#include "lint/BatchLint.h"
#include "util/Clock.h"
#include "util/DisplayZone.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

ReportCommand::ReportCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : ApiCommand(u"report"_s, out, err, parent)
{ }

ReportCommand::~ReportCommand() = default;

QString ReportCommand::usage() const
{
    return tr("Usage: otadash-cli report --job-id ID --format pdf|md --out FILE [--notes TEXT] [options]");
}

QString ReportCommand::description() const
{
    return tr("Write the sign-off report of an OTA update batch: its settings, task counts, burn-up from the "
              "local history, failure reasons, lint findings and your notes. Exit code 5 when the file "
              "cannot be written.");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {QCommandLineOption(u"job-id"_s, tr("The batch to report on."), tr("ID")),
            QCommandLineOption(u"format"_s, tr("pdf or md (Markdown)."), u"pdf|md"_s),
            QCommandLineOption(
                    u"out"_s,
                    tr("The file to write; an existing file is replaced, missing folders are made."),
                    tr("FILE")),
            QCommandLineOption(u"notes"_s, tr("Free text for the report's Notes section."), tr("TEXT")),
            QCommandLineOption(u"history-db"_s,
                               tr("The history file with the burn-up points (default: the one the dashboard "
                                  "keeps; with --demo the demo's)."),
                               tr("PATH"))};
}

std::optional<int> ReportCommand::readOptions(const QCommandLineParser &parser)
{
    const std::optional<QStringList> jobIds
            = m_connection.resourceIds(parser, u"job-id"_s, true, tr("'%1' is not a valid batch ID"));
    if (!jobIds)
        return ConnectionOptions::UsageError;
    m_jobId = jobIds->constFirst();
    if (!parser.isSet(u"format"_s))
        return m_connection.usageError(tr("--format is required: pdf or md"));
    const std::optional<ReportFormat> format = ReportFile::formatFromName(parser.value(u"format"_s));
    if (!format)
        return m_connection.usageError(tr("--format must be pdf or md"));
    m_format = *format;
    m_outPath = parser.value(u"out"_s);
    if (m_outPath.isEmpty())
        return m_connection.usageError(tr("--out is required"));
    // Said before any request goes out. Missing folders are made when the file is written, as the dashboard
    // does; a write that fails then is reported with exit code 5.
    if (QFileInfo(m_outPath).isDir())
        return m_connection.usageError(
                tr("--out names a folder: %1").arg(QDir::toNativeSeparators(m_outPath)));
    m_notes = parser.value(u"notes"_s);
    m_historyPath = parser.value(u"history-db"_s); // empty: the dashboard's (or the demo's) own
    return std::nullopt;
}

void ReportCommand::run()
{
    m_fetcher = std::make_unique<ReportFetcher>(m_connection.scheduler());
    m_fetcher->setBatch(m_connection.config(), m_jobId, m_connection.instanceId());
    connect(m_fetcher.get(), &ReportFetcher::finished, this, &ReportCommand::onFetched);
    m_fetcher->start();
}

void ReportCommand::onFetched(const std::optional<ApiError> &error)
{
    if (error) {
        m_connection.printError(tr("ERROR: %1 (batch %2)").arg(error->title(), m_jobId), *error);
        emit finished(ConnectionOptions::exitCodeFor(*error));
        return;
    }
    ReportData data;
    ReportBuilder::setJob(data, *m_fetcher->job(), QLocale(), DisplayZone::zone());
    ReportBuilder::setTaskFacts(data, *m_fetcher);
    ReportBuilder::setLint(data, BatchLint::check(m_fetcher->lintInput()));
    data.notes = m_notes;
    ReportBuilder::setExporter(data, m_connection.accountName(),
                               m_connection.scheduler()->clock().nowUtc().toLocalTime());

    // The history is read, never created: a report must not leave a database behind.
    if (m_historyPath.isEmpty())
        m_historyPath = m_connection.isDemo() ? HistoryStore::demoPath() : HistoryStore::defaultPath();
    if (!QFileInfo::exists(m_historyPath)) {
        data.actions = QList<AuditEntry>(); // no history: no action was sent from this computer
        m_err << tr("otadash-cli report: no history at %1; the report has no burn-up chart.")
                         .arg(QDir::toNativeSeparators(m_historyPath))
              << '\n';
    } else {
        const HistoryStore history(m_historyPath);
        if (!history.isOpen()) {
            m_err << tr("otadash-cli report: the history at %1 cannot be read (%2); the report has no "
                        "burn-up "
                        "chart.")
                             .arg(QDir::toNativeSeparators(m_historyPath), history.errorString())
                  << '\n';
        } else {
            ReportBuilder::setActions(data, &history);
            data.burnUp = history.countsSeries(m_connection.accountName(), m_jobId);
            if (data.burnUp.isEmpty())
                m_err << tr("otadash-cli report: the history holds no task counts of batch %1 for %2; the "
                            "report "
                            "has no burn-up chart.")
                                 .arg(m_jobId, m_connection.accountName())
                      << '\n';
        }
    }

    if (const std::optional<QString> problem = ReportFile::write(data, m_format, m_outPath)) {
        m_err << tr("otadash-cli report: %1").arg(*problem) << '\n';
        m_err.flush();
        emit finished(kWriteFailure);
        return;
    }
    m_err.flush();
    emit finished(ConnectionOptions::Success);
}

int runReportCommand(const QStringList &arguments)
{
    return runApiCommand<ReportCommand>(arguments);
}
