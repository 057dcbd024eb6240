#pragma once

#include "ballots.h"
#include "clock.h"
#include "eventstore.h"
#include "meeting.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <map>

#include <optional>

namespace quorum {

/**
 * Events published together, cut to at most FrameTargetBytes, serialized once per audience:
 * a frame for every tablet, one for those who see every vote (chair, secretary, observers)
 * and one for each participant who owns a private annotation or cast a vote in it. Another
 * participant's private annotation is `withheld` and a run of votes one `votes_counted` (the
 * same seqs with no content), so that seq stays without gaps for everyone.
 */
struct PublishedChunk
{
    quint64 first = 0;
    quint64 last = 0;
    // Everyone's frame is only counts of votes (VotesCounted): what a tablet that sees only
    // counts is owed waits, at most Rooms::countsInterval(), and runs of such chunks go to a
    // tablet as one frame (Room::countsRun).
    bool countsOnly = false;
    QByteArray forEveryone;
    QByteArray forRollCall; // seesEveryVote(role)
    QHash<QString, QByteArray> forParticipants;
    // countsOnly: the seqs each voter of the chunk sees in full (its own votes), sorted.
    QHash<QString, std::vector<quint64>> ownSeqs;
    const QByteArray &to(const QString &participantId, v1::Role role) const
    {
        const auto it = forParticipants.constFind(participantId);
        if (it != forParticipants.cend())
            return *it;
        return seesEveryVote(role) ? forRollCall : forEveryone;
    }
};

/**
 * Joins event frames (each a serialized ServerMessage{event}) into one frame: the frame
 * itself when there is one, else a ServerMessage{event_batch}. Built from the bytes, without
 * parsing: an Event inside ServerMessage (field 3) and inside EventBatch (field 1) differ
 * only in the first tag byte.
 */
QByteArray batchFrame(const std::vector<const QByteArray *> &eventFrames);

/**
 * One meeting on the server: its core state, its event log and the frames every tablet gets.
 *
 * Events go through three steps. `stage` stamps them (seq, time, actor), chains their hashes
 * and folds them into the state, so that the next command of the same turn sees them.
 * `collect` hands the staged events to a group commit. After the commit, `publish` returns
 * their frames for fan-out; after a failed commit, `reload` drops them and rebuilds the
 * state from the log. No frame leaves the server before its event is durable.
 */
class Room
{
public:
    Room(QString meetingId, EventStore &store, const Clock &clock);

    /** Replays the meeting's log, verifying its hash chain. */
    bool load(QString *error);

    const QString &id() const { return m_id; }
    const Meeting &meeting() const { return m_meeting; }
    /** The meeting file's birth dates (rules15, TIE_BREAK_OLDER): server only. */
    void setBirthDates(const QHash<QString, QDate> &birthDates)
    {
        m_meeting.setBirthDates(birthDates);
    }
    /** The meeting's log, for what is read back from it (annotation bodies, annotationpages.h). */
    EventStore &store() const { return m_store; }
    quint64 headSeq() const { return m_meeting.state().seq; }
    /** The last seq whose frame went out (durable and published); headSeq() may be ahead. */
    quint64 publishedSeq() const { return m_firstUnpublished; }

    /**
     * Stamps, chains, applies and stages events. `commandKey` (participant/command-id) marks
     * the command they complete. Returns the seq of the last one, or 0 when there were none;
     * a command without events is then remembered (and stored) as done all the same.
     */
    quint64 stage(const Events &events, const QString &actorId, const QString &commandKey = {});

    /** Puts a secret vote into the ballot box; its totals go with the next commit. */
    void stageSecretVote(const SecretVote &vote);

    /** Puts an anonymous answer into its form's box; the row goes with the next commit. */
    void stageSealedAnswer(const SealedAnswer &answer);

    /** Stores a device token's hash with the next commit (the token never enters the log). */
    void stageDeviceToken(StoredDeviceToken token) { m_stagedTokens.push_back(std::move(token)); }
    /** A PIN issued from the desk: its keyed hash, in the same commit as PinsIssued. */
    void stageCredential(StoredCredential credential)
    {
        m_stagedCredentials.push_back(std::move(credential));
    }

    /** The seq a command completed with, when a command with this key was applied before. */
    std::optional<quint64> completedCommand(const QString &commandKey) const;

    /** Moves the staged events into a commit batch. */
    void collect(CommitBatch &batch);
    /**
     * After a successful commit: the events that just became durable (those collected, not
     * those staged since), in chunks of at most FrameTargetBytes (a lone event above it
     * alone). Empty when nothing was collected.
     */
    std::vector<const PublishedChunk *> publish();
    /** A published chunk that starts at `seq`, while the room still keeps it (recent ones). */
    const PublishedChunk *chunkAt(quint64 seq) const;
    /**
     * One frame for the recent chunks from `first` through `last` (consecutive, each
     * countsOnly) as `participantId`, who does not see every vote, sees them: everyone's counts
     * for the whole run in one VotesCounted per ballot (the bytes built once for every tablet
     * at the same place), with its own votes shown in full where they are. A tablet that was
     * held for a while (Rooms, countsInterval) and a voter whose vote follows counts it was
     * not sent yet get one frame, not one per commit.
     */
    QByteArray countsRun(quint64 first, quint64 last, const QString &participantId);
    /**
     * One frame of durable events from `first` on as `participantId` (with `role`) may see
     * them, as many as fit FrameTargetBytes (at least one); `*last` is the last seq it holds.
     * For a tablet that is behind: catch-up is cut into frames and sent as it reads.
     */
    QByteArray catchUpFrame(
        quint64 first, const QString &participantId, v1::Role role, quint64 *last) const;
    /** After a failed commit: forget what was staged and rebuild from the log. */
    void reload();

