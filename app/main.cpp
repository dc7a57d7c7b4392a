// otadash: the dashboard (default) or a headless command (`otadash query ...`).

#include "MainWindow.h"
#include "OtaSimulator.h"
#include "QueryCommand.h"
#include "api/RateLimiter.h"
#include "api/RpcClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
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

bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--version", "-v", "--help", "-h", "-help"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
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
    parser.addOptions({options.demo, options.jobId, options.screenshot, options.quitAfterPaint});
    parser.process(*QCoreApplication::instance());
}

int runGui()
{
    QCommandLineParser parser;
    const GuiOptions options;
    processOptions(parser, options);
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &jobIdOption = options.jobId;
    const QCommandLineOption &screenshotOption = options.screenshot;

    QNetworkAccessManager network;
    RpcClient client(&network);
    RateLimiter limiter;
    std::unique_ptr<OtaSimulator> simulator;
    MainWindow window(&client, &limiter);

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
        Credentials credentials;
        credentials.accessKeyId = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
        credentials.accessKeySecret = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
        credentials.securityToken = env.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
        window.setCredentials(credentials);
        const QString region = env.value(u"ALIBABA_CLOUD_REGION_ID"_s);
        if (!region.isEmpty())
            window.setRegion(region);
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
    if (wantsTextOnly(argc, argv)) {
        // --help and --version need no display.
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        processOptions(parser, GuiOptions());
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    return runGui();
}
