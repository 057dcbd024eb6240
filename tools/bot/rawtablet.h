#pragma once

#include "latency.h"
#include "protocol.h"

#include <QCryptographicHash>
#include <QHash>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <vector>

/** What a fleet of lean tablets has seen so far; shared so that no tablet emits per frame. */
struct LoadTally
{
    int opened = 0;
    int welcomed = 0;
    int closed = 0; // closed for good (a connection tried again is not counted)
    int reconnects = 0; // connections closed before their Welcome and opened again
    int errors = 0; // Error messages and error replies from the server
    qint64 frames = 0; // every frame received
    qint64 fanoutFrames = 0; // timed events (timedCase), or baseline broadcast frames
    qint64 replies = 0;
    double lastFrameMs = 0; // wall clock of the last frame, to see when the server is idle
    /** The kind of event every measured tablet times against its server stamp. */
    quorum::v1::Event::BodyCase timedCase = quorum::v1::Event::kCurrentItemChanged;
    qint64 timedFrameBytes = 0; // size of the last frame that carried a timed event
    LatencyRecorder fanout; // stamp to receipt, per timed event on a measured tablet
    LatencyRecorder acks; // command sent to its Reply received
    // Relayed frames timed from the bot's own send (same process, same clock): StrokePreview
    // when timePreviews (counted in fanoutFrames and fanout), and every baseline broadcast
    // frame (in relay) so that the bare server can be compared send to receipt as well.
    bool timePreviews = false;
    double sentAtMs = 0;
    LatencyRecorder relay;
    // Ballots, as the tablets that watch them saw them close.
    int ballotsClosed = 0;
    qint64 lastClosedBallots = -1; // BallotResult.ballots of the last BallotClosed
    // Bulk: document bytes received (chunks), transfers finished, broken ones.
    qint64 chunkFrames = 0;
    qint64 chunkBytes = 0;
    int transfersDone = 0;
    int transferErrors = 0;
    double lastTransferDoneMs = 0;
    // The documents of the meeting, from the first Welcome a keepWelcome tablet parsed.
    std::vector<quorum::v1::Document> documents;
};

/**
 * A tablet that speaks the wire protocol byte by byte, for load. MeetingClient keeps a
 * replica with two list models per tablet; two thousand of them in one process cost the bot
 * more CPU than the server it measures (docs/benchmarks.md has the figures), so the load
 * generator peeks at the first byte of each frame and parses only what it times.
 *
 * Kind Quorum says Hello and times events of LoadTally::timedCase against
 * Event.server_time_ms — in a lone Event frame or inside an EventBatch (one frame per commit)
 * — and Replies against the send time; document chunks are counted and checked for
 * contiguity (and, on one tablet, hashed) without copying them out of the frame.
 * Kind Broadcast talks to a baseline server (tests/bench/bareserver.cpp): no Hello; every
 * broadcast frame starts with the sender's wall-clock stamp (int64 ms, little endian), the
 * rest is padding of the size of the Quorum frame it stands for; a bulk chunk starts with
 * the stamp -1, then the total size (int64), then the bytes.
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
    /** Whether this tablet's receipts of timed events count (not the sender's own). */
    void setMeasured(bool measured) { m_measured = measured; }
    /** The meeting its Hello names (needed when the server holds several); none by default. */
    void setMeetingId(const QString &id) { m_meetingId = id; }
    /** Parse the next Welcome's snapshot and keep the meeting's documents in the tally. */
    void setKeepWelcome(bool keep) { m_keepWelcome = keep; }

    /** Sends a command and remembers when, to time its Reply; returns its request id. */
    quint64 sendCommand(quorum::v1::Command command);
    /** Replies this tablet received, and the error code of the last one (0: applied). */
    qint64 repliesReceived() const { return m_repliesReceived; }
    int lastReplyError() const { return m_lastReplyError; }
    /** Broadcast kind: asks the baseline server to broadcast these bytes, stamped. */
    void sendTrigger(const QByteArray &payload)
    {
        m_tally.sentAtMs = LatencyRecorder::nowMs();
        m_socket.sendBinaryMessage(payload);
    }
    /** Sends a live-ink preview (relayed, never stored) and notes when. */
    void sendPreview(const quorum::v1::StrokePreview &preview);

    /**
     * Fetches a whole document: FetchDocument{sha256} (Quorum) or "FETCH" (Broadcast).
     * With verify, the received bytes are hashed and compared with sha256 at the end.
     */
    void fetch(const QString &sha256, qint64 expectedSize, bool verify);
    qint64 bytesFetched() const { return m_fetched; }
    bool fetchDone() const { return m_fetchDone; }
    bool fetchVerified() const { return m_fetchVerified; }

    QWebSocket &socket() { return m_socket; }

signals:
    void welcomed();
    void closed();

private:
    void onFrame(const QByteArray &frame);
    void onEvent(const quorum::v1::Event &event, double now, qint64 frameBytes);
    void onChunk(const QByteArray &frame, double now);
    void addChunkBytes(const char *data, qint64 size, qint64 offset, qint64 total, double now);

    Kind m_kind;
    LoadTally &m_tally;
    QWebSocket m_socket;
    QString m_secret;
    QString m_meetingId;
    QString m_deviceId;
    QUrl m_url;
    int m_attempts = 0; // closed before any Welcome, tried again
    bool m_everWelcomed = false;
    bool m_welcomed = false;
    bool m_measured = true;
    bool m_keepWelcome = false;
    qint64 m_fanoutReceived = 0;
    quint64 m_nextRequest = 1;
    qint64 m_repliesReceived = 0;
    int m_lastReplyError = 0;
    QHash<quint64, double> m_sentAt; // request id -> wall clock ms
    // One fetch at a time.
    QString m_fetchHash;
    qint64 m_fetchTotal = -1;
    qint64 m_fetched = 0;
    bool m_fetchDone = false;
    bool m_fetchVerified = false;
    std::unique_ptr<QCryptographicHash> m_hash;
};
