// The body of the minutes as HTML for QTextDocument (its supported subset: tables, bgcolor,
// width in percent, <hr>), built from the model with the words of one language.
#include "minutespdf.h"

#include <QMap>

namespace quorum::minutes {

namespace {
QString esc(const QString &s)
{
    // NFC: the PDF is written without OpenType shaping (see minutespdf.cpp), so combining
    // marks from a decomposed input would sit badly; precomposed letters are exact.
    return s.normalized(QString::NormalizationForm_C).toHtmlEscaped();
}

/** Free text from a tablet: blank lines separate paragraphs, single newlines break lines. */
QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            html += QStringLiteral("<p align=\"justify\">%1</p>")
                        .arg(esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    return html;
}

QString roman(int n)
{
    static const char *const numerals[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
    return n >= 1 && n <= 10 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

QString checkIn(const Words &w, qint64 ms, v1::CheckInMethod method)
{
    if (!ms)
        return QStringLiteral("–");
    const QString time = w.time(ms).replace(QStringLiteral(" giờ "), QStringLiteral(":"));
    const QString how = w.checkInMethod(method);
    return how.isEmpty() ? time : time + QStringLiteral("<br/>") + how;
}

QString ballotOutcome(const BallotRow &b, const Words &w)
{
    switch (b.phase) {
    case v1::BallotState::PHASE_CANCELLED:
        return w.t("Đã hủy", "Cancelled")
            + (b.cancelReason.isEmpty() ? QString() : QStringLiteral(": ") + esc(b.cancelReason));
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
            + esc(qstr(r.flag_reason()));
    if (r.tie())
        return w.t("HÒA PHIẾU – cần biểu quyết lại", "TIE – a new vote decides");
    if (b.ballot.kind() == v1::BALLOT_YES_NO_ABSTAIN)
        return r.passed() ? w.t("THÔNG QUA", "ADOPTED") : w.t("KHÔNG THÔNG QUA", "NOT ADOPTED");
    QStringList elected;
    for (const OptionRow &o : b.options) {
        if (o.elected)
            elected << esc(w.option(o.label, o.kind));
    }
    if (elected.isEmpty())
        return w.t("Không phương án nào đạt", "No option reached the threshold");
    return (b.ballot.kind() == v1::BALLOT_ELECTION ? w.t("Trúng cử", "Elected")
                                                   : w.t("Được chọn", "Chosen"))
        + QStringLiteral(": ") + elected.join(QStringLiteral(", "));
}

QString ballotHtml(const BallotRow &b, const Words &w)
{
    QString html;
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(w.t("Biểu quyết:", "Vote:"), esc(qstr(b.ballot.question())));
    html += QStringLiteral("<p>– %1 %2. %3 %4.</p>")
                .arg(w.t("Hình thức:", "Form:"),
                    b.ballot.secret() ? w.t("bỏ phiếu kín", "secret ballot")
                                      : w.t("biểu quyết công khai", "named vote"),
                    w.t("Nguyên tắc:", "Rule:"), esc(w.rule(b.ballot.rule(), b.ballot.kind())));
    if (b.phase == v1::BallotState::PHASE_CLOSED) {
        const v1::BallotResult &r = b.result;
        quint64 whole = r.ballots();
        if (b.ballot.rule().weighted()) {
            whole = 0;
            for (const OptionRow &o : b.options)
                whole += o.votes;
        }
        html += QStringLiteral("<p>– %1 %2; %3 %4; %5 %6.</p>")
                    .arg(w.t("Số người có quyền biểu quyết:", "Eligible voters:"))
                    .arg(r.eligible())
                    .arg(w.t("số người đã biểu quyết:", "voters:"))
                    .arg(r.voters())
                    .arg(w.t("số phiếu trắng:", "blank ballots:"))
                    .arg(r.blank());
        // The counts in words first (what a reader quotes), then as a table with a bar chart.
        QStringList counts;
        for (const OptionRow &o : b.options)
            counts << QStringLiteral("%1: %2").arg(esc(w.option(o.label, o.kind))).arg(o.votes);
        html += QStringLiteral("<p>– %1 %2.</p>")
                    .arg(w.t("Kết quả kiểm phiếu:", "Count:"), counts.join(QStringLiteral("; ")));
        // One row per option, the bar a cell as wide as the option's share.
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" style=\"border-collapse: collapse;\">");
        html += QStringLiteral(
            "<tr><th width=\"34%\" align=\"left\">%1</th><th width=\"12%\">%2</th><th "
            "width=\"14%\">%3</th><th width=\"40%\">%4</th></tr>")
                    .arg(w.t("Phương án", "Option"), w.t("Số phiếu", "Votes"),
                        w.t("Tỷ lệ", "Share"), w.t("Biểu đồ", "Chart"));
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
                        .arg(esc(w.option(o.label, o.kind)))
                        .arg(o.votes)
                        .arg(w.percent(o.votes, whole), bar);
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>– <b>%1 %2</b></p>")
                .arg(w.t("Kết quả:", "Outcome:"), ballotOutcome(b, w));
    if (!b.ballot.secret() && !b.namedVotes.empty()) {
        // Who voted what, grouped by choice, in the order the votes were cast.
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
            const QString key = labels.isEmpty() ? w.t("Phiếu trắng", "Blank")
                                                 : labels.join(QStringLiteral(", "));
            if (!byChoice.contains(key))
                order << key;
            byChoice[key] << v.voterName
                    + (v.castByName.isEmpty()
                            ? QString()
                            : w.t(" (do %1 bỏ phiếu thay)", " (cast by %1)").arg(v.castByName));
        }
        html += QStringLiteral("<p>– %1</p>")
                    .arg(w.t(
                        "Kết quả biểu quyết công khai theo từng đại biểu:", "Votes by member:"));
        for (const QString &key : order)
            html += QStringLiteral("<p style=\"margin-left: 18px;\">%1 (%2): %3</p>")
                        .arg(esc(key))
                        .arg(byChoice[key].size())
                        .arg(esc(byChoice[key].join(QStringLiteral(", "))));
    }
    return html;
}
} // namespace

QString minutesHtml(const MinutesModel &m, const Words &w, bool youthUnion)
{
    QString h;
    const qint64 dayMs
        = m.startedMs ? m.startedMs : (m.scheduledStartMs ? m.scheduledStartMs : m.lastEventMs);
    // Header (Nghị định 30/2020, Phụ lục I): issuing body left, motto right, both centred in
    // their column; number under the body, place and date under the motto.
    const QString number = m.number.isEmpty()
        ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BB")
        : esc(m.number);
    const QString locality = m.locality.isEmpty() ? QStringLiteral("…………") : esc(m.locality);
    QString dateLine;
    if (w.vi())
        dateLine = QStringLiteral("%1, %2").arg(locality, w.longDate(dayMs));
    else
        dateLine = QStringLiteral("%1, %2").arg(locality, w.longDate(dayMs));
    h += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>");
    h += QStringLiteral(
        "<td width=\"42%\" align=\"center\"><p align=\"center\" style=\"font-size: "
        "12pt;\"><b>%1</b></p>"
        "<p align=\"center\" style=\"font-size: 12pt;\">%2</p>"
        "<p align=\"center\" style=\"font-size: 12pt; margin-top: 6px;\">%3 %4</p></td>")
             .arg(esc(m.organisation.toUpper()),
                 youthUnion ? QStringLiteral("***") : QStringLiteral("–––––––"), w.t("Số:", "No.:"),
                 number);
    h += QStringLiteral("<td width=\"58%\" align=\"center\">");
    if (youthUnion) {
        h += QStringLiteral("<p align=\"center\" style=\"font-size: 13pt;\"><b><u>ĐOÀN TNCS HỒ CHÍ "
                            "MINH</u></b></p>");
    } else {
        h += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt;\"><b>CỘNG HÒA XÃ HỘI CHỦ "
                            "NGHĨA VIỆT NAM</b></p>"
                            "<p align=\"center\" style=\"font-size: 13pt;\"><b><u>Độc lập - Tự do "
                            "- Hạnh phúc</u></b></p>");
    }
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 13pt; margin-top: "
                        "10px;\"><i>%1</i></p></td></tr></table>")
             .arg(dateLine);

