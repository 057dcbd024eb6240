#include "docgen.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace quorum::docgen {

namespace {
// Points (1/72 inch) everywhere: QPdfWriter at 72 dpi makes one device unit one point.
constexpr int Dpi = 72;
constexpr qreal Margin = 64;

struct Page
{
    QPainter &painter;
    QPdfWriter &writer;
    QRectF area;
    qreal y = 0;
    int number = 1;

    void footer()
    {
        painter.save();
        painter.setFont(QFont(QStringLiteral("Noto Serif"), 9));
        painter.setPen(Qt::darkGray);
        const QRectF foot(area.left(), area.bottom() + 16, area.width(), 16);
        painter.drawText(
            foot, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("Trang %1").arg(number));
        painter.restore();
    }
    void next()
    {
        footer();
        writer.newPage();
        ++number;
        y = area.top();
    }
    /** Draws wrapped text, starting a new page first when it does not fit. */
    void block(const QString &text, const QFont &font, int flags, qreal spaceAfter)
    {
        painter.setFont(font);
        QRectF box = painter.boundingRect(
            QRectF(area.left(), 0, area.width(), 1e6), flags | Qt::TextWordWrap, text);
        if (y + box.height() > area.bottom() && y > area.top())
            next();
        painter.drawText(
            QRectF(area.left(), y, area.width(), box.height()), flags | Qt::TextWordWrap, text);
        y += box.height() + spaceAfter;
    }
};

QFont serif(int points, bool bold = false)
{
    QFont font(QStringLiteral("Noto Serif"), points);
    font.setBold(bold);
    return font;
}
} // namespace

bool writePdf(const QString &path, const DocumentSpec &spec, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(spec.title);
    writer.setCreator(QStringLiteral("quorum-docgen"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot write %1 (is there a QGuiApplication?)").arg(path);
        return false;
    }
    const QRectF paper = writer.pageLayout().paintRectPoints();
    Page page{ painter, writer, paper.adjusted(Margin, Margin, -Margin, -Margin - 24) };
    page.y = page.area.top();

    page.block(spec.organisation.toUpper(), serif(11, true), Qt::AlignHCenter, 2);
    page.block(QStringLiteral("———————"), serif(9), Qt::AlignHCenter, 24);
    page.block(spec.title, serif(16, true), Qt::AlignHCenter, 6);
    if (!spec.subtitle.isEmpty())
        page.block(spec.subtitle, serif(11), Qt::AlignHCenter, 24);
    for (const Section &section : spec.sections) {
        page.block(section.heading, serif(12, true), Qt::AlignLeft, 8);
        for (const QString &paragraph : section.paragraphs)
            page.block(paragraph, serif(11), Qt::AlignJustify, 8);
        page.y += 8;
    }
    page.footer();
    if (!painter.end()) {
        *error = QStringLiteral("cannot finish %1").arg(path);
        return false;
    }
    return true;
}

bool writeNumberedPdf(const QString &path, int pages, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("Tài liệu thử %1 trang").arg(pages));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot write %1 (is there a QGuiApplication?)").arg(path);
        return false;
    }
    painter.setFont(serif(28, true));
    for (int i = 1; i <= pages; ++i) {
        if (i > 1)
            writer.newPage();
        painter.drawText(
            QRectF(0, 0, 595, 842), Qt::AlignCenter, QStringLiteral("Trang %1").arg(i));
    }
    if (!painter.end()) {
        *error = QStringLiteral("cannot finish %1").arg(path);
        return false;
    }
    return true;
}

QByteArray handWrittenPdf(const QByteArray &extraTrailer, const QByteArrayList &extraObjects,
    const QByteArray &extraCatalog)
{
    QByteArrayList objects = { "<< /Type /Catalog /Pages 2 0 R " + extraCatalog + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>" };
    objects += extraObjects;
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R "
        + extraTrailer + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray encryptedPdf()
{
    const QByteArray key = QByteArray(32, 'A').toHex().left(64);
    return handWrittenPdf("/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
                          "<0123456789abcdef0123456789abcdef>]",
        { "<< /Filter /Standard /V 1 /R 2 /O <" + key + "> /U <" + key + "> /P -4 >>" });
}

} // namespace quorum::docgen
