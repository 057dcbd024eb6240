#include "wsupgrade.h"

#include <QCryptographicHash>

#include <cstring>

namespace quorum::wire {

namespace {

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isOws(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isOws(v.back()))
        v.chop(1);
    return v;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

// RFC 7230 §3.2.6: a header name is a token.
bool isTokenChar(char c)
{
    if (c >= '0' && c <= '9')
        return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Whether a comma-separated header value lists `token` (case-insensitive). For Upgrade, a
// protocol may carry a version (`websocket/13`): the name before the slash is what counts.
bool listsToken(QByteArrayView list, QByteArrayView token, bool ignoreVersion)
{
    while (true) {
        const qsizetype comma = list.indexOf(',');
        QByteArrayView item = trimmed(comma < 0 ? list : list.first(comma));
        if (ignoreVersion) {
            const qsizetype slash = item.indexOf('/');
            if (slash >= 0)
                item = item.first(slash);
        }
        if (equalsIgnoringCase(item, token))
            return true;
        if (comma < 0)
            return false;
        list = list.sliced(comma + 1);
    }
}

// Visible ASCII without spaces: what an origin-form request target may hold.
bool isTargetChar(char c)
{
    return c > 0x20 && c < 0x7f;
}

UpgradeError parseHead(QByteArrayView head, QByteArray &target, QByteArray &key)
{
    // The request line.
    qsizetype eol = head.indexOf("\r\n");
    const QByteArrayView requestLine = head.first(eol);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return UpgradeError::BadRequestLine;
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView uri = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method) || uri.front() != '/')
        return UpgradeError::BadRequestLine;
    for (char c : uri) {
        if (!isTargetChar(c))
            return UpgradeError::BadRequestLine;
    }
    if (method != "GET")
        return UpgradeError::NotGet;
    if (version != "HTTP/1.1")
        return UpgradeError::BadHttpVersion;