    /**
     * A serialized ServerMessage{welcome{snapshot}} of the current state without annotations
     * (they go in pages), built once per seq: at meeting start every tablet joins at nearly the
     * same seq, and the snapshot of a big meeting is ~100 KB (docs/benchmarks.md).
     */
    const QByteArray &sharedWelcome();
    /**
     * The same snapshot serialized alone (a Snapshot message), built once per seq: what a
     * Welcome too big for one frame sends in SnapshotPages instead (Admission::welcome).
     */
    const QByteArray &sharedSnapshot();

    /**
     * The frame (a serialized ServerMessage carrying the event) of a durable event: from
     * memory, or read back from the log for a big one (see EvictedFrameBytes in room.cpp).
     */
    QByteArray frame(quint64 seq) const;
    /** Bytes of event frames the room holds in memory (docs/benchmarks.md). */
    qint64 frameBytesInMemory() const { return m_frameBytesInMemory; }

private:
    /** A secret ballot that closed or was cancelled: its box is removed with the next commit. */
    void dropClosedBox(const v1::Event &event);
    /** An anonymous form that closed: its box is removed with the next commit (forms.h). */
    void dropClosedFormBox(const v1::Event &event);
    struct VoteRecord;
    /** Events as one viewer gets them: an event, its withheld stand-in, or a run of votes. */
    struct Piece
    {
        quint64 first;
        quint64 last;
        enum Kind { Event, Withheld, Votes } kind;
        const VoteRecord *vote; // Votes: the run's last vote
    };
    /** The events first..last for one audience (see PublishedChunk). */
    std::vector<Piece> piecesFor(
        quint64 first, quint64 last, const QString &participantId, bool rollCall) const;
    /** Everyone's pieces with the events at `seqs` (sorted) shown in full. */
    std::vector<Piece> revealed(
        const std::vector<Piece> &pieces, const std::vector<quint64> &seqs) const;
    QByteArray assemble(const std::vector<Piece> &pieces) const;
    /** The last seq from `first` on whose full frames fit FrameTargetBytes together (>= first). */
    quint64 cut(quint64 first, quint64 through) const;
    void append(const v1::Event &event, const QByteArray &bytes, const QByteArray &hash,
        const QString &commandKey);
    /** Drops the big frames of published events `from`..`through` (they stay in the log). */
    void evictFrames(quint64 from, quint64 through);
    /** Frames of the pieces' events as assemble() needs them, big ones read back (`loaded` owns
     * them). */
    const QByteArray *frameOf(quint64 seq, std::deque<QByteArray> &loaded,
        const std::map<quint64, QByteArray> &readBack) const;

    QString m_id;
    EventStore &m_store;
    const Clock &m_clock;
    Meeting m_meeting;
    QByteArray m_lastHash;
    std::vector<QByteArray> m_frames; // index seq-1, durable and staged; empty: evicted
    std::vector<qint32> m_frameSizes; // index seq-1: every frame's size, evicted or not
    qint64 m_frameBytesInMemory = 0;
    QHash<QString, quint64> m_completedCommands;
    std::vector<StoredEvent> m_staged;
    QStringList m_stagedUnchanged; // keys of commands that changed nothing
    std::map<std::pair<QString, qint64>, quint64> m_stagedBox; // (ballot, key) -> amount
    QStringList m_stagedBoxRemovals; // secret ballots closed or cancelled: boxes to delete
    std::vector<StoredDeviceToken> m_stagedTokens;
    std::vector<StoredCredential> m_stagedCredentials;
    std::map<std::pair<QString, QByteArray>, QByteArray> m_stagedFormBox; // (form, key) -> answer
    QStringList m_stagedFormBoxRemovals; // anonymous forms closed: boxes to delete
    size_t m_firstUnpublished = 0;
    size_t m_collectedThrough = 0; // the last seq handed to a commit
    QByteArray m_sharedWelcome;
    quint64 m_sharedWelcomeSeq = 0; // index into m_frames
    QByteArray m_sharedSnapshot;
    quint64 m_sharedSnapshotSeq = 0;
    QHash<quint64, QString> m_privateOwners; // seq -> the only participant who may see it
    /** A VoteCast: its ballot, who it concerns and the ballot's voters after it. */
    struct VoteRecord
    {
        QString ballotId;
        QStringList participants;
        quint32 votersAfter = 0;
    };
    QHash<quint64, VoteRecord> m_votes; // seq -> the VoteCast at that seq
    std::map<quint64, PublishedChunk> m_recent; // first seq -> chunk, the most recent ones
    qint64 m_recentBytes = 0;
    /**
     * countsRun's shared part, per (first, last): everyone's pieces (they point into m_votes,
     * so any append clears this) and their frame.
     */
    struct CountsRun
    {
        std::vector<Piece> pieces;
        QByteArray frame;
    };
    std::map<std::pair<quint64, quint64>, CountsRun> m_countsRuns;
};

} // namespace quorum
