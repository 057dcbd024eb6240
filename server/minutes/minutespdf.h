#pragma once

#include "minutesmodel.h"
#include "minuteswords.h"

#include <QFont>
#include <QTimeZone>

class QTextDocument;

namespace quorum::minutes {

struct RenderOptions
{
    QTimeZone zone = QTimeZone::systemTimeZone(); // times in the minutes are local times
    bool pdfA = true; // PDF/A-1b (QPagedPaintDevice::PdfVersion_A1b)
    int youthUnion = -1; // -1: from the organisation's name; 0: state motto; 1: Đoàn TNCS
};

/** The minutes' body font (Noto Serif, DejaVu Serif as fallback) at this size. */
QFont bodyFont(double pointSize);
/** Ligatures and kerning off on every character, so that the PDF's text is the text typed. */
void withoutLigatures(QTextDocument &doc);

/**
 * The minutes (biên bản) as HTML for QTextDocument: the layout of Nghị định 30/2020/NĐ-CP
 * (issuing body top left, motto top right, number, place and date, title, body, signatures),
 * the same structure in English. Separate from the painting so that tests can read it.
 */
QString minutesHtml(const MinutesModel &model, const Words &words, bool youthUnion);
/** The signature blocks (THƯ KÝ, CHỦ TỌA), kept on one page by the painter. */
QString signaturesHtml(const MinutesModel &model, const Words &words);

/**
 * Writes the minutes PDF with QPdfWriter: A4, margins of Nghị định 30 (top and bottom 20 mm,
 * left 30 mm, right 15 mm), fonts embedded, page numbers centred in the top margin from the
 * second page, and a DỰ THẢO / DRAFT mark on every page until the minutes are approved.
 * Needs a QGuiApplication (offscreen is enough). False and a readable error otherwise.
 */
bool writeMinutesPdf(const MinutesModel &model, Language language, const QString &path,
    const RenderOptions &options, QString *error);

} // namespace quorum::minutes
