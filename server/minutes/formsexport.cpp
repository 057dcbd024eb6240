// A form's consolidation as a CSV and a PDF (ExportFormResults). Both read the FormMinutes the
// minutes print (formsminutes.cpp); the PDF prints the minutes' own HTML for the form.
#include "formsexport.h"

#include "minuteshtmlparts.h"
#include "minutespdf.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace quorum::minutes {

namespace {
/** A participant's text in a cell: never a formula in a spreadsheet (see csvBytes). */
QString textCell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text
                                                                   : text;
}

QStringList row(const char *kind, const QString &field = {}, const QString &key = {},
    const QString &count = {}, const QString &passage = {}, const QString &text = {},
    const QString &detail = {}, const QString &outcome = {}, const QString &person = {})
{
    return { QString::fromLatin1(kind), textCell(field), textCell(key), count, textCell(passage),
        textCell(text), textCell(detail), textCell(outcome), textCell(person) };
}

QString caseOutcome(const CaseRow &c, const Words &w)
{
    QStringList parts{ w.vi() ? c.stateVi : c.stateEn };
    if (!c.ballotQuestion.isEmpty()) {
        parts << w.t("Biểu quyết: ", "Ballot: ") + c.ballotQuestion + caseBallotResultText(c, w);
    }
    if (!c.assigneeName.isEmpty())
        parts << w.t("Người trả lời: ", "Answered by: ") + c.assigneeName;
    return parts.join(QStringLiteral("; "));
}

QString casePath(const CaseRow &c, const Words &w)
{
    QStringList path{ w.t("Đã nộp", "Submitted") };
    for (const CaseStepRow &s : c.steps)
        path << (w.vi() ? s.toVi : s.toEn)
                + (s.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.note));
    return path.join(QStringLiteral(" → "));
}

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/** 300 dpi on the page: 1800 px are 152 mm, the minutes' text width is 165 mm. */
constexpr int ChartWidth = 1800;
constexpr int RowHeight = 72;
int chartHeight(int rows)
{
    return std::max(1, rows) * RowHeight + 16;
}

/** A horizontal bar chart of one choice field, white behind (PDF/A-1 has no transparency). */
QImage choiceChart(const FormMinutes &f, const ChoiceCounts &counts, const Words &w)
{
    QStringList labels;
    for (const v1::FormField &field : f.form.fields()) {
        if (qstr(field.id()) == counts.fieldId) {
            for (const v1::FormChoice &choice : field.choices())
                labels << choiceLabelText(choice, w);
        }
    }
    const int rows = int(std::min<size_t>(size_t(labels.size()), counts.counts.size()));
    constexpr int Width = ChartWidth, LabelWidth = 640, CountWidth = 160;
    QImage image(Width, chartHeight(rows), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = bodyFont(10);
    font.setPixelSize(34);
    p.setFont(font);
    quint64 most = 1;
    for (int i = 0; i < rows; ++i)
        most = std::max(most, counts.counts[size_t(i)]);
    const int barSpace = Width - LabelWidth - CountWidth - 40;
    for (int i = 0; i < rows; ++i) {
        const int y = 8 + i * RowHeight;
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, LabelWidth - 20, RowHeight), Qt::AlignRight | Qt::AlignVCenter,
            p.fontMetrics().elidedText(labels.at(i), Qt::ElideRight, LabelWidth - 20));
        const quint64 n = counts.counts[size_t(i)];
        const int bar = int(double(barSpace) * double(n) / double(most));
        p.fillRect(
            QRect(LabelWidth, y + 12, std::max(bar, 3), RowHeight - 24), QColor(0x1f, 0x5f, 0x9f));
        p.drawText(QRect(LabelWidth + bar + 16, y, CountWidth, RowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(n));
    }
    return image;
}

QString chartUrl(const ChoiceCounts &c)
{
    return QStringLiteral("chart:") + c.fieldId;
}
} // namespace

