// Unit tests for MeetingReplica: the fold of server events into the two models the UI shows,
// without sockets. Every model is watched by QAbstractItemModelTester (STYLE.md habit 7).

#include "agendamodel.h"
#include "participantsmodel.h"
#include "protocol.h"
#include "replica.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace v1 = quorum::v1;
using Result = MeetingReplica::ApplyResult;

namespace {

v1::MeetingDefined definition()
{
    v1::MeetingDefined m;
    m.set_meeting_id("m1");
    m.set_title("Sinh hoạt chuyên đề");
    m.set_organisation("Đoàn khối");
    m.set_place("Phòng họp 1");
    m.set_language("vi");
    const struct
    {
        const char *id, *name;
        v1::Role role;
    } people[] = {
        { "p-chair", "Nguyễn Văn A", v1::ROLE_CHAIR },
        { "p-sec", "Trần Thị B", v1::ROLE_SECRETARY },
        { "p-d1", "Lê Văn C", v1::ROLE_DELEGATE },
        { "p-d2", "Phạm Thị D", v1::ROLE_DELEGATE },
    };
    for (const auto &p : people) {
        v1::Participant *x = m.add_participants();
        x->set_id(p.id);
        x->set_name(p.name);
        x->set_role(p.role);
        x->set_title("Đại biểu");
    }
    for (int i = 1; i <= 3; ++i) {
        v1::AgendaItem *a = m.add_agenda();
        a->set_id("item-" + std::to_string(i));
        a->set_title("Mục " + std::to_string(i));
        a->set_description("Nội dung " + std::to_string(i));
        a->set_duration_minutes(10 * i);
    }
    return m;
}

v1::Event eventAt(quint64 seq)
{
    v1::Event e;
    e.set_seq(seq);
    e.set_server_time_ms(1700000000000 + qint64(seq));
    return e;
}

v1::Event defined(quint64 seq = 1)
{
    v1::Event e = eventAt(seq);
    *e.mutable_meeting_defined() = definition();
    return e;
}

v1::Event joined(quint64 seq, const char *participant)
{
    v1::Event e = eventAt(seq);
    e.mutable_participant_joined()->set_participant_id(participant);
    e.mutable_participant_joined()->set_device_id("dev");
    return e;
}

v1::Event left(quint64 seq, const char *participant)
{
    v1::Event e = eventAt(seq);
    e.mutable_participant_left()->set_participant_id(participant);
    e.mutable_participant_left()->set_reason(v1::ParticipantLeft::REASON_DISCONNECTED);
    return e;
}

v1::Event current(quint64 seq, const char *item)
{
    v1::Event e = eventAt(seq);
    e.mutable_current_item_changed()->set_item_id(item);
    return e;
}

} // namespace

