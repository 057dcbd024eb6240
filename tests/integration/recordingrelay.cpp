#include "recordingrelay.h"

#include <QPointer>
#include <QTcpSocket>

RecordingRelay::RecordingRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingRelay::onConnection);
}

void RecordingRelay::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        const size_t index = m_recordings.size();
        m_recordings.push_back({});
        auto *upstream = new QTcpSocket(client);
        QPointer<QTcpSocket> down(client);
        QPointer<QTcpSocket> up(upstream);
        connect(client, &QTcpSocket::readyRead, this, [this, index, down, up] {
            if (!up || up->state() != QAbstractSocket::ConnectedState)
                return; // kept until the server is reached
            const QByteArray bytes = down->readAll();
            m_recordings[index].fromClient += bytes;
            if (up)
                up->write(bytes);
        });
        connect(upstream, &QTcpSocket::connected, this, [down, up] {
            // What the client sent before the server was reached.
            if (down && down->bytesAvailable())
                emit down->readyRead();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, index, down, up] {
            const QByteArray bytes = up->readAll();
            m_recordings[index].fromServer += bytes;
            if (down && !m_recordings[index].stalled)
                down->write(bytes);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [down] {
            if (down)
                down->disconnectFromHost();
        });
        // A server that is down (being restarted) refuses: the tablet sees its link close.
        connect(upstream, &QTcpSocket::errorOccurred, client, [down, up] {
            if (down && up && up->state() != QAbstractSocket::ConnectedState)
                down->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, upstream, [up] {
            if (up)
                up->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void RecordingRelay::stallServerToClient()
{
    for (Recording &recording : m_recordings)
        recording.stalled = true;
}

QByteArray RecordingRelay::readable(const QByteArray &stream)
{
    const bool upgrade = stream.startsWith("GET ") || stream.startsWith("HTTP/1.1");
    const int headerEnd = stream.indexOf("\r\n\r\n");
    if (!upgrade || headerEnd < 0)
        return stream;
    QByteArray out = stream.left(headerEnd + 4);
    qsizetype at = headerEnd + 4;
    while (at + 2 <= stream.size()) {
        const auto byte = [&](qsizetype i) { return quint8(stream.at(i)); };
        const bool masked = byte(at + 1) & 0x80;
        quint64 length = byte(at + 1) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            length = (quint64(byte(at + 2)) << 8) | byte(at + 3);
            header = 4;
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | byte(at + 2 + i);
            header = 10;
        }
        const QByteArray mask = masked ? stream.mid(at + header, 4) : QByteArray();
        header += masked ? 4 : 0;
        if (at + header + qsizetype(length) > stream.size())
            break;
        QByteArray payload = stream.mid(at + header, qsizetype(length));
        for (qsizetype i = 0; masked && i < payload.size(); ++i)
            payload[i] = char(payload[i] ^ mask[i % 4]);
        out += payload;
        at += header + qsizetype(length);
    }
    return out;
}

std::vector<std::pair<int, int>> RecordingRelay::tlsRecords(const QByteArray &stream)
{
    std::vector<std::pair<int, int>> records;
    qsizetype at = 0;
    while (at + 5 <= stream.size()) {
        const int type = quint8(stream.at(at));
        const int length = (quint8(stream.at(at + 3)) << 8) | quint8(stream.at(at + 4));
        records.emplace_back(type, length);
        at += 5 + length;
    }
    return records;
}
