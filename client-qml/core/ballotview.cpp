#include "ballotview.h"

bool BallotView::State::operator==(const State &o) const
{
    return ballotId == o.ballotId && itemId == o.itemId && question == o.question && kind == o.kind
        && phase == o.phase && secret == o.secret && changeable == o.changeable
        && rulePreset == o.rulePreset && maxChoices == o.maxChoices && eligible == o.eligible
        && votedCount == o.votedCount && selfVoted == o.selfVoted
        && pendingVoterIds == o.pendingVoterIds && pendingVoterNames == o.pendingVoterNames
        && proxiesHeld == o.proxiesHeld && notVotedNames == o.notVotedNames
        && namedVotes == o.namedVotes && hasResult == o.hasResult && passed == o.passed
        && tie == o.tie && flagged == o.flagged && flagReason == o.flagReason
        && ballots == o.ballots && blank == o.blank && base == o.base
        && cancelReason == o.cancelReason && options == o.options;
}

BallotView::BallotView(QObject *parent)
    : QObject(parent)
    , m_options(new BallotOptionsModel(this))
{ }

void BallotView::setState(const State &state)
{
    if (state == m_state)
        return;
    m_state = state;
    // The model first: a binding woken by `changed` may read the options.
    m_options->setOptions(state.options);
    emit changed();
}
