#pragma once

#include <QByteArray>
#include <QTcpServer>

#include <vector>

class QTcpSocket;

/**
 * A TCP proxy on loopback that keeps every byte it relays: what a packet capture on the
 * meeting's Wi-Fi would see. Tablets connect to it instead of the server; each connection is
 * relayed to `target` and recorded in both directions.
 */
class RecordingRelay : public QObject
{
    Q_OBJECT
public:
    struct Recording
    {
        QByteArray fromClient;
        QByteArray fromServer;
        bool stalled = false; // stallServerToClient(): the server's bytes are kept from the client
    };

    explicit RecordingRelay(quint16 targetPort, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 port) { m_target = port; }
    const std::vector<Recording> &recordings() const { return m_recordings; }
    /**
     * The link stops delivering to the tablets connected now, as a Wi-Fi that drops: what
     * their server sends from here on is recorded but never reaches them (their own bytes
     * still reach the server). Later connections are relayed as usual.
     */
    void stallServerToClient();

    /**
     * What an eavesdropper reads in one direction: the bytes as they went, and when they are
     * a plain WebSocket stream (an HTTP upgrade, then frames), every frame's payload unmasked
     * (masking hides nothing: its key is in each frame's header).
     */
    static QByteArray readable(const QByteArray &stream);
    /** The TLS record types of a stream, in order (22 handshake, 21 alert, 20 CCS, 23 data), with
     * lengths. */
    static std::vector<std::pair<int, int>> tlsRecords(const QByteArray &stream);

private:
    void onConnection();

    QTcpServer m_server;
    quint16 m_target;
    std::vector<Recording> m_recordings;
};
