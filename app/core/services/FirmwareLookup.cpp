#include "services/FirmwareLookup.h"

#include "api/OtaListCalls.h"
#include "api/RequestScheduler.h"

FirmwareLookup::FirmwareLookup(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{ }

FirmwareLookup::~FirmwareLookup() = default;

void FirmwareLookup::cancel()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
    m_request = nullptr;
}

void FirmwareLookup::lookUp(const Account &account, const QString &firmwareId)
{
    cancel();
    ScheduledRequest *request = m_scheduler->submit(
            account.config, QueryOtaFirmware::kAction,
            QueryOtaFirmware::params(firmwareId, account.iotInstanceId), RequestPriority::Interactive, this);
    m_request = request;
    connect(request, &ScheduledRequest::finished, this, [this, firmwareId](const RpcResponse &response) {
        m_request = nullptr;
        const ListResult<FirmwareDetail> result = QueryOtaFirmware::interpret(response);
        if (result.error) {
            emit failed(firmwareId, *result.error);
            return;
        }
        if (!result.page || result.page->items.isEmpty()) {
            emit failed(firmwareId,
                        ApiError::transportError(ApiError::Transport::Malformed,
                                                 tr("The response holds no firmware.")));
            return;
        }
        emit found(firmwareId, result.page->items.constFirst());
    });
}
