#pragma once

#include "protocol.h"
#include "rulewords.h"

#include <QString>
#include <QTimeZone>

namespace quorum::minutes {

enum class Language { Vietnamese, English };

/**
 * The words of the minutes in one language: labels, durations, dates and rules. Kept out of
 * the layout so that both variants say the same things.
 */
class Words
{
public:
    Words(Language language, QTimeZone zone, v1::BodyKind body = v1::BODY_KIND_UNSPECIFIED)
        : m_language(language)
        , m_zone(std::move(zone))
        , m_body(body)
    { }

    Language language() const { return m_language; }
    bool vi() const { return m_language == Language::Vietnamese; }
    /** The Vietnamese or the English text, whichever this language is. */
    QString t(const char *vietnamese, const char *english) const
    {
        return QString::fromUtf8(vi() ? vietnamese : english);
    }

    /** "2 phút 05 giây" / "2 min 05 s". */
    QString duration(quint64 ms) const;
    /** "08 giờ 05" / "08:05". */
    QString time(qint64 ms) const;
    /** "05/12/2026". */
    QString date(qint64 ms) const;
    /** "ngày 05 tháng 12 năm 2026" / "5 December 2026". */
    QString longDate(qint64 ms) const;
    /** "08 giờ 05, ngày 05/12/2026" / "08:05, 05/12/2026". */
    QString dateTime(qint64 ms) const;

    QString role(v1::Role role) const;
    QString attendance(v1::AttendanceState state) const;
    /** How a check-in was recorded, for the attendance table; empty when unknown. */
    QString checkInMethod(v1::CheckInMethod method) const;
    /** An option label in this language (the three yes/no/abstain options are translated). */
    QString option(const QString &label, v1::OptionKind kind) const;
    /** The words of rules, the tablet's own (RuleWords), in this language. */
    RuleWords rules() const;
    /** A rule as RuleWords says it ("Thông qua khi số phiếu tán thành đạt quá nửa ..."). */
    QString rule(const v1::DecisionRule &rule, v1::BallotKind kind) const;
    QString quorumRule(const v1::QuorumRule &rule, quint32 convening = 1) const;
    /** A percentage with one decimal, "66,7 %" / "66.7%". */
    QString percent(quint64 part, quint64 whole) const;
    /** A count, weight or number of votes grouped as the language does: "1.234.567" /
     *  "1,234,567" (shareholders' meetings count millions of shares). */
    QString number(quint64 n) const;

private:
    Language m_language;
    QTimeZone m_zone;
    v1::BodyKind m_body;
};

} // namespace quorum::minutes
