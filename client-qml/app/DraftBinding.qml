import QtQuick
import Quorum.Tablet

// Ties one minutes field (a TextField or TextArea) to MinutesDrafts: every change is kept on
// the tablet at once; leaving the field sends it, unless saving would withdraw approvals (then
// the console asks first). What others save shows at once, unless this field is being typed in.
QtObject {
    id: binding
    // A TextField or a TextArea: no type they share has text and readOnly, so it is untyped.
    property var input
    property MinutesDrafts drafts
    property string itemId
    property string field
    property bool syncing: false
    // revision: the dependency that wakes this binding when a draft or the minutes change.
    readonly property string value: drafts && drafts.revision >= 0 ? drafts.text(itemId, field) : ""

    function show() {
        if (!input || input.text === value)
            return
        syncing = true
        input.text = value
        syncing = false
    }
    onValueChanged: if (input && !input.activeFocus) show()
    onInputChanged: show()

    property Connections inputEvents: Connections {
        target: binding.input
        function onTextChanged() {
            if (!binding.syncing && binding.drafts && !binding.input.readOnly)
                binding.drafts.setText(binding.itemId, binding.field, binding.input.text)
        }
        function onActiveFocusChanged() {
            if (binding.input.activeFocus || !binding.drafts)
                return
            if (!binding.drafts.savingWithdrawsApprovals && !binding.input.readOnly)
                binding.drafts.save()
            binding.show()
        }
    }
}
