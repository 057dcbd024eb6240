// bench-bare-server: the limit of our own stack on this machine. A QtWebSockets server set up
// the way quorum-server is (plain poll dispatcher, its own QTcpServer with a big backlog,
// LowDelay on every socket) that does nothing but broadcast: any binary frame it receives is
// stamped (int64 wall-clock ms, little endian, in its first 8 bytes) and sent to every
// connected socket, the same bytes for all. No protocol, no storage: what is left is the cost
// of QtWebSockets itself.
//
// Bulk (--file PATH): a socket that sends the 5 bytes "FETCH" gets the file's bytes in 64 KiB
// frames, each prefixed with the stamp -1 and the total size (two int64), with the flow
// control quorum-server's TransferQueue uses (write while less than 128 KiB is queued, refill
// on bytesWritten), from memory: the same transfer without protocol, file reads or hashes.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstring>
#include <vector>

namespace {
constexpr qint64 ChunkBytes = 64 * 1024; // as TransferQueue::ChunkBytes
constexpr qint64 LowWaterBytes = 128 * 1024; // as TransferQueue::LowWaterBytes
constexpr qint64 ChunkStamp = -1;
} // namespace

int main(int argc, char *argv[])
{
    // The same dispatcher choice as quorum-server (TOOLCHAIN.md: glib doubles broadcast cost).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("port-file"), QStringLiteral("Write the port here"),
                            QStringLiteral("file") },
        { QStringLiteral("file"), QStringLiteral("Serve these bytes to sockets that send FETCH"),
            QStringLiteral("path") } });
    parser.process(app);

    QByteArray bulk;
    if (parser.isSet(QStringLiteral("file"))) {
        QFile f(parser.value(QStringLiteral("file")));
        if (!f.open(QIODevice::ReadOnly)) {
            qCritical("bench-bare-server: cannot read %s", qPrintable(f.fileName()));
            return 2;
        }
        bulk = f.readAll();
    }

    QTcpServer tcp;
    QWebSocketServer ws(QStringLiteral("bench-bare"), QWebSocketServer::NonSecureMode);
    std::vector<QWebSocket *> sockets;
    QHash<QWebSocket *, qint64> transfers; // socket -> next offset of its transfer
    tcp.setListenBacklogSize(4096); // as ServerConfig::listenBacklog
    if (!tcp.listen(QHostAddress::LocalHost, 0)) {
        qCritical("bench-bare-server: cannot listen: %s", qPrintable(tcp.errorString()));
        return 2;
    }
    auto pump = [&](QWebSocket *socket) {
        auto it = transfers.find(socket);
        while (it != transfers.end() && socket->isValid() && socket->bytesToWrite() < LowWaterBytes) {
            const qint64 offset = *it;
            const qint64 size = qMin(ChunkBytes, qint64(bulk.size()) - offset);
            QByteArray frame(16 + size, Qt::Uninitialized);
            const qint64 total = bulk.size();
            std::memcpy(frame.data(), &ChunkStamp, 8);
            std::memcpy(frame.data() + 8, &total, 8);
            std::memcpy(frame.data() + 16, bulk.constData() + offset, size_t(size));
            socket->sendBinaryMessage(frame);
            *it = offset + size;
            if (*it >= total) {
                transfers.erase(it);
                break;
            }
        }
    };
    QObject::connect(&tcp, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = tcp.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            ws.handleConnection(socket);
        }
    });
    QObject::connect(&ws, &QWebSocketServer::newConnection, [&] {
        while (QWebSocket *socket = ws.nextPendingConnection()) {
            sockets.push_back(socket);
            QObject::connect(socket, &QWebSocket::bytesWritten, [&, socket] { pump(socket); });
            QObject::connect(
                socket, &QWebSocket::binaryMessageReceived, [&, socket](const QByteArray &bytes) {
                    if (bytes == "FETCH" && !bulk.isEmpty()) {
                        transfers.insert(socket, 0);
                        pump(socket);
                        return;
                    }
                    QByteArray frame = bytes;
                    const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
                    if (frame.size() >= qsizetype(sizeof stamp))
                        std::memcpy(frame.data(), &stamp, sizeof stamp);
                    for (QWebSocket *peer : sockets)
                        peer->sendBinaryMessage(frame);
                });
            QObject::connect(socket, &QWebSocket::disconnected, [&, socket] {
                sockets.erase(std::remove(sockets.begin(), sockets.end(), socket), sockets.end());
                transfers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    const QString portFile = parser.value(QStringLiteral("port-file"));
    if (!portFile.isEmpty()) {
        QFile f(portFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(tcp.serverPort())) < 0)
            return 2;
    }
    return app.exec();
}
