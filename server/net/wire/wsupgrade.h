#pragma once

// The server side of the WebSocket opening handshake (RFC 6455 §4.2), as bytes in and bytes
// out: no socket, no event loop. The wire engine (`--io-engine wire`) feeds it what it read
// from a new connection until it says Ok or Bad, writes the response it builds, and hands the
// bytes after the request to a FrameDecoder.

#include <QByteArray>
#include <QByteArrayView>

namespace quorum::wire {

/**
 * The largest request head (request line, headers and the blank line) the server reads. The
 * tablet's QWebSocket sends ~250 bytes; a bound keeps a client that never ends its headers
 * (slowloris) from growing a buffer, and 8 KiB is what common HTTP servers allow.
 */
constexpr qsizetype MaxUpgradeHeadBytes = 8 * 1024;

/** Why an upgrade request is refused: each maps to the HTTP status the client gets. */
enum class UpgradeError {
    None,
    HeadTooLarge, ///< no blank line within the bound (400)
    BadRequestLine, ///< not `METHOD SP target SP version CRLF` (400)
    NotGet, ///< a method other than GET (400)
    BadHttpVersion, ///< not HTTP/1.1 (400)
    BadHeaderLine, ///< a header without a colon, with a bad name, or folded (400)
    MissingHost, ///< no Host header, or more than one (400)
    NotWebSocket, ///< no `Upgrade: websocket` (426, the client asked for plain HTTP)
    MissingConnectionUpgrade, ///< `Connection` does not list `Upgrade` (400)
    UnsupportedVersion, ///< `Sec-WebSocket-Version` missing or not 13 (426 + our version)
    BadKey, ///< `Sec-WebSocket-Key` missing, repeated, or not base64 of 16 bytes (400)
};

/** A short English description of an error, for the server's log (never sent translated). */
const char *describe(UpgradeError error);

/** What the parser made of the bytes so far. */
struct UpgradeResult
{
    enum class Status { Incomplete, Ok, Bad };
    Status status = Status::Incomplete;
    UpgradeError error = UpgradeError::None; ///< Bad only
    /** Ok: the length of the request head; bytes after it are the client's first frames. */
    qsizetype consumed = 0;
    QByteArray target; ///< Ok: the request target as sent (path and query), e.g. `/?x=1`
    QByteArray key; ///< Ok: the Sec-WebSocket-Key as sent (24 base64 characters)
};

/**
 * Parses one client's upgrade request incrementally. The caller keeps the connection's bytes
 * in one buffer that only grows until the parser answers, and calls parse() with the whole
 * buffer after each read; the parser remembers how far it looked for the end of the head, so
 * a request fed one byte at a time costs linear time. One parser per connection; after Ok or
 * Bad it answers the same again.
 */
class UpgradeParser
{
public:
    explicit UpgradeParser(qsizetype maxHeadBytes = MaxUpgradeHeadBytes)
        : m_maxHeadBytes(maxHeadBytes)
    { }

    /** `data`/`size`: every byte the connection has sent so far (the same prefix each call). */
    UpgradeResult parse(const char *data, qsizetype size);
    UpgradeResult parse(QByteArrayView bytes) { return parse(bytes.data(), bytes.size()); }

private:
    qsizetype m_maxHeadBytes;
    qsizetype m_scanned = 0; // where the search for CRLF CRLF resumes
    UpgradeResult m_result;
};

/** The Sec-WebSocket-Accept value for a key: base64(SHA-1(key + the RFC's GUID)). */
QByteArray acceptKey(QByteArrayView key);

/** The complete `101 Switching Protocols` response for a request's key. */
QByteArray switchingProtocolsResponse(QByteArrayView key);

/**
 * The complete response refusing a request (400 Bad Request, or 426 Upgrade Required with
 * `Sec-WebSocket-Version: 13`), with `Connection: close`: the caller closes after writing it.
 */
QByteArray rejectionResponse(UpgradeError error);

} // namespace quorum::wire
