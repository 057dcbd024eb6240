#include "room.h"

#include "annotations.h"
#include "hashchain.h"

#include <QLoggingCategory>

#include <deque>

Q_LOGGING_CATEGORY(lcRoom, "quorum.room")

namespace quorum {

namespace {
// Wire-format tags (field number << 3 | length-delimited): ServerMessage.event is field 3,
// ServerMessage.event_batch field 5, EventBatch.events field 1. All fit in one byte.
constexpr char EventTag = 0x1A;
constexpr char BatchTag = 0x2A;
constexpr char BatchEntryTag = 0x0A;

/** ServerMessage{event} from the event's stored bytes, without serializing it again. */
QByteArray eventFrame(const QByteArray &eventBytes)
{
    QByteArray frame;
    frame.reserve(eventBytes.size() + 11);
    frame.append(EventTag);
    appendVarint(frame, quint64(eventBytes.size()));
    frame.append(eventBytes);
    return frame;
}

QByteArray withheldFrame(quint64 seq)
{
    v1::ServerMessage message;
    v1::Event *event = message.mutable_event();
    event->set_seq(seq);
    event->mutable_withheld();
    return encode(message);
}

QByteArray votesCountedFrame(quint64 first, quint64 last, const QString &ballotId, quint32 voters)
{
    v1::ServerMessage message;
    v1::Event *event = message.mutable_event();
    event->set_seq(first);
    v1::VotesCounted *counted = event->mutable_votes_counted();
    counted->set_through_seq(last);
    counted->set_ballot_id(sstr(ballotId));
    counted->set_voters(voters);
    return encode(message);
}

/**
 * Chunks the room keeps for tablets that are up to date (one lookup, the bytes shared by every
 * session); a tablet further behind gets frames built from the events' own frames. 256
 * commits cover a few seconds of a busy meeting; 16 MiB bounds what a burst of big strokes
 * holds twice (the events' own frames hold it too).
 */
constexpr size_t RecentChunks = 256;
constexpr qint64 RecentBytes = 16 * 1024 * 1024;

/**
 * Frames above this size leave memory once published (issue 12: a maximum stroke is ~125 KB,
 * and 5,000 of them held ~600 MB): tablets that are up to date get them from the recent
 * chunks, those behind from the log. Every stroke of more than ~40 points goes too (an
 * ordinary 150-point stroke is ~2 KB: 5,000 of them kept ~10 MB, the largest share of a
 * meeting's memory once the bodies left the state, docs/benchmarks.md); a vote, a join or a
 * page turn (30-100 bytes) stays, so that catch-up over the usual events reads no disk.
 */
constexpr qsizetype EvictedFrameBytes = 512;

qint64 chunkBytes(const PublishedChunk &chunk)
{
    qint64 bytes = chunk.forEveryone.size();
    if (!chunk.forRollCall.isSharedWith(chunk.forEveryone))
        bytes += chunk.forRollCall.size();
    for (const QByteArray &frame : chunk.forParticipants)
        bytes += frame.size();
    return bytes;
}
} // namespace

Room::Room(QString meetingId, EventStore &store, const Clock &clock)
    : m_id(std::move(meetingId))
    , m_store(store)
    , m_clock(clock)
    , m_meeting(Meeting::AnnotationBodiesIn::Log)
    , m_lastHash(hashchain::genesis())
{ }

bool Room::load(QString *error)
{
    m_meeting = Meeting(Meeting::AnnotationBodiesIn::Log); // bodies stay in the log
    m_lastHash = hashchain::genesis();
    m_frames.clear();
    m_frameSizes.clear();
    m_frameBytesInMemory = 0;
    m_privateOwners.clear();
    m_votes.clear();
    m_recent.clear();
    m_recentBytes = 0;
    m_countsRuns.clear();
    m_completedCommands.clear();
    m_staged.clear();
    m_stagedUnchanged.clear();
    m_stagedBox.clear();
    m_stagedBoxRemovals.clear();
    m_stagedFormBox.clear();
    m_stagedFormBoxRemovals.clear();
    m_sharedWelcome.clear();
    m_sharedWelcomeSeq = 0;
    m_sharedSnapshot.clear();
    m_sharedSnapshotSeq = 0;
    for (const StoredEvent &stored : m_store.events(m_id)) {
        const auto event = decode<v1::Event>(stored.bytes);
        if (!event || event->seq() != headSeq() + 1 || event->seq() != stored.seq) {
            *error = QStringLiteral("meeting %1, event %2: unreadable or out of order")
                         .arg(m_id)
                         .arg(stored.seq);
            return false;
        }
        if (stored.previousHash != m_lastHash
            || hashchain::link(m_lastHash, stored.bytes) != stored.hash) {
            *error = QStringLiteral("meeting %1, event %2: chain broken").arg(m_id).arg(stored.seq);
            return false;
        }
        append(*event, stored.bytes, stored.hash, stored.commandKey);
    }
    // Without them a resent command that changed nothing could apply late: refuse to serve.
    const std::optional<QStringList> unchanged = m_store.unchangedCommands(m_id);
    if (!unchanged) {
        *error = QStringLiteral("meeting %1: the commands that changed nothing are unreadable")
                     .arg(m_id);
        return false;
    }
    for (const QString &key : *unchanged)
        m_completedCommands.insert(key, 0);
    for (const BallotBoxDelta &row : m_store.ballotBoxes(m_id)) {
        const BallotRecord *ballot = m_meeting.state().floor.ballot(row.ballotId);
        if (ballot && ballot->phase == v1::BallotState::PHASE_OPEN)
            m_meeting.restoreBallotBox(row.ballotId, row.option, row.amount);
        else if (!m_stagedBoxRemovals.contains(row.ballotId))
            m_stagedBoxRemovals << row.ballotId; // a box an older server kept after the close
    }
    for (const FormBoxRow &row : m_store.formBoxes(m_id)) {
        const FormRecord *form = m_meeting.state().forms.form(row.formId);
        v1::FormAnswer answer;
        if (form && form->phase == v1::FORM_PHASE_OPEN
            && answer.ParseFromArray(row.answer.constData(), int(row.answer.size())))
            m_meeting.addToFormBox({ row.formId, row.key, answer });
        else if (!m_stagedFormBoxRemovals.contains(row.formId))
            m_stagedFormBoxRemovals << row.formId; // released already: a crash before the delete
    }
    m_firstUnpublished = m_frames.size();
    m_collectedThrough = m_frames.size();
    evictFrames(
        1, m_frames.size()); // all durable: read back when a tablet that is behind needs them
    qCInfo(lcRoom) << "meeting" << m_id << "replayed" << headSeq() << "events";
    return true;
}

quint64 Room::stage(const Events &events, const QString &actorId, const QString &commandKey)
{
    for (size_t i = 0; i < events.size(); ++i) {
        v1::Event event = events[i];
        event.set_seq(headSeq() + 1);
        event.set_server_time_ms(m_clock.nowMs());
        event.set_actor(sstr(actorId));
        const QByteArray bytes = encode(event);
        const QByteArray hash = hashchain::link(m_lastHash, bytes);
        // The key sits on the last event: a command counts as done when all of it is.
        const QString key = i + 1 == events.size() ? commandKey : QString();
        m_staged.push_back({ m_id, event.seq(), bytes, m_lastHash, hash, key });
        append(event, bytes, hash, key);
        dropClosedBox(event);
        dropClosedFormBox(event);
    }
    if (events.empty() && !commandKey.isEmpty()) {
        m_completedCommands.insert(commandKey, 0);
        m_stagedUnchanged << commandKey;
    }
    return events.empty() ? 0 : headSeq();
}

void Room::stageSecretVote(const SecretVote &vote)
{
    // The core says what the paper adds (cumulative amounts, invalid papers): stored as such.
    for (const auto &[key, amount] : ballotBoxDeltas(m_meeting.state(), vote))
        m_stagedBox[{ vote.ballotId, key }] += amount;
    m_meeting.addToBallotBox(vote);
}

void Room::stageSealedAnswer(const SealedAnswer &answer)
{
    m_meeting.addToFormBox(answer);
    m_stagedFormBox[{ answer.formId, answer.key }] = encode(answer.answer);
}

void Room::dropClosedFormBox(const v1::Event &event)
{
    if (!event.has_form_closed())
        return;
    const QString formId = qstr(event.form_closed().form_id());
    const FormRecord *form = m_meeting.state().forms.form(formId);
    if (!form || !form->form.anonymous())
        return;
    // The answers are in the log now (AnswersReleased): the box goes in the same commit.
    for (auto it = m_stagedFormBox.begin(); it != m_stagedFormBox.end();)
        it = it->first.first == formId ? m_stagedFormBox.erase(it) : std::next(it);
    m_stagedFormBoxRemovals << formId;
}

void Room::dropClosedBox(const v1::Event &event)
{
    QString ballotId;
    if (event.has_ballot_closed())
        ballotId = qstr(event.ballot_closed().ballot_id());
    else if (event.has_ballot_cancelled())
        ballotId = qstr(event.ballot_cancelled().ballot_id());
    const BallotRecord *ballot
        = ballotId.isEmpty() ? nullptr : m_meeting.state().floor.ballot(ballotId);
    if (!ballot || !ballot->ballot.secret())
        return;
    // The result carries the final counts: the box goes in the same commit, and with it
    // whatever totals of this turn had not reached the disk yet.
    for (auto it = m_stagedBox.begin(); it != m_stagedBox.end();)
        it = it->first.first == ballotId ? m_stagedBox.erase(it) : std::next(it);
    m_stagedBoxRemovals << ballotId;
}

void Room::append(const v1::Event &event, const QByteArray &bytes, const QByteArray &hash,
    const QString &commandKey)
{
    m_meeting.apply(event);
    m_lastHash = hash;
    if (!m_countsRuns.empty())
        m_countsRuns.clear(); // their pieces point into m_votes, which may grow below
    m_frames.push_back(eventFrame(bytes));
    m_frameSizes.push_back(qint32(m_frames.back().size()));
    m_frameBytesInMemory += m_frames.back().size();
    if (const QString owner = privateOwner(event); !owner.isEmpty())
        m_privateOwners.insert(event.seq(), owner);
    if (event.body_case() == v1::Event::kVoteCast) {
        const QString ballotId = qstr(event.vote_cast().ballot_id());
        const BallotRecord *ballot = m_meeting.state().floor.ballot(ballotId);
        m_votes.insert(event.seq(),
            { ballotId, voteParticipants(event.vote_cast()),
                ballot ? quint32(ballot->voted.size()) : 0 });
    }
    if (!commandKey.isEmpty())
        m_completedCommands.insert(commandKey, event.seq());
}

std::optional<quint64> Room::completedCommand(const QString &commandKey) const
{
    const auto it = m_completedCommands.constFind(commandKey);
    if (it == m_completedCommands.cend())
        return std::nullopt;
    return *it;
}

void Room::collect(CommitBatch &batch)
{
    m_collectedThrough = m_frames.size();
    batch.events.reserve(batch.events.size() + m_staged.size());
    std::move(m_staged.begin(), m_staged.end(), std::back_inserter(batch.events));
    m_staged.clear();
    for (const QString &key : std::as_const(m_stagedUnchanged))
        batch.unchangedCommands.push_back({ m_id, key });
    m_stagedUnchanged.clear();
    // Totals per commit: several votes of one turn reach the disk as one sum.
    for (const auto &[key, amount] : m_stagedBox)
        batch.ballotBox.push_back({ m_id, key.first, key.second, amount });
    m_stagedBox.clear();
    for (const QString &ballotId : std::as_const(m_stagedBoxRemovals))
        batch.closedBallotBoxes.push_back({ m_id, ballotId });
    m_stagedBoxRemovals.clear();
    for (const auto &[key, answer] : m_stagedFormBox)
        batch.formBox.push_back({ m_id, key.first, key.second, answer });
    m_stagedFormBox.clear();
    for (const QString &formId : std::as_const(m_stagedFormBoxRemovals))
        batch.closedFormBoxes.push_back({ m_id, formId });
    m_stagedFormBoxRemovals.clear();
    std::move(m_stagedTokens.begin(), m_stagedTokens.end(), std::back_inserter(batch.deviceTokens));
    m_stagedTokens.clear();
    std::move(m_stagedCredentials.begin(), m_stagedCredentials.end(),
        std::back_inserter(batch.credentials));
    m_stagedCredentials.clear();
}

const QByteArray &Room::sharedWelcome()
{
    if (m_sharedWelcome.isEmpty() || m_sharedWelcomeSeq != headSeq()) {
        // ServerMessage{welcome (1) {snapshot (6) {...}}} around the snapshot's bytes.
        const QByteArray &snapshot = sharedSnapshot();
        QByteArray welcome;
        welcome.append(char(6 << 3 | 2));
        appendVarint(welcome, quint64(snapshot.size()));
        welcome.append(snapshot);
        m_sharedWelcome.clear();
        m_sharedWelcome.append(char(1 << 3 | 2));
        appendVarint(m_sharedWelcome, quint64(welcome.size()));
        m_sharedWelcome.append(welcome);
        m_sharedWelcomeSeq = headSeq();
    }
    return m_sharedWelcome;
}

const QByteArray &Room::sharedSnapshot()
{
    if (m_sharedSnapshot.isEmpty() || m_sharedSnapshotSeq != headSeq()) {
        m_sharedSnapshot = encode(m_meeting.sharedSnapshot());
        m_sharedSnapshotSeq = headSeq();
    }
    return m_sharedSnapshot;
}

std::vector<const PublishedChunk *> Room::publish()
{
    std::vector<const PublishedChunk *> chunks;
    // Events staged since (while the batch was written) are not durable yet: they wait.
    const quint64 through = m_collectedThrough;
    for (quint64 first = m_firstUnpublished + 1; first <= through;) {
        PublishedChunk chunk;
        chunk.first = first;
        chunk.last = cut(first, through);
        const std::vector<Piece> everyone = piecesFor(chunk.first, chunk.last, {}, false);
        chunk.forEveryone = assemble(everyone);
        const bool votes = std::any_of(everyone.cbegin(), everyone.cend(),
            [](const Piece &p) { return p.kind == Piece::Votes; });
        chunk.countsOnly = std::all_of(everyone.cbegin(), everyone.cend(),
            [](const Piece &p) { return p.kind == Piece::Votes; });
        // Without votes the roll call sees what everyone sees: the same bytes.
        chunk.forRollCall
            = votes ? assemble(piecesFor(chunk.first, chunk.last, {}, true)) : chunk.forEveryone;
        // Those who see something the others do not: their own private marks, their own votes.
        QHash<QString, std::vector<quint64>> own;
        for (quint64 seq = chunk.first; seq <= chunk.last; ++seq) {
            if (const auto owner = m_privateOwners.constFind(seq); owner != m_privateOwners.cend())
                own[*owner].push_back(seq);
            if (const auto vote = m_votes.constFind(seq); vote != m_votes.cend()) {
                for (const QString &id : vote->participants)
                    own[id].push_back(seq);
            }
        }
        for (auto it = own.cbegin(); it != own.cend(); ++it) {
            const ParticipantState *p = m_meeting.state().participant(it.key());
            // A voting delegate (most of a vote round) differs from everyone's frame only
            // where their own seqs are: cheap, whatever the number of votes in the chunk.
            chunk.forParticipants.insert(it.key(),
                p && seesEveryVote(p->role)
                    ? assemble(piecesFor(chunk.first, chunk.last, it.key(), true))
                    : assemble(revealed(everyone, *it)));
        }
        if (chunk.countsOnly)
            chunk.ownSeqs = std::move(own);
        first = chunk.last + 1;
        m_recentBytes += chunkBytes(chunk);
        const auto [it, inserted] = m_recent.insert_or_assign(chunk.first, std::move(chunk));
        chunks.push_back(&it->second);
    }
    evictFrames(m_firstUnpublished + 1, through);
    m_firstUnpublished = through;
    // The chunks just made stay; older ones go first.
    while (m_recent.size() > chunks.size()
        && (m_recent.size() > RecentChunks || m_recentBytes > RecentBytes)) {
        m_recentBytes -= chunkBytes(m_recent.begin()->second);
        m_recent.erase(m_recent.begin());
    }
    return chunks;
}

const PublishedChunk *Room::chunkAt(quint64 seq) const
{
    const auto it = m_recent.find(seq);
    return it == m_recent.end() ? nullptr : &it->second;
}

QByteArray Room::countsRun(quint64 first, quint64 last, const QString &participantId)
{
    auto run = m_countsRuns.find({ first, last });
    if (run == m_countsRuns.end()) {
        if (m_countsRuns.size() >= RecentChunks) // tablets at as many places: start again
            m_countsRuns.clear();
        CountsRun made{ piecesFor(first, last, {}, false), {} };
        made.frame = assemble(made.pieces);
        run = m_countsRuns.emplace(std::make_pair(first, last), std::move(made)).first;
    }
    std::vector<quint64> own;
    for (auto it = m_recent.find(first); it != m_recent.end() && it->first <= last; ++it) {
        const auto seqs = it->second.ownSeqs.constFind(participantId);
        if (seqs != it->second.ownSeqs.cend())
            own.insert(own.end(), seqs->cbegin(), seqs->cend());
    }
    return own.empty() ? run->second.frame : assemble(revealed(run->second.pieces, own));
}

quint64 Room::cut(quint64 first, quint64 through) const
{
    qint64 bytes = m_frameSizes[size_t(first - 1)];
    quint64 last = first;
    while (last < through && bytes + m_frameSizes[size_t(last)] <= FrameTargetBytes)
        bytes += m_frameSizes[size_t(last++)];
    return last;
}

QByteArray Room::catchUpFrame(
    quint64 first, const QString &participantId, v1::Role role, quint64 *last) const
{
    *last = cut(first, m_firstUnpublished);
    return assemble(piecesFor(first, *last, participantId, seesEveryVote(role)));
}

std::vector<Room::Piece> Room::piecesFor(
    quint64 first, quint64 last, const QString &participantId, bool rollCall) const
{
    std::vector<Piece> pieces;
    for (quint64 seq = first; seq <= last; ++seq) {
        const auto vote = m_votes.constFind(seq);
        if (vote != m_votes.cend() && !rollCall && !vote->participants.contains(participantId)) {
            // Runs of one ballot's votes this viewer sees as a count.
            if (!pieces.empty() && pieces.back().kind == Piece::Votes
                && pieces.back().last == seq - 1
                && pieces.back().vote->ballotId == vote->ballotId) {
                pieces.back().last = seq;
                pieces.back().vote = &*vote;
            } else {
                pieces.push_back({ seq, seq, Piece::Votes, &*vote });
            }
            continue;
        }
        const auto owner = m_privateOwners.constFind(seq);
        const bool hidden = owner != m_privateOwners.cend() && *owner != participantId;
        pieces.push_back({ seq, seq, hidden ? Piece::Withheld : Piece::Event, nullptr });
    }
    return pieces;
}

std::vector<Room::Piece> Room::revealed(
    const std::vector<Piece> &pieces, const std::vector<quint64> &seqs) const
{
    // `seqs` is sorted: walk both at once.
    std::vector<Piece> out;
    out.reserve(pieces.size() + 2 * seqs.size());
    auto next = seqs.cbegin();
    for (const Piece &piece : pieces) {
        while (next != seqs.cend() && *next < piece.first)
            ++next;
        if (next == seqs.cend() || *next > piece.last) {
            out.push_back(piece);
            continue;
        }
        if (piece.kind != Piece::Votes) { // a private mark of this viewer's: a single seq
            out.push_back({ piece.first, piece.last, Piece::Event, nullptr });
            continue;
        }
        quint64 from = piece.first;
        for (; next != seqs.cend() && *next <= piece.last; ++next) {
            if (*next > from)
                out.push_back({ from, *next - 1, Piece::Votes, &*m_votes.constFind(*next - 1) });
            if (*next >= from) // the same seq twice (voter and caster): once
                out.push_back({ *next, *next, Piece::Event, nullptr });
            from = *next + 1;
        }
        if (from <= piece.last)
            out.push_back({ from, piece.last, Piece::Votes, piece.vote });
    }
    return out;
}

QByteArray Room::assemble(const std::vector<Piece> &pieces) const
{
    std::deque<QByteArray> standIns; // stable addresses for the pointers below
    // Evicted frames of these pieces, read back in one query.
    quint64 firstEvicted = 0, lastEvicted = 0;
    for (const Piece &piece : pieces) {
        if (piece.kind == Piece::Event && m_frames[size_t(piece.first - 1)].isEmpty()) {
            firstEvicted = firstEvicted ? firstEvicted : piece.first;
            lastEvicted = piece.first;
        }
    }
    std::map<quint64, QByteArray> readBack;
    if (firstEvicted) {
        for (StoredEvent &stored : m_store.eventRange(m_id, firstEvicted, lastEvicted)) {
            if (m_frames[size_t(stored.seq - 1)].isEmpty())
                readBack.emplace(stored.seq, std::move(stored.bytes));
        }
    }
    std::vector<const QByteArray *> frames;
    frames.reserve(pieces.size());
    for (const Piece &piece : pieces) {
        switch (piece.kind) {
        case Piece::Event:
            frames.push_back(frameOf(piece.first, standIns, readBack));
            break;
        case Piece::Withheld:
            standIns.push_back(withheldFrame(piece.first));
            frames.push_back(&standIns.back());
            break;
        case Piece::Votes:
            standIns.push_back(votesCountedFrame(
                piece.first, piece.last, piece.vote->ballotId, piece.vote->votersAfter));
            frames.push_back(&standIns.back());
            break;
        }
    }
    return batchFrame(frames);
}

const QByteArray *Room::frameOf(quint64 seq, std::deque<QByteArray> &loaded,
    const std::map<quint64, QByteArray> &readBack) const
{
    const QByteArray &kept = m_frames[size_t(seq - 1)];
    if (!kept.isEmpty())
        return &kept;
    const auto it = readBack.find(seq);
    if (it == readBack.end()) {
        // The log lost a durable event: nothing sane to send; a Withheld keeps seq whole.
        qCCritical(lcRoom) << "meeting" << m_id << "event" << seq << "is not in the log any more";
        loaded.push_back(withheldFrame(seq));
    } else {
        loaded.push_back(eventFrame(it->second));
    }
    return &loaded.back();
}

QByteArray Room::frame(quint64 seq) const
{
    std::deque<QByteArray> loaded;
    std::map<quint64, QByteArray> readBack;
    if (m_frames[size_t(seq - 1)].isEmpty()) {
        for (StoredEvent &stored : m_store.eventRange(m_id, seq, seq))
            readBack.emplace(stored.seq, std::move(stored.bytes));
    }
    return *frameOf(seq, loaded, readBack);
}

void Room::evictFrames(quint64 from, quint64 through)
{
    for (quint64 seq = from; seq <= through; ++seq) {
        QByteArray &frame = m_frames[size_t(seq - 1)];
        if (frame.size() > EvictedFrameBytes) {
            m_frameBytesInMemory -= frame.size();
            frame = QByteArray(); // freed here, or when the recent chunk sharing it goes
        }
    }
}

QByteArray batchFrame(const std::vector<const QByteArray *> &eventFrames)
{
    if (eventFrames.size() == 1)
        return *eventFrames.front();
    // An Event inside ServerMessage and inside EventBatch differs only in its tag byte: swap
    // it and concatenate, then wrap the whole in ServerMessage.event_batch.
    qsizetype bodySize = 0;
    for (const QByteArray *f : eventFrames)
        bodySize += f->size();
    QByteArray out;
    out.reserve(bodySize + 11);
    out.append(BatchTag);
    appendVarint(out, quint64(bodySize));
    for (const QByteArray *f : eventFrames) {
        Q_ASSERT(!f->isEmpty() && f->front() == EventTag);
        out.append(BatchEntryTag);
        out.append(f->constData() + 1, f->size() - 1);
    }
    return out;
}

void Room::reload()
{
    // Durable events whose publication was held (RoomServer: a secret ballot's box not yet
    // scrubbed) are in the log and still owed to the tablets.
    const size_t published = m_firstUnpublished;
    QString error;
    if (!load(&error))
        qCCritical(lcRoom) << "reloading meeting" << m_id << "failed:" << error;
    m_firstUnpublished = std::min(published, m_frames.size());
}

} // namespace quorum
