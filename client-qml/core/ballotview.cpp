#include "ballotview.h"

#include "rulewords.h"

#include <algorithm>

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
        && cancelReason == o.cancelReason && options == o.options
        && proto.SerializeAsString() == o.proto.SerializeAsString()
        && result.SerializeAsString() == o.result.SerializeAsString()
        && selfChoices == o.selfChoices && selfChoicesKnown == o.selfChoicesKnown;
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

QList<int> BallotView::tiedOptions() const
{
    QList<int> out;
    for (const quorum::v1::OptionResult &o : m_state.result.options()) {
        if (o.tied())
            out.append(int(o.option()));
    }
    return out;
}

int BallotView::rankOf(int optionIndex) const
{
    for (const quorum::v1::OptionResult &o : m_state.result.options()) {
        if (int(o.option()) == optionIndex)
            return int(o.rank());
    }
    return 0;
}

int BallotView::seatsLeftToTie() const
{
    if (m_state.kind == YesNoAbstain)
        return 1;
    // As the server counts them (tally.cpp, resolveTie): seats less those already elected.
    int elected = 0;
    for (const quorum::v1::OptionResult &o : m_state.result.options())
        elected += o.elected() ? 1 : 0;
    return std::max(0, seats() - elected);
}

QString BallotView::outcomeWords() const
{
    if (m_state.phase != Closed || m_state.result.outcome() == quorum::v1::OUTCOME_UNSPECIFIED)
        return {};
    return quorum::RuleWords().outcome(m_state.result.outcome(), m_state.proto.kind());
}

QString BallotView::tieBreakWords(int tieBreak, const QString &) const
{
    return quorum::RuleWords().tieBreak(quorum::v1::TieBreak(tieBreak));
}
