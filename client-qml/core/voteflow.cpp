#include "voteflow.h"

#include "ballotview.h"
#include "floorreplica.h"

#include <algorithm>

VoteFlow::VoteFlow(QObject *parent)
    : QObject(parent)
{
    connect(&m_watch, &CommandWatch::acknowledged, this, &VoteFlow::acknowledged);
    connect(&m_watch, &CommandWatch::refused, this,
        [this](const QString &, MeetingClient::ErrorCode code, const QString &detail, int reason) {
            failed(code, detail, reason);
        });
}

void VoteFlow::setClient(MeetingClient *client)
{
    if (!m_watch.setClient(client))
        return;
    if (client) {
        m_watch.keep(connect(
            client->floor()->ballot(), &BallotView::changed, this, &VoteFlow::ballotChanged));
    }
    emit clientChanged();
    ballotChanged();
}

BallotView *VoteFlow::ballot() const
{
    return client() ? client()->floor()->ballot() : nullptr;
}

bool VoteFlow::multi() const
{
    const BallotView *b = ballot();
    return b && (b->maxChoices() > 1 || strikeOut() || cumulative());
}

bool VoteFlow::full() const
{
    const BallotView *b = ballot();
    return b && !strikeOut() && !cumulative() && m_picks.size() >= b->maxChoices();
}

bool VoteFlow::strikeOut() const
{
    // A cumulative paper gives votes, not names kept: it is not struck out.
    const BallotView *b = ballot();
    return b && b->kind() == BallotView::Election && !b->cumulative();
}

bool VoteFlow::agreeForm() const
{
    const BallotView *b = ballot();
    return strikeOut() && b->options()->count() == b->seats();
}

int VoteFlow::seats() const
{
    const BallotView *b = ballot();
    return b ? b->seats() : 0;
}

bool VoteFlow::cumulative() const
{
    const BallotView *b = ballot();
    return b && b->kind() == BallotView::Election && b->cumulative();
}

quint64 VoteFlow::votingWeightHeld() const
{
    const BallotView *b = ballot();
    if (!b)
        return 0;
    const QStringList voters = b->pendingVoterIds();
    if (!b->state().proto.rule().weighted())
        return quint64(voters.size());
    // The weights the server counts the paper with (ballots.cpp, paperInvalid).
    quint64 weight = 0;
    for (const QString &id : voters) {
        if (const quorum::ParticipantState *p = client()->floor()->state().participant(id))
            weight += p->weight;
    }
    return weight;
}

quint64 VoteFlow::votesHeld() const
{
    return cumulative() ? votingWeightHeld() * quint64(seats()) : 0;
}

VoteFlow::Paper VoteFlow::paper() const
{
    const BallotView *b = ballot();
    if (cumulative()) {
        // As the server reads it (ballots.cpp: checkChoices, paperInvalid).
        if (m_votes.over() > 0)
            return Invalid;
        if (m_votes.given() == 0)
            return b->allowBlank() || b->noneKeptInvalid() ? Valid : Refused;
        return Valid;
    }
    if (!strikeOut())
        return Valid;
    // As the server reads a paper (ballots.cpp: checkChoices, paperInvalid).
    const int kept = int(m_picks.size());
    if (kept == 0)
        return b->noneKeptInvalid() ? Invalid : b->allowBlank() ? Valid : Refused;
    if (kept > b->seats() && b->excessInvalid())
        return Invalid;
    return kept > b->maxChoices() ? Refused : Valid;
}

QList<int> VoteFlow::choice() const
{
    if (cumulative()) {
        QList<int> given;
        for (int c : m_picks) {
            if (m_votes.amount(c) > 0)
                given.append(c);
        }
        return given;
    }
    if (multi())
        return m_picks;
    return m_chosen >= 0 ? QList<int>{ m_chosen } : QList<int>{};
}

bool VoteFlow::atConfirm() const
{
    return multi() ? m_marksConfirming : m_chosen >= 0;
}

bool VoteFlow::choosing() const
{
    const BallotView *b = ballot();
    return b && b->canVote() && !atConfirm() && !sending();
}

bool VoteFlow::recorded() const
{
    const BallotView *b = ballot();
    return b && b->phase() == BallotView::Open && b->selfVoted() && !b->canVote();
}

bool VoteFlow::excluded() const
{
    const BallotView *b = ballot();
    return b && b->phase() == BallotView::Open && !b->canVote() && !b->selfVoted();
}

bool VoteFlow::votingForOthers() const
{
    const BallotView *b = ballot();
    return b && b->canVote() && b->pendingVoterIds().size() > 1 && !atConfirm();
}

void VoteFlow::pick(int optionIndex)
{
    const BallotView *b = ballot();
    if (!choosing() || optionIndex < 0 || optionIndex >= b->options()->count())
        return;
    m_errorCode = MeetingClient::NoError;
    m_errorDetail.clear();
    m_errorReason = 0;
    if (!multi()) {
        m_chosen = optionIndex;
    } else if (m_picks.contains(optionIndex)) {
        m_picks.removeOne(optionIndex);
        // A cumulative name unmarked gives back its votes.
        m_votes.set(optionIndex, 0);
        if (m_editing == optionIndex)
            m_editing = -1;
    } else if (!full()) {
        m_picks.append(optionIndex);
        std::sort(m_picks.begin(), m_picks.end());
    }
    emit changed();
}

void VoteFlow::keep(int optionIndex, bool kept)
{
    if (m_picks.contains(optionIndex) != kept)
        pick(optionIndex);
}

