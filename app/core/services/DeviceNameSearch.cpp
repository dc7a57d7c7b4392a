#include "services/DeviceNameSearch.h"

#include "models/TaskTableModel.h"
#include "services/TaskSampler.h"
#include "util/Clock.h"

#include <QSet>

DeviceNameSearch::DeviceNameSearch(RequestScheduler *scheduler, TaskTableModel *model, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_model(model), m_sampler(new TaskSampler(scheduler, this))
{
    connect(m_sampler, &TaskSampler::finished, this,
            [this](const QList<TaskInfo> &tasks, qint64, const std::optional<ApiError> &error) {
                if (m_busy)
                    onRead(tasks, error);
            });
}

DeviceNameSearch::~DeviceNameSearch() = default;

void DeviceNameSearch::setBatch(const Account &account, const QString &jobId)
{
    cancel();
    m_account = account;
    m_jobId = jobId;
    m_result.reset();
}

void DeviceNameSearch::cancel()
{
    if (!m_busy)
        return;
    m_busy = false; // the sampler's canceled answer is not ours to report
    m_sampler->cancel();
    m_asked.clear();
    emit busyChanged(false);
}

void DeviceNameSearch::lookUp(const QStringList &names, RequestPriority priority)
{
    cancel();
    m_asked = m_model->unloadedDevices(names);
    setBusy(true);
    // An empty list is answered from the event loop too.
    m_sampler->readDevices(m_account, m_jobId, m_asked, priority);
}

void DeviceNameSearch::onRead(const QList<TaskInfo> &tasks, const std::optional<ApiError> &error)
{
    // Rows already loaded take what was read (a device may have been paged in meanwhile); the others join.
    m_model->updateTasks(tasks);
    m_model->appendTasks(tasks);

    Result result;
    result.asked = std::exchange(m_asked, {});
    result.error = error;
    result.readAtUtc = m_scheduler->clock().nowUtc();
    if (!error) {
        QSet<QString> found;
        for (const TaskInfo &task : tasks)
            found.insert(task.deviceName);
        for (const QString &name : std::as_const(result.asked)) {
            if (!found.contains(name))
                result.notInBatch.append(name);
        }
    }
    m_result = result;
    setBusy(false);
    emit finished(result);
}

void DeviceNameSearch::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}
