import QtQuick
import QtQuick.Layouts
import Quorum.Tablet

// A vote opened while this person is somewhere else in the app (reading a document, another
// tab): a banner over everything, one tap to the vote. It stays until the person has voted,
// goes to the vote, or puts it off with "Later"; it comes back for the next ballot.
Rectangle {
    id: notice
    property MeetingClient client
    /** Whether the vote panel is on screen now (then the banner has nothing to add). */
    property bool voteOnScreen: false
    readonly property BallotView ballot: client ? client.floor.ballot : null
    property string dismissedId
    signal goToVote()

    objectName: "ballotNotice"
    visible: ballot !== null && ballot.canVote && !voteOnScreen && ballot.ballotId !== dismissedId
    height: row.implicitHeight + 24
    color: Theme.primary
    // Above the pages, and over the header's shadow.
    z: 100

    // Any tap on the banner goes to the vote; "Later" is its own button.
    MouseArea {
        anchors.fill: parent
        onClicked: notice.goToVote()
    }

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 20; rightMargin: 12 }
        spacing: Theme.spacing
        Text {
            text: "🗳"
            font.pixelSize: Theme.fontTitle
            color: Theme.primaryText
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                objectName: "ballotNoticeTitle"
                Layout.fillWidth: true
                text: qsTr("A vote is open")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primaryText
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "ballotNoticeQuestion"
                Layout.fillWidth: true
                text: notice.ballot ? notice.ballot.question : ""
                font.pixelSize: Theme.fontBody
                color: Theme.primaryText
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        BigButton {
            objectName: "ballotNoticeLater"
            primary: false
            tone: Theme.primary
            text: qsTr("Later")
            onClicked: notice.dismissedId = notice.ballot.ballotId
        }
        BigButton {
            objectName: "ballotNoticeGo"
            primary: false
            tone: Theme.ok
            font.pixelSize: Theme.fontLarge
            text: qsTr("Vote now")
            onClicked: notice.goToVote()
        }
    }
}
