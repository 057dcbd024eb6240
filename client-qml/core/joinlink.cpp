#include "joinlink.h"

#include "certfingerprint.h"
#include "tlspinning.h"

#include <QUrlQuery>

std::optional<JoinLink> JoinLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;

    const QString scheme = url.scheme().toLower();
    const QUrlQuery query(url);
    JoinLink link;
    link.secret = query.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded);
    if (link.secret.isEmpty())
        link.secret = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (link.secret.isEmpty())
        return std::nullopt;

    QUrl server;
    server.setHost(url.host());
    server.setPort(url.port());
    server.setPath(QStringLiteral("/"));
    if (scheme == QLatin1String("quorum") || scheme == QLatin1String("quorums")) {
        server.setScheme(
            scheme == QLatin1String("quorums") ? QStringLiteral("wss") : QStringLiteral("ws"));
        link.meetingId = url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), 1, 1);
    } else if (scheme == QLatin1String("ws") || scheme == QLatin1String("wss")) {
        server.setScheme(scheme);
        server.setPath(url.path().isEmpty() ? QStringLiteral("/") : url.path());
        link.meetingId = query.queryItemValue(QStringLiteral("meeting"), QUrl::FullyDecoded);
    } else {
        return std::nullopt;
    }
    link.fingerprint
        = quorum::normalizeCertificateFingerprint(query.queryItemValue(QStringLiteral("fp")));
    link.serverUrl = server.scheme() == QLatin1String("wss")
        ? quorum::withPinnedFingerprint(server, link.fingerprint)
        : server;
    return link;
}
