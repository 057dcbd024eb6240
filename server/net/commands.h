#pragma once

#include "protocol.h"

namespace quorum {

class Admission;
class BlobStore;
class BlobSweep;
class Clock;
class Gate;
class MinutesExports;
class Rooms;
class Session;

/**
 * The handler of Command (commandhandler.cpp): the gate, the command id and its dedupe, then
 * the core decides; the events are staged and the Reply waits for their commit. What follows
 * a command outside the core goes to the part that owns it: a check-in's card and a revoked
 * device to Admission, ExportMinutes to MinutesExports, replaced bytes to BlobSweep.
 */
class Commands
{
public:
    Commands(const Gate &gate, Rooms &rooms, const Clock &clock, Admission &admission,
        MinutesExports &minutesExports, BlobSweep &blobSweep)
        : m_gate(gate)
        , m_rooms(rooms)
        , m_clock(clock)
        , m_admission(admission)
        , m_minutesExports(minutesExports)
        , m_blobSweep(blobSweep)
    { }

    void handle(Session &session, const v1::Command &command);
    /** Where an amendment's page text is read from (passagecheck.h). */
    void setBlobStore(const BlobStore *blobs) { m_blobs = blobs; }

private:
    /** RemoveMeeting, once the core let it through: the room and its log go (organiser). */
    void removeMeeting(Session &session, quint64 requestId);

    const Gate &m_gate;
    Rooms &m_rooms;
    const Clock &m_clock;
    Admission &m_admission;
    MinutesExports &m_minutesExports;
    BlobSweep &m_blobSweep;
    const BlobStore *m_blobs = nullptr;
};

} // namespace quorum
