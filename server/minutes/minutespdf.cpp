// Paints the minutes' HTML page by page into a QPdfWriter, adding what a QTextDocument
// cannot: page numbers in the top margin and the draft mark behind the text.
#include "minutespdf.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace quorum::minutes {

/** Noto Serif (fonts-noto-core) has every Vietnamese letter and is what the offices' Times
 *  New Roman looks like; DejaVu Serif is the fallback on machines without it. */
QFont bodyFont(double pointSize)
{
    QFont font(QStringLiteral("Noto Serif"));
    font.setFamilies({ QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
        QStringLiteral("Liberation Serif") });
    font.setPointSizeF(pointSize);
    return font;
}

/**
 * Ligatures off, so that "Workflow" stays seven letters in the PDF's text (pdftotext,
 * search, copy-paste) instead of "Work\ufb02ow". Without OpenType shaping Vietnamese is still
 * exact: every Vietnamese letter has a precomposed code point (the text is NFC).
 * Set on every character, since HTML formats replace the default font's strategy.
 */
void withoutLigatures(QTextDocument &doc)
{
    QTextCursor cursor(&doc);
    cursor.select(QTextCursor::Document);
    QTextCharFormat format;
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setFontKerning(false);
    cursor.mergeCharFormat(format);
}

bool writeMinutesPdf(const MinutesModel &model, Language language, const QString &path,
    const RenderOptions &options, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QStringLiteral(
            "writing a PDF needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)");
        return false;
    }
    const Words words(language, options.zone, model.totals.bodyKind);
    const bool youth
        = options.youthUnion < 0 ? isYouthUnion(model.organisation) : options.youthUnion == 1;

    QPdfWriter writer(path);
    if (options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // Nghị định 30/2020, Phụ lục I: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
    writer.setPageMargins(QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
    writer.setTitle(words.t("Biên bản: ", "Minutes: ") + model.title);
    writer.setCreator(QStringLiteral("Quorum"));

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(bodyFont(13)); // Nghị định 30: body text 13-14 pt
    doc.setDefaultStyleSheet(
        QStringLiteral("p { margin-top: 2px; margin-bottom: 2px; } th { font-weight: bold; }"));
    doc.setHtml(minutesHtml(model, words, youth));
    withoutLigatures(doc);
    const QRect body = writer.pageLayout().paintRectPixels(writer.resolution());
    const QSizeF pageSize(body.width(), body.height());
    doc.setPageSize(pageSize);
    const double dpi = writer.resolution();
    const auto mm = [dpi](double v) { return v * dpi / 25.4; };

    // The signatures never split from each other: they go under the text when they fit
    // on its last page, else at the top of a page of their own.
    QTextDocument signatures;
    signatures.setDocumentMargin(0);
    signatures.documentLayout()->setPaintDevice(&writer);
    signatures.setDefaultFont(bodyFont(13));
    signatures.setDefaultStyleSheet(doc.defaultStyleSheet());
    signatures.setHtml(signaturesHtml(model, words));
    withoutLigatures(signatures);
    signatures.setTextWidth(pageSize.width());
    const double signaturesHeight = signatures.size().height();
    int pages = doc.pageCount();
    double signaturesTop
        = doc.documentLayout()->documentSize().height() - (pages - 1) * pageSize.height() + mm(6);
    if (signaturesTop + signaturesHeight > pageSize.height()) {
        ++pages;
        signaturesTop = 0;
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    const QString draft = words.t("DỰ THẢO", "DRAFT");
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        if (!model.approved) {
            // A light grey mark across the page, painted first so the text stays on top.
            // Opaque on purpose: PDF/A-1 forbids transparency.
            painter.save();
            painter.translate(pageSize.width() / 2, pageSize.height() / 2);
            painter.rotate(-35);
            QFont mark = bodyFont(90);
            mark.setBold(true);
            painter.setFont(mark);
            painter.setPen(QColor(0xe4, 0xe4, 0xe4));
            const QRectF r(-pageSize.width(), -mm(30), 2 * pageSize.width(), mm(60));
            painter.drawText(r, Qt::AlignCenter, draft);
            painter.restore();
        }
        painter.save();
        painter.translate(0, -page * pageSize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (page == pages - 1) {
            painter.save();
            painter.translate(0, signaturesTop);
            signatures.drawContents(&painter);
            painter.restore();
        }
        painter.setFont(bodyFont(12));
        painter.setPen(Qt::black);
        // Nghị định 30: the page number centred in the top margin, from the second page on.
        if (page > 0)
            painter.drawText(QRectF(0, -mm(14), pageSize.width(), mm(8)), Qt::AlignCenter,
                QString::number(page + 1));
        // A footer naming the record, for a page that travels alone.
        painter.setFont(bodyFont(8));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, pageSize.height() + mm(6), pageSize.width(), mm(6)),
            Qt::AlignCenter,
            words.t("%1 · %2 · trang %3/%4%5", "%1 · %2 · page %3/%4%5")
                .arg(model.meetingId, words.t("biên bản", "minutes"))
                .arg(page + 1)
                .arg(pages)
                .arg(model.approved ? QString() : QStringLiteral(" · ") + draft));
    }
    if (!painter.end()) {
        *error = QStringLiteral("cannot finish %1").arg(path);
        return false;
    }
    if (QFile(path).size() == 0) {
        *error = QStringLiteral("%1 is empty").arg(path);
        return false;
    }
    return true;
}

} // namespace quorum::minutes
