// Runs the simulated endpoint as its own process for the client benchmarks: prints its endpoint, then serves
// until killed. The rate limit is off: the benchmark measures the clients, one request per process.
#include "OtaSimulator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    OtaSimulator simulator;
    simulator.setRateLimit(0);
    if (!simulator.listen())
        return 1;
    QTextStream(stdout) << simulator.endpoint().toString() << Qt::endl;
    return QCoreApplication::exec();
}
