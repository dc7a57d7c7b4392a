#include "services/SuccessVerifier.h"

#include "api/TaskFetcher.h"
#include "util/Clock.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

SuccessVerifier::SuccessVerifier(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_pace(scheduler->clock().createTimer(this))
{
    m_pace->setSingleShot(true);
    connect(m_pace, &ClockTimer::timeout, this, &SuccessVerifier::sendNext);
}

SuccessVerifier::~SuccessVerifier() = default;

void SuccessVerifier::verify(const Account &account, const QList<TaskInfo> &tasks, int sample, quint32 seed)
{
    cancel();
    m_account = account;
    m_report = VerifyReport();
    QList<TaskInfo> succeeded;
    for (const TaskInfo &task : tasks) {
        if (task.taskStatus == TaskStatus::Succeeded && !task.deviceName.isEmpty())
            succeeded.append(task);
    }
    m_report.succeeded = succeeded.size();
    if (sample > 0 && sample < succeeded.size()) {
        // A partial Fisher-Yates: the first `sample` entries become a uniform random sample.
        QRandomGenerator random(seed);
        for (int i = 0; i < sample; ++i)
            std::swap(succeeded[i], succeeded[i + int(random.bounded(quint32(succeeded.size() - i)))]);
        succeeded.resize(sample);
        m_report.sampled = true;
    }
    // By product (BatchQueryDeviceDetail names one), at most kMaxDeviceNames per call.
    QHash<QString, QList<TaskInfo>> byProduct;
    QStringList products;
    for (const TaskInfo &task : std::as_const(succeeded)) {
        if (!byProduct.contains(task.productKey))
            products.append(task.productKey);
        byProduct[task.productKey].append(task);
    }
    m_calls.clear();
    for (const QString &product : std::as_const(products)) {
        const QList<TaskInfo> &all = byProduct[product];
        for (qsizetype i = 0; i < all.size(); i += BatchQueryDeviceDetail::kMaxDeviceNames)
            m_calls.append(all.mid(i, BatchQueryDeviceDetail::kMaxDeviceNames));
    }
    m_total = int(succeeded.size());
    m_next = 0;
    m_running = true;
    if (m_calls.isEmpty()) {
        m_running = false;
        m_report.readAtUtc = m_scheduler->clock().nowUtc();
        emit finished(m_report);
        return;
    }
    sendNext();
}

void SuccessVerifier::verifyBatch(const Account &account, const QString &jobId, int sample, quint32 seed)
{
    cancel();
    m_account = account;
    m_sample = sample;
    m_seed = seed;
    m_listed.clear();
    m_fetcher = new TaskFetcher(m_scheduler, this);
    m_fetcher->setBatch(account.config, jobId, account.iotInstanceId);
    m_fetcher->setStatuses({TaskStatus::Succeeded});
    connect(m_fetcher, &TaskFetcher::tasksArrived, this,
            [this](const QList<TaskInfo> &tasks) { m_listed.add(tasks); });
    connect(m_fetcher, &TaskFetcher::progress, this, &SuccessVerifier::listing);
    connect(m_fetcher, &TaskFetcher::finished, this, &SuccessVerifier::onListed);
    m_fetcher->fetchAll(RequestPriority::Bulk);
}

void SuccessVerifier::onListed(bool complete, const std::optional<ApiError> &error)
{
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
    if (error) {
        emit failed(*error);
        return;
    }
    if (!complete) {
        emit listingIncomplete();
        return;
    }
    verify(m_account, m_listed.sorted(), m_sample, m_seed);
}

void SuccessVerifier::cancel()
{
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->stop();
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    m_running = false;
    m_pace->stop();
    m_scheduler->cancelAll(this);
}

void SuccessVerifier::sendNext()
{
    const qint64 now = m_scheduler->clock().monotonicMs();
    const qint64 due = m_lastStartMs < 0 ? now : m_lastStartMs + 1000 / kMaxPerSecond;
    if (now < due) {
        m_pace->start(int(due - now));
        return;
    }
    m_lastStartMs = now;
    const QList<TaskInfo> &call = m_calls.at(m_next);
    QStringList names;
    for (const TaskInfo &task : call)
        names.append(task.deviceName);
    ScheduledRequest *request = m_scheduler->submit(
            m_account.config, BatchQueryDeviceDetail::kAction,
            BatchQueryDeviceDetail::params(call.constFirst().productKey, names, m_account.iotInstanceId),
            RequestPriority::Background, this);
    connect(request, &ScheduledRequest::finished, this, &SuccessVerifier::onAnswer);
}

void SuccessVerifier::onAnswer(const RpcResponse &response)
{
    if (!m_running)
        return;
    const ListResult<DeviceDetail> result = BatchQueryDeviceDetail::interpret(response);
    if (result.error || !result.page) {
        m_running = false;
        emit failed(result.error.value_or(ApiError()));
        return;
    }
    QHash<QString, QString> reported;
    for (const DeviceDetail &device : result.page->items)
        reported.insert(device.deviceName, device.firmwareVersion);
    for (const TaskInfo &task : m_calls.at(m_next)) {
        ++m_report.checked;
        const QString version = reported.value(task.deviceName);
        if (version != task.destVersion)
            m_report.mismatches.append(
                    {task.deviceName, task.productKey, task.taskId, task.destVersion, version});
    }
    emit progress(m_report.checked, m_total);
    if (++m_next < m_calls.size()) {
        sendNext();
        return;
    }
    m_running = false;
    m_report.readAtUtc = m_scheduler->clock().nowUtc();
    emit finished(m_report);
}
