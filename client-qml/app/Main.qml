import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// The tablet's window: the join page, and the meeting page on top of it while joined.
ApplicationWindow {
    id: window
    property string titleSuffix
    property MeetingClient client: MeetingClient { }

    /** quorum-tablet --join: join a quorum:// link through the join page. */
    function joinLink(link) {
        return joinPage.joinLink(link)
    }
    /** quorum-tablet --desk, the join page's desk key: the organiser's desk on top. */
    function openDesk(link) {
        if (stack.depth !== 1)
            return
        const desk = stack.push(deskPage, { link: link })
        desk.leave.connect(() => stack.pop(null))
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Quorum tablet") + (titleSuffix.length > 0 ? " — " + titleSuffix : "")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.background

    StackView {
        id: stack
        objectName: "mainStack"
        anchors.fill: parent
        initialItem: JoinPage {
            id: joinPage
            client: window.client
            onDeskRequested: (link) => window.openDesk(link)
        }
    }

    Component {
        id: meetingPage
        MeetingPage { }
    }
    Component {
        id: deskPage
        DeskPage { }
    }

    // The meeting file names the meeting's language: the UI follows it unless a person chose.
    Connections {
        target: window.client
        function onMeetingChanged() {
            if (window.client.meetingLanguage.length > 0)
                Language.followMeeting(window.client.meetingLanguage)
        }
    }

    // A vote opened while reading or elsewhere: one tap back to the meeting page's vote.
    BallotNotice {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        client: window.client
        voteOnScreen: stack.depth === 2 && (stack.currentItem as MeetingPage)?.voteOnScreen === true
        onGoToVote: {
            const page = stack.get(1)
            if (!page)
                return
            if (stack.currentItem !== page)
                stack.pop(page)
            page.showVote()
        }
    }

    // Joined: show the meeting. While reconnecting the meeting stays on screen (the badge
    // says so); only a real end (left, replaced, refused) goes back to the join page.
    Connections {
        target: window.client
        function onJoinedChanged() {
            if (window.client.joined && stack.depth === 1)
                stack.push(meetingPage, { client: window.client })
            else if (!window.client.joined && stack.depth > 1)
                stack.pop(null)
        }
    }
}
