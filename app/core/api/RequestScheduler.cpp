#include "api/RequestScheduler.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

// Retries are routine; they show only when asked for (QT_LOGGING_RULES="otadash.api.scheduler.debug=true").
Q_LOGGING_CATEGORY(lcScheduler, "otadash.api.scheduler", QtInfoMsg)

namespace {
RpcResponse canceledResponse()
{
    RpcResponse response;
    response.error = RequestScheduler::canceledError();
    return response;
}

bool isThrottling(const ApiError &error)
{
    return error.code.startsWith(u"Throttling");
}

// What the scheduler retries: the gateway's flow control, server-side failures, IoT system exceptions and a
// connection that closed before the whole answer came (each attempt is signed anew: a fresh nonce and
// timestamp). A write (ThrottlingOnly) only when the gateway refused it before acting. Timeouts are not
// retried here: the user already waited the whole timeout once.
bool shouldRetry(const ApiError &error, RetryPolicy policy)
{
    if (policy == RetryPolicy::ThrottlingOnly)
        return isThrottling(error); // refused before anything was done
    if (error.kind == ApiError::Kind::Gateway)
        return error.code.startsWith(u"Throttling") || error.httpStatus >= 500;
    if (error.kind == ApiError::Kind::Business)
        return error.code == u"iot.system.SystemException" || error.httpStatus >= 500;
    if (error.transport == ApiError::Transport::ConnectionClosed)
        return true;
    return error.transport == ApiError::Transport::Malformed && error.httpStatus >= 500;
}
} // namespace

QString RequestScheduler::retryingText(const ApiError &error, int secondsLeft, int attempt, int attempts)
{
    if (secondsLeft <= 0)
        return tr("%1 — retrying now, attempt %2 of %3").arg(error.title()).arg(attempt).arg(attempts);
    return tr("%1 — retrying in %2 s, attempt %3 of %4")
            .arg(error.title())
            .arg(secondsLeft)
            .arg(attempt)
            .arg(attempts);
}

ApiError RequestScheduler::canceledError()
{
    return ApiError::transportError(ApiError::Transport::Canceled, [] {
        return QCoreApplication::translate("RequestScheduler", "The request was canceled.");
    });
}

ScheduledRequest::ScheduledRequest(RequestScheduler *scheduler, const RpcConfig &config,
                                   const QString &action, const QueryPairs &params, RequestPriority priority,
                                   QObject *owner, RetryPolicy retryPolicy)
    : QObject(scheduler), m_scheduler(scheduler), m_config(config), m_action(action), m_params(params),
      m_priority(priority), m_retryPolicy(retryPolicy), m_owner(owner), m_hasOwner(owner != nullptr),
      m_retryTimer(scheduler->m_clock.createTimer(this))
{ }

void ScheduledRequest::cancel()
{
    if (m_scheduler)
        m_scheduler->cancel(this);
}

RequestScheduler::RequestScheduler(RpcClient *client, int accountLimit, QObject *parent)
    : QObject(parent), m_client(client), m_accountLimit(std::max(1, accountLimit)), m_rate(m_accountLimit),
      m_clock(client->clock()), m_timer(m_clock.createTimer(this))
{
    connect(m_timer, &ClockTimer::timeout, this, &RequestScheduler::pump);
}

RequestScheduler::~RequestScheduler()
{
    // Nobody is left to hear about it: running calls are stopped without a word.
    const QList<ScheduledRequest *> all = m_all;
    for (ScheduledRequest *request : all) {
        if (request->m_call) {
            disconnect(request->m_call, nullptr, this, nullptr);
            disconnect(request->m_call, nullptr, request, nullptr);
            request->m_call->abort();
        }
    }
}

void RequestScheduler::setRateLimit(int perSecond)
{
    m_rate = std::clamp(perSecond, 1, m_accountLimit);
    // A lower rate holds from the latest start on, not only from the next one.
    for (Account &account : m_accounts) {
        if (!account.recentStartsUs.empty())
            account.nextStartUs = std::max(account.nextStartUs, account.recentStartsUs.back() + spacingUs());
    }
    pump();
}

