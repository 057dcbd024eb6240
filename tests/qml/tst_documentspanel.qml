import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The documents panel of the meeting page, against the real demo server. Guards (issue 17,
// seen on the meeting day): "Binding loop detected for property text" on its documentsReady
// line, because MeetingDocuments.allReady made the document cache inside the binding and the
// cache's first prefetch told the binding it had changed while it was being evaluated.
Item {
    id: stage
    width: 800
    height: 600

    TestCase {
        id: testCase
        name: "DocumentsPanel"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: panelComponent; DocumentsPanel { width: 600 } }

        function test_readyLineWithoutBindingLoop() {
            failOnWarning(/Binding loop/)
            const client = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(client, "qml-docpanel")
            client.joinLink(Fixture.joinLink("310004"))
            tryVerify(() => client.joined, 10000)
            // As on the tablet: the meeting page (and its panel) comes once the tablet joined.
            const panel = createTemporaryObject(panelComponent, stage, { client: client })
            const ready = findChild(panel, "documentsReady")
            verify(ready)
            tryVerify(() => ready.text.indexOf("All documents ready") >= 0, 30000, ready.text)
        }
    }
}
