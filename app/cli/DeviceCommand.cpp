#include "DeviceCommand.h"

#include "api/TaskListing.h"
#include "services/DeviceLookup.h"
#include "util/Clock.h"
#include "util/JsonFormatter.h"
#include "util/ListOutput.h"
#include "util/TimeText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// DeviceName: letters, digits and - _ @ . : (the console's rule), up to 64 characters here; ProductKey and
// IotId: letters, digits and - _ *.
bool isName(const QString &text, const QString &extra)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !extra.contains(c))
            return false;
    }
    return true;
}

} // namespace

DeviceCommand::DeviceCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : ApiCommand(u"device"_s, out, err, parent)
{ }

DeviceCommand::~DeviceCommand() = default;

QString DeviceCommand::usage() const
{
    return tr("Usage: otadash-cli device (--product-key PK --device-name NAME | --iot-id ID) [--job-id ID] "
              "[options]");
}

QString DeviceCommand::description() const
{
    return tr("Show one device: its online state, the version it reports for each module, its unfinished OTA "
              "tasks and, with --job-id, its task in that batch. The device's secret is never shown.");
}

QList<QCommandLineOption> DeviceCommand::options() const
{
    return {QCommandLineOption(u"product-key"_s, tr("The product of the device."), tr("PK")),
            QCommandLineOption(u"device-name"_s, tr("The device's name."), tr("NAME")),
            QCommandLineOption(u"iot-id"_s, tr("The device's IotId, instead of the product key and name."),
                               tr("ID")),
            QCommandLineOption(u"job-id"_s, tr("Also show the device's task in this batch."), tr("ID")),
            QCommandLineOption(u"output"_s,
                               tr("text (default), or json: one object with the API's field names."),
                               u"text|json"_s, u"text"_s)};
}

std::optional<int> DeviceCommand::readOptions(const QCommandLineParser &parser)
{
    m_device.productKey = parser.value(u"product-key"_s).trimmed();
    m_device.deviceName = parser.value(u"device-name"_s).trimmed();
    m_device.iotId = parser.value(u"iot-id"_s).trimmed();
    if (m_device.iotId.isEmpty() && (m_device.productKey.isEmpty() || m_device.deviceName.isEmpty()))
        return m_connection.usageError(
                tr("name the device with --product-key and --device-name, or --iot-id"));
    if (!m_device.iotId.isEmpty() && (!m_device.productKey.isEmpty() || !m_device.deviceName.isEmpty()))
        return m_connection.usageError(tr("--iot-id names the device by itself; leave out --product-key and "
                                          "--device-name"));
    if (!m_device.productKey.isEmpty() && !isName(m_device.productKey, u"-_*"_s))
        return m_connection.usageError(tr("'%1' is not a valid product key").arg(m_device.productKey));
    if (!m_device.deviceName.isEmpty() && !isName(m_device.deviceName, u"-_@.:"_s))
        return m_connection.usageError(
                tr("'%1' is not a valid device name: letters, digits and - _ @ . : only")
                        .arg(m_device.deviceName));
    if (!m_device.iotId.isEmpty() && !isName(m_device.iotId, u"-_*"_s))
        return m_connection.usageError(tr("'%1' is not a valid IotId").arg(m_device.iotId));
    if (parser.isSet(u"job-id"_s)) {
        const std::optional<QStringList> jobIds
                = m_connection.resourceIds(parser, u"job-id"_s, true, tr("'%1' is not a valid batch ID"));
        if (!jobIds)
            return ConnectionOptions::UsageError;
        m_jobId = jobIds->constFirst();
    }
    m_output = parser.value(u"output"_s).toLower();
    if (m_output != u"text" && m_output != u"json")
        return m_connection.usageError(tr("--output must be text or json"));
    return std::nullopt;
}

void DeviceCommand::run()
{
    Account account;
    account.profile = m_connection.profileName();
    account.config = m_connection.config();
    account.iotInstanceId = m_connection.instanceId();
    m_lookup = std::make_unique<DeviceLookup>(m_connection.scheduler());
    connect(m_lookup.get(), &DeviceLookup::finished, this, &DeviceCommand::onFinished);
    connect(m_lookup.get(), &DeviceLookup::failed, this, &DeviceCommand::onFailed);
    m_lookup->lookUp(account, m_device, m_jobId);
}

QString DeviceCommand::deviceText() const
{
    return m_device.iotId.isEmpty() ? m_device.productKey + u'/' + m_device.deviceName : m_device.iotId;
}

void DeviceCommand::onFailed(const ApiError &error)
{
    m_connection.printError(tr("ERROR: %1 (device %2)").arg(error.title(), deviceText()), error);
    emit finished(ConnectionOptions::exitCodeFor(error));
}