class TestMeetingReplica : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_replica = std::make_unique<MeetingReplica>();
        m_participantsTester = std::make_unique<QAbstractItemModelTester>(
            m_replica->participants(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_agendaTester = std::make_unique<QAbstractItemModelTester>(
            m_replica->agenda(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_participantsTester.reset();
        m_agendaTester.reset();
        m_replica.reset();
    }

    void definitionPopulatesModels()
    {
        QSignalSpy participantsReset(m_replica->participants(), &QAbstractItemModel::modelReset);
        QSignalSpy agendaReset(m_replica->agenda(), &QAbstractItemModel::modelReset);
        QSignalSpy meetingChanged(m_replica.get(), &MeetingReplica::meetingChanged);

        QCOMPARE(m_replica->apply(defined()), Result::Applied);

        QCOMPARE(m_replica->lastSeq(), 1u);
        QVERIFY(m_replica->isDefined());
        QCOMPARE(m_replica->meetingId(), QStringLiteral("m1"));
        QCOMPARE(m_replica->title(), QStringLiteral("Sinh hoạt chuyên đề"));
        QCOMPARE(participantsReset.size(), 1);
        QCOMPARE(agendaReset.size(), 1);
        QCOMPARE(meetingChanged.size(), 1);

        ParticipantsModel *people = m_replica->participants();
        QCOMPARE(people->count(), 4);
        QCOMPARE(people->presentCount(), 0);
        const QModelIndex chair = people->index(0);
        QCOMPARE(chair.data(ParticipantsModel::IdRole).toString(), QStringLiteral("p-chair"));
        QCOMPARE(
            chair.data(ParticipantsModel::NameRole).toString(), QStringLiteral("Nguyễn Văn A"));
        QCOMPARE(chair.data(ParticipantsModel::RoleRole).toInt(), int(v1::ROLE_CHAIR));
        QCOMPARE(chair.data(ParticipantsModel::TitleRole).toString(), QStringLiteral("Đại biểu"));
        QCOMPARE(chair.data(ParticipantsModel::PresentRole).toBool(), false);

        AgendaModel *agenda = m_replica->agenda();
        QCOMPARE(agenda->count(), 3);
        const QModelIndex second = agenda->index(1);
        QCOMPARE(second.data(AgendaModel::ItemIdRole).toString(), QStringLiteral("item-2"));
        QCOMPARE(second.data(AgendaModel::TitleRole).toString(), QStringLiteral("Mục 2"));
        QCOMPARE(
            second.data(AgendaModel::DescriptionRole).toString(), QStringLiteral("Nội dung 2"));
        QCOMPARE(second.data(AgendaModel::DurationMinutesRole).toInt(), 20);
        QCOMPARE(second.data(AgendaModel::PositionRole).toInt(), 2);
        QCOMPARE(second.data(AgendaModel::IsCurrentRole).toBool(), false);
        QCOMPARE(m_replica->currentItemIndex(), -1);
    }

    void roleNamesMatchTheQmlContract()
    {
        const QHash<int, QByteArray> people = m_replica->participants()->roleNames();
        for (const char *name : { "participantId", "name", "title", "role", "present", "isSelf" })
            QVERIFY2(people.values().contains(name), name);
        const QHash<int, QByteArray> agenda = m_replica->agenda()->roleNames();
        for (const char *name :
            { "itemId", "title", "description", "durationMinutes", "position", "isCurrent" })
            QVERIFY2(agenda.values().contains(name), name);
    }

    void snapshotReplacesState()
    {
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        QCOMPARE(m_replica->apply(joined(2, "p-d1")), Result::Applied);

        v1::Snapshot snapshot;
        snapshot.set_seq(40);
        *snapshot.mutable_meeting() = definition();
        snapshot.mutable_meeting()->mutable_participants(0)->set_present(true);
        snapshot.mutable_meeting()->mutable_participants(3)->set_present(true);
        snapshot.set_current_item_id("item-3");
        QSignalSpy reset(m_replica->participants(), &QAbstractItemModel::modelReset);

        m_replica->loadSnapshot(snapshot);

        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_replica->lastSeq(), 40u);
        QCOMPARE(m_replica->participants()->presentCount(), 2);
        QVERIFY(m_replica->participants()->isPresent("p-chair"));
        QVERIFY(!m_replica->participants()->isPresent("p-d1"));
        QCOMPARE(m_replica->currentItemId(), QStringLiteral("item-3"));
        QCOMPARE(m_replica->currentItemIndex(), 2);
        QCOMPARE(m_replica->currentItemTitle(), QStringLiteral("Mục 3"));
        QVERIFY(m_replica->agenda()->index(2).data(AgendaModel::IsCurrentRole).toBool());
        // Events continue after the snapshot's seq.
        QCOMPARE(m_replica->apply(joined(40, "p-d1")), Result::Duplicate);
        QCOMPARE(m_replica->apply(joined(41, "p-d1")), Result::Applied);
        QCOMPARE(m_replica->participants()->presentCount(), 3);
    }

    void presenceChangesOneRow_data()
    {
        QTest::addColumn<QString>("participant");
        QTest::addColumn<int>("row");
        QTest::newRow("chair") << "p-chair" << 0;
        QTest::newRow("last delegate") << "p-d2" << 3;
    }

    void presenceChangesOneRow()
    {
        QFETCH(QString, participant);
        QFETCH(int, row);
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        ParticipantsModel *people = m_replica->participants();
        QSignalSpy dataChanged(people, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(people, &QAbstractItemModel::modelReset);
        QSignalSpy presentCount(people, &ParticipantsModel::presentCountChanged);
        QSignalSpy presence(m_replica.get(), &MeetingReplica::presenceChanged);
        const std::string id = participant.toStdString();

        QCOMPARE(m_replica->apply(joined(2, id.c_str())), Result::Applied);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(dataChanged.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(dataChanged.at(0).at(2).value<QList<int>>(),
            QList<int>{ ParticipantsModel::PresentRole });
        QVERIFY(people->index(row).data(ParticipantsModel::PresentRole).toBool());
        QCOMPARE(people->presentCount(), 1);
        QCOMPARE(presentCount.size(), 1);
        QCOMPARE(presence.size(), 1);

        QCOMPARE(m_replica->apply(left(3, id.c_str())), Result::Applied);
        QCOMPARE(dataChanged.size(), 2);
        QCOMPARE(dataChanged.at(1).at(0).toModelIndex().row(), row);
        QVERIFY(!people->index(row).data(ParticipantsModel::PresentRole).toBool());
        QCOMPARE(people->presentCount(), 0);
        QCOMPARE(presence.size(), 2);
        QCOMPARE(reset.size(), 0); // presence never resets the model
    }

    void duplicateSeqIsIgnored()
    {
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        QCOMPARE(m_replica->apply(joined(2, "p-d1")), Result::Applied);
        QCOMPARE(m_replica->apply(left(3, "p-d1")), Result::Applied);
        QSignalSpy dataChanged(m_replica->participants(), &QAbstractItemModel::dataChanged);
        QSignalSpy seq(m_replica.get(), &MeetingReplica::lastSeqChanged);

        // A resend of seq 2 after a reconnect must not make p-d1 present again.
        QCOMPARE(m_replica->apply(joined(2, "p-d1")), Result::Duplicate);
        QCOMPARE(m_replica->apply(defined(1)), Result::Duplicate);

        QCOMPARE(m_replica->lastSeq(), 3u);
        QVERIFY(!m_replica->participants()->isPresent("p-d1"));
        QCOMPARE(dataChanged.size(), 0);
        QCOMPARE(seq.size(), 0);
    }

    void gapIsReportedAndNothingChanges()
    {
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        QCOMPARE(m_replica->apply(joined(3, "p-d1")), Result::Gap);
        QCOMPARE(m_replica->lastSeq(), 1u);
        QVERIFY(!m_replica->participants()->isPresent("p-d1"));
    }

    void currentItemChangeFlagsIsCurrent()
    {
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        AgendaModel *agenda = m_replica->agenda();
        QSignalSpy dataChanged(agenda, &QAbstractItemModel::dataChanged);
        QSignalSpy changed(m_replica.get(), &MeetingReplica::currentItemChanged);

        QCOMPARE(m_replica->apply(current(2, "item-1")), Result::Applied);
        QCOMPARE(dataChanged.size(), 1); // no old row
        QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(
            dataChanged.at(0).at(2).value<QList<int>>(), QList<int>{ AgendaModel::IsCurrentRole });
        QCOMPARE(m_replica->currentItemIndex(), 0);

        dataChanged.clear();
        QCOMPARE(m_replica->apply(current(3, "item-3")), Result::Applied);
        QCOMPARE(dataChanged.size(), 2); // old row cleared, new row set
        QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(dataChanged.at(1).at(0).toModelIndex().row(), 2);
        QVERIFY(!agenda->index(0).data(AgendaModel::IsCurrentRole).toBool());
        QVERIFY(!agenda->index(1).data(AgendaModel::IsCurrentRole).toBool());
        QVERIFY(agenda->index(2).data(AgendaModel::IsCurrentRole).toBool());
        QCOMPARE(m_replica->currentItemTitle(), QStringLiteral("Mục 3"));

        dataChanged.clear();
        QCOMPARE(m_replica->apply(current(4, "")), Result::Applied); // after the last item
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(m_replica->currentItemIndex(), -1);
        QCOMPARE(changed.size(), 3);
    }

    void unknownEventAdvancesSeq()
    {
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        // An event whose body this build does not know arrives with BODY_NOT_SET.
        QCOMPARE(m_replica->apply(eventAt(2)), Result::Applied);
        QCOMPARE(m_replica->lastSeq(), 2u);
        QCOMPARE(m_replica->apply(joined(3, "p-d2")), Result::Applied);
        QVERIFY(m_replica->participants()->isPresent("p-d2"));
    }

    void selfFlagFollowsIdentity()
    {
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        ParticipantsModel *people = m_replica->participants();
        QSignalSpy dataChanged(people, &QAbstractItemModel::dataChanged);
        m_replica->setSelfParticipantId("p-d1");
        QCOMPARE(dataChanged.size(), 1);
        QVERIFY(people->index(2).data(ParticipantsModel::IsSelfRole).toBool());
        QVERIFY(!people->index(0).data(ParticipantsModel::IsSelfRole).toBool());
    }

    void clearForgetsEverything()
    {
        QCOMPARE(m_replica->apply(defined()), Result::Applied);
        QCOMPARE(m_replica->apply(current(2, "item-2")), Result::Applied);
        m_replica->clear();
        QCOMPARE(m_replica->lastSeq(), 0u);
        QVERIFY(!m_replica->isDefined());
        QCOMPARE(m_replica->participants()->count(), 0);
        QCOMPARE(m_replica->agenda()->count(), 0);
        QCOMPARE(m_replica->currentItemIndex(), -1);
    }

private:
    std::unique_ptr<MeetingReplica> m_replica;
    std::unique_ptr<QAbstractItemModelTester> m_participantsTester;
    std::unique_ptr<QAbstractItemModelTester> m_agendaTester;
};

QTEST_GUILESS_MAIN(TestMeetingReplica)
#include "tst_meetingreplica.moc"
