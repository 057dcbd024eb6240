#pragma once

#include "agendamodel.h"
#include "attendancemodel.h"
#include "doorcheckin.h"
#include "ballotoptionsmodel.h"
#include "ballotview.h"
#include "devicesmodel.h"
#include "floorreplica.h"
#include "meetingclient.h"
#include "participantsmodel.h"
#include "refusal.h"
#include "roomfinder.h"
#include "speakersmodel.h"

#include <QtQml/qqml.h>

// quorum_client is UI-free (QtCore/QtNetwork only), so its classes cannot carry QML macros
// themselves; these foreign declarations register them in Quorum.Tablet instead.

/** Why the server refused (Refusal::Reason), for Texts.refusalText: `Refusal.BallotVotingClosed`. */
namespace ForeignRefusal {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Refusal)
QML_NAMED_ELEMENT(Refusal)
} // namespace ForeignRefusal

/** MeetingClient in QML: `MeetingClient { id: client }`. */
struct ForeignMeetingClient
{
    Q_GADGET
    QML_FOREIGN(MeetingClient)
    QML_NAMED_ELEMENT(MeetingClient)
};

/** The participants of a MeetingClient; only ever read through `client.participants`. */
struct ForeignParticipantsModel
{
    Q_GADGET
    QML_FOREIGN(ParticipantsModel)
    QML_NAMED_ELEMENT(ParticipantsModel)
    QML_UNCREATABLE("Read it from MeetingClient.participants")
};

/** The devices that hold a token (`client.devices`): the secretary's list, with revoke. */
struct ForeignDevicesModel
{
    Q_GADGET
    QML_FOREIGN(DevicesModel)
    QML_NAMED_ELEMENT(DevicesModel)
    QML_UNCREATABLE("Read it from MeetingClient.devices")
};

/** The secretary's check-in at the door: `DoorCheckIn { client: … }` (CheckInPage). */
struct ForeignDoorCheckIn
{
    Q_GADGET
    QML_FOREIGN(DoorCheckIn)
    QML_NAMED_ELEMENT(DoorCheckIn)
};

/** The rooms nearby (DNS-SD on the LAN): `RoomFinder { active: … }` (NearbyRooms). */
struct ForeignRoomFinder
{
    Q_GADGET
    QML_FOREIGN(RoomFinder)
    QML_NAMED_ELEMENT(RoomFinder)
};

/** The agenda of a MeetingClient; only ever read through `client.agenda`. */
struct ForeignAgendaModel
{
    Q_GADGET
    QML_FOREIGN(AgendaModel)
    QML_NAMED_ELEMENT(AgendaModel)
    QML_UNCREATABLE("Read it from MeetingClient.agenda")
};

/** The floor of a MeetingClient (`client.floor`): quorum, speakers, ballots, their commands. */
struct ForeignFloorReplica
{
    Q_GADGET
    QML_FOREIGN(FloorReplica)
    QML_NAMED_ELEMENT(FloorReplica)
    QML_UNCREATABLE("Read it from MeetingClient.floor")
};

/** Attendance, votes and proxies per member; read through `client.floor.attendance`. */
struct ForeignAttendanceModel
{
    Q_GADGET
    QML_FOREIGN(AttendanceModel)
    QML_NAMED_ELEMENT(AttendanceModel)
    QML_UNCREATABLE("Read it from MeetingClient.floor.attendance")
};

/** The speakers' queue; read through `client.floor.speakers`. */
struct ForeignSpeakersModel
{
    Q_GADGET
    QML_FOREIGN(SpeakersModel)
    QML_NAMED_ELEMENT(SpeakersModel)
    QML_UNCREATABLE("Read it from MeetingClient.floor.speakers")
};

/** The ballot on screen; read through `client.floor.ballot`. */
struct ForeignBallotView
{
    Q_GADGET
    QML_FOREIGN(BallotView)
    QML_NAMED_ELEMENT(BallotView)
    QML_UNCREATABLE("Read it from MeetingClient.floor.ballot")
};

/** The options of the ballot on screen; read through `client.floor.ballot.options`. */
struct ForeignBallotOptionsModel
{
    Q_GADGET
    QML_FOREIGN(BallotOptionsModel)
    QML_NAMED_ELEMENT(BallotOptionsModel)
    QML_UNCREATABLE("Read it from MeetingClient.floor.ballot.options")
};
