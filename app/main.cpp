// otadash: the dashboard. The headless commands are otadash-cli's (`otadash-cli query ...`); given one,
// otadash hands it on to the otadash-cli beside it.

#include "BatchProgressView.h"
#include "ColorSchemeWatcher.h"
#include "DesktopStyle.h"
#include "DiscoveryPanel.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "ProfileSwitcher.h"
#include "SimFleet.h"
#include "SimulatorHost.h"
#include "WatchListPanel.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "auth/EnvironmentProfile.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "history/HistoryStore.h"
#include "models/WatchListRefresher.h"
#include "net/CaCertificates.h"
#include "net/ProxyService.h"
#include "services/AccountDirectory.h"
#include "services/BatchQuery.h"
#include "services/HistoryRecorder.h"
#include "services/Services.h"
#include "state/BatchStore.h"
#include "util/AppIdentity.h"
#include "util/BatchLink.h"
#include "util/Clock.h"
#include "util/DisplayZone.h"
#include "util/HandOver.h"
#include "util/InstallLayout.h"
#include "util/SingleInstance.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
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

// The commands otadash-cli runs; `otadash COMMAND ...` hands them on to it.
bool isHeadlessCommand(const char *argument)
{
    for (const char *command : {"query", "tasks", "jobs", "history", "report", "profile"}) {
        if (std::strcmp(argument, command) == 0)
            return true;
    }
    return false;
}

// Linux and macOS: runs the otadash-cli beside this program in its place, with the same arguments, so that
// its output and exit code are the caller's; returns (127) only when it cannot be started, after saying why.
// Windows: a GUI program cannot write to the console it was started from, nor hand it an exit code, so a
// message box points to otadash-cli.exe instead (exit code 1).
int handOverToCli(int argc, char *argv[])
{
    std::vector<char *> given(argv, argv + argc); // before QCoreApplication sees them
#ifdef Q_OS_WIN
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    AppIdentity::apply();
    const QString cli = InstallLayout::sibling(u"otadash-cli"_s);
#ifndef Q_OS_WIN
    QString reason;
    HandOver::run(cli, int(given.size()), given.data(), &reason);
#endif
    QSettings settings;
    Translations translations(&settings);
    const std::optional<QString> requested = Translations::languageArgument(QCoreApplication::arguments());
    translations.setLanguage(translations.initialLanguage(
            requested ? Translations::parseLanguage(*requested).value_or(QString()) : QString()));
#ifdef Q_OS_WIN
    QMessageBox::information(
            nullptr, u"OtaDash"_s,
            QCoreApplication::translate("main",
                                        "The headless commands are run by otadash-cli.exe, a "
                                        "console program installed beside otadash.exe (%1). "
                                        "Run it in Command Prompt or PowerShell instead, for "
                                        "example:\n\notadash-cli %2 --help")
                    .arg(QDir::toNativeSeparators(cli), QString::fromLocal8Bit(given.at(1))));
    return 1;
#else
    QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "otadash: the headless commands are run by otadash-cli, "
                                   "which cannot be started as %1: %2")
                                   .arg(cli, reason)
                        << '\n';
    return 127;
#endif
}

struct GuiOptions
{
    QCommandLineOption demo {
            u"demo"_s,
            QCoreApplication::translate("main", "Open the dashboard on the embedded demo endpoint.")};
    QCommandLineOption jobId {u"job-id"_s, QCoreApplication::translate("main", "Query this batch at start."),
                              QCoreApplication::translate("main", "ID")};
    QCommandLineOption profile {
            u"profile"_s,
            QCoreApplication::translate("main", "With --job-id: query the batch with this profile."),
            QCoreApplication::translate("main", "NAME")};
    QCommandLineOption screenshot {
            u"screenshot"_s,
            QCoreApplication::translate("main", "Save a PNG of the window after the first query, then quit."),
            QCoreApplication::translate("main", "FILE")};
    QCommandLineOption tab {
            u"tab"_s,
            QCoreApplication::translate("main",
                                        "Tab to show: details or devices (default: details). "
                                        "With --screenshot and devices, the picture is taken "
                                        "once the task counts and the first tasks are there."),
            QCoreApplication::translate("main", "TAB")};
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
            "The headless commands (query, tasks, jobs, history, report, profile) are run by otadash-cli, a "
            "console program beside otadash: see 'otadash-cli --help'. On Linux and macOS 'otadash COMMAND "
            "...' hands the command on to it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.jobId, options.profile, options.screenshot, options.tab,
                       options.lang, options.quitAfterPaint});
    parser.addPositionalArgument(
            u"link"_s,
            QCoreApplication::translate("main",
                                        "An otadash://batch/<JobId>?profile=<name> link to open. The "
                                        "dashboard already running for this user (demo or not, as this "
                                        "launch) opens it or the --job-id batch, and this launch ends; "
                                        "--screenshot and --quit-after-paint always run on their own."),
            QCoreApplication::translate("main", "[link]"));
    parser.process(*QCoreApplication::instance());
}

