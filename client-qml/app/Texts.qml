pragma Singleton
import QtQuick
import Quorum.Tablet

// Words for the enums the client library reports: the ErrorCode's class, and the Refusal
// reason the server gives for every refusal. The server's English details are for logs, never
// the message. Called from bindings, so a
// language switch (QQmlEngine::retranslate) re-evaluates them.
QtObject {
    /** A count, weight or number of votes with the language's grouping: "1.234.567" in
     *  Vietnamese, "1,234,567" in English (shareholders count millions of shares). Exact up to
     *  2^53, above any total the server accepts (rules::MaxTotalWeight x 200 seats). */
    function count(n: real): string {
        return Number(n).toLocaleString(Qt.locale(Language.current), "f", 0)
    }

    function roleName(role) {
        switch (role) {
        case MeetingClient.Chair: return qsTr("Chair")
        case MeetingClient.Secretary: return qsTr("Secretary")
        case MeetingClient.Delegate: return qsTr("Delegate")
        case MeetingClient.Observer: return qsTr("Observer")
        }
        return qsTr("Participant")
    }

    function connectionText(state) {
        switch (state) {
        case MeetingClient.Connected: return qsTr("Connected")
        case MeetingClient.Connecting: return qsTr("Connecting…")
        case MeetingClient.Reconnecting: return qsTr("Reconnecting…")
        }
        return qsTr("Offline")
    }

    /** How someone was checked in (AttendanceModel.CheckInMethod), for the lists and the door. */
    function checkInMethodText(method) {
        switch (method) {
        case AttendanceModel.OwnTablet: return qsTr("own tablet")
        case AttendanceModel.AtTheDoor: return qsTr("card at the door")
        case AttendanceModel.BySecretary: return qsTr("by the secretary")
        }
        return ""
    }

    /** Presence in a list row's detail line, before the time of arrival: the same English as
     *  attendanceText, a shorter Vietnamese ("Có mặt tại phòng họp" cut the time off at
     *  1280×800; a wrapped line made the rows taller). */
    function presenceWord(state) {
        switch (state) {
        case AttendanceModel.InRoom: return qsTr("In the room", "presence in a list row, short")
        case AttendanceModel.Online: return qsTr("Online", "presence in a list row, short")
        }
        return attendanceText(state)
    }

    /** Why a card at the door was refused (DoorCheckIn.Failure, its failureReason and failureCode). */
    function doorFailureText(failure, reason, code) {
        switch (failure) {
        case DoorCheckIn.NoFailure: return ""
        case DoorCheckIn.NotACard: return qsTr("This is not a join card. Scan the QR code on the delegate's card, or type its PIN.")
        case DoorCheckIn.WrongMeeting: return qsTr("This card is for another meeting.")
        case DoorCheckIn.UnknownCard: return qsTr("Unknown card: nobody in this meeting has this PIN.")
        case DoorCheckIn.TooManyAttempts: return qsTr("Too many unknown cards. Wait a minute, then try again.")
        case DoorCheckIn.NotAllowed: return qsTr("Only the secretary or the chair can check people in.")
        }
        return code ? refusalText(reason, code) : qsTr("The check-in failed.")
    }

    function errorText(code) {
        switch (code) {
        case 0: return ""
        case MeetingClient.BadCredentials: return qsTr("Wrong PIN. Check the PIN on your invitation and try again.")
        case MeetingClient.TooManyAttempts: return qsTr("Too many wrong PINs. Wait a minute, then try again.")
        case MeetingClient.UnknownMeeting: return qsTr("This meeting does not exist on the server.")
        case MeetingClient.ProtocolVersionError: return qsTr("This tablet app and the room server are different versions. Ask the secretary to update the app.")
        case MeetingClient.ConnectionFailed: return qsTr("Cannot reach the room server. Check the address and the Wi-Fi.")
        case MeetingClient.CertificateUnknown: return qsTr("This tablet has not met this room server before. Compare its fingerprint before joining.")
        case MeetingClient.CertificateChanged: return qsTr("Refused: this server's certificate is not the one this tablet trusts for this address. Someone may be posing as the room server. Nothing was sent. Ask the secretary, or scan the QR code of your join card again.")
        case MeetingClient.SessionReplaced: return qsTr("You joined the meeting on another device.")
        case MeetingClient.DeviceRevoked: return qsTr("The secretary removed this tablet from the meeting. Type your PIN to join again.")
        case MeetingClient.PinBudgetExhausted: return qsTr("Too many wrong PINs were typed for this meeting. Ask the secretary; tablets that joined before still connect.")
        case MeetingClient.TooManyDevices: return qsTr("Your PIN is in use on too many devices at once. Leave the meeting on one of them.")
        case MeetingClient.FieldTooLong: return qsTr("This tablet sent a name that is too long. Ask the secretary to update the app.")
        case MeetingClient.QuotaExceeded: return qsTr("You have stored the most annotations allowed on this document.")
        case MeetingClient.Forbidden: return qsTr("Your role is not allowed to do this.")
        case MeetingClient.InvalidState: return qsTr("This is not possible at this point of the meeting.")
        case MeetingClient.RateLimited: return qsTr("Too many actions at once. Please wait a moment.")
        case MeetingClient.InvalidArgument: return qsTr("The server did not accept this input.")
        case JoinForm.InvalidLink: return qsTr("This is not a meeting link. A link looks like quorums://192.168.1.10:7450/meeting?pin=123456&fp=…")
        case JoinForm.InvalidAddress: return qsTr("This server address is not valid. Example: 192.168.1.10:7450")
        }
        return qsTr("Something went wrong (error %1). Please try again or ask the secretary.").arg(code)
    }

    /** A ballot option in the reader's language: the server words yes/no/abstain in the
     *  meeting's language; custom options and candidates stay as written. */
    function optionText(kind, label) {
        switch (kind) {
        case BallotOptionsModel.Yes: return qsTr("Agree")
        case BallotOptionsModel.No: return qsTr("Disagree")
        case BallotOptionsModel.Abstain: return qsTr("Abstain")
        }
        return label
    }

    /** A ballot's rule preset (FloorReplica.rulePresets()) in words. */
    function presetText(preset) {
        switch (preset) {
        case "simple-majority": return qsTr("Simple majority: more than half of the votes cast")
        case "majority-present": return qsTr("More than half of the members present")
        case "majority-convened": return qsTr("More than half of the members convened")
        case "majority-all": return qsTr("More than half of all members")
        case "two-thirds-present": return qsTr("At least two thirds of the members present")
        case "two-thirds-all": return qsTr("At least two thirds of all members")
        case "two-thirds-cast": return qsTr("At least two thirds of the votes cast")
        }
        return preset
    }

    /** AttendanceModel.Attendance in words. */
    function attendanceText(state) {
        switch (state) {
        case AttendanceModel.InRoom: return qsTr("In the room")
        case AttendanceModel.Online: return qsTr("Online")
        case AttendanceModel.Absent: return qsTr("Absent")
        }
        return qsTr("Not checked in")
    }

    /**
     * Why the server refused a command or a request (Refusal.Reason, from the Error's typed
     * reason), in words a chair or a delegate can act on. A reason this tablet does not know
     * (None: a newer server, or an error without one) falls back to the code's text. Never
     * chosen by the server's English detail (tst_refusaltexts checks every reason has words).
     */
    function refusalText(reason, code) {
        switch (reason) {
        case Refusal.GeneralMeetingNotDefined: return qsTr("The meeting has not been set up on the server yet.")
        case Refusal.GeneralNotAParticipant: return qsTr("You are not a participant of this meeting.")
        case Refusal.GeneralUnknownCommand: return qsTr("The room server does not know this action. Ask the secretary to update the app.")
        case Refusal.GeneralRole: return qsTr("Your role in this meeting does not allow this.")
        case Refusal.GeneralBadCommandId: return qsTr("The server could not accept this action from this tablet. Ask the secretary to update the app.")
        case Refusal.GeneralBadDefinition: return qsTr("The meeting file is incomplete. Ask the secretary to check it.")
        case Refusal.GeneralAlreadyDefined: return qsTr("The meeting is already set up.")

        case Refusal.AgendaUnknownItem: return qsTr("This agenda item no longer exists.")
        case Refusal.AgendaBadStep: return qsTr("The agenda moves one item at a time.")
        case Refusal.AgendaEmpty: return qsTr("The agenda is empty.")
        case Refusal.AgendaNoneCurrent: return qsTr("No agenda item is under way.")
        case Refusal.AgendaAtFirst: return qsTr("This is already the first item of the agenda.")
        case Refusal.AgendaAtLast: return qsTr("This is already the last item of the agenda.")

        case Refusal.AttendanceUnknownParticipant: return qsTr("This person is not a participant of the meeting.")
        case Refusal.AttendanceUnknownState: return qsTr("Choose in the room, online or absent.")
        case Refusal.AttendanceReasonTooLong: return qsTr("The reason for the absence is too long (at most 500 characters).")
        case Refusal.AttendanceProxiesNotAllowed: return qsTr("This meeting allows no proxies.")
        case Refusal.AttendanceGrantorNotVoting: return qsTr("Only a member with a vote can give a proxy.")
        case Refusal.AttendanceHolderNotVoting: return qsTr("A proxy goes to another member with a vote.")
        case Refusal.AttendanceHolderGaveProxy: return qsTr("This member has given his or her own vote by proxy.")
        case Refusal.AttendanceGrantorHoldsProxies: return qsTr("You hold proxies yourself: you cannot give your vote.")
        case Refusal.AttendanceHolderFull: return qsTr("This member already holds the most proxies allowed.")
        case Refusal.AttendanceRevokeNotAllowed: return qsTr("Only the member who gave the proxy, or the chair, can take it back.")
        case Refusal.AttendanceNoProxy: return qsTr("There is no proxy to revoke.")

        case Refusal.CheckInWrongMeeting: return qsTr("This card is for another meeting.")
        case Refusal.CheckInUnknownCard: return qsTr("Unknown card: nobody in this meeting has this PIN.")
        case Refusal.CheckInNoCard: return qsTr("Scan a join card or type its PIN.")
        case Refusal.CheckInTooManyUnknown: return qsTr("Too many unknown cards. Wait a minute, then try again.")
        case Refusal.CheckInPinBudgetExhausted: return qsTr("Too many wrong PINs were typed for this meeting: cards are not checked for a while. Pick the delegate from the list instead.")

        case Refusal.SpeakersAlreadyQueued: return qsTr("You are already on the list of speakers.")
        case Refusal.SpeakersHasFloor: return qsTr("You have the floor already.")
        case Refusal.SpeakersQueueClosed: return qsTr("The list of speakers is closed.")
        case Refusal.SpeakersNotQueued: return qsTr("You are not on the list of speakers.")
        case Refusal.SpeakersQueueEmpty: return qsTr("Nobody is waiting to speak.")
        case Refusal.SpeakersSpeakerNotQueued: return qsTr("This person is no longer on the list of speakers.")
        case Refusal.SpeakersCannotSpeak: return qsTr("This person cannot be given the floor.")
        case Refusal.SpeakersBadPosition: return qsTr("There is no such place in the list of speakers.")
        case Refusal.SpeakersTimeTooLong: return qsTr("A speaking time is at most 24 hours.")
        case Refusal.SpeakersNobodySpeaking: return qsTr("Nobody has the floor.")
        case Refusal.SpeakersNotRunning: return qsTr("No speech is running.")
        case Refusal.SpeakersNotPaused: return qsTr("No speech is paused.")
        case Refusal.SpeakersEndNotAllowed: return qsTr("Only the chair or the speaker can end a speech.")

        case Refusal.BallotBadId: return qsTr("This vote could not be created. Ask the secretary to update the app.")
        case Refusal.BallotIdExists: return qsTr("A vote with this number already exists.")
        case Refusal.BallotUnknownItem: return qsTr("Choose the agenda item the vote belongs to.")
        case Refusal.BallotNoQuestion: return qsTr("Type the question of the vote (at most 2,000 characters).")
        case Refusal.BallotSecretChangeable: return qsTr("A secret vote cannot let voters change their vote.")
        case Refusal.BallotBadYesNoOptions: return qsTr("An agree/disagree vote has the options Agree, Disagree and Abstain.")
        case Refusal.BallotOptionCount: return qsTr("Give at least two options, or one candidate.")
        case Refusal.BallotOptionWithoutLabel: return qsTr("Every option needs a name.")
        case Refusal.BallotOptionTooLong: return qsTr("An option has at most 500 characters.")
        case Refusal.BallotMoreSeatsThanCandidates: return qsTr("There are more seats than candidates.")
        case Refusal.BallotMoreChoicesThanOptions: return qsTr("There are more choices than options.")
        case Refusal.BallotNoKind: return qsTr("Choose the kind of vote.")
        case Refusal.BallotBadRule: return qsTr("The rule for passing is not valid.")
        case Refusal.BallotUnknownBallot: return qsTr("This vote no longer exists.")
        case Refusal.BallotAlreadyUsed: return qsTr("This vote has ended. Create a new one to vote again.")
        case Refusal.BallotAnotherOpen: return qsTr("Another vote is open. Close it first.")
        case Refusal.BallotNoQuorum: return qsTr("The quorum is not reached: the vote cannot open.")
        case Refusal.BallotVotingClosed: return qsTr("The vote has ended.")
        case Refusal.BallotNotVotingMember: return qsTr("Only members with a vote can vote.")
        case Refusal.BallotNotCheckedIn: return qsTr("Check in before voting.")
        case Refusal.BallotNoChoice: return qsTr("Choose an option: this vote allows no blank ballot.")
        case Refusal.BallotTooManyChoices: return qsTr("You chose more options than this vote allows.")
        case Refusal.BallotUnknownOption: return qsTr("This option is not on the ballot.")
        case Refusal.BallotOptionTwice: return qsTr("An option was chosen twice.")
        case Refusal.BallotVoterTwice: return qsTr("A member is listed twice in this vote.")
        case Refusal.BallotNoProxyForVoter: return qsTr("You do not hold this proxy.")
        case Refusal.BallotGaveProxy: return qsTr("You gave your vote by proxy.")
        case Refusal.BallotAlreadyVoted: return qsTr("This vote has already been recorded.")
        case Refusal.BallotNotOpen: return qsTr("This vote is not open.")
        case Refusal.BallotAlreadyEnded: return qsTr("This vote is already closed or cancelled.")
        case Refusal.BallotAmountsMismatch: return qsTr("The votes given to the candidates do not match the names kept.")
        case Refusal.BallotNoTie: return qsTr("This vote has no tie waiting for a decision.")
        case Refusal.BallotTieMethod: return qsTr("The rule of this vote breaks a tie another way.")
        case Refusal.BallotTieWinners: return qsTr("Choose among those tied, as many as the seats left.")
        case Refusal.BallotTieRole: return qsTr("Only the chair gives the casting vote.")
        case Refusal.BallotBadTurnout: return qsTr("The turnout of this rule is not a proper fraction.")

        case Refusal.DocumentBadId: return qsTr("This document could not be added. Ask the secretary to update the app.")
        case Refusal.DocumentTitleTooLong: return qsTr("The title or the file name is too long.")
        case Refusal.DocumentUnknownItem: return qsTr("This agenda item no longer exists.")
        case Refusal.DocumentNotUploaded: return qsTr("The server does not have this file. Upload it again.")
        case Refusal.DocumentUnknownDocument: return qsTr("This document is no longer in the meeting.")
        case Refusal.DocumentBadIngest: return qsTr("The server could not read this document.")
        case Refusal.DocumentUnknownPresenter: return qsTr("This person is not a participant of the meeting.")
        case Refusal.DocumentObserverCannotPresent: return qsTr("An observer cannot present.")
        case Refusal.DocumentNotPresenter: return qsTr("Only the presenter can show pages to everyone.")
        case Refusal.DocumentPageOutOfRange: return qsTr("This page is not in the document.")
        case Refusal.DocumentBadRegion: return qsTr("The part of the page to show is not within the page.")
        case Refusal.DocumentOffsetBeyondEnd: return qsTr("The download could not resume. Try again.")
        case Refusal.DocumentPrivateExport: return qsTr("This file holds another participant's private notes.")
        case Refusal.DocumentTooManyTransfers: return qsTr("Too many downloads at once. Wait a moment.")
        case Refusal.DocumentUnreadable: return qsTr("The server cannot read this document's file. Ask the secretary.")
        case Refusal.DocumentFollowWithoutDocument: return qsTr("Open a document to follow the presenter.")
        case Refusal.DocumentExportsBusy: return qsTr("Other exports are running. Try again in a moment.")
        case Refusal.DocumentExportFailed: return qsTr("The server could not write the notes into the PDF.")

        case Refusal.AnnotationBadOpId: return qsTr("This annotation could not be saved. Ask the secretary to update the app.")
        case Refusal.AnnotationOpIdReused: return qsTr("This annotation clashes with another one. Draw it again.")
        case Refusal.AnnotationNothingToErase: return qsTr("This annotation is already gone.")
        case Refusal.AnnotationNotErasable: return qsTr("Only ink, highlights and notes can be erased.")
        case Refusal.AnnotationEraseNotAllowed: return qsTr("Only its author (or the chair, on shared notes) can erase this.")
        case Refusal.AnnotationUnknownDocument: return qsTr("This document is no longer in the meeting.")
        case Refusal.AnnotationPageOutOfRange: return qsTr("This page is not in the document.")
        case Refusal.AnnotationNotPresenter: return qsTr("Only the presenter can draw on the presentation.")
        case Refusal.AnnotationUnknownLayer: return qsTr("Choose where the annotation goes: private, shared or presentation.")
        case Refusal.AnnotationBadShape: return qsTr("This drawing is off the page or too large.")
        case Refusal.AnnotationNoteLength: return qsTr("A note needs some text, at most 4,000 characters.")
        case Refusal.AnnotationNoKind: return qsTr("This annotation is empty.")
        case Refusal.AnnotationTooMany: return qsTr("You have made the most annotations allowed on this document. Erase some to add more.")
        case Refusal.AnnotationTooLarge: return qsTr("Your annotations on this document take the most space allowed. Erase some to add more.")
        case Refusal.AnnotationObserver: return qsTr("Observers do not draw.")

        case Refusal.MinutesLocked: return qsTr("The minutes are approved. Reopen them before changing them.")
        case Refusal.MinutesUnknownItem: return qsTr("This agenda item no longer exists.")
        case Refusal.MinutesTextTooLong: return qsTr("The text is too long for the minutes.")
        case Refusal.MinutesHeaderOnItem: return qsTr("The number and the place belong to the minutes as a whole.")
        case Refusal.MinutesHeaderTooLong: return qsTr("The number or the place is too long (at most 200 characters).")
        case Refusal.MinutesNotApproved: return qsTr("The minutes are not approved: there is nothing to reopen.")
        case Refusal.MinutesReasonNeeded: return qsTr("Give a reason for reopening the minutes.")
        case Refusal.MinutesReasonTooLong: return qsTr("The reason is too long (at most 1,000 characters).")
        case Refusal.MinutesExportRunning: return qsTr("The minutes are being exported already. Wait for it to finish.")
        case Refusal.MinutesExportUnavailable: return qsTr("This room server cannot export minutes.")
        case Refusal.MinutesExportFailed: return qsTr("The server could not make the minutes PDF and the archive. Try again, or ask for support.")

        case Refusal.DeviceUnknownDevice: return qsTr("This device is no longer in the list.")
        case Refusal.DeviceUnknownParticipant: return qsTr("This person is not a participant of the meeting.")
        case Refusal.DeviceKeyInUse: return qsTr("The server could not register this device. Try again.")

        case Refusal.DeskWrongPhase: return qsTr("The meeting is not at the step where this can be done.")
        case Refusal.DeskFrozen: return qsTr("The meeting has been convened: give a reason for this change.")
        case Refusal.DeskClosed: return qsTr("The meeting is over: it can no longer be changed.")
        case Refusal.DeskBadParticipant: return qsTr("A participant needs an id, a name and a role.")
        case Refusal.DeskParticipantExists: return qsTr("A participant with this id is already in the list.")
        case Refusal.DeskUnknownParticipant: return qsTr("This person is not in the list of participants.")
        case Refusal.DeskParticipantInUse: return qsTr("This participant already takes part in the meeting: their role and vote stay.")
        case Refusal.DeskBadItem: return qsTr("An agenda item needs an id and a title, and lasts at most a day.")
        case Refusal.DeskItemExists: return qsTr("An agenda item with this id already exists.")
        case Refusal.DeskUnknownItem: return qsTr("This agenda item no longer exists.")
        case Refusal.DeskItemInUse: return qsTr("This agenda item is current or holds documents, votes or speeches.")
        case Refusal.DeskBadPosition: return qsTr("There is no such place in the agenda.")
        case Refusal.DeskBadField: return qsTr("Check the meeting's title, quorum and voting rule.")
        case Refusal.DeskFieldTooLong: return qsTr("A text is too long.")
        case Refusal.DeskImportRefused: return qsTr("Some rows of the list were refused; nothing was imported.")
        case Refusal.DeskTooMany: return qsTr("A meeting cannot hold that many participants or agenda items, and one import carries at most about 4 MB: import the list in parts.")
        case Refusal.DeskNotReady: return qsTr("The meeting needs a title and a chair.")
        case Refusal.DeskConfirmationNeeded: return qsTr("Type the meeting's id to confirm the removal.")
        case Refusal.DeskOrganiserOnly: return qsTr("Only the organiser of this server can do this.")
        case Refusal.DeskArchiveFailed: return qsTr("The archive could not be made. Try again.")
        case Refusal.FormBadId: return qsTr("A form or field needs an id of 1 to 64 characters.")
        case Refusal.FormIdExists: return qsTr("A form with this id exists already.")
        case Refusal.FormTooManyForms: return qsTr("The meeting has the most forms allowed.")
        case Refusal.FormNoTitle: return qsTr("The form needs a title (at most 500 characters).")
        case Refusal.FormBadField: return qsTr("A field of the form is incomplete: it needs a kind, a label and, for a choice, its choices.")
        case Refusal.FormTooManyFields: return qsTr("The form needs 1 to 50 fields, each with at most 50 choices.")
        case Refusal.FormUnknownItem: return qsTr("This agenda item does not exist.")
        case Refusal.FormUnknownDocument: return qsTr("This document is not in the meeting.")
        case Refusal.FormUnknownWorkflow: return qsTr("This workflow does not exist or is not valid.")
        case Refusal.FormAnonymousWorkflow: return qsTr("An anonymous form cannot follow a workflow.")
        case Refusal.FormUnknownForm: return qsTr("This form does not exist.")
        case Refusal.FormAlreadyUsed: return qsTr("This form has been opened already. Make a new one.")
        case Refusal.FormNotOpen: return qsTr("This form is not open for answers.")
        case Refusal.FormAlreadySubmitted: return qsTr("You have answered this form already. Correct your answer instead.")
        case Refusal.FormUnknownField: return qsTr("The answer has a field that the form does not have.")
        case Refusal.FormWrongKind: return qsTr("An answer does not fit its field (text, number, choice…).")
        case Refusal.FormMissingRequired: return qsTr("Fill in every required field.")
        case Refusal.FormUnknownChoice: return qsTr("This choice is not one of the form's.")
        case Refusal.FormTooManyChoices: return qsTr("Too many choices are marked.")
        case Refusal.FormOutOfRange: return qsTr("A number, rating or date is outside what the form allows.")
        case Refusal.FormAnswerTooLong: return qsTr("The answer is too long.")
        case Refusal.FormUnknownPage: return qsTr("This page is not in the document.")
        case Refusal.FormPassageNotFound: return qsTr("The selected passage is not in the document's page.")
        case Refusal.FormBadReceipt: return qsTr("The tablet could not seal the anonymous answer. Update the app.")
        case Refusal.FormUnknownAnswer: return qsTr("This answer is not yours to correct.")
        case Refusal.FormCaseMoved: return qsTr("This has been dealt with already and can no longer be corrected.")
        case Refusal.FormTooManyAnswers: return qsTr("You have sent the most answers allowed on this form.")
        case Refusal.FormExportBusy: return qsTr("An export is being made. Try again in a moment.")
        case Refusal.FormExportFailed: return qsTr("The server could not write the files. Try again; if it fails again, tell the technician.")
        case Refusal.FormNotOpened: return qsTr("This form was never opened: there are no results to export.")

        case Refusal.WorkflowUnknownCase: return qsTr("This motion, amendment or question does not exist.")
        case Refusal.WorkflowNoTransition: return qsTr("This step cannot be taken from where it is now.")
        case Refusal.WorkflowRole: return qsTr("You may not take this step.")
        case Refusal.WorkflowNeedsBallot: return qsTr("Choose the ballot that decides it.")
        case Refusal.WorkflowUnknownBallot: return qsTr("This ballot does not exist.")
        case Refusal.WorkflowBallotInUse: return qsTr("This ballot decides something else already.")
        case Refusal.WorkflowBallotNotClosed: return qsTr("The ballot has no result yet.")
        case Refusal.WorkflowBallotOutcome: return qsTr("The ballot's result does not allow this step.")
        case Refusal.WorkflowNeedsAssignee: return qsTr("Choose the participant it is assigned to.")
        case Refusal.WorkflowBadWorkflow: return qsTr("The workflow is not valid.")
        case Refusal.WorkflowNoteTooLong: return qsTr("The note is too long (at most 2,000 characters).")
        }
        return errorText(code)
    }

    /** Where a DocumentUpload is, in words (the documents tab). */
    function uploadStateText(upload) {
        if (!upload)
            return ""
        switch (upload.state) {
        case DocumentUpload.Uploading:
            return qsTr("Uploading “%1”… %2%").arg(upload.fileName).arg(Math.floor(upload.progress * 100))
        case DocumentUpload.Processing: return qsTr("The server is checking “%1”…").arg(upload.fileName)
        case DocumentUpload.Attaching: return qsTr("Adding “%1” to the agenda…").arg(upload.fileName)
        case DocumentUpload.Done:
            return upload.replacing ? qsTr("New version of “%1” added.").arg(upload.fileName)
                                    : qsTr("“%1” added.").arg(upload.fileName)
        case DocumentUpload.Failed: return qsTr("“%1” could not be added.").arg(upload.fileName)
        }
        return ""
    }

    /** Why a copy of the minutes PDF was not saved (MinutesDownload.PdfCopy): the tablet's own
     *  files, not the server. */
    function pdfCopyText(copy) {
        switch (copy) {
        case MinutesDownload.Saved: return ""
        case MinutesDownload.NotDownloaded: return qsTr("The copy could not be saved: the minutes PDF is not on this tablet yet.")
        case MinutesDownload.NotALocalFile: return qsTr("The copy could not be saved: choose a place on this tablet.")
        }
        return qsTr("The copy could not be saved: this tablet could not write the file there (full, or not allowed). Choose another place.")
    }

    /** Why an upload failed, in words a chair can act on. */
    function uploadErrorText(upload) {
        if (!upload)
            return ""
        switch (upload.failure) {
        case DocumentUpload.TooLarge: return qsTr("The file is too large (at most 200 MB and 3000 pages).")
        case DocumentUpload.NotPdf: return qsTr("This file is not a PDF. Choose a PDF document.")
        case DocumentUpload.Truncated: return qsTr("The PDF is incomplete (cut off). Copy the file again and retry.")
        case DocumentUpload.Encrypted: return qsTr("The PDF is protected by a password. Save it without a password and retry.")
        case DocumentUpload.Corrupt: return qsTr("The PDF is damaged and cannot be read.")
        case DocumentUpload.HashMismatch: return qsTr("The file changed or was damaged during the upload. Try again.")
        case DocumentUpload.TooManyUploads: return qsTr("Other uploads are still under way. Wait a moment and retry.")
        case DocumentUpload.BadChunk: return qsTr("The upload was interrupted. Try again.")
        case DocumentUpload.Unreadable: return qsTr("The file cannot be read on this tablet.")
        }
        return refusalText(upload.errorReason, upload.errorCode)
    }

    /** Where a meeting is in its life (quorum.v1.MeetingPhase), the organiser's desk. */
    function meetingPhaseText(phase) {
        switch (phase) {
        case 1: return qsTr("Draft")
        case 2: return qsTr("Convened")
        case 3: return qsTr("Running")
        case 4: return qsTr("Closed")
        case 5: return qsTr("Archived")
        }
        return qsTr("Running (meeting file)")
    }

    /** Why the organiser's desk could not do what was asked (OrganiserDesk's error). */
    function deskErrorText(desk) {
        if (!desk || desk.errorCode === 0)
            return ""
        switch (desk.errorCode) {
        case OrganiserDesk.DeskLinkInvalid: return qsTr("This is not the desk link of a server. It looks like quorums://192.168.1.10:7450/?desk&fp=…")
        case OrganiserDesk.NoSecret: return qsTr("Type the organiser's secret, printed at the server's first start.")
        case OrganiserDesk.NoFile: return qsTr("The file cannot be read on this tablet.")
        case MeetingClient.BadCredentials: return qsTr("Wrong organiser's secret. Check the secret the server printed at its first start.")
        case MeetingClient.TooManyAttempts:
        case MeetingClient.PinBudgetExhausted: return qsTr("Too many wrong secrets were typed. Wait a minute, then try again.")
        }
        return desk.errorReason !== 0 ? refusalText(desk.errorReason, desk.errorCode) : errorText(desk.errorCode)
    }
}
