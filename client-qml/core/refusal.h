#pragma once

#include "quorum.pb.h"

#include <QObject>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * Why the server refused a command or a request (quorum.v1.Error's reason), as one number a
 * page can switch on: the reason's field number in Error times Stride, plus the value of its
 * domain's enum. Texts.qml words every one (tst_refusaltexts walks the proto's enums and fails
 * on a value without a Vietnamese and an English text). A reason this tablet does not know (a
 * newer server) is None: the page falls back to the ErrorCode's text (docs/protocol.md, "Errors").
 */
namespace Refusal {
Q_NAMESPACE
QML_ELEMENT // in QML: Refusal.BallotVotingClosed, for Texts.refusalText

    /** A reason enum's values stay below this (proto/quorum.proto, "Error"). */
    constexpr int Stride
    = 1000;

/** Generated from proto/quorum.proto's reason enums; the test checks they match. */
enum Reason {
    None = 0,
    // GeneralRefusal (Error.general = 3): any command: the meeting, the sender, the role
    GeneralMeetingNotDefined = 3001,
    GeneralNotAParticipant = 3002,
    GeneralUnknownCommand = 3003,
    GeneralRole = 3004,
    GeneralBadCommandId = 3005,
    GeneralBadDefinition = 3006,
    GeneralAlreadyDefined = 3007,
    // AgendaRefusal (Error.agenda = 10): SetCurrentItem, AdvanceAgenda
    AgendaUnknownItem = 10001,
    AgendaBadStep = 10002,
    AgendaEmpty = 10003,
    AgendaNoneCurrent = 10004,
    AgendaAtFirst = 10005,
    AgendaAtLast = 10006,
    // AttendanceRefusal (Error.attendance = 20): SetAttendance, GrantProxy, RevokeProxy
    AttendanceUnknownParticipant = 20001,
    AttendanceUnknownState = 20002,
    AttendanceReasonTooLong = 20003,
    AttendanceProxiesNotAllowed = 20004,
    AttendanceGrantorNotVoting = 20005,
    AttendanceHolderNotVoting = 20006,
    AttendanceHolderGaveProxy = 20007,
    AttendanceGrantorHoldsProxies = 20008,
    AttendanceHolderFull = 20009,
    AttendanceRevokeNotAllowed = 20010,
    AttendanceNoProxy = 20011,
    // CheckInRefusal (Error.check_in = 21): CheckIn (a card at the door)
    CheckInWrongMeeting = 21001,
    CheckInUnknownCard = 21002,
    CheckInNoCard = 21003,
    CheckInTooManyUnknown = 21004,
    CheckInPinBudgetExhausted = 21005,
    // SpeakersRefusal (Error.speakers = 22): the list of speakers and the running speech
    SpeakersAlreadyQueued = 22001,
    SpeakersHasFloor = 22002,
    SpeakersQueueClosed = 22003,
    SpeakersNotQueued = 22004,
    SpeakersQueueEmpty = 22005,
    SpeakersSpeakerNotQueued = 22006,
    SpeakersCannotSpeak = 22007,
    SpeakersBadPosition = 22008,
    SpeakersTimeTooLong = 22009,
    SpeakersNobodySpeaking = 22010,
    SpeakersNotRunning = 22011,
    SpeakersNotPaused = 22012,
    SpeakersEndNotAllowed = 22013,
    // BallotRefusal (Error.ballot = 23): CreateBallot, OpenBallot, CastVote, CloseBallot,
    // CancelBallot
    BallotBadId = 23001,
    BallotIdExists = 23002,
    BallotUnknownItem = 23003,
    BallotNoQuestion = 23004,
    BallotSecretChangeable = 23005,
    BallotBadYesNoOptions = 23006,
    BallotOptionCount = 23007,
    BallotOptionWithoutLabel = 23008,
    BallotOptionTooLong = 23009,
    BallotMoreSeatsThanCandidates = 23010,
    BallotMoreChoicesThanOptions = 23011,
    BallotNoKind = 23012,
    BallotBadRule = 23013,
    BallotUnknownBallot = 23014,
    BallotAlreadyUsed = 23015,
    BallotAnotherOpen = 23016,
    BallotNoQuorum = 23017,
    BallotVotingClosed = 23018,
    BallotNotVotingMember = 23019,
    BallotNotCheckedIn = 23020,
    BallotNoChoice = 23021,
    BallotTooManyChoices = 23022,
    BallotUnknownOption = 23023,
    BallotOptionTwice = 23024,
    BallotVoterTwice = 23025,
    BallotNoProxyForVoter = 23026,
    BallotGaveProxy = 23027,
    BallotAlreadyVoted = 23028,
    BallotNotOpen = 23029,
    BallotAlreadyEnded = 23030,
    // DocumentRefusal (Error.document = 50): documents, the presentation, FetchDocument,
    // ExportDocument, FollowState
    DocumentBadId = 50001,
    DocumentTitleTooLong = 50002,
    DocumentUnknownItem = 50003,
    DocumentNotUploaded = 50004,
    DocumentUnknownDocument = 50005,
    DocumentBadIngest = 50006,
    DocumentUnknownPresenter = 50007,
    DocumentObserverCannotPresent = 50008,
    DocumentNotPresenter = 50009,
    DocumentPageOutOfRange = 50010,
    DocumentBadRegion = 50011,
    DocumentOffsetBeyondEnd = 50012,
    DocumentPrivateExport = 50013,
    DocumentTooManyTransfers = 50014,
    DocumentUnreadable = 50015,
    DocumentFollowWithoutDocument = 50016,
    DocumentExportsBusy = 50017,
    DocumentExportFailed = 50018,
    // AnnotationRefusal (Error.annotation = 51): Annotate, StrokePreview
    AnnotationBadOpId = 51001,
    AnnotationOpIdReused = 51002,
    AnnotationNothingToErase = 51003,
    AnnotationNotErasable = 51004,
    AnnotationEraseNotAllowed = 51005,
    AnnotationUnknownDocument = 51006,
    AnnotationPageOutOfRange = 51007,
    AnnotationNotPresenter = 51008,
    AnnotationUnknownLayer = 51009,
    AnnotationBadShape = 51010,
    AnnotationNoteLength = 51011,
    AnnotationNoKind = 51012,
    AnnotationTooMany = 51013,
    AnnotationTooLarge = 51014,
    AnnotationObserver = 51015,
    // MinutesRefusal (Error.minutes = 80): EditMinutes, ApproveMinutes, ReopenMinutes,
    // ExportMinutes
    MinutesLocked = 80001,
    MinutesUnknownItem = 80002,
    MinutesTextTooLong = 80003,
    MinutesHeaderOnItem = 80004,
    MinutesHeaderTooLong = 80005,
    MinutesNotApproved = 80006,
    MinutesReasonNeeded = 80007,
    MinutesReasonTooLong = 80008,
    MinutesExportRunning = 80009,
    MinutesExportUnavailable = 80010,
    MinutesExportFailed = 80011,
    // DeviceRefusal (Error.device = 100): RevokeDevice
    DeviceUnknownDevice = 100001,
    DeviceUnknownParticipant = 100002,
    DeviceKeyInUse = 100003,
    // FormRefusal (Error.form = 140): DefineForm, OpenForm, CloseForm, SubmitAnswer
    FormBadId = 140001,
    FormIdExists = 140002,
    FormTooManyForms = 140003,
    FormNoTitle = 140004,
    FormBadField = 140005,
    FormTooManyFields = 140006,
    FormUnknownItem = 140007,
    FormUnknownDocument = 140008,
    FormUnknownWorkflow = 140009,
    FormAnonymousWorkflow = 140010,
    FormUnknownForm = 140011,
    FormAlreadyUsed = 140012,
    FormNotOpen = 140013,
    FormAlreadySubmitted = 140014,
    FormUnknownField = 140015,
    FormWrongKind = 140016,
    FormMissingRequired = 140017,
    FormUnknownChoice = 140018,
    FormTooManyChoices = 140019,
    FormOutOfRange = 140020,
    FormAnswerTooLong = 140021,
    FormUnknownPage = 140022,
    FormPassageNotFound = 140023,
    FormBadReceipt = 140024,
    FormUnknownAnswer = 140025,
    FormCaseMoved = 140026,
    FormTooManyAnswers = 140027,
    // WorkflowRefusal (Error.workflow = 141): TakeStep, a meeting's own workflows
    WorkflowUnknownCase = 141001,
    WorkflowNoTransition = 141002,
    WorkflowRole = 141003,
    WorkflowNeedsBallot = 141004,
    WorkflowUnknownBallot = 141005,
    WorkflowBallotInUse = 141006,
    WorkflowBallotNotClosed = 141007,
    WorkflowBallotOutcome = 141008,
    WorkflowNeedsAssignee = 141009,
    WorkflowBadWorkflow = 141010,
    WorkflowNoteTooLong = 141011,
};
Q_ENUM_NS(Reason)

/** The reason of an error; None when it has none, or one this tablet does not know. */
int of(const quorum::v1::Error &error);

} // namespace Refusal
