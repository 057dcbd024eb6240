#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace quorum::archive {

/** One file inside an archive. */
struct Member
{
    QString path;
    QByteArray bytes;
};

/** Why an archive could not be read. */
enum class ReadError { None, NotFound, NotAnArchive, Truncated };

/**
 * The container: a ZIP file through libarchive (any unzip tool opens it). Members are
 * written in the given order with their modification time set to `timeMs`, so that the
 * same content makes the same bytes.
 */
bool writeZip(
    const QString &path, const std::vector<Member> &members, qint64 timeMs, QString *error);

/** Every member of a ZIP file, in order; std::nullopt with the reason and libarchive's detail. */
std::optional<std::vector<Member>> readZip(const QString &path, ReadError *reason, QString *detail);
/** The same from the archive's bytes (NotFound is never the reason). */
std::optional<std::vector<Member>> readZipBytes(
    const QByteArray &zip, ReadError *reason, QString *detail);

} // namespace quorum::archive
