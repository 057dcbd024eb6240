#pragma once

// A small meeting for core tests: a chair and ten delegates with a vote, a secretary and an
// observer without; three agenda items. Events are stamped and applied as the room does.
#include "meeting.h"

#include <QTest>

namespace fixture {

using namespace quorum;

inline v1::MeetingDefined definition(int delegates = 10)
{
    v1::MeetingDefined d;
    d.set_meeting_id("m1");
    d.set_title("Sinh hoạt chuyên đề");
    d.set_allow_proxies(true);
    d.set_max_proxies_per_holder(1);
    auto add = [&](const std::string &id, v1::Role role, bool voting) {
        v1::Participant *p = d.add_participants();
        p->set_id(id);
        p->set_name("Người " + id);
        p->set_role(role);
        p->set_voting(voting);
    };
    add("chair", v1::ROLE_CHAIR, true);
    add("secretary", v1::ROLE_SECRETARY, false);
    for (int i = 1; i <= delegates; ++i)
        add("d" + std::to_string(i), v1::ROLE_DELEGATE, true);
    add("projector", v1::ROLE_OBSERVER, false);
    for (const char *id : { "a", "b", "c" }) {
        v1::AgendaItem *item = d.add_agenda();
        item->set_id(id);
        item->set_title(std::string("Mục ") + id);
    }
    return d;
}

/** Stamps a decision's events with `timeMs` and applies them; fails the test on a refusal. */
inline void commit(Meeting &meeting, const Decision &decision, qint64 timeMs = 1000)
{
    QVERIFY2(decision.ok(), decision.ok() ? "" : decision.error().detail().c_str());
    for (v1::Event event : decision.events()) {
        event.set_seq(meeting.state().seq + 1);
        event.set_server_time_ms(timeMs);
        meeting.apply(event);
    }
    if (decision.secretVote())
        meeting.addToBallotBox(*decision.secretVote());
}

/** A defined meeting whose first `present` voting members (chair first) have checked in;
 *  `bodies`: where its annotation bodies are (the server's: Log). */
inline Meeting meetingWith(int present, int delegates = 10,
    Meeting::AnnotationBodiesIn bodies = Meeting::AnnotationBodiesIn::State)
{
    Meeting m(bodies);
    commit(m, m.define(definition(delegates)));
    commit(m, m.join("chair", "t-chair"));
    for (int i = 1; i < present; ++i)
        commit(m, m.join(QStringLiteral("d%1").arg(i), QStringLiteral("t-%1").arg(i)));
    commit(m,
        m.decide(
            "chair",
            [] {
                v1::Command c;
                c.mutable_set_current_item()->set_item_id("a");
                return c;
            }(),
            1000));
    return m;
}

template <typename Fill> v1::Command command(Fill fill)
{
    v1::Command c;
    fill(c);
    return c;
}

/** The chair's yes/no/abstain ballot (CreateBallot), on `itemId` or the current item. */
inline v1::Command yesNoBallot(const char *id, bool secret, const char *itemId = "")
{
    return command([&](v1::Command &c) {
        v1::Ballot *b = c.mutable_create_ballot()->mutable_ballot();
        b->set_id(id);
        b->set_item_id(itemId);
        b->set_question("Thông qua kế hoạch?");
        b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
        b->set_secret(secret);
    });
}

/** A CastVote for oneself with one choice. */
inline v1::Command voteFor(const char *ballotId, quint32 choice)
{
    return command([&](v1::Command &c) {
        c.mutable_cast_vote()->set_ballot_id(ballotId);
        c.mutable_cast_vote()->add_choices(choice);
    });
}

inline v1::ErrorCode refusal(const Decision &d)
{
    return d.ok() ? v1::ERROR_UNSPECIFIED : d.error().code();
}

} // namespace fixture
