pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Quorum.Tablet

// Where new marks go: the private layer (only oneself, on all one's devices) or the shared
// one (everyone in the meeting).
Row {
    id: layers
    property Annotator annotator
    spacing: 8

    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("My marks:")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
    Row {
        anchors.verticalCenter: parent.verticalCenter
        Repeater {
            model: [{ layer: Annotator.Private, label: qsTr("Private") },
                    { layer: Annotator.Shared, label: qsTr("Shared") }]
            AbstractButton {
                id: option
                required property var modelData
                required property int index
                readonly property bool active: layers.annotator !== null && layers.annotator.layer === option.modelData.layer
                objectName: modelData.layer === Annotator.Private ? "layerPrivate" : "layerShared"
                implicitWidth: contentItem.implicitWidth + 32
                implicitHeight: 48
                focusPolicy: Qt.NoFocus
                onClicked: layers.annotator.layer = option.modelData.layer
                background: Rectangle {
                    radius: 24
                    color: option.active ? Theme.primary : Theme.surface
                    border.color: Theme.primary
                    border.width: 2
                }
                contentItem: Text {
                    text: option.modelData.label
                    font.pixelSize: Theme.fontSmall
                    font.bold: option.active
                    color: option.active ? Theme.primaryText : Theme.primary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
