#pragma once

#include "ApiCommand.h"
#include "api/OtaDeviceCalls.h"

#include <memory>

class DeviceLookup;
struct DeviceReport;

// `otadash-cli device`: one device as the device panel shows it (services/DeviceLookup): online state, the
// version it reports per module, its unfinished OTA tasks and, with --job-id, its task in that batch, as text
// or JSON. Its DeviceSecret is never read, so it is never printed. Exit codes as `otadash-cli query`.
class DeviceCommand : public ApiCommand
{
    Q_OBJECT
public:
    DeviceCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~DeviceCommand() override;

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    void run() override;
    void onFinished(const DeviceReport &report);
    void onFailed(const ApiError &error);
    void writeText(const DeviceReport &report);
    void writeJson(const DeviceReport &report);
    QString deviceText() const;

    DeviceRef m_device;
    QString m_jobId;
    QString m_output = QStringLiteral("text");
    std::unique_ptr<DeviceLookup> m_lookup;
};

// Runs `otadash-cli device ARGS` to completion on the current QCoreApplication; returns the exit code.
int runDeviceCommand(const QStringList &arguments);
