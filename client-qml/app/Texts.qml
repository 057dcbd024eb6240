pragma Singleton
import QtQuick
import Quorum.Tablet

// Words for the enums the client library reports. The server's English details are never
// shown as the message; pages may show them small underneath. Called from bindings, so a
// language switch (QQmlEngine::retranslate) re-evaluates them.
QtObject {
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

    /** Why a card at the door was refused (DoorCheckIn.Failure). */
    function doorFailureText(failure, detail) {
        switch (failure) {
        case DoorCheckIn.NoFailure: return ""
        case DoorCheckIn.NotACard: return qsTr("This is not a join card. Scan the QR code on the delegate's card, or type its PIN.")
        case DoorCheckIn.WrongMeeting: return qsTr("This card is for another meeting.")
        case DoorCheckIn.UnknownCard: return qsTr("Unknown card: nobody in this meeting has this PIN.")
        case DoorCheckIn.TooManyAttempts: return qsTr("Too many unknown cards. Wait a minute, then try again.")
        case DoorCheckIn.NotAllowed: return qsTr("Only the secretary or the chair can check people in.")
        }
        return qsTr("The check-in failed.") + (detail.length > 0 ? "\n" + detail : "")
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

    /** The meeting's quorum rule in words. */
    function quorumRuleText(floor) {
        if (!floor)
            return ""
        const fraction = floor.quorumNumerator + "/" + floor.quorumDenominator
        const of = floor.quorumOfAllMembers ? qsTr("all members") : qsTr("the members convened")
        return floor.quorumStrict ? qsTr("Quorum: more than %1 of %2").arg(fraction).arg(of)
                                  : qsTr("Quorum: at least %1 of %2").arg(fraction).arg(of)
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
     * A refused floor command. The code alone cannot tell "voting is closed" from "the list
     * is closed", so the server's detail picks a sentence when it is one we know; otherwise
     * the code's message, with the English detail beneath.
     */
    function floorErrorText(code, detail) {
        const known = [
            ["Voting is closed", qsTr("The vote has ended.")],
            ["has already voted", qsTr("This vote has already been recorded.")],
            ["Check in before voting", qsTr("Check in before voting.")],
            ["You gave your vote by proxy", qsTr("You gave your vote by proxy.")],
            ["You hold no proxy", qsTr("You do not hold this proxy.")],
            ["The quorum is not reached", qsTr("The quorum is not reached: the vote cannot open.")],
            ["Another ballot is open", qsTr("Another vote is open. Close it first.")],
            ["The list of speakers is closed", qsTr("The list of speakers is closed.")],
            ["already on the list of speakers", qsTr("You are already on the list of speakers.")],
            ["The list of speakers is empty", qsTr("Nobody is waiting to speak.")],
            ["Nobody has the floor", qsTr("Nobody has the floor.")],
            ["allows no proxies", qsTr("This meeting allows no proxies.")],
            ["has given their own vote by proxy", qsTr("This member has given his or her own vote by proxy.")],
            ["You hold proxies yourself", qsTr("You hold proxies yourself: you cannot give your vote.")],
            ["the most allowed", qsTr("This member already holds the most proxies allowed.")],
            ["There is no proxy to revoke", qsTr("There is no proxy to revoke.")],
            ["More seats than candidates", qsTr("There are more seats than candidates.")],
            ["More choices than options", qsTr("There are more choices than options.")],
            ["Give between", qsTr("Give at least two options, or one candidate.")],
        ]
        for (let i = 0; i < known.length; ++i) {
            if (detail.indexOf(known[i][0]) >= 0)
                return known[i][1]
        }
        return errorText(code) + (detail.length > 0 ? "\n" + detail : "")
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
        return errorText(upload.errorCode)
    }
}
