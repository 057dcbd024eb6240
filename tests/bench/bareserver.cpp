// bench-bare-server: the limit of our own stack on this machine. A QtWebSockets server set up
// the way quorum-server is (plain poll dispatcher, its own QTcpServer with a big backlog,
// LowDelay on every socket) that does nothing but broadcast: any binary frame it receives is
// stamped (int64 wall-clock ms, little endian, in its first 8 bytes) and sent to every
// connected socket, the same bytes for all. No protocol, no storage: what is left is the cost
// of QtWebSockets itself.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstring>
#include <vector>

int main(int argc, char *argv[])
{
    // The same dispatcher choice as quorum-server (TOOLCHAIN.md: glib doubles broadcast cost).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("port-file"), QStringLiteral("Write the port here"),
        QStringLiteral("file") } });
    parser.process(app);

    QTcpServer tcp;
    QWebSocketServer ws(QStringLiteral("bench-bare"), QWebSocketServer::NonSecureMode);
    std::vector<QWebSocket *> sockets;
    tcp.setListenBacklogSize(4096); // as ServerConfig::listenBacklog
    if (!tcp.listen(QHostAddress::LocalHost, 0)) {
        qCritical("bench-bare-server: cannot listen: %s", qPrintable(tcp.errorString()));
        return 2;
    }
    QObject::connect(&tcp, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = tcp.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            ws.handleConnection(socket);
        }
    });
    QObject::connect(&ws, &QWebSocketServer::newConnection, [&] {
        while (QWebSocket *socket = ws.nextPendingConnection()) {
            sockets.push_back(socket);
            QObject::connect(
                socket, &QWebSocket::binaryMessageReceived, [&](const QByteArray &bytes) {
                    QByteArray frame = bytes;
                    const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
                    if (frame.size() >= qsizetype(sizeof stamp))
                        std::memcpy(frame.data(), &stamp, sizeof stamp);
                    for (QWebSocket *peer : sockets)
                        peer->sendBinaryMessage(frame);
                });
            QObject::connect(socket, &QWebSocket::disconnected, [&, socket] {
                sockets.erase(std::remove(sockets.begin(), sockets.end(), socket), sockets.end());
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
