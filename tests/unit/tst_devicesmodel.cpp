// DevicesModel without a server (the secretary's list of devices, issue 10): rows from the
// snapshot and the DeviceEnrolled / DeviceRevoked events, fine-grained signals, this tablet.
#include "devicesmodel.h"
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
        participants.setEntries({{"d1", "An", {}, 3, true}, {"d2", "Bình", {}, 3, true}});
        DevicesModel model(&participants);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        v1::Snapshot snapshot;
        *snapshot.add_devices() = device("k1", "d1");
        model.load(snapshot);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(DevicesModel::ParticipantNameRole).toString(), QStringLiteral("An"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.enrolled(device("k2", "d2"), 4242);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(1).data(DevicesModel::EnrolledMsRole).toLongLong(), 4242);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.revoked(QStringLiteral("k1"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0).data(DevicesModel::RevokedRole).toBool());
        model.revoked(QStringLiteral("k1")); // again: nothing
        QCOMPARE(changed.size(), 1);

        model.setThisDevice(QStringLiteral("k2"));
        QVERIFY(model.index(1).data(DevicesModel::ThisDeviceRole).toBool());
        QVERIFY(!model.index(0).data(DevicesModel::ThisDeviceRole).toBool());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDevicesModel)
#include "tst_devicesmodel.moc"
