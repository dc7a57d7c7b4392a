#pragma once

#include "api/RpcClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

// Who is waiting for a request: the user (Interactive), a long fetch the user started (Bulk), or an
// automatic refresh (Background). Each account serves the lowest value first.
enum class RequestPriority { Interactive = 0, Bulk = 1, Background = 2 };

// Which failures the scheduler sends again by itself. A write (a cancel) must not run twice: after a 5xx or a
// system exception it may have acted, so ThrottlingOnly repeats only what the gateway's flow control refused.
enum class RetryPolicy { Default, ThrottlingOnly };

class ClockTimer;
class RequestScheduler;

// One request handed to the scheduler. Emits finished exactly once (answer, final error or cancel), then
// deletes itself later.
class ScheduledRequest : public QObject
{
    Q_OBJECT
public:
    // Queued or waiting to retry: finishes now with a Canceled error. In flight: aborts the call.
    void cancel();
    int attempts() const { return m_attempts; } // sent so far, retries included
    RequestPriority priority() const { return m_priority; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    const QString &action() const { return m_action; }

signals:
    void finished(const RpcResponse &response);

private:
    friend class RequestScheduler;
    ScheduledRequest(RequestScheduler *scheduler, const RpcConfig &config, const QString &action,
                     const QueryPairs &params, RequestPriority priority, QObject *owner,
                     RetryPolicy retryPolicy);

    QPointer<RequestScheduler> m_scheduler;
    RpcConfig m_config;
    QString m_action;
    QueryPairs m_params;
    RequestPriority m_priority;
    RetryPolicy m_retryPolicy;
    QPointer<QObject> m_owner; // queued work is dropped (canceled) when its owner goes away
    bool m_hasOwner = false;
    QPointer<RpcCall> m_call;
    ClockTimer *m_retryTimer; // on the scheduler's clock
    int m_attempts = 0;
    bool m_done = false;
    bool m_queuedNow = false;
};

// Every request of every view goes through here. Per account (AccessKeyId) a token bucket of one token
// spaces starts so that no second holds more than the allowed rate, even when the gateway counts over a
// sliding window; interactive work goes first; throttling, 5xx and system exceptions are retried with a
// fresh nonce after an exponential backoff; queued work can be canceled by request or by owner. Spacing and
// backoff run on the client's Clock (RpcClient::clock()), the one it signs with.
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAccountLimitPerSecond = 10;
    // Starts are spaced by 1/rate seconds plus this many percent, so network jitter cannot put rate+1
    // requests into one second at the gateway (10 per second: one start every 104 ms, 96 % of the limit).
    static constexpr int kSpacingMarginPercent = 4;
    // Calls running at once per account: no more than the network manager opens per host, so a start is
    // on the wire when the scheduler says, never held back and then sent in a burst.
    static constexpr int kMaxInFlightPerAccount = 6;
    static constexpr int kMaxRetryDelayMs = 30000;
    // Besides the even spacing, no more than rate starts fall in any window this long: a start that was
    // late cannot bunch with the ones after it (1 s plus the same 4 % margin).
    static constexpr qint64 kWindowUs = 1000000 + 10000 * kSpacingMarginPercent;

    // accountLimit: the most the gateway allows per AccessKey per second (10 for IoT Platform). Runs on
    // client->clock(), which must outlive the scheduler.
    explicit RequestScheduler(RpcClient *client, int accountLimit = kAccountLimitPerSecond,
                              QObject *parent = nullptr);
    ~RequestScheduler() override;

    // Where the dashboard and the headless commands keep the user's choice of rate (an int, 1..10).
    static inline const QString kRateSettingsKey = QStringLiteral("network/requestsPerSecond");

    // Requests per second per AccessKey, 1..accountLimit (the user may choose to stay lower).
    void setRateLimit(int perSecond);
    int rateLimit() const { return m_rate; }
    int accountLimit() const { return m_accountLimit; }
    // The clock the scheduler spaces and retries on (its client's): views that refresh use it too.
    const Clock &clock() const { return m_clock; }
    // Retries after the first attempt for retryable errors; 0 disables retrying.
    void setMaxRetries(int retries) { m_maxRetries = qMax(0, retries); }
    int maxRetries() const { return m_maxRetries; }
    // First backoff; doubled per attempt, plus up to 25 % jitter, capped at kMaxRetryDelayMs.
    void setRetryBaseDelayMs(int ms) { m_retryBaseMs = qMax(0, ms); }

    // Queues a call. owner (optional): when it is destroyed, its queued requests are canceled. retryPolicy:
    // ThrottlingOnly for writes, which must not be sent twice after a 5xx or a system exception.
    ScheduledRequest *submit(const RpcConfig &config, const QString &action, const QueryPairs &params,
                             RequestPriority priority = RequestPriority::Interactive,
                             QObject *owner = nullptr, RetryPolicy retryPolicy = RetryPolicy::Default);
    // What a canceled request finishes with (also for rounds of requests that are dropped together).
    static ApiError canceledError();

    // Cancels every queued, waiting or running request of this owner.
    void cancelAll(const QObject *owner);

    int queuedCount() const { return m_queued; } // waiting for a token, all accounts
    int inFlightCount() const { return m_inFlight; }
    int retriedCount() const { return m_retried; } // retries sent since construction
    // Requests started in the last 60 s on the clock, all accounts, retries included: the rate in use.
    int startsInLastMinute() const;

    // "Server error — retrying in 4 s, attempt 2 of 5": why a request waits, for how long, which attempt
    // comes (secondsLeft 0: "retrying now").
    static QString retryingText(const ApiError &error, int secondsLeft, int attempt, int attempts);

signals:
    // Whenever the queue or the set of running calls changes.
    void loadChanged(int queued, int inFlight);
    // A retryable error that will be retried after delayMs: request's attempt attempts() + 1 of
    // maxRetries() + 1 (retryingText() says so). request->cancel() drops the retry.
    void retrying(const QString &action, const ApiError &error, int delayMs, ScheduledRequest *request);

private:
    friend class ScheduledRequest;
    struct Account
    {
        std::deque<ScheduledRequest *> queues[3];
        qint64 nextStartUs = 0; // monotonic µs at which the next token is there
        std::deque<qint64> recentStartsUs; // the latest starts, at most accountLimit of them, oldest first
        int inFlight = 0;
    };
    void enqueue(ScheduledRequest *request);
    void pump();
    void start(ScheduledRequest *request);
    void onCallFinished(ScheduledRequest *request, const RpcResponse &response);
    void finish(ScheduledRequest *request, const RpcResponse &response);
    void cancel(ScheduledRequest *request);
    void discard(ScheduledRequest *request); // its owner is gone: no finished signal, nobody to tell
    bool dequeue(ScheduledRequest *request);
    int retryDelayMs(const ScheduledRequest *request) const;
    qint64 spacingUs() const;
    qint64 nowUs() const;
    void emitLoad();

    RpcClient *m_client;
    int m_accountLimit;
    int m_rate;
    int m_maxRetries = 4;
    int m_retryBaseMs = 1000;
    int m_inFlight = 0;
    int m_retried = 0;
    QHash<QString, Account> m_accounts; // by AccessKeyId
    QList<ScheduledRequest *> m_all; // every unfinished request, for cancelAll
    mutable std::deque<qint64> m_lastMinuteStartsUs; // monotonic µs of the starts of the last minute
    int m_queued = 0;
    const Clock &m_clock;
    ClockTimer *m_timer;
};
