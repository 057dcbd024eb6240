pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// An election's paper marked as on paper (gạch tên): every candidate listed, kept until the
// voter strikes the name out; with as many candidates as seats, Đồng ý / Không đồng ý per name
// (the Party's form). The running count of names kept against the seats stays above the list,
// in sight however far the list is scrolled; a search typed without diacritics narrows a
// congress's long list (StrikeOutModel). The rules are VoteFlow's (tst_voteflow).
ColumnLayout {
    id: paper
    property VoteFlow vote
    // The list's height: the panel gives what its window leaves (a long list scrolls).
    property real listHeight: 360
    property bool compact: false
    readonly property string countText: !vote ? ""
        : vote.agreeForm ? qsTr("%1 agreed, %2 not agreed (%3 to elect)").arg(vote.kept).arg(vote.seats - vote.kept).arg(vote.seats)
        : qsTr("%1 names kept · %2 to elect").arg(vote.kept).arg(vote.seats)
    // What the paper is, as marked: what to do next, or why it will be invalid.
    readonly property string stateText: !vote ? ""
        : vote.paper === VoteFlow.Refused && vote.kept === 0 ? qsTr("Keep at least one name")
        : vote.paper === VoteFlow.Refused ? qsTr("Strike out %1 more to go on").arg(vote.overSeats)
        : vote.paper === VoteFlow.Invalid && vote.kept === 0 ? qsTr("Every name is struck out: this paper will be invalid")
        : vote.paper === VoteFlow.Invalid ? qsTr("More names kept than seats: this paper will be invalid (strike out %1 more)").arg(vote.overSeats)
        : qsTr("This paper is valid")

    objectName: "strikeOutPaper"
    spacing: 8

    Rectangle {
        objectName: "strikeCount"
        Layout.fillWidth: true
        implicitHeight: countColumn.implicitHeight + 16
        radius: Theme.radius
        color: paper.vote && paper.vote.paper === VoteFlow.Valid ? "#e3f4e8" : Theme.badSurface
        border.color: paper.vote && paper.vote.paper === VoteFlow.Valid ? Theme.ok : Theme.bad
        border.width: 2
        ColumnLayout {
            id: countColumn
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 12 }
            spacing: 2
            Text {
                objectName: "strikeCountText"
                Layout.fillWidth: true
                text: paper.countText
                wrapMode: Text.WordWrap
                font.pixelSize: paper.compact ? Theme.fontBody : Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "strikeStateText"
                Layout.fillWidth: true
                text: paper.stateText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                font.bold: paper.vote !== null && paper.vote.paper !== VoteFlow.Valid
                color: paper.vote && paper.vote.paper === VoteFlow.Valid ? Theme.ok : Theme.bad
            }
        }
    }

    TextField {
        id: search
        objectName: "strikeSearch"
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        visible: names.count > 8 || text.length > 0
        placeholderText: qsTr("Search a name (no accents needed)")
        font.pixelSize: Theme.fontBody
        inputMethodHints: Qt.ImhNoPredictiveText
    }

    ListView {
        id: list
        objectName: "strikeList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(paper.listHeight, contentHeight)
        Layout.minimumHeight: Math.min(contentHeight, 3 * Theme.touch)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: StrikeOutModel {
            id: names
            flow: paper.vote
            filter: search.text
        }
        ScrollBar.vertical: ScrollBar {
            policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            implicitWidth: 14
        }
        delegate: Rectangle {
            id: row
            required property int optionIndex
            required property string label
            required property bool kept
            required property int number
            objectName: "strikeRow_" + optionIndex
            width: ListView.view.width - 18
            height: Theme.touch
            color: row.kept ? Theme.surface : Theme.background
            border.color: Theme.border
            radius: 6

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 6
                spacing: 10
                Text {
                    text: row.number + "."
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    Layout.preferredWidth: 44
                }
                Text {
                    objectName: "strikeName"
                    Layout.fillWidth: true
                    text: row.label
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.bold: row.kept
                    // Struck out as on paper: a line through the name.
                    font.strikeout: !row.kept
                    color: row.kept ? Theme.text : Theme.absent
                }
                // The strike-out paper: one tap strikes the name or keeps it again.
                BigButton {
                    objectName: "strikeButton_" + row.optionIndex
                    visible: !paper.vote.agreeForm
                    Layout.preferredHeight: Theme.touch - 8
                    Layout.preferredWidth: 170
                    primary: false
                    tone: row.kept ? Theme.bad : Theme.primary
                    text: row.kept ? qsTr("Strike out") : qsTr("Keep")
                    onClicked: paper.vote.pick(row.optionIndex)
                }
                // The Party's form without surplus: agree or not, one of the two.
                BigButton {
                    objectName: "agreeButton_" + row.optionIndex
                    visible: paper.vote.agreeForm
                    Layout.preferredHeight: Theme.touch - 8
                    Layout.preferredWidth: 150
                    primary: row.kept
                    tone: Theme.ok
                    text: qsTr("Agree")
                    onClicked: paper.vote.keep(row.optionIndex, true)
                }
                BigButton {
                    objectName: "disagreeButton_" + row.optionIndex
                    visible: paper.vote.agreeForm
                    Layout.preferredHeight: Theme.touch - 8
                    Layout.preferredWidth: 170
                    primary: !row.kept
                    tone: Theme.bad
                    text: qsTr("Disagree")
                    onClicked: paper.vote.keep(row.optionIndex, false)
                }
            }
        }
    }
    Text {
        objectName: "strikeNoMatch"
        Layout.fillWidth: true
        visible: names.count === 0 && search.text.length > 0
        text: qsTr("No name matches “%1”").arg(search.text)
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
}
