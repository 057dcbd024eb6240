import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The form builder and the export of a form's results against the real demo server (issue 16):
// the secretary builds a survey (the create key stays off while the form is incomplete, the
// field at fault framed), creates and opens it; a delegate answers it; the secretary closes it
// and exports the results, which arrive on her tablet as a PDF and a CSV.
Item {
    id: stage
    width: 2560
    height: 800

    TestCase {
        id: testCase
        name: "FormBuilder"
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

        function test_1_buildAnswerExport() {
            const secretary = page("135790", "qml-builder-secretary")
            const delegate = page("310001", "qml-builder-d01", 1280)
            click(secretary, "newFormButton")
            const builder = child(secretary, "formBuilder")
            tryVerify(() => builder.opened, 5000)
            const draft = child(secretary, "formDraft")
            const create = child(builder.contentItem, "builderCreate")
            verify(!create.enabled) // no title, no field
            child(builder.contentItem, "builderTitleVi").text = "Phiếu khảo sát"
            draft.titleVi = "Phiếu khảo sát"
            click(builder.contentItem, "builderAdd3") // one choice
            tryVerify(() => findChild(builder.contentItem, "builderField0") !== null, 5000)
            verify(!create.enabled)
            tryVerify(() => child(builder.contentItem, "builderField0").border.color === Theme.bad, 2000)
            verify(child(builder.contentItem, "builderProblem").visible)
            draft.setField(0, "labelVi", "Anh/chị có đồng ý không?")
            draft.setField(0, "choices", "Đồng ý | Agree\nKhông đồng ý | Disagree")
            tryVerify(() => create.enabled, 2000)
            click(builder.contentItem, "builderCreate")
            tryVerify(() => !builder.opened, 5000)
            const secPanel = child(secretary, "formsPanel")
            tryVerify(() => secPanel.selected !== null && secPanel.selected.title === "Phiếu khảo sát", 10000)
            click(secretary, "openForm")
            tryVerify(() => secPanel.selected.phase === 2, 5000)

            click(delegate, "formRow0")
            const dPanel = child(delegate, "formsPanel")
            tryVerify(() => dPanel.selected !== null && dPanel.selected.phase === 2, 5000)
            const desk = child(delegate, "formsDesk")
            desk.setDraft(dPanel.selectedId, "f1", "0")
            click(delegate, "sendAnswer")
            tryVerify(() => secPanel.selected.respondents === 1, 10000)
            click(secretary, "closeForm")
            tryVerify(() => secPanel.selected.phase === 3, 5000)

            click(secretary, "exportFormButton")
            const dialog = child(secretary, "formExportDialog")
            tryVerify(() => dialog.opened, 5000)
            click(secretary, "formExportStart")
            const exporter = child(secretary, "formResultsExport")
            tryVerify(() => exporter.status === FormResultsExport.Ready, 60000,
                      "export: " + exporter.status + " " + exporter.errorDetail)
            verify(exporter.pdfPath.endsWith(".pdf"))
            verify(Fixture.fileExists(exporter.pdfUrl))
            verify(Fixture.fileExists("file://" + exporter.csvPath))
            verify(child(secretary, "formExportOpenPdf").visible)
        }
    }
}
