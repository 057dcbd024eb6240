#pragma once

#include <QHash>
#include <QString>

/**
 * Which certificate each room server (host:port) showed when this tablet first trusted it:
 * from a join link's fingerprint, or from the person who compared the fingerprint shown on the
 * tablet with the room's screen or card (trust on first use). A later, different certificate
 * at the same address is refused, never silently replaced. Kept in a JSON file when a path is
 * given (the tablet's state folder), in memory otherwise (bots, tests).
 */
class TrustedServers
{
public:
    void setPath(const QString &path);

    /** The pinned fingerprint of host:port; empty when none is known. */
    QString fingerprintOf(const QString &hostPort) const;
    void remember(const QString &hostPort, const QString &fingerprint);

private:
    QString m_path;
    QHash<QString, QString> m_pins;
};
