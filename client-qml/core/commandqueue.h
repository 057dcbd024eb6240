#pragma once

#include "quorum.pb.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * The commands this client issued that the server has not answered yet, in the order they
 * were issued. They survive a lost connection: after the next Welcome every one of them is
 * sent again with its original command id (the server applies a command id once) and a fresh
 * request id (request ids are only unique per connection).
 */
class CommandQueue
{
public:
    /** Queues a command: gives it a new command id (a UUID) and returns that id. */
    QString enqueue(quorum::v1::Command command);

    /**
     * Stamps a fresh request id on every command not yet sent on this connection and returns
     * them in order, ready to be sent. Call with all=true after a Welcome (every command goes
     * again), all=false while connected (only the new ones).
     */
    QList<quorum::v1::Command> takeUnsent(bool all);

    /** The answer to a request: removes and returns its command, nullopt for a stale id. */
    std::optional<quorum::v1::Command> resolve(quint64 requestId);

    /** Forgets every command (the user left the meeting). */
    void clear() { m_entries.clear(); }

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        quorum::v1::Command command;
        bool sent = false; // on the current connection
    };

    QList<Entry> m_entries;
    // Never reused for the life of the client, so a late Reply from a dead connection can
    // never match a command resent on the new one.
    quint64 m_nextRequestId = 1;
};
