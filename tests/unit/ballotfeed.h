#pragma once

// Feeds a tablet's MeetingReplica the events of a small meeting with one ballot, as the server
// sends them, and captures the commands its floor sends instead of a server (tst_ballotdraft,
// tst_voteflow); its event fills serve tst_floorreplica's feed too.

#include "floorreplica.h"
#include "replica.h"

#include <QTest>

#include <functional>
#include <string>
#include <vector>

namespace ballotfeed {

namespace v1 = quorum::v1;

/** The events every feed of a tablet's replica sends (this one and tst_floorreplica's), filled in
 * place. */
inline void participantJoined(v1::Event &e, const char *id)
{
    e.mutable_participant_joined()->set_participant_id(id);
}
inline void proxyGranted(v1::Event &e, const char *grantor, const char *holder)
{
    e.mutable_proxy_granted()->set_grantor_id(grantor);
    e.mutable_proxy_granted()->set_holder_id(holder);
}
/** `choice` < 0: a vote without a choice (which the server refuses; the replica must cope). */
inline void voteCast(v1::Event &e, const char *ballotId, std::initializer_list<const char *> voters,
    const char *by, int choice)
{
    v1::VoteCast *v = e.mutable_vote_cast();
    v->set_ballot_id(ballotId);
    for (const char *voter : voters)
        v->add_voter_ids(voter);
    v->set_cast_by(by);
    if (choice >= 0)
        v->add_choices(quint32(choice));
}

/** A chair and delegates d1..d4 (all voting), one agenda item; `self` is this tablet's participant.
 */
class BallotFeed
{
public:
    /** `define` changes the meeting's definition before it is sent (weights, a body). */
    BallotFeed(MeetingReplica *replica, const char *self,
        const std::function<void(v1::MeetingDefined &)> &define = {})
        : m_replica(replica)
    {
        m_replica->floor()->setCommandSender([this](v1::Command c) {
            sent.push_back(std::move(c));
            return QStringLiteral("cmd-%1").arg(sent.size());
        });
        m_replica->setSelfParticipantId(QString::fromUtf8(self));
        event([&define](v1::Event &e) {
            v1::MeetingDefined *m = e.mutable_meeting_defined();
            m->set_meeting_id("m1");
            m->set_allow_proxies(true);
            m->set_ballot_rule_preset("two-thirds-present");
            for (const char *id : { "chair", "d1", "d2", "d3", "d4" }) {
                v1::Participant *p = m->add_participants();
                p->set_id(id);
                p->set_name(std::string("Người ") + id);
                p->set_role(std::string(id) == "chair" ? v1::ROLE_CHAIR : v1::ROLE_DELEGATE);
                p->set_voting(true);
            }
            m->add_agenda()->set_id("item-1");
            if (define)
                define(*m);
        });
    }

    void event(const std::function<void(v1::Event &)> &fill)
    {
        v1::Event e;
        e.set_seq(m_replica->lastSeq() + 1);
        fill(e);
        QCOMPARE(m_replica->apply(e), MeetingReplica::ApplyResult::Applied);
    }
    void join(const char *id)
    {
        event([&](v1::Event &e) { participantJoined(e, id); });
    }
    void proxy(const char *grantor, const char *holder)
    {
        event([&](v1::Event &e) {
            e.mutable_attendance_changed()->set_participant_id(grantor);
            e.mutable_attendance_changed()->set_state(v1::ATTENDANCE_ABSENT);
        });
        event([&](v1::Event &e) { proxyGranted(e, grantor, holder); });
    }
    /** Created and, unless `open` is false, opened; `maxChoices` > 1 is a choice of several. */
    void ballot(const char *id, int maxChoices = 1, bool open = true)
    {
        event([&](v1::Event &e) {
            v1::Ballot *b = e.mutable_ballot_created()->mutable_ballot();
            b->set_id(id);
            b->set_item_id("item-1");
            b->set_question("Câu hỏi?");
            b->set_kind(maxChoices > 1 ? v1::BALLOT_CHOICE : v1::BALLOT_YES_NO_ABSTAIN);
            b->set_max_choices(quint32(maxChoices));
            b->mutable_rule()->set_preset("simple-majority");
            for (const char *label : { "A", "B", "C" })
                b->add_options()->set_label(label);
        });
        if (open) {
            event([&](v1::Event &e) {
                e.mutable_ballot_opened()->set_ballot_id(id);
                e.mutable_ballot_opened()->set_eligible(5);
            });
        }
    }
    void vote(const char *ballotId, std::initializer_list<const char *> voters, const char *by,
        int choice)
    {
        event([&](v1::Event &e) { voteCast(e, ballotId, voters, by, choice); });
    }
    void close(const char *ballotId)
    {
        event([&](v1::Event &e) { e.mutable_ballot_closed()->set_ballot_id(ballotId); });
    }

    std::vector<v1::Command> sent;

private:
    MeetingReplica *m_replica;
};

} // namespace ballotfeed