qint64 RequestScheduler::nowUs() const
{
    return m_clock.monotonicUs();
}

qint64 RequestScheduler::spacingUs() const
{
    return (1000000 + 10000 * kSpacingMarginPercent) / m_rate;
}

ScheduledRequest *RequestScheduler::submit(const RpcConfig &config, const QString &action,
                                           const QueryPairs &params, RequestPriority priority, QObject *owner,
                                           RetryPolicy retryPolicy)
{
    auto *request = new ScheduledRequest(this, config, action, params, priority, owner, retryPolicy);
    m_all.append(request);
    if (owner) {
        connect(owner, &QObject::destroyed, request, [this, request] { discard(request); });
    }
    connect(request->m_retryTimer, &ClockTimer::timeout, request, [this, request] {
        enqueue(request);
        pump();
    });
    enqueue(request);
    pump();
    return request;
}

void RequestScheduler::enqueue(ScheduledRequest *request)
{
    Account &account = m_accounts[request->m_config.credentials.accessKeyId];
    auto &queue = account.queues[static_cast<int>(request->m_priority)];
    // A retry goes before the requests queued after it, so a long fetch keeps its order.
    if (request->m_attempts > 0)
        queue.push_front(request);
    else
        queue.push_back(request);
    request->m_queuedNow = true;
    ++m_queued;
    emitLoad();
}

bool RequestScheduler::dequeue(ScheduledRequest *request)
{
    if (!request->m_queuedNow)
        return false;
    Account &account = m_accounts[request->m_config.credentials.accessKeyId];
    auto &queue = account.queues[static_cast<int>(request->m_priority)];
    const auto it = std::find(queue.begin(), queue.end(), request);
    if (it != queue.end())
        queue.erase(it);
    request->m_queuedNow = false;
    --m_queued;
    return true;
}

void RequestScheduler::pump()
{
    const qint64 now = nowUs();
    qint64 wakeAt = -1;
    const qint64 spacing = spacingUs();
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it) {
        Account &account = it.value();
        for (;;) {
            if (account.inFlight >= kMaxInFlightPerAccount)
                break; // a finishing call pumps again
            ScheduledRequest *next = nullptr;
            for (auto &queue : account.queues) {
                if (!queue.empty()) {
                    next = queue.front();
                    break;
                }
            }
            if (!next)
                break;
            // The start m_rate starts back bounds this one too: never m_rate + 1 starts within kWindowUs.
            const auto &recent = account.recentStartsUs;
            const qint64 windowFreeAt = qsizetype(recent.size()) >= m_rate
                    ? recent[recent.size() - std::size_t(m_rate)] + kWindowUs
                    : 0;
            const qint64 startAt = std::max(account.nextStartUs, windowFreeAt);
            if (now < startAt) {
                wakeAt = wakeAt < 0 ? startAt : std::min(wakeAt, startAt);
                break;
            }
            // Keep the cadence when a timer fires a little late, so lateness does not add up into a lower
            // rate (the window above keeps a late start from bunching with the next ones); after a pause,
            // count again from now.
            account.nextStartUs
                    = now - account.nextStartUs < spacing ? account.nextStartUs + spacing : now + spacing;
            account.recentStartsUs.push_back(now);
            if (qsizetype(account.recentStartsUs.size()) > m_accountLimit)
                account.recentStartsUs.pop_front();
            dequeue(next);
            start(next);
        }
    }
    if (wakeAt >= 0)
        m_timer->start(static_cast<int>(std::max<qint64>(0, (wakeAt - nowUs() + 999) / 1000)));
    emitLoad();
}

