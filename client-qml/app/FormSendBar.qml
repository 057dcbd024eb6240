import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Quorum.Tablet

// Under the form a delegate fills in, always in view: what is still to fill, Send, and where
// the draft stands. Send waits until every required field has something (FormsDesk.missing),
// so nothing the server would refuse for it is sent; an answer the server refuses anyway is no
// longer "Sending…" (FormsDesk.answerRefused) and the reason stays in red until an edit.
ColumnLayout {
    id: bar
    property FormsDesk desk
    property MeetingClient client
    property string formId
    property var form: null // FormsDesk.forms' entry
    /** Why the server refused the last sending (Texts.refusalText); FormFields' edits clear it. */
    property string refusal: ""

    readonly property var missing: desk !== null && desk.revision >= 0 && formId.length > 0 ? desk.missing(formId) : []

    spacing: 6

    Label {
        objectName: "missingFields"
        Layout.fillWidth: true
        visible: bar.missing.length > 0
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.warn
        text: qsTr("To send, fill in: %1").arg(bar.missing.join(", "))
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        BigButton {
            objectName: "sendAnswer"
            text: bar.form && bar.form.answered && !bar.form.workflow ? qsTr("Send the correction") : qsTr("Send")
            enabled: bar.desk !== null && bar.desk.revision >= 0 && bar.desk.hasDraft(bar.formId)
                     && !bar.desk.draftSent(bar.formId) && bar.missing.length === 0
            onClicked: bar.desk.submit(bar.formId)
        }
        Label {
            objectName: "draftState"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: bar.refusal.length > 0 ? Theme.bad : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: {
                if (bar.desk === null || bar.desk.revision < 0 || bar.formId.length === 0)
                    return ""
                if (bar.refusal.length > 0)
                    return qsTr("Not sent: %1").arg(bar.refusal)
                if (bar.desk.draftSent(bar.formId))
                    return bar.client && bar.client.connectionState === MeetingClient.Connected
                           ? qsTr("Sending…") : qsTr("Kept on this tablet: it is sent when the connection is back.")
                return bar.desk.hasDraft(bar.formId) ? qsTr("Draft kept on this tablet.") : ""
            }
        }
    }
    Connections {
        target: bar.desk
        function onAnswerRefused(formId, reason, code) {
            if (formId === bar.formId)
                bar.refusal = Texts.refusalText(reason, code)
        }
    }
}
