import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Not a CTest test: a window to use the desk's participants page by hand (issue 13), without
// the desk's frame. Run it under a display and drive it (xdotool):
//   build/tests/qml/tst_qml -input tests/qml/deskharness.qml -platform xcb
// A real server with a new draft meeting, the office's list (300 rows, openpyxl) in the
// preview, a language switch above the page; the window stays ten minutes.
Item {
    id: stage
    width: 1280
    height: 800

    Rectangle {
        id: bar
        width: parent.width
        height: 56
        color: Theme.primary
        LanguageSwitch { anchors.right: parent.right; anchors.verticalCenter: parent.verticalCenter; anchors.margins: 8 }
    }
    Component { id: pageComponent; DeskParticipants { } }

    TestCase {
        name: "DeskHarness"
        when: windowShown
        function test_use() {
            const page = createTemporaryObject(pageComponent, stage, {
                y: bar.height, width: stage.width, height: stage.height - bar.height,
                organiserClient: DeskFixture.openMeeting("hop-harness"), serverUrl: DeskFixture.serverUrl() })
            const importer = findChild(page, "rosterImport")
            page.importing = true
            importer.loadFile(DeskFixture.writeRosterXlsx(300))
            wait(600000)
        }
    }
}
