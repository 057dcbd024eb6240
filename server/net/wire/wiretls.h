#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct ssl_ctx_st;

namespace quorum::wire {

/**
 * The wire engine's TLS: one OpenSSL SSL_CTX for the whole server (Qt made one per socket,
 * ~30 KiB of every tablet's heap), with the server's certificate chain and key (tlsidentity.h)
 * and what the Qt engine's QSslConfiguration asks: TLS 1.2 or later, OpenSSL's default ciphers
 * (Qt's default list is OpenSSL's), no client certificate. Record buffers are given back
 * whenever they are empty (SSL_MODE_RELEASE_BUFFERS); no session cache and no tickets (tablets
 * do not resume, and a cache is memory per handshake).
 */
class TlsContext
{
public:
    /** PEM: the certificate chain (the server's first) and its private key. */
    static std::unique_ptr<TlsContext> make(
        const QByteArray &chainPem, const QByteArray &keyPem, QString *error);
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;
    ssl_ctx_st *context() const { return m_context; }

private:
    explicit TlsContext(ssl_ctx_st *context)
        : m_context(context)
    { }
    ssl_ctx_st *m_context;
};

} // namespace quorum::wire
