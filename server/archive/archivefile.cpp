#include "archivefile.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace quorum::archive {

bool writeZip(
    const QString &path, const std::vector<Member> &members, qint64 timeMs, QString *error)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    const QByteArray file = QFile::encodeName(path);
    if (archive_write_open_filename(a, file.constData()) != ARCHIVE_OK) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(path, QString::fromUtf8(archive_error_string(a)));
        archive_write_free(a);
        return false;
    }
    bool ok = true;
    for (const Member &m : members) {
        struct archive_entry *entry = archive_entry_new();
        const QByteArray name = m.path.toUtf8();
        archive_entry_set_pathname_utf8(entry, name.constData());
        archive_entry_set_size(entry, m.bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, time_t(timeMs / 1000), 0);
        if (archive_write_header(a, entry) != ARCHIVE_OK
            || archive_write_data(a, m.bytes.constData(), size_t(m.bytes.size()))
                != m.bytes.size()) {
            *error = QStringLiteral("cannot write %1 into %2: %3")
                         .arg(m.path, path, QString::fromUtf8(archive_error_string(a)));
            ok = false;
        }
        archive_entry_free(entry);
        if (!ok)
            break;
    }
    if (archive_write_close(a) != ARCHIVE_OK && ok) {
        *error = QStringLiteral("cannot finish %1: %2")
                     .arg(path, QString::fromUtf8(archive_error_string(a)));
        ok = false;
    }
    archive_write_free(a);
    return ok;
}

std::optional<std::vector<Member>> readZip(const QString &path, ReadError *reason, QString *detail)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        *reason = ReadError::NotFound;
        *detail = QStringLiteral("no such file");
        return std::nullopt;
    }
    return readZipBytes(file.readAll(), reason, detail);
}

std::optional<std::vector<Member>> readZipBytes(
    const QByteArray &zip, ReadError *reason, QString *detail)
{
    struct archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    std::vector<Member> members;
    auto fail = [&](ReadError why) {
        *reason = why;
        *detail
            = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "unreadable");
        archive_read_free(a);
        return std::nullopt;
    };
    if (archive_read_open_memory(a, zip.constData(), size_t(zip.size())) != ARCHIVE_OK)
        return fail(ReadError::NotAnArchive);
    struct archive_entry *entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            // Nothing read yet: the file is not a ZIP. Members read before: it ends too soon.
            return fail(members.empty() ? ReadError::NotAnArchive : ReadError::Truncated);
        Member m;
        m.path = QString::fromUtf8(archive_entry_pathname_utf8(entry)
                ? archive_entry_pathname_utf8(entry)
                : archive_entry_pathname(entry));
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
            if (n < 0)
                return fail(ReadError::Truncated);
            if (n == 0)
                break;
            m.bytes.append(buffer, qsizetype(n));
        }
        members.push_back(std::move(m));
    }
    archive_read_free(a);
    *reason = ReadError::None;
    return members;
}

} // namespace quorum::archive
