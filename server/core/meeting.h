#pragma once

#include "annotations.h"
#include "decision.h"
#include "meetingstate.h"

namespace quorum {

/**
 * One meeting as pure C++: commands in, events out, state as the fold of the events.
 *
 * `decide*` functions never change the state; the room stamps the events they return
 * (seq, time, actor), makes them durable, and only then folds them in with `apply`.
 * Replaying the log through `apply` rebuilds the same state.
 */
class Meeting
{
public:
    /** Where the bodies of annotation operations are (see AnnotationBodies). */
    enum class AnnotationBodiesIn {
        State, // kept in the state: tests, tools, what a tablet does
        Log, // the server: only entries in memory, bodies read back from the log by seq
    };
    explicit Meeting(AnnotationBodiesIn bodies = AnnotationBodiesIn::State);

    const MeetingState &state() const { return m_state; }

    /** Folds one stamped event in. Its seq must follow the last one. */
    void apply(const v1::Event &event);

    /**
     * What a participant's command does. Checks the role first, then the meeting's rules.
     * `nowMs` is the server time the resulting events will carry (speaking times use it);
     * `deviceId` the sender's device (a door check-in records which tablet scanned the card).
     */
    Decision decide(const QString &actorId, const v1::Command &command, qint64 nowMs,
        const QString &deviceId = {}) const;

    /** Adds a secret ballot's choice to its box; the room calls it with the VoteCast event. */
    void addToBallotBox(const SecretVote &vote);
    /** Candidates' birth dates for TIE_BREAK_OLDER, from the meeting file: held by the
     *  server only, never in an event or a snapshot (FloorState::birthDates). */
    void setBirthDates(const QHash<QString, QDate> &birthDates);
    /** Restores one stored total of a secret ballot box after a replay. */
    void restoreBallotBox(const QString &ballotId, qint64 key, quint64 total);

    /** Puts an anonymous answer into its form's box; the room calls it with the FormAnswered. */
    void addToFormBox(const SealedAnswer &answer);

    /** The definition event that starts a meeting; rejects an incomplete definition. */
    Decision define(const v1::MeetingDefined &definition) const;

    /** A participant's first device connected; nothing when already present. */
    Decision join(const QString &participantId, const QString &deviceId) const;

    /** A device joined with a PIN and gets a token (the server made its key and the token). */
    Decision enrolDevice(const v1::EnrolledDevice &device) const;

    /** A participant's last device left; nothing when not present. */
    Decision leave(const QString &participantId, v1::ParticipantLeft::Reason reason) const;

    /** Everyone present leaves: the server restarted, no device is connected any more. */
    Decision leaveAll(v1::ParticipantLeft::Reason reason) const;

    /** The state at the last applied event, annotations included (bodies in the state only). */
    v1::Snapshot snapshot(const QString &viewer = {}) const;

    /**
     * The snapshot without annotations, the same for every viewer: the server serializes it
     * once per seq and sends the annotations apart, in pages (annotationGroups).
     */
    v1::Snapshot sharedSnapshot() const;
    /** The annotations `snapshot(viewer)` holds, by document, the one on screen first. */
    std::vector<AnnotationGroup> annotationGroups(const QString &viewer) const;
    /** An applied annotation operation by id (erased ones too), or null: its entry (the body is
     * in the state's AnnotationBodies, or in the log at the entry's seq). */
    const AnnotationEntry *annotation(const QString &opId) const;

private:
    MeetingState m_state;
};

} // namespace quorum
