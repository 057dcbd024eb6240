#pragma once

#include "quorum.pb.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace quorum::roster {

/** One participant of the office's list, as the meeting will hold them. */
struct RosterEntry
{
    QString id; // from the list's ID column, or made from the name (stable, unique)
    QString name;
    v1::Role role = v1::ROLE_DELEGATE; // an empty role cell: a delegate
    QString title; // chức vụ
    QString unit; // đơn vị
    quint64 weight = 1; // số cổ phần / quyền biểu quyết; an empty cell: 1
    QString pin; // empty: the server generates one
    int row = 0; // the row of the list it came from (1-based, as the spreadsheet shows it)
};

/** Why the list, or one of its rows, cannot be imported. */
enum class RefusalKind {
    NotATable, // neither CSV (UTF-8 text) nor an XLSX workbook
    NotUtf8, // a CSV that is not UTF-8 (Excel's plain "CSV" in a Windows code page)
    CorruptFile, // a truncated or damaged XLSX/ZIP
    SheetNotFound, // the named sheet is not in the workbook
    FileTooLarge, // the file, or a part of the workbook, is over MaxFileBytes / MaxPartBytes
    TooManyRows, // more rows than MaxRows
    TooManyColumns, // a cell beyond MaxColumns
    NoRows, // a header and no participant
    MissingColumn, // no column the name can be read from
    DuplicateColumn, // two columns mean the same thing (two "Name" columns)
    EmptyName, // a row with cells but no name
    DuplicateName, // the same person twice (same name and unit, no IDs that tell them apart)
    DuplicateId, // the same ID on two rows
    UnknownRole, // a role the meeting does not have
    BadWeight, // a weight that is not a positive whole number (or is absurdly large)
    BadPin, // a PIN that is not 4 to 12 digits
    DuplicatePin, // the same PIN on two rows: it would name two people
    TooLong, // a cell longer than MaxCellChars
};

/** The English name of a kind ("duplicate-name"), for logs and the command line. */
QString kindName(RefusalKind kind);

/** One refusal: what, where (row and column as the spreadsheet shows them) and an English detail.
 */
struct Refusal
{
    RefusalKind kind = RefusalKind::NotATable;
    int row = 0; // 1-based; 0: the whole file
    int column = 0; // 1-based (A = 1); 0: no one column
    QString header; // the column's header as written in the list, if any
    QString value; // the cell's text, if any
    int otherRow = 0; // a duplicate's first row
    QString detail; // English, for the command line and logs; the tablet words it itself

    /** "row 7, column C (Vai trò): ..." */
    QString toString() const;
};

/** "A", "B", ... "Z", "AA": a 1-based column number as spreadsheets name it. */
QString columnLetter(int column);

/**
 * What reading a list gives: every row that reads as a participant (for the preview) and the
 * refusals. The list is imported whole or not at all: participants() is empty unless nothing
 * was refused.
 */
struct RosterImport
{
    QList<RosterEntry> rows; // the rows that read as participants, in the list's order
    QList<RosterEntry> refusedRows; // what could be read of the rows refused on their own
    QList<Refusal> refusals; // in the list's order
    QString format; // "csv" or "xlsx"; empty when neither
    QStringList ignoredColumns; // headers of columns read as nothing (STT, Ghi chú...)
    int rowsRead = 0; // data rows below the header, empty ones left out

    bool acceptable() const { return refusals.isEmpty() && !rows.isEmpty(); }
    /** The whole list, or nothing. */
    std::optional<QList<RosterEntry>> participants() const;
};

/** Where to read from: the first sheet unless a name is given (XLSX only). */
struct ReadOptions
{
    QString sheet;
};

/**
 * Limits, and where they come from.
 * MaxRows: a meeting's participants all travel in one Welcome snapshot of at most
 * MaxMessageBytes (4 MiB, proto/protocol.h); a participant with a Vietnamese name, title and
 * unit is ~200 bytes of UTF-8 there, so 10,000 leaves half of it for the rest of the state.
 * MaxFileBytes: 10,000 rows of 20 columns of 100 characters is ~20 MB of CSV; 64 MiB is
 * three times that, and bounds the time and memory a hostile file can take.
 * MaxPartBytes: the same bound on one uncompressed part of a workbook (a ZIP bomb stops there).
 * MaxColumns: a list of participants has a dozen columns; 256 is Excel 2003's last (IV).
 * MaxCellChars: the longest real title or unit is under 200 characters; join cards print them.
 */
constexpr int MaxRows = 10000;
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
constexpr qint64 MaxPartBytes = 64 * 1024 * 1024;
constexpr int MaxColumns = 256;
constexpr int MaxCellChars = 500;
/** A share count above a trillion is no company's; 10,000 of them still sum within 64 bits. */
constexpr quint64 MaxWeight = 1000000000000ULL;

/** Reads the office's list: CSV or XLSX, told apart by the bytes, not the file's name. */
RosterImport readRoster(const QByteArray &bytes, const ReadOptions &options = {});

} // namespace quorum::roster
