// The core fold and the agenda rules, without sockets or storage.
#include "agenda.h"
#include "meeting.h"

#include <QTest>

using namespace quorum;

namespace {
v1::MeetingDefined demoDefinition()
{
    v1::MeetingDefined d;
    d.set_meeting_id("m1");
    d.set_title("Sinh hoạt chuyên đề");
    auto addParticipant = [&](const char *id, v1::Role role) {
        v1::Participant *p = d.add_participants();
        p->set_id(id);
        p->set_name(std::string("Người ") + id);
        p->set_role(role);
    };
    addParticipant("chair", v1::ROLE_CHAIR);
    addParticipant("secretary", v1::ROLE_SECRETARY);
    addParticipant("d1", v1::ROLE_DELEGATE);
    addParticipant("projector", v1::ROLE_OBSERVER);
    for (const char *id : { "a", "b", "c" }) {
        v1::AgendaItem *item = d.add_agenda();
        item->set_id(id);
        item->set_title(std::string("Mục ") + id);
    }
    return d;
}

/** Stamps and applies a decision's events, as the room does. */
void commit(Meeting &meeting, const Decision &decision, qint64 timeMs = 1000)
{
    QVERIFY2(decision.ok(), decision.ok() ? "" : decision.error().detail().c_str());
    for (v1::Event event : decision.events()) {
        event.set_seq(meeting.state().seq + 1);
        event.set_server_time_ms(timeMs);
        meeting.apply(event);
    }
}

v1::Command advance(int delta)
{
    v1::Command c;
    c.mutable_advance_agenda()->set_delta(delta);
    return c;
}
} // namespace

class TestMeeting : public QObject
{
    Q_OBJECT
private slots:
    void definitionBuildsParticipantsAndAgenda()
    {
        Meeting m;
        commit(m, m.define(demoDefinition()));
        QCOMPARE(m.state().seq, 1u);
        QCOMPARE(m.state().participants.size(), size_t(4));
        QCOMPARE(m.state().participant("d1")->role, v1::ROLE_DELEGATE);
        QVERIFY(m.state().currentItemId.isEmpty());
        QVERIFY(!m.define(demoDefinition()).ok()); // a meeting is defined once
    }