    // Title.
    h += QStringLiteral(
        "<p align=\"center\" style=\"font-size: 15pt; margin-top: 24px;\"><b>%1</b></p>")
             .arg(w.t("BIÊN BẢN", "MINUTES"));
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 13pt;\"><b>%1</b></p>")
             .arg(esc(m.title));
    if (!m.approved)
        h += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt;\"><b>(%1)</b></p>")
                 .arg(w.t("DỰ THẢO – biên bản chưa được phê duyệt", "DRAFT – not approved"));
    h += QStringLiteral("<p>&nbsp;</p>");

    // I. Time, place, participants.
    int section = 0;
    h += QStringLiteral("<p><b>%1. %2</b></p>")
             .arg(roman(++section),
                 w.t("THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN THAM DỰ", "TIME, PLACE AND ATTENDANCE"));
    if (m.startedMs)
        h += QStringLiteral("<p>1. %1 %2.</p>")
                 .arg(w.t("Thời gian: bắt đầu lúc", "Time: opened at"), w.dateTime(m.startedMs));
    else if (m.scheduledStartMs)
        h += QStringLiteral("<p>1. %1 %2.</p>")
                 .arg(w.t("Thời gian (dự kiến):", "Time (scheduled):"),
                     w.dateTime(m.scheduledStartMs));
    h += QStringLiteral("<p>2. %1 %2.</p>").arg(w.t("Địa điểm:", "Place:"), esc(m.place));
    h += QStringLiteral("<p>3. %1 %2%3.</p>")
             .arg(w.t("Chủ tọa:", "Chair:"), esc(m.chairName),
                 m.chairTitle.isEmpty() ? QString() : QStringLiteral(", ") + esc(m.chairTitle));
    h += QStringLiteral("<p>4. %1 %2%3.</p>")
             .arg(w.t("Thư ký:", "Secretary:"), esc(m.secretaryName),
                 m.secretaryTitle.isEmpty() ? QString()
                                            : QStringLiteral(", ") + esc(m.secretaryTitle));
    h += QStringLiteral("<p>5. %1</p>").arg(w.t("Thành phần tham dự:", "Attendance:"));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"border-collapse: collapse; font-size: 11pt;\">");
    h += QStringLiteral(
        "<tr><th width=\"6%\">%1</th><th width=\"25%\" align=\"left\">%2</th><th width=\"31%\" "
        "align=\"left\">%3</th><th width=\"24%\">%4</th><th width=\"14%\">%5</th></tr>")
             .arg(w.t("STT", "No."), w.t("Họ và tên", "Name"), w.t("Chức vụ", "Title"),
                 w.t("Tham dự", "Attendance"), w.t("Điểm danh", "Check-in"));
    int row = 0;
    for (const AttendanceRow &a : m.attendance) {
        QString state = w.attendance(a.state);
        if (a.state == v1::ATTENDANCE_ABSENT && !a.absenceReason.isEmpty())
            state += QStringLiteral(" (") + esc(a.absenceReason) + QLatin1Char(')');
        QString title = esc(a.title);
        if (a.role == v1::ROLE_CHAIR || a.role == v1::ROLE_SECRETARY)
            title = w.role(a.role) + (title.isEmpty() ? QString() : QStringLiteral(" – ") + title);
        if (!a.voting && a.role != v1::ROLE_SECRETARY)
            title += w.t(" (không biểu quyết)", " (no vote)");
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td "
                            "align=\"center\">%4</td><td align=\"center\">%5</td></tr>")
                 .arg(++row)
                 .arg(esc(a.name), title, state, checkIn(w, a.checkedInMs, a.method));
    }
    h += QStringLiteral("</table>");
    const AttendanceTotals &t = m.totals;
    h += QStringLiteral("<p>%1 %2; %3 %4 (%5 %6, %7 %8); %9 %10; %11 %12.</p>")
             .arg(w.t("Tổng số thành viên có quyền biểu quyết được triệu tập:",
                 "Voting members convened:"))
             .arg(t.convened)
             .arg(w.t("có mặt:", "present:"))
             .arg(t.inRoom + t.online)
             .arg(w.t("tại phòng họp:", "in the room:"))
             .arg(t.inRoom)
             .arg(w.t("trực tuyến:", "online:"))
             .arg(t.online)
             .arg(w.t("vắng mặt:", "absent:"))
             .arg(t.absent)
             .arg(w.t("chưa điểm danh:", "not checked in:"))
             .arg(t.notCheckedIn);
    h += QStringLiteral("<p>%1 %2 (%3 %4/%5). %6</p>")
             .arg(w.t("Điều kiện tiến hành cuộc họp:", "Quorum:"), esc(w.quorumRule(t.quorumRule)),
                 w.t("có mặt", "present"))
             .arg(t.quorumPresent)
             .arg(t.quorumBase)
             .arg(t.quorumReached
                     ? w.t("Cuộc họp đủ điều kiện tiến hành.", "The quorum was reached.")
                     : w.t("Cuộc họp không đủ số thành viên theo quy định.",
                         "The quorum was not reached."));

    // II. The agenda items.
    h += QStringLiteral("<p style=\"margin-top: 12px;\"><b>%1. %2</b></p>")
             .arg(roman(++section), w.t("NỘI DUNG CUỘC HỌP", "PROCEEDINGS"));
    int itemNumber = 0;
    for (const ItemRow &item : m.items) {
        h += QStringLiteral("<p style=\"margin-top: 8px;\"><b>%1. %2</b>%3</p>")
                 .arg(++itemNumber)
                 .arg(esc(item.title),
                     item.startedMs ? QStringLiteral(" <i>(%1 %2)</i>")
                                          .arg(w.t("từ", "from"), w.time(item.startedMs))
                                    : QString());
        if (!item.description.isEmpty())
            h += QStringLiteral("<p><i>%1</i></p>").arg(esc(item.description));
        if (!item.documents.empty()) {
            h += QStringLiteral("<p>– %1</p>").arg(w.t("Tài liệu:", "Documents:"));
            for (const DocumentRow &d : item.documents)
                h += QStringLiteral("<p style=\"margin-left: 18px;\">%1 (%2 %3; SHA-256: <span "
                                    "style=\"font-size: 9pt;\">%4</span>)</p>")
                         .arg(esc(d.title.isEmpty() ? d.fileName : d.title))
                         .arg(d.pages)
                         .arg(w.t("trang", "pages"), d.sha256);
        }
        if (!item.speeches.empty()) {
            h += QStringLiteral("<p>– %1</p>").arg(w.t("Ý kiến phát biểu:", "Speakers:"));
            for (const SpeechRow &s : item.speeches)
                h += QStringLiteral("<p style=\"margin-left: 18px;\">%1: %2%3%4</p>")
                         .arg(esc(s.name), w.duration(s.spokenMs),
                             s.pointOfOrder ? w.t(" (kiến nghị về thủ tục)", " (point of order)")
                                            : QString(),
                             s.running ? w.t(" (chưa kết thúc)", " (still speaking)") : QString());
        }
        for (const BallotRow &b : item.ballots)
            h += ballotHtml(b, w);
        if (!item.notes.isEmpty()) {
            h += QStringLiteral("<p>– %1</p>").arg(w.t("Diễn biến, ý kiến:", "Notes:"));
            h += paragraphs(item.notes);
        }
        if (!item.conclusions.isEmpty()) {
            h += QStringLiteral("<p>– <b>%1</b></p>").arg(w.t("Kết luận:", "Conclusion:"));
            h += paragraphs(item.conclusions);
        }
    }

    // III. Speaking time per person.
    if (!m.speakingTotals.empty()) {
        h += QStringLiteral("<p style=\"margin-top: 12px;\"><b>%1. %2</b></p>")
                 .arg(roman(++section), w.t("THỜI GIAN PHÁT BIỂU", "SPEAKING TIME"));
        h += QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
            "style=\"border-collapse: collapse; font-size: 11pt;\">");
        h += QStringLiteral("<tr><th width=\"50%\" align=\"left\">%1</th><th "
                            "width=\"20%\">%2</th><th width=\"30%\">%3</th></tr>")
                 .arg(w.t("Họ và tên", "Name"), w.t("Số lượt", "Speeches"),
                     w.t("Tổng thời gian", "Total time"));
        for (const SpeakerTotalRow &s : m.speakingTotals)
            h += QStringLiteral(
                "<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td></tr>")
                     .arg(esc(s.name))
                     .arg(s.speeches)
                     .arg(w.duration(s.spokenMs));
        h += QStringLiteral("</table>");
    }

    // IV. Conclusions of the meeting.
    if (!m.notes.isEmpty() || !m.conclusions.isEmpty()) {
        h += QStringLiteral("<p style=\"margin-top: 12px;\"><b>%1. %2</b></p>")
                 .arg(roman(++section), w.t("KẾT LUẬN CUỘC HỌP", "CONCLUSIONS"));
        h += paragraphs(m.notes);
        h += paragraphs(m.conclusions);
    }

    // The closing paragraph: end time, approval, reopenings.
    h += QStringLiteral("<p style=\"margin-top: 12px;\">");
    if (m.ended)
        h += w.t("Cuộc họp kết thúc lúc %1.", "The meeting closed at %1.")
                 .arg(w.dateTime(m.endedMs))
            + QLatin1Char(' ');
    if (m.approved)
        h += w.t("Biên bản đã được chủ tọa và thư ký phê duyệt trên hệ thống lúc %1.",
                  "The chair and the secretary approved these minutes in the system at %1.")
                 .arg(w.dateTime(m.approvedMs));
    else
        h += w.t("Biên bản là dự thảo, chưa được chủ tọa và thư ký phê duyệt.",
            "These minutes are a draft, not yet approved by the chair and the secretary.");
    h += QStringLiteral("</p>");
    for (const ReopeningRow &r : m.reopenings)
        h += QStringLiteral("<p>%1</p>")
                 .arg(w.t("Biên bản được mở lại lúc %1 (%2): %3.", "Reopened at %1 (%2): %3.")
                          .arg(w.dateTime(r.timeMs), esc(r.byName), esc(r.reason)));
    h += QStringLiteral("<p><i>%1</i></p>")
             .arg(w.t("Biên bản được lập tự động từ nhật ký cuộc họp (%1 sự kiện, chuỗi băm "
                      "SHA-256).",
                       "Written from the meeting's event log (%1 events, SHA-256 hash chain).")
                      .arg(m.lastSeq));

    return h;
}

