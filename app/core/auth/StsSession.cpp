#include "auth/StsSession.h"

#include "api/RequestScheduler.h"
#include "util/Clock.h"

#include <QLoggingCategory>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSts, "otadash.sts", QtInfoMsg)

// The latest temporary pair, shared by every configuration made from the session's credentials().
class StsSession::Cell : public CredentialSource
{
public:
    Credentials current() const override { return m_credentials; }
    void set(const Credentials &credentials) { m_credentials = credentials; }

private:
    Credentials m_credentials;
};

qint64 StsSession::refreshLeadSecs(qint64 lifetimeSecs)
{
    return qMin<qint64>(300, qMax<qint64>(0, lifetimeSecs) / 4);
}

StsSession::StsSession(RequestScheduler *scheduler, const Credentials &source, const RamRole &role,
                       const QString &regionId, SignatureVersion signature, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_role(role), m_cell(std::make_shared<Cell>()),
      m_sourceAccessKeyId(source.accessKeyId), m_refreshTimer(scheduler->clock().createTimer(this))
{
    m_stsConfig.endpoint = role.effectiveStsEndpoint(regionId);
    m_stsConfig.credentials = source;
    m_stsConfig.signature = signature;
    m_stsConfig.apiVersion = QByteArray(RamRole::kStsApiVersion);
    connect(m_refreshTimer, &ClockTimer::timeout, this, &StsSession::start);
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
    m_refreshTimer->start(int(qBound<qint64>(0, inMs, qint64(std::numeric_limits<int>::max()))));
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
