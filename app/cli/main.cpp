// otadash-cli: the headless commands (query, tasks, jobs, history, report, profile), a console program beside
// the dashboard. It links Qt Core and Network only, never Qt Gui, widgets or charts, and runs every command
// on a QCoreApplication, so no platform plugin is ever loaded. `report` alone needs Qt Gui (the PDF's fonts
// and chart): otadash-cli hands it over to its helper otadash-report (main_report.cpp).

#include "AuditCommand.h"
#include "DeviceCommand.h"
#include "HistoryCommand.h"
#include "JobsCommand.h"
#include "ProfileCommand.h"
#include "QueryCommand.h"
#include "StatusCommand.h"
#include "TaskActionCommand.h"
#include "TasksCommand.h"
#include "VerifyCommand.h"
#include "util/AppIdentity.h"
#include "util/DisplayZone.h"
#include "util/HandOver.h"
#include "util/InstallLayout.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>

#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
// Qt's Japanese catalogue lacks these lines of --help; OtaDash's translator, searched first, supplies them.
[[maybe_unused]] constexpr const char *kQtHelpTexts[] = {
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// What otadash-cli says itself, before or instead of a command.
class OtadashCli
{
    Q_DECLARE_TR_FUNCTIONS(OtadashCli)
public:
    // The overview of the commands: --help (stdout), or without a command (stderr, a usage error).
    static void printOverview(QTextStream &stream);
    // Without a known command: --help, --version, or a usage error. Speaks --lang, else the saved
    // preference, else the system's language.
    static int run(const QStringList &arguments);
    // `report`: runs otadash-report in this program's place (see HandOver::run); 127 when it cannot start.
    static int runReport(int argc, char *argv[]);
};

void OtadashCli::printOverview(QTextStream &stream)
{
    stream << tr("Usage: otadash-cli COMMAND [options]") << "\n\n"
           << tr("The headless commands of OtaDash, the dashboard for the OTA update batches of Alibaba "
                 "Cloud "
                 "IoT Platform.")
           << "\n\n"
           << tr("Commands:") << '\n'
           << "  otadash-cli query --job-id ID [options]\n      " << tr("Query batches and print them.")
           << '\n'
           << "  otadash-cli tasks --job-id ID [--status S] [options]\n      "
           << tr("List the device tasks of a batch.") << '\n'
           << "  otadash-cli jobs --firmware-id ID [options]\n      " << tr("List the batches of a firmware.")
           << '\n'
           << "  otadash-cli device --product-key PK --device-name NAME [--job-id ID] [options]\n      "
           << tr("Show one device: online state, reported versions, OTA tasks.") << '\n'
           << "  otadash-cli retry --job-id ID (--task-id T | --status FAILED) [--yes] [options]\n      "
           << tr("Upgrade failed devices again (without --yes: only say what would be sent).") << '\n'
           << "  otadash-cli confirm --job-id ID (--task-id T | --all) [--yes] [options]\n      "
           << tr("Confirm tasks that wait for confirmation.") << '\n'
           << "  otadash-cli verify --job-id ID [--sample N] [options]\n      "
           << tr("Check that the devices of succeeded tasks report the new version.") << '\n'
           << "  otadash-cli status --job-id ID [--job-id ID ...] [--watch SECONDS] [options]\n      "
           << tr("Where rollouts stand: counts, % complete, failure rate and finish estimate.") << '\n'
           << "  otadash-cli audit [--job-id ID] [options]\n      "
           << tr("The write actions sent from this computer, with their RequestIds.") << '\n'
           << "  otadash-cli history --job-id ID [options]\n      "
           << tr("The fetches of a batch recorded on this computer.") << '\n'
           << "  otadash-cli report --job-id ID --format pdf|md --out FILE [options]\n      "
           << tr("Write the sign-off report of a batch.") << '\n'
           << "  otadash-cli profile add|list|remove|import-aliyun [options]\n      "
           << tr("Manage the profiles; their secrets stay in the system keychain.") << "\n\n"
           << tr("Options:") << '\n'
           << "  -h, --help       " << tr("Show this help.") << '\n'
           << "  -v, --version    " << tr("Show the version.") << '\n'
           << "  --lang LANG      " << tr("Language of the help and messages: en, ja or zh_CN.") << "\n\n"
           << tr("Run 'otadash-cli COMMAND --help' for the options of a command.") << '\n'
           << tr("Exit codes: 0 success, 1 usage, 2 API error, 3 transport error or malformed response, 4 "
                 "keychain unusable, 5 report file or audit log not written.")
           << '\n';
    stream.flush();
}

int OtadashCli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QSettings settings;
    Translations translations(&settings);
    const std::optional<QString> requested = Translations::languageArgument(arguments);
    const std::optional<QString> language
            = requested ? Translations::parseLanguage(*requested) : std::nullopt;
    translations.setLanguage(translations.initialLanguage(language.value_or(QString())));
    const auto usageError = [&err](const QString &message) {
        err << tr("otadash-cli: %1").arg(message) << '\n'
            << tr("Run 'otadash-cli --help' for the commands.") << '\n';
        err.flush();
        return 1;
    };
    if (requested && !language)
        return usageError(tr("unsupported language '%1' for --lang; use en, ja or zh_CN").arg(*requested));
    bool help = false;
    bool version = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h" || argument == u"help") {
            help = true;
        } else if (argument == u"--version" || argument == u"-v") {
            version = true;
        } else if (argument == u"--lang" || argument == u"-lang") {
            ++i; // its value was read above
        } else if (!argument.startsWith(u"--lang=") && !argument.startsWith(u"-lang=")) {
            return usageError(argument.startsWith(u'-') ? tr("unknown option '%1'").arg(argument)
                                                        : tr("unknown command '%1'").arg(argument));
        }
    }
    if (version) {
        out << "otadash-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (!help) {
        printOverview(err);
        return 1;
    }
    printOverview(out);
    return 0;
}

