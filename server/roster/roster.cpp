// From a sheet of text cells to the participants: the header, the columns it names, each row
// checked, then the whole list (duplicates, the size). Nothing is imported unless all is right.
#include "roster.h"

#include "table.h"
#include "vocabulary.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace quorum::roster {

namespace {

// An office's list often starts with a title ("DANH SÁCH ĐẠI BIỂU"): the header is the first
// row, among the first few with text, that names a name column.
constexpr int HeaderSearchRows = 10;

QString cell(const TableRow &row, int column)
{
    return column > 0 && column <= row.cells.size() ? row.cells[column - 1].trimmed() : QString();
}

/** A positive whole number, with or without thousands separators ("1.500.000", "1,500"). */
std::optional<quint64> parseWeight(const QString &text)
{
    if (text.isEmpty())
        return 1;
    static const QRegularExpression plain(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression grouped(
        QStringLiteral("^[0-9]{1,3}([., \\x{00A0}][0-9]{3})+$")); // and a no-break space
    QString digits;
    if (plain.match(text).hasMatch())
        digits = text;
    else if (grouped.match(text).hasMatch())
        digits = text.split(QRegularExpression(QStringLiteral("[., \\x{00A0}]"))).join(QString());
    else
        return std::nullopt;
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok);
    if (!ok || value == 0 || value > MaxWeight)
        return std::nullopt;
    return value;
}

struct Header
{
    int index = -1; // into table.rows
    QHash<Column, int> columns; // -> 1-based column
    QHash<Column, QString> names; // -> the header as written
};

Refusal rowRefusal(RefusalKind kind, const TableRow &row, int column, const Header &header,
    Column what, const QString &detail)
{
    Refusal r;
    r.kind = kind;
    r.row = row.row;
    r.column = column;
    r.header = header.names.value(what);
    r.value = cell(row, column);
    r.detail = detail;
    return r;
}

} // namespace

Refusal fileRefusal(RefusalKind kind, const QString &detail, int row, int column)
{
    Refusal r;
    r.kind = kind;
    r.row = row;
    r.column = column;
    r.detail = detail;
    return r;
}

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString columnLetter(int column)
{
    QString letters;
    for (; column > 0; column = (column - 1) / 26)
        letters.prepend(QChar(u'A' + (column - 1) % 26));
    return letters;
}

QString kindName(RefusalKind kind)
{
    switch (kind) {
    case RefusalKind::NotATable:
        return QStringLiteral("not-a-table");
    case RefusalKind::NotUtf8:
        return QStringLiteral("not-utf8");
    case RefusalKind::CorruptFile:
        return QStringLiteral("corrupt-file");
    case RefusalKind::SheetNotFound:
        return QStringLiteral("sheet-not-found");
    case RefusalKind::FileTooLarge:
        return QStringLiteral("file-too-large");
    case RefusalKind::TooManyRows:
        return QStringLiteral("too-many-rows");
    case RefusalKind::TooManyColumns:
        return QStringLiteral("too-many-columns");
    case RefusalKind::NoRows:
        return QStringLiteral("no-rows");
    case RefusalKind::MissingColumn:
        return QStringLiteral("missing-column");
    case RefusalKind::DuplicateColumn:
        return QStringLiteral("duplicate-column");
    case RefusalKind::EmptyName:
        return QStringLiteral("empty-name");
    case RefusalKind::DuplicateName:
        return QStringLiteral("duplicate-name");
    case RefusalKind::DuplicateId:
        return QStringLiteral("duplicate-id");
    case RefusalKind::UnknownRole:
        return QStringLiteral("unknown-role");
    case RefusalKind::BadWeight:
        return QStringLiteral("bad-weight");
    case RefusalKind::BadPin:
        return QStringLiteral("bad-pin");
    case RefusalKind::DuplicatePin:
        return QStringLiteral("duplicate-pin");
    case RefusalKind::TooLong:
        return QStringLiteral("too-long");
    }
    return QString();
}

QString Refusal::toString() const
{
    QString where;
    if (row > 0)
        where = QStringLiteral("row %1").arg(row);
    if (column > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(", "))
            + QStringLiteral("column %1").arg(columnLetter(column));
        if (!header.isEmpty())
            where += QStringLiteral(" (%1)").arg(header);
    }
    return (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + detail;
}

std::optional<QList<RosterEntry>> RosterImport::participants() const
{
    if (!acceptable())
        return std::nullopt;
    return rows;
}

