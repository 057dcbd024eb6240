#include "tlsbuffers.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <openssl/bio.h>
#include <openssl/buffer.h>
#include <openssl/ssl.h>

#include <mutex>
#include <utility>

namespace quorum {

namespace {
// The handle whose socket is starting TLS on this thread (SSL_new runs inside
// startServerEncryption, synchronously).
thread_local TlsBuffers *starting = nullptr;
int exDataIndex = -1;

// A drained memory BIO's buffer, when larger than `kept`, replaced by an empty one (the BIO
// frees the old one: BIO_set_mem_buf with BIO_CLOSE). Returns the bytes given back.
std::size_t releaseBio(BIO *bio, std::size_t kept)
{
    if (!bio || BIO_method_type(bio) != BIO_TYPE_MEM || BIO_pending(bio) != 0)
        return 0;
    BUF_MEM *buffer = nullptr;
    BIO_get_mem_ptr(bio, &buffer);
    if (!buffer || buffer->max <= kept)
        return 0;
    BUF_MEM *empty = BUF_MEM_new();
    if (!empty)
        return 0;
    const std::size_t released = buffer->max;
    BIO_set_mem_buf(bio, empty, BIO_CLOSE);
    return released;
}

// An empty device's kept read block, handed over by reading a byte put back (tlsbuffers.h).
std::size_t releaseReadBlock(QIODevice *device)
{
    if (!device || !device->isOpen() || device->bytesAvailable() != 0
        || device->isTransactionStarted())
        return 0;
    device->ungetChar(0);
    const QByteArray block = device->read(1);
    return std::size_t(block.capacity());
}
} // namespace

void TlsBuffers::onNew(void *parent, void *, ::crypto_ex_data_st *data, int index, long, void *)
{
    if (!starting)
        return;
    // The last SSL made while starting is the socket's (Qt may make a probe one first, and
    // frees it before: onFree forgets it).
    starting->m_ssl = static_cast<SSL *>(parent);
    CRYPTO_set_ex_data(data, index, starting);
}

void TlsBuffers::onFree(void *parent, void *held, ::crypto_ex_data_st *, int, long, void *)
{
    auto *handle = static_cast<TlsBuffers *>(held);
    if (handle && handle->m_ssl == parent)
        handle->m_ssl = nullptr;
}

TlsBuffers::~TlsBuffers()
{
    // The socket (and its SSL) outlives this member for a moment: OpenSSL must not call back.
    if (m_ssl)
        SSL_set_ex_data(m_ssl, exDataIndex, nullptr);
}

void TlsBuffers::startServerEncryption(QSslSocket *socket)
{
    static std::once_flag registered;
    std::call_once(registered,
        [] { exDataIndex = SSL_get_ex_new_index(0, nullptr, &onNew, nullptr, &onFree); });
    starting = exDataIndex >= 0 ? this : nullptr;
    socket->startServerEncryption();
    starting = nullptr;
    if (m_ssl)
        SSL_set_mode(m_ssl, SSL_MODE_RELEASE_BUFFERS);
}

std::size_t TlsBuffers::releaseIdle(QSslSocket *socket)
{
    std::size_t released = 0;
    if (m_ssl)
        released += releaseBio(SSL_get_wbio(m_ssl), KeptBytes)
            + releaseBio(SSL_get_rbio(m_ssl), KeptBytes);
    // The decrypted side: Qt's TLS code reserves its block at every pass, writes included.
    released += releaseReadBlock(socket);
    // The encrypted side, the socket's own QTcpSocket (its child, Qt 6.4): only after a read.
    if (std::exchange(m_readSinceRelease, false))
        released += releaseReadBlock(
            socket->findChild<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly));
    return released;
}

} // namespace quorum
