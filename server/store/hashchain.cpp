#include "hashchain.h"

#include <QCryptographicHash>

namespace quorum::hashchain {

QByteArray genesis()
{
    return QByteArray(32, '\0');
}

QByteArray link(const QByteArray &previousHash, const QByteArray &eventBytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(eventBytes);
    return hash.result();
}

qsizetype firstBroken(const std::vector<Link> &chain)
{
    QByteArray previous = genesis();
    for (size_t i = 0; i < chain.size(); ++i) {
        const Link &l = chain[i];
        if (l.previousHash != previous || link(previous, l.eventBytes) != l.hash)
            return qsizetype(i);
        previous = l.hash;
    }
    return -1;
}

} // namespace quorum::hashchain
