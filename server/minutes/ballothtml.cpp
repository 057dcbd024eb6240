// One ballot in the minutes' HTML: its question, form and rule, the count in words and as a
// table with bars, the outcome, and for a named vote who voted what.
#include "minuteshtmlparts.h"

#include <QMap>

namespace quorum::minutes {

namespace {
QString ballotOutcome(const BallotRow &b, const Words &w)
{
    switch (b.phase) {
    case v1::BallotState::PHASE_CANCELLED:
        return w.t("Đã hủy", "Cancelled")
            + (b.cancelReason.isEmpty() ? QString()
                                        : QStringLiteral(": ") + htmlText(b.cancelReason));
    case v1::BallotState::PHASE_CREATED:
        return w.t("Chưa biểu quyết", "Not voted on");
    case v1::BallotState::PHASE_OPEN:
        return w.t("Đang biểu quyết (chưa kết thúc)", "Voting still open");
    default:
        break;
    }
    const v1::BallotResult &r = b.result;
    if (r.flagged())
        return w.t("Kết quả không được công bố", "Result not published") + QStringLiteral(": ")
            + htmlText(qstr(r.flag_reason()));
    // The outcome in the tablet's words (RuleWords); an older log without one: from passed/tie.
    const RuleWords words = w.rules();
    v1::BallotOutcome outcome = r.outcome();
    if (outcome == v1::OUTCOME_UNSPECIFIED)
        outcome = r.tie() ? v1::OUTCOME_TIE_REVOTE
            : r.passed()  ? v1::OUTCOME_PASSED
                          : v1::OUTCOME_NOT_PASSED;
    QString text = words.outcome(outcome, b.ballot.kind());
    QStringList elected;
    for (const OptionRow &o : b.options) {
        if (o.elected)
            elected << htmlText(w.option(o.label, o.kind));
    }
    if (b.ballot.kind() != v1::BALLOT_YES_NO_ABSTAIN && !elected.isEmpty()
        && outcome != v1::OUTCOME_NOT_PASSED)
        text += QStringLiteral(": ") + elected.join(QStringLiteral(", "));
    if (r.tie_broken_by() != v1::TIE_BREAK_UNSPECIFIED)
        text += QStringLiteral(" (") + words.tieBreak(r.tie_broken_by())
            + (r.tie_note().empty() ? QString()
                                    : QStringLiteral(": ") + htmlText(qstr(r.tie_note())))
            + QStringLiteral(")");
    return text;
}

/** A closed ballot's count: in words first (what a reader quotes), then a table with bars. */
QString ballotCountHtml(const BallotRow &b, const Words &w)
{
    QString html;
    const v1::BallotResult &r = b.result;
    quint64 whole = r.ballots();
    if (b.ballot.rule().weighted()) {
        whole = 0;
        for (const OptionRow &o : b.options)
            whole += o.votes;
    }
    html += QStringLiteral("<p>– %1 %2; %3 %4; %5 %6; %7 %8.</p>")
                .arg(w.t("Số người có quyền biểu quyết:", "Eligible voters:"))
                .arg(w.number(r.eligible()))
                .arg(w.t("số người đã biểu quyết:", "voters:"))
                .arg(w.number(r.voters()))
                .arg(w.t("số phiếu trắng:", "blank ballots:"))
                .arg(w.number(r.blank()))
                .arg(w.t("số phiếu không hợp lệ:", "invalid ballots:"))
                .arg(w.number(r.invalid()));
    QStringList counts;
    for (const OptionRow &o : b.options)
        counts << QStringLiteral("%1: %2").arg(
            htmlText(w.option(o.label, o.kind)), w.number(o.votes));
    html += QStringLiteral("<p>– %1 %2.</p>")
                .arg(w.t("Kết quả kiểm phiếu:", "Count:"), counts.join(QStringLiteral("; ")));
    // One row per option, the bar a cell as wide as the option's share.
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"4\" style=\"border-collapse: collapse;\">");
    html += QStringLiteral(
        "<tr><th width=\"34%\" align=\"left\">%1</th><th width=\"12%\">%2</th><th "
        "width=\"14%\">%3</th><th width=\"40%\">%4</th></tr>")
                .arg(w.t("Phương án", "Option"), w.t("Số phiếu", "Votes"), w.t("Tỷ lệ", "Share"),
                    w.t("Biểu đồ", "Chart"));
    for (const OptionRow &o : b.options) {
        const int pct = whole ? int((o.votes * 100 + whole / 2) / whole) : 0;
        QString bar;
        if (pct > 0) {
            bar = QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
                "<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>%3</tr></table>")
                      .arg(pct)
                      .arg(o.kind == v1::OPTION_NO           ? QStringLiteral("#b03a2e")
                              : o.kind == v1::OPTION_ABSTAIN ? QStringLiteral("#8c8c8c")
                                                             : QStringLiteral("#1f4e79"))
                      .arg(pct < 100 ? QStringLiteral("<td width=\"%1%\"></td>").arg(100 - pct)
                                     : QString());
        }
        html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td "
                               "align=\"center\">%3</td><td>%4</td></tr>")
                    .arg(htmlText(w.option(o.label, o.kind)), w.number(o.votes),
                        w.percent(o.votes, whole), bar);
    }
    html += QStringLiteral("</table>");
    return html;
}