void RequestScheduler::start(ScheduledRequest *request)
{
    ++request->m_attempts;
    if (request->m_attempts > 1)
        ++m_retried;
    // Each start on the scheduler's own clock: what a test of a process outside reads to check the rate.
    qCDebug(lcScheduler).noquote() << "start" << request->m_action << "at" << nowUs() / 1000 << "ms, attempt"
                                   << request->m_attempts;
    ++m_inFlight;
    ++m_accounts[request->m_config.credentials.accessKeyId].inFlight;
    m_lastMinuteStartsUs.push_back(nowUs());
    startsInLastMinute(); // drops the older ones
    // The client signs every call anew: a retry carries a fresh nonce and timestamp.
    RpcCall *call = m_client->call(request->m_config, request->m_action, request->m_params);
    request->m_call = call;
    // The call is counted as running until it ends, whether or not its request is still wanted.
    connect(call, &RpcCall::finished, this, [this, key = request->m_config.credentials.accessKeyId] {
        --m_inFlight;
        --m_accounts[key].inFlight;
        QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
    });
    connect(call, &RpcCall::finished, request,
            [this, request](const RpcResponse &response) { onCallFinished(request, response); });
}

int RequestScheduler::startsInLastMinute() const
{
    const qint64 cutoff = nowUs() - 60 * 1000000LL;
    while (!m_lastMinuteStartsUs.empty() && m_lastMinuteStartsUs.front() <= cutoff)
        m_lastMinuteStartsUs.pop_front();
    return int(m_lastMinuteStartsUs.size());
}

void RequestScheduler::onCallFinished(ScheduledRequest *request, const RpcResponse &response)
{
    Account &account = m_accounts[request->m_config.credentials.accessKeyId];
    request->m_call = nullptr;
    if (request->m_done) // canceled while running; it has already finished
        return;
    if (response.error && shouldRetry(*response.error, request->m_retryPolicy)
        && request->m_attempts <= m_maxRetries) {
        const int delay = retryDelayMs(request);
        if (isThrottling(*response.error)) {
            // Someone else uses the account's budget too (another RAM user, another tool): give it room.
            account.nextStartUs = std::max(account.nextStartUs, nowUs() + qint64(delay) * 1000);
        }
        qCDebug(lcScheduler) << request->m_action << "attempt" << request->m_attempts << "got"
                             << response.error->code << "- retrying in" << delay << "ms";
        emit retrying(request->m_action, *response.error, delay, request);
        request->m_retryTimer->start(delay);
        return;
    }
    finish(request, response);
}

int RequestScheduler::retryDelayMs(const ScheduledRequest *request) const
{
    const int exponent = std::min(request->m_attempts - 1, 15);
    const qint64 base = std::min<qint64>(qint64(m_retryBaseMs) << exponent, kMaxRetryDelayMs);
    const qint64 jitter = base > 0 ? QRandomGenerator::global()->bounded(base / 4 + 1) : 0;
    return static_cast<int>(std::min<qint64>(base + jitter, kMaxRetryDelayMs));
}

void RequestScheduler::finish(ScheduledRequest *request, const RpcResponse &response)
{
    request->m_done = true;
    m_all.removeOne(request);
    emitLoad();
    emit request->finished(response);
    request->deleteLater();
}

void RequestScheduler::cancel(ScheduledRequest *request)
{
    if (request->m_done)
        return;
    dequeue(request);
    request->m_retryTimer->stop();
    QPointer<RpcCall> call = request->m_call;
    finish(request, canceledResponse());
    if (call)
        call->abort(); // its finished still arrives, to count the call as over
}

void RequestScheduler::discard(ScheduledRequest *request)
{
    if (request->m_done)
        return;
    request->m_done = true;
    dequeue(request);
    request->m_retryTimer->stop();
    m_all.removeOne(request);
    if (request->m_call)
        request->m_call->abort();
    request->deleteLater();
    emitLoad();
}

void RequestScheduler::cancelAll(const QObject *owner)
{
    const QList<ScheduledRequest *> all = m_all;
    for (ScheduledRequest *request : all) {
        if (request->m_hasOwner && request->m_owner == owner)
            cancel(request);
    }
}

void RequestScheduler::emitLoad()
{
    emit loadChanged(m_queued, m_inFlight);
}
