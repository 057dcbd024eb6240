import QtQuick
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

        function page(pin, device, x) {
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, device)
            client.documents.stateDirectory = Fixture.temporaryDirectory()
            const p = createTemporaryObject(pageComponent, stage, { client: client, x: x || 0 })
            client.joinLink(Fixture.joinLink(pin))
            tryVerify(() => client.joined, 10000)
            child(p, "meetingTabs").currentIndex = 6
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
            mouseClick(button)
        }

        function test_1_feedbackFilledOfflineThenSentAndConsolidated() {
            const secretary = page("135790", "qml-forms-secretary")
            const delegate = page("310001", "qml-forms-d01", 1280)
            click(secretary, "addForm0") // feedback on the draft
            const secPanel = child(secretary, "formsPanel")
            tryVerify(() => secPanel.selected !== null, 5000)
            click(secretary, "openForm")
            tryVerify(() => secPanel.selected.phase === 2, 5000)

            click(delegate, "formRow0")
            const dPanel = child(delegate, "formsPanel")
            tryVerify(() => dPanel.selected !== null && dPanel.selected.phase === 2, 5000)
            tryVerify(() => findChild(delegate, "field-comment") !== null, 5000)

            // The server goes away: what the delegate types and sends stays on the tablet.
            Fixture.killServer()
            tryVerify(() => delegate.client.connectionState !== MeetingClient.Connected, 10000)
            child(delegate, "field-comment").text = "Đề nghị làm rõ trách nhiệm thi hành."
            const passage = child(delegate, "passage-passage")
            passage.text = "thi hành"
            passage.editingFinished()
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
