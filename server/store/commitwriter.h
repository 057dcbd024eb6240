#pragma once

#include "eventstore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace quorum {

/**
 * The group commit's writer, on a thread of its own: it appends a batch and waits for its
 * fsync while the thread that decides keeps reading and deciding the next commands. One batch
 * is written at a time, in the order submitted (the hash chain and the seqs stay in order);
 * `written` reports each one back on the submitting thread, after which — and only after
 * which — its events may be acknowledged and sent.
 *
 * The writer has its own connection to the store (EventStore::openConnection): SQLite's WAL
 * lets the deciding thread's connection read (credentials, catch-up) while this one writes.
 */
class CommitWriter : public QObject
{
    Q_OBJECT
public:
    /** `store`'s openConnection makes the writer's connection, on the writer's thread. */
    explicit CommitWriter(EventStore &store, QObject *parent = nullptr);
    /** Waits for what was submitted to be written, then stops the thread. */
    ~CommitWriter() override;

    /** Starts the thread and opens its connection; false (and why) when the store has none. */
    bool start(QString *error);

    /**
     * Writes `batch` in one transaction; then, when `scrub`, scrubs the store (a secret
     * ballot's box changed: EventStore::scrub). `written` follows on this object's thread.
     */
    void submit(CommitBatch batch, bool scrub);

signals:
    /**
     * One submitted batch is done: `durable` when it is on disk (else `error` says why);
     * `scrubbed` (with `scrubError`) only means something when a scrub was asked for.
     */
    void written(bool durable, const QString &error, bool scrubbed, const QString &scrubError);

private:
    EventStore &m_store;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: what runs there
    std::unique_ptr<EventStore> m_connection; // made, used and closed on m_thread only
};

} // namespace quorum
