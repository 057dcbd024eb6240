#pragma once

#include "protocol.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace quorum {

/** The speech that holds the floor now, if any. */
struct SpeechState
{
    bool active = false;
    QString participantId;
    QString itemId;
    quint32 allottedSeconds = 0; // 0: no limit
    qint64 startedMs = 0;
    quint64 spokenBeforeMs = 0; // time spoken before the current stretch
    bool paused = false;
    qint64 runningSinceMs = 0; // start of the current stretch (when not paused)
    bool pointOfOrder = false;

    /** Speaking time so far, pauses left out. */
    quint64 spokenMs(qint64 nowMs) const
    {
        if (!active)
            return 0;
        return spokenBeforeMs + (paused ? 0 : quint64(std::max<qint64>(0, nowMs - runningSinceMs)));
    }
};

struct QueuedSpeaker
{
    QString participantId;
    bool pointOfOrder = false;
};

/** A speech that ended, as the minutes list it: the speaker's name as it was then. */
struct SpokenRecord
{
    QString participantId;
    QString name;
    QString itemId;
    qint64 startedMs = 0;
    quint64 spokenMs = 0;
    bool pointOfOrder = false;
};

/** Time spoken by one person on one agenda item. */
struct SpeakingTotal
{
    quint64 spokenMs = 0;
    quint32 speeches = 0;
};

/**
 * A named cumulative paper as the box counted it: cast once for its voters together (a holder
 * and the proxies held), so it leaves the count whole when they change their vote.
 */
struct CumulativePaper
{
    std::vector<quint32> choices;
    std::vector<quint64> amounts; // CastVote.amounts, one per choice
    quint64 ballots = 0; // voters it counts for
    quint64 weight = 0; // their weight when it was counted
    QStringList voters;
};

/** One ballot and its box. For a secret ballot the box holds counts only. */
struct BallotRecord
{
    v1::Ballot ballot;
    v1::BallotState::Phase phase = v1::BallotState::PHASE_CREATED;
    std::vector<QString> voted; // voters recorded, in order (the log has it too)
    QSet<QString> votedSet;
    quint32 eligible = 0;
    // The box: weighted votes per option, ballots and blank ballots (heads and weights).
    std::vector<quint64> votes;
    quint64 ballots = 0;
    quint64 ballotsWeight = 0;
    quint64 blank = 0;
    quint64 blankWeight = 0;
    // Invalid ballot papers (an election's paper keeping more names than seats, or none, where
    // the rule says so; a cumulative paper giving more votes than it holds): in no option.
    quint64 invalid = 0;
    quint64 invalidWeight = 0;
    QHash<QString, std::vector<quint32>> namedChoices; // named ballots only (not cumulative)
    // Named cumulative ballots: the papers counted, and the one that counts for each voter (a
    // changed vote takes its previous paper out of the count before the new one goes in).
    std::vector<CumulativePaper> cumulativePapers;
    QHash<QString, size_t> cumulativePaperOf;
    std::vector<v1::VoteCast> namedVotes; // named ballots only, for snapshots
    v1::BallotResult result; // when closed
    QString cancelReason; // when cancelled
    qint64 openedMs = 0; // server time of BallotOpened (0: from a snapshot, or not opened)
    qint64 closedMs = 0; // of BallotClosed or BallotCancelled
    // Turnout as a tablet that does not see every vote learns it (VotesCounted, ballots.h):
    // the last count, and the voters it saw in full since (its own votes).
    quint32 counted = 0;
    quint32 votedSinceCount = 0;

    /** Voters recorded, heads: from the votes seen, or the last count when that is more. */
    quint64 turnout() const
    {
        return std::max<quint64>(voted.size(), quint64(counted) + votedSinceCount);
    }
};

/** Attendance, proxies, the speakers' queue and the ballots of a meeting. */
struct FloorState
{
    QHash<QString, QString> proxies; // grantor -> holder
    std::vector<QueuedSpeaker> queue;
    bool queueOpen = true;
    quint32 speakingSeconds = 0; // for the next speeches
    SpeechState speech;
    std::map<std::pair<QString, QString>, SpeakingTotal> totals; // (participant, item)
    std::vector<SpokenRecord> spoken; // every speech that ended, in order (for the minutes)
    std::vector<BallotRecord> ballots;
    QHash<QString, int> ballotIndex;
    // Candidates' birth dates (participant id -> date) for TIE_BREAK_OLDER: server only, set
    // by the room from the meeting file (MeetingFile::birthDates). Never folded from an event,
    // never in a snapshot or an export: a tablet's replica has none.
    QHash<QString, QDate> birthDates;

    int queuePosition(const QString &participantId) const
    {
        for (size_t i = 0; i < queue.size(); ++i) {
            if (queue[i].participantId == participantId)
                return int(i);
        }
        return -1;
    }
    const BallotRecord *ballot(const QString &id) const
    {
        const auto it = ballotIndex.constFind(id);
        return it == ballotIndex.cend() ? nullptr : &ballots[size_t(*it)];
    }
    BallotRecord *ballot(const QString &id)
    {
        const auto it = ballotIndex.constFind(id);
        return it == ballotIndex.cend() ? nullptr : &ballots[size_t(*it)];
    }
    const BallotRecord *openBallot() const
    {
        for (const BallotRecord &b : ballots) {
            if (b.phase == v1::BallotState::PHASE_OPEN)
                return &b;
        }
        return nullptr;
    }
};

} // namespace quorum
