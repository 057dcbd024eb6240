#pragma once

#include "quorum.pb.h"

#include <QFile>
#include <QString>

#include <vector>

/**
 * The tablet's copy of the meeting on disk, so that a tablet restarted while the server is
 * unreachable (flat battery, app killed, Wi-Fi down) still shows the agenda, the documents
 * and the annotations, and reconnects with its last seq instead of a whole snapshot.
 *
 * Two files per key (MeetingClient: server URL, requested meeting, secret and device id): the
 * last Welcome that carried a snapshot (identity and state), rewritten whole, and the events
 * applied since, appended as length-prefixed records. It is a cache of what the server holds,
 * not a source of truth: records are not fsync'd, and a torn last record (power cut
 * mid-write) is cut off when read. Files are readable by the tablet's user only: they hold the
 * participant's private annotations.
 */
class ReplicaStore
{
public:
    /** Uses `<directory>/replica-<key>.welcome` and `.events`; closes what was open. */
    void open(const QString &directory, const QString &key);
    void close();
    bool isOpen() const { return !m_welcomePath.isEmpty(); }

    /**
     * The stored Welcome and the events after it; false when there is none (or unreadable).
     * A torn last record is cut off the file, so that later appends follow the good ones.
     */
    bool load(quorum::v1::Welcome *welcome, std::vector<quorum::v1::Event> *events);
    /** A new base: the Welcome with its snapshot; the events before it are dropped. */
    void saveWelcome(const quorum::v1::Welcome &welcome);
    /** One more event applied after the stored Welcome (buffered until flush()). */
    void append(const quorum::v1::Event &event);
    /** Writes what append() buffered: once per frame, not once per event of a batch. */
    void flush();
    /** Forgets the meeting on this tablet (left it, or the server refused us). */
    void remove();

private:
    QString m_welcomePath;
    QString m_eventsPath;
    QFile m_events;
};