QString formExportStem(const QString &meetingId, const QString &formId)
{
    QString stem = meetingId + QLatin1Char('.') + formId;
    for (QChar &c : stem) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-')
            && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('-');
    }
    return stem;
}

std::vector<QStringList> formResultsRows(const FormMinutes &f, const Words &w)
{
    std::vector<QStringList> rows;
    rows.push_back({ w.t("Loại", "Kind"), w.t("Câu hỏi / mục", "Field or section"),
        w.t("Lựa chọn / trang / số", "Choice / page / number"), w.t("Số lượng", "Count"),
        w.t("Đoạn trích", "Passage"), w.t("Nội dung", "Text"),
        w.t("Đề xuất / chi tiết", "Proposed wording / detail"), w.t("Kết quả", "Outcome"),
        w.t("Người gửi", "Participant") });
    const FormResults &r = f.results;
    if (r.pending) {
        rows.push_back(row("pending", w.t("Số người đã gửi", "Participants who answered"), {},
            QString::number(r.respondents), {},
            w.t("Phiếu ẩn danh được công bố khi đóng biểu mẫu.",
                "Anonymous answers are released when the form closes.")));
        return rows;
    }
    if (!f.form.workflow_id().empty()) {
        for (const CaseRow &c : f.cases) {
            // The path goes where a feedback's passage would.
            rows.push_back(row("case", {}, QString::number(c.number), {}, casePath(c, w), c.summary,
                c.detail, caseOutcome(c, w), c.authorName));
            if (!c.amendedText.isEmpty())
                rows.push_back(
                    row("amended", {}, QString::number(c.number), {}, {}, c.amendedText));
        }
        // The path sits in the passage column of case rows: say so in the header.
        rows.front()[4] = w.t("Đoạn trích / quá trình", "Passage / path");
        return rows;
    }
    rows.push_back(row("answers", w.t("Số phiếu", "Answers"), {}, QString::number(r.answers)));
    rows.push_back(row("respondents", w.t("Số người gửi", "Participants who answered"), {},
        QString::number(r.respondents)));
    for (const ChoiceCounts &c : r.choices) {
        for (const v1::FormField &field : f.form.fields()) {
            if (qstr(field.id()) != c.fieldId)
                continue;
            for (int i = 0; i < field.choices_size() && size_t(i) < c.counts.size(); ++i)
                rows.push_back(row("choice", fieldLabelText(f.form, c.fieldId, w),
                    choiceLabelText(field.choices(i), w), QString::number(c.counts[size_t(i)])));
        }
    }
    for (const NumberSummary &n : r.numbers) {
        // The mean with a point: a CSV is read by programs; the PDF writes it the local way.
        rows.push_back(row("number", fieldLabelText(f.form, n.fieldId, w),
            w.t("trung bình", "mean"), QString::number(n.count), {},
            QString::number(n.mean(), 'f', 2), w.t("tổng ", "sum ") + QString::number(n.sum)));
    }
    for (const TextAnswer &t : r.texts)
        rows.push_back(row("text", fieldLabelText(f.form, t.fieldId, w), {}, {}, {}, t.text, {}, {},
            t.respondentId));
    for (const FeedbackGroup &g : r.feedback) {
        const QString page = w.t("trang %1", "page %1").arg(g.page);
        rows.push_back(row("feedback", g.section, page, QString::number(g.entries.size())));
        for (const FeedbackEntry &e : g.entries)
            rows.push_back(row("comment", g.section, page, {}, e.passage, e.comment, e.wording, {},
                e.respondentId));
    }
    return rows;
}

