#pragma once

#include "SimTaskRecord.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

class QDateTime;
struct GatewayError;
struct SimAnswer;
struct SimRequest;

// The gateway's response bodies in the request's Format (JSON or XML): success, business and gateway errors.
class ResponseEncoder
{
public:
    // xml: Format=XML; action: the XML root's name stem; hostId: the gateway errors' HostId.
    ResponseEncoder(bool xml, const QString &action, const QString &hostId);
    static ResponseEncoder forRequest(const SimRequest &request);

    bool isXml() const { return m_xml; }
    QByteArray contentType() const;
    static QByteArray jsonContentType();

    // The body of an action's answer, whichever of the three shapes it has.
    QByteArray answer(const SimAnswer &answer, const QString &requestId) const;
    // The members, RequestId and Success; the tasks (ListOTATaskByJob) as Data.SimpleOTATaskInfo, through
    // tasksJson() for JSON. XML root <ActionResponse>.
    QByteArray success(const SimAnswer &answer, const QString &requestId) const;
    // RequestId, Success false, Code, ErrorMessage (the IoT shape, HTTP 200). XML root <ActionResponse>.
    QByteArray businessError(const QString &code, const QString &message, const QString &requestId) const;
    // RequestId, HostId, Code, Message, Recommend (the POP shape). XML root <Error>.
    QByteArray gatewayError(const GatewayError &error, const QString &requestId) const;

    // [{"DestVersion":"1.2.0",...},...], compact like QJsonDocument::Compact (the same JSON for the same
    // records) at a tenth of its cost: a page of 100 tasks is the simulator's most frequent answer.
    static QByteArray tasksJson(const QList<SimTaskRecord> &records);
    // The same records as SimpleOTATaskInfo objects (the XML body, and callers that want objects).
    static QJsonArray tasksArray(const QList<SimTaskRecord> &records);
    // A fresh RequestId: an uppercase UUID, as the gateway's.
    static QString newRequestId();
    // The Date header: RFC 7231's IMF-fixdate.
    static QByteArray httpDate(const QDateTime &utc);

private:
    bool m_xml;
    QString m_action;
    QString m_hostId;
};
