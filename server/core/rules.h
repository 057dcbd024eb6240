#pragma once

#include "meetingstate.h"

#include <optional>
#include <vector>

namespace quorum {

/**
 * The arithmetic of thresholds, quorum and decision rules. Everything is computed in 64-bit
 * integers: `value / base` against `numerator / denominator` becomes
 * `value * denominator` against `numerator * base`, so no fraction is ever rounded.
 */
namespace rules {

/**
 * The most weight a meeting holds: all its participants' weights together, and its declared
 * `total_member_weight`. 10^12 shares: no company's register comes near (the roster's
 * MaxWeight is the same), and with at most 200 seats (options) a cumulative paper then holds
 * at most 2 x 10^14 votes, a ballot's box as much in total: no sum of weights or votes wraps
 * in 64 bits (nor in the box's signed SQLite integers), and the tablet's 15-digit amount can
 * give a whole holding. Checked where weights are accepted: the meeting file, the desk's
 * participant commands and EditMeeting.
 */
constexpr quint64 MaxTotalWeight = 1'000'000'000'000ULL;

/** The weight the participants hold together, never wrapping (capped at the largest value). */
quint64 totalWeight(const google::protobuf::RepeatedPtrField<v1::Participant> &participants);

/** Whether `value` out of `base` meets the threshold. A base of 0 meets nothing. */
bool meets(const v1::Threshold &threshold, quint64 value, quint64 base);

/** The smallest value that meets the threshold of `base` (for "N more needed"). */
quint64 smallestMeeting(const v1::Threshold &threshold, quint64 base);

/** Checks that a threshold is a proper fraction with a comparison; a readable error if not. */
std::optional<QString> validate(const v1::Threshold &threshold);

/** Checks a quorum rule (every condition, every reconvened threshold); a readable error if not. */
std::optional<QString> validate(const v1::QuorumRule &rule);

/** The named presets: simple-majority, majority-present, majority-convened, majority-all,
 *  two-thirds-present, two-thirds-all, two-thirds-cast. std::nullopt for an unknown name. */
std::optional<v1::DecisionRule> preset(const QString &name);

/** A rule completed from its preset and checked; a readable error if it cannot be used. */
std::optional<QString> complete(v1::DecisionRule &rule);

/** The meeting's quorum rule, or the default: more than half of the members convened. */
v1::QuorumRule quorumRule(const MeetingState &state);

/** Members convened with a vote (heads or weights), and all members of the body. */
quint64 convened(const MeetingState &state, bool weighted);
quint64 allMembers(const MeetingState &state, bool weighted);

/**
 * Members present for quorum and votes: voting members checked in, plus the members they
 * hold a proxy for (a proxy is a member represented in the room).
 */
quint64 present(const MeetingState &state, bool weighted);

/** One condition of a quorum and how far the room is. */
struct QuorumConditionStatus
{
    v1::QuorumCondition condition; // the first is the rule's own threshold, base and weights
    quint64 present = 0; // heads, weights or units present
    quint64 base = 0;
    quint64 needed = 0; // smallest present count that meets it
    bool noMinimum = false; // a convening without a minimum (Luật Doanh nghiệp 2020, Điều 145.3)
    bool reached = false;
};

/**
 * The quorum: every condition must hold. `present`, `base` and `needed` are the first
 * condition's (heads or weights of members), `conditions` all of them, units included.
 */
struct QuorumStatus
{
    quint64 present = 0;
    quint64 base = 0;
    quint64 needed = 0; // smallest present count that reaches quorum
    bool reached = false;
    std::vector<QuorumConditionStatus> conditions;
};
QuorumStatus quorum(const MeetingState &state);

/** The conditions of a rule at a convening (1: the first): the reconvened threshold replaces
 *  the first condition's; `noMinimum` when that convening has none. */
std::vector<v1::QuorumCondition> quorumConditions(
    const v1::QuorumRule &rule, quint32 convening, bool *noMinimum = nullptr);

/** Units (Participant.unit) of the voting members convened, and those with a member present. */
quint64 unitsConvened(const MeetingState &state);
quint64 unitsPresent(const MeetingState &state);

/** A rule in English, for logs and tests only: users read RuleWords (tablet, minutes). */
QString describe(const v1::DecisionRule &rule);
QString describe(const v1::QuorumRule &rule);

} // namespace rules
} // namespace quorum
