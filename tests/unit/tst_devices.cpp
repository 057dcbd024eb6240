// Devices in the core: a PIN join enrols a device, the secretary or the chair revokes it
// (issue 10 "Authentication"), and the snapshot lists them for the secretary's console.
#include "meetingfixture.h"

using namespace quorum;
using fixture::command;
using fixture::commit;
using fixture::refusal;

namespace {
v1::EnrolledDevice device(const char *key, const char *participant)
{
    v1::EnrolledDevice d;
    d.set_device_key(key);
    d.set_participant_id(participant);
    d.set_device_id("tablet-uuid");
    d.set_client_name("quorum-tablet 0.1");
    return d;
}

v1::Command revoke(const char *key)
{
    return command([&](v1::Command &c) { c.mutable_revoke_device()->set_device_key(key); });
}
} // namespace

class TestDevices : public QObject
{
    Q_OBJECT
private slots:
    void enrolledDeviceIsListedWithItsTime()
    {
        Meeting m = fixture::meetingWith(3);
        commit(m, m.enrolDevice(device("k1", "d1")), 4242);
        const v1::Snapshot s = m.snapshot();
        QCOMPARE(s.devices_size(), 1);
        QCOMPARE(s.devices(0).device_key(), "k1");
        QCOMPARE(s.devices(0).participant_id(), "d1");
        QCOMPARE(s.devices(0).enrolled_ms(), 4242);
        QVERIFY(!s.devices(0).revoked());
    }

    void enrolmentNeedsAParticipantAndANewKey()
    {
        Meeting m = fixture::meetingWith(3);
        QCOMPARE(refusal(m.enrolDevice(device("k1", "nobody"))), v1::ERROR_INVALID_ARGUMENT);
        commit(m, m.enrolDevice(device("k1", "d1")));
        QCOMPARE(refusal(m.enrolDevice(device("k1", "d2"))), v1::ERROR_INVALID_ARGUMENT);
    }

    void secretaryAndChairRevokeOthersMayNot()
    {
        Meeting m = fixture::meetingWith(3);
        commit(m, m.enrolDevice(device("k1", "d1")));
        commit(m, m.enrolDevice(device("k2", "d2")));
        QCOMPARE(refusal(m.decide("d1", revoke("k1"), 1000)), v1::ERROR_FORBIDDEN);
        QCOMPARE(refusal(m.decide("projector", revoke("k1"), 1000)), v1::ERROR_FORBIDDEN);
        commit(m, m.decide("secretary", revoke("k1"), 1000));
        commit(m, m.decide("chair", revoke("k2"), 1000));
        QVERIFY(m.state().device("k1")->revoked());
        QVERIFY(m.state().device("k2")->revoked());
        // Again: nothing new; an unknown key: a reason.
        const Decision again = m.decide("secretary", revoke("k1"), 1000);
        QVERIFY(again.ok() && again.events().empty());
        QCOMPARE(refusal(m.decide("secretary", revoke("zz"), 1000)), v1::ERROR_INVALID_ARGUMENT);
        QVERIFY(m.snapshot().devices(0).revoked());
    }

    void replayRebuildsTheDevices()
    {
        Meeting m = fixture::meetingWith(3);
        std::vector<v1::Event> log;
        auto keep = [&](const Decision &d) {
            for (v1::Event e : d.events()) {
                e.set_seq(m.state().seq + 1);
                m.apply(e);
                log.push_back(e);
            }
        };
        keep(m.enrolDevice(device("k1", "d1")));
        keep(m.decide("secretary", revoke("k1"), 1000));
        Meeting replayed = fixture::meetingWith(3);
        for (v1::Event e : log) {
            e.set_seq(replayed.state().seq + 1);
            replayed.apply(e);
        }
        QVERIFY(replayed.state().device("k1") && replayed.state().device("k1")->revoked());
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
