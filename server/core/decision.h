#pragma once

#include "formsstate.h"
#include "protocol.h"

#include <optional>
#include <variant>
#include <vector>

namespace quorum {

/** Event bodies a command produces; seq, time and actor are stamped by the room. */
using Events = std::vector<v1::Event>;

/**
 * A secret ballot's choice on its way to the ballot box. It never becomes part of an event:
 * the room adds it to the box (counts only) in the same commit as the VoteCast event.
 */
struct SecretVote
{
    QString ballotId;
    std::vector<quint32> choices; // empty: a blank ballot
    quint64 ballots = 0; // voters it counts for
    quint64 weight = 0; // their total weight
    std::vector<quint64> amounts; // cumulative ballots: votes per choice (CastVote.amounts)
    bool invalid = false; // an invalid paper by the ballot's rule: counted apart, in no option
};

/**
 * What the core decided about a command: the events to append (possibly none, when the
 * command changes nothing), or a typed error that leaves the state unchanged.
 */
class Decision
{
public:
    Decision(Events events)
        : m_value(std::move(events))
    { }
    Decision(v1::Error error)
        : m_value(std::move(error))
    { }

    /**
     * A refusal: its class, why (a value of the domain's reason enum, which the tablet
     * translates) and an English detail for logs. There is no refusal without a reason.
     */
    template <typename Reason>
    static Decision reject(v1::ErrorCode code, Reason reason, const QString &detail)
    {
        return Decision(makeError(code, reason, detail));
    }
    static Decision nothing() { return Decision(Events{}); }

    bool ok() const { return std::holds_alternative<Events>(m_value); }
    const Events &events() const { return std::get<Events>(m_value); }
    const v1::Error &error() const { return std::get<v1::Error>(m_value); }

    const std::optional<SecretVote> &secretVote() const { return m_secretVote; }
    Decision &withSecretVote(SecretVote vote)
    {
        m_secretVote = std::move(vote);
        return *this;
    }

    /** An anonymous answer for the form box (forms.h), beside its FormAnswered event. */
    const std::optional<SealedAnswer> &sealedAnswer() const { return m_sealedAnswer; }
    Decision &withSealedAnswer(SealedAnswer answer)
    {
        m_sealedAnswer = std::move(answer);
        return *this;
    }

private:
    std::variant<Events, v1::Error> m_value;
    std::optional<SecretVote> m_secretVote;
    std::optional<SealedAnswer> m_sealedAnswer;
};

/** Wraps one event body in an Event: `set(event)` fills the body's oneof field. */
template <typename Setter> v1::Event makeEvent(Setter &&set)
{
    v1::Event event;
    set(event);
    return event;
}

} // namespace quorum
