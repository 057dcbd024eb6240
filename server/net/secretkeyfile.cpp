#include "secretkeyfile.h"

#include "eventstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace quorum {

namespace {
// Where the key lived before it had its own file (RoomServer of earlier versions).
const QString LegacySetting = QStringLiteral("secret-hash-key");
// HMAC-SHA256's block is 64 bytes; 32 random bytes are its full strength.
constexpr int KeyBytes = 32;

bool writeKey(const QString &path, const QByteArray &key, QString *error)
{
    // Created with 0600 from the first byte (no window with the umask's mode), never over an
    // existing file.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot create the key file %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const bool written
        = ::write(fd, key.constData(), size_t(key.size())) == key.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        *error = QStringLiteral("cannot write the key file %1").arg(path);
        return false;
    }
    return true;
}
} // namespace

QString secretKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("secret-hash.key"));
}

std::optional<QByteArray> loadOrCreateSecretKey(
    const QString &path, EventStore &store, QString *error, QString *notice)
{
    const QByteArray legacy = store.setting(LegacySetting);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error
                = QStringLiteral("cannot read the key file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray key = file.readAll();
        if (key.size() != KeyBytes) {
            *error = QStringLiteral("the key file %1 is damaged (%2 bytes, not %3)")
                         .arg(path)
                         .arg(key.size())
                         .arg(KeyBytes);
            return std::nullopt;
        }
        // Readable by this server's user only, whatever a copy or a restore did to it.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // A move interrupted between writing the file and erasing the setting: finish it.
        if (!legacy.isEmpty() && legacy == key)
            store.removeSetting(LegacySetting);
        return key;
    }
    if (!legacy.isEmpty()) {
        if (!writeKey(path, legacy, error) || !store.removeSetting(LegacySetting)) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot erase the old key from the database");
            return std::nullopt;
        }
        if (notice)
            *notice
                = QStringLiteral("moved the PIN hash key out of the database into %1").arg(path);
        return legacy;
    }
    if (!store.meetingIds().isEmpty()) {
        *error = QStringLiteral("the key file %1 is missing: the PINs and device tokens of this "
                                "database cannot be checked without it. Restore the file beside "
                                "the database, or start with an empty data folder")
                     .arg(path);
        return std::nullopt;
    }
    QByteArray key(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    if (!writeKey(path, key, error))
        return std::nullopt;
    return key;
}

} // namespace quorum
