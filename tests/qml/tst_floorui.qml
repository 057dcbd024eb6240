import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The floor on the tablet against the real demo server: a delegate's speak button and place
// in line, the chair's console (queue, give the floor, end), and a whole vote — the chair
// creates and opens it, a delegate votes through the panel with its confirmation, the chair
// closes it and the result shows on the delegate's tablet.
// Two tablets side by side on one stage, so that clicks reach the one they are meant for.
Item {
    id: stage
    width: 2560
    height: 800

    TestCase {
        id: testCase
        name: "Floor"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }

        function join(pin, device) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            client.joinLink(Fixture.joinLink(pin))
            tryVerify(() => client.joined, 10000)
            return client
        }

        function page(pin, device, x) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            const p = createTemporaryObject(pageComponent, stage, { client: client, x: x || 0 })
            client.joinLink(Fixture.joinLink(pin))
            tryVerify(() => client.joined, 10000)
            child(p, "meetingTabs").currentIndex = 1
            return p
        }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function click(item, name) {
            const button = child(item, name)
            tryVerify(() => button.visible && button.enabled, 5000,
                      name + " is not clickable (visible " + button.visible + ", enabled " + button.enabled + ")")
            verify(button.height >= 48, name + " is a touch target")
            mouseClick(button)
        }

        // Closing with voters missing asks first (issue 11): confirm it.
        function closeVote(chair) {
            click(chair, "closeBallotButton")
            const dialog = child(chair, "closeBallotConfirm")
            if (chair.client.floor.ballot.notVotedCount > 0) {
                tryVerify(() => dialog.opened, 5000)
                const confirm = findChild(dialog.contentItem, "closeBallotConfirmConfirm")
                waitForRendering(confirm)
                mouseClick(confirm)
            }
        }

        function test_1_speakButton() {
            const delegate = page("310002", "qml-floor-d02")
            const status = child(delegate, "queueStatus")
            verify(child(delegate, "requestFloorButton").height >= 72)
            click(delegate, "requestFloorButton")
            tryCompare(status, "text", "You are number 1 in line", 5000)
            verify(child(delegate, "withdrawButton").visible)
            verify(!child(delegate, "requestFloorButton").visible)
            Language.current = "vi"
            compare(status.text, "Bạn đứng thứ 1")
            Language.current = "en"
            click(delegate, "withdrawButton")
            tryCompare(status, "text", "Speakers waiting: 0", 5000)
            click(delegate, "pointOfOrderButton")
            tryCompare(status, "text", "Point of order: you are number 1 in line", 5000)
            click(delegate, "withdrawButton")
            tryVerify(() => delegate.client.floor.selfQueuePosition === -1, 5000)
            delegate.client.leave()
        }

        function test_2_chairRunsTheQueue() {
            const chair = page("246810", "qml-floor-chair")
            const delegate = page("310003", "qml-floor-d03", 1280)
            const other = join("310004", "qml-floor-d04")
            verify(child(chair, "chairConsole").visible)
            click(delegate, "requestFloorButton")
            // The two requests come over two connections: let the first land before the second.
            tryCompare(delegate.client.floor, "selfQueuePosition", 0, 5000)
            other.floor.requestFloor(false)
            const queue = child(chair, "queueView")
            tryCompare(queue, "count", 2, 5000)
            tryCompare(child(delegate, "queueStatus"), "text", "You are number 1 in line", 5000)
            // Move the second up: the delegate becomes number 2.
            tryVerify(() => findChild(queue, "queue_d04"), 5000)
            click(findChild(queue, "queue_d04"), "moveUpButton")
            tryCompare(child(delegate, "queueStatus"), "text", "You are number 2 in line", 5000)
            click(findChild(queue, "queue_d03"), "giveFloorButton")
            tryCompare(child(delegate, "speakerName"), "text", "Hoàng Văn E", 5000)
            tryCompare(child(delegate, "queueStatus"), "text", "You have the floor", 5000)
            verify(child(chair, "speechClock").text.length > 0)
            compare(delegate.client.floor.speechAllottedSeconds, 180)
            click(chair, "pauseButton")
            tryVerify(() => chair.client.floor.speechPaused, 5000)
            compare(child(chair, "speechStatus").text, "Paused")
            click(chair, "endSpeechButton")
            tryVerify(() => !delegate.client.floor.speechActive, 5000)
            click(findChild(queue, "queue_d04"), "removeSpeakerButton")
            tryCompare(queue, "count", 0, 5000)
            click(chair, "queueOpenButton")
            tryVerify(() => !delegate.client.floor.queueOpen, 5000)
            compare(child(delegate, "queueStatus").text, "The list of speakers is closed")
            verify(!child(delegate, "requestFloorButton").enabled)
            click(chair, "queueOpenButton")
            tryVerify(() => delegate.client.floor.queueOpen, 5000)
            chair.client.leave()
            delegate.client.leave()
            other.leave()
        }

        function test_3_aWholeVote() {
            const chair = page("246810", "qml-floor-chair")
            const delegate = page("310001", "qml-floor-d01", 1280)
            // Quorum: more than half of the 11 members with a vote.
            const others = ["310005", "310006", "310007", "310008"].map(pin => join(pin, "qml-floor-" + pin))
            tryVerify(() => chair.client.floor.quorumReached, 5000)
            tryCompare(child(chair, "quorumText"), "text", "%1/11 — quorum reached".arg(chair.client.floor.quorumPresent), 5000)

            // A ballot belongs to the current agenda item.
            chair.client.setCurrentItem("eform-vote")
            tryCompare(chair.client, "currentItemId", "eform-vote", 5000)
            const question = child(chair, "ballotQuestionInput")
            question.text = "Thông qua kế hoạch áp dụng biểu mẫu điện tử?"
            click(chair, "createBallotButton")
            click(chair, "openBallotButton")
            const ballot = delegate.client.floor.ballot
            tryCompare(ballot, "phase", BallotView.Open, 5000)
            compare(child(delegate, "ballotQuestion").text, "Thông qua kế hoạch áp dụng biểu mẫu điện tử?")
            compare(child(delegate, "ballotKind").text, "Named vote")

            // Choose, go back, choose again, confirm.
            const yes = child(delegate, "voteOption_0")
            verify(yes.height >= 72)
            // Issue 11: the choices in the reader's language.
            compare(yes.text, "Agree")
            click(delegate, "voteOption_1")
            verify(child(delegate, "voteConfirm").visible)
            click(delegate, "voteBack")
            click(delegate, "voteOption_0")
            compare(child(delegate, "voteConfirm").children[0].text, "You chose: Agree. Confirm your vote?")
            click(delegate, "voteConfirmButton")
            tryVerify(() => child(delegate, "voteRecorded").visible, 5000)
            tryCompare(child(delegate, "voteRecordedText"), "text", "Your vote has been recorded: Agree", 5000)
            Language.current = "vi"
            compare(child(delegate, "voteRecordedText").text, "Phiếu của bạn đã được ghi nhận: Đồng ý")
            Language.current = "en"

            // The chair sees the count and who has not voted.
            tryVerify(() => child(chair, "liveCount").text.indexOf("1/") === 0, 5000)
            verify(child(chair, "notVoted").text.indexOf("Nguyễn Văn A") >= 0)
            verify(child(chair, "notVoted").text.indexOf("Lê Văn C") < 0)
            // Issue 11: the chair's attendance list words a named vote's choice in the page's
            // language, not as the meeting's file labels it (failed before: "Đồng ý" in English).
            const row = findChild(child(chair, "attendanceView"), "attendance_d01")
            compare(child(row, "votedMark").text, "✓")
            const voted = child(row, "attendanceDetail")
            tryCompare(voted, "text", "Agree", 5000)
            Language.current = "vi"
            tryCompare(voted, "text", "Đồng ý", 5000)
            Language.current = "en"
            others[0].floor.castVote(others[0].floor.ballot.ballotId, [1], [])
            tryVerify(() => child(chair, "liveCount").text.indexOf("2/") === 0, 5000)

            closeVote(chair)
            tryCompare(ballot, "phase", BallotView.Closed, 5000)
            // Issue 15: 1 for, 1 against under a rule without a tie-break is not adopted (the
            // threshold was not met), never "a new vote decides" (before); in the minutes' own
            // words (RuleWords::outcome), as the minutes say it.
            compare(child(delegate, "resultOutcome").text, "NOT ADOPTED")
            compare(child(child(delegate, "resultBar_0"), "resultVotes").text, "1")

            // A second vote, secret: the panel says only that the vote was recorded.
            click(chair, "newBallotButton")
            question.text = "Bỏ phiếu kín?"
            click(chair, "secretButton")
            click(chair, "createBallotButton")
            click(chair, "openBallotButton")
            tryCompare(ballot, "phase", BallotView.Open, 5000)
            compare(child(delegate, "ballotKind").text, "Secret ballot")
            click(delegate, "voteOption_0")
            click(delegate, "voteConfirmButton")
            tryCompare(child(delegate, "voteRecordedText"), "text", "Your vote has been recorded", 5000)
            // The vote and the close come over two connections: close once the chair sees it.
            tryCompare(chair.client.floor.ballot, "votedCount", 1, 5000)
            closeVote(chair)
            tryCompare(ballot, "phase", BallotView.Closed, 5000)
            compare(child(delegate, "resultOutcome").text, "ADOPTED")

            // Voting on the closed ballot: a typed error, in words.
            let failed = ""
            delegate.client.commandFailed.connect((id, code, detail, reason) => failed = Texts.refusalText(reason, code))
            delegate.client.floor.castVote(ballot.ballotId, [0], [])
            tryVerify(() => failed.length > 0, 5000)
            compare(failed, "The vote has ended.")
            chair.client.leave()
            delegate.client.leave()
            others.forEach(c => c.leave())
        }
    }
}
