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
//
// TLS (--tls-cert FILE --tls-key FILE, PEM): every accepted socket is a QSslSocket whose
// server handshake completes before QWebSocketServer::handleConnection, and whose
// bytesToWrite() counts the encrypted bytes still queued, as server/net/listener.cpp does: the
// same TLS path as quorum-server, so a ratio over TLS compares like with like.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstring>
#include <functional>
#include <optional>
#include <vector>

namespace {
constexpr qint64 ChunkBytes = 64 * 1024; // as TransferQueue::ChunkBytes
constexpr qint64 LowWaterBytes = 128 * 1024; // as TransferQueue::LowWaterBytes
constexpr qint64 ChunkStamp = -1;

// As listener.cpp's ServerTlsSocket: bytesToWrite() includes what is encrypted but unsent, and
// bytesWritten() is emitted when encrypted bytes leave, so the bulk flow control acts the same.
class ServerTlsSocket : public QSslSocket
{
public:
    explicit ServerTlsSocket(QObject *parent)
        : QSslSocket(parent)
    {
        connect(this, &QSslSocket::encryptedBytesWritten, this,
            [this](qint64 written) { emit bytesWritten(written); });
    }
    qint64 bytesToWrite() const override
    {
        return QSslSocket::bytesToWrite() + encryptedBytesToWrite();
    }
};

// A QTcpServer that hands out TLS sockets (after their handshake) when it has a configuration.
class TcpServer : public QTcpServer
{
public:
    std::optional<QSslConfiguration> tls;
    std::function<void(QTcpSocket *)> ready;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = tls ? new ServerTlsSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            socket->deleteLater();
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!tls) {
            ready(socket);
            return;
        }
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(*tls);
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl] { ready(ssl); });
        connect(ssl, &QSslSocket::errorOccurred, ssl, [ssl] {
            ssl->abort();
            ssl->deleteLater();
        });
        ssl->startServerEncryption();
    }
};
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
            QStringLiteral("path") },
        { QStringLiteral("tls-cert"), QStringLiteral("Speak TLS with this PEM certificate"),
            QStringLiteral("file") },
        { QStringLiteral("tls-key"), QStringLiteral("The certificate's PEM private key"),
            QStringLiteral("file") } });
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

    TcpServer tcp;
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        QFile certFile(parser.value(QStringLiteral("tls-cert")));
        QFile keyFile(parser.value(QStringLiteral("tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            qCritical("bench-bare-server: cannot read the TLS certificate or key");
            return 2;
        }
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            qCritical("bench-bare-server: the TLS certificate or its EC key is not valid PEM");
            return 2;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
        config.setProtocol(QSsl::TlsV1_2OrLater); // as TlsIdentity::serverConfiguration
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tcp.tls = config;
    }
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
        while (
            it != transfers.end() && socket->isValid() && socket->bytesToWrite() < LowWaterBytes) {
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
    tcp.ready = [&](QTcpSocket *socket) { ws.handleConnection(socket); };
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
