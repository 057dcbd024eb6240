#pragma once

#include "eventstore.h"
#include "secrethasher.h"

#include <QString>

namespace quorum {

/**
 * The server's organiser (docs/protocol.md, "The organiser's desk"): one secret per server,
 * stored as its keyed hash in the store's settings, under the key that hashes PINs. Never a
 * participant's PIN, never in a meeting's log.
 */
class OrganiserAccount
{
public:
    OrganiserAccount(EventStore &store, const SecretHasher &hasher)
        : m_store(store)
        , m_hasher(hasher)
    { }

    /** Whether a secret was ever set on this server. */
    bool isSet() const;
    /**
     * A new random secret (16 characters, about 79 bits: it opens every meeting), whose
     * hash replaces the old one. The caller shows it once; empty when the store failed.
     */
    QString issue();
    /** Whether `secret` is the organiser's (compared in constant time). */
    bool verify(const QString &secret) const;

private:
    EventStore &m_store;
    const SecretHasher &m_hasher;
};

} // namespace quorum
