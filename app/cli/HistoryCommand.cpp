#include "HistoryCommand.h"

#include "auth/Profile.h"
#include "history/HistoryStore.h"
#include "history/HistoryTimeline.h"
#include "ota/CountsSummary.h"
#include "ota/JobField.h"
#include "ota/OtaEnums.h"
#include "util/DisplayZone.h"
#include "util/ListOutput.h"
#include "util/TimeText.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The same words as the API commands' (ConnectionOptions), so they share one translation.
QString shared(const char *text)
{
    return QCoreApplication::translate("ConnectionOptions", text);
}

// UTC, ISO 8601, to the second: 2026-03-01T08:00:00Z.
QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

// A fetch with the counts of its own round (HistoryTimeline), or a round read without a fetch.
struct HistoryCommand::Row
{
    QString profile;
    QDateTime fetchedAtUtc; // invalid: a round of counts without a fetch
    QString jobStatus;
    std::optional<HistoryCountsPoint> counts;

    QDateTime atUtc() const { return fetchedAtUtc.isValid() ? fetchedAtUtc : counts->atUtc; }
};

HistoryCommand::HistoryCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int HistoryCommand::usageError(const QString &message)
{
    m_err << shared("otadash-cli %1: %2").arg(u"history"_s, message) << '\n'
          << shared("Run 'otadash-cli %1 --help' for the options.").arg(u"history"_s) << '\n';
    m_err.flush();
    return UsageError;
}

