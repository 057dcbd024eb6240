#include "room.h"

#include "annotations.h"
#include "hashchain.h"

#include <QLoggingCategory>

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
} // namespace

Room::Room(QString meetingId, EventStore &store, const Clock &clock)
    : m_id(std::move(meetingId)), m_store(store), m_clock(clock), m_lastHash(hashchain::genesis())
{
}

bool Room::load(QString *error)
{
    m_meeting = Meeting();
    m_lastHash = hashchain::genesis();
    m_frames.clear();
    m_privateOwners.clear();
    m_completedCommands.clear();
    m_staged.clear();
    m_stagedUnchanged.clear();
    m_stagedBox.clear();
    m_stagedBoxRemovals.clear();
    m_sharedWelcome.clear();
    m_sharedWelcomeSeq = 0;
    for (const StoredEvent &stored : m_store.events(m_id)) {
        const auto event = decode<v1::Event>(stored.bytes);
        if (!event || event->seq() != headSeq() + 1 || event->seq() != stored.seq) {
            *error = QStringLiteral("meeting %1, event %2: unreadable or out of order")
                             .arg(m_id).arg(stored.seq);
            return false;
        }
        if (stored.previousHash != m_lastHash || hashchain::link(m_lastHash, stored.bytes) != stored.hash) {
            *error = QStringLiteral("meeting %1, event %2: chain broken").arg(m_id).arg(stored.seq);
            return false;
        }
        append(*event, stored.bytes, stored.hash, stored.commandKey);
    }
    // Without them a resent command that changed nothing could apply late: refuse to serve.
    const std::optional<QStringList> unchanged = m_store.unchangedCommands(m_id);
    if (!unchanged) {
        *error = QStringLiteral("meeting %1: the commands that changed nothing are unreadable").arg(m_id);
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
    m_firstUnpublished = m_frames.size();
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
        m_staged.push_back({m_id, event.seq(), bytes, m_lastHash, hash, key});
        append(event, bytes, hash, key);
        dropClosedBox(event);
    }
    if (events.empty() && !commandKey.isEmpty()) {
        m_completedCommands.insert(commandKey, 0);
        m_stagedUnchanged << commandKey;
    }
    return events.empty() ? 0 : headSeq();
}

void Room::stageSecretVote(const SecretVote &vote)
{
    m_meeting.addToBallotBox(vote);
    const bool weighted = m_meeting.state().floor.ballot(vote.ballotId)->ballot.rule().weighted();
    for (quint32 choice : vote.choices)
        m_stagedBox[{vote.ballotId, qint64(choice)}] += weighted ? vote.weight : vote.ballots;
    m_stagedBox[{vote.ballotId, BallotBoxDelta::Ballots}] += vote.ballots;
    m_stagedBox[{vote.ballotId, BallotBoxDelta::BallotsWeight}] += vote.weight;
    if (vote.choices.empty()) {
        m_stagedBox[{vote.ballotId, BallotBoxDelta::Blank}] += vote.ballots;
        m_stagedBox[{vote.ballotId, BallotBoxDelta::BlankWeight}] += vote.weight;
    }
}

void Room::dropClosedBox(const v1::Event &event)
{
    QString ballotId;
    if (event.has_ballot_closed())
        ballotId = qstr(event.ballot_closed().ballot_id());
    else if (event.has_ballot_cancelled())
        ballotId = qstr(event.ballot_cancelled().ballot_id());
    const BallotRecord *ballot = ballotId.isEmpty() ? nullptr : m_meeting.state().floor.ballot(ballotId);
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
    m_frames.push_back(eventFrame(bytes));
    if (const QString owner = privateOwner(event); !owner.isEmpty())
        m_privateOwners.insert(event.seq(), owner);
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
    std::move(m_staged.begin(), m_staged.end(), std::back_inserter(batch.events));
    m_staged.clear();
    for (const QString &key : std::as_const(m_stagedUnchanged))
        batch.unchangedCommands.push_back({m_id, key});
    m_stagedUnchanged.clear();
    // Totals per commit: several votes of one turn reach the disk as one sum.
    for (const auto &[key, amount] : m_stagedBox)
        batch.ballotBox.push_back({m_id, key.first, key.second, amount});
    m_stagedBox.clear();
    for (const QString &ballotId : std::as_const(m_stagedBoxRemovals))
        batch.closedBallotBoxes.push_back({m_id, ballotId});
    m_stagedBoxRemovals.clear();
    std::move(m_stagedTokens.begin(), m_stagedTokens.end(), std::back_inserter(batch.deviceTokens));
    m_stagedTokens.clear();
}

const QByteArray &Room::sharedWelcome()
{
    if (m_sharedWelcome.isEmpty() || m_sharedWelcomeSeq != headSeq()) {
        v1::ServerMessage message;
        *message.mutable_welcome()->mutable_snapshot() = m_meeting.snapshot();
        m_sharedWelcome = encode(message);
        m_sharedWelcomeSeq = headSeq();
    }
    return m_sharedWelcome;
}

PublishedBatch Room::publish()
{
    PublishedBatch batch;
    if (m_firstUnpublished == m_frames.size())
        return batch;
    // Withheld stand-ins are built once per private event, shared by every recipient.
    std::vector<QByteArray> withheld(m_frames.size() - m_firstUnpublished);
    QSet<QString> owners;
    for (size_t i = m_firstUnpublished; i < m_frames.size(); ++i) {
        const QString owner = m_privateOwners.value(i + 1);
        if (!owner.isEmpty()) {
            owners.insert(owner);
            withheld[i - m_firstUnpublished] = withheldFrame(i + 1);
        }
    }
    auto framesFor = [&](const QString &viewer) {
        std::vector<const QByteArray *> frames;
        for (size_t i = m_firstUnpublished; i < m_frames.size(); ++i) {
            const QString owner = m_privateOwners.value(i + 1);
            frames.push_back(owner.isEmpty() || owner == viewer ? &m_frames[i] : &withheld[i - m_firstUnpublished]);
        }
        return batchFrame(frames);
    };
    batch.forEveryone = framesFor(QString());
    for (const QString &owner : owners)
        batch.forOwners.insert(owner, framesFor(owner));
    m_firstUnpublished = m_frames.size();
    return batch;
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

QByteArray Room::frameFor(quint64 seq, const QString &participantId) const
{
    const auto owner = m_privateOwners.constFind(seq);
    if (owner == m_privateOwners.cend() || *owner == participantId)
        return m_frames[size_t(seq - 1)];
    return withheldFrame(seq);
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
