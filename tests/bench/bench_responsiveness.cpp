// How long the dashboard could not react while it reads hostile or heavy answers: the real window, on the
// system clock, against the simulated gateway in this process, with a 10 ms probe timer whose longest gap is
// the figure. A figure per case (ms), never a pass/fail timing: it depends on the machine and its load.
#include "BatchProgressView.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"
#include "services/AccountDirectory.h"
#include "services/BatchQuery.h"
#include "services/HistoryRecorder.h"
#include "services/Services.h"
#include "state/BatchStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
// A 10 ms timer whose real intervals are recorded: the largest is the longest the GUI could not react.
class EventLoopProbe : public QObject
{
public:
    EventLoopProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_maxGapMs = qMax(m_maxGapMs, m_clock.restart()); });
    }
    void start()
    {
        m_maxGapMs = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_maxGapMs = qMax(m_maxGapMs, m_clock.restart());
        m_timer.stop();
        return m_maxGapMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGapMs = 0;
};

// Runs until done() after start() began the work, at most 60 s; the longest event-loop gap meanwhile.
qint64 watch(EventLoopProbe &probe, const std::function<void()> &start, const std::function<bool()> &done)
{
    probe.start();
    start();
    QElapsedTimer limit;
    limit.start();
    while (!done() && limit.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return probe.stop();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    OtaSimulator simulator;
    simulator.setRateLimit(0); // the scheduler keeps the pace; retries are what some cases measure
    if (!simulator.listen())
        return 1;
    QNetworkAccessManager network;
    RpcClient client(&network);
    RequestScheduler scheduler(&client);
    scheduler.setRetryBaseDelayMs(100);
    BatchStore store;
    BatchQuery query(&scheduler, &store);
    AccountDirectory accounts;
    HistoryRecorder history(static_cast<HistoryStore *>(nullptr), &store, Clock::system());
    Services services;
    services.clock = &Clock::system();
    services.scheduler = &scheduler;
    services.store = &store;
    services.query = &query;
    services.accounts = &accounts;
    services.history = &history;
    MainWindow::Setup setup;
    setup.endpoint = simulator.endpoint();
    setup.credentials = OtaSimulator::demoCredentials();
    setup.requestTimeoutMs = 1500;
    setup.fixedProfile = u"Bench"_s; // the watch list reads its batches as this profile
    MainWindow window(services, setup);
    window.show();

    EventLoopProbe probe;
    int finished = 0;
    QObject::connect(&window, &MainWindow::queryFinished, &window, [&finished] { ++finished; });
    const auto queryWith = [&](OtaSimulator::Fault fault, const QString &jobId) {
        simulator.setFault(fault);
        const int before = finished;
        const qint64 gap = watch(
                probe,
                [&] {
                    window.setJobId(jobId);
                    window.query();
                },
                [&] { return finished > before; });
        simulator.setFault(OtaSimulator::Fault::None);
        return gap;
    };
    const QString seed = simulator.jobIds().value(0);
    QTextStream out(stdout);
    out << "gap_query_ms " << queryWith(OtaSimulator::Fault::None, seed) << '\n';
    out << "gap_oversized_body_ms " << queryWith(OtaSimulator::Fault::OversizedBody, seed) << '\n';
    out << "gap_truncated_json_ms " << queryWith(OtaSimulator::Fault::TruncatedJson, seed) << '\n';
    out << "gap_binary_junk_ms " << queryWith(OtaSimulator::Fault::BinaryJunk, seed) << '\n';
    out << "gap_html500_retried_ms " << queryWith(OtaSimulator::Fault::Html500, seed) << '\n';
    out << "gap_timeout_ms " << queryWith(OtaSimulator::Fault::NeverAnswer, seed) << '\n';
    // The Devices tab of the 100,000-task batch: its counts and first page.
    queryWith(OtaSimulator::Fault::None, SimFleet::bigJobId());
    BatchProgressView *devices = window.batchProgressView();
    out << "gap_devices_tab_ms "
        << watch(
                   probe, [&] { window.showTab(MainWindow::Tab::Devices); },
                   [&] { return devices->counts().has_value() && !devices->isBusy(); })
        << '\n';

    // A live refresh of the open 100,000-task batch (counts, tasks in flight, unfinished rows loaded), as
    // the Devices tab's live timer starts it.
    int handled = 0;
    QObject::connect(&simulator, &OtaSimulator::requestHandled, &window, [&handled] { ++handled; });
    QElapsedTimer elapsed;
    handled = 0;
    elapsed.start();
    const qint64 liveGap = watch(
            probe, [&] { devices->refresh(false, RequestPriority::Background); },
            [&] { return !devices->isRefreshing(); });
    const double liveSecs = elapsed.elapsed() / 1000.0;
    out << "gap_live_refresh_100k_ms " << liveGap << '\n';
    out << "live_refresh_100k_requests " << handled << '\n';
    out << "live_refresh_100k_per_min " << qRound(handled * 60.0 / std::max(liveSecs, 0.001)) << '\n';

    // One round of 50 watched batches (a firmware's batches and the live ones: running ones with their
    // counts), read through the same scheduler.
    WatchListPanel *watchList = window.watchListPanel();
    watchList->setAutoRefreshInterval(0);
    QStringList watched = SimFleet::liveJobIds();
    for (const QString &jobId : simulator.fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId())) {
        if (watched.size() >= 50)
            break;
        watched.append(jobId);
    }
    for (const QString &jobId : std::as_const(watched))
        watchList->model()->add(window.currentProfile(), jobId);
    WatchListRefresher *refresher = watchList->refresher();
    handled = 0;
    elapsed.restart();
    const qint64 roundGap = watch(
            probe, [&] { refresher->refreshAll(); }, [&] { return !refresher->isRunning(); });
    const double roundSecs = elapsed.elapsed() / 1000.0;
    out << "gap_watch50_round_ms " << roundGap << '\n';
    out << "watch50_round_requests " << handled << '\n';
    out << "watch50_round_per_min " << qRound(handled * 60.0 / std::max(roundSecs, 0.001)) << '\n';
    // The plan at one round a minute once every batch's status is known: requests a minute it spends.
    refresher->setInterval(60);
    out << "watch50_plan_per_min " << qRound(refresher->plan().plannedPerMinute) << '\n';
    out << "watch50_plan_budget_per_min " << refresher->plan().budgetPerMinute << '\n';
    return 0;
}