QByteArray csvBytes(const std::vector<QStringList> &rows)
{
    QString text;
    for (const QStringList &r : rows) {
        QStringList fields;
        for (const QString &field : r)
            fields << csvField(field.normalized(QString::NormalizationForm_C));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString formExportHtml(const MinutesModel &m, const FormMinutes &f, const Words &w, quint64 lastSeq)
{
    QString h;
    if (!m.organisation.isEmpty())
        h += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(htmlText(m.organisation));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top: 12px;\"><b>%1</b></p>")
             .arg(w.t("KẾT QUẢ BIỂU MẪU", "FORM RESULTS"));
    h += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
             .arg(htmlText(formTitleText(f.form, w)));
    h += QStringLiteral("<p style=\"margin-top: 12px;\">%1: %2</p>")
             .arg(w.t("Cuộc họp", "Meeting"), htmlText(m.title));
    h += QStringLiteral("<p>%1: %2</p>")
             .arg(w.t("Nội dung", "Agenda item"),
                 f.itemTitle.isEmpty() ? w.t(
                     "trước cuộc họp, cho cả cuộc họp", "before the meeting, for the whole meeting")
                                       : htmlText(f.itemTitle));
    h += QStringLiteral("<p>%1: %2; %3</p>")
             .arg(w.t("Hình thức", "Kind"),
                 f.form.anonymous() ? w.t("ẩn danh", "anonymous") : w.t("ghi tên", "named"),
                 f.phase == v1::FORM_PHASE_CLOSED ? w.t("đã đóng", "closed")
                                                  : w.t("đang mở", "still open"));
    if (!f.results.pending && f.form.workflow_id().empty()) {
        for (const ChoiceCounts &c : f.results.choices) {
            h += QStringLiteral("<p style=\"margin-top: 10px;\"><b>%1</b></p>")
                     .arg(htmlText(fieldLabelText(f.form, c.fieldId, w)));
            // QTextDocument scales an image by the printer's dpi over 96: width and height
            // in 96-dpi pixels put the chart's 1800 px at 152 mm on the 300-dpi page.
            const int rows = int(c.counts.size());
            h += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                     .arg(chartUrl(c).toHtmlEscaped())
                     .arg(ChartWidth * 96 / 300)
                     .arg(chartHeight(rows) * 96 / 300);
        }
    }
    h += QStringLiteral("<p style=\"margin-top: 12px;\"><b>%1</b></p>")
             .arg(w.t("Tổng hợp như trong biên bản", "Consolidated, as in the minutes"));
    h += formBodyHtml(f, w);
    h += QStringLiteral("<p style=\"margin-top: 16px;\"><i>%1</i></p>")
             .arg(w.t("Trích từ nhật ký cuộc họp %1 đến sự kiện số %2.",
                       "From the log of meeting %1 up to event %2.")
                      .arg(htmlText(m.meetingId))
                      .arg(lastSeq));
    return h;
}

bool writeFormResultsPdf(const MinutesModel &model, const FormMinutes &form, Language language,
    quint64 lastSeq, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QStringLiteral(
            "writing a PDF needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)");
        return false;
    }
    const Words words(language, QTimeZone::systemTimeZone(), model.totals.bodyKind);
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter); // as the minutes
    writer.setTitle(formTitleText(form.form, words));
    writer.setCreator(QStringLiteral("Quorum"));

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(bodyFont(13));
    doc.setDefaultStyleSheet(QStringLiteral("p { margin-top: 2px; margin-bottom: 2px; }"));
    const QRect body = writer.pageLayout().paintRectPixels(writer.resolution());
    if (!form.results.pending) {
        for (const ChoiceCounts &c : form.results.choices)
            doc.addResource(
                QTextDocument::ImageResource, QUrl(chartUrl(c)), choiceChart(form, c, words));
    }
    doc.setHtml(formExportHtml(model, form, words, lastSeq));
    withoutLigatures(doc);
    doc.setPageSize(QSizeF(body.width(), body.height()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end() || QFile(path).size() == 0) {
        *error = QStringLiteral("cannot finish %1").arg(path);
        return false;
    }
    return true;
}

} // namespace quorum::minutes
