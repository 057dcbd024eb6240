// The body of the minutes as HTML for QTextDocument (its supported subset: tables, bgcolor,
// width in percent, <hr>), built from the model with the words of one language.
#include "minuteshtmlparts.h"
#include "minutespdf.h"

namespace quorum::minutes {

QString htmlText(const QString &s)
{
    // NFC: the PDF is written without OpenType shaping (see minutespdf.cpp), so combining
    // marks from a decomposed input would sit badly; precomposed letters are exact.
    return s.normalized(QString::NormalizationForm_C).toHtmlEscaped();
}

namespace {

/** Free text from a tablet: blank lines separate paragraphs, single newlines break lines. */
QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            html += QStringLiteral("<p align=\"justify\">%1</p>")
                        .arg(htmlText(p.trimmed())
                                 .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
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

/**
 * The header (Nghị định 30/2020, Phụ lục I): issuing body left, motto right, both centred in
 * their column; number under the body, place and date under the motto. Then the title.
 */
QString headerHtml(const MinutesModel &m, const Words &w, bool youthUnion)
{
    QString h;
    const qint64 dayMs
        = m.startedMs ? m.startedMs : (m.scheduledStartMs ? m.scheduledStartMs : m.lastEventMs);
    const QString number = m.number.isEmpty()
        ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BB")
        : htmlText(m.number);
    const QString locality = m.locality.isEmpty() ? QStringLiteral("…………") : htmlText(m.locality);
    const QString dateLine = QStringLiteral("%1, %2").arg(locality, w.longDate(dayMs));
    h += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>");
    h += QStringLiteral(
        "<td width=\"42%\" align=\"center\"><p align=\"center\" style=\"font-size: "
        "12pt;\"><b>%1</b></p>"
        "<p align=\"center\" style=\"font-size: 12pt;\">%2</p>"
        "<p align=\"center\" style=\"font-size: 12pt; margin-top: 6px;\">%3 %4</p></td>")
             .arg(htmlText(m.organisation.toUpper()),
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
             .arg(htmlText(m.title));
    if (!m.approved)
        h += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt;\"><b>(%1)</b></p>")
                 .arg(w.t("DỰ THẢO – biên bản chưa được phê duyệt", "DRAFT – not approved"));
    h += QStringLiteral("<p>&nbsp;</p>");
    return h;
}

/** The attendance table, one row per person of the room. */
QString attendanceTableHtml(const MinutesModel &m, const Words &w)
{
    QString h;
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
            state += QStringLiteral(" (") + htmlText(a.absenceReason) + QLatin1Char(')');
        QString title = htmlText(a.title);
        if (a.role == v1::ROLE_CHAIR || a.role == v1::ROLE_SECRETARY)
            title = w.role(a.role) + (title.isEmpty() ? QString() : QStringLiteral(" – ") + title);
        if (!a.voting && a.role != v1::ROLE_SECRETARY)
            title += w.t(" (không biểu quyết)", " (no vote)");
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td "
                            "align=\"center\">%4</td><td align=\"center\">%5</td></tr>")
                 .arg(++row)
                 .arg(htmlText(a.name), title, state, checkIn(w, a.checkedInMs, a.method));
    }
    h += QStringLiteral("</table>");
    return h;
}

/** Section I: time, place, chair and secretary, attendance and the quorum. */
QString attendanceSectionHtml(const MinutesModel &m, const Words &w, const QString &numeral)
{
    QString h;
    h += QStringLiteral("<p><b>%1. %2</b></p>")
             .arg(numeral,
                 w.t("THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN THAM DỰ", "TIME, PLACE AND ATTENDANCE"));
    if (m.startedMs)
        h += QStringLiteral("<p>1. %1 %2.</p>")
                 .arg(w.t("Thời gian: bắt đầu lúc", "Time: opened at"), w.dateTime(m.startedMs));
    else if (m.scheduledStartMs)
        h += QStringLiteral("<p>1. %1 %2.</p>")
                 .arg(w.t("Thời gian (dự kiến):", "Time (scheduled):"),
                     w.dateTime(m.scheduledStartMs));
    h += QStringLiteral("<p>2. %1 %2.</p>").arg(w.t("Địa điểm:", "Place:"), htmlText(m.place));
    h += QStringLiteral("<p>3. %1 %2%3.</p>")
             .arg(w.t("Chủ tọa:", "Chair:"), htmlText(m.chairName),
                 m.chairTitle.isEmpty() ? QString()
                                        : QStringLiteral(", ") + htmlText(m.chairTitle));
    h += QStringLiteral("<p>4. %1 %2%3.</p>")
             .arg(w.t("Thư ký:", "Secretary:"), htmlText(m.secretaryName),
                 m.secretaryTitle.isEmpty() ? QString()
                                            : QStringLiteral(", ") + htmlText(m.secretaryTitle));
    h += QStringLiteral("<p>5. %1</p>").arg(w.t("Thành phần tham dự:", "Attendance:"));
    h += attendanceTableHtml(m, w);
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
             .arg(w.t("Điều kiện tiến hành cuộc họp:", "Quorum:"),
                 htmlText(w.quorumRule(t.quorumRule, t.convening)), w.t("có mặt", "present"))
             .arg(t.quorumPresent)
             .arg(t.quorumBase)
             .arg(t.quorumReached
                     ? w.t("Cuộc họp đủ điều kiện tiến hành.", "The quorum was reached.")
                     : w.t("Cuộc họp không đủ số thành viên theo quy định.",
                         "The quorum was not reached."));
    return h;
}

/** One agenda item of section II: documents, speakers, ballots, the secretary's text. */
QString itemHtml(const ItemRow &item, int number, const Words &w)
{
    QString h;
    h += QStringLiteral("<p style=\"margin-top: 8px;\"><b>%1. %2</b>%3</p>")
             .arg(number)
             .arg(htmlText(item.title),
                 item.startedMs ? QStringLiteral(" <i>(%1 %2)</i>")
                                      .arg(w.t("từ", "from"), w.time(item.startedMs))
                                : QString());
    if (!item.description.isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>").arg(htmlText(item.description));
    if (!item.documents.empty()) {
        h += QStringLiteral("<p>– %1</p>").arg(w.t("Tài liệu:", "Documents:"));
        for (const DocumentRow &d : item.documents)
            h += QStringLiteral("<p style=\"margin-left: 18px;\">%1 (%2 %3; SHA-256: <span "
                                "style=\"font-size: 9pt;\">%4</span>)</p>")
                     .arg(htmlText(d.title.isEmpty() ? d.fileName : d.title))
                     .arg(d.pages)
                     .arg(w.t("trang", "pages"), d.sha256);
    }
    if (!item.speeches.empty()) {
        h += QStringLiteral("<p>– %1</p>").arg(w.t("Ý kiến phát biểu:", "Speakers:"));
        for (const SpeechRow &s : item.speeches)
            h += QStringLiteral("<p style=\"margin-left: 18px;\">%1: %2%3%4</p>")
                     .arg(htmlText(s.name), w.duration(s.spokenMs),
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
    return h;
}

/** A section heading after the first (I): its numeral and title, a little space above. */
QString sectionHeading(const QString &numeral, const QString &title)
{
    return QStringLiteral("<p style=\"margin-top: 12px;\"><b>%1. %2</b></p>").arg(numeral, title);
}

/** Section III: speaking time per person. */
QString speakingTimeHtml(const MinutesModel &m, const Words &w, const QString &numeral)
{
    QString h = sectionHeading(numeral, w.t("THỜI GIAN PHÁT BIỂU", "SPEAKING TIME"));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"border-collapse: collapse; font-size: 11pt;\">");
    h += QStringLiteral("<tr><th width=\"50%\" align=\"left\">%1</th><th "
                        "width=\"20%\">%2</th><th width=\"30%\">%3</th></tr>")
             .arg(w.t("Họ và tên", "Name"), w.t("Số lượt", "Speeches"),
                 w.t("Tổng thời gian", "Total time"));
    for (const SpeakerTotalRow &s : m.speakingTotals)
        h += QStringLiteral(
            "<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td></tr>")
                 .arg(htmlText(s.name))
                 .arg(s.speeches)
                 .arg(w.duration(s.spokenMs));
    h += QStringLiteral("</table>");
    return h;
}

/** The closing paragraphs: end time, approval, reopenings, where the minutes come from. */
QString closingHtml(const MinutesModel &m, const Words &w)
{
    QString h = QStringLiteral("<p style=\"margin-top: 12px;\">");
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
                          .arg(w.dateTime(r.timeMs), htmlText(r.byName), htmlText(r.reason)));
    h += QStringLiteral("<p><i>%1</i></p>")
             .arg(w.t("Biên bản được lập tự động từ nhật ký cuộc họp (%1 sự kiện, chuỗi băm "
                      "SHA-256).",
                       "Written from the meeting's event log (%1 events, SHA-256 hash chain).")
                      .arg(m.lastSeq));
    return h;
}
} // namespace

QString minutesHtml(const MinutesModel &m, const Words &w, bool youthUnion)
{
    QString h = headerHtml(m, w, youthUnion);
    // Sections are numbered I, II, ... as they come: III and IV only when they have content.
    int section = 0;
    h += attendanceSectionHtml(m, w, roman(++section));

    h += sectionHeading(roman(++section), w.t("NỘI DUNG CUỘC HỌP", "PROCEEDINGS"));
    int itemNumber = 0;
    for (const ItemRow &item : m.items)
        h += itemHtml(item, ++itemNumber, w);

    if (!m.speakingTotals.empty())
        h += speakingTimeHtml(m, w, roman(++section));

    if (!m.notes.isEmpty() || !m.conclusions.isEmpty()) {
        h += sectionHeading(roman(++section), w.t("KẾT LUẬN CUỘC HỌP", "CONCLUSIONS"));
        h += paragraphs(m.notes);
        h += paragraphs(m.conclusions);
    }

    if (!m.forms.empty())
        h += formsHtml(m.forms, w, roman(++section));

    h += closingHtml(m, w);
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
                     htmlText(name));
    }
    h += QStringLiteral("</tr></table>");
    return h;
}

} // namespace quorum::minutes
