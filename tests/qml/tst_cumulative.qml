import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// A board election by cumulative voting (Luật Doanh nghiệp 2020, Điều 148 khoản 3; issue 15)
// cast on a 1280×800 tablet against the real demo server. The demo's delegates hold one vote
// each, so a delegate who also holds a proxy holds 2 × 3 seats = 6 votes: the votes left stay
// in sight, "All here" and the number pad spread them, a paper past 6 is warned as invalid,
// and the paper goes to the server with its amounts; the result ranks the candidates by the
// votes given.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Cumulative"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: voteFlowComponent; VoteFlow { } }
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

        function onScreen(item) {
            const p = item.mapToItem(stage, 0, 0)
            return item.visible && p.y >= 0 && p.y + item.height <= stage.height
        }

        function test_boardElection() {
            const chair = join("246810", "qml-cum-chair")
            const grantor = join("310002", "qml-cum-d02")
            const others = ["310003", "310004", "310005", "310006"].map(pin => join(pin, "qml-cum-" + pin))
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, "qml-cum-d01")
            const page = createTemporaryObject(pageComponent, stage, { client: client })
            client.joinLink(Fixture.joinLink("310001"))
            tryVerify(() => client.joined, 10000)
            child(page, "meetingTabs").currentIndex = 1
            // d02 gives their vote to d01: one paper for both.
            grantor.floor.grantProxy(client.participantId)
            tryVerify(() => client.floor.selfProxyGrantorIds.length === 1, 5000)
            tryVerify(() => chair.floor.quorumReached, 5000)
            if (chair.currentItemId.length === 0)
                chair.setCurrentItem("opening")
            tryVerify(() => chair.currentItemId.length > 0, 5000)

            chair.floor.createBallot("Bầu thành viên Hội đồng quản trị", false, "shareholders-board",
                                     ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi", "Phạm Thị Dung"], 0, false, 3)
            tryVerify(() => chair.floor.ballot.phase === BallotView.Created && chair.floor.ballot.cumulative, 10000)
            chair.floor.openBallot(chair.floor.ballot.ballotId)

            const panel = child(page, "votePanel")
            tryVerify(() => panel.vote.choosing && panel.vote.cumulative, 10000)
            compare(panel.vote.totalVotes, 6)
            const count = child(page, "cumulativeCount")
            compare(child(page, "cumulativeLeftText").text, "6 left of 6 votes")
            compare(child(page, "cumulativeHeldText").text, "You hold 2 × 3 seats = 6 votes")
            verify(!child(page, "voteNextButton").enabled, "nothing given: a blank paper this ballot does not take")
            waitForRendering(page)
            verify(onScreen(count), "the votes left are on screen")

            // Guards: the pad beside the list is in sight; "All here" puts every vote on the
            // name whose votes were touched.
            mouseClick(child(page, "cumulativeAmount_2"))
            const allHere = child(page, "cumulativeAllHere")
            verify(allHere.height >= 44, "a touch target")
            waitForRendering(page)
            verify(onScreen(allHere), "the pad is on screen")
            verify(onScreen(child(page, "voteNextButton")), "Continue is on screen")
            mouseClick(allHere)
            tryCompare(panel.vote, "remainingVotes", 0, 5000)
            compare(panel.vote.amountOf(2), 6)
            compare(child(page, "cumulativeStateText").text, "This paper is valid: every vote given")

            // Guards: the number pad types a name's votes; past the 6 held the paper is warned.
            mouseClick(child(page, "cumulativeAmount_0"))
            compare(child(page, "cumulativeEditing").text, "Votes for Nguyễn Văn An")
            mouseClick(child(page, "cumulativeKey4"))
            tryCompare(panel.vote, "overVotes", 4, 5000)
            compare(child(page, "cumulativeStateText").text, "4 votes too many: this paper will be invalid")
            mouseClick(child(page, "voteNextButton"))
            tryVerify(() => panel.vote.confirming, 5000)
            verify(child(page, "invalidPaperWarning").visible)
            mouseClick(child(page, "voteBack"))
            tryVerify(() => panel.vote.choosing, 5000)

            // Split: An 4, Chi 2 (the pad on Chi, cleared, then 2).
            mouseClick(child(page, "cumulativeAmount_2"))
            mouseClick(child(page, "cumulativeKeyClear"))
            mouseClick(child(page, "cumulativeKey2"))
            tryCompare(panel.vote, "givenVotes", 6, 5000)
            compare(panel.vote.paper, VoteFlow.Valid)
            const dir = Fixture.screenshotDirectory()
            if (dir.length > 0) {
                waitForRendering(page)
                grabImage(page).save(dir + "/cumulative-split-en.png")
            }
            mouseClick(child(page, "voteNextButton"))
            tryVerify(() => panel.vote.confirming, 5000)
            compare(child(page, "voteConfirmText").text,
                    "You give 6 of your 6 votes: Nguyễn Văn An: 4, Lê Văn Chi: 2. Confirm your vote?")
            verify(!child(page, "invalidPaperWarning").visible)
            mouseClick(child(page, "voteConfirmButton"))
            tryCompare(child(page, "voteRecordedText"), "text",
                       "Your vote has been recorded: Nguyễn Văn An: 4, Lê Văn Chi: 2", 10000)

            // Another delegate puts their 3 votes on Bình; the chair closes: the result
            // ranks the candidates by the votes given (the seats filled from the most).
            const other = others[0]
            tryVerify(() => other.floor.ballot.canVote, 5000)
            const flow = createTemporaryObject(voteFlowComponent, testCase, { client: other })
            flow.allOnOne(1)
            flow.next()
            flow.confirm()
            tryVerify(() => flow.recorded, 10000)
            chair.floor.closeBallot(chair.floor.ballot.ballotId)
            tryVerify(() => client.floor.ballot.phase === BallotView.Closed, 10000)
            const result = child(page, "resultChart")
            tryCompare(child(result, "resultBar_0"), "votes", 4, 5000)
            compare(child(result, "resultBar_1").votes, 3)
            compare(child(result, "resultBar_2").votes, 2)
            compare(child(result, "resultBar_3").votes, 0)
            compare(child(result, "resultRank_0").text, "1.")
            compare(child(result, "resultRank_1").text, "2.")
            compare(child(result, "resultRank_2").text, "3.")
            verify(child(result, "resultBar_0").elected && child(result, "resultBar_2").elected)
            verify(!child(result, "resultBar_3").elected)
            if (dir.length > 0) {
                waitForRendering(page)
                grabImage(page).save(dir + "/cumulative-result-en.png")
            }

            client.leave()
            chair.leave()
            grantor.leave()
            others.forEach(c => c.leave())
        }
    }
}
