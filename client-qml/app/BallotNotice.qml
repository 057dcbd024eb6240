import QtQuick
import QtQuick.Layouts
import QtMultimedia
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
    /** How many times a ballot's opening asked for the chime (muted or not, heard or not). */
    property int chimesAsked: 0
    /** The chime's SoundEffect.status: Ready once its WAV is loaded, device or not. */
    readonly property alias chimeStatus: chime.status

    // A short chime when a ballot this tablet can vote in opens, wherever the person is, unless
    // muted (NoticeSettings). Without an audio device (Xvfb, CI) the effect stays silent.
    SoundEffect {
        id: chime
        source: "qrc:/sounds/ballot-open.wav"
        volume: 0.8
    }
    property string chimedId
    function chimeIfNew() {
        if (!ballot || !ballot.canVote || ballot.ballotId === chimedId || ballot.ballotId === "")
            return
        chimedId = ballot.ballotId
        if (NoticeSettings.muted)
            return
        chimesAsked += 1
        chime.play()
    }
    Connections {
        target: notice.ballot
        function onChanged() { notice.chimeIfNew() }
    }

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
            objectName: "ballotNoticeMute"
            primary: false
            tone: Theme.primary
            text: NoticeSettings.muted ? qsTr("Sound: off") : qsTr("Sound: on")
            onClicked: NoticeSettings.muted = !NoticeSettings.muted
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
