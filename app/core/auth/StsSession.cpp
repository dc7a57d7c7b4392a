#include "auth/StsSession.h"

#include "api/RequestScheduler.h"
#include "util/Clock.h"

#include <QLoggingCategory>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSts, "otadash.sts", QtInfoMsg)

// The latest temporary pair, shared by every configuration made from the session's credentials(). Asked for
// after its renewal was due (the computer slept through it: timers run on monotonic time, which stops
// meanwhile), it starts the renewal at once.
class StsSession::Cell : public CredentialSource
{
public:
    Cell(StsSession *session, const Clock &clock) : m_session(session), m_clock(clock) { }
    Credentials current() const override
    {
        if (m_session && m_renewAt.isValid() && m_clock.nowUtc() >= m_renewAt)
            QMetaObject::invokeMethod(m_session.data(), &StsSession::start, Qt::QueuedConnection);
        return m_credentials;
    }
    void set(const Credentials &credentials) { m_credentials = credentials; }
    void setRenewAt(const QDateTime &renewAt) { m_renewAt = renewAt; }

private:
    QPointer<StsSession> m_session;
    const Clock &m_clock;
    Credentials m_credentials;
    QDateTime m_renewAt;
};

qint64 StsSession::refreshLeadSecs(qint64 lifetimeSecs)
{
    return qMin<qint64>(300, qMax<qint64>(0, lifetimeSecs) / 4);
}

StsSession::StsSession(RequestScheduler *scheduler, const Credentials &source, const RamRole &role,
                       const QString &regionId, SignatureVersion signature, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_role(role),
      m_cell(std::make_shared<Cell>(this, scheduler->clock())), m_sourceAccessKeyId(source.accessKeyId),
      m_refreshTimer(scheduler->clock().createTimer(this))
{
    m_stsConfig.endpoint = role.effectiveStsEndpoint(regionId);
    m_stsConfig.credentials = source;
    m_stsConfig.signature = signature;
    m_stsConfig.apiVersion = QByteArray(RamRole::kStsApiVersion);
    connect(m_refreshTimer, &ClockTimer::timeout, this, &StsSession::checkRenewal);
}

StsSession::~StsSession()
{
    if (m_pending)
        m_pending->cancel();
}

void StsSession::start()
{
    if (m_pending)
        return; // one AssumeRole at a time
    m_refreshTimer->stop();
    m_cell->setRenewAt({});
    qCDebug(lcSts) << "AssumeRole" << m_role.roleArn << "at" << m_stsConfig.endpoint.host();
    m_pending = m_scheduler->submit(m_stsConfig, u"AssumeRole"_s, m_role.assumeRoleParams(),
                                    RequestPriority::Interactive, this);
    connect(m_pending, &ScheduledRequest::finished, this, &StsSession::onAnswer);
}

void StsSession::onAnswer(const RpcResponse &response)
{
    m_pending = nullptr;
    const qint64 nowMs = m_scheduler->clock().nowUtc().toMSecsSinceEpoch();
    std::optional<ApiError> error = response.error;
    std::optional<AssumedRole> assumed;
    if (!error) {
        auto parsed = parseAssumeRoleResponse(response.body);
        if (auto *role = std::get_if<AssumedRole>(&parsed))
            assumed = *role;
        else
            error = ApiError::transportError(ApiError::Transport::Malformed,
                                             std::get<ParseError>(parsed).message);
    }
    if (error) {
        qCDebug(lcSts) << "AssumeRole failed:" << error->code << error->localizedMessage();
        // While the current pair lasts, try again; once it has expired, only the user's next action will.
        const qint64 leftMs = m_expiration.isValid() ? m_expiration.toMSecsSinceEpoch() - nowMs : 0;
        if (leftMs > 0)
            scheduleRefresh(qMin<qint64>(kRetryAfterFailureSecs * 1000, leftMs / 2));
        emit failed(*error);
        return;
    }
    const bool first = !isReady();
    m_cell->set(assumed->credentials);
    m_expiration = assumed->expiration;
    m_assumedRoleArn = assumed->assumedRoleArn;
    const qint64 lifetimeSecs = (m_expiration.toMSecsSinceEpoch() - nowMs) / 1000;
    scheduleRefresh((lifetimeSecs - refreshLeadSecs(lifetimeSecs)) * 1000);
    qCDebug(lcSts) << "assumed" << m_assumedRoleArn << "until" << m_expiration;
    if (first)
        emit ready();
    else
        emit refreshed(m_expiration);
}

void StsSession::scheduleRefresh(qint64 inMs)
{
    m_renewAt = m_scheduler->clock().nowUtc().addMSecs(qMax<qint64>(0, inMs));
    m_cell->setRenewAt(m_renewAt);
    checkRenewal();
}

void StsSession::checkRenewal()
{
    // The wall clock decides, checked at least every kCheckEverySecs: after the computer slept, the
    // monotonic timer alone would renew as late as the sleep was long.
    const qint64 leftMs = m_scheduler->clock().nowUtc().msecsTo(m_renewAt);
    if (leftMs <= 0) {
        start();
        return;
    }
    m_refreshTimer->start(int(qMin<qint64>(leftMs, kCheckEverySecs * 1000)));
}

Credentials StsSession::credentials() const
{
    Credentials credentials;
    credentials.accessKeyId = m_sourceAccessKeyId;
    credentials.source = m_cell;
    return credentials;
}

bool StsSession::isReady() const
{
    return m_expiration.isValid();
}

QDateTime StsSession::expiration() const
{
    return m_expiration;
}

QString StsSession::assumedRoleArn() const
{
    return m_assumedRoleArn;
}
