#pragma once

#include "formsminutes.h"
#include "minutesmodel.h"
#include "minuteswords.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace quorum::minutes {

/**
 * A form's consolidated results as files for the secretary (ExportFormResults, docs/forms.md
 * "Export"): the same FormMinutes the signed minutes print, so that the files say what the
 * minutes say, anonymous forms without any name.
 */

/** A file name stem for both files: "<meeting>.<form>", letters, digits, '-', '_' only. */
QString formExportStem(const QString &meetingId, const QString &formId);

/**
 * The CSV's rows, header first: ONE ROW PER CONSOLIDATED LINE of the minutes (a count per
 * choice, a number's summary, a text answer, a feedback group and each of its comments, a
 * case), not one per answer: a row per answer would join one anonymous person's answers to
 * each other, which the minutes never do (on a small survey a combination can name someone),
 * and the file would no longer be what the signed minutes hold. The first column is a key in
 * English in both languages ("answers", "choice", ...), so a filter works on either file.
 */
std::vector<QStringList> formResultsRows(const FormMinutes &form, const Words &words);

/**
 * The rows as RFC 4180 CSV: UTF-8 with a byte order mark (spreadsheet programs read a file
 * without one in the machine's code page and break Vietnamese), CRLF line ends, a field
 * quoted when it holds a comma, a quote, CR or LF (quotes doubled). A text cell that starts
 * with = + - @ gets a leading apostrophe, so that a spreadsheet never runs a participant's
 * text as a formula (the apostrophe is what spreadsheets themselves use for that).
 */
QByteArray csvBytes(const std::vector<QStringList> &rows);

/** The PDF's HTML: heading, one bar chart per choice field, then the minutes' own lines. */
QString formExportHtml(
    const MinutesModel &model, const FormMinutes &form, const Words &words, quint64 lastSeq);

/**
 * Writes the PDF like the minutes (A4, the margins of Nghị định 30, Noto Serif, fonts
 * embedded, PDF/A-1b), with a bar chart per choice field. Needs a QGuiApplication.
 */
bool writeFormResultsPdf(const MinutesModel &model, const FormMinutes &form, Language language,
    quint64 lastSeq, const QString &path, QString *error);

} // namespace quorum::minutes
