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
    return b && (b->maxChoices() > 1 || strikeOut());
}

bool VoteFlow::full() const
{
    const BallotView *b = ballot();
    return b && !strikeOut() && m_picks.size() >= b->maxChoices();
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

VoteFlow::Paper VoteFlow::paper() const
{
    const BallotView *b = ballot();
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

void VoteFlow::keep(int optionIndex, bool kept)
{
    if (m_picks.contains(optionIndex) != kept)
        pick(optionIndex);
}

void VoteFlow::next()
{
    if (!choosing() || !multi() || (m_picks.isEmpty() && !strikeOut()) || paper() == Refused)
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
        m_pendingCommand.clear();
        m_recordedChoice.clear();
        m_errorCode = MeetingClient::NoError;
        m_errorDetail.clear();
        m_errorReason = 0;
    }
    // A named ballot: the replica holds this voter's own vote, so a tablet restarted after
    // voting (no acknowledgement to wait for) still shows what it chose.
    if (b && b->state().selfChoicesKnown && !sending())
        m_recordedChoice = b->state().selfChoices;
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
    // The strikes of a long paper stay: the voter corrects it rather than starting again.
    if (strikeOut())
        m_marksConfirming = false;
    else
        clearChoice();
    m_errorCode = code;
    m_errorDetail = detail;
    m_errorReason = reason;
    emit changed();
}
