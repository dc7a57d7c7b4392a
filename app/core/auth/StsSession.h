#pragma once

#include "api/ApiError.h"
#include "api/RpcClient.h"
#include "auth/AssumeRoleResponse.h"
#include "auth/RamRole.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

class ClockTimer;
class RequestScheduler;
class ScheduledRequest;

// A RAM role assumed through STS AssumeRole and kept fresh: the temporary credentials live in memory only,
// are asked for again before they expire (not after a failure), and every configuration made from
// credentials() signs with the latest pair. Times are the scheduler's clock's.
class StsSession : public QObject
{
    Q_OBJECT
public:
    // How long before Expiration new credentials are asked for: a quarter of their lifetime, at most 5 min.
    static qint64 refreshLeadSecs(qint64 lifetimeSecs);
    // After a failed refresh, the next try: in a minute, or halfway to the expiration when that is sooner.
    static constexpr int kRetryAfterFailureSecs = 60;
    // How often the wall clock is compared with the renewal time (timers stop while the computer sleeps).
    static constexpr int kCheckEverySecs = 60;

    // source: the long-lived AccessKey the role is assumed with; regionId: for the default STS endpoint.
    // signature: how to sign the AssumeRole calls. scheduler: not owned, outlives this.
    StsSession(RequestScheduler *scheduler, const Credentials &source, const RamRole &role,
               const QString &regionId, SignatureVersion signature, QObject *parent = nullptr);
    ~StsSession() override;

    // Assumes the role now (again, when called after ready()).
    void start();

    // What to put in an RpcConfig: the source AccessKeyId, with the temporary pair behind it.
    Credentials credentials() const;
    bool isReady() const;
    QDateTime expiration() const; // invalid before the first answer
    QString assumedRoleArn() const;
    // The AssumeRole call as it is sent (endpoint, version, source credentials).
    RpcConfig stsConfig() const { return m_stsConfig; }
    const RamRole &role() const { return m_role; }

signals:
    // The first temporary credentials arrived.
    void ready();
    // Fresh ones replaced the previous ones; requests signed from now on use them.
    void refreshed(const QDateTime &expiration);
    // AssumeRole failed: before ready() the role could not be assumed at all; afterwards a refresh failed
    // and is tried again (kRetryAfterFailureSecs) while the current credentials last.
    void failed(const ApiError &error);

private:
    class Cell;
    void onAnswer(const RpcResponse &response);
    void scheduleRefresh(qint64 inMs);
    void checkRenewal();

    RequestScheduler *m_scheduler;
    RamRole m_role;
    RpcConfig m_stsConfig;
    std::shared_ptr<Cell> m_cell;
    QString m_sourceAccessKeyId;
    QDateTime m_expiration;
    QDateTime m_renewAt; // wall time
    QString m_assumedRoleArn;
    ClockTimer *m_refreshTimer;
    QPointer<ScheduledRequest> m_pending;
};
