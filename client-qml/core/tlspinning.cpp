#include "tlspinning.h"

#include "certfingerprint.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace quorum {

namespace {
const QString FingerprintItem = QStringLiteral("fp");
}

QUrl splitPinnedFingerprint(const QUrl &url, QString *fingerprint)
{
    QUrlQuery query(url);
    *fingerprint = normalizeCertificateFingerprint(query.queryItemValue(FingerprintItem));
    query.removeAllQueryItems(FingerprintItem);
    QUrl bare = url;
    bare.setQuery(query.isEmpty() ? QString() : query.toString());
    return bare;
}

QUrl withPinnedFingerprint(QUrl url, const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return url;
    QUrlQuery query(url);
    query.removeAllQueryItems(FingerprintItem);
    query.addQueryItem(FingerprintItem, fingerprint);
    url.setQuery(query);
    return url;
}

void pinServerCertificate(QWebSocket *socket, const QString &fingerprint,
    const std::function<void(const QString &)> &refused)
{
    // QWebSocket makes its QSslSocket in open() and runs the handshake from the event loop;
    // the live peer certificate is only on that socket (QWebSocket's copy is updated later).
    // The newest: a QWebSocket opened again may still hold the previous one.
    const auto sockets = socket->findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    QSslSocket *tls = sockets.isEmpty() ? nullptr : sockets.last();
    if (!tls) {
        refused(QString());
        socket->abort();
        return;
    }
    QSslConfiguration configuration = tls->sslConfiguration();
    // No authority vouches for a room server: every certificate fails verification, so the
    // handshake always stops at sslErrors, where only the pinned one is let through.
    configuration.setCaCertificates({});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    tls->setSslConfiguration(configuration);
    auto decided = std::make_shared<bool>(false);
    auto check = [tls, fingerprint, refused, decided] {
        const QString presented = certificateFingerprint(tls->peerCertificate().toDer());
        if (!fingerprint.isEmpty() && presented == fingerprint)
            return true;
        if (!*decided) {
            *decided = true;
            refused(presented);
        }
        return false;
    };
    // Directly connected: the decision must be taken before the handshake goes on. Errors
    // not ignored here end the handshake before the client's Finished is written.
    QObject::connect(
        tls, &QSslSocket::sslErrors, socket,
        [tls, check](const QList<QSslError> &) {
            if (check())
                tls->ignoreSslErrors();
        },
        Qt::DirectConnection);
    // Belt and braces for a certificate that verifies without errors after all (a system
    // authority): refuse it here, before the upgrade request leaves the write buffer.
    QObject::connect(
        tls, &QSslSocket::encrypted, socket,
        [tls, check] {
            if (!check())
                tls->abort();
        },
        Qt::DirectConnection);
}

} // namespace quorum
