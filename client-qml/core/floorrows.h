#pragma once

#include "attendancemodel.h"
#include "ballotview.h"
#include "meetingstate.h"
#include "speakersmodel.h"

#include <QString>
#include <QStringList>

#include <vector>

/**
 * The rows the floor's views show, built from the shared fold's state (server/core/fold.h)
 * alone: pure functions of the state and of who this tablet is, no signals, no clock.
 * FloorReplica hands what they build to its models after each event; tst_floorrows calls them
 * on a state folded from events.
 */
namespace floorrows {

/** A participant's name, empty for an unknown id. */
QString nameOf(const quorum::MeetingState &state, const QString &participantId);
/** Ids of the members whose vote `holderId` holds, in definition order. */
QStringList grantorsOf(const quorum::MeetingState &state, const QString &holderId);
/** A member who may vote now: attending, or whose proxy's holder is. */
bool eligible(const quorum::MeetingState &state, const quorum::ParticipantState &p);
/** The ballot on screen: the open one, else the last one created; none before any. */
const quorum::BallotRecord *shownBallot(const quorum::MeetingState &state);
/** The options chosen, by their labels ("A, B"); an index the ballot lacks as its number. */
QString choiceLabels(const quorum::v1::Ballot &ballot, const std::vector<quint32> &choices);

/** Every participant's attendance row, with proxies and, on the shown ballot, their vote. */
QList<AttendanceModel::Member> attendanceMembers(const quorum::MeetingState &state);
/** The speakers' queue, each with the topic and minutes of their latest request to speak. */
std::vector<SpeakersModel::Entry> queueEntries(const quorum::MeetingState &state);

/** Who is here, as the attendance counts it: participants but observers. */
struct AttendanceCount
{
    int attending = 0; // in the room or online
    int members = 0;
};
AttendanceCount attendanceCount(const quorum::MeetingState &state);

/** The shown ballot as the tablet of `selfId` sees it (an empty State when there is none). */
BallotView::State ballotState(const quorum::MeetingState &state, const QString &selfId);

} // namespace floorrows
