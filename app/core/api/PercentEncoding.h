#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

using QueryPairs = QList<std::pair<QString, QString>>;

// RFC 3986 percent-encoding as Alibaba Cloud's RPC and V3 signatures define it.
namespace PercentEncoding {

// UTF-8 bytes; A-Z a-z 0-9 - _ . ~ stay literal, every other byte becomes %XX (uppercase hex).
QByteArray encode(const QString &value);
QByteArray encodeBytes(QByteArrayView utf8);

// Decodes %XX sequences; '+' becomes a space when plusIsSpace (form bodies).
QString decode(QByteArrayView encoded, bool plusIsSpace = false);

// Parses "a=b&c=d" (query string or form body) into decoded pairs, in order.
QueryPairs parseQuery(QByteArrayView encoded, bool plusIsSpace);

// Sorted by name in byte order, each "enc(name)=enc(value)", joined with '&'.
QByteArray canonicalQuery(const QueryPairs &pairs);

} // namespace PercentEncoding
