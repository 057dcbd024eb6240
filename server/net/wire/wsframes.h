#pragma once

// WebSocket framing (RFC 6455 §5) for the server side, as bytes in and bytes out: a decoder
// of the client's frames and an encoder of the server's. No socket, no event loop, no QString:
// it runs for every frame of thousands of tablets.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace quorum::wire {

/** Frame opcodes (RFC 6455 §5.2). */
enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

/** Close status codes (RFC 6455 §7.4.1) the server sends or receives. */
enum class CloseCode : quint16 {
    Normal = 1000,
    GoingAway = 1001,
    ProtocolError = 1002,
    UnsupportedData = 1003,
    NoStatus = 1005, ///< received a close frame without a code (never sent)
    Abnormal = 1006, ///< the connection ended without a close frame (never sent)
    InvalidPayload = 1007,
    PolicyViolated = 1008,
    TooBig = 1009,
    MissingExtension = 1010,
    InternalError = 1011,
};

/** Whether a peer may send this code in a close frame (§7.4: 1000-1003, 1007-1011, 3000-4999). */
bool isValidReceivedCloseCode(quint16 code);

/** One thing the client said: a whole message, a control frame. */
struct FrameEvent
{
    enum class Kind : quint8 { Binary, Text, Ping, Pong, Close };
    Kind kind = Kind::Binary;
    /** Close only: the code received, CloseCode::NoStatus (1005) when the frame had none. */
    quint16 closeCode = 0;
    /**
     * Binary, Text: the whole message (unmasked, text checked as UTF-8). Ping, Pong: the
     * payload (at most 125 bytes). Close: the reason (UTF-8, at most 123 bytes).
     */
    QByteArray payload;
};

/** Why the decoder stopped: each maps to the close code the server answers with. */
enum class FrameError : quint8 {
    None,
    Unmasked, ///< a client frame without a mask (1002)
    ReservedBits, ///< RSV1-3 set, no extension was negotiated (1002)
    UnknownOpcode, ///< opcodes 3-7, 0xB-0xF (1002)
    ControlTooLong, ///< a ping, pong or close with more than 125 bytes (1002)
    ControlFragmented, ///< a ping, pong or close without FIN (1002)
    UnexpectedContinuation, ///< a continuation frame with no message started (1002)
    ExpectedContinuation, ///< a new text/binary frame inside a fragmented message (1002)
    LengthNotMinimal, ///< a length in more bytes than needed (§5.2: 1002)
    LengthTopBitSet, ///< a 64-bit length with its most significant bit set (1002)
    MessageTooBig, ///< the message would exceed the maximum (1009), found before buffering it
    InvalidUtf8, ///< a text message that is not UTF-8 (1007)
    BadClosePayload, ///< a close frame with one byte of payload (1002)
    BadCloseCode, ///< a close code a peer may not send (§7.4, 1002)
    InvalidCloseReason, ///< a close reason that is not UTF-8 (1007)
};

/** The close code to answer an error with (1002, 1007 or 1009). */
CloseCode closeCodeFor(FrameError error);

/** A short English description of an error: the close frame's reason and the log's. */
const char *describe(FrameError error);

/**
 * Decodes one client's frames incrementally (RFC 6455 §5): feed it bytes as they arrive, in
 * pieces of any size, and it appends what they complete: reassembled messages, pings, pongs,
 * a close. It copies each payload byte once, unmasking it straight into the message (8 bytes
 * at a time); it keeps at most a frame header and a control payload between calls, never the
 * raw bytes. A message is refused as soon as its announced length would exceed the maximum,
 * before any of it is buffered; the buffer of a message grows with what arrives, not with
 * what the header announces.
 *
 * After an error the decoder stays failed (feed returns false, error() says why): the caller
 * sends a close frame with closeCodeFor(error()) and closes. After a Close event the decoder
 * ignores further bytes (§5.5.1: nothing follows a close).
 */
class FrameDecoder
{
public:
    explicit FrameDecoder(qint64 maxMessageBytes);

    /**
     * Decodes `size` bytes, appending completed events to `events` (which it never clears:
     * the caller reuses one list to allocate nothing per call). Events decoded before an
     * error in the same bytes are appended too, and are valid. Returns false on an error.
     */
    bool feed(const char *data, qsizetype size, QList<FrameEvent> &events);
    bool feed(QByteArrayView bytes, QList<FrameEvent> &events)
    {
        return feed(bytes.data(), bytes.size(), events);
    }

    FrameError error() const { return m_error; }
    /** True once a Close event was decoded. */
    bool isClosed() const { return m_closed; }
    /** Bytes held for a message not yet complete (for the engine's per-tablet accounting). */
    qsizetype bufferedBytes() const { return m_message.size(); }

private:
    enum class Stage : quint8 { Header, Payload };

    bool fail(FrameError error);
    bool checkStart(); // the first two header bytes; false on error
    int headerSize() const; // once the first two bytes are in
    bool parseHeader(); // from m_header once m_headerHave == headerSize(); false on error
    bool finishFrame(QList<FrameEvent> &events); // false on error

    qint64 m_maxMessageBytes;
    FrameError m_error = FrameError::None;
    bool m_closed = false;

    Stage m_stage = Stage::Header;
    unsigned char m_header[14] = {};
    int m_headerHave = 0;

    // The frame being read.
    bool m_fin = false;
    Opcode m_opcode = Opcode::Continuation;
    unsigned char m_mask[4] = {};
    quint64 m_remaining = 0; // payload bytes of this frame not yet read
    quint64 m_maskOffset = 0; // payload bytes of this frame already read

    // The message being reassembled (text or binary), and the control frame being read.
    bool m_inMessage = false;
    Opcode m_messageOpcode = Opcode::Binary;
    QByteArray m_message;
    char m_control[125] = {};
    int m_controlSize = 0;
};

/** The largest server frame header: 2 bytes, 8 of length, no mask. */
constexpr int MaxFrameHeaderBytes = 10;

/**
 * Writes the header of a final, unmasked server frame with `size` payload bytes into `out`
 * and returns its length (2, 4 or 10). The engine writes it and the shared serialized frame
 * with one writev, so a frame sent to a thousand tablets is never copied per tablet.
 */
int frameHeader(Opcode opcode, quint64 size, char out[MaxFrameHeaderBytes]);

/** Appends a final, unmasked frame (header and payload) to `out`. */
void appendFrame(QByteArray &out, Opcode opcode, const char *payload, qsizetype size);
inline void appendFrame(QByteArray &out, Opcode opcode, QByteArrayView payload)
{
    appendFrame(out, opcode, payload.data(), payload.size());
}

/**
 * Appends a close frame with `code` and `reason` (UTF-8; cut to the 123 bytes a control frame
 * leaves for it, at a character boundary).
 */
void appendCloseFrame(QByteArray &out, CloseCode code, QByteArrayView reason = {});

/** Appends the pong answering a ping with `payload` (§5.5.3: the same payload). */
void appendPong(QByteArray &out, QByteArrayView payload);

} // namespace quorum::wire
