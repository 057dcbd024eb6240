#include "bodies.h"

#include "threshold.h"

namespace quorum::bodies {

namespace {
v1::Threshold moreThanHalf()
{
    return threshold::make(1, 2, v1::COMPARISON_MORE_THAN);
}
v1::Threshold twoThirds()
{
    return threshold::make(2, 3, v1::COMPARISON_AT_LEAST);
}

v1::QuorumRule quorum(v1::Threshold t, v1::Base base, bool weighted = false)
{
    v1::QuorumRule q;
    *q.mutable_threshold() = std::move(t);
    q.set_base(base);
    q.set_weighted(weighted);
    return q;
}

v1::DecisionRule rule(v1::Base base, v1::Threshold t, const char *preset, bool weighted = false)
{
    v1::DecisionRule r;
    r.set_base(base);
    *r.mutable_threshold() = std::move(t);
    r.set_preset(preset);
    r.set_weighted(weighted);
    return r;
}

/** Luật Bầu cử 2015 (nguyên tắc xác định người trúng cử; phiếu bầu không hợp lệ): counted only
 *  when more than half of the voter list took part; elected with more than half of the valid
 *  ballots, the most votes first; a tie for the last seat: the older candidate. A paper keeping
 *  more names than seats, or striking out every name, is invalid. */
v1::DecisionRule stateElection()
{
    v1::DecisionRule r = rule(v1::BASE_VALID_BALLOTS, moreThanHalf(), "state-election");
    *r.mutable_turnout() = moreThanHalf();
    r.set_tie_break(v1::TIE_BREAK_OLDER);
    r.set_excess_invalid(true);
    r.set_none_kept_invalid(true);
    return r;
}

/** Quy chế bầu cử trong Đảng (Quyết định 244-QĐ/TW, Điều 32 khoản 2, 3; Quyết định 190-QĐ/TW
 *  replaced it, its own article not read: docs/rules.md): elected with more than half of the
 * delegates (members) convened, those the rule leaves out taken out of the convened ("voting":
 * false); the papers count apart (Điều 17: keeping up to the seats is valid, more is invalid,
 * keeping no name on a list with a surplus is invalid); a tie for the last seat is voted again
 * among those tied (a setting: not read in the text). */
v1::DecisionRule partyElection()
{
    v1::DecisionRule r = rule(v1::BASE_MEMBERS_CONVENED, moreThanHalf(), "party-election");
    r.set_tie_break(v1::TIE_BREAK_REVOTE);
    r.set_excess_invalid(true);
    r.set_none_kept_invalid(true);
    return r;
}

/** Luật Doanh nghiệp 2020, Điều 148 khoản 3: cumulative voting (shares × seats, spread at
 *  will), elected by votes from the most until the seats are filled, no threshold; a tie for
 *  the last seat is voted again among those tied (or decided as the charter says: a setting). */
v1::DecisionRule shareholdersBoard()
{
    v1::DecisionRule r;
    r.set_base(v1::BASE_VALID_BALLOTS);
    r.set_preset("shareholders-board");
    r.set_weighted(true);
    r.set_cumulative(true);
    r.set_tie_break(v1::TIE_BREAK_REVOTE);
    return r;
}

std::vector<BodyPreset> makePresets()
{
    std::vector<BodyPreset> all;
    BodyPreset generic;
    generic.quorum = quorum(moreThanHalf(), v1::BASE_MEMBERS_CONVENED);
    generic.ballotRule = rule(v1::BASE_VOTES_CAST, moreThanHalf(), "simple-majority");
    generic.electionRule = generic.ballotRule;
    all.push_back(generic);

    BodyPreset youth{ v1::BODY_KIND_YOUTH_UNION, "youth-union", {}, {}, {},
        "Điều lệ Đoàn TNCS Hồ Chí Minh, Điều 9 khoản 1",
        "Điều lệ Đoàn (điều khoản chưa đọc: cài đặt)",
        "Điều lệ Đoàn (điều khoản chưa đọc: cài đặt)" };
    youth.quorum = quorum(twoThirds(), v1::BASE_MEMBERS_CONVENED);
    // "ít nhất 2/3 số đơn vị trực thuộc": all the units directly under, as the desk declares
    // them (total_units); none declared, the units of the delegates convened.
    v1::QuorumCondition units;
    *units.mutable_threshold() = twoThirds();
    units.set_base(v1::BASE_ALL_MEMBERS);
    units.set_count(v1::QUORUM_COUNT_UNITS);
    *youth.quorum.add_also() = units;
    youth.ballotRule = rule(v1::BASE_MEMBERS_PRESENT, moreThanHalf(), "majority-present");
    youth.electionRule = *rulePreset(QStringLiteral("majority-valid"));
    all.push_back(youth);

    BodyPreset party{ v1::BODY_KIND_PARTY, "party", {}, {}, {},
        "Điều lệ Đảng (không quy định số có mặt: cài đặt)",
        "Điều lệ Đảng, Điều 9 khoản 5; Quy định thi hành Điều lệ Đảng, 9.3",
        "Quy chế bầu cử trong Đảng (Quyết định 244-QĐ/TW, Điều 17, 32; Quyết định 190-QĐ/TW)" };
    party.quorum = quorum(moreThanHalf(), v1::BASE_MEMBERS_CONVENED);
    party.ballotRule = rule(v1::BASE_MEMBERS_CONVENED, moreThanHalf(), "majority-convened");
    party.electionRule = partyElection();
    all.push_back(party);

    BodyPreset council{ v1::BODY_KIND_PEOPLES_COUNCIL, "peoples-council", {}, {}, {},
        "Luật Tổ chức chính quyền địa phương (kỳ họp: điều khoản chưa đọc, cài đặt)",
        "Luật Tổ chức chính quyền địa phương 2015, Điều 91 khoản 3 (Luật 72/2025/QH15: chưa đọc)",
        "Luật Tổ chức chính quyền địa phương 2015, Điều 91 khoản 3 (Luật 72/2025/QH15: chưa đọc)" };
    council.quorum = quorum(twoThirds(), v1::BASE_ALL_MEMBERS);
    council.ballotRule = rule(v1::BASE_ALL_MEMBERS, moreThanHalf(), "hdnd-resolution");
    council.electionRule = rule(v1::BASE_ALL_MEMBERS, moreThanHalf(), "hdnd-resolution");
    council.electionRule.set_tie_break(v1::TIE_BREAK_REVOTE);
    all.push_back(council);

    // Nghị định 126/2024/NĐ-CP, Điều 19: a congress of delegates is held with more than half of
    // the official delegates (khoản 2 điểm b); its decisions pass with more than half of the
    // official delegates convened, or as the approved charter says (khoản 6).
    BodyPreset association{ v1::BODY_KIND_ASSOCIATION, "association", {}, {}, {},
        "Nghị định 126/2024/NĐ-CP, Điều 19 khoản 2 điểm b",
        "Nghị định 126/2024/NĐ-CP, Điều 19 khoản 6 (hoặc điều lệ hội)",
        "Điều lệ hội, quy chế bầu cử (cài đặt)" };
    association.quorum = quorum(moreThanHalf(), v1::BASE_MEMBERS_CONVENED);
    association.ballotRule = rule(v1::BASE_MEMBERS_CONVENED, moreThanHalf(), "majority-convened");
    association.electionRule = *rulePreset(QStringLiteral("majority-valid"));
    all.push_back(association);

    BodyPreset shareholders{ v1::BODY_KIND_SHAREHOLDERS, "shareholders", {}, {}, {},
        "Luật Doanh nghiệp 2020, Điều 145 khoản 1, 2, 3",
        "Luật Doanh nghiệp 2020, Điều 148 khoản 1, 2", "Luật Doanh nghiệp 2020, Điều 148 khoản 3" };
    // "trên 50% tổng số phiếu biểu quyết": of all the company's voting shares, as the desk
    // declares them (total_member_weight); none declared, the shares of the register convened.
    shareholders.quorum = quorum(moreThanHalf(), v1::BASE_ALL_MEMBERS, true);
    v1::ReconvenedQuorum second;
    second.set_convening(2);
    *second.mutable_threshold() = threshold::make(33, 100, v1::COMPARISON_AT_LEAST);
    *shareholders.quorum.add_reconvened() = second;
    v1::ReconvenedQuorum third;
    third.set_convening(3);
    third.set_no_minimum(true);
    *shareholders.quorum.add_reconvened() = third;
    shareholders.ballotRule = *rulePreset(QStringLiteral("shareholders-ordinary"));
    shareholders.electionRule = shareholdersBoard();
    all.push_back(shareholders);

    BodyPreset election{ v1::BODY_KIND_STATE_ELECTION, "state-election", {}, {}, {},
        "Luật Bầu cử 2015 (không có điều kiện số người có mặt; tỷ lệ cử tri đi bầu)",
        "Luật Bầu cử 2015 (nguyên tắc xác định người trúng cử)",
        "Luật Bầu cử 2015 (nguyên tắc xác định người trúng cử; phiếu bầu không hợp lệ)" };
    // No quorum of those present: the turnout of the voter list decides whether it counts.
    election.quorum = quorum(moreThanHalf(), v1::BASE_MEMBERS_CONVENED);
    v1::ReconvenedQuorum none;
    none.set_convening(1);
    none.set_no_minimum(true);
    *election.quorum.add_reconvened() = none;
    election.ballotRule = stateElection();
    election.electionRule = stateElection();
    all.push_back(election);
    return all;
}

const std::vector<BodyPreset> &presets()
{
    static const std::vector<BodyPreset> all = makePresets();
    return all;
}
} // namespace

const BodyPreset &preset(v1::BodyKind kind)
{
    for (const BodyPreset &p : presets()) {
        if (p.kind == kind)
            return p;
    }
    return presets().front();
}

std::vector<v1::BodyKind> kinds()
{
    std::vector<v1::BodyKind> all;
    for (const BodyPreset &p : presets())
        all.push_back(p.kind);
    return all;
}

std::optional<v1::BodyKind> parseKind(const QString &name)
{
    for (const BodyPreset &p : presets()) {
        if (name == QLatin1String(p.name))
            return p.kind;
    }
    return std::nullopt;
}

std::optional<v1::DecisionRule> rulePreset(const QString &name)
{
    const auto half = moreThanHalf();
    if (name == QLatin1String("hdnd-resolution"))
        return rule(v1::BASE_ALL_MEMBERS, half, "hdnd-resolution");
    if (name == QLatin1String("hdnd-removal"))
        return rule(v1::BASE_ALL_MEMBERS, twoThirds(), "hdnd-removal");
    if (name == QLatin1String("shareholders-ordinary"))
        return rule(v1::BASE_MEMBERS_PRESENT, threshold::make(50, 100, v1::COMPARISON_MORE_THAN),
            "shareholders-ordinary", true);
    if (name == QLatin1String("shareholders-special"))
        return rule(v1::BASE_MEMBERS_PRESENT, threshold::make(65, 100, v1::COMPARISON_AT_LEAST),
            "shareholders-special", true);
    if (name == QLatin1String("shareholders-board"))
        return shareholdersBoard();
    if (name == QLatin1String("state-election"))
        return stateElection();
    if (name == QLatin1String("party-election"))
        return partyElection();
    if (name == QLatin1String("majority-valid")) {
        // More than half of the valid ballots, a paper keeping more names than seats invalid,
        // a tie voted again: the elections of the youth union and of associations, whose
        // articles were not read (docs/rules.md: settings).
        v1::DecisionRule r = rule(v1::BASE_VALID_BALLOTS, half, "majority-valid");
        r.set_tie_break(v1::TIE_BREAK_REVOTE);
        r.set_excess_invalid(true);
        return r;
    }
    return std::nullopt;
}

QStringList rulePresetNames()
{
    return { QStringLiteral("hdnd-resolution"), QStringLiteral("hdnd-removal"),
        QStringLiteral("shareholders-ordinary"), QStringLiteral("shareholders-special"),
        QStringLiteral("shareholders-board"), QStringLiteral("state-election"),
        QStringLiteral("party-election"), QStringLiteral("majority-valid") };
}

void applyPreset(v1::MeetingDefined &d)
{
    if (d.body_kind() == v1::BODY_KIND_UNSPECIFIED)
        return;
    const BodyPreset &p = preset(d.body_kind());
    if (!d.has_quorum_rule())
        *d.mutable_quorum_rule() = p.quorum;
    if (!d.has_ballot_rule() && d.ballot_rule_preset().empty())
        *d.mutable_ballot_rule() = p.ballotRule;
    if (!d.has_election_rule())
        *d.mutable_election_rule() = p.electionRule;
}

} // namespace quorum::bodies
