#include "wiretls.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <memory>

namespace quorum::wire {

namespace {
QString openSslError()
{
    char text[256];
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
} // namespace

std::unique_ptr<TlsContext> TlsContext::make(
    const QByteArray &chainPem, const QByteArray &keyPem, QString *error)
{
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    if (!context) {
        *error = openSslError();
        return nullptr;
    }
    std::unique_ptr<TlsContext> made(new TlsContext(context));
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_mode(context,
        SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE
            | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(context, SSL_OP_NO_TICKET | SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_num_tickets(context, 0);

    const std::unique_ptr<BIO, BioFree> chain(
        BIO_new_mem_buf(chainPem.constData(), int(chainPem.size())));
    X509 *leaf = PEM_read_bio_X509(chain.get(), nullptr, nullptr, nullptr);
    if (!leaf || SSL_CTX_use_certificate(context, leaf) != 1) {
        X509_free(leaf);
        *error = QStringLiteral("the TLS certificate: ") + openSslError();
        return nullptr;
    }
    X509_free(leaf);
    while (X509 *extra = PEM_read_bio_X509(chain.get(), nullptr, nullptr, nullptr)) {
        if (SSL_CTX_add0_chain_cert(context, extra) != 1) {
            X509_free(extra);
            *error = QStringLiteral("the TLS certificate chain: ") + openSslError();
            return nullptr;
        }
    }
    ERR_clear_error(); // the end of the chain reads as an error
    const std::unique_ptr<BIO, BioFree> keyBio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr);
    if (!key || SSL_CTX_use_PrivateKey(context, key) != 1
        || SSL_CTX_check_private_key(context) != 1) {
        EVP_PKEY_free(key);
        *error = QStringLiteral("the TLS key: ") + openSslError();
        return nullptr;
    }
    EVP_PKEY_free(key);
    return made;
}

TlsContext::~TlsContext()
{
    SSL_CTX_free(m_context);
}

} // namespace quorum::wire
