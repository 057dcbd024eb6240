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

    function errorText(code) {
        switch (code) {
        case 0: return ""
        case MeetingClient.BadCredentials: return qsTr("Wrong PIN. Check the PIN on your invitation and try again.")
        case MeetingClient.TooManyAttempts: return qsTr("Too many wrong PINs. Wait a minute, then try again.")
        case MeetingClient.UnknownMeeting: return qsTr("This meeting does not exist on the server.")
        case MeetingClient.ProtocolVersionError: return qsTr("This tablet app and the room server are different versions. Ask the secretary to update the app.")
        case MeetingClient.ConnectionFailed: return qsTr("Cannot reach the room server. Check the address and the Wi-Fi.")
        case MeetingClient.SessionReplaced: return qsTr("You joined the meeting on another device.")
        case MeetingClient.Forbidden: return qsTr("Your role is not allowed to do this.")
        case MeetingClient.InvalidState: return qsTr("This is not possible at this point of the meeting.")
        case MeetingClient.RateLimited: return qsTr("Too many actions at once. Please wait a moment.")
        case JoinForm.InvalidLink: return qsTr("This is not a meeting link. A link looks like quorum://192.168.1.10:7450/meeting?pin=123456")
        case JoinForm.InvalidAddress: return qsTr("This server address is not valid. Example: 192.168.1.10:7450")
        }
        return qsTr("Something went wrong (error %1). Please try again or ask the secretary.").arg(code)
    }
}