/** Who voted what on a named ballot, grouped by choice, in the order the votes were cast. */
QString namedVotesHtml(const BallotRow &b, const Words &w)
{
    QMap<QString, QStringList> byChoice;
    QStringList order;
    for (const NamedVoteRow &v : b.namedVotes) {
        QStringList labels;
        for (const QString &label : v.choices) {
            for (const OptionRow &o : b.options) {
                if (o.label == label) {
                    labels << w.option(o.label, o.kind);
                    break;
                }
            }
        }
        const QString key
            = labels.isEmpty() ? w.t("Phiếu trắng", "Blank") : labels.join(QStringLiteral(", "));
        if (!byChoice.contains(key))
            order << key;
        byChoice[key] << v.voterName
                + (v.castByName.isEmpty()
                        ? QString()
                        : w.t(" (do %1 bỏ phiếu thay)", " (cast by %1)").arg(v.castByName));
    }
    QString html
        = QStringLiteral("<p>– %1</p>")
              .arg(w.t("Kết quả biểu quyết công khai theo từng đại biểu:", "Votes by member:"));
    for (const QString &key : order)
        html += QStringLiteral("<p style=\"margin-left: 18px;\">%1 (%2): %3</p>")
                    .arg(htmlText(key))
                    .arg(byChoice[key].size())
                    .arg(htmlText(byChoice[key].join(QStringLiteral(", "))));
    return html;
}

} // namespace

QString ballotHtml(const BallotRow &b, const Words &w)
{
    QString html;
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(w.t("Biểu quyết:", "Vote:"), htmlText(qstr(b.ballot.question())));
    html
        += QStringLiteral("<p>– %1 %2. %3 %4.</p>")
               .arg(w.t("Hình thức:", "Form:"),
                   b.ballot.secret() ? w.t("bỏ phiếu kín", "secret ballot")
                                     : w.t("biểu quyết công khai", "named vote"),
                   w.t("Nguyên tắc:", "Rule:"), htmlText(w.rule(b.ballot.rule(), b.ballot.kind())));
    if (b.phase == v1::BallotState::PHASE_CLOSED)
        html += ballotCountHtml(b, w);
    html += QStringLiteral("<p>– <b>%1 %2</b></p>")
                .arg(w.t("Kết quả:", "Outcome:"), ballotOutcome(b, w));
    if (!b.ballot.secret() && !b.namedVotes.empty())
        html += namedVotesHtml(b, w);
    return html;
}

} // namespace quorum::minutes
