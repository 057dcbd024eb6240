import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// A tie the rule leaves to the older candidate, recorded by the secretary from the floor page of
// a 1280×800 tablet, against the real demo server (issue 15). Guards: the floor page scrolls and
// brings the tie panel into view, so the note and "Record the decision" are inside the window
// (seen in a real window: they fell below it and could not be reached), and the record breaks
// the tie on every tablet.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "TieFloor"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }

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

        function inWindow(item, page) {
            const p = item.mapToItem(page, 0, 0)
            return item.visible && p.y >= 0 && p.y + item.height <= page.height
        }

        function test_secretaryRecordsTheOlderCandidate() {
            const chair = join("246810", "qml-tie-chair")
            const voters = ["310001", "310002", "310003", "310004", "310005", "310006"].map(pin => join(pin, "qml-tie-" + pin))
            const secretary = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(secretary, "qml-tie-secretary")
            const page = createTemporaryObject(pageComponent, stage, { client: secretary })
            secretary.joinLink(Fixture.joinLink("135790"))
            tryVerify(() => secretary.joined, 10000)
            compare(secretary.role, MeetingClient.Secretary)
            child(page, "meetingTabs").currentIndex = 1
            tryVerify(() => chair.floor.quorumReached, 5000)
            if (chair.currentItemId.length === 0)
                chair.setCurrentItem("opening")
            tryVerify(() => chair.currentItemId.length > 0, 5000)

            // A state election (the older candidate on a tie), 3 names for 2 seats; the names
            // are not participants, so the server cannot tell who is older from birth dates.
            chair.floor.createBallot("Bầu 2 đại biểu dự hội nghị cấp trên", false, "state-election",
                                     ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi"], 0, false, 2)
            tryVerify(() => chair.floor.ballot.phase === BallotView.Created, 10000)
            compare(chair.floor.ballot.tieBreak, 2)
            const ballotId = chair.floor.ballot.ballotId
            chair.floor.openBallot(ballotId)
            tryVerify(() => voters.every(v => v.floor.ballot.canVote), 10000)
            // Six papers (past half the voter list: the rule's turnout) keeping two names each,
            // every name kept four times: a three-way tie for the two seats.
            const pairs = [[0, 1], [1, 2], [0, 2]]
            voters.forEach((v, i) => v.floor.castVote(ballotId, pairs[i % 3]))
            tryCompare(chair.floor.ballot, "votedCount", 6, 10000)
            chair.floor.closeBallot(ballotId)
            tryVerify(() => secretary.floor.ballot.phase === BallotView.Closed, 10000)
            tryCompare(secretary.floor.ballot, "outcome", BallotView.TiePending, 5000)
            compare(secretary.floor.ballot.tiedOptions.length, 3)

            const tiePanel = child(page, "tiePanel")
            tryVerify(() => tiePanel.visible, 5000)
            const resolve = child(page, "tieResolveButton")
            const note = child(page, "tieNote")
            // Guards: the tie panel is brought into the window; before, the floor page did not
            // scroll and the button lay below 800 px.
            tryVerify(() => inWindow(resolve, page) && inWindow(note, page), 5000,
                      "the tie's note and button are inside the window")
            mouseClick(child(page, "tieOption_0"))
            mouseClick(child(page, "tieOption_2"))
            mouseClick(note)
            keyClick(Qt.Key_H)
            keyClick(Qt.Key_S)
            tryVerify(() => resolve.enabled, 5000)
            verify(inWindow(resolve, page), "the button is still inside the window")
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                waitForRendering(page)
                grabImage(page).save(dir + "/tie-secretary-en.png")
            }
            mouseClick(resolve)

            // The tie is broken on every tablet, with the note for the minutes.
            for (const c of [secretary, chair].concat(voters)) {
                tryVerify(() => c.floor.ballot.outcome !== BallotView.TiePending, 10000)
                compare(c.floor.ballot.tieBrokenBy, 2)
                compare(c.floor.ballot.tieNote, "hs")
            }
            tryVerify(() => !tiePanel.visible, 5000)

            secretary.leave()
            chair.leave()
            voters.forEach(c => c.leave())
        }
    }
}
