#pragma once

#include "latency.h"
#include "protocol.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

/** What a fleet of lean tablets has seen so far; shared so that no tablet emits per frame. */
struct LoadTally
{
    int opened = 0;
    int welcomed = 0;
    int closed = 0;
    int errors = 0; // Error messages and error replies from the server
    qint64 frames = 0; // every frame received
    qint64 fanoutFrames = 0; // CurrentItemChanged events, or baseline broadcast frames
    qint64 replies = 0;
    double lastFrameMs = 0; // wall clock of the last frame, to see when the server is idle
    LatencyRecorder fanout; // stamp to receipt, per fan-out frame
    LatencyRecorder acks; // command sent to its Reply received
};

/**
 * A tablet that speaks the wire protocol byte by byte, for load. MeetingClient keeps a
 * replica with two list models per tablet; two thousand of them in one process cost the bot
 * more CPU than the server it measures (docs/benchmarks.md has the figures), so the load
 * generator peeks at the first byte of each frame and parses only what it times.
 *
 * Kind Quorum says Hello and times CurrentItemChanged events against Event.server_time_ms
 * and Replies against the send time. Kind Broadcast talks to a baseline broadcast server:
 * no Hello, and every frame starts with the sender's wall-clock stamp (int64 ms, little
 * endian), the rest is padding of the same size as a Quorum event frame.
 */
class RawTablet : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Quorum, Broadcast };

    RawTablet(Kind kind, LoadTally &tally, QObject *parent = nullptr);

    /** Connects; a Quorum tablet then says Hello with this secret and device id. */
    void open(const QUrl &url, const QString &secret, const QString &deviceId);
    void close() { m_socket.close(); }
    void abort() { m_socket.abort(); }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isWelcomed() const { return m_welcomed; }
    qint64 fanoutReceived() const { return m_fanoutReceived; }

    /** Sends a command and remembers when, to time its Reply. */
    void sendCommand(quorum::v1::Command command);
    /** Broadcast kind: asks the baseline server to broadcast these bytes, stamped. */
    void sendTrigger(const QByteArray &payload) { m_socket.sendBinaryMessage(payload); }
    QWebSocket &socket() { return m_socket; }

signals:
    void welcomed();
    void closed();

private:
    void onFrame(const QByteArray &frame);

    Kind m_kind;
    LoadTally &m_tally;
    QWebSocket m_socket;
    QString m_secret;
    QString m_deviceId;
    bool m_welcomed = false;
    qint64 m_fanoutReceived = 0;
    quint64 m_nextRequest = 1;
    QHash<quint64, double> m_sentAt; // request id -> wall clock ms
};