int OtadashCli::runReport(int argc, char *argv[])
{
    std::vector<char *> given(argv, argv + argc); // before QCoreApplication sees them
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    // Beside otadash-cli in the build tree, on Windows and in the macOS bundle; in <libdir>/otadash on Linux.
    const QString helper = InstallLayout::privateProgram(u"otadash-report"_s);
    QString reason;
    if (const std::optional<int> exitCode = HandOver::run(helper, int(given.size()), given.data(), &reason))
        return *exitCode;
    QSettings settings;
    Translations translations(&settings);
    const std::optional<QString> requested = Translations::languageArgument(QCoreApplication::arguments());
    translations.setLanguage(translations.initialLanguage(
            requested ? Translations::parseLanguage(*requested).value_or(QString()) : QString()));
    QTextStream(stderr) << tr("otadash-cli report: the report is written by otadash-report, which cannot be "
                              "started as %1: %2")
                                   .arg(QDir::toNativeSeparators(helper), reason)
                        << '\n';
    return 127;
}
} // namespace

int main(int argc, char *argv[])
{
    const char *command = argc > 1 ? argv[1] : "";
    if (std::strcmp(command, "report") == 0)
        return OtadashCli::runReport(argc, argv);

    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    DisplayZone::load(QSettings()); // times in the zone chosen in Preferences, as the window writes them
    using HeadlessCommand = int (*)(const QStringList &);
    const std::pair<const char *, HeadlessCommand> commands[]
            = {{"query", &runQueryCommand},     {"tasks", &runTasksCommand},   {"jobs", &runJobsCommand},
               {"history", &runHistoryCommand}, {"device", &runDeviceCommand}, {"retry", &runRetryCommand},
               {"confirm", &runConfirmCommand}, {"audit", &runAuditCommand},   {"verify", &runVerifyCommand},
               {"status", &runStatusCommand}};
    for (const auto &[name, run] : commands) {
        if (std::strcmp(command, name) == 0)
            return run(app.arguments().mid(2));
    }
    if (std::strcmp(command, "profile") == 0) {
        // The language chosen in Preferences, else the system's (`query` also takes --lang).
        QSettings settings;
        Translations translations(&settings);
        translations.setLanguage(translations.initialLanguage());
        return runProfileCommand(app.arguments().mid(2));
    }
    return OtadashCli::run(app.arguments().mid(1));
}
