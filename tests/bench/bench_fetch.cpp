// Fetches every device task of the simulator's 100,000-task batch through the request scheduler and the
// task fetcher, at the account's real limit, and prints what the gateway saw: requests per second against
// the allowed 10, throttling errors and retries. A figure, never a pass/fail timing.
#include "OtaSimulator.h"
#include "SimFleet.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "api/TaskFetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    OtaSimulator simulator; // its default flow control: 10 requests per second per AccessKey
    if (!simulator.listen())
        return 1;
    QNetworkAccessManager network;
    RpcClient client(&network);
    RequestScheduler scheduler(&client);
    TaskFetcher fetcher(&scheduler);
    RpcConfig config;
    config.endpoint = simulator.endpoint();
    config.credentials = OtaSimulator::demoCredentials();
    fetcher.setBatch(config, SimFleet::bigJobId());

    QSet<QString> taskIds;
    taskIds.reserve(SimFleet::kBigJobTaskCount);
    QObject::connect(&fetcher, &TaskFetcher::tasksArrived, &app, [&taskIds](const QList<TaskInfo> &tasks) {
        for (const TaskInfo &task : tasks)
            taskIds.insert(task.taskId);
    });
    int exitCode = 0;
    QObject::connect(
            &fetcher, &TaskFetcher::finished, &app, [&](bool complete, const std::optional<ApiError> &error) {
                if (!complete) {
                    QTextStream(stderr) << "fetch incomplete: "
                                        << (error ? error->code + u' ' + error->message : QString()) << '\n';
                    exitCode = 2;
                }
                QCoreApplication::quit();
            });
    fetcher.fetchAll();
    QCoreApplication::exec();

    const QList<qint64> times = simulator.acceptedTimesMs();
    const double seconds = times.size() > 1 ? (times.last() - times.first()) / 1000.0 : 0.0;
    // n requests span n-1 intervals: the rate the gateway saw.
    const double perSecond = seconds > 0 ? (times.size() - 1) / seconds : 0.0;
    QTextStream out(stdout);
    out << "tasks " << taskIds.size() << '\n'
        << "requests " << times.size() << '\n'
        << "seconds " << QString::number(seconds, 'f', 1) << '\n'
        << "per_second " << QString::number(perSecond, 'f', 2) << '\n'
        << "percent_of_limit "
        << QString::number(perSecond * 100.0 / RequestScheduler::kAccountLimitPerSecond, 'f', 1) << '\n'
        << "throttled " << simulator.throttledCount() << '\n'
        << "retries " << scheduler.retriedCount() << '\n';
    return taskIds.size() == SimFleet::kBigJobTaskCount ? exitCode : 3;
}
