#include "api/PercentEncoding.h"

#include <algorithm>

namespace PercentEncoding {

namespace {
bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

QByteArray encodeBytes(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    // Written through a pointer into a buffer of the worst-case size: this runs for every byte signed.
    QByteArray out(utf8.size() * 3, Qt::Uninitialized);
    char *to = out.data();
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            *to++ = c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            *to++ = '%';
            *to++ = hex[byte >> 4];
            *to++ = hex[byte & 0x0F];
        }
    }
    out.truncate(to - out.constData());
    return out;
}

QByteArray encode(const QString &value)
{
    return encodeBytes(value.toUtf8());
}

QString decode(QByteArrayView encoded, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%' && i + 2 < encoded.size() && hexValue(encoded[i + 1]) >= 0
            && hexValue(encoded[i + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2])));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

QueryPairs parseQuery(QByteArrayView encoded, bool plusIsSpace)
{
    QueryPairs pairs;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView item = encoded.sliced(start, end - start);
        if (!item.isEmpty()) {
            const qsizetype eq = item.indexOf('=');
            if (eq < 0)
                pairs.append({decode(item, plusIsSpace), QString()});
            else
                pairs.append({decode(item.first(eq), plusIsSpace), decode(item.sliced(eq + 1), plusIsSpace)});
        }
        start = end + 1;
    }
    return pairs;
}

QByteArray canonicalQuery(const QueryPairs &pairs)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(pairs.size());
    for (const auto &[name, value] : pairs)
        encoded.append({name.toUtf8(), value.toUtf8()});
    // Byte order of the raw UTF-8 names (uppercase before lowercase), stable for repeated names.
    std::stable_sort(encoded.begin(), encoded.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encodeBytes(name));
        out.append('=');
        out.append(encodeBytes(value));
    }
    return out;
}

} // namespace PercentEncoding
