import QtQuick
import Quorum.Tablet

// An amendment as a change against the text (FormsDesk.wordDiff / a case's diff, textdiff.h):
// the words struck out in red, the words put in underlined in green, the rest as they are.
Text {
    id: diffText
    /** [{kind: "same"|"removed"|"added", text}] */
    property var pieces: []

    function escaped(t) {
        return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }

    textFormat: Text.StyledText
    wrapMode: Text.Wrap
    font.pixelSize: Theme.fontBody
    color: Theme.text
    text: pieces.map(p => p.kind === "removed" ? "<font color=\"" + Theme.bad + "\"><s>" + escaped(p.text) + "</s></font>"
                        : p.kind === "added" ? "<font color=\"" + Theme.ok + "\"><u><b>" + escaped(p.text) + "</b></u></font>"
                        : escaped(p.text)).join(" ")
}
