// DevicesModel without a server (the secretary's list of devices, issue 10): rows from the
// snapshot and the DeviceEnrolled / DeviceRevoked events as the shared fold (fold.h) keeps
// them, fine-grained signals, this tablet.
#include "devicesmodel.h"
#include "fold.h"
#include "participantsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace v1 = quorum::v1;

namespace {
v1::EnrolledDevice device(const char *key, const char *participant)
{
    v1::EnrolledDevice d;
    d.set_device_key(key);
    d.set_participant_id(participant);
    d.set_client_name("quorum-tablet 0.1");
    return d;
}
} // namespace

class TestDevicesModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowSnapshotAndEvents()
    {
        ParticipantsModel participants;
        participants.setEntries({ { "d1", "An", {}, 3, true }, { "d2", "Bình", {}, 3, true } });
        DevicesModel model(&participants);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        quorum::MeetingState state;
        auto apply = [&](const std::function<void(v1::Event &)> &fill, qint64 timeMs = 0) {
            v1::Event e;
            e.set_seq(state.seq + 1);
            e.set_server_time_ms(timeMs);
            fill(e);
            quorum::applyEvent(state, e);
            model.show(state.devices);
        };

        v1::Snapshot snapshot;
        *snapshot.add_devices() = device("k1", "d1");
        quorum::loadSnapshot(state, snapshot);
        model.show(state.devices);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(DevicesModel::ParticipantNameRole).toString(),
            QStringLiteral("An"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        apply(
            [](v1::Event &e) {
                *e.mutable_device_enrolled()->mutable_device() = device("k2", "d2");
            },
            4242);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(1).data(DevicesModel::EnrolledMsRole).toLongLong(), 4242);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto revoke = [](v1::Event &e) { e.mutable_device_revoked()->set_device_key("k1"); };
        apply(revoke);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0).data(DevicesModel::RevokedRole).toBool());
        apply(revoke); // again: nothing
        QCOMPARE(changed.size(), 1);

        model.setThisDevice(QStringLiteral("k2"));
        QVERIFY(model.index(1).data(DevicesModel::ThisDeviceRole).toBool());
        QVERIFY(!model.index(0).data(DevicesModel::ThisDeviceRole).toBool());

        model.show({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDevicesModel)
#include "tst_devicesmodel.moc"
