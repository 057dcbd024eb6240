// XLSX (Office Open XML SpreadsheetML): a ZIP, read with libarchive, of XML parts read with
// QXmlStreamReader. What a participants list needs: the workbook's sheet names and their parts
// (xl/workbook.xml and its relationships), shared strings, inline strings and numbers. Styles,
// formulas (their cached value is read), merged cells and everything else are left alone.
#include "table.h"

#include <QHash>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <cmath>
#include <memory>

namespace quorum::roster {

namespace {

using ArchivePtr = std::unique_ptr<struct archive, int (*)(struct archive *)>;

const QString Workbook = QStringLiteral("xl/workbook.xml");
const QString WorkbookRels = QStringLiteral("xl/_rels/workbook.xml.rels");
const QString SharedStrings = QStringLiteral("xl/sharedStrings.xml");

/** The parts of the workbook we read, by their name in the ZIP. */
struct Parts
{
    QHash<QString, QByteArray> bytes;
    bool openDocument = false; // a LibreOffice .ods: a ZIP with content.xml
    std::optional<Refusal> refusal;
};

bool wanted(const QString &name)
{
    return name == Workbook || name == WorkbookRels || name == SharedStrings
        || (name.startsWith(QLatin1String("xl/worksheets/")) && name.endsWith(QLatin1String(".xml"))
            && !name.contains(QLatin1String("_rels")));
}

Parts readParts(const QByteArray &zip)
{
    Parts parts;
    ArchivePtr a(archive_read_new(), archive_read_free);
    // The seekable reader trusts the central directory at the end of the file: a truncated
    // download has none and is refused as such, rather than read up to where it stops.
    archive_read_support_format_zip_seekable(a.get());
    auto corrupt = [&](const QString &what) {
        parts.refusal = fileRefusal(RefusalKind::CorruptFile,
            QStringLiteral("the XLSX file is truncated or damaged (%1): save it again from the "
                           "spreadsheet program")
                .arg(what));
        return parts;
    };
    if (archive_read_open_memory(a.get(), zip.constData(), size_t(zip.size())) != ARCHIVE_OK)
        return corrupt(QString::fromUtf8(archive_error_string(a.get())));
    archive_entry *entry = nullptr;
    int entries = 0;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            return corrupt(QString::fromUtf8(archive_error_string(a.get())));
        // A workbook has a dozen parts; thousands are a hostile archive's.
        if (++entries > 10000)
            return corrupt(QStringLiteral("too many parts"));
        const char *rawName = archive_entry_pathname(entry);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (name == QLatin1String("content.xml") || name == QLatin1String("mimetype"))
            parts.openDocument = true;
        if (!wanted(name))
            continue;
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > MaxPartBytes) {
            parts.refusal = fileRefusal(RefusalKind::FileTooLarge,
                QStringLiteral("the workbook's part %1 is %2 MiB uncompressed, over the limit of "
                               "%3 MiB")
                    .arg(name)
                    .arg(archive_entry_size(entry) / (1024 * 1024))
                    .arg(MaxPartBytes / (1024 * 1024)));
            return parts;
        }
        QByteArray data;
        char buffer[65536];
        for (;;) {
            const la_ssize_t got = archive_read_data(a.get(), buffer, sizeof buffer);
            if (got < 0)
                return corrupt(
                    name + QStringLiteral(": ") + QString::fromUtf8(archive_error_string(a.get())));
            if (got == 0)
                break;
            if (data.size() + got > MaxPartBytes) {
                parts.refusal = fileRefusal(RefusalKind::FileTooLarge,
                    QStringLiteral("the workbook's part %1 is over the limit of %2 MiB "
                                   "uncompressed")
                        .arg(name)
                        .arg(MaxPartBytes / (1024 * 1024)));
                return parts;
            }
            data.append(buffer, got);
        }
        parts.bytes.insert(name, data);
    }
    return parts;
}

/** The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run <r>. */
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString endName = xml.name().toString();
    int phonetic = 0; // <rPh> holds a reading aid (furigana), not the cell's text
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

QStringList readSharedStrings(const QByteArray &bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings << readStringItem(xml);
    }
    return strings;
}

/** "C12" -> column 3; 0 when the reference has no letters; -1 beyond MaxColumns. */
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    return column;
}

