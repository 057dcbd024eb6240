#pragma once

#include "roster.h"

#include <QList>
#include <QStringList>

namespace quorum::roster {

/** One row of a sheet or CSV as text cells, with the row number the spreadsheet shows. */
struct TableRow
{
    int row = 0; // 1-based
    QStringList cells; // column A first; missing cells at the end are absent, gaps are ""
};

/** A sheet read as text, or why it cannot be read (then rows is meaningless). */
struct Table
{
    QList<TableRow> rows; // non-empty rows only, in order
    std::optional<Refusal> refusal;
};

/** A refusal of the whole file. */
Refusal fileRefusal(RefusalKind kind, const QString &detail, int row = 0, int column = 0);

/** Whether every cell of a row is empty or white space. */
bool isBlank(const QStringList &cells);

/** CSV as spreadsheet programs export it (csvreader.cpp). */
Table readCsv(const QByteArray &bytes);

/** The first sheet, or the named one, of an XLSX workbook (xlsxreader.cpp). */
Table readXlsx(const QByteArray &bytes, const QString &sheet);

/** Whether the bytes start like a ZIP archive (an XLSX is one). */
bool looksLikeZip(const QByteArray &bytes);

} // namespace quorum::roster