// Says what is wrong with the command line; nullopt for launchRequest().
std::nullopt_t usageError(const QString &text)
{
    QTextStream(stderr) << text << '\n'
                        << QCoreApplication::translate("main", "Run 'otadash --help' for the options.")
                        << '\n';
    return std::nullopt;
}

// The batch this launch asks for: --job-id with --profile, or an otadash:// link (what is wrong with a bad
// one in error); nullopt after saying what is wrong with the command line.
std::optional<SingleInstance::Request> launchRequest(const QCommandLineParser &parser,
                                                     const GuiOptions &options)
{
    const QStringList links = parser.positionalArguments();
    SingleInstance::Request request;
    if (links.size() > 1)
        return usageError(QCoreApplication::translate("main", "otadash: give one link at most."));
    if (!links.isEmpty()) {
        if (parser.isSet(options.jobId) || parser.isSet(options.profile))
            return usageError(QCoreApplication::translate(
                    "main", "otadash: give either a link or --job-id (with --profile), not both."));
        if (const std::optional<BatchLink> link = BatchLink::parse(links.first(), &request.error)) {
            request.jobId = link->jobId;
            request.profile = link->profile;
        }
        return request;
    }
    request.jobId = parser.value(options.jobId);
    request.profile = parser.value(options.profile);
    if (!request.profile.isEmpty() && request.jobId.isEmpty())
        return usageError(QCoreApplication::translate("main", "otadash: --profile goes with --job-id."));
    return request;
}

// One dashboard per user and mode. Hands request over to the one that runs (true: this launch is done, with
// *exitCode), else makes instance the one later launches reach (false: go on and open a window).
bool handOverToRunning(SingleInstance &instance, const QString &name, const SingleInstance::Request &request,
                       int *exitCode)
{
    QString detail;
    switch (instance.start(name, request, SingleInstance::kDefaultTimeoutMs, &detail)) {
    case SingleInstance::Role::Primary:
        return false;
    case SingleInstance::Role::HandedOver:
        *exitCode = 0;
        return true;
    case SingleInstance::Role::NoAnswer:
        // No second window: the request waits in the running dashboard's socket, and one that is only busy
        // or still starting opens the batch once it reads it; a window here would open it twice.
        QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "otadash: the OtaDash already running did not answer within %1 "
                                       "seconds; it opens the batch once it responds. If it hangs, quit it "
                                       "and try again.")
                                       .arg(SingleInstance::kDefaultTimeoutMs / 1000)
                            << '\n';
        *exitCode = 2;
        return true;
    case SingleInstance::Role::Refused:
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "otadash: the OtaDash already running refused the "
                                                           "request: %1")
                                       .arg(detail)
                            << '\n';
        *exitCode = 1;
        return true;
    case SingleInstance::Role::Alone:
        QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "otadash: later launches cannot reach this dashboard "
                                       "(%1); each opens a window of its own.")
                                       .arg(detail)
                            << '\n';
        return false;
    }
    return false;
}

