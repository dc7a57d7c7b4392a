#pragma once

#include "GatewayError.h"
#include "SimTaskRecord.h"
#include "XmlFromJson.h"

#include <QList>
#include <QString>

#include <optional>

// What an action answers before it is encoded (RequestId and Success are added then): one of three shapes.
struct SimAnswer
{
    std::optional<GatewayError> gateway;
    XmlFromJson::Members members;
    // ListOTATaskByJob's Data.SimpleOTATaskInfo, kept out of members: written as JSON text directly, a
    // 100-task page costs a tenth of what it does through QJsonObject and QJsonDocument.
    std::optional<QList<SimTaskRecord>> tasks;
    QString code; // business error code; empty on success
    QString errorMessage;

    static SimAnswer success(XmlFromJson::Members members = {})
    {
        return {std::nullopt, std::move(members), std::nullopt, {}, {}};
    }
    static SimAnswer businessError(const QString &code, const QString &message)
    {
        return {std::nullopt, {}, std::nullopt, code, message};
    }
    static SimAnswer rejection(const GatewayError &error) { return {error, {}, std::nullopt, {}, {}}; }

    // Business errors arrive with HTTP 200, gateway rejections with their own status.
    int httpStatus() const { return gateway ? gateway->status : 200; }
    // The gateway's or the business error's code; empty on success.
    QString resultCode() const { return gateway ? gateway->code : code; }
};