QString signaturesHtml(const MinutesModel &m, const Words &w)
{
    QString h;
    // Signatures: THƯ KÝ left, CHỦ TỌA right.
    auto approvedAt = [&](v1::Role role) {
        for (const ApprovalRow &a : m.approvals) {
            if (a.role == role)
                return QStringLiteral(
                    "<p align=\"center\" style=\"font-size: 10pt;\"><i>%1</i></p>")
                    .arg(w.t("Đã phê duyệt lúc %1", "Approved at %1").arg(w.dateTime(a.timeMs)));
        }
        return QStringLiteral("<p>&nbsp;</p>");
    };
    h += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" ><tr>");
    for (const auto &[role, name] : { std::pair{ v1::ROLE_SECRETARY, m.secretaryName },
             std::pair{ v1::ROLE_CHAIR, m.chairName } }) {
        h += QStringLiteral("<td width=\"50%\" align=\"center\"><p align=\"center\"><b>%1</b></p>"
                            "<p align=\"center\"><i>%2</i></p>%3<p>&nbsp;</p><p>&nbsp;</p>"
                            "<p align=\"center\"><b>%4</b></p></td>")
                 .arg(role == v1::ROLE_CHAIR ? w.t("CHỦ TỌA", "CHAIR") : w.t("THƯ KÝ", "SECRETARY"),
                     w.t("(Ký, ghi rõ họ tên)", "(Signature and full name)"), approvedAt(role),
                     esc(name));
    }
    h += QStringLiteral("</tr></table>");
    return h;
}

} // namespace quorum::minutes
