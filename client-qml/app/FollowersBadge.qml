pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// For the presenter (and the chair) while presenting: "12/30 following" in the reader's
// header; a tap opens who follows, who reads on their own (and on which page), who is not
// reading. Counts and rows come from client.documents.followers (the server's Followers).
Button {
    id: badge
    property MeetingClient client
    /** The document being presented, to tell "another document" apart. */
    property string documentId
    readonly property FollowersModel followers: client ? client.documents.followers : null
    property alias popup: listPopup

    implicitHeight: 48
    leftPadding: 18
    rightPadding: 18
    text: followers ? qsTr("%1/%2 following").arg(followers.followingCount).arg(followers.onlineCount) : ""
    font.pixelSize: Theme.fontSmall
    font.bold: true
    contentItem: Text {
        text: "👁  " + badge.text
        font: badge.font
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 24
        color: badge.down ? Theme.pressed : Theme.surface
        border.color: Theme.ok
        border.width: 2
    }
    onClicked: listPopup.open()

    function statusOf(following, reading, docId, page) {
        if (following)
            return qsTr("Following")
        if (!reading)
            return qsTr("Not reading")
        if (docId !== badge.documentId)
            return qsTr("Another document, page %1").arg(page + 1)
        return qsTr("On page %1").arg(page + 1)
    }

    Popup {
        id: listPopup
        objectName: "followersPopup"
        // Under the badge (the header is at the top of the window).
        x: 0
        y: badge.height + 12
        width: 460
        height: 560
        modal: true
        padding: 16
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Who is following")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    text: badge.text
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
            Text {
                visible: followersList.count === 0
                text: qsTr("Nobody else is online")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            ListView {
                id: followersList
                objectName: "followersList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: badge.followers
                delegate: Rectangle {
                    id: follower
                    required property string name
                    required property bool following
                    required property bool reading
                    required property string documentId
                    required property int page
                    width: ListView.view.width
                    height: Theme.touch
                    color: "transparent"
                    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
                    RowLayout {
                        anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
                        spacing: 12
                        Text {
                            Layout.preferredWidth: 28
                            text: follower.following ? "✓" : follower.reading ? "•" : ""
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: follower.following ? Theme.ok : Theme.warn
                            horizontalAlignment: Text.AlignHCenter
                        }
                        Text {
                            Layout.fillWidth: true
                            text: follower.name
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            text: badge.statusOf(follower.following, follower.reading, follower.documentId, follower.page)
                            font.pixelSize: Theme.fontSmall
                            color: follower.following ? Theme.ok : follower.reading ? Theme.warn : Theme.textMuted
                        }
                    }
                }
            }
            BigButton {
                Layout.alignment: Qt.AlignRight
                primary: false
                text: qsTr("Close")
                onClicked: listPopup.close()
            }
        }
    }
}
