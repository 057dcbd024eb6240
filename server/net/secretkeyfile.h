#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace quorum {

class EventStore;

/**
 * The key of SecretHasher (PINs and device tokens) lives in its own file in the data folder
 * (`secret-hash.key`, 32 random bytes, mode 0600), never in the database it protects: a copied
 * database alone then gives up no PIN, since 6-digit PINs under a known key fall to a
 * million HMACs.
 *
 * Made on first run. A database of an older server that still holds the key as a setting
 * has it moved out (written to the file, then erased from the database). A database that
 * holds meetings while the file is missing is refused: its hashes cannot be checked, and a
 * new key would lock every participant out silently.
 */
std::optional<QByteArray> loadOrCreateSecretKey(
    const QString &path, EventStore &store, QString *error, QString *notice = nullptr);

/** `<dataDir>/secret-hash.key` */
QString secretKeyPath(const QString &dataDir);

} // namespace quorum