void VoteFlow::next()
{
    if (!choosing() || !multi() || (m_picks.isEmpty() && !strikeOut() && !cumulative())
        || paper() == Refused)
        return;
    m_marksConfirming = true;
    emit changed();
}

void VoteFlow::back()
{
    m_chosen = -1;
    m_marksConfirming = false;
    emit changed();
}

QString VoteFlow::confirm()
{
    BallotView *b = ballot();
    if (!b || !atConfirm() || sending())
        return {};
    quorum::v1::CastVote cast;
    cast.set_ballot_id(b->ballotId().toStdString());
    for (int index : choice()) {
        cast.add_choices(quint32(index));
        if (cumulative())
            cast.add_amounts(m_votes.amount(index));
    }
    for (const QString &voter : b->pendingVoterIds())
        cast.add_voter_ids(voter.toStdString());
    const QString command = client()->floor()->castVote(std::move(cast));
    m_watch.sent(command);
    emit changed();
    return command;
}

void VoteFlow::edit(int optionIndex)
{
    const BallotView *b = ballot();
    if (!cumulative() || !choosing() || optionIndex < 0 || optionIndex >= b->options()->count())
        return;
    m_editing = optionIndex;
    if (!m_picks.contains(optionIndex))
        pick(optionIndex);
    else
        emit changed();
}

void VoteFlow::typeKey(int key)
{
    if (!cumulative() || !choosing() || m_editing < 0)
        return;
    if (key == -1)
        m_votes.eraseDigit(m_editing);
    else if (key == -2)
        m_votes.set(m_editing, 0);
    else
        m_votes.typeDigit(m_editing, key);
    emit changed();
}

void VoteFlow::setAmount(int optionIndex, double votes)
{
    const BallotView *b = ballot();
    if (!cumulative() || !choosing() || optionIndex < 0 || optionIndex >= b->options()->count()
        || !(votes >= 0))
        return;
    m_votes.set(optionIndex, quint64(std::min(votes, double(CumulativeVotes::MaxAmount))));
    if (!m_picks.contains(optionIndex))
        pick(optionIndex); // marks it, and says it changed
    else
        emit changed();
}

void VoteFlow::allOnOne(int optionIndex)
{
    const BallotView *b = ballot();
    if (!cumulative() || !choosing() || optionIndex < 0 || optionIndex >= b->options()->count())
        return;
    m_picks = { optionIndex };
    m_votes.allOn(optionIndex);
    m_editing = optionIndex;
    emit changed();
}

void VoteFlow::giveRest(int optionIndex)
{
    setAmount(optionIndex, double(m_votes.amount(optionIndex) + m_votes.remaining()));
}

void VoteFlow::splitEvenly()
{
    if (!cumulative() || !choosing() || m_picks.isEmpty())
        return;
    m_votes.splitEvenly(m_picks);
    emit changed();
}

void VoteFlow::clearChoice()
{
    m_chosen = -1;
    m_picks.clear();
    m_marksConfirming = false;
    m_editing = -1;
    m_votes.reset(ballot() ? ballot()->options()->count() : 0, votesHeld());
    // A paper to strike out starts with every name kept, as it is handed out.
    if (strikeOut()) {
        for (int i = 0; i < ballot()->options()->count(); ++i)
            m_picks.append(i);
    }
}

void VoteFlow::ballotChanged()
{
    const BallotView *b = ballot();
    const QString id = b ? b->ballotId() : QString();
    if (id != m_ballotId) {
        // A new ballot starts clean.
        m_ballotId = id;
        clearChoice();
        m_watch.forget();
        m_recordedChoice.clear();
        m_recordedAmounts.clear();
        m_errorCode = MeetingClient::NoError;
        m_errorDetail.clear();
        m_errorReason = 0;
    }
    // The votes held follow whom this tablet votes for (a proxy given while the ballot is open).
    m_votes.setTotal(votesHeld());
    // A named ballot: the replica holds this voter's own vote, so a tablet restarted after
    // voting (no acknowledgement to wait for) still shows what it chose.
    if (b && b->state().selfChoicesKnown && !sending()) {
        m_recordedChoice = b->state().selfChoices;
        m_recordedAmounts = ownAmounts();
    }
    emit changed();
}

QList<double> VoteFlow::ownAmounts() const
{
    const BallotView *b = ballot();
    const quorum::BallotRecord *record
        = b ? client()->floor()->state().floor.ballot(b->ballotId()) : nullptr;
    const std::string self = client() ? client()->participantId().toStdString() : std::string();
    if (!record || self.empty() || !cumulative())
        return {};
    for (auto cast = record->namedVotes.rbegin(); cast != record->namedVotes.rend(); ++cast) {
        if (std::find(cast->voter_ids().begin(), cast->voter_ids().end(), self)
            != cast->voter_ids().end())
            return QList<double>(cast->amounts().begin(), cast->amounts().end());
    }
    return {};
}

void VoteFlow::acknowledged()
{
    m_recordedChoice = choice();
    m_recordedAmounts.clear();
    if (cumulative()) {
        for (int c : m_recordedChoice)
            m_recordedAmounts.append(double(m_votes.amount(c)));
    }
    clearChoice();
    emit changed();
}

void VoteFlow::failed(MeetingClient::ErrorCode code, const QString &detail, int reason)
{
    // The strikes of a long paper stay: the voter corrects it rather than starting again.
    if (strikeOut() || cumulative())
        m_marksConfirming = false;
    else
        clearChoice();
    m_errorCode = code;
    m_errorDetail = detail;
    m_errorReason = reason;
    emit changed();
}
