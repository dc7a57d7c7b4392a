#include "AuditCommand.h"

#include "history/HistoryStore.h"
#include "services/ActionAudit.h"
#include "util/ListOutput.h"
#include "util/TimeText.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// The same words as the API commands' (ConnectionOptions), so they share one translation.
QString shared(const char *text)
{
    return QCoreApplication::translate("ConnectionOptions", text);
}
} // namespace

AuditCommand::AuditCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int AuditCommand::usageError(const QString &message)
{
    m_err << shared("otadash-cli %1: %2").arg(u"audit"_s, message) << '\n'
          << shared("Run 'otadash-cli %1 --help' for the options.").arg(u"audit"_s) << '\n';
    m_err.flush();
    return 1;
}

std::optional<int> AuditCommand::parse(const QStringList &arguments)
{
    const QCommandLineOption jobId(u"job-id"_s, tr("Only the actions on this batch."), tr("ID"));
    const QCommandLineOption output(u"output"_s,
                                    tr("text (default): one line per call; json: an array of objects; csv: "
                                       "a header row, then one row per call."),
                                    u"text|json|csv"_s, u"text"_s);
    const QCommandLineOption historyDb(
            u"history-db"_s, tr("The history file to read (default: the dashboard's)."), tr("FILE"));
    const QCommandLineOption demo(u"demo"_s, tr("Read the demo's audit log."));
    const QCommandLineOption lang(u"lang"_s,
                                  shared("Language of --help, messages and text output: en, ja or zh_CN "
                                         "(default: the one chosen in Preferences, else the system's)."),
                                  shared("LANG"));
    const QCommandLineOption help({u"h"_s, u"help"_s}, shared("Show this help."));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
            tr("Print the audit log: every write action sent from this computer (cancel, retry, confirm), "
               "one line per call with its RequestId and outcome, oldest first. Only the local history file "
               "is read: no network, no credentials."));
    parser.addOptions({jobId, output, historyDb, demo, lang, help});
    if (!parser.parse(QStringList {u"otadash-cli audit"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << tr("Usage: otadash-cli audit [--job-id ID] [--output text|json|csv] [options]") << '\n'
              << parser.helpText().section(u'\n', 1) << '\n';
        m_out.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(shared("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    m_jobId = parser.value(jobId).trimmed();
    m_output = parser.value(output).toLower();
    if (m_output != u"text" && m_output != u"json" && m_output != u"csv")
        return usageError(tr("--output must be text, json or csv"));
    if (parser.isSet(historyDb) && parser.isSet(demo))
        return usageError(tr("--demo cannot be combined with --history-db"));
    m_historyPath = parser.isSet(historyDb) ? parser.value(historyDb)
            : parser.isSet(demo)            ? HistoryStore::demoPath()
                                            : HistoryStore::defaultPath();
    if (m_historyPath.isEmpty())
        return usageError(tr("--history-db needs a file name"));
    return std::nullopt;
}

int AuditCommand::run(const QStringList &arguments)
{
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

    QList<AuditEntry> entries;
    // Read, never created: looking at the log must not leave a file behind. No file: no action was sent.
    if (QFileInfo::exists(m_historyPath)) {
        const HistoryStore history(m_historyPath);
        if (history.isOpen())
            entries = history.auditLog(m_jobId);
        if (!history.isOpen() || !history.errorString().isEmpty()) {
            m_err << shared("otadash-cli %1: %2").arg(u"audit"_s, history.errorString()) << '\n';
            m_err.flush();
            return 5;
        }
    }
    if (m_output == u"json") {
        QJsonArray array;
        for (const AuditEntry &entry : std::as_const(entries)) {
            const QStringList values = ActionAudit::fieldValues(entry);
            QJsonObject object;
            const QStringList keys = ActionAudit::fieldNames();
            for (qsizetype i = 0; i < keys.size(); ++i)
                object.insert(keys.at(i), values.at(i));
            object.insert(u"TargetCount"_s, entry.targets.size());
            object.insert(u"Targets"_s, QJsonArray::fromStringList(entry.targets));
            array.append(object);
        }
        m_out << QString::fromUtf8(ListOutput::jsonArray(array));
    } else if (m_output == u"csv") {
        m_out << ActionAudit::csv(entries);
    } else if (entries.isEmpty()) {
        m_out << (m_jobId.isEmpty()
                          ? tr("No write action was sent from this computer.")
                          : tr("No write action on batch %1 was sent from this computer.").arg(m_jobId))
              << '\n';
    } else {
        m_out << TimeText::zoneNote() << '\n';
        for (const AuditEntry &entry : std::as_const(entries)) {
            m_out << TimeText::dateTime(entry.atUtc) << u"  "_s << entry.action << u"  "_s
                  << (entry.jobId.isEmpty() ? u"-"_s : entry.jobId) << u"  "_s
                  << tr("%Ln target(s)", "", int(entry.targets.size())) << u"  "_s
                  << AuditEntry::outcomeCode(entry.outcome) << u"  "_s
                  << tr("profile %1 (%2), RequestId %3")
                             .arg(entry.profile, entry.accessKeyId, entry.requestId)
                  << '\n';
            if (!entry.detail.isEmpty())
                m_out << u"    "_s << entry.detail << '\n';
            m_out << u"    "_s << entry.targets.join(u' ') << '\n';
        }
    }
    m_out.flush();
    return 0;
}

int runAuditCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return AuditCommand(out, err).run(arguments);
}