void DeviceCommand::onFinished(const DeviceReport &report)
{
    if (m_output == u"json")
        writeJson(report);
    else
        writeText(report);
    m_out.flush();
    emit finished(ConnectionOptions::Success);
}

void DeviceCommand::writeText(const DeviceReport &report)
{
    const DeviceDetail &device = report.detail;
    const QDateTime now = m_connection.scheduler()->clock().nowUtc();
    const auto line = [this](const QString &label, const QString &value) {
        m_out << u"  "_s << label << u": "_s << value << '\n';
    };
    m_out << tr("Device %1 of %2 (%3)").arg(device.deviceName, device.productName, device.productKey) << '\n';
    line(tr("IotId"), device.iotId);
    line(tr("Status"), device.status);
    if (device.utcOnline.isValid())
        line(tr("Last online"), TimeText::readAt(device.utcOnline, now));
    line(tr("Firmware version"),
         device.firmwareVersion.isEmpty() ? tr("(not reported)") : device.firmwareVersion);
    QStringList modules;
    for (const ModuleVersion &module : report.modules)
        modules.append(module.moduleName + u' ' + module.moduleVersion);
    line(tr("Modules"), modules.isEmpty() ? tr("(none reported)") : modules.join(u", "_s));
    if (report.unfinished.isEmpty()) {
        line(tr("Unfinished OTA tasks"), tr("none"));
    } else {
        line(tr("Unfinished OTA tasks"), QString::number(report.unfinished.size()));
        for (const TaskInfo &task : report.unfinished)
            m_out << u"    "_s
                  << tr("%1 in batch %2 (%3 → %4), task %5")
                             .arg(task.taskStatusCode, task.jobId, task.srcVersion, task.destVersion,
                                  task.taskId)
                  << '\n';
    }
    if (!report.jobId.isEmpty()) {
        if (!report.task) {
            line(tr("Task in batch %1").arg(report.jobId), tr("none: the batch has no task for this device"));
        } else {
            const TaskInfo &task = *report.task;
            QString text = task.taskStatusCode;
            if (task.progress >= 0)
                text += u", "_s + tr("%1 %").arg(task.progress);
            if (!task.taskDesc.isEmpty())
                text += u", "_s + task.taskDesc;
            if (task.utcModified.isValid())
                text += u", "_s + tr("changed %1").arg(TimeText::readAt(task.utcModified, now));
            line(tr("Task in batch %1").arg(report.jobId), text);
            if (task.taskStatus == TaskStatus::Succeeded && !device.firmwareVersion.isEmpty()
                && device.firmwareVersion != task.destVersion)
                m_out << u"  "_s
                      << tr("warning: the task succeeded, but the device reports %1, not %2")
                                 .arg(device.firmwareVersion, task.destVersion)
                      << '\n';
        }
    }
    m_out << tr("Read at %1").arg(TimeText::readAt(report.readAtUtc, now)) << '\n'
          << TimeText::zoneNote() << '\n';
}

void DeviceCommand::writeJson(const DeviceReport &report)
{
    using ListOutput::insertIfSet;
    const DeviceDetail &device = report.detail;
    QJsonObject object;
    insertIfSet(object, u"DeviceName"_s, device.deviceName);
    insertIfSet(object, u"ProductKey"_s, device.productKey);
    insertIfSet(object, u"IotId"_s, device.iotId);
    insertIfSet(object, u"Status"_s, device.status);
    insertIfSet(object, u"UtcOnline"_s, ListOutput::apiTime(device.utcOnline));
    insertIfSet(object, u"FirmwareVersion"_s, device.firmwareVersion);
    QJsonArray modules;
    for (const ModuleVersion &module : report.modules)
        modules.append(QJsonObject {{u"ModuleName"_s, module.moduleName},
                                    {u"ModuleVersion"_s, module.moduleVersion}});
    object.insert(u"Modules"_s, modules);
    QJsonArray unfinished;
    for (const TaskInfo &task : report.unfinished)
        unfinished.append(TaskListing::apiObject(task));
    object.insert(u"UnfinishedTasks"_s, unfinished);
    if (!report.jobId.isEmpty())
        object.insert(u"Task"_s,
                      report.task ? QJsonValue(TaskListing::apiObject(*report.task)) : QJsonValue());
    object.insert(u"ReadAt"_s, ListOutput::apiTime(report.readAtUtc));
    // Keys sorted and tab-indented, as the listings print their arrays.
    const QByteArray compact = QJsonDocument(object).toJson(QJsonDocument::Compact);
    m_out << QString::fromUtf8(JsonFormatter::sortedIndented(compact).value_or(compact)) << '\n';
}

int runDeviceCommand(const QStringList &arguments)
{
    return runApiCommand<DeviceCommand>(arguments);
}
