// otadash-report: `otadash-cli report`, the one headless command that needs Qt Gui (the PDF's fonts and its
// chart). otadash-cli hands `report` over to this helper with the same arguments, so that no other command
// loads Qt Gui; it is not meant to be run by hand.

#include "ReportCommand.h"
#include "util/AppIdentity.h"
#include "util/DisplayZone.h"

#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cstring>

int main(int argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "report") != 0) {
        QTextStream(stderr) << "otadash-report writes the sign-off report for 'otadash-cli report'; run "
                               "'otadash-cli report --help'.\n";
        return 1;
    }
    // The report lays out text and draws a chart: a QGuiApplication, offscreen when there is no display.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    AppIdentity::apply();
    DisplayZone::load(QSettings()); // the report's times in the zone chosen in Preferences
    return runReportCommand(app.arguments().mid(2));
}
