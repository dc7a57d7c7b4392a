#include "services/BatchQuery.h"

#include "state/BatchStore.h"
#include "util/Clock.h"

void BatchQueryCall::cancel()
{
    if (m_request)
        m_request->cancel(); // finishes with a Canceled error, through finish()
}

BatchQuery::BatchQuery(RequestScheduler *scheduler, BatchStore *store, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_store(store)
{
    qRegisterMetaType<BatchRead>();
}

BatchQuery::~BatchQuery() = default;

BatchQueryCall *BatchQuery::query(const Account &account, const QString &jobId, RequestPriority priority,
                                  QObject *owner)
{
    auto *call = new BatchQueryCall(account.key(jobId), this);
    ScheduledRequest *request
            = m_scheduler->submit(account.config, QueryOtaJob::kAction,
                                  QueryOtaJob::params(jobId, account.iotInstanceId), priority, owner);
    call->m_request = request;
    connect(request, &ScheduledRequest::finished, call,
            [this, call](const RpcResponse &response) { finish(call, response); });
    // A request dropped with its owner finishes without a word: the call goes with it.
    connect(request, &QObject::destroyed, call, [call] {
        if (call->m_request.isNull())
            call->deleteLater();
    });
    return call;
}

void BatchQuery::finish(BatchQueryCall *call, const RpcResponse &response)
{
    BatchRead read;
    read.key = call->key();
    read.response = response;
    read.result = QueryOtaJob::interpret(response);
    read.readAtUtc = m_scheduler->clock().nowUtc();
    if (m_store) {
        if (read.result.job) {
            JobReading reading;
            reading.job = *read.result.job;
            reading.body = response.body;
            reading.format = response.format;
            reading.requestId = response.requestId;
            reading.readAtUtc = read.readAtUtc;
            m_store->putJob(read.key, reading);
        } else if (read.result.error && read.result.error->transport != ApiError::Transport::Canceled) {
            m_store->putJobError(read.key, *read.result.error, read.readAtUtc);
        }
    }
    call->m_request = nullptr;
    emit call->finished(read);
    call->deleteLater();
}
