import QtQuick
import QtTest
import Quorum.Tablet
import Quorum.Test

// The Devices tab against the real demo server (issue 10 "Authentication"): the secretary
// sees the delegate's tablet, revokes it (the delegate's tablet is told in words and stops),
// and a wrong PIN typed anywhere shows as a warning on the secretary's screen.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "DeviceConsole"
        when: windowShown

        Component { id: clientComponent; MeetingClient { } }
        Component { id: pageComponent; MeetingPage { width: 1280; height: 800 } }

        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no child " + name)
            return found
        }

        function client(pin, device) {
            const c = createTemporaryObject(clientComponent, testCase)
            Fixture.setDeviceId(c, device)
            c.joinLink(Fixture.joinLink(pin))
            return c
        }

        function test_secretaryRevokesADeviceAndSeesWrongPins() {
            const secretary = client("135790", "qml-devices-secretary")
            const p = createTemporaryObject(pageComponent, stage, { client: secretary })
            tryVerify(() => secretary.joined, 10000)
            const tab = child(p, "devicesTab")
            verify(tab.visible)
            child(p, "meetingTabs").currentIndex = 4
            const console_ = child(p, "deviceConsole")
            verify(console_.visible)

            const delegate = client("310001", "qml-devices-d01")
            tryVerify(() => delegate.connectionState === MeetingClient.Connected, 10000)
            verify(delegate.hasDeviceToken)
            // The delegate's device is listed with a Revoke button; the secretary's own has none.
            let key = ""
            tryVerify(() => {
                const model = secretary.devices
                for (let i = 0; i < model.count; ++i) {
                    const name = model.data(model.index(i, 0), DevicesModel.ParticipantIdRole)
                    if (name === "d01")
                        key = model.data(model.index(i, 0), DevicesModel.DeviceKeyRole)
                }
                return key.length > 0
            }, 5000)
            const revoke = child(console_, "revoke-" + key)
            tryVerify(() => revoke.visible && revoke.enabled, 5000)
            mouseClick(revoke)
            tryCompare(delegate, "lastError", MeetingClient.DeviceRevoked, 5000)
            compare(delegate.connectionState, MeetingClient.Disconnected)
            verify(!delegate.hasDeviceToken)
            verify(Texts.errorText(delegate.lastError).length > 0)

            // A wrong PIN: the secretary's tab and console warn.
            const warning = child(console_, "failedJoinsWarning")
            verify(!warning.visible)
            const stranger = client("111111", "qml-devices-stranger")
            tryCompare(stranger, "lastError", MeetingClient.BadCredentials, 5000)
            tryVerify(() => warning.visible, 5000)
            compare(secretary.failedJoins, 1)
            verify(tab.text.indexOf("⚠") >= 0)
        }
    }
}
