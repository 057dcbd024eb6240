import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The import preview of the office's list (issue 13): a refused list shows each refused row
// highlighted with its row, column and reason in words, and cannot be confirmed; a good list
// shows its counts by role and hands the whole list over on confirmation. Screenshots in
// Vietnamese and English when QUORUM_SCREENSHOT_DIR is set.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "RosterImport"
        when: windowShown

        Component { id: pageComponent; RosterImport { width: stage.width; height: stage.height } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }
        function fixture(name) { return Qt.resolvedUrl("../unit/fixtures/roster/" + name) }

        function init() { Language.current = "en" }
        function cleanup() { Language.current = "en" }

        function shoot(page, name) {
            const dir = Fixture.screenshotDirectory()
            if (dir.length === 0)
                return
            let saved = false
            page.grabToImage(result => { saved = result.saveToFile(dir + "/" + name + ".png") })
            tryVerify(() => saved, 5000)
            wait(1500) // time for a look at the real window (Xvfb)
        }

        function test_refusedRowsAreHighlightedAndNotImportable() {
            const page = createTemporaryObject(pageComponent, stage)
            let accepted = 0
            page.accepted.connect(() => ++accepted)
            page.loadFile(fixture("refused.csv"))
            compare(page.preview.count, 9)
            const confirm = child(page, "confirmImport")
            verify(!confirm.enabled)
            const summary = child(page, "summaryTitle")
            verify(summary.text.indexOf("nothing will be imported") >= 0, summary.text)
            waitForRendering(page)
            const king = child(page, "rosterRow-3")
            compare(String(king.color), String(Theme.badSurface))
            const reason = child(king, "rowRefusal")
            compare(reason.text, "⚠ Column B (Vai trò): \"Vua\" is not a role: chair, secretary, delegate or observer.")
            const fine = child(page, "rosterRow-2")
            compare(String(fine.color), String(Theme.surface))
            mouseClick(confirm)
            compare(accepted, 0)
            compare(page.confirm().length, 0)
            shoot(page, "roster-refused-en")

            Language.current = "vi"
            waitForRendering(page)
            compare(reason.text, "⚠ Cột B (Vai trò): \"Vua\" không phải vai trò: chủ tọa, thư ký, đại biểu hoặc khách mời.")
            // Nothing cut off or spilling over, and no English left on the Vietnamese page.
            compare(Fixture.layoutProblems(page, true), [])
            shoot(page, "roster-refused-vi")
        }

        function test_goodListIsConfirmedWhole() {
            const page = createTemporaryObject(pageComponent, stage)
            let handed = []
            page.accepted.connect(list => { handed = list })
            page.loadFile(fixture("vi-bom-semicolon.csv"))
            const confirm = child(page, "confirmImport")
            verify(confirm.enabled)
            compare(confirm.text, "Import 4 participants")
            compare(child(page, "roleCounts").text,
                    "Chair 1 · Secretary 1 · Delegates 1 · Observers 1  ·  Columns not read: STT")
            mouseClick(confirm)
            compare(handed.length, 4)
            compare(handed[0].name, "Nguyễn Văn An")
            compare(handed[0].role, MeetingClient.Chair)
            compare(handed[0].weight, 1500)
            compare(handed[3].role, MeetingClient.Observer)
            shoot(page, "roster-good-en")
            Language.current = "vi"
            waitForRendering(page)
            verify(confirm.text.indexOf("Nhập") >= 0, confirm.text)
            compare(Fixture.layoutProblems(page, true), [])
            shoot(page, "roster-good-vi")
        }

        function test_fileThatIsNoList() {
            const page = createTemporaryObject(pageComponent, stage)
            page.loadFile(fixture("no-name-column.csv"))
            const refusal = child(page, "fileRefusal")
            compare(refusal.text, "Row 1: No column of names: the header needs \"Họ và tên\" or \"Name\".")
            verify(!child(page, "confirmImport").enabled)
        }
    }
}
