#include "models/WatchListRefresher.h"

#include "api/RequestScheduler.h"
#include "models/WatchListModel.h"
#include "services/BatchCounts.h"
#include "services/BatchQuery.h"
#include "util/Clock.h"

#include <QHash>

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
    connect(m_timer, &ClockTimer::timeout, this, [this] { refreshAll(); });
}

// The round's requests are owned by this object: the scheduler drops them without a word.
WatchListRefresher::~WatchListRefresher() = default;

void WatchListRefresher::setInterval(int seconds)
{
    m_intervalSecs = std::max(0, seconds);
    if (m_intervalSecs == 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_intervalSecs * 1000);
}

bool WatchListRefresher::isTimerActive() const
{
    return m_timer->isActive();
}

bool WatchListRefresher::refreshAll()
{
    if (m_running || !m_model)
        return false;
    m_running = true;
    m_pending = 0;
    // One look-up per profile and round: the resolver may ask the keychain.
    QHash<QString, std::optional<Account>> accounts;
    const QList<WatchListModel::Entry> entries = m_model->entries();
    for (const WatchListModel::Entry &entry : entries) {
        auto found = accounts.find(entry.profile);
        if (found == accounts.end())
            found = accounts.insert(entry.profile, m_resolver ? m_resolver(entry.profile) : std::nullopt);
        if (!found.value()) {
            m_model->setError(entry.profile, entry.jobId, missingCredentials(entry.profile));
            continue;
        }
        // The profile's name keys the batch in the store, whatever the account calls itself.
        Account account = *found.value();
        account.profile = entry.profile;
        BatchQueryCall *call = m_query->query(account, entry.jobId, RequestPriority::Background, this);
        ++m_pending;
        // The store brought the batch to its row (and marked a failed read there): only the round is left.
        connect(call, &BatchQueryCall::finished, this, &WatchListRefresher::onePending);
        if (entry.failureAlert.isEnabled())
            fetchCounts(account, entry.jobId);
    }
    if (m_pending == 0) // still a round: it ends once control is back in the event loop
        QMetaObject::invokeMethod(this, &WatchListRefresher::finishRound, Qt::QueuedConnection);
    return true;
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

void WatchListRefresher::fetchCounts(const Account &account, const QString &jobId)
{
    auto *reader = new BatchCounts(m_query->scheduler(), m_query->store(), this);
    m_countReaders.append(reader);
    ++m_pending;
    // Only a complete round reaches the store (partial counts would misstate the rate); the model follows it.
    connect(reader, &BatchCounts::finished, this, [this, reader] {
        m_countReaders.removeAll(reader);
        reader->deleteLater();
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
