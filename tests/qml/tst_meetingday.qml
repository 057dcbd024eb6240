import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Quorum.Tablet
import Quorum.Test

// Issue 11, the meeting day as people live it, against the real demo server: the chair votes
// from the console and the turnout reaches 100 %; closing a vote with voters missing asks and
// says how many; a new ballot starts with the meeting's rule, shown before opening; a vote
// opened while a delegate reads a document reaches them with one tap; "Leave" asks; the
// secretary's typed minutes survive the tablet closing, are saved before an approval, and an
// edit after an approval says it withdraws it; a delegate reads ahead in the agenda.
// Tablets side by side on one stage, so that clicks reach the one they are meant for.
Item {
    id: stage
    width: 2560
    height: 800

    TestCase {
        id: testCase
        name: "MeetingDay"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }
        Component { id: mainComponent; Main { } }
        Component { id: standInReader; Rectangle { objectName: "standInReader"; color: "white" } }

        function client(pin, device, stateDirectory) {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, device)
            if (stateDirectory)
                c.documents.stateDirectory = stateDirectory
            c.joinLink(Fixture.joinLink(pin))
            tryVerify(() => c.joined, 10000)
            return c
        }

        function page(pin, device, x, tab, stateDirectory) {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, device)
            if (stateDirectory)
                c.documents.stateDirectory = stateDirectory
            const p = createTemporaryObject(pageComponent, stage, { client: c, x: x || 0 })
            c.joinLink(Fixture.joinLink(pin))
            tryVerify(() => c.joined, 10000)
            child(p, "meetingTabs").currentIndex = tab === undefined ? 1 : tab
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
            waitForRendering(button)
            mouseClick(button)
        }

        function openBallot(chair, question) {
            if (chair.client.currentItemId !== "eform-vote") {
                chair.client.setCurrentItem("eform-vote")
                tryCompare(chair.client, "currentItemId", "eform-vote", 5000)
            }
            const wizard = child(chair, "ballotWizard")
            if (!child(wizard, "ballotForm").visible)
                click(chair, "newBallotButton")
            child(chair, "ballotQuestionInput").text = question
            click(chair, "createBallotButton")
            click(chair, "openBallotButton")
            tryCompare(chair.client.floor.ballot, "phase", BallotView.Open, 5000)
        }

        function cleanup() {
            Language.current = "en"
        }

        // The chair is a voter (the demo file does not say otherwise): with the chair and five
        // delegates in the room (the quorum of 11), all six vote and the count reaches 6/6.
        function test_1_chairVotesFromTheConsole() {
            const chair = page("246810", "qml-flow-chair")
            const delegate = page("310001", "qml-flow-d01", 1280)
            const others = ["310006", "310007", "310008", "310009"].map(pin => client(pin, "qml-flow-" + pin))
            chair.client.setCurrentItem("eform-vote")
            tryCompare(chair.client, "currentItemId", "eform-vote", 5000)

            // The rule a new ballot starts with is the meeting's, said before anything opens.
            // Issue 15: in words (RuleWords, the minutes' own), never blank.
            const wizard = child(chair, "ballotWizard")
            compare(wizard.draft.rulePreset, chair.client.floor.defaultRulePreset)
            verify(wizard.draft.meetingRuleWords.length > 0)
            compare(child(chair, "ruleLabel").text, "Decided by the meeting's rule: " + wizard.draft.meetingRuleWords)

            openBallot(chair, "Thông qua kế hoạch Eform?")
            tryCompare(chair.client.floor.ballot, "eligible", 6, 5000)
            const panel = child(chair, "chairVotePanel")
            tryVerify(() => panel.visible, 5000, "the chair's own vote is on the console")
            click(panel, "voteOption_0")
            click(panel, "voteConfirmButton")
            tryVerify(() => chair.client.floor.ballot.selfVoted, 5000)
            tryCompare(child(chair, "liveCount"), "text", "1/6 voted", 5000)
            verify(child(chair, "notVoted").text.indexOf("Nguyễn Văn A") < 0)
            compare(child(panel, "voteRecordedText").text, "Your vote has been recorded: Agree")

            click(delegate, "voteOption_1")
            click(delegate, "voteConfirmButton")
            tryCompare(child(chair, "liveCount"), "text", "2/6 voted", 5000)
            others.forEach(c => c.floor.castVote(c.floor.ballot.ballotId, [0], []))
            tryCompare(child(chair, "liveCount"), "text", "6/6 voted", 5000)
            compare(child(chair, "notVoted").text, "Everyone has voted")
            compare(chair.client.floor.ballot.notVotedCount, 0)

            // Everyone voted: closing needs no confirmation.
            click(chair, "closeBallotButton")
            tryCompare(chair.client.floor.ballot, "phase", BallotView.Closed, 5000)
            compare(chair.client.floor.ballot.ballots, 6)
            chair.client.leave()
            delegate.client.leave()
            others.forEach(c => c.leave())
        }

        // Closing while voters are missing asks, with the number; Cancel keeps the vote open.
        function test_2_closeAsksWhenVotersAreMissing() {
            const chair = page("246810", "qml-flow-chair")
            const other = client("310002", "qml-flow-d02")
            openBallot(chair, "Biểu quyết thử?")
            const ballot = chair.client.floor.ballot
            other.floor.castVote(ballot.ballotId, [0], [])
            tryCompare(ballot, "votedCount", 1, 5000)
            verify(ballot.notVotedCount >= 6, "the six of the first vote have not voted: " + ballot.notVotedCount)
            const missing = ballot.notVotedCount

            click(chair, "closeBallotButton")
            const dialog = child(chair, "closeBallotConfirm")
            tryVerify(() => dialog.opened, 5000)
            compare(findChild(dialog.contentItem, "closeBallotConfirmText").text,
                    "%1 eligible voters have not voted yet. Close the vote now?".arg(missing))
            Language.current = "vi"
            compare(findChild(dialog.contentItem, "closeBallotConfirmText").text,
                    "Còn %1 đại biểu có quyền biểu quyết chưa bỏ phiếu. Kết thúc biểu quyết ngay?".arg(missing))
            Language.current = "en"
            mouseClick(findChild(dialog.contentItem, "closeBallotConfirmCancel"))
            tryVerify(() => !dialog.visible, 5000)
            wait(200)
            compare(ballot.phase, BallotView.Open, "Cancel leaves the vote open")

            click(chair, "closeBallotButton")
            tryVerify(() => dialog.opened, 5000)
            mouseClick(findChild(dialog.contentItem, "closeBallotConfirmConfirm"))
            tryCompare(ballot, "phase", BallotView.Closed, 5000)
            chair.client.leave()
            other.leave()
        }

        // A vote opened while the delegate reads a document: a banner over the reader, and one
        // tap brings the vote. The tablet's own window (Main.qml), as the app runs it.
        function test_3_ballotReachesAReader() {
            const chair = page("246810", "qml-flow-chair")
            const win = createTemporaryObject(mainComponent, testCase, { width: 1280, height: 800 })
            Fixture.setDeviceId(win.client, "qml-flow-d03")
            win.client.joinLink(Fixture.joinLink("310003"))
            tryVerify(() => win.client.joined, 10000)
            const stack = child(win.contentItem, "mainStack")
            tryCompare(stack, "depth", 2, 5000)
            stack.push(standInReader)
            tryVerify(() => stack.currentItem.objectName === "standInReader" && !stack.busy, 5000)
            const notice = child(win.contentItem, "ballotNotice")
            verify(!notice.visible)

            openBallot(chair, "Biểu quyết khi đang đọc tài liệu?")
            tryVerify(() => notice.visible, 5000, "the vote reaches the reader")
            compare(child(notice, "ballotNoticeQuestion").text, "Biểu quyết khi đang đọc tài liệu?")
            verify(child(notice, "ballotNoticeGo").height >= 48)
            waitForRendering(win.contentItem)
            mouseClick(child(notice, "ballotNoticeGo"))
            tryVerify(() => stack.depth === 2 && !stack.busy, 5000, "back on the meeting page")
            const meeting = stack.currentItem
            tryVerify(() => meeting.voteOnScreen, 5000)
            tryVerify(() => child(meeting, "voteOption_0").visible, 5000)
            verify(!notice.visible, "the vote is on screen: no banner")

            // Reading again before voting: the banner comes back; "Later" puts it off.
            stack.push(standInReader)
            tryVerify(() => notice.visible && !stack.busy, 5000)
            mouseClick(child(notice, "ballotNoticeLater"))
            tryVerify(() => !notice.visible, 5000)
            win.client.leave()
            chair.client.floor.cancelBallot(chair.client.floor.ballot.ballotId, "")
            tryCompare(chair.client.floor.ballot, "phase", BallotView.Cancelled, 5000)
            chair.client.leave()
        }

        // "Rời cuộc họp" forgets the meeting on the tablet: it asks first.
        function test_4_leaveAsks() {
            const p = page("310004", "qml-flow-d04", 0, 0)
            click(p, "leaveButton")
            const dialog = child(p, "leaveConfirm")
            tryVerify(() => dialog.opened, 5000)
            verify(p.client.joined)
            Language.current = "vi"
            compare(findChild(dialog.contentItem, "leaveConfirmConfirm").text, "Rời cuộc họp")
            Language.current = "en"
            mouseClick(findChild(dialog.contentItem, "leaveConfirmCancel"))
            tryVerify(() => !dialog.visible, 5000)
            verify(p.client.joined, "Cancel stays in the meeting")
            click(p, "leaveButton")
            tryVerify(() => dialog.opened, 5000)
            mouseClick(findChild(dialog.contentItem, "leaveConfirmConfirm"))
            tryVerify(() => !p.client.joined, 5000)
        }

        // What the secretary typed survives the tablet closing, goes to the server before an
        // approval, and an edit after an approval says it withdraws it before anything is sent.
        function test_5_minutesKeepTypedWords() {
            const folder = Fixture.temporaryDirectory()
            let secretary = page("135790", "qml-flow-secretary", 0, 2, folder)
            let item = child(child(secretary, "minutesConsole"), "minutesItem_opening")
            const typed = "Đồng chí Bí thư khai mạc, giới thiệu đại biểu."
            child(item, "notesArea").text = typed
            tryVerify(() => child(item, "saveItemButton").enabled, 5000, "a draft to save")
            // The tablet closes before anything was saved.
            const gone = secretary.client
            secretary.destroy()
            gone.destroy()
            wait(100)

            secretary = page("135790", "qml-flow-secretary", 0, 2, folder)
            const console_ = child(secretary, "minutesConsole")
            item = child(console_, "minutesItem_opening")
            tryCompare(child(item, "notesArea"), "text", typed, 5000)
            compare(secretary.client.minutes.notesOf("opening"), "", "nothing reached the server yet")

            // Approve with the edit unsaved: it is saved first, then approved.
            const whole = findChild(secretary, "minutesWholeFlick")
            const approve = child(console_, "approveButton")
            whole.contentY = Math.max(0, approve.mapToItem(whole.contentItem, 0, 0).y - 40)
            click(console_, "approveButton")
            tryCompare(secretary.client.minutes, "secretaryApproved", true, 5000)
            compare(secretary.client.minutes.notesOf("opening"), typed)
            tryVerify(() => !child(item, "saveItemButton").enabled, 5000)

            // An edit now: kept, not sent, and the console says what saving would do.
            const notes = child(item, "notesArea")
            notes.forceActiveFocus()
            notes.text = typed + " Thông qua chương trình."
            child(console_, "minutesNumber").forceActiveFocus() // leave the field
            wait(300)
            compare(secretary.client.minutes.notesOf("opening"), typed, "not sent without asking")
            verify(secretary.client.minutes.secretaryApproved)
            const warning = child(console_, "withdrawWarning")
            tryVerify(() => warning.visible, 5000)
            compare(warning.text, "Your changes are kept on this tablet. Saving them withdraws the approval of Trần Thị B.")
            // The list keeps the current agenda item in view: bring "opening" back.
            child(console_, "minutesItems").positionViewAtIndex(0, ListView.Beginning)
            click(item, "saveItemButton")
            const dialog = child(console_, "withdrawConfirm")
            tryVerify(() => dialog.opened, 5000)
            mouseClick(findChild(dialog.contentItem, "withdrawConfirmConfirm"))
            tryCompare(secretary.client.minutes, "secretaryApproved", false, 5000)
            compare(secretary.client.minutes.notesOf("opening"), typed + " Thông qua chương trình.")
            verify(!warning.visible)
            secretary.client.leave()
        }

        // Read ahead: a delegate opens the documents of any agenda item; when the agenda moves
        // on, the panel follows it again.
        function test_6_readAhead() {
            const delegate = page("310005", "qml-flow-d05", 0, 0)
            const chair = client("246810", "qml-flow-chair")
            chair.setCurrentItem("opening")
            tryCompare(delegate.client, "currentItemId", "opening", 5000)
            const panel = child(delegate, "documentsPanel")
            const docs = child(panel, "itemDocuments")
            compare(docs.count, 0)
            const view = child(delegate, "agendaView")
            const row = child(view, "agendaRow_young-officials")
            mouseClick(row)
            tryVerify(() => docs.count === 1, 5000, "the documents of item 2, read ahead")
            compare(child(panel, "documentsTitle").text, "Documents of item 2")
            verify(child(panel, "backToCurrentItem").visible)
            chair.advanceAgenda(1)
            tryCompare(delegate.client, "currentItemId", "young-officials", 5000)
            compare(child(panel, "documentsTitle").text, "Documents of this item")
            mouseClick(child(view, "agendaRow_eform-vote"))
            tryCompare(child(panel, "documentsTitle"), "text", "Documents of item 4", 5000)
            click(panel, "backToCurrentItem")
            compare(child(panel, "documentsTitle").text, "Documents of this item")
            delegate.client.leave()
            chair.leave()
        }
    }
}