int runGui()
{
    QSettings settings;
    DisplayZone::load(settings); // local time or UTC, as chosen in Preferences
    Translations translations(&settings);
    if (!applyLanguage(translations))
        return 1;
    QCommandLineParser parser;
    const GuiOptions options;
    processOptions(parser, options);
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &screenshotOption = options.screenshot;
    const bool demo = parser.isSet(demoOption);
    const std::optional<SingleInstance::Request> request = launchRequest(parser, options);
    if (!request)
        return 1;
    // Screenshot and start-up benchmark runs quit by themselves: they neither hand their batch to the
    // user's dashboard nor take later launches from it. Demo and real runs have names of their own.
    const bool alone = parser.isSet(screenshotOption) || parser.isSet(options.quitAfterPaint);
    const QString instanceName = SingleInstance::serverName(demo);
    if (!request->error.isEmpty()) {
        // A bad link starts nothing. A dashboard that runs says what is wrong in its status bar too: a link
        // clicked in a browser or a chat has no terminal to read.
        if (!alone)
            SingleInstance::handOver(instanceName, *request);
        QTextStream(stderr) << QCoreApplication::translate("main", "otadash: cannot open the link: %1")
                                       .arg(request->error)
                            << '\n';
        return 1;
    }
    SingleInstance instance; // listens before the window is built: a launch meanwhile waits for it
    if (int exitCode = 0; !alone && handOverToRunning(instance, instanceName, *request, &exitCode))
        return exitCode;
    // The demo's gateway starts first, on a thread of its own: it gets ready while the window is built.
    std::unique_ptr<SimulatorHost> simulator = demo ? std::make_unique<SimulatorHost>() : nullptr;

    // The services every view of the window shares: one scheduler per process, one state per batch, the
    // accounts of this session and the history, all on the system clock.
    const Clock &clock = Clock::system();
    QNetworkAccessManager network;
    RpcClient client(&network);
    RequestScheduler scheduler(&client);
    scheduler.setRateLimit(
            settings.value(RequestScheduler::kRateSettingsKey, scheduler.accountLimit()).toInt());
    BatchStore store;
    BatchQuery batchQuery(&scheduler, &store);
    AccountDirectory accounts;
    // Profiles: their fields in the settings, their secrets in the system keychain (or, by the user's
    // explicit choice when no keychain is usable, in memory for this session).
    ProfileStore profiles;
    KeychainCredentialStore keychain;
    SessionAwareCredentialStore profileCredentials(&keychain);
    // The proxy chosen in Preferences (the system's settings by default; the demo's loopback gateway is
    // reached directly), a manual proxy's password in the keychain.
    ProxyChoice proxy = ProxyChoice::load(settings);
    if (demo)
        proxy.mode = ProxyChoice::Mode::None;
    ProxyService proxies(&network, &profileCredentials, &settings, proxy);
    // Extra CAs chosen in Preferences (a company's TLS inspection), trusted besides the system's.
    QString caError;
    const bool casUsable = CaCertificates::installFromSettings(settings, &caError);
    // One history file for every window and command of this user; the demo keeps its own beside it, so demo
    // batches never mix with real ones. Declared before the window, which records into it until it goes.
    // Opened when first needed, after the first paint.
    HistoryRecorder recorder(demo ? HistoryStore::demoPath() : HistoryStore::defaultPath(), &store, clock);
    const Services services {&clock,
                             &scheduler,
                             &store,
                             &batchQuery,
                             &accounts,
                             &recorder,
                             &profiles,
                             &profileCredentials,
                             &translations,
                             &settings,
                             demo ? nullptr : &proxies}; // the demo's "no proxy" is never saved as a choice

    MainWindow::Setup setup;
    QString jobId = request->jobId;
    if (demo) {
        const SimulatorHost::Ready &ready = simulator->ready();
        if (ready.endpoint.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate(
                    "main", "otadash: the demo endpoint could not listen on the loopback interface")
                                << '\n';
            return 3;
        }
        setup.endpoint = ready.endpoint;
        setup.credentials = OtaSimulator::demoCredentials();
        // The demo's watch list has its own settings group: its batches never mix with those of real
        // profiles.
        setup.fixedProfile = u"Demo"_s;
        setup.builtInReadOnly = true; // until File > Allow Write Actions in the Demo
        setup.watchListGroup = u"demo"_s;
        // The live batches first (their device tasks move on while the demo runs, each at its own pace: slow
        // and late, stuck, growing, planned to start in two minutes), then the 100,000-task batch.
        setup.prefillWatchList
                = SimFleet::liveJobIds() + QStringList {SimFleet::bigJobId()} + ready.jobIds.mid(0, 3);
        if (jobId.isEmpty())
            jobId = ready.jobIds.value(0);
    } else {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        setup.credentials = EnvironmentProfile::credentials(env);
        setup.regionId = env.value(u"ALIBABA_CLOUD_REGION_ID"_s);
        // The last used profile (or the Environment one); the demo keeps its own endpoint.
        setup.selectInitialProfile = true;
    }
    MainWindow window(services, setup);

    const QString tab = parser.value(options.tab);
    if (!tab.isEmpty() && tab != u"details" && tab != u"devices") {
        QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "otadash: unknown tab '%1' for --tab; use details or "
                                       "devices.")
                                       .arg(tab)
                            << '\n';
        return 1;
    }
    const bool devices = tab == u"devices";
    if (devices)
        window.showTab(MainWindow::Tab::Devices);

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        // In demo mode the picture also waits (15 s at most) for the watch list's first refresh and for
        // Discovery to show the batches of the demo product's firmware 1.2.0.
        auto waitingFor = std::make_shared<int>(0);
        auto grabWanted = std::make_shared<bool>(false);
        const auto grab = [&window, screenshot, waitingFor, grabWanted] {
            if (*waitingFor > 0) {
                *grabWanted = true;
                return;
            }
            const bool saved = window.grab().save(screenshot);
            QCoreApplication::exit(saved ? 0 : 3);
        };
        // The Devices tab is grabbed once its requests have been quiet for a moment (counts, first pages).
        auto *settled = new QTimer(&window);
        settled->setSingleShot(true);
        settled->setInterval(400);
        QObject::connect(settled, &QTimer::timeout, &window, grab);
        if (simulator) {
            *waitingFor = 2;
            const auto arrived = [waitingFor, grabWanted, settled] {
                if (*waitingFor > 0 && --*waitingFor == 0 && *grabWanted)
                    settled->start();
            };
            QObject::connect(window.watchListPanel()->refresher(), &WatchListRefresher::refreshed, settled,
                             arrived, Qt::SingleShotConnection);
            QObject::connect(window.discoveryPanel(), &DiscoveryPanel::revealed, settled, arrived,
                             Qt::SingleShotConnection);
            window.discoveryPanel()->expandTo(SimFleet::multiFirmwareProductKey(),
                                              SimFleet::manyJobsFirmwareId());
            QTimer::singleShot(15000, settled, [waitingFor, settled] {
                if (std::exchange(*waitingFor, 0) > 0)
                    settled->start();
            });
        }
        if (devices) {
            QObject::connect(window.batchProgressView(), &BatchProgressView::busyChanged, settled,
                             [settled](bool busy) {
                                 if (busy)
                                     settled->stop();
                                 else
                                     settled->start();
                             });
        }
        QObject::connect(&window, &MainWindow::queryFinished, &window, [&window, settled, devices](bool ok) {
            // Let the form lay out and paint once before grabbing it.
            if (!devices || !ok || !window.batchProgressView()->isBusy())
                settled->start();
        });
    }
    // Later launches' batches and links open here.
    QObject::connect(&instance, &SingleInstance::requestReceived, &window, &MainWindow::handleLaunch);
    // The tray's Quit ends the application (closing the window may keep it watching in the tray).
    QObject::connect(&window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    window.show();
    if (!casUsable) { // said, not skipped silently: connections that need that CA will fail
        auto *box = new QMessageBox(
                QMessageBox::Warning, u"OtaDash"_s,
                QCoreApplication::translate("main",
                                            "The extra CA certificates chosen in Preferences "
                                            "cannot be used: %1")
                        .arg(caError),
                QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    // A zero timer after show() fires once the first frame has been painted.
    const bool quitAfterPaint = parser.isSet(options.quitAfterPaint);
    QTimer::singleShot(0, &window, [quitAfterPaint, &recorder, &settings] {
        if (quitAfterPaint) { // the start-up benchmark reads the time of this line, before any teardown
            QTextStream(stdout) << "painted" << Qt::endl;
            QCoreApplication::quit();
            return;
        }
        // Then old history goes, as the user chose in Preferences.
        const int retentionDays
                = settings.value(HistoryStore::kRetentionSettingsKey, HistoryStore::kDefaultRetentionDays)
                          .toInt();
        if (recorder.pruneOlderThanDays(retentionDays) < 0) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "otadash: old history was not removed: %1")
                                           .arg(recorder.errorString())
                                << '\n';
        }
    });
    if (!jobId.isEmpty() && !request->profile.isEmpty()) {
        // As a later launch's: with that profile, or said why not.
        QTimer::singleShot(
                0, &window,
                [&window, launch = SingleInstance::Request {jobId, request->profile, {}}, devices] {
                    window.handleLaunch(launch);
                    if (devices)
                        window.showTab(MainWindow::Tab::Devices);
                });
    } else if (!jobId.isEmpty()) {
        window.setJobId(jobId);
        QTimer::singleShot(0, &window, &MainWindow::query);
    }
    return QApplication::exec();
}
} // namespace

int main(int argc, char *argv[])
{
    // The program and its libraries are loaded: the start-up benchmark reads the time of this line.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quit-after-paint") == 0) {
            std::fputs("main\n", stdout);
            std::fflush(stdout);
        }
    }
    if (argc > 1 && isHeadlessCommand(argv[1]))
        return handOverToCli(argc, argv);
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppIdentity::apply();
        QSettings settings;
        Translations translations(&settings);
        if (!applyLanguage(translations))
            return 1;
        QCommandLineParser parser;
        processOptions(parser, GuiOptions());
        return 0;
    }
    QApplication app(argc, argv);
    AppIdentity::apply();
    DesktopStyle::install();
    // The desktop's colour scheme, followed while running.
    QObject::connect(new ColorSchemeWatcher(&app), &ColorSchemeWatcher::changed, &app,
                     &DesktopStyle::applyScheme);
    return runGui();
}
