#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace quorum {

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    m_lineStarts << 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json[i] == '\n')
            m_lineStarts << i + 1;
    }
    skipSpace();
    if (m_pos < m_json.size())
        scanValue(QString());
}

TextPosition JsonLocator::at(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_json.size());
    const auto line = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - 1;
    // Columns count characters, not bytes: UTF-8 continuation bytes do not start one.
    int column = 1;
    for (qsizetype i = *line; i < offset; ++i) {
        if ((uchar(m_json[i]) & 0xC0) != 0x80)
            ++column;
    }
    return { int(line - m_lineStarts.cbegin()) + 1, column };
}

TextPosition JsonLocator::valueAt(const QString &path) const
{
    QString p = path;
    for (;;) {
        const auto it = m_values.constFind(p);
        if (it != m_values.cend())
            return at(*it);
        if (p.isEmpty())
            return at(0);
        const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
        p = slash < 0 ? QString() : p.left(slash);
    }
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()
        && (m_json[m_pos] == ' ' || m_json[m_pos] == '\n' || m_json[m_pos] == '\r'
            || m_json[m_pos] == '\t'))
        ++m_pos;
}

QString JsonLocator::scanString()
{
    const qsizetype start = m_pos; // at the opening quote
    ++m_pos;
    while (m_pos < m_json.size() && m_json[m_pos] != '"')
        m_pos += m_json[m_pos] == '\\' ? 2 : 1;
    ++m_pos;
    // The key decoded as JSON does it (escapes included).
    const QByteArray quoted = '[' + m_json.mid(start, m_pos - start) + ']';
    return QJsonDocument::fromJson(quoted).array().at(0).toString();
}

QPair<qsizetype, qsizetype> JsonLocator::valueRange(const QString &path) const
{
    if (!m_values.contains(path))
        return { -1, -1 };
    return { m_values.value(path), m_ends.value(path) };
}

void JsonLocator::scanValue(const QString &path)
{
    m_values.insert(path, m_pos);
    scanValueBody(path);
    m_ends.insert(path, std::min(m_pos, m_json.size()));
}

void JsonLocator::scanValueBody(const QString &path)
{
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    const char c = m_pos < m_json.size() ? m_json[m_pos] : '\0';
    if (c == '{') {
        ++m_pos;
        QSet<QString> keys;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == '}') {
                ++m_pos;
                return;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const QString key = scanString();
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            if (keys.contains(key)) {
                // QJsonDocument keeps one of the two: the error names the second.
                m_duplicates << Duplicate{ prefix + key, m_pos };
                scanValue(prefix + key + QStringLiteral("/#duplicate"));
            } else {
                keys.insert(key);
                scanValue(prefix + key);
            }
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == ']') {
                ++m_pos;
                return;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            scanValue(prefix + QString::number(index++));
        }
    } else if (c == '"') {
        scanString();
    } else {
        while (m_pos < m_json.size() && !std::strchr(",]} \t\r\n", m_json[m_pos]))
            ++m_pos;
    }
}

} // namespace quorum
