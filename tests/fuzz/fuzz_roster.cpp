// Fuzz target: the office's list of participants (server/roster), as `quorum-server roster`
// and the tablet's import preview read it. First byte even: the rest is the file as given
// (CSV, or a ZIP told apart by its bytes). Odd: the rest is a sheet's XML and, after a line
// "--", its shared strings, packed here into an XLSX (a stored ZIP written with libarchive), so
// that the sheet reader is reached without keeping a ZIP's CRCs right.
#include "fuzztarget.h"

#include "roster.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

void addPart(struct archive *a, const char *name, const QByteArray &bytes)
{
    std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(
        archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), name);
    archive_entry_set_size(entry.get(), bytes.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_write_header(a, entry.get());
    archive_write_data(a, bytes.constData(), size_t(bytes.size()));
}

/** An XLSX of one sheet with the given XML and shared strings. */
QByteArray workbook(const QByteArray &sheet, const QByteArray &shared)
{
    std::unique_ptr<struct archive, int (*)(struct archive *)> a(
        archive_write_new(), archive_write_free);
    archive_write_set_format_zip(a.get());
    archive_write_set_options(a.get(), "zip:compression=store");
    QByteArray out(sheet.size() + shared.size() + 4096, '\0');
    size_t used = 0;
    archive_write_open_memory(a.get(), out.data(), size_t(out.size()), &used);
    addPart(a.get(), "xl/workbook.xml",
        R"(<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    addPart(a.get(), "xl/_rels/workbook.xml.rels",
        R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)");
    addPart(a.get(), "xl/worksheets/sheet1.xml", sheet);
    addPart(a.get(), "xl/sharedStrings.xml", shared);
    archive_write_close(a.get());
    out.truncate(qsizetype(used));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QByteArray bytes = rest;
    if (data[0] & 1) {
        const qsizetype split = rest.indexOf("\n--\n");
        bytes = split < 0 ? workbook(rest, {}) : workbook(rest.left(split), rest.mid(split + 4));
    }
    const quorum::roster::RosterImport result = quorum::roster::readRoster(bytes);
    // What the command line and the preview do with it.
    for (const quorum::roster::Refusal &r : result.refusals)
        (void)r.toString();
    (void)result.participants();
    return 0;
}

namespace fuzz {
std::vector<std::pair<QString, QByteArray>> seeds()
{
    std::vector<std::pair<QString, QByteArray>> s;
    for (const char *name : { "vi-bom-semicolon.csv", "en-comma.csv", "refused.csv",
             "duplicate-names.csv", "windows-1258.csv" }) {
        QFile f(
            QStringLiteral(QUORUM_SOURCE_DIR "/tests/unit/fixtures/roster/") + QLatin1String(name));
        if (f.open(QIODevice::ReadOnly))
            s.push_back({ QStringLiteral("csv-") + QLatin1String(name), '\0' + f.readAll() });
    }
    s.push_back({ "sheet-shared",
        QByteArray("\x01")
            + R"(<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Số cổ phần</t></is></c></row>
<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="str"><v>Chủ tọa</v></c><c r="C3"><v>1.5E+3</v></c></row>
<row><c t="inlineStr"><is><r><t>Lê </t></r><r><t>Văn C</t></r><rPh><t>x</t></rPh></is></c><c><v>x</v></c><c t="b"><v>1</v></c></row></sheetData></worksheet>
--
<sst><si><t>Họ và tên</t></si><si><t>Vai trò</t></si><si><r><t>Nguyễn </t></r><r><t>Văn An</t></r></si></sst>)" });
    s.push_back({ "zip-truncated", QByteArray("\0PK\x03\x04\x14\0\0\0\0\0", 11) });
    return s;
}
} // namespace fuzz
