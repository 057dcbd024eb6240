import QtQuick
import Quorum.Tablet

// The quorum, live: "7/11 — đủ số đại biểu" in green, or "5/11 — thiếu 1" in red. `ruleText`
// is the rule in the minutes' words (RuleWords through QuorumWords: every condition, units
// and the convening included), for a line beside the badge.
Rectangle {
    id: badge
    property FloorReplica floor
    readonly property QuorumWords words: QuorumWords { floor: badge.floor }
    readonly property string ruleText: !floor ? "" : qsTr("Quorum: %1").arg(words.text + (Language.current, ""))
    readonly property bool reached: floor !== null && floor.quorumReached
    readonly property string text: !floor ? ""
        : floor.quorumReached
          ? qsTr("%1/%2 — quorum reached").arg(Texts.count(floor.quorumPresent)).arg(Texts.count(floor.quorumBase))
          : qsTr("%1/%2 — %3 short of quorum").arg(Texts.count(floor.quorumPresent)).arg(Texts.count(floor.quorumBase)).arg(Texts.count(floor.quorumMissing))

    objectName: "quorumBadge"
    implicitWidth: label.implicitWidth + 32
    implicitHeight: 48
    radius: height / 2
    color: reached ? "#e3f4e8" : Theme.badSurface
    border.color: reached ? Theme.ok : Theme.bad
    border.width: 2

    Text {
        id: label
        objectName: "quorumText"
        anchors.centerIn: parent
        text: badge.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: badge.reached ? Theme.ok : Theme.bad
    }
}