namespace {

/** Finds the header row and the columns it names, or refuses the list. */
std::optional<Header> findHeader(const Table &table, QList<Refusal> &refusals)
{
    for (int i = 0; i < table.rows.size() && i < HeaderSearchRows; ++i) {
        Header header;
        header.index = i;
        const TableRow &row = table.rows[i];
        QList<Refusal> duplicates;
        for (int c = 1; c <= row.cells.size(); ++c) {
            const auto column = columnFor(row.cells[c - 1]);
            if (!column)
                continue;
            if (header.columns.contains(*column)) {
                Refusal r = fileRefusal(RefusalKind::DuplicateColumn,
                    QStringLiteral("column %1 means the same as column %2 (%3): keep one")
                        .arg(columnLetter(c), columnLetter(header.columns.value(*column)),
                            header.names.value(*column)),
                    row.row, c);
                r.header = row.cells[c - 1].trimmed();
                duplicates << r;
                continue;
            }
            header.columns.insert(*column, c);
            header.names.insert(*column, row.cells[c - 1].trimmed());
        }
        if (header.columns.contains(Column::Name)) {
            refusals << duplicates;
            return header;
        }
    }
    refusals << fileRefusal(RefusalKind::MissingColumn,
        QStringLiteral("no column of names: the header row needs one of \"Họ và tên\", "
                       "\"Họ tên\", \"Tên\" or \"Name\""),
        table.rows.isEmpty() ? 0 : table.rows.first().row);
    return std::nullopt;
}

/** One data row as a participant, and whether it is one (else its refusals are added). */
std::pair<RosterEntry, bool> readRow(
    const TableRow &row, const Header &header, QList<Refusal> &refusals)
{
    const int before = int(refusals.size());
    auto at = [&](Column c) { return cell(row, header.columns.value(c)); };
    RosterEntry e;
    e.row = row.row;
    e.name = at(Column::Name).simplified();
    e.title = at(Column::Title).simplified();
    e.unit = at(Column::Unit).simplified();
    e.id = at(Column::Id);
    e.pin = at(Column::Pin);
    if (e.name.isEmpty())
        refusals << rowRefusal(RefusalKind::EmptyName, row, header.columns.value(Column::Name),
            header, Column::Name, QStringLiteral("the row has no name"));
    for (const Column c : { Column::Name, Column::Title, Column::Unit, Column::Id }) {
        if (at(c).size() > MaxCellChars)
            refusals << rowRefusal(RefusalKind::TooLong, row, header.columns.value(c), header, c,
                QStringLiteral("%1 characters, more than the %2 a cell may hold")
                    .arg(at(c).size())
                    .arg(MaxCellChars));
    }
    e.role = roleFor(at(Column::Role));
    if (e.role == v1::ROLE_UNSPECIFIED)
        refusals << rowRefusal(RefusalKind::UnknownRole, row, header.columns.value(Column::Role),
            header, Column::Role,
            QStringLiteral("\"%1\" is not a role: chair (Chủ tọa), secretary (Thư ký), delegate "
                           "(Đại biểu) or observer (Khách mời)")
                .arg(at(Column::Role)));
    const auto weight = parseWeight(at(Column::Weight));
    if (weight)
        e.weight = *weight;
    else
        refusals << rowRefusal(RefusalKind::BadWeight, row, header.columns.value(Column::Weight),
            header, Column::Weight,
            QStringLiteral("\"%1\" is not a positive whole number of at most %2")
                .arg(at(Column::Weight))
                .arg(MaxWeight));
    static const QRegularExpression pinDigits(QStringLiteral("^[0-9]{4,12}$"));
    if (!e.pin.isEmpty() && !pinDigits.match(e.pin).hasMatch())
        refusals << rowRefusal(RefusalKind::BadPin, row, header.columns.value(Column::Pin), header,
            Column::Pin, QStringLiteral("a PIN is 4 to 12 digits"));
    return { e, int(refusals.size()) == before };
}

/** Duplicate ids, people and PINs across rows; ids made for rows without one. */
void checkList(QList<RosterEntry> &rows, const Header &header, const QList<TableRow> &source,
    QList<Refusal> &refusals)
{
    QHash<int, const TableRow *> byRow;
    for (const TableRow &r : source)
        byRow.insert(r.row, &r);
    const bool listHasIds = header.columns.contains(Column::Id);
    QHash<QString, int> ids, people, pins;
    auto duplicate
        = [&](RefusalKind kind, const RosterEntry &e, Column c, int first, const QString &detail) {
              Refusal r = rowRefusal(
                  kind, *byRow.value(e.row), header.columns.value(c), header, c, detail.arg(first));
              r.otherRow = first;
              refusals << r;
          };
    for (const RosterEntry &e : rows) {
        if (listHasIds && !e.id.isEmpty()) {
            if (ids.contains(e.id))
                duplicate(RefusalKind::DuplicateId, e, Column::Id, ids.value(e.id),
                    QStringLiteral("the ID is already on row %1"));
            else
                ids.insert(e.id, e.row);
        }
        // Two rows of one name in one unit are one person twice, unless the list's IDs say
        // they are two (Vietnamese names repeat: a list with IDs may hold two Nguyễn Văn An).
        // Diacritics tell names apart (An and Ấn are two people); case and spacing do not.
        const QString person = (e.name + QLatin1Char('\n') + e.unit)
                                   .normalized(QString::NormalizationForm_C)
                                   .toCaseFolded();
        if (!listHasIds || e.id.isEmpty()) {
            if (people.contains(person))
                duplicate(RefusalKind::DuplicateName, e, Column::Name, people.value(person),
                    QStringLiteral("the same name (and unit) as row %1: give each an ID, or "
                                   "remove one"));
            else
                people.insert(person, e.row);
        }
        if (!e.pin.isEmpty()) {
            if (pins.contains(e.pin))
                duplicate(RefusalKind::DuplicatePin, e, Column::Pin, pins.value(e.pin),
                    QStringLiteral("the same PIN as row %1: a PIN names one person"));
            else
                pins.insert(e.pin, e.row);
        }
    }
    // Ids for rows without one: the name's letters, stable across imports of the same list
    // and a reordering of it; a name that folds like an earlier one gets -2, -3...
    for (RosterEntry &e : rows) {
        if (!e.id.isEmpty())
            continue;
        const QString base = slug(e.name).isEmpty() ? QStringLiteral("p") : slug(e.name);
        QString id = base;
        for (int n = 2; ids.contains(id); ++n)
            id = base + QLatin1Char('-') + QString::number(n);
        e.id = id;
        ids.insert(id, e.row);
    }
}

} // namespace

