#pragma once

#include "pinbudget.h"
#include "protocol.h"
#include "uploadstore.h"

#include <QHostAddress>

namespace quorum {

/** The room server's settings; every limit says where its default comes from. */
struct ServerConfig
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 7450;

    /** A meeting's peak is the whole room connecting at once (meeting start, Wi-Fi back). */
    int listenBacklog = 4096;

    qint64 maxMessageBytes = MaxMessageBytes;

    /**
     * Commands, stroke previews, follow states and export requests per participant, shared by
     * all the participant's connections (ten tablets with one PIN get no more than one): a
     * person taps a few times a second at most; live ink sends ~20 previews a second. 100 at
     * once and 50/s leaves room for both.
     */
    double commandBurst = 100;
    double commandsPerSecond = 50;
    /**
     * Bytes a participant may send per second, all devices together (the frames the rate
     * counts: commands, strokes, previews, follow states, export requests, an upload's first
     * chunk; an upload's further chunks have their own limits, uploadstore.h). The burst is the
     * command burst of the largest strokes (100 x ~125 KB, protocol.h): the burst a tablet may
     * send after a Wi-Fi gap passes whole. 1 MiB/s is 8 maximum strokes a second, or ~500 of
     * the ordinary 2 KB ones, far above a hand; without it 50 commands/s of 4 MiB each would be
     * 200 MB/s from one participant (issue 12: ten connections of one PIN sent 400 strokes/s).
     */
    double participantBytesBurst = 16 * 1024 * 1024;
    double participantBytesPerSecond = 1024 * 1024;
    /** A connection that keeps flooding past its limit this many times is closed. */
    int maxRejectedInARow = 500;

    /**
     * Devices of one participant connected at once: a tablet, a laptop and a phone, a
     * projector's second screen and one spare. More is a PIN shared beyond its owner.
     */
    int maxDevicesPerParticipant = 5;

    /** Wrong PINs per client address and per meeting (pinbudget.h, docs/protocol.md). */
    PinBudget::Limits pinBudget;

    /**
     * TLS handshake and WebSocket upgrade together, from accept: a tablet on Wi-Fi does both
     * in a few round trips (well under a second); a peer still not done after this is holding
     * a descriptor, not joining.
     */
    int handshakeTimeoutMs = 5'000;
    /**
     * Connections not yet authenticated (handshaking, or upgraded and not past Hello); past it
     * the oldest is closed. As many as the listen backlog: the whole room connecting at once
     * (meeting start, Wi-Fi back) fits, a flood of half-open connections does not grow past it.
     */
    int maxUnauthenticated = 4096;

    /** A connection that has not said Hello by then is closed. */
    int helloTimeoutMs = 10'000;

    /** Catch-up by events when the client is at most this far behind, else a snapshot. */
    quint64 maxReplayEvents = 2000;

    /** A tablet that stops reading is cut off before it holds this much server memory. */
    qint64 maxQueuedBytesPerSession = 32 * 1024 * 1024;
    /**
     * A tablet is fed only as fast as it reads (Rooms::feed), so one that stops reading
     * costs no memory; it is cut off when its socket took no byte for this long while the
     * server had something for it. Wi-Fi roaming stalls a link for a few seconds; 10 s of
     * nothing is a frozen app or a dead link (the tablet reconnects and catches up).
     */
    int stalledReaderMs = 10'000;

    /**
     * Threads for the sessions' sockets (TLS, WebSocket framing, bulk transfers), each with its
     * own event loop, beside the thread that decides and commits (issue 12, "both cores").
     * -1: one per core (QThread::idealThreadCount()); 0: every socket on the deciding thread.
     */
    int ioThreads = -1;

    /**
     * A tablet owed only counts of others' votes (it sees no names) gets them at most once per
     * this interval or per commit, whichever is later (Rooms::setCountsInterval, issue 12): a
     * "412 of 1,000 have voted" a fifth of a second late is not noticed, while a frame per
     * commit to every tablet was most of a vote round's frames.
     */
    int countsIntervalMs = 200;

    /**
     * What runs the sockets on those threads (--io-engine): `Qt`, QWebSocket over QSslSocket
     * (qtsessionio.h); `Wire`, an epoll loop per thread with OpenSSL and the WebSocket codec
     * directly (wire/wireengine.h; issue 12: Qt's per-write machinery, one SSL_CTX per socket
     * and the handshakes on the deciding thread were what kept fan-out and memory off target).
     * The wire engine always has at least one thread of its own.
     */
    enum class IoEngine { Qt, Wire };
    IoEngine ioEngine = IoEngine::Qt;

    /** PDF uploads from tablets: size, chunk, per-participant and idle limits (uploadstore.h). */
    UploadStore::Limits uploads;
};

} // namespace quorum
