#pragma once

#include "protocol.h"

#include <vector>

namespace quorum {

/**
 * Gathers a Welcome whose snapshot comes after it in SnapshotPages (a meeting whose state is
 * larger than a frame the server cuts; docs/protocol.md, "Pages"), or whose meetings come in
 * MeetingsPages (the organiser's list of a server holding hundreds of meetings), so that the
 * rest of a client reads every Welcome as if it held its snapshot and its list. Used by
 * MeetingClient, OrganiserClient and the tests' RawClient.
 */
class SnapshotPages
{
public:
    /**
     * What to handle now, in order, for a message received: the message itself; nothing
     * while a Welcome's snapshot is gathered; on its last page the Welcome with its snapshot,
     * then what came between (the Followers and AuthFailures the server sends right after a
     * Welcome), as if the Welcome had held the snapshot (and the meetings). Pages that do not
     * parse, or that the Welcome did not announce, give nothing and isBroken(): the caller
     * drops the connection.
     */
    std::vector<v1::ServerMessage> take(v1::ServerMessage message);
    /** A new connection: what was gathered of the last one is gone. */
    void reset();
    /** The pages did not make a Snapshot (a server bug): drop the connection, start over. */
    bool isBroken() const { return m_broken; }

private:
    bool m_gathering = false;
    v1::ServerMessage m_welcome; // held until its snapshot's last page
    std::vector<v1::ServerMessage> m_between; // received meanwhile, handed over after it
    std::string m_bytes; // the snapshot's pages so far
    bool m_broken = false;
};

} // namespace quorum
