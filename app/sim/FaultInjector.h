#pragma once

#include "OtaSimulator.h"

#include <QByteArray>
#include <QString>

class ResponseEncoder;
struct SimRequest;

// OtaSimulator::Fault: what a broken network or gateway sends instead, for requests of served actions.
class FaultInjector
{
public:
    using Fault = OtaSimulator::Fault;

    // What to send instead of the action's answer.
    struct Response
    {
        bool silent = false; // NeverAnswer: write nothing and keep the connection open
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QString code; // for OtaSimulator::requestHandled
    };

    // Throttle refuses by flow control, TruncatedJson cuts the action's answer in half, the others answer
    // instead of the action.
    void setFault(Fault fault) { m_fault = fault; }
    Fault fault() const { return m_fault; }
    void setRule(OtaSimulator::FaultRule rule) { m_rule = std::move(rule); }
    // The fault of one request (of a served action, admitted by authentication): the rule's, else the mode's.
    Fault faultFor(const SimRequest &request) const;

    // Whether flow control refuses the request whatever the rate.
    static bool throttles(Fault fault) { return fault == Fault::Throttle; }
    // Whether the fault answers instead of the action (every mode but None, Throttle and TruncatedJson).
    static bool replacesAnswer(Fault fault);
    // Whether the action's answer goes out cut in half.
    static bool truncates(Fault fault) { return fault == Fault::TruncatedJson; }
    // The first half of body: what a connection that broke off in the middle leaves.
    static QByteArray truncated(const QByteArray &body) { return body.left(body.size() / 2); }
    // "Fault.<Name>", the requestHandled code of a fault that has no error code of its own.
    static QString code(Fault fault);

    // The answer of a fault that replacesAnswer(); sampleJobId: a batch the oversized body names.
    static Response response(Fault fault, const ResponseEncoder &encoder, const QString &requestId,
                             const QString &sampleJobId);

private:
    Fault m_fault = Fault::None;
    OtaSimulator::FaultRule m_rule;
};
