#pragma once

#include "clock.h"
#include "commitwriter.h"
#include "eventstore.h"
#include "room.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace quorum {

class Session;
class Sessions;

/**
 * The meetings of this server and what happens to their events after a handler staged them:
 * one group commit per event-loop turn for every room, then the fan-out to each live tablet
 * (sessionfeed.cpp), and the acknowledgements after the events they acknowledge. The rooms'
 * own staging, hash chain and frames are Room's (room.h).
 */
class Rooms : public QObject
{
    Q_OBJECT
public:
    Rooms(
        EventStore &store, const Clock &clock, const Sessions &sessions, QObject *parent = nullptr);

    /** Replays every meeting in the store. Appends "left" for anyone the last run saw present. */
    bool load(QString *error);
    /**
     * Defines a meeting unless the store already holds it, with its credentials (keyed hashes
     * of its PINs). `created` tells which happened.
     */
    bool define(const v1::MeetingDefined &definition, std::vector<StoredCredential> credentials,
        bool *created, QString *error);

    /**
     * A meeting made at run time (the organiser's desk): a new room whose first events are
     * staged for the next group commit. The id must be new.
     */
    Room *create(const QString &meetingId, const Events &events, const QString &actorId);

    /**
     * An archived meeting removed from the desk: its room goes, and the store forgets its log
     * (EventStore::removeMeeting). Call it once no session points at the room and nothing of
     * it is staged or being written (after a commit).
     */
    bool remove(const QString &meetingId, QString *error);

    Room *room(const QString &meetingId) const;
    QStringList meetingIds() const;
    /** The only meeting when the server holds exactly one (a Hello may leave the id out). */
    Room *onlyRoom() const { return m_rooms.size() == 1 ? m_rooms.begin()->second.get() : nullptr; }
    const std::map<QString, std::unique_ptr<Room>> &all() const { return m_rooms; }

    /** Runs `then` after the next group commit, with whether it succeeded. */
    void afterCommit(std::function<void(bool durable)> then);
    /**
     * Makes sure a group commit runs at the end of this event-loop turn, or, while one is
     * being written, as soon as that one is durable.
     */
    void scheduleCommit();
    /**
     * From now on the group commit's fsync runs on a thread of its own (CommitWriter); before,
     * start-up writes on this thread. False (and why) when the store cannot give it a connection.
     */
    bool startWriter(QString *error);
    /**
     * The batch being staged: a reply queued now is tagged with it (Session::queueReply) and
     * goes out once that batch is durable.
     */
    quint64 stagingTicket() const { return m_stagingTicket; }

    /**
     * Sends a live tablet what it has not got yet, while its socket has room: its annotation
     * pages after a Welcome, then durable events from its sentThrough() in frames of at most
     * FrameTargetBytes, then the replies those events complete (sessionfeed.cpp).
     */
    void feed(Session &session);

    /**
     * How long a tablet owed only counts of others' votes may wait for them (issue 12): at
     * most one such frame per tablet per interval or per commit, whichever is later, so that
     * a vote round committed in several batches costs each tablet that sees no names one
     * frame, and a voter its own frame and its Reply. The last count of a round reaches every
     * tablet within the interval, whether or not another commit follows.
     */
    void setCountsInterval(int ms) { m_countsFlush.setInterval(ms); }
    int countsInterval() const { return m_countsFlush.interval(); }

signals:
    /** A durable commit's events went out, before the replies to commands that changed nothing. */
    void published();
    /**
     * A batch landed (durable or not), its completions ran: Welcomes held for it may go
     * (Admission::releaseWelcome), before the replies that follow them.
     */
    void landed();
    /** A commit turn ended (durable or not): frames that waited for it may be handled. */
    void turnEnded();
    /** Emitted after each group commit, with the number of events it made durable. */
    void committed(int events);

private:
    /** The organiser's list of meetings in MeetingsPages, as fast as the desk reads; then closed.
     */
    void feedMeetingList(Session &session);
    /** Collects what every room staged and hands it to the writer (or writes it here). */
    void commit();
    /** A batch is written (or failed): publish, acknowledge, complete (see m_writing). */
    void onWritten(bool durable, const QString &error, bool scrubbed, const QString &scrubError);
    /**
     * After a commit that changed a secret ballot box: the store was scrubbed of its older
     * versions (`scrubbed`, or `error`). When that fails after a ballot ended (`closesBallot`),
     * or failed before, publishing is held (m_scrubPending) and retried until it succeeds.
     */
    void scrubBallotBoxes(bool closesBallot, bool scrubbed, const QString &error);
    /**
     * Whether all a live tablet is owed is counts of others' votes (chunks it sees as everyone
     * does, each countsOnly) and no reply of a durable batch waits: it may wait for
     * m_countsFlush.
     */
    bool owesOnlyCounts(Session &session) const;
    /** m_countsFlush: every tablet that waited for counts gets them, in one frame each. */
    void flushCounts();

    EventStore &m_store;
    const Clock &m_clock;
    const Sessions &m_sessions;
    std::map<QString, std::unique_ptr<Room>> m_rooms;
    std::vector<std::function<void(bool)>> m_afterCommit;
    bool m_commitScheduled = false;
    /**
     * The group commit's fsync runs on the writer's thread (CommitWriter) while this one
     * decides the next batch; null before startWriter() (start-up writes here). One batch is
     * written at a time: m_writing* describe it until it lands.
     */
    std::unique_ptr<CommitWriter> m_writer;
    bool m_writing = false;
    int m_writingEvents = 0;
    bool m_writingScrub = false;
    bool m_writingClosesBallot = false;
    quint64 m_writingTicket = 0;
    std::vector<std::function<void(bool)>> m_writingAfterCommit;
    // Batches are numbered: replies wait for theirs to be durable (stagingTicket()).
    quint64 m_stagingTicket = 1;
    quint64 m_durableTicket = 0;
    /** Runs while tablets wait for counts (owesOnlyCounts); when it fires they are fed. */
    QTimer m_countsFlush;
    bool m_countsDue = false; // it fired while a batch was being written: after that one lands
    QElapsedTimer m_writeTime; // the batch being written: since submitted (lcCommit's figures)
    bool m_scrubPending = false; // see scrubBallotBoxes
    std::vector<std::function<void(bool)>> m_heldAfterCommit; // durable, waiting for the scrub
    QTimer m_scrubRetry;
};

} // namespace quorum
