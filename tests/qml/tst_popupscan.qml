import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Issue 11, "nothing clipped or left untranslated", for what tst_layoutscan did not reach: the
// join page (empty, with an error, with a room nearby, with the fingerprint prompt) and the
// popups and banners over the pages (the leave confirmation, the ballot notice), at the four
// window sizes of the tablets in use and in both languages. Fixture.layoutProblems walks the
// item tree (LayoutScan); a popup is scanned as its own item and must fit the window.
Item {
    id: stage
    width: 1280
    height: 1280

    TestCase {
        id: testCase
        name: "PopupScan"
        when: windowShown

        readonly property var sizes: [[1280, 800], [1024, 768], [800, 1280], [768, 1024]]

        Component { id: clientComponent; MeetingClient { } }
        Component { id: joinComponent; JoinPage { } }
        Component { id: meetingComponent; MeetingPage { } }
        Component { id: noticeComponent; BallotNotice { } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function joined(pin, device) {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, device)
            c.joinLink(Fixture.joinLink(pin))
            tryVerify(() => c.joined, 10000)
            return c
        }

        /**
         * Every size and language: the window and `item` take the size (a popup centres in the
         * window), `before` sets the state; `scanned` (default `item`) is what is walked.
         */
        function scanAll(item, label, before, scanned, widthOnly) {
            const problems = []
            const win = stage.Window.window
            for (const lang of ["vi", "en"]) {
                Language.current = lang
                for (const size of sizes) {
                    win.width = size[0]
                    win.height = size[1]
                    stage.width = size[0]
                    stage.height = size[1]
                    item.width = size[0]
                    if (!widthOnly)
                        item.height = size[1]
                    if (before)
                        before()
                    const target = scanned ? scanned() : item
                    waitForRendering(stage)
                    wait(30) // layouts polish before the next frame
                    const where = "%1 %2×%3 %4: ".arg(label).arg(size[0]).arg(size[1]).arg(lang)
                    for (const p of Fixture.layoutProblems(target, lang === "vi"))
                        problems.push(where + p)
                    const box = target.mapToItem(null, 0, 0)
                    if (box.x < 0 || box.y < 0 || box.x + target.width > size[0] + 0.5 || box.y + target.height > size[1] + 0.5)
                        problems.push(where + "%1×%2 at %3,%4 is not inside the window".arg(target.width).arg(target.height).arg(box.x).arg(box.y))
                }
            }
            Language.current = "en"
            return problems
        }

        function report(problems) {
            problems.forEach(p => console.warn("LAYOUT " + p))
            compare(problems.length, 0, problems.length + " problems, listed above as LAYOUT")
        }

        function cleanup() {
            Language.current = "en"
            stage.Window.window.width = 1280
            stage.Window.window.height = 1280
        }

        function test_1_joinPage() {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, "qml-popupscan-join")
            const page = createTemporaryObject(joinComponent, stage, { client: c })
            let problems = scanAll(page, "join page")

            // A room nearby (when this machine can multicast at all).
            const port = Fixture.startAnnouncedServer()
            if (port !== 0) {
                const list = child(page, "nearbyList")
                tryVerify(() => list.count > 0, 15000, "no room nearby listed")
                problems = problems.concat(scanAll(page, "join page, room nearby"))
            }

            // An address the form refuses: the error box.
            child(page, "addressField").text = "ws://"
            child(page, "pinField").text = "310001"
            page.form.submit()
            tryVerify(() => child(page, "errorBox").visible, 5000)
            problems = problems.concat(scanAll(page, "join page, error"))

            // A typed address: the fingerprint prompt (the page scrolls to it; the scan walks
            // the whole card, so the prompt is scanned wherever the scroll is).
            child(page, "addressField").text = Fixture.serverAddress
            page.form.submit()
            const prompt = child(page, "fingerprintPrompt")
            tryVerify(() => prompt.visible, 10000, "no fingerprint prompt")
            problems = problems.concat(scanAll(page, "fingerprint prompt", null, () => prompt))
            page.form.cancel()
            report(problems)
        }

        function test_2_leaveConfirmation() {
            const c = joined("310002", "qml-popupscan-leave")
            const page = createTemporaryObject(meetingComponent, stage, { client: c })
            const dialog = child(page, "leaveConfirm")
            const problems = scanAll(page, "leave confirmation", () => { if (!dialog.opened) dialog.open() },
                                     () => child(page, "leaveConfirmText").parent.parent)
            dialog.close()
            c.leave()
            report(problems)
        }

        function test_3_ballotNotice() {
            const chair = joined("246810", "qml-popupscan-chair")
            const delegate = joined("310003", "qml-popupscan-d03")
            for (const pin of ["310004", "310005", "310006", "310007"])
                joined(pin, "qml-popupscan-" + pin)
            const notice = createTemporaryObject(noticeComponent, stage, { client: delegate })
            chair.setCurrentItem("eform-vote")
            tryCompare(chair, "currentItemId", "eform-vote", 5000)
            chair.floor.createBallot("Thông qua kế hoạch áp dụng biểu mẫu điện tử (Eform) trong toàn khối?", false, "")
            tryVerify(() => chair.floor.ballot.phase === BallotView.Created, 5000)
            chair.floor.openBallot(chair.floor.ballot.ballotId)
            tryVerify(() => notice.visible, 5000)
            // The banner is as wide as the window and as tall as it needs.
            const problems = scanAll(notice, "ballot notice", null, null, true)
            chair.floor.cancelBallot(chair.floor.ballot.ballotId, "")
            report(problems)
        }

        // "Open the minutes PDF" on a tablet with no program for PDFs (none is installed on the
        // test machine, and the offscreen platform opens no URL): it says so and offers to save
        // a copy (the save dialog opens). Guards issue 11's "says what happened".
        function test_4_noPdfViewer() {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, "qml-popupscan-secretary")
            c.documents.stateDirectory = Fixture.temporaryDirectory()
            const page = createTemporaryObject(meetingComponent, stage, { client: c, width: 1280, height: 800 })
            c.joinLink(Fixture.joinLink("135790"))
            tryVerify(() => c.joined, 10000)
            child(page, "meetingTabs").currentIndex = 2
            const console_ = child(page, "minutesConsole")
            const exportButton = child(console_, "exportButton")
            tryVerify(() => exportButton.visible && exportButton.enabled, 5000)
            exportButton.clicked()
            const open = child(console_, "openPdfButton")
            tryVerify(() => open.visible, 120000, "export status: " + child(console_, "exportStatus").text)
            open.clicked()
            const dialog = child(console_, "noPdfViewer")
            tryVerify(() => dialog.opened, 5000, "no word that no viewer opened the PDF")
            compare(child(console_, "noPdfViewerText").text,
                    "This tablet has no program that opens PDF files. Save a copy of the minutes to open it elsewhere?")
            const problems = scanAll(page, "no PDF viewer", () => { if (!dialog.opened) dialog.open() },
                                     () => child(console_, "noPdfViewerText").parent.parent)
            stage.Window.window.width = 1280
            stage.Window.window.height = 1280
            page.width = 1280
            page.height = 800
            child(console_, "noPdfViewerConfirm").clicked()
            const save = child(console_, "savePdfDialog")
            tryVerify(() => save.visible, 5000, "no save dialog offered")
            // Qt 6.4's own (non-native) save dialog takes no typed file name nor a selectedFile
            // set from here: the test stops at the dialog offered (MinutesDownload.savePdfCopy,
            // what its Save calls, is the client library's).
            save.reject()
            tryVerify(() => !save.visible, 5000)
            c.leave()
            report(problems)
        }
    }
}
