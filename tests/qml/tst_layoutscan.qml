import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// Issue 11, "nothing clipped or left untranslated": every tab of the meeting page as the chair,
// the secretary and a delegate see it, with and without a vote open, and the reader, at the
// four window sizes of the tablets in use (1280×800, 1024×768, 800×1280, 768×1024), in
// Vietnamese and English. Fixture.layoutProblems walks the item tree and lists every label
// of the app that is cut off, spills over its box or the page's edge, and every English word
// of the app on a Vietnamese screen. The test fails with the whole list.
Item {
    id: stage
    width: 1280
    height: 1280

    TestCase {
        id: testCase
        name: "LayoutScan"
        when: windowShown

        readonly property var sizes: [[1280, 800], [1024, 768], [800, 1280], [768, 1024]]

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { } }
        Component { id: readerComponent; ReaderPage { } }
        Component { id: documentsComponent; DocumentsModel { } }

        function page(pin, device) {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, device)
            c.documents.stateDirectory = Fixture.temporaryDirectory()
            const p = createTemporaryObject(pageComponent, stage, { client: c, width: 1280, height: 800 })
            c.joinLink(Fixture.joinLink(pin))
            tryVerify(() => c.joined, 10000)
            return p
        }

        /** Every size and language of `item`; `before` puts the page in the state to scan. */
        function scanAll(item, label, before) {
            const problems = []
            for (const lang of ["vi", "en"]) {
                Language.current = lang
                for (const size of sizes) {
                    item.width = size[0]
                    item.height = size[1]
                    if (before)
                        before()
                    waitForRendering(item)
                    wait(30) // layouts polish before the next frame
                    for (const p of Fixture.layoutProblems(item, lang === "vi"))
                        problems.push("%1 %2×%3 %4: %5".arg(label).arg(size[0]).arg(size[1]).arg(lang).arg(p))
                }
            }
            Language.current = "en"
            return problems
        }

        function scanTabs(p, label, tabs) {
            let problems = []
            const bar = findChild(p, "meetingTabs")
            for (const tab of tabs)
                problems = problems.concat(scanAll(p, label + " tab " + tab, () => bar.currentIndex = tab))
            return problems
        }

        function cleanup() {
            Language.current = "en"
        }

        function test_1_everyPageAtEverySize() {
            const chair = page("246810", "qml-scan-chair")
            const secretary = page("135790", "qml-scan-secretary")
            const delegate = page("310001", "qml-scan-d01")
            secretary.visible = false
            delegate.visible = false
            // Enough members for the quorum, and an item to vote on.
            const others = ["310002", "310003", "310004", "310005", "310006"].map(pin => {
                const c = createTemporaryObject(clientComponent, testCase)
                Fixture.setDeviceId(c, "qml-scan-" + pin)
                c.joinLink(Fixture.joinLink(pin))
                return c
            })
            tryVerify(() => others.every(c => c.joined), 10000)
            chair.client.setCurrentItem("young-officials")
            tryCompare(delegate.client, "currentItemId", "young-officials", 5000)

            let problems = scanTabs(chair, "chair", [0, 1, 2, 3, 4, 5])
            chair.visible = false
            secretary.visible = true
            problems = problems.concat(scanTabs(secretary, "secretary", [0, 1, 2, 3, 4, 5]))
            secretary.visible = false
            delegate.visible = true
            problems = problems.concat(scanTabs(delegate, "delegate", [0, 1]))

            // A vote open: the chair's console with its own vote, the delegate's panel.
            chair.client.setCurrentItem("eform-vote")
            chair.client.floor.createBallot("Thông qua kế hoạch áp dụng biểu mẫu điện tử (Eform)?", false, "")
            tryVerify(() => chair.client.floor.ballot.phase === BallotView.Created, 5000)
            chair.client.floor.openBallot(chair.client.floor.ballot.ballotId)
            tryVerify(() => delegate.client.floor.ballot.phase === BallotView.Open, 5000)
            problems = problems.concat(scanTabs(delegate, "delegate voting", [1]))
            delegate.visible = false
            chair.visible = true
            problems = problems.concat(scanTabs(chair, "chair voting", [1]))
            chair.client.floor.castVote(chair.client.floor.ballot.ballotId, [0], [])
            tryVerify(() => chair.client.floor.ballot.selfVoted, 5000)
            chair.client.floor.closeBallot(chair.client.floor.ballot.ballotId)
            tryVerify(() => delegate.client.floor.ballot.phase === BallotView.Closed, 5000)
            problems = problems.concat(scanTabs(chair, "chair result", [1]))
            chair.visible = false
            delegate.visible = true
            problems = problems.concat(scanTabs(delegate, "delegate result", [1]))
            delegate.visible = false

            // The reader, on a demo document.
            const docs = createTemporaryObject(documentsComponent, testCase, { documents: delegate.client.documents })
            tryVerify(() => docs.count >= 3 && docs.allReady, 30000, "the demo documents reach the tablet")
            const reader = createTemporaryObject(readerComponent, stage,
                                                 { client: delegate.client, documentId: docs.documentIdAt(0),
                                                   width: 1280, height: 800 })
            tryVerify(() => reader.pageCount > 0, 15000)
            problems = problems.concat(scanAll(reader, "reader"))

            // One line each (a failure message is cut at a few hundred characters).
            problems.forEach(p => console.warn("LAYOUT " + p))
            compare(problems.length, 0, problems.length + " problems, listed above as LAYOUT")
            others.forEach(c => c.leave())
            chair.client.leave()
            secretary.client.leave()
            delegate.client.leave()
        }
    }
}
