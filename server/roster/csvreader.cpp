// CSV as Excel, LibreOffice and Google Sheets export it: UTF-8 with or without a BOM, comma
// or semicolon separated (Excel in a Vietnamese or European locale writes semicolons), fields
// in double quotes holding separators, doubled quotes and line breaks, CRLF or LF.
#include "table.h"

#include <QStringDecoder>

#include <algorithm>

namespace quorum::roster {

namespace {

/** The separator of the first record: the one of , ; and tab met most outside quotes. */
QChar guessSeparator(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

/** The record number (1-based) a byte offset of the file is in, for a decoding error. */
int recordAtByte(const QByteArray &bytes, qsizetype offset)
{
    int record = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++record;
    }
    return record;
}

/**
 * Whether the bytes are no text at all: control characters other than tab, line breaks and
 * form feed do not occur in a spreadsheet's CSV (in any code page), and do in a PDF, an image
 * or a word processor's file. The first 64 KiB tell.
 */
bool looksBinary(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return true;
    }
    return false;
}

/** The offset of the first byte that is not well-formed UTF-8; -1 when all are. */
qsizetype firstNonUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int more = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + more >= n)
            return i;
        for (int k = 1; k <= more; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if ((more == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (more == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += more + 1;
    }
    return -1;
}

} // namespace

Table readCsv(const QByteArray &bytes)
{
    Table table;
    if (looksBinary(bytes)) {
        table.refusal = fileRefusal(RefusalKind::NotATable,
            QStringLiteral("the file is neither CSV text nor an XLSX workbook (it holds binary "
                           "data)"));
        return table;
    }
    if (const qsizetype bad = firstNonUtf8(bytes); bad >= 0) {
        table.refusal = fileRefusal(RefusalKind::NotUtf8,
            QStringLiteral("the CSV is not UTF-8: save it as \"CSV UTF-8\" (Excel) or with the "
                           "character set Unicode (UTF-8) (LibreOffice)"),
            recordAtByte(bytes, bad));
        return table;
    }
    QStringDecoder decoder(QStringDecoder::Utf8); // drops a BOM by default
    const QString text = decoder(bytes);
    const QChar separator = guessSeparator(text);
    TableRow current;
    current.row = 1;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    auto endField = [&] {
        current.cells << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(current.cells))
            table.rows << current;
        current.cells.clear();
        ++current.row;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                continue; // a line break inside a cell: keep it as \n
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            endRecord();
        } else if (c == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !current.cells.isEmpty() || wasQuoted)
        endRecord();
    return table;
}

} // namespace quorum::roster
