#pragma once

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
     * Commands per connection: a person taps a few times a second at most; live ink
     * (later) sends ~20 previews a second. 100 at once and 50/s leaves room for both.
     */
    double commandBurst = 100;
    double commandsPerSecond = 50;
    /** A connection that keeps flooding past its limit this many times is closed. */
    int maxRejectedInARow = 500;

    /** Wrong PINs per client address: 5 tries at once, then one every 2 s. */
    double authBurst = 5;
    double authPerSecond = 0.5;

    /** A connection that has not said Hello by then is closed. */
    int helloTimeoutMs = 10'000;

    /** Catch-up by events when the client is at most this far behind, else a snapshot. */
    quint64 maxReplayEvents = 2000;

    /** A tablet that stops reading is cut off before it holds this much server memory. */
    qint64 maxQueuedBytesPerSession = 32 * 1024 * 1024;
    /**
     * A tablet is fed only as fast as it reads (RoomServer::feed), so one that stops reading
     * costs no memory; it is cut off when its socket took no byte for this long while the
     * server had something for it. Wi-Fi roaming stalls a link for a few seconds; 10 s of
     * nothing is a frozen app or a dead link (the tablet reconnects and catches up).
     */
    int stalledReaderMs = 10'000;

    /** PDF uploads from tablets: size, chunk, per-participant and idle limits (uploadstore.h). */
    UploadStore::Limits uploads;
};

} // namespace quorum