    void badDefinitionsAreRefused_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::newRow("no id") << 0;
        QTest::newRow("no title") << 1;
        QTest::newRow("duplicate participant") << 2;
        QTest::newRow("no chair") << 3;
        QTest::newRow("duplicate agenda item") << 4;
        QTest::newRow("participant without role") << 5;
    }
    void badDefinitionsAreRefused()
    {
        QFETCH(int, breakage);
        v1::MeetingDefined d = demoDefinition();
        switch (breakage) {
        case 0:
            d.clear_meeting_id();
            break;
        case 1:
            d.clear_title();
            break;
        case 2:
            d.mutable_participants(2)->set_id("chair");
            break;
        case 3:
            d.mutable_participants(0)->set_role(v1::ROLE_DELEGATE);
            break;
        case 4:
            d.mutable_agenda(1)->set_id("a");
            break;
        case 5:
            d.mutable_participants(2)->set_role(v1::ROLE_UNSPECIFIED);
            break;
        }
        const Decision decision = Meeting().define(d);
        QVERIFY(!decision.ok());
        QCOMPARE(decision.error().code(), v1::ERROR_INVALID_ARGUMENT);
    }

    void chairWalksThroughTheAgenda()
    {
        Meeting m;
        commit(m, m.define(demoDefinition()));
        QCOMPARE(m.decide("chair", advance(-1), 0).error().code(), v1::ERROR_INVALID_STATE);
        for (const char *expected : { "a", "b", "c" }) {
            commit(m, m.decide("chair", advance(1), 0));
            QCOMPARE(m.state().currentItemId, QString::fromLatin1(expected));
        }
        const Decision pastEnd = m.decide("chair", advance(1), 0);
        QCOMPARE(pastEnd.error().code(), v1::ERROR_INVALID_STATE);
        commit(m, m.decide("chair", advance(-1), 0));
        QCOMPARE(m.state().currentItemId, QStringLiteral("b"));
        QCOMPARE(m.state().seq, 5u);
    }

    // Issue 11: moving the agenda on ends the presentation of a document of another item.
    void presentationFollowsTheAgenda()
    {
        MeetingState state;
        state.definition = demoDefinition();
        state.currentItemId = QStringLiteral("a");
        v1::Document doc;
        doc.set_id("doc-a");
        doc.set_item_id("a");
        state.documents.documents.push_back(doc);
        doc.set_id("doc-b");
        doc.set_item_id("b");
        state.documents.documents.push_back(doc);
        v1::Presentation shown;
        shown.set_document_id("doc-a");
        state.documents.presentation = shown;
        v1::SetCurrentItem toB;
        toB.set_item_id("b");
        Decision d = decideSetCurrentItem(state, toB);
        QVERIFY(d.ok());
        QCOMPARE(int(d.events().size()), 2);
        QVERIFY(d.events().at(0).has_current_item_changed());
        QVERIFY(d.events().at(1).has_presentation_changed());
        QVERIFY(!d.events().at(1).presentation_changed().has_presentation());
        // A document of the item the agenda moves to stays presented.
        state.documents.presentation->set_document_id("doc-b");
        d = decideSetCurrentItem(state, toB);
        QCOMPARE(int(d.events().size()), 1);
    }

    void setCurrentItem()
    {
        Meeting m;
        commit(m, m.define(demoDefinition()));
        v1::Command c;
        c.mutable_set_current_item()->set_item_id("c");
        commit(m, m.decide("secretary", c, 0));
        QCOMPARE(m.state().currentItemId, QStringLiteral("c"));
        // Setting the current item again changes nothing and logs nothing.
        const Decision again = m.decide("secretary", c, 0);
        QVERIFY(again.ok());
        QVERIFY(again.events().empty());
        c.mutable_set_current_item()->set_item_id("nope");
        QCOMPARE(m.decide("chair", c, 0).error().code(), v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(m.decide("chair", advance(2), 0).error().code(), v1::ERROR_INVALID_ARGUMENT);
    }

    void rolesAreChecked()
    {
        Meeting m;
        commit(m, m.define(demoDefinition()));
        QCOMPARE(m.decide("d1", advance(1), 0).error().code(), v1::ERROR_FORBIDDEN);
        QCOMPARE(m.decide("projector", advance(1), 0).error().code(), v1::ERROR_FORBIDDEN);
        QCOMPARE(m.decide("stranger", advance(1), 0).error().code(), v1::ERROR_FORBIDDEN);
        QCOMPARE(m.state().seq, 1u); // refusals change nothing
        QCOMPARE(m.decide("d1", v1::Command(), 0).error().code(), v1::ERROR_UNSUPPORTED_MESSAGE);
    }

    void commandsBeforeDefinitionAreRefused()
    {
        Meeting m;
        QCOMPARE(m.decide("chair", advance(1), 0).error().code(), v1::ERROR_INVALID_STATE);
    }

    void presenceFollowsJoinAndLeave()
    {
        Meeting m;
        commit(m, m.define(demoDefinition()));
        commit(m, m.join("d1", "tablet-1"), 5000);
        QVERIFY(m.state().participant("d1")->present);
        QCOMPARE(m.state().participant("d1")->checkedInMs, 5000);
        QVERIFY(m.join("d1", "tablet-2").events().empty()); // already present
        commit(m, m.leave("d1", v1::ParticipantLeft::REASON_DISCONNECTED), 6000);
        QVERIFY(!m.state().participant("d1")->present);
        commit(m, m.join("d1", "tablet-1"), 7000);
        QCOMPARE(m.state().participant("d1")->checkedInMs, 5000); // first check-in is kept
        commit(m, m.join("chair", "tablet-9"));
        commit(m, m.leaveAll(v1::ParticipantLeft::REASON_SERVER_RESTART));
        QVERIFY(!m.state().participant("d1")->present);
        QVERIFY(!m.state().participant("chair")->present);
        QVERIFY(!m.join("stranger", "x").ok());
    }

    void snapshotCarriesPresenceAndCurrentItem()
    {
        Meeting m;
        commit(m, m.define(demoDefinition()));
        commit(m, m.join("d1", "t"));
        commit(m, m.decide("chair", advance(1), 0));
        const v1::Snapshot s = m.snapshot();
        QCOMPARE(s.seq(), 3u);
        QCOMPARE(s.current_item_id(), std::string("a"));
        QCOMPARE(s.meeting().participants_size(), 4);
        QVERIFY(s.meeting().participants(2).present());
        QVERIFY(!s.meeting().participants(0).present());
    }

    void replayGivesTheSameState()
    {
        Meeting live;
        std::vector<v1::Event> log;
        auto record = [&](const Decision &d) {
            for (v1::Event e : d.events()) {
                e.set_seq(live.state().seq + 1);
                live.apply(e);
                log.push_back(e);
            }
        };
        record(live.define(demoDefinition()));
        record(live.join("chair", "t"));
        record(live.decide("chair", advance(1), 0));
        record(live.decide("chair", advance(1), 0));
        Meeting replayed;
        for (const v1::Event &e : log)
            replayed.apply(e);
        QCOMPARE(replayed.snapshot().SerializeAsString(), live.snapshot().SerializeAsString());
    }
};

QTEST_GUILESS_MAIN(TestMeeting)
#include "tst_meeting.moc"
