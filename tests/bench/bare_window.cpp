// The start-up baseline: a bare Qt Widgets window that quits after its first paint.
#include <QApplication>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The program and its libraries are loaded: the start-up benchmark reads the time of this line.
    if (argc < 2) {
        std::fputs("main\n", stdout);
        std::fflush(stdout);
    }
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("bare"));
    window.resize(1120, 780);
    window.show();
    // A zero timer after show() fires once the first frame has been painted (as for otadash
    // --quit-after-paint). With --hold it stays open (for the idle-memory figure).
    if (!app.arguments().contains(QStringLiteral("--hold"))) {
        QTimer::singleShot(0, &window, [] {
            QTextStream(stdout) << "painted" << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}
