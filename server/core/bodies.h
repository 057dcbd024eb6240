#pragma once

#include "protocol.h"

#include <QStringList>

#include <optional>

namespace quorum {

/**
 * The kinds of body Quorum knows and the rules their texts give them (docs/rules.md has the
 * table with each article, and the settings where a text is ambiguous). A meeting file names
 * its kind ("body": "youth-union", ...): the meeting's quorum rule, ballot rule and election
 * rule follow, unless the file sets them itself, and the chair can still change a ballot's.
 */
namespace bodies {

struct BodyPreset
{
    v1::BodyKind kind = v1::BODY_KIND_UNSPECIFIED;
    const char *name = ""; // as in meeting files: "youth-union", "party", ...
    v1::QuorumRule quorum;
    v1::DecisionRule ballotRule; // resolutions (yes/no) and choices
    v1::DecisionRule electionRule; // personnel
    const char *quorumArticle = ""; // where the quorum comes from
    const char *ballotArticle = "";
    const char *electionArticle = "";
};

/** The preset of a kind of body; the generic one (more than half) for BODY_KIND_UNSPECIFIED. */
const BodyPreset &preset(v1::BodyKind kind);

/** Every kind with a preset, in the order of the enum. */
std::vector<v1::BodyKind> kinds();

/** A kind as written in meeting files ("youth-union", "party", "peoples-council",
 *  "association", "shareholders", "state-election"); std::nullopt for an unknown name. */
std::optional<v1::BodyKind> parseKind(const QString &name);

/**
 * The rule presets of the bodies, by name (CreateBallot.rule.preset, the meeting file's
 * "ballotRule"): "hdnd-resolution", "hdnd-removal", "shareholders-ordinary",
 * "shareholders-special", "shareholders-board", "state-election", "party-election",
 * "majority-valid" (more than half of the valid ballots: the elections whose article was not read).
 */
std::optional<v1::DecisionRule> rulePreset(const QString &name);
QStringList rulePresetNames();

/** Fills what the definition leaves unset (quorum, ballot rule, election rule) from its
 *  kind's preset. */
void applyPreset(v1::MeetingDefined &definition);

} // namespace bodies
} // namespace quorum
