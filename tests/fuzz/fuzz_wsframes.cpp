// Fuzzes the raw engine's WebSocket codec (server/net/wire/): the bytes a hostile client
// sends, to the frame decoder and to the upgrade parser. Beyond "no crash, no sanitizer
// report", each is checked against itself: bytes fed in pieces of any size must give what
// the same bytes give at once (the engine's reads split anywhere), and what the decoder hands
// on must hold the limits it promises.
#include "fuzztarget.h"

#include "wsframes.h"
#include "wsupgrade.h"

#include <cstdlib>
#include <cstring>

using namespace quorum::wire;

namespace {

// Small, so that the fuzzer reaches 1009 with short inputs.
constexpr qint64 MaxMessage = 4096;

struct Decoded
{
    QList<FrameEvent> events;
    FrameError error = FrameError::None;
    bool closed = false;
};

bool sameEvents(const QList<FrameEvent> &a, const QList<FrameEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].closeCode != b[i].closeCode
            || a[i].payload != b[i].payload)
            return false;
    }
    return true;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void fuzzFrames(const char *data, size_t size, quint8 chunking)
{
    Decoded whole;
    {
        FrameDecoder decoder(MaxMessage);
        decoder.feed(data, qsizetype(size), whole.events);
        whole.error = decoder.error();
        whole.closed = decoder.isClosed();
        check(decoder.bufferedBytes() <= MaxMessage);
    }
    Decoded pieces;
    {
        FrameDecoder decoder(MaxMessage);
        size_t at = 0;
        quint32 state = chunking | 1u;
        while (at < size) {
            state = state * 1103515245u + 12345u;
            const size_t n = qMin<size_t>(size - at, 1 + (state >> 16) % 37);
            const bool ok = decoder.feed(data + at, qsizetype(n), pieces.events);
            check(decoder.bufferedBytes() <= MaxMessage);
            if (!ok)
                break;
            at += n;
        }
        pieces.error = decoder.error();
        pieces.closed = decoder.isClosed();
    }
    check(whole.error == pieces.error && whole.closed == pieces.closed);
    check(sameEvents(whole.events, pieces.events));
    for (const FrameEvent &e : whole.events) {
        switch (e.kind) {
        case FrameEvent::Kind::Binary:
        case FrameEvent::Kind::Text:
            check(e.payload.size() <= MaxMessage);
            break;
        case FrameEvent::Kind::Ping:
        case FrameEvent::Kind::Pong:
            check(e.payload.size() <= 125);
            break;
        case FrameEvent::Kind::Close:
            check(e.payload.size() <= 123);
            check(e.closeCode == 1005 || isValidReceivedCloseCode(e.closeCode));
            break;
        }
    }
    if (whole.error != FrameError::None) {
        check(*describe(whole.error) != '\0');
        // What the server answers with is a well-formed close frame.
        QByteArray out;
        appendCloseFrame(out, closeCodeFor(whole.error), describe(whole.error));
        check(out.size() >= 4 && out.size() <= 2 + 125);
    }
}

void fuzzUpgrade(const char *data, size_t size)
{
    UpgradeParser once;
    const UpgradeResult whole = once.parse(data, qsizetype(size));
    // The same growing buffer, a byte more each call, as a slow client sends it.
    UpgradeParser growing;
    UpgradeResult last;
    for (size_t n = 0; n <= size && n <= size_t(MaxUpgradeHeadBytes) + 1; ++n) {
        last = growing.parse(data, qsizetype(n));
        if (last.status != UpgradeResult::Status::Incomplete)
            break;
    }
    check(last.status == whole.status && last.error == whole.error);
    check(last.consumed == whole.consumed && last.key == whole.key);
    if (whole.status == UpgradeResult::Status::Ok) {
        check(whole.consumed <= qsizetype(size) && whole.consumed <= MaxUpgradeHeadBytes);
        check(whole.key.size() == 24 && whole.target.startsWith('/'));
        check(switchingProtocolsResponse(whole.key).endsWith("\r\n\r\n"));
    } else if (whole.status == UpgradeResult::Status::Bad) {
        check(rejectionResponse(whole.error).startsWith("HTTP/1.1 4"));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte picks the target and how the bytes are cut; the rest is the input.
    if (size < 1)
        return 0;
    const quint8 selector = data[0];
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    if (selector & 0x80)
        fuzzUpgrade(bytes, size - 1);
    else
        fuzzFrames(bytes, size - 1, selector);
    return 0;
}

namespace {

QByteArray maskedFrame(quint8 b0, const QByteArray &payload)
{
    QByteArray out;
    out += char(b0);
    const qsizetype n = payload.size();
    if (n < 126) {
        out += char(0x80 | n);
    } else {
        out += char(0x80 | 126);
        out += char(n >> 8);
        out += char(n);
    }
    const char key[4] = { '\x11', '\x22', '\x33', '\x44' };
    out.append(key, 4);
    for (qsizetype i = 0; i < n; ++i)
        out += char(payload[i] ^ key[i % 4]);
    return out;
}

} // namespace

std::vector<std::pair<QString, QByteArray>> fuzz::seeds()
{
    const QByteArray frames = "\x05"; // a frames input, cut in pieces
    const QByteArray upgrade = "\x80"; // an upgrade input
    const QByteArray request = "GET /room?pin=1 HTTP/1.1\r\n"
                               "Host: 192.168.1.20:7450\r\n"
                               "Upgrade: websocket\r\n"
                               "Connection: Upgrade\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                               "Sec-WebSocket-Version: 13\r\n"
                               "\r\n";
    return {
        { QStringLiteral("binary"), frames + maskedFrame(0x82, "hello") },
        { QStringLiteral("fragmented-with-ping"),
            frames + maskedFrame(0x01, "caf") + maskedFrame(0x89, "p")
                + maskedFrame(0x80, "\xc3\xa9") },
        { QStringLiteral("long-16"), frames + maskedFrame(0x82, QByteArray(300, 'x')) },
        { QStringLiteral("close"),
            frames
                + maskedFrame(0x88,
                    QByteArray("\x03\xe8"
                               "bye",
                        5)) },
        { QStringLiteral("oversize-64"),
            frames + QByteArray("\x82\xff\x00\x00\x00\x00\x00\x01\x00\x00\x11\x22\x33\x44", 14) },
        { QStringLiteral("unmasked"),
            frames
                + QByteArray("\x82\x03"
                             "abc") },
        { QStringLiteral("request"), upgrade + request },
        { QStringLiteral("request-bad-key"),
            upgrade + QByteArray(request).replace("dGhlIHNhbXBsZSBub25jZQ==", "AAAA") },
    };
}
