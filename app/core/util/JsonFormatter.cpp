#include "util/JsonFormatter.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

namespace JsonFormatter {

namespace {
// A tiny recursive-descent reader that keeps tokens verbatim, so numbers are never reformatted.
class Reader
{
public:
    explicit Reader(const QByteArray &input) : m_in(input) { }

    bool run(QByteArray &out)
    {
        skipSpace();
        if (!value(out, 0))
            return false;
        skipSpace();
        if (m_pos != m_in.size())
            return fail("trailing characters after the JSON value");
        return true;
    }
    QString error() const { return m_error; }

private:
    static constexpr int kMaxDepth = 256;

    bool fail(const char *what)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("JsonFormatter", "Invalid JSON at byte %1: %2")
                              .arg(m_pos)
                              .arg(QString::fromLatin1(what));
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_in.size()
               && (m_in[m_pos] == ' ' || m_in[m_pos] == '\n' || m_in[m_pos] == '\r' || m_in[m_pos] == '\t'))
            ++m_pos;
    }
    static void indent(QByteArray &out, int depth) { out.append(QByteArray(depth, '\t')); }

    bool value(QByteArray &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nesting too deep");
        if (m_pos >= m_in.size())
            return fail("unexpected end of input");
        const char c = m_in[m_pos];
        if (c == '{')
            return object(out, depth);
        if (c == '[')
            return array(out, depth);
        if (c == '"')
            return string(out);
        if (c == '-' || (c >= '0' && c <= '9'))
            return number(out);
        for (const char *literal : {"true", "false", "null"}) {
            const QByteArrayView word(literal);
            if (m_in.sliced(m_pos).startsWith(word)) {
                out.append(word);
                m_pos += word.size();
                return true;
            }
        }
        return fail("unexpected character");
    }

    bool string(QByteArray &out)
    {
        QByteArray raw;
        if (!readString(raw))
            return false;
        writeString(raw, out);
        return true;
    }

    // Escapes the way Go's encoder (SetEscapeHTML(false)) writes strings.
    static void writeString(const QByteArray &raw, QByteArray &out)
    {
        static constexpr char hex[] = "0123456789abcdef";
        out.append('"');
        for (const char ch : raw) {
            const auto u = static_cast<unsigned char>(ch);
            switch (ch) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                if (u < 0x20) {
                    out.append("\\u00");
                    out.append(hex[u >> 4]);
                    out.append(hex[u & 0xF]);
                } else {
                    out.append(ch);
                }
            }
        }
        out.append('"');
    }

    // Reads a JSON string into its decoded UTF-8 bytes.
    bool readString(QByteArray &raw)
    {
        ++m_pos; // opening quote
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in string");
            if (c != '\\') {
                raw.append(c);
                continue;
            }
            if (m_pos >= m_in.size())
                break;
            const char e = m_in[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                raw.append(e);
                break;
            case 'b':
                raw.append('\b');
                break;
            case 'f':
                raw.append('\f');
                break;
            case 'n':
                raw.append('\n');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 't':
                raw.append('\t');
                break;
            case 'u': {
                char32_t code = 0;
                if (!hex4(code))
                    return fail("bad \\u escape");
                if (code >= 0xD800 && code <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_pos + 1 < m_in.size() && m_in[m_pos] == '\\' && m_in[m_pos + 1] == 'u') {
                        m_pos += 2;
                        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                            return fail("bad surrogate pair");
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    } else {
                        code = 0xFFFD;
                    }
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    code = 0xFFFD;
                }
                raw.append(QString::fromUcs4(&code, 1).toUtf8());
                break;
            }
            default:
                return fail("bad escape");
            }
        }
        return fail("unterminated string");
    }

    bool hex4(char32_t &code)
    {
        if (m_pos + 4 > m_in.size())
            return false;
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_in[m_pos++];
            code <<= 4;
            if (h >= '0' && h <= '9')
                code |= char32_t(h - '0');
            else if (h >= 'a' && h <= 'f')
                code |= char32_t(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                code |= char32_t(h - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    bool number(QByteArray &out)
    {
        const qsizetype start = m_pos;
        if (m_in[m_pos] == '-')
            ++m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
                ++m_pos;
            return m_pos > from;
        };
        if (m_pos < m_in.size() && m_in[m_pos] == '0')
            ++m_pos;
        else if (!digits())
            return fail("bad number");
        if (m_pos < m_in.size() && m_in[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail("bad number");
        }
        if (m_pos < m_in.size() && (m_in[m_pos] == 'e' || m_in[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == '+' || m_in[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail("bad number");
        }
        out.append(m_in.sliced(start, m_pos - start));
        return true;
    }

    bool object(QByteArray &out, int depth)
    {
        ++m_pos;
        std::vector<std::pair<QByteArray, QByteArray>> members; // decoded key, formatted value
        skipSpace();
        if (m_pos < m_in.size() && m_in[m_pos] == '}') {
            ++m_pos;
            out.append("{}");
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_in.size() || m_in[m_pos] != '"')
                return fail("expected a key");
            QByteArray key;
            if (!readString(key))
                return false;
            skipSpace();
            if (m_pos >= m_in.size() || m_in[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            skipSpace();
            QByteArray formatted;
            if (!value(formatted, depth + 1))
                return false;
            members.emplace_back(std::move(key), std::move(formatted));
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_in.size() && m_in[m_pos] == '}') {
                ++m_pos;
                break;
            }
            return fail("expected ',' or '}'");
        }
        std::stable_sort(members.begin(), members.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        out.append("{\n");
        for (size_t i = 0; i < members.size(); ++i) {
            indent(out, depth + 1);
            writeString(members[i].first, out);
            out.append(": ");
            out.append(members[i].second);
            out.append(i + 1 < members.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
        return true;
    }

    bool array(QByteArray &out, int depth)
    {
        ++m_pos;
        skipSpace();
        if (m_pos < m_in.size() && m_in[m_pos] == ']') {
            ++m_pos;
            out.append("[]");
            return true;
        }
        out.append("[\n");
        while (true) {
            skipSpace();
            indent(out, depth + 1);
            if (!value(out, depth + 1))
                return false;
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                ++m_pos;
                out.append(",\n");
                continue;
            }
            if (m_pos < m_in.size() && m_in[m_pos] == ']') {
                ++m_pos;
                out.append('\n');
                break;
            }
            return fail("expected ',' or ']'");
        }
        indent(out, depth);
        out.append(']');
        return true;
    }

    const QByteArray &m_in;
    qsizetype m_pos = 0;
    QString m_error;
};
} // namespace

std::optional<QByteArray> sortedIndented(const QByteArray &json, QString *error)
{
    Reader reader(json);
    QByteArray out;
    if (!reader.run(out)) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return out;
}

} // namespace JsonFormatter
