import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// An election's paper at a congress's size (issue 15, "Elections as ballots are marked here"):
// 145 seats among 180 candidates on one tablet screen, against the real demo server. The
// delegate's paper lists every name kept; the running count of names kept against the seats
// stays in sight while the list is scrolled to its end; a search typed without diacritics
// finds a name to strike; the paper the demo's rule would refuse (more names kept than seats:
// no excess_invalid, the Party's reading) cannot go on until 35 names are struck.
Item {
    id: stage
    width: 800
    height: 1280

    TestCase {
        id: testCase
        name: "StrikeOut"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 800; height: 1280 } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function join(pin, device) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            client.joinLink(Fixture.joinLink(pin))
            tryVerify(() => client.joined, 10000)
            return client
        }

        /** Whether `item` is drawn inside the stage (not scrolled or pushed off it). */
        function onScreen(item) {
            const p = item.mapToItem(stage, 0, 0)
            return item.visible && p.y >= 0 && p.y + item.height <= stage.height
        }

        function test_congressPaper() {
            const chair = join("246810", "qml-strike-chair")
            const others = ["310002", "310003", "310004", "310005", "310006", "310007"].map(pin => join(pin, "qml-strike-" + pin))
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, "qml-strike-d01")
            const page = createTemporaryObject(pageComponent, stage, { client: client })
            client.joinLink(Fixture.joinLink("310001"))
            tryVerify(() => client.joined, 10000)
            child(page, "meetingTabs").currentIndex = 1
            tryVerify(() => chair.floor.quorumReached, 5000)
            if (chair.currentItemId.length === 0)
                chair.setCurrentItem("opening")
            tryVerify(() => chair.currentItemId.length > 0, 5000)

            const names = []
            for (let i = 0; i < 180; ++i)
                names.push((i % 9 === 0 ? "Nguyễn Văn " : "Trần Thị ") + "Ứng Viên " + (i + 1))
            chair.floor.createBallot("Bầu Ban Chấp hành khóa mới", true, "", names, 0, false, 145)
            tryVerify(() => chair.floor.ballot.phase === BallotView.Created
                            && chair.floor.ballot.options.count === 180, 10000)
            chair.floor.openBallot(chair.floor.ballot.ballotId)

            const panel = child(page, "votePanel")
            tryVerify(() => panel.vote.choosing && panel.vote.strikeOut, 10000)
            const list = child(page, "strikeList")
            const count = child(page, "strikeCount")
            tryCompare(list, "count", 180, 5000)
            compare(child(page, "strikeCountText").text, "180 names kept · 145 to elect")
            compare(child(page, "strikeStateText").text, "Strike out 35 more to go on")
            verify(!child(page, "voteNextButton").enabled, "a paper the server would refuse stays")

            // Guards: the count stays in sight while the list scrolls to its last name.
            waitForRendering(page)
            verify(onScreen(count), "the count is on screen")
            list.positionViewAtEnd()
            waitForRendering(page)
            verify(onScreen(count), "the count is on screen at the list's end")
            tryVerify(() => findChild(list, "strikeRow_179") && findChild(list, "strikeRow_179").visible, 5000)

            // Guards: "nguyen van" (no diacritics) finds the "Nguyễn Văn" names; strike one there.
            const search = child(page, "strikeSearch")
            search.forceActiveFocus()
            search.text = "nguyen van ung vien 10"
            tryCompare(list, "count", 3, 5000) // numbers 10, 100 and 109 (i + 1 for i = 9, 99, 108)
            waitForRendering(page)
            const button = child(list, "strikeButton_9")
            verify(button.height >= 44, "a touch target")
            mouseClick(button)
            tryCompare(panel.vote, "kept", 179, 5000)
            compare(child(page, "strikeCountText").text, "179 names kept · 145 to elect")
            search.text = ""
            tryCompare(list, "count", 180, 5000)

            // 34 more struck: the paper is valid and goes on.
            for (let i = 146; i < 180; ++i)
                panel.vote.pick(i)
            tryCompare(panel.vote, "kept", 145, 5000)
            compare(child(page, "strikeStateText").text, "This paper is valid")
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                waitForRendering(page)
                grabImage(page).save(dir + "/strikeout-congress-portrait-en.png")
            }
            mouseClick(child(page, "voteNextButton"))
            tryVerify(() => panel.vote.confirming, 5000)
            compare(child(page, "voteConfirmText").text, "You kept 145 names for 145 seats. Confirm your vote?")
            verify(!child(page, "invalidPaperWarning").visible)
            mouseClick(child(page, "voteConfirmButton"))
            tryCompare(child(page, "voteRecordedText"), "text", "Your vote has been recorded", 10000)

            client.leave()
            chair.leave()
            others.forEach(c => c.leave())
        }
    }
}
