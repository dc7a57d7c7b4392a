#pragma once

#include "api/PercentEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class QHttpServerRequest;

// One request as the gateway received it, decoded once, and what authentication found out about it.
struct SimRequest
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    QByteArray method; // "GET" or "POST"
    QueryPairs query; // the URL query only (V3 signs this part)
    QueryPairs params; // query + form body (V1 signs all of them; operations read them)
    Headers headers; // names lowercased
    QByteArray body;
    QString hostId;
    bool xml = false;
    // Filled in by GatewayAuth (from the parameters for V1, the x-acs-* headers and Authorization for V3).
    QString accessKeyId;
    QString action;
    QString version;

    // The first value of a parameter; empty when absent.
    QString param(const QString &name) const;
    bool hasHeader(const QByteArray &lowerName) const;
    QByteArray header(const QByteArray &lowerName) const;

    // method is "GET" or "POST"; rawQuery percent-encoded as received; headers in any case.
    static SimRequest decode(const QByteArray &method, const QByteArray &rawQuery, const Headers &headers,
                             const QByteArray &body);
    // Other HTTP methods decode as GET (the gateway refuses them before reading anything).
    static SimRequest fromHttp(const QHttpServerRequest &request);
};
