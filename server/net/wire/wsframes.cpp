#include "wsframes.h"

#include <cstring>

namespace quorum::wire {

namespace {

constexpr int MaxControlPayload = 125; // RFC 6455 §5.5
constexpr quint64 AsciiBits = 0x8080808080808080ULL;

bool isControl(Opcode opcode)
{
    return (quint8(opcode) & 0x8) != 0;
}

// XORs n bytes of a frame's payload with its mask, from `offset` bytes into the payload.
void unmask(
    char *dst, const unsigned char *src, qsizetype n, const unsigned char mask[4], quint64 offset)
{
    unsigned char rotated[8];
    for (int i = 0; i < 8; ++i)
        rotated[i] = mask[(offset + quint64(i)) & 3];
    quint64 key;
    std::memcpy(&key, rotated, 8);
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, src + i, 8);
        word ^= key;
        std::memcpy(dst + i, &word, 8);
    }
    for (; i < n; ++i)
        dst[i] = char(src[i] ^ rotated[i & 7]);
}

// Well-formed UTF-8 (Unicode 15, table 3-7): no overlong forms, no surrogates, nothing past
// U+10FFFF. ASCII, most of any text, is skipped 8 bytes at a time.
bool isValidUtf8(const char *data, qsizetype n)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & AsciiBits) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
            length = 3;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return false;
        }
        if (n - i < length || s[i + 1] < low || s[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

} // namespace

bool isValidReceivedCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011)
        || (code >= 3000 && code <= 4999);
}

CloseCode closeCodeFor(FrameError error)
{
    switch (error) {
    case FrameError::MessageTooBig:
        return CloseCode::TooBig;
    case FrameError::InvalidUtf8:
    case FrameError::InvalidCloseReason:
        return CloseCode::InvalidPayload;
    case FrameError::None:
        return CloseCode::Normal;
    default:
        return CloseCode::ProtocolError;
    }
}

const char *describe(FrameError error)
{
    switch (error) {
    case FrameError::None:
        return "no error";
    case FrameError::Unmasked:
        return "unmasked client frame";
    case FrameError::ReservedBits:
        return "reserved bits set";
    case FrameError::UnknownOpcode:
        return "unknown opcode";
    case FrameError::ControlTooLong:
        return "control frame over 125 bytes";
    case FrameError::ControlFragmented:
        return "fragmented control frame";
    case FrameError::UnexpectedContinuation:
        return "continuation without a message";
    case FrameError::ExpectedContinuation:
        return "new message inside a fragmented one";
    case FrameError::LengthNotMinimal:
        return "length not minimally encoded";
    case FrameError::LengthTopBitSet:
        return "64-bit length with its top bit set";
    case FrameError::MessageTooBig:
        return "message too big";
    case FrameError::InvalidUtf8:
        return "text message is not UTF-8";
    case FrameError::BadClosePayload:
        return "close frame with a 1-byte payload";
    case FrameError::BadCloseCode:
        return "invalid close code";
    case FrameError::InvalidCloseReason:
        return "close reason is not UTF-8";
    }
    return "unknown error";
}

FrameDecoder::FrameDecoder(qint64 maxMessageBytes)
    : m_maxMessageBytes(qMax<qint64>(0, maxMessageBytes))
{ }

bool FrameDecoder::fail(FrameError error)
{
    m_error = error;
    m_message = QByteArray();
    return false;
}

bool FrameDecoder::feed(const char *data, qsizetype size, QList<FrameEvent> &events)
{
    if (m_error != FrameError::None)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end && !m_closed) {
        if (m_stage == Stage::Header) {
            if (m_headerHave < 2) {
                m_header[m_headerHave++] = *p++;
                if (m_headerHave < 2)
                    continue;
                // The first two bytes say all that can be refused early, and the header's size.
                if (!checkStart())
                    return false;
            }
            const int need = headerSize();
            const int take = int(qMin<qsizetype>(need - m_headerHave, end - p));
            std::memcpy(m_header + m_headerHave, p, size_t(take));
            m_headerHave += take;
            p += take;
            if (m_headerHave < need)
                break;
            if (!parseHeader())
                return false;
            m_headerHave = 0;
            m_stage = Stage::Payload;
            if (m_remaining == 0 && !finishFrame(events))
                return false;
            continue;
        }
        const qsizetype n = qsizetype(qMin<quint64>(m_remaining, quint64(end - p)));
        char *dst;
        if (isControl(m_opcode)) {
            dst = m_control + m_controlSize;
            m_controlSize += int(n);
        } else {
            const qsizetype old = m_message.size();
            if (old + n > m_message.capacity()) {
                // Grow with what arrives (doubling), never past what the frame announced: a
                // client announcing 4 MiB and sending one byte holds one byte's worth.
                const qsizetype frameEnd = old + qsizetype(m_remaining);
                m_message.reserve(qMin(frameEnd, qMax(old + n, 2 * m_message.capacity())));
            }
            m_message.resize(old + n);
            dst = m_message.data() + old;
        }
        unmask(dst, p, n, m_mask, m_maskOffset);
        m_maskOffset += quint64(n);
        m_remaining -= quint64(n);
        p += n;
        if (m_remaining == 0 && !finishFrame(events))
            return false;
    }
    return true;
}

