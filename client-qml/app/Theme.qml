pragma Singleton
import QtQuick

// Colours and sizes of the tablet UI, in one place. Sizes are for a 10" tablet at arm's
// length: touch targets of at least 48 px (Material/Apple guidance), body text of 20 px.
QtObject {
    readonly property string fontFamily: "Noto Sans"

    readonly property color primary: "#0b4f8c"
    readonly property color primaryDark: "#083a68"
    readonly property color primaryText: "#ffffff"
    readonly property color primaryTextMuted: "#d5e3f2"
    readonly property color background: "#eef1f5"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d3d9e1"
    readonly property color text: "#1a1f26"
    readonly property color textMuted: "#55606d"
    readonly property color current: "#fff3cf"
    readonly property color currentAccent: "#d99a00"
    readonly property color ok: "#1e8e3e"
    readonly property color warn: "#e08600"
    readonly property color bad: "#c62828"
    readonly property color badSurface: "#fdecea"
    readonly property color absent: "#9aa3ad"
    readonly property color pressed: "#dbe4ee"

    readonly property int fontSmall: 18
    readonly property int fontBody: 20
    readonly property int fontLarge: 24
    readonly property int fontTitle: 28
    readonly property int fontPin: 40

    readonly property int touch: 56        // minimum height of anything tappable (>= 48)
    readonly property int bigTouch: 72     // the chair's agenda buttons, the PIN pad
    readonly property int spacing: 16
    readonly property int radius: 10
}
