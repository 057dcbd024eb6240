// The group commit and what follows it: every room's staged events in one transaction per
// event-loop turn, then the fan-out, then the acknowledgements (docs/architecture.md).
#include "rooms.h"

#include "iothreads.h"
#include "serverconfig.h"
#include "session.h"
#include "sessions.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
// How soon a held scrub is tried again: a minutes export's read of the log takes some tens
// of milliseconds; the chair waits for the result no longer than a person notices.
constexpr int ScrubRetryMs = 100;
} // namespace

// Each commit's figures at debug level (QT_LOGGING_RULES="quorum.commit.debug=true"): the
// events, the time from submit to durable, the fan-out's time and tablets fed and held.
Q_LOGGING_CATEGORY(lcCommit, "quorum.commit", QtInfoMsg)

Rooms::Rooms(EventStore &store, const Clock &clock, const Sessions &sessions, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_sessions(sessions)
{
    // A held scrub is retried soon: what holds it is a reader's snapshot (an export), short.
    m_scrubRetry.setSingleShot(true);
    m_scrubRetry.setInterval(ScrubRetryMs);
    connect(&m_scrubRetry, &QTimer::timeout, this, &Rooms::commit);
    m_countsFlush.setSingleShot(true);
    m_countsFlush.setInterval(ServerConfig().countsIntervalMs);
    connect(&m_countsFlush, &QTimer::timeout, this, &Rooms::flushCounts);
}

bool Rooms::load(QString *error)
{
    for (const QString &id : m_store.meetingIds()) {
        auto room = std::make_unique<Room>(id, m_store, m_clock);
        if (!room->load(error))
            return false;
        // Nobody is connected to a server that just started.
        room->stage(
            room->meeting().leaveAll(v1::ParticipantLeft::REASON_SERVER_RESTART).events(), {});
        m_rooms[id] = std::move(room);
    }
    CommitBatch batch;
    for (auto &[id, room] : m_rooms)
        room->collect(batch);
    if (!m_store.commit(batch, error))
        return false;
    // A crash between a secret ballot's close and its scrub, or a box an older server kept:
    // no tablet is served before older versions of a box are gone (docs/architecture.md).
    if (!m_store.scrub(error)) {
        *error = QStringLiteral("the store could not be scrubbed of older ballot box versions: ")
            + *error;
        return false;
    }
    for (auto &[id, room] : m_rooms)
        room->publish();
    return true;
}

bool Rooms::define(const v1::MeetingDefined &definition, std::vector<StoredCredential> credentials,
    bool *created, QString *error)
{
    const QString id = qstr(definition.meeting_id());
    *created = false;
    if (m_rooms.count(id))
        return true;
    auto room = std::make_unique<Room>(id, m_store, m_clock);
    const Decision decision = room->meeting().define(definition);
    if (!decision.ok()) {
        *error = qstr(decision.error().detail());
        return false;
    }
    room->stage(decision.events(), {});
    CommitBatch batch;
    room->collect(batch);
    batch.credentials = std::move(credentials);
    if (!m_store.commit(batch, error))
        return false;
    room->publish();
    m_rooms[id] = std::move(room);
    *created = true;
    return true;
}

Room *Rooms::create(const QString &meetingId, const Events &events, const QString &actorId)
{
    auto room = std::make_unique<Room>(meetingId, m_store, m_clock);
    room->stage(events, actorId);
    Room *created = room.get();
    m_rooms[meetingId] = std::move(room);
    scheduleCommit();
    return created;
}

bool Rooms::remove(const QString &meetingId, QString *error)
{
    if (!m_store.removeMeeting(meetingId, error))
        return false;
    m_rooms.erase(meetingId);
    return true;
}

Room *Rooms::room(const QString &meetingId) const
{
    const auto it = m_rooms.find(meetingId);
    return it == m_rooms.end() ? nullptr : it->second.get();
}

QStringList Rooms::meetingIds() const
{
    QStringList ids;
    for (const auto &[id, room] : m_rooms)
        ids << id;
    return ids;
}

void Rooms::afterCommit(std::function<void(bool)> then)
{
    m_afterCommit.push_back(std::move(then));
    scheduleCommit();
}

bool Rooms::startWriter(QString *error)
{
    auto writer = std::make_unique<CommitWriter>(m_store);
    if (!writer->start(error)) {
        *error = QStringLiteral("the commit writer could not open the store: ") + *error;
        return false;
    }
    connect(writer.get(), &CommitWriter::written, this, &Rooms::onWritten);
    m_writer = std::move(writer);
    return true;
}

void Rooms::scheduleCommit()
{
    if (m_commitScheduled)
        return;
    m_commitScheduled = true;
    // A zero timer fires once this turn's socket events are handled: every command that
    // arrived in the turn shares one transaction (group commit). While a batch is being
    // written, what arrives meanwhile waits for it and goes as the next batch (onWritten).
    if (!m_writing)
        QTimer::singleShot(0, this, &Rooms::commit);
}

void Rooms::commit()
{
    m_commitScheduled = false;
    if (m_writing) { // the timer of a turn before the write began: the landing starts it
        m_commitScheduled = true;
        return;
    }
    CommitBatch batch;
    for (auto &[id, room] : m_rooms)
        room->collect(batch);
    m_writingEvents = int(batch.events.size());
    m_writingScrub = m_scrubPending || batch.touchesBallotBoxes();
    m_writingClosesBallot = batch.closesABox();
    m_writingAfterCommit = std::move(m_afterCommit);
    m_afterCommit.clear();
    m_writingTicket = m_stagingTicket++; // replies queued from now on wait for the next one
    m_writing = true;
    m_writeTime.start();
    if (m_writer && (!batch.isEmpty() || m_writingScrub)) {
        m_writer->submit(std::move(batch), m_writingScrub);
        return;
    }
    // Nothing to write (a duplicate's acknowledgement), or no writer yet: here and now.
    QString error;
    const bool durable = m_store.commit(batch, &error);
    QString scrubError;
    const bool scrubbed = durable && m_writingScrub && m_store.scrub(&scrubError);
    onWritten(durable, error, scrubbed, scrubError);
}

void Rooms::onWritten(bool durable, const QString &error, bool scrubbed, const QString &scrubError)
{
    // The fan-out and the replies below reach the I/O threads in a few drains each (iothreads.h).
    IoMailbox::Batch batch;
    m_writing = false;
    std::vector<std::function<void(bool)>> completions = std::move(m_writingAfterCommit);
    m_writingAfterCommit.clear();
    if (durable && m_writingScrub)
        scrubBallotBoxes(m_writingClosesBallot, scrubbed, scrubError);
    if (durable && m_scrubPending) {
        // Durable, and held: no event, reply or Welcome leaves until the scrub succeeds.
        std::move(completions.begin(), completions.end(), std::back_inserter(m_heldAfterCommit));
        emit committed(m_writingEvents);
        if (m_commitScheduled) {
            m_commitScheduled = false;
            scheduleCommit();
        }
        return;
    }
    if (durable) {
        m_durableTicket = m_writingTicket; // and every batch held before it
        const qint64 writeMs = m_writeTime.elapsed();
        QElapsedTimer fanOut;
        fanOut.start();
        int fed = 0, held = 0;
        for (auto &[id, room] : m_rooms) {
            if (room->publish().empty())
                continue;
            // Each tablet's replies right after the events they acknowledge, not after the
            // whole room's fan-out; a tablet still reading earlier frames gets these later.
            // A tablet owed only others' votes as counts waits for m_countsFlush (at most
            // one such frame per tablet per interval): during a vote round this commit's
            // frames go to its voters and to those who see every vote, nobody else.
            for (Session *session : m_sessions) {
                if (session->room() != room.get())
                    continue;
                if (owesOnlyCounts(*session)) {
                    ++held;
                    continue;
                }
                ++fed;
                feed(*session);
            }
        }
        if (held && !m_countsFlush.isActive())
            m_countsFlush.start();
        qCDebug(lcCommit) << m_writingEvents << "events durable in" << writeMs << "ms; fan-out"
                          << fanOut.elapsed() << "ms," << fed << "tablets fed," << held
                          << "owed only counts";
        emit published(); // a new presenter gets the followers list (Follow)
        // Replies to commands that changed nothing (no frame went out for them).
        for (Session *session : m_sessions) {
            if (session->state() == Session::State::Live)
                session->flushReplies(m_durableTicket, false);
        }
    } else {
        qCCritical(lcServer) << "commit of" << m_writingEvents << "events failed:" << error;
        // What was staged while it was written stood on it: it goes too, and fails alike.
        for (auto &[id, room] : m_rooms)
            room->reload();
        // Counts that wait for m_countsFlush are durable: they still go when it fires.
        std::move(m_afterCommit.begin(), m_afterCommit.end(), std::back_inserter(completions));
        m_afterCommit.clear();
        for (Session *session : m_sessions) {
            session->flushReplies(m_durableTicket, true);
            if (session->state() == Session::State::Joining && session->hasHeldWelcome()
                && session->heldWelcomeSeq() > session->room()->headSeq()) {
                // Its Welcome showed a state that never became durable: it joins again.
                session->sendError(
                    v1::ERROR_INTERNAL, QStringLiteral("The server could not record the join"));
                session->close(
                    QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("storage"));
            }
        }
    }
    if (durable) {
        std::vector<std::function<void(bool)>> held = std::move(m_heldAfterCommit);
        m_heldAfterCommit.clear();
        std::move(completions.begin(), completions.end(), std::back_inserter(held));
        completions = std::move(held);
    }
    for (auto &then : completions)
        then(durable);
    // Sessions welcomed just now (or held for this batch): their Welcome, then their replies.
    emit landed();
    for (Session *session : m_sessions)
        session->flushReplies(m_durableTicket, !durable);
    if (m_countsDue) // m_countsFlush fired while this batch was written
        flushCounts();
    emit turnEnded(); // each connection's frames that waited for a new turn (RoomServer)
    emit committed(durable ? m_writingEvents : 0);
    if (m_commitScheduled) { // staged while this batch was written: the next one, now
        m_commitScheduled = false;
        scheduleCommit();
    }
}

bool Rooms::owesOnlyCounts(Session &session) const
{
    const Room *room = session.room();
    // A voter whose vote is in the batch being written waits too: its counts go with its vote.
    if (!room || session.state() != Session::State::Live || session.hasRepliesDue(m_durableTicket)
        || session.snapshotBytes() || session.pages())
        return false;
    quint64 next = session.sentThrough() + 1;
    if (next > room->publishedSeq())
        return false; // owed nothing
    while (next <= room->publishedSeq()) {
        const PublishedChunk *chunk = room->chunkAt(next);
        if (!chunk || !chunk->countsOnly
            || &chunk->to(session.participantId(), session.role()) != &chunk->forEveryone)
            return false;
        next = chunk->last + 1;
    }
    return true;
}

void Rooms::flushCounts()
{
    if (m_writing) {
        // After the batch being written has landed and its voters have their replies: the
        // counts queue behind those on the I/O threads, not the other way round.
        m_countsDue = true;
        return;
    }
    m_countsDue = false;
    IoMailbox::Batch batch; // a few drains per I/O thread
    for (Session *session : m_sessions) {
        if (session->room() && session->state() == Session::State::Live
            && session->sentThrough() < session->room()->publishedSeq())
            feed(*session);
    }
}

void Rooms::scrubBallotBoxes(bool closesBallot, bool scrubbed, const QString &error)
{
    if (scrubbed) {
        if (m_scrubPending)
            qCInfo(lcServer) << "older ballot box versions are gone: publishing again";
        m_scrubPending = false;
        return;
    }
    if (!closesBallot && !m_scrubPending) {
        // An open ballot: its running totals stay linkable in the WAL only until a later
        // scrub, and the close waits for one that succeeds.
        qCWarning(lcServer) << "during an open secret ballot:" << error
                            << "- retried with the next vote";
        return;
    }
    if (!m_scrubPending)
        qCCritical(lcServer)
            << "a secret ballot ended but older versions of its box are still on disk:" << error
            << "- nothing is published until they are gone; retrying";
    m_scrubPending = true;
    m_scrubRetry.start();
}

} // namespace quorum
