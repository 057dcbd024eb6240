import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Quorum.Tablet
import Quorum.Test

// Forms on the tablet against the real demo server (issue 16, docs/forms.md): the secretary
// adds the built-in feedback form and opens it; a delegate fills it in while the server is
// down (the draft stays on the tablet), sends it, and it arrives when the server is back; the
// secretary's consolidation counts it once. A delegate's motion shows in the motion list.
Item {
    id: stage
    width: 2560
    height: 800

    TestCase {
        id: testCase
        name: "Forms"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }
        // As Main.qml holds it: the reader is pushed over the meeting page.
        // (Without transitions: a test does not wait for a page to slide in.)
        Component {
            id: stackComponent
            StackView { width: 1280; height: 800; pushEnter: null; pushExit: null; popEnter: null; popExit: null }
        }

        function page(pin, device, x) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            client.documents.stateDirectory = Fixture.temporaryDirectory()
            const stack = createTemporaryObject(stackComponent, stage, { x: x || 0 })
            const p = stack.push(pageComponent, { client: client })
            client.joinLink(Fixture.joinLink(pin))
            tryVerify(() => client.joined, 10000)
            child(p, "meetingTabs").currentIndex = 6
            return p
        }

        /** Types into `field` as a keyboard does: key by key, the field keeps the focus (no
         *  editingFinished). */
        function typeInto(field, text) {
            mouseClick(field)
            field.forceActiveFocus()
            for (const c of text)
                keyClick(c)
        }

        /** The secretary or chair adds built-in form `key` (addForm0..5) and opens it; its id. */
        function addAndOpen(organiser, key) {
            click(organiser, key)
            const panel = child(organiser, "formsPanel")
            tryVerify(() => panel.selected !== null, 5000, "the form is defined")
            const id = panel.selectedId
            click(organiser, "openForm")
            tryVerify(() => panel.selected.phase === 2, 5000)
            return id
        }

        /** The delegate's forms tab shows form `id`, open. */
        function showForm(delegate, id) {
            const panel = child(delegate, "formsPanel")
            const desk = child(delegate, "formsDesk")
            tryVerify(() => desk.forms.some(f => f.id === id && f.phase === 2), 5000)
            panel.selectedId = id
            return panel
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
            mouseClick(button)
        }

        // Issue 16, as the lead saw it in a real window: a comment typed, the required "Passage
        // or page" left alone (its page box showed 1), Send pressed - the server refused it and
        // the form stayed "Sending…" with Send disabled; the passage typed afterwards (the field
        // stored only when editing finished) did not bring Send back. Now Send waits for every
        // required field, says which, and a passage counts as it is typed.
        function test_0_sendWaitsForEveryRequiredField() {
            const secretary = page("135790", "qml-forms-secretary0")
            const delegate = page("310002", "qml-forms-d02", 1280)
            const id = addAndOpen(secretary, "addForm0")
            showForm(delegate, id)
            const desk = child(delegate, "formsDesk")
            const comment = child(delegate, "field-comment")
            tryVerify(() => comment.visible, 5000)
            typeInto(comment, "Lam ro trach nhiem")
            tryVerify(() => desk.hasDraft(id), 2000)
            const send = child(delegate, "sendAnswer")
            mouseClick(send)
            wait(1500) // a refusal would be back by now
            verify(!desk.draftSent(id), "the form is stuck sending an answer the server refuses")
            verify(child(delegate, "missingFields").visible, "Send says what is missing")
            verify(!send.enabled)

            const passage = child(delegate, "passage-passage")
            typeInto(passage, "thi hanh")
            const pageBox = child(delegate, "page-passage")
            mouseClick(pageBox, pageBox.width - 8, pageBox.height / 2) // the "+" of the page box
            tryVerify(() => send.enabled, 3000, "Send is back once the passage and its page are there")
            verify(passage.activeFocus || pageBox.activeFocus)
            mouseClick(send)
            tryVerify(() => child(delegate, "formsPanel").selected.answered, 10000,
                      "answered; the form says: " + child(delegate, "draftState").text)
            tryCompare(child(delegate, "draftState"), "text", "", 10000)
        }

        // A passage found in the reader becomes an amendment's passage: "Propose a change"
        // opens the amendment form with the document, page and passage filled; the proposed
        // wording shows as a change against the text, on the delegate's tablet and in the
        // chair's list, whose key says what it does ("Admit").
        function test_2_aPassageFoundInTheReaderIsAmended() {
            const chair = page("246810", "qml-forms-chair")
            const delegate = page("310003", "qml-forms-d03", 1280)
            const documentId = child(chair, "formsDesk").draftDocumentId()
            verify(documentId.length > 0)
            const id = addAndOpen(chair, "addForm5") // amendments to the draft
            tryVerify(() => child(delegate, "formsDesk").forms.some(f => f.id === id && f.phase === 2), 5000)

            const reader = child(delegate, "documentsPanel").open(documentId, 0, false)
            verify(reader)
            tryVerify(() => reader.pageCount > 0, 30000, "the draft reaches the tablet")
            // The demo's draft is "Kế hoạch áp dụng biểu mẫu điện tử (Eform) …".
            reader.sidebar.searchText = "bieu mau dien tu"
            tryVerify(() => reader.search.currentMatch.toLowerCase() === "biểu mẫu điện tử", 15000,
                      "found: " + reader.search.currentMatch)
            const found = reader.search.currentMatch
            const pageNumber = reader.search.currentPage + 1
            click(reader, "amendPassageButton")
            const panel = child(delegate, "formsPanel")
            tryCompare(panel, "selectedId", id, 5000)
            tryVerify(() => delegate.StackView.status === StackView.Active, 5000) // back on the meeting page
            compare(child(delegate, "formsDesk").draft(id, "passage"), pageNumber + "|" + found)
            compare(child(delegate, "passage-passage").text, found)
            compare(child(delegate, "page-passage").value, pageNumber)

            child(delegate, "field-wording").text = found + " toàn diện"
            const draftDiff = child(delegate, "draftDiff-wording")
            tryVerify(() => draftDiff.visible && draftDiff.text.indexOf("<u><b>toàn diện</b></u>") >= 0, 3000, draftDiff.text)
            click(delegate, "sendAnswer")

            // The chair's list: the change against the text, and a verb on the key.
            tryVerify(() => findChild(chair, "caseDiff0") !== null && child(chair, "caseDiff0").visible, 10000)
            verify(child(chair, "caseDiff0").text.indexOf("<u><b>toàn diện</b></u>") >= 0, child(chair, "caseDiff0").text)
            const admit = child(chair, "step-1-admitted")
            verify(admit.text === "Admit" || admit.text === "Chấp nhận xem xét", admit.text)
            mouseClick(admit)
            tryVerify(() => child(chair, "formsDesk").cases[0].state === "admitted", 5000)
            const dir = Fixture.screenshotDirectory()
            if (dir !== "")
                grabImage(stage).save(dir + "/forms-amendment-" + Qt.uiLanguage + ".png")
        }

        function test_1_feedbackFilledOfflineThenSentAndConsolidated() {
            const secretary = page("135790", "qml-forms-secretary")
            const delegate = page("310001", "qml-forms-d01", 1280)
            const id = addAndOpen(secretary, "addForm0") // feedback on the draft
            const dPanel = showForm(delegate, id)
            tryVerify(() => findChild(delegate, "field-comment") !== null, 5000)

            // The server goes away: what the delegate types and sends stays on the tablet.
            Fixture.killServer()
            tryVerify(() => delegate.client.connectionState !== MeetingClient.Connected, 10000)
            child(delegate, "field-comment").text = "Đề nghị làm rõ trách nhiệm thi hành."
            typeInto(child(delegate, "passage-passage"), "thi hanh")
            const pageBox = child(delegate, "page-passage")
            mouseClick(pageBox, pageBox.width - 8, pageBox.height / 2) // page 1
            const desk = child(delegate, "formsDesk")
            verify(desk.hasDraft(dPanel.selectedId)) // kept on the tablet, offline
            click(delegate, "sendAnswer")
            tryVerify(() => child(delegate, "draftState").text.length > 0, 2000)
            verify(child(delegate, "draftState").text !== "")

            verify(Fixture.restartServer())
            tryVerify(() => delegate.client.connectionState === MeetingClient.Connected, 20000)
            // Recorded once: the secretary's consolidation counts one answer, grouped by page.
            tryVerify(() => findChild(secretary, "consolidation0") !== null
                      && child(secretary, "consolidation0").text.indexOf("1") >= 0, 20000,
                      "consolidation: " + (findChild(secretary, "consolidation0") ? findChild(secretary, "consolidation0").text : "none"))
            tryVerify(() => dPanel.selected.answered, 10000)
            tryCompare(child(delegate, "draftState"), "text", "", 10000) // the draft is done
            const dir = Fixture.screenshotDirectory()
            if (dir !== "")
                grabImage(stage).save(dir + "/forms-" + Qt.uiLanguage + ".png")
        }
    }
}
