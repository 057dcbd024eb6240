pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// One participant as the organiser's desk edits it (DeskParticipants.qml): name, title, unit
// (đơn vị), role and weight. `values` is {id, name, title, unit, role, weight} (id empty: a new
// participant); `saved(values)` hands back the edited copy.
Rectangle {
    id: form
    property var values: null
    signal saved(var values)
    signal cancelled()

    /** The form's fields as a participant (what saved() hands over). */
    function edited() {
        return {
            id: form.values ? form.values.id : "",
            name: nameField.text.trim(), title: titleField.text.trim(), unit: unitField.text.trim(),
            role: roleRow.role, weight: Math.max(1, parseInt(weightField.text) || 1)
        }
    }

    color: Theme.background
    onValuesChanged: {
        if (!form.values)
            return
        nameField.text = form.values.name
        titleField.text = form.values.title
        unitField.text = form.values.unit
        roleRow.role = form.values.role
        weightField.text = String(form.values.weight)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 12
        Text {
            text: form.values && form.values.id.length > 0 ? qsTr("Edit a participant") : qsTr("Add a participant")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 10
            Text { text: qsTr("Full name"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: nameField
                objectName: "nameField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            Text { text: qsTr("Title"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            Text { text: qsTr("Unit"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: unitField
                objectName: "unitField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            Text { text: qsTr("Role"); font.pixelSize: Theme.fontBody; color: Theme.text }
            RowLayout {
                id: roleRow
                property int role: MeetingClient.Delegate
                spacing: 8
                Repeater {
                    model: [MeetingClient.Chair, MeetingClient.Secretary, MeetingClient.Delegate, MeetingClient.Observer]
                    delegate: BigButton {
                        required property int modelData
                        objectName: "role-" + modelData
                        primary: roleRow.role === modelData
                        text: Texts.roleName(modelData)
                        onClicked: roleRow.role = modelData
                    }
                }
            }
            Text { text: qsTr("Votes or shares"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: weightField
                objectName: "weightField"
                Layout.preferredWidth: 200
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 1 }
            }
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "cancelEdit"
                primary: false
                text: qsTr("Cancel")
                onClicked: form.cancelled()
            }
            BigButton {
                objectName: "saveEdit"
                enabled: nameField.text.trim().length > 0
                text: qsTr("Save")
                onClicked: form.saved(form.edited())
            }
        }
    }
}
