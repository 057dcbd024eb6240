#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace quorum::pdf {

/**
 * One annotation to burn into an exported PDF. Coordinates are normalized page coordinates
 * (0..1, origin top-left), the same as on the tablets (STYLE.md, after Okular).
 */
struct ExportAnnotation
{
    enum class Kind { Ink, Highlight, Note };
    Kind kind = Kind::Ink;
    int page = 0; // 0-based
    QString author;
    QColor color;
    double width = 0; // ink: stroke width in points
    std::vector<QPointF> points; // ink
    std::vector<QRectF> rects; // highlight: one rectangle per line of text
    QPointF position; // note: the icon's top-left
    QString text; // note
};

/**
 * Writes `source` with the annotations added as real PDF annotations (Ink, Highlight, Text)
 * to `target`, readable by any PDF reader. False and a readable error otherwise.
 */
bool exportAnnotated(const QString &source, const QString &target,
    const std::vector<ExportAnnotation> &annotations, QString *error);

/**
 * The Ink, Highlight and Text annotations a PDF holds, read back through Poppler, in the same
 * normalized form (export checks, the archive verifier). Empty and an error when unreadable.
 */
std::vector<ExportAnnotation> readAnnotations(const QString &path, QString *error);

} // namespace quorum::pdf
