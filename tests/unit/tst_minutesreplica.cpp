// The tablet's view of the minutes (client-qml/core/minutesreplica.h) over the server's own
// fold (server/core/minutes.cpp through fold.h): an edit withdraws a partial approval, the
// approval that completes the pair locks, a reopening withdraws every approval; snapshots;
// exports. The model runs under QAbstractItemModelTester.
#include "fold.h"
#include "minutesreplica.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace v1 = quorum::v1;

namespace {
quint64 g_seq = 0;

v1::Event edited(const std::string &item, const std::string &notes, const std::string &conclusions,
    const std::string &number = {}, const std::string &locality = {})
{
    v1::Event e;
    e.set_seq(++g_seq);
    v1::MinutesEdited *m = e.mutable_minutes_edited();
    m->set_item_id(item);
    m->set_notes(notes);
    m->set_conclusions(conclusions);
    m->set_number(number);
    m->set_locality(locality);
    return e;
}

v1::Event approved(const std::string &participant, v1::Role role, bool locked)
{
    v1::Event e;
    e.set_seq(++g_seq);
    v1::MinutesApproved *a = e.mutable_minutes_approved();
    a->set_participant_id(participant);
    a->set_role(role);
    a->set_locked(locked);
    return e;
}

/** The minutes view over a state folded as the tablet folds it. */
struct Minutes
{
    Minutes()
        : tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest)
    { }
    void apply(const v1::Event &event)
    {
        quorum::applyEvent(state, event);
        view.show(state.minutes);
    }
    void loadSnapshot(const v1::MinutesSnapshot &minutes)
    {
        v1::Snapshot snapshot;
        *snapshot.mutable_minutes() = minutes;
        quorum::loadSnapshot(state, snapshot);
        view.show(state.minutes);
    }
    void clear()
    {
        state = quorum::MeetingState();
        view.show(state.minutes);
    }

    quorum::MeetingState state;
    MinutesReplica view;
    QAbstractItemModelTester tester;
};
} // namespace

class TestMinutesReplica : public QObject
{
    Q_OBJECT

private slots:
    void foldsLikeTheServer()
    {
        Minutes fed;
        MinutesReplica &minutes = fed.view;
        minutes.setAgenda({ { QStringLiteral("opening"), QStringLiteral("Khai mạc") },
            { QStringLiteral("report"), QStringLiteral("Báo cáo") } });
        QCOMPARE(minutes.rowCount(), 2);
        QSignalSpy rows(&minutes, &QAbstractItemModel::dataChanged);

        fed.apply(edited("opening", "Ghi chép", "Kết luận"));
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(minutes.data(minutes.index(0), MinutesReplica::NotesRole).toString(),
            QStringLiteral("Ghi chép"));
        QCOMPARE(minutes.data(minutes.index(0), MinutesReplica::ConclusionsRole).toString(),
            QStringLiteral("Kết luận"));
        QCOMPARE(minutes.conclusionsOf(QStringLiteral("opening")), QStringLiteral("Kết luận"));

        fed.apply(edited("", "", "Chung", "05/BB-ĐTN", "Hà Nội"));
        QCOMPARE(minutes.number(), QStringLiteral("05/BB-ĐTN"));
        QCOMPARE(minutes.locality(), QStringLiteral("Hà Nội"));
        QCOMPARE(minutes.conclusions(), QStringLiteral("Chung"));

        fed.apply(approved("secretary", v1::ROLE_SECRETARY, false));
        QVERIFY(minutes.secretaryApproved());
        QCOMPARE(minutes.secretaryApproverId(), QStringLiteral("secretary"));
        QVERIFY(!minutes.chairApproved());
        QVERIFY(!minutes.locked());

        // What was approved changed: the partial approval is withdrawn.
        fed.apply(edited("report", "", "Thông qua"));
        QVERIFY(!minutes.secretaryApproved());

        fed.apply(approved("secretary", v1::ROLE_SECRETARY, false));
        fed.apply(approved("chair", v1::ROLE_CHAIR, true));
        QVERIFY(minutes.chairApproved());
        QVERIFY(minutes.locked());

        v1::Event reopened;
        reopened.set_seq(++g_seq);
        reopened.mutable_minutes_reopened()->set_reason("Bổ sung");
        fed.apply(reopened);
        QVERIFY(!minutes.locked());
        QVERIFY(!minutes.chairApproved());
        QVERIFY(!minutes.secretaryApproved());
        QCOMPARE(minutes.reopenings(), 1);
        QCOMPARE(minutes.lastReopenReason(), QStringLiteral("Bổ sung"));
        QCOMPARE(minutes.notesOf(QStringLiteral("opening")), QStringLiteral("Ghi chép"));
    }

    void snapshotAndExport()
    {
        Minutes fed;
        MinutesReplica &minutes = fed.view;
        minutes.setAgenda({ { QStringLiteral("opening"), QStringLiteral("Khai mạc") } });
        v1::MinutesSnapshot snapshot;
        v1::MinutesItem *item = snapshot.add_items();
        item->set_item_id("opening");
        item->set_notes("N");
        item->set_conclusions("C");
        snapshot.set_number("01/BB");
        v1::MinutesApproved *a = snapshot.add_approvals();
        a->set_participant_id("chair");
        a->set_role(v1::ROLE_CHAIR);
        snapshot.set_reopenings(2);
        snapshot.mutable_last_export()->set_archive_sha256(std::string(64, 'a'));
        snapshot.mutable_last_export()->set_minutes_vi_sha256(std::string(64, 'b'));
        fed.loadSnapshot(snapshot);
        QCOMPARE(minutes.data(minutes.index(0), MinutesReplica::NotesRole).toString(),
            QStringLiteral("N"));
        QCOMPARE(minutes.number(), QStringLiteral("01/BB"));
        QVERIFY(minutes.chairApproved());
        QCOMPARE(minutes.reopenings(), 2);
        QVERIFY(minutes.exported());
        QCOMPARE(minutes.exportPdfSha256(), QString(64, QLatin1Char('b')));

        QSignalSpy exported(&minutes, &MinutesReplica::exportedChanged);
        v1::Event e;
        e.set_seq(++g_seq);
        e.set_server_time_ms(1234);
        e.mutable_minutes_exported()->set_archive_sha256(std::string(64, 'c'));
        e.mutable_minutes_exported()->set_archive_file_name("demo-20261129-1800.quorum.zip");
        e.mutable_minutes_exported()->set_approved(true);
        fed.apply(e);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(minutes.exportArchiveSha256(), QString(64, QLatin1Char('c')));
        QCOMPARE(minutes.exportArchiveFileName(), QStringLiteral("demo-20261129-1800.quorum.zip"));
        QVERIFY(minutes.exportApproved());
        QCOMPARE(minutes.exportTimeMs(), 1234);
        QVERIFY(minutes.chairApproved()); // an export changes nothing else

        fed.clear();
        QVERIFY(!minutes.exported());
        QVERIFY(!minutes.chairApproved());
        QCOMPARE(minutes.rowCount(), 1); // the agenda stays
        QCOMPARE(minutes.notesOf(QStringLiteral("opening")), QString());
    }
};

QTEST_GUILESS_MAIN(TestMinutesReplica)
#include "tst_minutesreplica.moc"
