import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The meeting editor and the agenda of the organiser's desk (issue 13), against the real demo
// server: the fields typed come back from the server's fold as saved; a wrong date is said and
// not sent; the rule of the kind of body is shown in words; agenda items are added, moved and
// given a PDF through the upload path; convening is confirmed; once convened, a change asks
// for its reason (the server refuses one without) and nothing goes until it is given; a
// tablet then joins the convened meeting with a PIN the desk issued. Screenshots in
// Vietnamese and English when QUORUM_SCREENSHOT_DIR is set.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "MeetingEditor"
        when: windowShown

        Component { id: pageComponent; DeskPage { width: stage.width; height: stage.height } }
        Component { id: clientComponent; MeetingClient { } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }
        function click(item, name) {
            const button = typeof name === "string" ? child(item, name) : name
            tryVerify(() => button.visible && button.enabled, 20000, button.objectName + " is not clickable")
            for (let up = button.parent; up; up = up.parent)
                waitForItemPolished(up)
            mouseClick(button)
        }
        function type(field, text) {
            // As typed or pasted (keyClick has no Vietnamese letters).
            field.forceActiveFocus()
            field.remove(0, field.text.length)
            field.insert(0, text)
        }
        function shoot(page, name) {
            const dir = Fixture.screenshotDirectory()
            if (dir.length === 0)
                return
            let saved = false
            page.grabToImage(result => { saved = result.saveToFile(dir + "/" + name + ".png") })
            tryVerify(() => saved, 5000)
            wait(1500) // time for a look at the real window (Xvfb)
        }
        function openNewMeeting(meetingId) {
            const page = createTemporaryObject(pageComponent, stage)
            verify(page.desk.signIn(Fixture.deskLink(), Fixture.organiserSecret()))
            tryCompare(page.desk, "state", OrganiserDesk.List, 20000)
            page.desk.createMeeting(meetingId, "Hội nghị")
            tryCompare(page.desk, "state", OrganiserDesk.Open, 20000)
            tryVerify(() => page.desk.meeting.title === "Hội nghị", 20000)
            tryVerify(() => !page.desk.busy, 20000)
            return page
        }

        function init() { Language.current = "en" }
        function cleanup() { Language.current = "en" }

        function test_fieldsSavedAsTheServerKeepsThem() {
            const page = openNewMeeting("hop-editor-" + Math.floor(Math.random() * 1e6))
            const editor = child(page, "meetingEditor")
            type(child(editor, "titleField"), "Hội nghị Ban Chấp hành Đoàn khối lần thứ 5")
            type(child(editor, "organisationField"), "Đoàn khối các cơ quan tỉnh")
            type(child(editor, "parentField"), "Tỉnh đoàn Hà Nam")
            type(child(editor, "placeField"), "Phòng họp số 2")
            type(child(editor, "minutesNumberField"), "05/BB-ĐTN")
            type(child(editor, "minutesPlaceField"), "Phủ Lý")
            // The kind of body brings its rule, in the minutes' words.
            const kinds = page.desk.bodyKinds()
            const kindBox = child(editor, "kindBox")
            const quorumWords = child(editor, "quorumWords")
            const generic = quorumWords.text
            kindBox.currentIndex = kinds.findIndex(k => k.kind === 1) // the Youth Union
            verify(quorumWords.text !== generic, quorumWords.text)
            compare(quorumWords.text, "Quorum: " + page.desk.quorumWords(1))
            verify(child(editor, "ballotWords").text.length > "Resolutions: ".length)
            // A date as nobody writes it: said, and not saved.
            type(child(editor, "dateField"), "31/02/2026")
            const dateError = child(editor, "dateError")
            verify(dateError.visible)
            verify(!child(editor, "saveMeeting").enabled)
            type(child(editor, "dateField"), "15/12/2026")
            type(child(editor, "timeField"), "8:30")
            verify(!dateError.visible)
            child(editor, "proxiesSwitch").toggle()
            child(editor, "languageBox").currentIndex = 0
            click(editor, "saveMeeting")
            tryCompare(editor, "dirty", false, 20000)

            // What the server's fold holds now, as the desk shows it.
            const m = page.desk.meeting
            compare(m.title, "Hội nghị Ban Chấp hành Đoàn khối lần thứ 5")
            compare(m.organisation, "Đoàn khối các cơ quan tỉnh")
            compare(m.parentOrganisation, "Tỉnh đoàn Hà Nam")
            compare(m.place, "Phòng họp số 2")
            compare(m.minutesNumber, "05/BB-ĐTN")
            compare(m.minutesPlace, "Phủ Lý")
            compare(m.language, "vi")
            compare(m.allowProxies, true)
            compare(m.maxProxies, 1)
            compare(page.desk.dateText(m.scheduledStart), "15/12/2026")
            compare(page.desk.timeText(m.scheduledStart), "08:30")
            compare(child(page, "deskTitle").text, "Hội nghị Ban Chấp hành Đoàn khối lần thứ 5")
            shoot(page, "desk-editor-en")
            Language.current = "vi"
            waitForRendering(page)
            compare(Fixture.layoutProblems(page, true), [])
            // The kind of body in Vietnamese too, and still the one chosen (a switch used to
            // leave it in English).
            compare(kindBox.displayText, page.desk.bodyKinds()[kindBox.currentIndex].name)
            verify(kindBox.displayText !== "Any body (more than half)", kindBox.displayText)
            shoot(page, "desk-editor-vi")
        }

        // Issue 15, every rule from the tablet: the convening of a shareholders' meeting is set
        // on the desk (Luật Doanh nghiệp 2020, Điều 145: from 33 % at the second), its quorum in
        // words follows it, and the server keeps it; a body whose quorum is the same at every
        // convening is not asked. Failed before: no conveningBox.
        function test_conveningIsSetOnTheDesk() {
            const page = openNewMeeting("hop-convening-" + Math.floor(Math.random() * 1e6))
            const editor = child(page, "meetingEditor")
            const kinds = page.desk.bodyKinds()
            const kindBox = child(editor, "kindBox")
            const conveningBox = child(editor, "conveningBox")
            kindBox.currentIndex = kinds.findIndex(k => k.kind === 1) // the Youth Union
            verify(!conveningBox.visible)
            // Its units count against all the units directly under (Điều lệ Đoàn, Điều 9
            // khoản 1; session 6): their number is asked.
            tryVerify(() => child(editor, "unitsField").visible)
            verify(!child(editor, "sharesField").visible)
            kindBox.currentIndex = kinds.findIndex(k => k.kind === 5) // shareholders
            tryVerify(() => conveningBox.visible)
            // Counted against all the company's voting shares (Điều 145; session 6): the shares
            // issued are asked, no units.
            tryVerify(() => child(editor, "sharesField").visible)
            verify(!child(editor, "unitsField").visible)
            const quorumWords = child(editor, "quorumWords")
            const first = quorumWords.text
            conveningBox.currentIndex = 1
            verify(quorumWords.text !== first, quorumWords.text)
            compare(quorumWords.text, "Quorum: " + page.desk.quorumWords(5, 2))
            verify(quorumWords.text.indexOf("33") >= 0, quorumWords.text)
            click(editor, "saveMeeting")
            tryCompare(editor, "dirty", false, 20000)
            compare(page.desk.meeting.convening, 2)
            compare(page.desk.meeting.bodyKind, 5)
            compare(conveningBox.currentIndex, 1)
            Language.current = "vi"
            waitForRendering(page)
            compare(conveningBox.displayText, "lần thứ 2")
            compare(Fixture.layoutProblems(page, true), [])
            shoot(page, "desk-convening-vi")
        }

        /** An item under `item` by objectName, through the visual children too (Repeater rows). */
        function visualChild(item, name) {
            const queue = [item]
            while (queue.length > 0) {
                const at = queue.shift()
                if (at.objectName === name)
                    return at
                for (let i = 0; at.children && i < at.children.length; ++i)
                    queue.push(at.children[i])
            }
            verify(false, "no visual child " + name)
            return null
        }
        /** ▲ (up) or ▼ (down) on a number box of a quorum condition's row, as its arrow keys do
         *  (valueModified); the row is found again after each (the rule's rows are rebuilt). */
        /** A button of the quorum editor pressed as its Space key does (see spin). */
        function press(button) {
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
        }
        function spin(quorum, row, name, up, times) {
            for (let i = 0; i < times; ++i) {
                const box = visualChild(visualChild(quorum, row), name)
                // The arrow keys of the focused box (a tap on its ▲/▼ indicator did not reach
                // the box in the offscreen run of the merged tree; the real window took taps).
                box.forceActiveFocus()
                keyClick(up ? Qt.Key_Up : Qt.Key_Down)
            }
        }

        // Issue 15, the quorum from the desk: the Youth Union's preset (two thirds of the
        // delegates and of the units, Điều lệ Đoàn, Điều 9 khoản 1, said with its article) is
        // changed to at least three fifths of the delegates and more than half of the units by
        // taps; it is said in words and marked as the meeting's own, saved, and after the desk
        // opens the meeting again it is still that rule (it showed the preset before: there
        // was no editor and the words were the kind's). Vietnamese at 1280x800 without
        // overlaps. Failed before: no quorumEditor.
        function test_customQuorumIsSetOnTheDesk() {
            const meetingId = "hop-quorum-" + Math.floor(Math.random() * 1e6)
            const page = openNewMeeting(meetingId)
            const editor = child(page, "meetingEditor")
            const kinds = page.desk.bodyKinds()
            child(editor, "kindBox").currentIndex = kinds.findIndex(k => k.kind === 1) // the Youth Union
            const quorum = child(editor, "quorumEditor")
            const words = child(editor, "quorumWords")
            verify(child(editor, "quorumArticle").text.indexOf("Article 9(1)") >= 0, child(editor, "quorumArticle").text)
            verify(!child(editor, "quorumCustomBadge").visible)
            verify(child(editor, "ballotArticle").text.length > 0)
            verify(child(editor, "electionArticle").text.indexOf("a setting") >= 0, child(editor, "electionArticle").text)

            spin(quorum, "quorumCondition_0", "numerator", true, 1) // 3
            spin(quorum, "quorumCondition_0", "denominator", true, 2) // 5
            press(visualChild(visualChild(quorum, "quorumCondition_1"), "atLeast")) // more than
            spin(quorum, "quorumCondition_1", "numerator", false, 1) // 1
            spin(quorum, "quorumCondition_1", "denominator", false, 1) // 2
            tryVerify(() => words.text.indexOf("at least 3/5") >= 0, 5000, words.text)
            verify(words.text.indexOf("more than half") >= 0, words.text)
            verify(child(editor, "quorumCustomBadge").visible)
            verify(child(editor, "quorumArticle").text.indexOf("Changed from its preset") === 0)
            const said = words.text
            click(editor, "saveMeeting")
            tryCompare(editor, "dirty", false, 20000)
            compare(words.text, said)

            // The desk opens the meeting again: the rule of its own, not the preset.
            page.desk.showList()
            tryCompare(page.desk, "state", OrganiserDesk.List, 20000)
            page.desk.openMeeting(meetingId)
            tryCompare(page.desk, "state", OrganiserDesk.Open, 20000)
            tryVerify(() => !page.desk.busy, 20000)
            const reopened = child(page, "meetingEditor")
            tryCompare(child(reopened, "quorumWords"), "text", said, 20000)
            verify(child(reopened, "quorumCustomBadge").visible)
            verify(!reopened.dirty)

            Language.current = "vi"
            waitForRendering(page)
            const vi = child(reopened, "quorumWords").text
            verify(vi.indexOf("ít nhất 3/5") >= 0, vi)
            verify(child(reopened, "quorumArticle").text.indexOf("Điều 9 khoản 1") >= 0, child(reopened, "quorumArticle").text)
            compare(Fixture.layoutProblems(page, true), [])
            shoot(page, "desk-quorum-vi")
            // Back to the preset: said, and saved as the preset.
            click(reopened, "quorumToPreset")
            verify(!child(reopened, "quorumCustomBadge").visible)
            click(reopened, "saveMeeting")
            tryCompare(reopened, "dirty", false, 20000)
            verify(!child(reopened, "quorumCustomBadge").visible)
        }

        function test_agendaThenConveneThenChangesNeedAReason() {
            const meetingId = "hop-agenda-" + Math.floor(Math.random() * 1e6)
            const page = openNewMeeting(meetingId)
            child(page, "deskTabs").currentIndex = 1
            const agenda = child(page, "agendaEditor")
            const titles = ["Khai mạc", "Báo cáo tổng kết năm 2026", "Bế mạc"]
            for (const t of titles) {
                click(agenda, "addItem")
                type(child(agenda, "itemTitleField"), t)
                type(child(agenda, "itemPresenterField"), "Nguyễn Văn An")
                type(child(agenda, "itemMinutesField"), "15")
                click(agenda, "itemSave")
                tryVerify(() => !page.desk.busy, 20000)
            }
            tryCompare(page.desk.agenda, "count", 3, 20000)
            // Order by the keys: the report goes first.
            const second = child(agenda, "agendaRow-1")
            click(second, "itemUp")
            tryVerify(() => page.desk.agenda.data(page.desk.agenda.index(0, 0), Qt.UserRole + 2) === titles[1], 20000)
            tryCompare(child(child(agenda, "agendaRow-0"), "itemTitle"), "text", titles[1], 20000)
            // A PDF for the report through the upload path.
            const reportId = page.desk.agenda.data(page.desk.agenda.index(0, 0), Qt.UserRole + 1)
            verify(page.desk.uploadDocument(reportId, Fixture.writePdf(3)))
            tryVerify(() => !page.desk.uploading, 30000)
            compare(page.desk.errorCode, 0, page.desk.errorDetail)
            tryVerify(() => page.desk.agenda.data(page.desk.agenda.index(0, 0), Qt.UserRole + 5).length === 1, 20000)
            tryVerify(() => findChild(findChild(agenda, "agendaRow-0"), "itemDocument") !== null, 20000)

            // Not ready without a chair: the server's refusal, in words.
            click(page, "conveneMeeting")
            click(page, "stepConfirmConfirm")
            tryCompare(page.desk, "errorReason", Refusal.DeskNotReady, 20000)
            compare(page.desk.phase, 1)
            // The participants (deskpeople13's page): here through the fixture.
            verify(Fixture.importParticipants(page.desk, 3) > 0)
            tryVerify(() => page.desk.meeting.participants === 5, 20000)
            click(page, "conveneMeeting")
            click(page, "stepConfirmConfirm")
            tryCompare(page.desk, "phase", 2, 20000)
            verify(page.desk.needsReason)

            // Once convened, a change asks for its reason; cancelled, nothing is sent.
            click(child(agenda, "agendaRow-2"), "itemEdit")
            type(child(agenda, "itemMinutesField"), "5")
            click(agenda, "itemSave")
            const reason = child(page, "deskReason")
            tryCompare(reason, "opened", true, 5000)
            verify(!child(page, "deskReasonConfirm").enabled)
            shoot(page, "desk-reason-en")
            click(page, "deskReasonCancel")
            tryCompare(reason, "opened", false, 5000)
            verify(!page.desk.busy)
            compare(page.desk.agenda.data(page.desk.agenda.index(2, 0), Qt.UserRole + 4), 15)
            // Given, the change is recorded.
            click(child(agenda, "agendaRow-2"), "itemEdit")
            type(child(agenda, "itemMinutesField"), "5")
            click(agenda, "itemSave")
            tryCompare(reason, "opened", true, 5000)
            type(child(page, "deskReasonField"), "Rút ngắn phần bế mạc")
            click(page, "deskReasonConfirm")
            tryCompare(page.desk.agenda, "count", 3)
            tryVerify(() => page.desk.agenda.data(page.desk.agenda.index(2, 0), Qt.UserRole + 4) === 5, 20000)
            compare(page.desk.errorCode, 0, page.desk.errorDetail)
            Language.current = "vi"
            waitForRendering(page)
            compare(Fixture.layoutProblems(page, true), [])
            shoot(page, "desk-agenda-vi")
            Language.current = "en"

            // PINs from the desk; a delegate's tablet joins the convened meeting with one.
            page.desk.issuePins([])
            tryVerify(() => page.desk.issuedPins.length === 5, 20000)
            const delegate = page.desk.issuedPins.find(p => p.participantId === "dai-bieu-1")
            verify(delegate && delegate.pin.length === 6)
            const tablet = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(tablet, "qml-desk-delegate")
            const fp = Fixture.deskLink().replace(/^.*fp=/, "")
            verify(tablet.joinLink("quorums://" + Fixture.serverAddress + "/" + meetingId
                                + "?pin=" + delegate.pin + "&fp=" + fp))
            tryCompare(tablet, "joined", true, 20000)
            compare(tablet.meetingTitle, "Hội nghị")
        }
    }
}
