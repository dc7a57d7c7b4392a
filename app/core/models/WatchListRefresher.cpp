#include "models/WatchListRefresher.h"

#include "api/RequestScheduler.h"
#include "models/WatchListModel.h"
#include "services/BatchCounts.h"
#include "services/BatchQuery.h"
#include "util/Clock.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
ApiError missingCredentials(const QString &profile)
{
    return ApiError::transportError(ApiError::Transport::MissingCredentials, [profile] {
        return WatchListRefresher::tr("The credentials of profile %1 are not available.").arg(profile);
    });
}
} // namespace

WatchListRefresher::WatchListRefresher(WatchListModel *model, BatchQuery *query, Resolver resolver,
                                       QObject *parent)
    : QObject(parent), m_model(model), m_query(query), m_resolver(std::move(resolver)),
      m_timer(query->scheduler()->clock().createTimer(this))
{
    m_timer->setSingleShot(false);
    connect(m_timer, &ClockTimer::timeout, this, [this] { refreshDue(); });
}

// The round's requests are owned by this object: the scheduler drops them without a word.
WatchListRefresher::~WatchListRefresher() = default;

void WatchListRefresher::setInterval(int seconds)
{
    m_intervalSecs = std::max(0, seconds);
    if (m_intervalSecs == 0) {
        m_timer->stop();
        m_plan = PollPlan::Result();
        emit planChanged();
        return;
    }
    updatePlan();
    m_timer->start(m_plan.intervalSecs * 1000);
}

bool WatchListRefresher::isTimerActive() const
{
    return m_timer->isActive();
}

void WatchListRefresher::setOpenBatch(const QString &profile, const QString &jobId)
{
    m_openKey = jobId.isEmpty() ? QString() : keyOf(profile, jobId);
}

QList<PollPlan::Batch> WatchListRefresher::planBatches() const
{
    QList<PollPlan::Batch> batches;
    if (!m_model)
        return batches;
    for (const WatchListModel::Entry &entry : m_model->entries()) {
        const QString key = keyOf(entry.profile, entry.jobId);
        PollPlan::Batch batch;
        batch.status = entry.status;
        batch.scheduledStartUtc = entry.scheduledStartUtc;
        batch.lastReadUtc = m_lastReadUtc.value(key);
        batch.settled = m_settled.value(key) && PollPlan::isFinished(entry.status);
        batch.open = key == m_openKey;
        batches.append(batch);
    }
    return batches;
}

void WatchListRefresher::updatePlan()
{
    if (m_intervalSecs <= 0)
        return;
    const PollPlan::Result before = m_plan;
    m_plan = PollPlan::plan(planBatches(), m_query->scheduler()->clock().nowUtc(), m_intervalSecs,
                            PollPlan::budgetPerMinute(m_query->scheduler()->rateLimit()));
    if (m_timer->isActive() && m_timer->interval() != m_plan.intervalSecs * 1000)
        m_timer->setInterval(m_plan.intervalSecs * 1000); // from the next round on
    if (before.intervalSecs != m_plan.intervalSecs || before.stretched != m_plan.stretched
        || before.batchCount != m_plan.batchCount
        || qRound(before.wantedPerMinute) != qRound(m_plan.wantedPerMinute))
        emit planChanged();
}

bool WatchListRefresher::refreshAll()
{
    if (m_running || !m_model)
        return false;
    QList<int> rows(m_model->entries().size());
    std::iota(rows.begin(), rows.end(), 0);
    const QList<PollPlan::Batch> batches = planBatches();
    std::stable_partition(rows.begin(), rows.end(), [&batches](int row) { return batches[row].open; });
    updatePlan();
    return startRound(rows);
}

bool WatchListRefresher::refreshDue()
{
    if (m_running || !m_model)
        return false;
    if (m_intervalSecs <= 0)
        return startRound({});
    updatePlan();
    return startRound(m_plan.due);
}

bool WatchListRefresher::startRound(const QList<int> &rows)
{
    m_running = true;
    m_pending = 0;
    const QDateTime now = m_query->scheduler()->clock().nowUtc();
    // One look-up per profile and round: the resolver may ask the keychain.
    QHash<QString, std::optional<Account>> accounts;
    const QList<WatchListModel::Entry> entries = m_model->entries();
    for (const int row : rows) {
        const WatchListModel::Entry &entry = entries.at(row);
        auto found = accounts.find(entry.profile);
        if (found == accounts.end())
            found = accounts.insert(entry.profile, m_resolver ? m_resolver(entry.profile) : std::nullopt);
        m_lastReadUtc.insert(keyOf(entry.profile, entry.jobId), now);
        if (!found.value()) {
            m_model->setError(entry.profile, entry.jobId, missingCredentials(entry.profile));
            continue;
        }
        // The profile's name keys the batch in the store, whatever the account calls itself.
        Account account = *found.value();
        account.profile = entry.profile;
        BatchQueryCall *call = m_query->query(account, entry.jobId, RequestPriority::Background, this);
        ++m_pending;
        // The store brought the batch to its row (and marked a failed read there); the counts follow once
        // the status says whether they are worth their requests.
        connect(call, &BatchQueryCall::finished, this,
                [this, account, jobId = entry.jobId](const BatchRead &read) {
                    afterJobRead(account, jobId, read.ok());
                    onePending();
                });
    }
    if (m_pending == 0) // still a round: it ends once control is back in the event loop
        QMetaObject::invokeMethod(this, &WatchListRefresher::finishRound, Qt::QueuedConnection);
    return true;
}

void WatchListRefresher::afterJobRead(const Account &account, const QString &jobId, bool ok)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(account.profile, jobId);
    if (row < 0)
        return;
    const WatchListModel::Entry &entry = m_model->entries().at(row);
    const QString key = keyOf(account.profile, jobId);
    if (!PollPlan::isFinished(entry.status))
        m_settled.remove(key); // a batch seen finished before may be read again (it was restarted)
    PollPlan::Batch batch;
    batch.status = entry.status;
    batch.settled = m_settled.value(key) && PollPlan::isFinished(entry.status);
    const bool alert = entry.failureAlert.isEnabled();
    if (!ok || (!PollPlan::readsCounts(batch) && !alert))
        return;
    fetchCounts(account, jobId, PollPlan::isFinished(entry.status));
}

void WatchListRefresher::cancel()
{
    m_query->scheduler()->cancelAll(this);
    const QList<QPointer<BatchCounts>> readers = m_countReaders;
    for (const QPointer<BatchCounts> &reader : readers) {
        if (reader)
            reader->cancel(); // finishes its round at once, canceled
    }
}

void WatchListRefresher::fetchCounts(const Account &account, const QString &jobId, bool settles)
{
    auto *reader = new BatchCounts(m_query->scheduler(), m_query->store(), this);
    m_countReaders.append(reader);
    ++m_pending;
    // Only a complete round reaches the store (partial counts would misstate the rate); the model follows it.
    connect(reader, &BatchCounts::finished, this,
            [this, reader, settles, key = keyOf(account.profile, jobId)](
                    const BatchKey &, const std::optional<CountsReading> &reading,
                    const std::optional<ApiError> &) {
                m_countReaders.removeAll(reader);
                reader->deleteLater();
                if (settles && reading)
                    m_settled.insert(key, true); // finished, and its last counts are in
                onePending();
            });
    reader->fetch(account, jobId, RequestPriority::Background);
}

void WatchListRefresher::onePending()
{
    if (--m_pending == 0)
        finishRound();
}

void WatchListRefresher::finishRound()
{
    m_running = false;
    emit refreshed();
}
