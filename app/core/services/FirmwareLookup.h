#pragma once

#include "api/ApiError.h"
#include "ota/FirmwareInfo.h"
#include "services/Account.h"

#include <QObject>
#include <QPointer>

class RequestScheduler;
class ScheduledRequest;

// The firmware behind a batch (QueryOTAFirmware for its FirmwareId): read when the batch is queried, for the
// form's Firmware section and the lint rules about verification. One lookup at a time: a new one drops the
// answer of the one before.
class FirmwareLookup : public QObject
{
    Q_OBJECT
public:
    explicit FirmwareLookup(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~FirmwareLookup() override;

    void lookUp(const Account &account, const QString &firmwareId);
    void cancel();

signals:
    void found(const QString &firmwareId, const FirmwareDetail &firmware);
    void failed(const QString &firmwareId, const ApiError &error);

private:
    RequestScheduler *m_scheduler;
    QPointer<ScheduledRequest> m_request;
};
