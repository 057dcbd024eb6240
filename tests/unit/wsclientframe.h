#pragma once

// Client frames as a test or fuzz seed writes them: masked, with every header field chosen,
// including the ones a well-behaved client never sets (reserved bits, long length forms).

#include <QByteArray>

#include <cstdint>

namespace wstest {

enum class LengthForm { Minimal, Sixteen, SixtyFour };

struct ClientFrame
{
    quint8 opcode = 0x2;
    bool fin = true;
    quint8 rsv = 0; // the three reserved bits, 0-7
    bool masked = true;
    LengthForm form = LengthForm::Minimal;
    quint32 maskKey = 0x37fa213d; // the RFC's example key
};

/** `payload` framed as `f` says (masked with its key unless `f.masked` is false). */
inline QByteArray clientFrame(const ClientFrame &f, const QByteArray &payload)
{
    QByteArray out;
    out += char((f.fin ? 0x80 : 0) | ((f.rsv & 7) << 4) | (f.opcode & 0x0F));
    const quint64 size = quint64(payload.size());
    const char maskBit = f.masked ? char(0x80) : char(0);
    LengthForm form = f.form;
    if (form == LengthForm::Minimal)
        form = size < 126    ? LengthForm::Minimal
            : size <= 0xFFFF ? LengthForm::Sixteen
                             : LengthForm::SixtyFour;
    if (form == LengthForm::Minimal) {
        out += char(maskBit | char(size));
    } else if (form == LengthForm::Sixteen) {
        out += char(maskBit | 126);
        out += char(size >> 8);
        out += char(size);
    } else {
        out += char(maskBit | 127);
        for (int i = 0; i < 8; ++i)
            out += char(size >> (56 - 8 * i));
    }
    const char key[4]
        = { char(f.maskKey >> 24), char(f.maskKey >> 16), char(f.maskKey >> 8), char(f.maskKey) };
    if (f.masked)
        out.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out += f.masked ? char(payload[i] ^ key[i % 4]) : payload[i];
    return out;
}

/** A well-formed final client frame. */
inline QByteArray clientFrame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    ClientFrame f;
    f.opcode = opcode;
    f.fin = fin;
    return clientFrame(f, payload);
}

/** A header alone announcing `size` bytes in the 64-bit form (for lengths never sent). */
inline QByteArray clientHeader64(quint8 opcode, quint64 size)
{
    QByteArray out;
    out += char(0x80 | opcode);
    out += char(0x80 | 127);
    for (int i = 0; i < 8; ++i)
        out += char(size >> (56 - 8 * i));
    out += QByteArray("\x37\xfa\x21\x3d", 4);
    return out;
}

/** A close payload: the code big-endian, then the reason. */
inline QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray out;
    out += char(code >> 8);
    out += char(code);
    return out + reason;
}

} // namespace wstest