RosterImport readRoster(const QByteArray &bytes, const ReadOptions &options)
{
    RosterImport result;
    if (bytes.size() > MaxFileBytes) {
        result.refusals << fileRefusal(RefusalKind::FileTooLarge,
            QStringLiteral("the file is %1 MiB, over the limit of %2 MiB")
                .arg(bytes.size() / (1024 * 1024))
                .arg(MaxFileBytes / (1024 * 1024)));
        return result;
    }
    // An Excel 97-2003 workbook (a Compound File) is the one binary an office will try.
    if (bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))) {
        result.refusals << fileRefusal(RefusalKind::NotATable,
            QStringLiteral("an Excel 97-2003 workbook (.xls) is not read: save it as XLSX or "
                           "CSV UTF-8"));
        return result;
    }
    const bool zip = looksLikeZip(bytes);
    result.format = zip ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const Table table = zip ? readXlsx(bytes, options.sheet) : readCsv(bytes);
    if (table.refusal) {
        if (table.refusal->kind == RefusalKind::NotATable)
            result.format.clear();
        result.refusals << *table.refusal;
        return result;
    }
    const auto header = findHeader(table, result.refusals);
    if (!header)
        return result;
    const TableRow &headerRow = table.rows[header->index];
    for (int c = 1; c <= headerRow.cells.size(); ++c) {
        const QString h = headerRow.cells[c - 1].trimmed();
        if (!h.isEmpty() && !columnFor(h))
            result.ignoredColumns << h;
    }
    const QList<TableRow> data = table.rows.mid(header->index + 1);
    result.rowsRead = int(data.size());
    if (data.size() > MaxRows) {
        result.refusals << fileRefusal(RefusalKind::TooManyRows,
            QStringLiteral("%1 rows, more than the %2 participants a meeting can hold (one "
                           "meeting's state travels to each tablet in one message of at most "
                           "4 MiB)")
                .arg(data.size())
                .arg(MaxRows),
            data[MaxRows].row);
        return result;
    }
    if (data.isEmpty()) {
        result.refusals << fileRefusal(
            RefusalKind::NoRows, QStringLiteral("the list has no participant"), headerRow.row);
        return result;
    }
    for (const TableRow &row : data) {
        const auto [entry, ok] = readRow(row, *header, result.refusals);
        (ok ? result.rows : result.refusedRows) << entry;
    }
    checkList(result.rows, *header, data, result.refusals);
    // In the order of the list, as a person corrects it.
    std::stable_sort(
        result.refusals.begin(), result.refusals.end(), [](const Refusal &a, const Refusal &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
    return result;
}

} // namespace quorum::roster