    // The headers, one per line (no folding: RFC 7230 §3.2.4 lets a server refuse it).
    int hosts = 0;
    int keys = 0;
    bool upgrade = false;
    bool connection = false;
    bool version13 = false;
    bool otherVersion = false;
    QByteArrayView keyValue;
    head = head.sliced(eol + 2);
    while (!head.isEmpty()) {
        eol = head.indexOf("\r\n");
        const QByteArrayView line = head.first(eol);
        head = head.sliced(eol + 2);
        if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
            return UpgradeError::BadHeaderLine;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return UpgradeError::BadHeaderLine;
        const QByteArrayView name = line.first(colon);
        if (!isToken(name)) // also refuses a folded line and a space before the colon
            return UpgradeError::BadHeaderLine;
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (equalsIgnoringCase(name, "Host")) {
            ++hosts;
        } else if (equalsIgnoringCase(name, "Upgrade")) {
            upgrade = upgrade || listsToken(value, "websocket", true);
        } else if (equalsIgnoringCase(name, "Connection")) {
            connection = connection || listsToken(value, "upgrade", false);
        } else if (equalsIgnoringCase(name, "Sec-WebSocket-Version")) {
            if (value == "13")
                version13 = true;
            else
                otherVersion = true;
        } else if (equalsIgnoringCase(name, "Sec-WebSocket-Key")) {
            ++keys;
            keyValue = value;
        }
    }
    if (hosts != 1)
        return UpgradeError::MissingHost;
    if (!upgrade)
        return UpgradeError::NotWebSocket;
    if (!connection)
        return UpgradeError::MissingConnectionUpgrade;
    if (!version13 || otherVersion)
        return UpgradeError::UnsupportedVersion;
    if (keys != 1 || keyValue.size() != 24)
        return UpgradeError::BadKey;
    const auto decoded = QByteArray::fromBase64Encoding(
        keyValue.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return UpgradeError::BadKey;
    target = uri.toByteArray();
    key = keyValue.toByteArray();
    return UpgradeError::None;
}

} // namespace

const char *describe(UpgradeError error)
{
    switch (error) {
    case UpgradeError::None:
        return "no error";
    case UpgradeError::HeadTooLarge:
        return "request head too large";
    case UpgradeError::BadRequestLine:
        return "malformed request line";
    case UpgradeError::NotGet:
        return "method is not GET";
    case UpgradeError::BadHttpVersion:
        return "not HTTP/1.1";
    case UpgradeError::BadHeaderLine:
        return "malformed header line";
    case UpgradeError::MissingHost:
        return "missing or repeated Host";
    case UpgradeError::NotWebSocket:
        return "not a WebSocket upgrade";
    case UpgradeError::MissingConnectionUpgrade:
        return "Connection does not list Upgrade";
    case UpgradeError::UnsupportedVersion:
        return "WebSocket version is not 13";
    case UpgradeError::BadKey:
        return "missing or malformed Sec-WebSocket-Key";
    }
    return "unknown error";
}

UpgradeResult UpgradeParser::parse(const char *data, qsizetype size)
{
    if (m_result.status != UpgradeResult::Status::Incomplete)
        return m_result;
    // Refused from its first bytes when it cannot be a GET: a TLS ClientHello on the plain
    // port, or garbage, is answered now, not at the handshake deadline.
    static constexpr char Get[] = "GET ";
    const qsizetype prefix = qMin<qsizetype>(size, 4);
    if (std::memcmp(data, Get, size_t(prefix)) != 0) {
        // Decided on the first byte alone, so that the answer does not depend on how much of
        // the line had arrived (a letter: some other method; anything else: not HTTP).
        const bool method = data[0] >= 'A' && data[0] <= 'Z';
        m_result.status = UpgradeResult::Status::Bad;
        m_result.error = method ? UpgradeError::NotGet : UpgradeError::BadRequestLine;
        return m_result;
    }
    // Resume a little before where the last call stopped: CRLF CRLF may straddle the two.
    const qsizetype limit = qMin(size, m_maxHeadBytes);
    qsizetype end = -1;
    for (qsizetype i = qMax<qsizetype>(0, m_scanned - 3); i + 4 <= limit; ++i) {
        const char *p = static_cast<const char *>(std::memchr(data + i, '\r', size_t(limit - i)));
        if (!p)
            break;
        i = p - data;
        if (i + 4 <= limit && std::memcmp(p, "\r\n\r\n", 4) == 0) {
            end = i + 4;
            break;
        }
    }
    if (end < 0) {
        m_scanned = limit;
        if (size >= m_maxHeadBytes) {
            m_result.status = UpgradeResult::Status::Bad;
            m_result.error = UpgradeError::HeadTooLarge;
        }
        return m_result;
    }
    // The head without its final CRLF: every line, the request line first, ends in CRLF.
    const UpgradeError error
        = parseHead(QByteArrayView(data, end - 2), m_result.target, m_result.key);
    if (error != UpgradeError::None) {
        m_result.status = UpgradeResult::Status::Bad;
        m_result.error = error;
        return m_result;
    }
    m_result.status = UpgradeResult::Status::Ok;
    m_result.consumed = end;
    return m_result;
}

QByteArray acceptKey(QByteArrayView key)
{
    // RFC 6455 §1.3: the GUID every server appends to the key before hashing.
    static constexpr char Guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(key);
    sha1.addData(QByteArrayView(Guid, sizeof Guid - 1));
    return sha1.result().toBase64();
}

QByteArray switchingProtocolsResponse(QByteArrayView key)
{
    return QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n"
                             "Upgrade: websocket\r\n"
                             "Connection: Upgrade\r\n"
                             "Sec-WebSocket-Accept: ")
        + acceptKey(key) + QByteArrayLiteral("\r\n\r\n");
}

QByteArray rejectionResponse(UpgradeError error)
{
    const QByteArray body = QByteArray(describe(error)) + '\n';
    const bool upgradeRequired
        = error == UpgradeError::UnsupportedVersion || error == UpgradeError::NotWebSocket;
    QByteArray response = upgradeRequired ? QByteArrayLiteral("HTTP/1.1 426 Upgrade Required\r\n"
                                                              "Upgrade: websocket\r\n"
                                                              "Sec-WebSocket-Version: 13\r\n")
                                          : QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
    response += "Connection: close\r\n"
                "Content-Type: text/plain\r\n"
                "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

} // namespace quorum::wire
