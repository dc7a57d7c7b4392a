#pragma once

#include "SimAnswer.h"
#include "SimFleet.h"

#include <QString>

#include <variant>

struct SimRequest;

// The actions otasim serves, one handler each, reading the fleet (the two cancels change it).
class SimActions
{
public:
    // fleet: not owned; outlives this.
    explicit SimActions(SimFleet &fleet);

    // The API version served; another version is another API to the gateway's routing.
    static QString apiVersion();
    // QueryOTAJob, QueryOTAFirmware, QueryProductList, ListOTAFirmware, ListOTAJobByFirmware,
    // ListOTATaskByJob, CancelOTATaskByJob, CancelOTAStrategyByJob, and the device-level calls
    // QueryDeviceDetail, BatchQueryDeviceDetail, BatchGetDeviceState, ListOTAModuleVersionsByDevice,
    // ListOTAUnfinishedTaskByDevice and ListOTAJobByDevice, and the task actions ReupgradeOTATask,
    // ConfirmOTATask and CancelOTATaskByDevice.
    static bool serves(const QString &action);
    // The write actions: the two cancels, CancelOTATaskByDevice, ReupgradeOTATask and ConfirmOTATask.
    static bool isWrite(const QString &action);
    // The action that has a flow-control limit of its own (5 per second per AccessKey).
    static QString cancelTaskByJob();

    // The answer of request.action, which serves() accepts. Parameters are checked as the API documents them;
    // what the documents leave open is answered as noted beside it.
    SimAnswer run(const SimRequest &request);

    // The account's resources live in this enterprise instance (empty: the public instance): a call without
    // IotInstanceId is answered iot.common.InvalidTenant, one naming another instance
    // iot.system.InstanceNotFound.
    void setEnterpriseInstance(const QString &instanceId) { m_enterpriseInstance = instanceId; }

private:
    using Handler = SimAnswer (SimActions::*)(const SimRequest &);
    static Handler handlerFor(const QString &action);

    SimAnswer queryOtaJob(const SimRequest &in);
    SimAnswer queryOtaFirmware(const SimRequest &in);
    SimAnswer queryProductList(const SimRequest &in);
    SimAnswer listOtaFirmware(const SimRequest &in);
    SimAnswer listOtaJobByFirmware(const SimRequest &in);
    SimAnswer listOtaTaskByJob(const SimRequest &in);
    SimAnswer cancelOtaTaskByJob(const SimRequest &in);
    SimAnswer cancelOtaStrategyByJob(const SimRequest &in);
    SimAnswer queryDeviceDetail(const SimRequest &in);
    SimAnswer batchQueryDeviceDetail(const SimRequest &in);
    SimAnswer batchGetDeviceState(const SimRequest &in);
    SimAnswer listOtaModuleVersionsByDevice(const SimRequest &in);
    SimAnswer listOtaUnfinishedTaskByDevice(const SimRequest &in);
    SimAnswer listOtaJobByDevice(const SimRequest &in);
    SimAnswer reupgradeOtaTask(const SimRequest &in);
    SimAnswer confirmOtaTask(const SimRequest &in);
    SimAnswer cancelOtaTaskByDevice(const SimRequest &in);
    // The device the request names (IotId, else ProductKey and DeviceName), or the answer saying why not.
    std::variant<SimFleet::DeviceKey, SimAnswer> deviceOf(const SimRequest &in) const;

    SimFleet &m_fleet;
    QString m_enterpriseInstance;
};
