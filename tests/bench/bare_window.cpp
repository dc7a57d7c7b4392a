// The start-up baseline: a bare Qt Widgets window that quits after its first paint.
#include <QApplication>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
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
