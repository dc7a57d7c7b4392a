// otadash: the dashboard (default) or a headless command (`otadash query ...`).

#include "MainWindow.h"
#include "OtaSimulator.h"
#include "ProfileCommand.h"
#include "ProfileSwitcher.h"
#include "QueryCommand.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "auth/EnvironmentProfile.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(u"OtaDash"_s);
    QCoreApplication::setApplicationName(u"otadash"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OTADASH_VERSION));
}

// Qt's Japanese catalogue lacks these lines of --help; OtaDash's translator, searched first, supplies them.
[[maybe_unused]] constexpr const char *kQtHelpTexts[] = {
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// --help, --version and a --lang usage error need no display.
bool wantsTextOnly(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--version", "-v", "--help", "-h", "-help"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const std::optional<QString> language = Translations::languageArgument(arguments);
    return language && !Translations::parseLanguage(*language);
}

// Installs the language of --lang, else of the saved preference, else of the system; false (after saying
// why) when --lang names a language OtaDash does not speak.
bool applyLanguage(Translations &translations)
{
    const std::optional<QString> requested = Translations::languageArgument(QCoreApplication::arguments());
    const std::optional<QString> language
            = requested ? Translations::parseLanguage(*requested) : std::nullopt;
    translations.setLanguage(translations.initialLanguage(language.value_or(QString())));
    if (requested && !language) {
        QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "otadash: unsupported language '%1' for --lang; use en, ja or zh_CN.")
                                       .arg(*requested)
                            << '\n'
                            << QCoreApplication::translate("main", "Run 'otadash --help' for the options.")
                            << '\n';
        return false;
    }
    return true;
}

struct GuiOptions
{
    QCommandLineOption demo {
            u"demo"_s,
            QCoreApplication::translate("main", "Open the dashboard on the embedded demo endpoint.")};
    QCommandLineOption jobId {u"job-id"_s, QCoreApplication::translate("main", "Query this batch at start."),
                              QCoreApplication::translate("main", "ID")};
    QCommandLineOption screenshot {
            u"screenshot"_s,
            QCoreApplication::translate("main", "Save a PNG of the window after the first query, then quit."),
            QCoreApplication::translate("main", "FILE")};
    QCommandLineOption lang {u"lang"_s,
                             QCoreApplication::translate("main",
                                                         "Language of the user interface: en, ja or zh_CN "
                                                         "(default: the one chosen in Preferences, else the "
                                                         "system's)."),
                             QCoreApplication::translate("main", "LANG")};
    QCommandLineOption quitAfterPaint {
            u"quit-after-paint"_s,
            QCoreApplication::translate("main",
                                        "Quit once the window has been painted (start-up benchmark).")};
};

// Parses the dashboard's options; --help and --version print and exit here.
void processOptions(QCommandLineParser &parser, const GuiOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Dashboard for the OTA update batches of Alibaba Cloud IoT Platform.\n\n"
            "Headless: otadash query --job-id ID [options]   (otadash query --help for details)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
            {options.demo, options.jobId, options.screenshot, options.lang, options.quitAfterPaint});
    parser.process(*QCoreApplication::instance());
}

int runGui()
{
    QSettings settings;
    Translations translations(&settings);
    if (!applyLanguage(translations))
        return 1;
    QCommandLineParser parser;
    const GuiOptions options;
    processOptions(parser, options);
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &jobIdOption = options.jobId;
    const QCommandLineOption &screenshotOption = options.screenshot;

    QNetworkAccessManager network;
    RpcClient client(&network);
    RequestScheduler scheduler(&client);
    std::unique_ptr<OtaSimulator> simulator;
    // Profiles: their fields in the settings, their secrets in the system keychain (or, by the user's
    // explicit choice when no keychain is usable, in memory for this session).
    ProfileStore profiles;
    KeychainCredentialStore keychain;
    SessionAwareCredentialStore profileCredentials(&keychain);
    MainWindow window(&scheduler);
    window.setTranslations(&translations);
    window.setProfileStores(&profiles, &profileCredentials);

    QString jobId = parser.value(jobIdOption);
    if (parser.isSet(demoOption)) {
        simulator = std::make_unique<OtaSimulator>();
        if (!simulator->listen()) {
            QTextStream(stderr) << QCoreApplication::translate(
                    "main", "otadash: the demo endpoint could not listen on the loopback interface")
                                << '\n';
            return 3;
        }
        window.setCustomEndpoint(simulator->endpoint());
        window.setCredentials(OtaSimulator::demoCredentials());
        window.setSuggestedJobIds(simulator->jobIds());
        if (jobId.isEmpty())
            jobId = simulator->jobIds().value(0);
    } else {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        window.setCredentials(EnvironmentProfile::credentials(env));
        const QString region = env.value(u"ALIBABA_CLOUD_REGION_ID"_s);
        if (!region.isEmpty())
            window.setRegion(region);
        // The last used profile (or the Environment one); the demo keeps its own endpoint.
        window.profileSwitcher()->selectInitialProfile();
    }

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        QObject::connect(&window, &MainWindow::queryFinished, &window, [&window, screenshot] {
            // Let the form lay out and paint once before grabbing it.
            QTimer::singleShot(200, &window, [&window, screenshot] {
                const bool saved = window.grab().save(screenshot);
                QCoreApplication::exit(saved ? 0 : 3);
            });
        });
    }
    window.show();
    if (parser.isSet(options.quitAfterPaint)) {
        // A zero timer after show() fires once the first frame has been painted.
        QTimer::singleShot(0, &window, &QCoreApplication::quit);
    }
    if (!jobId.isEmpty()) {
        window.setJobId(jobId);
        QTimer::singleShot(0, &window, &MainWindow::query);
    }
    return QApplication::exec();
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "query") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return runQueryCommand(app.arguments().mid(2));
    }
    if (argc > 1 && std::strcmp(argv[1], "profile") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        // The language chosen in Preferences, else the system's (`query` also takes --lang).
        QSettings settings;
        Translations translations(&settings);
        translations.setLanguage(translations.initialLanguage());
        return runProfileCommand(app.arguments().mid(2));
    }
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QSettings settings;
        Translations translations(&settings);
        if (!applyLanguage(translations))
            return 1;
        QCommandLineParser parser;
        processOptions(parser, GuiOptions());
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    return runGui();
}
