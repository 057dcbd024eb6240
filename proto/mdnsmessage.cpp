#include "mdnsmessage.h"

#include <QtEndian>

namespace quorum::mdns {

namespace {
// RFC 1035 §2.3.4: a label is at most 63 bytes, a name at most 255.
constexpr int MaxLabel = 63;
constexpr int MaxName = 255;
constexpr quint16 ClassIn = 1;
constexpr quint16 TopBit = 0x8000; // cache-flush in a record, QU in a question

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void putName(QByteArray &out, const QString &name)
{
    int written = 0;
    for (const QString &label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        QByteArray utf8 = label.toUtf8();
        // An instance name is UTF-8 (RFC 6763 §4.1.3); a longer label would not parse at all.
        if (utf8.size() > MaxLabel)
            utf8.truncate(MaxLabel);
        if (written + utf8.size() + 2 > MaxName)
            break;
        out.append(char(utf8.size()));
        out.append(utf8);
        written += int(utf8.size()) + 1;
    }
    out.append('\0');
}

QByteArray rdata(const Record &record)
{
    QByteArray data;
    switch (record.type) {
    case A: {
        put32(data, record.address.toIPv4Address());
        break;
    }
    case PTR:
        putName(data, record.target);
        break;
    case SRV:
        put16(data, 0); // priority
        put16(data, 0); // weight
        put16(data, record.port);
        putName(data, record.target);
        break;
    case TXT:
        for (QByteArray string : record.txt) {
            string.truncate(255);
            data.append(char(string.size()));
            data.append(string);
        }
        if (record.txt.isEmpty())
            data.append('\0'); // RFC 6763 §6.1: an empty TXT record holds one empty string
        break;
    default:
        break;
    }
    return data;
}

void putRecord(QByteArray &out, const Record &record)
{
    putName(out, record.name);
    put16(out, record.type);
    put16(out, ClassIn | (record.cacheFlush ? TopBit : 0));
    put32(out, record.ttl);
    const QByteArray data = rdata(record);
    put16(out, quint16(data.size()));
    out.append(data);
}

/** Reads the message front to back; any step past the end fails the whole read. */
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    { }
    bool ok() const { return m_ok; }
    int position() const { return m_pos; }
    void seek(int pos) { m_pos = pos; }

    quint16 u16()
    {
        if (!need(2))
            return 0;
        const quint16 v = qFromBigEndian<quint16>(m_bytes.constData() + m_pos);
        m_pos += 2;
        return v;
    }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const quint32 v = qFromBigEndian<quint32>(m_bytes.constData() + m_pos);
        m_pos += 4;
        return v;
    }
    QByteArray bytes(int n)
    {
        if (!need(n))
            return {};
        const QByteArray v = m_bytes.mid(m_pos, n);
        m_pos += n;
        return v;
    }

    /** A name, following compression pointers (each must point backwards: no loops). */
    QString name()
    {
        QStringList labels;
        int pos = m_pos;
        int resume = -1;
        int length = 0;
        while (true) {
            if (pos >= m_bytes.size())
                return fail();
            const quint8 len = quint8(m_bytes.at(pos));
            if (len == 0) {
                ++pos;
                break;
            }
            if ((len & 0xC0) == 0xC0) {
                if (pos + 1 >= m_bytes.size())
                    return fail();
                const int target = ((len & 0x3F) << 8) | quint8(m_bytes.at(pos + 1));
                if (target >= pos)
                    return fail();
                if (resume < 0)
                    resume = pos + 2;
                pos = target;
                continue;
            }
            if ((len & 0xC0) != 0 || pos + 1 + len > m_bytes.size())
                return fail();
            length += len + 1;
            if (length > MaxName)
                return fail();
            labels << QString::fromUtf8(m_bytes.constData() + pos + 1, len);
            pos += 1 + len;
        }
        m_pos = resume >= 0 ? resume : pos;
        return labels.join(QLatin1Char('.'));
    }

private:
    bool need(int n)
    {
        if (n < 0 || m_pos + n > m_bytes.size())
            m_ok = false;
        return m_ok;
    }
    QString fail()
    {
        m_ok = false;
        return {};
    }

    const QByteArray &m_bytes;
    int m_pos = 0;
    bool m_ok = true;
};

std::optional<Record> readRecord(Reader &in)
{
    Record record;
    record.name = in.name();
    record.type = in.u16();
    const quint16 cls = in.u16();
    record.cacheFlush = cls & TopBit;
    record.ttl = in.u32();
    const int length = in.u16();
    if (!in.ok())
        return std::nullopt;
    const int start = in.position();
    switch (record.type) {
    case A:
        if (length == 4)
            record.address = QHostAddress(in.u32());
        break;
    case PTR:
        record.target = in.name();
        break;
    case SRV:
        in.u16(); // priority
        in.u16(); // weight
        record.port = in.u16();
        record.target = in.name();
        break;
    case TXT: {
        int read = 0;
        while (in.ok() && read < length) {
            const QByteArray len = in.bytes(1);
            if (len.isEmpty())
                break;
            const QByteArray string = in.bytes(quint8(len.at(0)));
            if (!string.isEmpty())
                record.txt << string;
            read += 1 + quint8(len.at(0));
        }
        break;
    }
    default:
        break;
    }
    if (!in.ok() || in.position() > start + length)
        return std::nullopt;
    in.seek(start + length);
    in.bytes(0);
    return record;
}
} // namespace

QHostAddress groupAddress()
{
    return QHostAddress(QStringLiteral("224.0.0.251"));
}

QList<QNetworkInterface> multicastInterfaces()
{
    QList<QNetworkInterface> out;
    const auto wanted
        = QNetworkInterface::IsUp | QNetworkInterface::IsRunning | QNetworkInterface::CanMulticast;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if ((iface.flags() & wanted) != wanted || (iface.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                out << iface;
                break;
            }
        }
    }
    return out;
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray encode(const Message &message)
{
    QByteArray out;
    put16(out, message.id);
    // A response is authoritative (RFC 6762 §18.4); a query has no flags set.
    put16(out, message.response ? 0x8400 : 0);
    put16(out, quint16(message.questions.size()));
    put16(out, quint16(message.answers.size()));
    put16(out, 0);
    put16(out, quint16(message.additionals.size()));
    for (const Question &q : message.questions) {
        putName(out, q.name);
        put16(out, q.type);
        put16(out, ClassIn | (q.unicastResponse ? TopBit : 0));
    }
    for (const Record &r : message.answers)
        putRecord(out, r);
    for (const Record &r : message.additionals)
        putRecord(out, r);
    return out;
}

std::optional<Message> decode(const QByteArray &bytes)
{
    Reader in(bytes);
    Message message;
    message.id = in.u16();
    const quint16 flags = in.u16();
    message.response = flags & 0x8000;
    const int questions = in.u16();
    const int answers = in.u16();
    const int authorities = in.u16();
    const int additionals = in.u16();
    if (!in.ok())
        return std::nullopt;
    for (int i = 0; i < questions; ++i) {
        Question q;
        q.name = in.name();
        q.type = in.u16();
        q.unicastResponse = in.u16() & TopBit;
        if (!in.ok())
            return std::nullopt;
        message.questions << q;
    }
    for (int i = 0; i < answers + authorities + additionals; ++i) {
        auto record = readRecord(in);
        if (!record)
            return std::nullopt;
        if (i < answers)
            message.answers << *record;
        else if (i >= answers + authorities)
            message.additionals << *record;
    }
    return message;
}

} // namespace quorum::mdns
