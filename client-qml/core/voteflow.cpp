#include "voteflow.h"

#include "ballotview.h"
#include "floorreplica.h"

#include <algorithm>

VoteFlow::VoteFlow(QObject *parent)
    : QObject(parent)
{ }

void VoteFlow::setClient(MeetingClient *client)
{
    if (m_client == client)
        return;
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        disconnect(m_client->floor()->ballot(), nullptr, this, nullptr);
    }
    m_client = client;
    if (m_client) {
        connect(m_client, &MeetingClient::commandAcknowledged, this, &VoteFlow::acknowledged);
        connect(m_client, &MeetingClient::commandFailed, this, &VoteFlow::failed);
        connect(m_client->floor()->ballot(), &BallotView::changed, this, &VoteFlow::ballotChanged);
    }
    emit clientChanged();
    ballotChanged();
}

BallotView *VoteFlow::ballot() const
{
    return m_client ? m_client->floor()->ballot() : nullptr;
}

bool VoteFlow::multi() const
{
    const BallotView *b = ballot();
    return b && b->maxChoices() > 1;
}

bool VoteFlow::full() const
{
    const BallotView *b = ballot();
    return b && m_picks.size() >= b->maxChoices();
}

QList<int> VoteFlow::choice() const
{
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
    } else if (!full()) {
        m_picks.append(optionIndex);
        std::sort(m_picks.begin(), m_picks.end());
    }
    emit changed();
}

void VoteFlow::next()
{
    if (!multi() || m_picks.isEmpty())
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
    QVariantList choices;
    for (int index : choice())
        choices.append(index);
    m_pendingCommand = m_client->floor()->castVote(b->ballotId(), choices, b->pendingVoterIds());
    emit changed();
    return m_pendingCommand;
}

void VoteFlow::clearChoice()
{
    m_chosen = -1;
    m_picks.clear();
    m_marksConfirming = false;
}

void VoteFlow::ballotChanged()
{
    const BallotView *b = ballot();
    const QString id = b ? b->ballotId() : QString();
    if (id != m_ballotId) {
        // A new ballot starts clean.
        m_ballotId = id;
        clearChoice();
        m_pendingCommand.clear();
        m_recordedChoice.clear();
        m_errorCode = MeetingClient::NoError;
        m_errorDetail.clear();
        m_errorReason = 0;
    }
    emit changed();
}

void VoteFlow::acknowledged(const QString &commandId)
{
    if (commandId.isEmpty() || commandId != m_pendingCommand)
        return;
    m_recordedChoice = choice();
    m_pendingCommand.clear();
    clearChoice();
    emit changed();
}

void VoteFlow::failed(
    const QString &commandId, MeetingClient::ErrorCode code, const QString &detail, int reason)
{
    if (commandId.isEmpty() || commandId != m_pendingCommand)
        return;
    m_pendingCommand.clear();
    clearChoice();
    m_errorCode = code;
    m_errorDetail = detail;
    m_errorReason = reason;
    emit changed();
}
