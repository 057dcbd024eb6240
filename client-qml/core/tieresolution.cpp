#include "tieresolution.h"

#include "ballotview.h"
#include "floorreplica.h"

#include <algorithm>

TieResolution::TieResolution(QObject *parent)
    : QObject(parent)
{
    connect(&m_watch, &CommandWatch::acknowledged, this, &TieResolution::changed);
    connect(&m_watch, &CommandWatch::refused, this,
        [this](const QString &, MeetingClient::ErrorCode code, const QString &, int reason) {
            m_errorCode = code;
            m_errorReason = reason;
            emit changed();
        });
}

void TieResolution::setClient(MeetingClient *client)
{
    if (!m_watch.setClient(client))
        return;
    if (client) {
        m_watch.keep(
            connect(client, &MeetingClient::identityChanged, this, &TieResolution::changed));
        m_watch.keep(connect(
            client->floor()->ballot(), &BallotView::changed, this, &TieResolution::ballotChanged));
    }
    ballotChanged();
}

BallotView *TieResolution::ballot() const
{
    return client() ? client()->floor()->ballot() : nullptr;
}

bool TieResolution::pending() const
{
    const BallotView *b = ballot();
    return b && b->phase() == BallotView::Closed && b->outcome() == BallotView::TiePending;
}

int TieResolution::method() const
{
    const BallotView *b = ballot();
    return b ? b->tieBreak() : 0;
}

bool TieResolution::mayResolve() const
{
    if (!pending())
        return false;
    const MeetingClient::Role role = client()->role();
    if (method() == BallotView::ChairVote)
        return role == MeetingClient::Chair;
    return role == MeetingClient::Chair || role == MeetingClient::Secretary;
}

bool TieResolution::ready() const
{
    const BallotView *b = ballot();
    return pending() && int(m_winners.size()) == b->seatsLeftToTie();
}

void TieResolution::setNote(const QString &note)
{
    if (m_note == note)
        return;
    m_note = note;
    emit changed();
}

void TieResolution::toggle(int optionIndex)
{
    const BallotView *b = ballot();
    if (!pending() || !b->tiedOptions().contains(optionIndex) || sending())
        return;
    m_errorCode = MeetingClient::NoError;
    m_errorReason = 0;
    if (m_winners.contains(optionIndex))
        m_winners.removeOne(optionIndex);
    else if (b->kind() == BallotView::YesNoAbstain || b->seatsLeftToTie() == 1)
        m_winners = { optionIndex }; // one side, or one seat: the new mark replaces the old
    else if (int(m_winners.size()) < b->seatsLeftToTie())
        m_winners.append(optionIndex);
    std::sort(m_winners.begin(), m_winners.end());
    emit changed();
}

QString TieResolution::resolve()
{
    const BallotView *b = ballot();
    if (!ready() || !mayResolve() || sending())
        return {};
    quorum::v1::ResolveTie r;
    r.set_ballot_id(b->ballotId().toStdString());
    r.set_method(quorum::v1::TieBreak(method()));
    for (int w : m_winners) {
        // A yes/no tie is decided for the motion (0) or against it (1), not by option index.
        if (b->kind() == BallotView::YesNoAbstain)
            r.add_winners(b->options()->kindAt(w) == BallotOptionsModel::Yes ? 0 : 1);
        else
            r.add_winners(quint32(w));
    }
    r.set_note(m_note.toStdString());
    const QString command = client()->floor()->resolveTie(std::move(r));
    m_watch.sent(command);
    emit changed();
    return command;
}

void TieResolution::ballotChanged()
{
    const BallotView *b = ballot();
    const QString id = b ? b->ballotId() : QString();
    if (id != m_ballotId || !pending()) {
        m_ballotId = id;
        m_winners.clear();
        m_note.clear();
        m_errorCode = MeetingClient::NoError;
        m_errorReason = 0;
    }
    emit changed();
}
