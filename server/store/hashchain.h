#pragma once

#include <QByteArray>

#include <vector>

namespace quorum {

/**
 * The audit trail's hash chain: each event's hash covers the previous hash and the event's
 * stored bytes, so changing, removing or reordering any event breaks every hash after it.
 */
namespace hashchain {

/** The "previous hash" of a meeting's first event: 32 zero bytes. */
QByteArray genesis();

/** SHA-256(previousHash || eventBytes). */
QByteArray link(const QByteArray &previousHash, const QByteArray &eventBytes);

struct Link
{
    QByteArray eventBytes;
    QByteArray previousHash;
    QByteArray hash;
};

/** Index of the first link that does not verify, or -1 when the whole chain is intact. */
qsizetype firstBroken(const std::vector<Link> &chain);

} // namespace hashchain
} // namespace quorum