/** A number cell as a person wrote it: 1500000, not 1.5E+6; a fraction stays as it is. */
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (ok && std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return raw;
}

/** sheet name -> part name, in the workbook's order. */
QList<QPair<QString, QString>> sheetsOf(const Parts &parts)
{
    QHash<QString, QString> targets; // relationship id -> part
    QXmlStreamReader rels(parts.bytes.value(WorkbookRels));
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement
            && rels.name() == QLatin1String("Relationship")) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            // Relative to xl/, or absolute from the package's root.
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QList<QPair<QString, QString>> sheets;
    QXmlStreamReader xml(parts.bytes.value(Workbook));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                // r:id, whatever prefix the writer chose for the relationships' namespace
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
            }
            sheets << qMakePair(
                xml.attributes().value(QLatin1String("name")).toString(), targets.value(id));
        }
    }
    return sheets;
}

Table readSheet(const QByteArray &bytes, const QStringList &shared)
{
    Table table;
    QXmlStreamReader xml(bytes);
    TableRow row;
    int nextRow = 1;
    int nextColumn = 1;
    bool inRow = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            row = TableRow();
            row.row = r > 0 ? r : nextRow;
            nextRow = row.row + 1;
            nextColumn = 1;
            inRow = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            if (!isBlank(row.cells))
                table.rows << row;
            inRow = false;
        } else if (inRow && xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const auto attributes = xml.attributes();
            const QString reference = attributes.value(QLatin1String("r")).toString();
            int column = reference.isEmpty() ? nextColumn : columnOf(reference);
            if (column == 0)
                column = nextColumn;
            const QString type = attributes.value(QLatin1String("t")).toString();
            QString value;
            bool hasValue = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    value = readStringItem(xml);
                    hasValue = true;
                }
            }
            if (!hasValue || value.isEmpty())
                continue;
            if (column < 0) {
                table.refusal = fileRefusal(RefusalKind::TooManyColumns,
                    QStringLiteral("cell %1 is beyond the last column read (%2)")
                        .arg(reference, columnLetter(MaxColumns)),
                    row.row);
                return table;
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                value = ok && index >= 0 && index < shared.size() ? shared[index] : QString();
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = numberText(value);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE")
                                                    : QStringLiteral("FALSE");
            } // "str" (a formula's text), "inlineStr" (read above), "e" (an error) as written
            while (row.cells.size() < column)
                row.cells << QString();
            row.cells[column - 1] = value;
            nextColumn = column + 1;
        }
    }
    if (xml.hasError()) {
        table.refusal = fileRefusal(RefusalKind::CorruptFile,
            QStringLiteral("the sheet's XML is damaged at line %1: %2")
                .arg(xml.lineNumber())
                .arg(xml.errorString()));
    }
    return table;
}

} // namespace

bool looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"))
        || bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Table readXlsx(const QByteArray &bytes, const QString &sheet)
{
    Table table;
    const Parts parts = readParts(bytes);
    if (parts.refusal) {
        table.refusal = parts.refusal;
        return table;
    }
    if (!parts.bytes.contains(Workbook)) {
        table.refusal = fileRefusal(RefusalKind::NotATable,
            parts.openDocument
                ? QStringLiteral("an OpenDocument spreadsheet (.ods) is not read: save it as "
                                 "XLSX or CSV UTF-8")
                : QStringLiteral("a ZIP archive that is not an XLSX workbook"));
        return table;
    }
    const auto sheets = sheetsOf(parts);
    QString part;
    QStringList names;
    for (const auto &[name, target] : sheets) {
        names << name;
        if (part.isEmpty() && (sheet.isEmpty() || name.compare(sheet, Qt::CaseInsensitive) == 0))
            part = target;
    }
    if (part.isEmpty() && !sheet.isEmpty()) {
        table.refusal = fileRefusal(RefusalKind::SheetNotFound,
            QStringLiteral("the workbook has no sheet \"%1\"; its sheets: %2")
                .arg(sheet, names.join(QStringLiteral(", "))));
        return table;
    }
    if (part.isEmpty() || !parts.bytes.contains(part)) {
        table.refusal = fileRefusal(
            RefusalKind::CorruptFile, QStringLiteral("the workbook names no sheet it holds"));
        return table;
    }
    return readSheet(parts.bytes.value(part), readSharedStrings(parts.bytes.value(SharedStrings)));
}

} // namespace quorum::roster
