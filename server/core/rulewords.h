#pragma once

#include "protocol.h"

#include <QString>

class QTranslator;

namespace quorum {

/**
 * Every rule in words, with the base named as the law names it ("quá nửa tổng số đại biểu",
 * "tổng số phiếu bầu hợp lệ", "tổng số phiếu biểu quyết của các cổ đông dự họp"). The one
 * place these words are made: the tablet (BallotDraft) and the minutes both call it. The
 * source text is English; the Vietnamese is the translation (client-qml/app/i18n, context
 * quorum::RuleWords). One phrase names one base only.
 *
 * With a translator (the minutes, rendered in the meeting's language whatever the server's
 * locale) it translates with that one; without, with the application's (the tablet's).
 */
class RuleWords
{
public:
    explicit RuleWords(
        const QTranslator *translator = nullptr, v1::BodyKind kind = v1::BODY_KIND_UNSPECIFIED)
        : m_translator(translator)
        , m_kind(kind)
    { }

    /** "quá nửa", "ít nhất hai phần ba", "trên 50%", "từ 65% trở lên". */
    QString threshold(const v1::Threshold &threshold) const;
    /** "tổng số đại biểu được triệu tập", "tổng số phiếu bầu hợp lệ", ... (by the body). */
    QString base(v1::Base base, bool weighted) const;
    /** The whole rule: who passes, its threshold and base, turnout, validity, tie-break. */
    QString rule(const v1::DecisionRule &rule, v1::BallotKind kind) const;
    /** The quorum at a convening (1 the first): every condition, the convening named. */
    QString quorum(const v1::QuorumRule &rule, quint32 convening) const;
    /** How a tie is broken; a re-vote is said for the kind (an election held again, a motion
     *  voted on again; unspecified: a vote again, for either). */
    QString tieBreak(
        v1::TieBreak tieBreak, v1::BallotKind kind = v1::BALLOT_KIND_UNSPECIFIED) const;
    /** The outcome of a closed ballot in one phrase ("THÔNG QUA", "HÒA PHIẾU – ..."). */
    QString outcome(v1::BallotOutcome outcome, v1::BallotKind kind) const;
    QString bodyKind(v1::BodyKind kind) const;

    /** Translates one source text of this class's context. */
    QString tr(const char *source, const char *disambiguation = nullptr) const;

private:
    const QTranslator *m_translator;
    v1::BodyKind m_kind;
};

} // namespace quorum