std::optional<int> HistoryCommand::parse(const QStringList &arguments)
{
    const QCommandLineOption jobId(u"job-id"_s, tr("The batch whose recorded fetches to print."), tr("ID"));
    const QCommandLineOption profile(
            u"profile"_s,
            tr("Only the fetches made with this profile (default: those of every profile, with a profile "
               "column)."),
            tr("NAME"));
    const QCommandLineOption output(u"output"_s,
                                    tr("text (default): an aligned table; json: an array of objects; csv: a "
                                       "header row, then one row per fetch or round of task counts."),
                                    u"text|json|csv"_s, u"text"_s);
    const QCommandLineOption historyDb(u"history-db"_s,
                                       tr("The history file to read (default: the one the dashboard and "
                                          "'otadash-cli query' write)."),
                                       tr("FILE"));
    const QCommandLineOption demo(
            u"demo"_s,
            tr("Read the demo's history (what the dashboard and 'otadash-cli query' recorded "
               "with --demo)."));
    const QCommandLineOption lang(
            u"lang"_s,
            shared("Language of --help, messages and text output: en, ja or zh_CN (default: "
                   "the one chosen in Preferences, else the system's)."),
            shared("LANG"));
    const QCommandLineOption help({u"h"_s, u"help"_s}, shared("Show this help."));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
            tr("Print the fetches of an OTA update batch recorded on this computer, oldest first: when, its "
               "JobStatus and the task counts read with it, if any, with their own time; task counts read "
               "without a fetch are lines of their own. Only the local history is read: no network, no "
               "credentials."));
    parser.addOptions({jobId, profile, output, historyDb, demo, lang, help});
    if (!parser.parse(QStringList {u"otadash-cli history"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << tr(
                "Usage: otadash-cli history --job-id ID [--profile NAME] [--output text|json|csv] [options]")
              << '\n'
              << parser.helpText().section(u'\n', 1) << '\n'
              << tr("Exit codes: 0 success, 1 usage error or no history of the batch, 5 the history file "
                    "cannot be read.")
              << '\n';
        m_out.flush();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(shared("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    const QStringList ids = parser.values(jobId);
    if (ids.isEmpty())
        return usageError(shared("%1 is required").arg(u"--job-id"_s));
    if (ids.size() > 1)
        return usageError(shared("give %1 only once").arg(u"--job-id"_s));
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_\\-*]{1,64}$"_s);
    if (!idPattern.match(ids.constFirst()).hasMatch())
        return usageError(QCoreApplication::translate("QueryCommand", "'%1' is not a valid batch ID")
                                  .arg(ids.constFirst()));
    m_jobId = ids.constFirst();

    if (parser.isSet(profile)) {
        QString name = parser.value(profile);
        if (name.compare(QLatin1String(Profile::kEnvironmentName), Qt::CaseInsensitive) == 0)
            name = QString::fromLatin1(Profile::kEnvironmentName);
        m_profile = name;
    }
    m_output = parser.value(output).toLower();
    if (m_output != u"text" && m_output != u"json" && m_output != u"csv")
        return usageError(tr("--output must be text, json or csv"));
    if (parser.isSet(historyDb) && parser.isSet(demo))
        return usageError(tr("--demo cannot be combined with --history-db"));
    if (parser.isSet(historyDb) && parser.value(historyDb).isEmpty())
        return usageError(tr("--history-db needs a file name"));
    m_historyPath = parser.isSet(historyDb) ? parser.value(historyDb)
            : parser.isSet(demo)            ? HistoryStore::demoPath()
                                            : HistoryStore::defaultPath();
    return std::nullopt;
}

int HistoryCommand::run(const QStringList &arguments)
{
    // The language comes first (--lang, else the saved preference, else the system's): --help speaks it.
    QSettings settings;
    Translations translations(&settings);
    const std::optional<QString> requested = Translations::languageArgument(arguments);
    const std::optional<QString> language
            = requested ? Translations::parseLanguage(*requested) : std::nullopt;
    translations.setLanguage(translations.initialLanguage(language.value_or(QString())));
    if (requested && !language)
        return usageError(
                shared("unsupported language '%1' for --lang; use en, ja or zh_CN").arg(*requested));
    if (const std::optional<int> exitCode = parse(arguments))
        return *exitCode;

    const QString nativePath = QDir::toNativeSeparators(m_historyPath);
    // Read, never created: looking at the history must not leave a file behind.
    if (!QFileInfo::exists(m_historyPath)) {
        m_err << tr("otadash-cli history: there is no history at %1 yet: the dashboard and 'otadash-cli "
                    "query' "
                    "record "
                    "the batches they read there.")
                         .arg(nativePath)
              << '\n';
        m_err.flush();
        return NoHistory;
    }
    const HistoryStore history(m_historyPath);
    const auto failed = [this, &history] {
        m_err << shared("otadash-cli %1: %2").arg(u"history"_s, history.errorString()) << '\n';
        m_err.flush();
        return HistoryFailure;
    };
    if (!history.isOpen())
        return failed();
    const QStringList profiles = m_profile ? QStringList {*m_profile} : history.profilesWithHistory(m_jobId);
    if (!history.errorString().isEmpty())
        return failed();
    QList<Row> rows;
    for (const QString &profile : profiles) {
        const QList<HistoryJobSnapshot> snapshots = history.jobSnapshots(profile, m_jobId);
        if (!history.errorString().isEmpty())
            return failed();
        const QList<HistoryCountsPoint> series = history.countsSeries(profile, m_jobId);
        if (!history.errorString().isEmpty())
            return failed();
        // Each fetch with its own round or none, as the History tab shows them; rounds of their own too.
        const QList<HistoryEntry> entries = HistoryTimeline::entries(snapshots, series);
        for (const HistoryEntry &entry : entries) {
            rows.append({profile, entry.fetch ? entry.fetch->fetchedAtUtc : QDateTime(),
                         entry.fetch ? entry.fetch->jobStatus : QString(), entry.counts});
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.atUtc() < b.atUtc(); });
    const bool anyFetch = std::any_of(rows.cbegin(), rows.cend(),
                                      [](const Row &row) { return row.fetchedAtUtc.isValid(); });
    if (!anyFetch) {
        m_err << (m_profile
                          ? tr("otadash-cli history: no fetch of batch %1 with profile %2 is recorded in %3.")
                                    .arg(m_jobId, *m_profile, nativePath)
                          : tr("otadash-cli history: no fetch of batch %1 is recorded in %2.")
                                    .arg(m_jobId, nativePath))
              << '\n';
        m_err.flush();
        return NoHistory;
    }
    if (m_output == u"json")
        writeJson(rows);
    else if (m_output == u"csv")
        writeCsv(rows);
    else
        writeText(rows);
    m_out.flush();
    return Success;
}

void HistoryCommand::writeText(const QList<Row> &rows)
{
    const bool profileColumn = !m_profile;
    QStringList header;
    if (profileColumn)
        header.append(tr("Profile"));
    // Times as the window writes them, in the zone chosen in Preferences, named once in each header.
    header << tr("Fetched (%1)").arg(DisplayZone::name())
           << QCoreApplication::translate("JobField", jobFieldInfo(JobField::JobStatus).label)
           << tr("Counted (%1)").arg(DisplayZone::name());
    for (const TaskStatus status : kAllTaskStatuses)
        header.append(TaskStatuses::label(status));
    header.append(tr("Total"));
    const qsizetype firstCount = header.size() - qsizetype(kAllTaskStatuses.size()) - 1;
    const qsizetype lastCount = header.size() - 1;
    header.append(tr("Progress")); // as the dashboard's watch list says it (CountsSummary)

    QList<QStringList> table {header};
    const QLocale locale;
    for (const Row &row : rows) {
        QStringList cells;
        if (profileColumn)
            cells.append(row.profile);
        cells << TimeText::dateTime(row.fetchedAtUtc)
              << (row.jobStatus.isEmpty() ? QString() : enumLabel(JobField::JobStatus, row.jobStatus))
              << (row.counts ? TimeText::dateTime(row.counts->atUtc) : QString());
        for (const TaskStatus status : kAllTaskStatuses)
            cells.append(row.counts ? locale.toString(row.counts->counts[status]) : QString());
        cells.append(row.counts ? locale.toString(row.counts->total()) : QString());
        cells.append(
                row.counts
                        ? CountsSummary::of(row.counts->counts, row.counts->batchTotal).shortHeadline(locale)
                        : QString());
        table.append(cells);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &cells : std::as_const(table)) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            widths[column] = std::max(widths[column], ListOutput::displayWidth(cells[column]));
    }
    for (qsizetype line = 0; line < table.size(); ++line) {
        const QStringList &cells = table[line];
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QString padding(widths[column] - ListOutput::displayWidth(cells[column]), u' ');
            if (column > 0)
                text += u"  "_s;
            // Counts line up on their last digit (the header too, over them).
            text += column >= firstCount && column <= lastCount ? padding + cells[column]
                                                                : cells[column] + padding;
        }
        while (text.endsWith(u' ')) // no trailing blanks; leading ones may align an empty profile name
            text.chop(1);
        m_out << text << '\n';
    }
    const auto fetches = std::count_if(rows.cbegin(), rows.cend(),
                                       [](const Row &row) { return row.fetchedAtUtc.isValid(); });
    m_out << tr("%Ln fetch(es)", "", int(fetches)) << '\n';
    if (const qsizetype alone = rows.size() - fetches; alone > 0)
        m_out << tr("%Ln round(s) of task counts read without a fetch", "", int(alone)) << '\n';
    if (std::any_of(rows.cbegin(), rows.cend(), [](const Row &row) { return row.counts.has_value(); }))
        m_out << CountsSummary::definitions() << '\n';
}

void HistoryCommand::writeJson(const QList<Row> &rows)
{
    QJsonArray array;
    for (const Row &row : rows) {
        QJsonObject object {{u"Profile"_s, row.profile}};
        if (row.fetchedAtUtc.isValid()) {
            object.insert(u"FetchedAt"_s, isoTime(row.fetchedAtUtc));
            object.insert(u"JobStatus"_s, row.jobStatus);
        }
        if (row.counts) {
            QJsonObject counts;
            for (const TaskStatus status : kAllTaskStatuses)
                counts.insert(TaskStatuses::code(status), row.counts->counts[status]);
            object.insert(u"TaskCounts"_s, counts);
            // The dashboard's words for them (CountsSummary), of the total the round read.
            const CountsSummary summary = CountsSummary::of(row.counts->counts, row.counts->batchTotal);
            object.insert(u"TaskSummary"_s,
                          QJsonObject {{u"Succeeded"_s, summary.succeeded()},
                                       {u"Failed"_s, summary.failed()},
                                       {u"Canceled"_s, summary.canceled()},
                                       {u"InFlight"_s, summary.inFlight()},
                                       {u"NotStarted"_s, summary.notStarted()},
                                       {u"Complete"_s, summary.complete()},
                                       {u"Total"_s, summary.total()}});
            object.insert(u"TaskCountsAt"_s, isoTime(row.counts->atUtc));
        }
        array.append(object);
    }
    m_out << QString::fromUtf8(ListOutput::jsonArray(array));
}

void HistoryCommand::writeCsv(const QList<Row> &rows)
{
    QStringList header {u"Profile"_s, u"FetchedAt"_s, u"JobStatus"_s, u"TaskCountsAt"_s};
    for (const TaskStatus status : kAllTaskStatuses)
        header.append(TaskStatuses::code(status));
    m_out << ListOutput::csvRecord(header);
    for (const Row &row : rows) {
        QStringList fields {row.profile, row.fetchedAtUtc.isValid() ? isoTime(row.fetchedAtUtc) : QString(),
                            row.jobStatus, row.counts ? isoTime(row.counts->atUtc) : QString()};
        for (const TaskStatus status : kAllTaskStatuses)
            fields.append(row.counts ? QString::number(row.counts->counts[status]) : QString());
        m_out << ListOutput::csvRecord(fields);
    }
}

int runHistoryCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return HistoryCommand(out, err).run(arguments);
}