bool FrameDecoder::checkStart()
{
    const unsigned char b0 = m_header[0];
    const unsigned char b1 = m_header[1];
    if (b0 & 0x70)
        return fail(FrameError::ReservedBits);
    const quint8 op = b0 & 0x0F;
    if (op > 0xA || (op > 0x2 && op < 0x8))
        return fail(FrameError::UnknownOpcode);
    m_fin = (b0 & 0x80) != 0;
    m_opcode = Opcode(op);
    if (!(b1 & 0x80))
        return fail(FrameError::Unmasked);
    const int length7 = b1 & 0x7F;
    if (isControl(m_opcode)) {
        if (!m_fin)
            return fail(FrameError::ControlFragmented);
        if (length7 > MaxControlPayload)
            return fail(FrameError::ControlTooLong);
    } else if (m_opcode == Opcode::Continuation) {
        if (!m_inMessage)
            return fail(FrameError::UnexpectedContinuation);
    } else if (m_inMessage) {
        return fail(FrameError::ExpectedContinuation);
    }
    return true;
}

int FrameDecoder::headerSize() const
{
    const int length7 = m_header[1] & 0x7F;
    return 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + 4;
}

bool FrameDecoder::parseHeader()
{
    const int length7 = m_header[1] & 0x7F;
    quint64 length = quint64(length7);
    int at = 2;
    if (length7 == 126) {
        length = (quint64(m_header[2]) << 8) | m_header[3];
        at = 4;
        if (length < 126)
            return fail(FrameError::LengthNotMinimal);
    } else if (length7 == 127) {
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | m_header[i];
        at = 10;
        if (length >> 63)
            return fail(FrameError::LengthTopBitSet);
        if (length <= 0xFFFF)
            return fail(FrameError::LengthNotMinimal);
    }
    std::memcpy(m_mask, m_header + at, 4);
    m_remaining = length;
    m_maskOffset = 0;
    if (isControl(m_opcode)) {
        m_controlSize = 0;
        return true;
    }
    // Refused on the announced length, before a byte of it is buffered.
    if (length > quint64(m_maxMessageBytes - m_message.size()))
        return fail(FrameError::MessageTooBig);
    if (m_opcode != Opcode::Continuation) {
        m_inMessage = true;
        m_messageOpcode = m_opcode;
    }
    return true;
}

bool FrameDecoder::finishFrame(QList<FrameEvent> &events)
{
    m_stage = Stage::Header;
    switch (m_opcode) {
    case Opcode::Ping:
    case Opcode::Pong: {
        FrameEvent event;
        event.kind = m_opcode == Opcode::Ping ? FrameEvent::Kind::Ping : FrameEvent::Kind::Pong;
        if (m_controlSize > 0)
            event.payload = QByteArray(m_control, m_controlSize);
        events.append(std::move(event));
        return true;
    }
    case Opcode::Close: {
        FrameEvent event;
        event.kind = FrameEvent::Kind::Close;
        event.closeCode = quint16(CloseCode::NoStatus);
        if (m_controlSize == 1)
            return fail(FrameError::BadClosePayload);
        if (m_controlSize >= 2) {
            const auto *c = reinterpret_cast<const unsigned char *>(m_control);
            event.closeCode = quint16((c[0] << 8) | c[1]);
            if (!isValidReceivedCloseCode(event.closeCode))
                return fail(FrameError::BadCloseCode);
            if (!isValidUtf8(m_control + 2, m_controlSize - 2))
                return fail(FrameError::InvalidCloseReason);
            if (m_controlSize > 2)
                event.payload = QByteArray(m_control + 2, m_controlSize - 2);
        }
        events.append(std::move(event));
        m_closed = true;
        m_message = QByteArray();
        return true;
    }
    default:
        break;
    }
    if (!m_fin)
        return true;
    const bool text = m_messageOpcode == Opcode::Text;
    if (text && !isValidUtf8(m_message.constData(), m_message.size()))
        return fail(FrameError::InvalidUtf8);
    FrameEvent event;
    event.kind = text ? FrameEvent::Kind::Text : FrameEvent::Kind::Binary;
    event.payload = std::move(m_message);
    m_message = QByteArray();
    m_inMessage = false;
    events.append(std::move(event));
    return true;
}

int frameHeader(Opcode opcode, quint64 size, char out[MaxFrameHeaderBytes])
{
    out[0] = char(0x80 | quint8(opcode));
    if (size < 126) {
        out[1] = char(size);
        return 2;
    }
    if (size <= 0xFFFF) {
        out[1] = char(126);
        out[2] = char(size >> 8);
        out[3] = char(size);
        return 4;
    }
    out[1] = char(127);
    for (int i = 0; i < 8; ++i)
        out[2 + i] = char(size >> (56 - 8 * i));
    return 10;
}

void appendFrame(QByteArray &out, Opcode opcode, const char *payload, qsizetype size)
{
    char header[MaxFrameHeaderBytes];
    const int headerBytes = frameHeader(opcode, quint64(size), header);
    const qsizetype old = out.size();
    out.resize(old + headerBytes + size);
    char *dst = out.data() + old;
    std::memcpy(dst, header, size_t(headerBytes));
    if (size > 0)
        std::memcpy(dst + headerBytes, payload, size_t(size));
}

void appendCloseFrame(QByteArray &out, CloseCode code, QByteArrayView reason)
{
    char payload[MaxControlPayload];
    payload[0] = char(quint16(code) >> 8);
    payload[1] = char(quint16(code));
    qsizetype reasonBytes = qMin<qsizetype>(reason.size(), MaxControlPayload - 2);
    // Cut before a continuation byte, never inside a character.
    if (reasonBytes < reason.size()) {
        while (reasonBytes > 0 && (quint8(reason[reasonBytes]) & 0xC0) == 0x80)
            --reasonBytes;
    }
    if (reasonBytes > 0)
        std::memcpy(payload + 2, reason.data(), size_t(reasonBytes));
    appendFrame(out, Opcode::Close, payload, 2 + reasonBytes);
}

void appendPong(QByteArray &out, QByteArrayView payload)
{
    appendFrame(
        out, Opcode::Pong, payload.data(), qMin<qsizetype>(payload.size(), MaxControlPayload));
}

} // namespace quorum::wire
