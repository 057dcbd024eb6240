#include "tlsbuffers.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <openssl/bio.h>
#include <openssl/buffer.h>
#include <openssl/ssl.h>

#include <mutex>
#include <unordered_map>
#include <utility>

namespace quorum {

namespace {
// The handle whose socket is starting TLS on this thread (SSL_new runs inside
// startServerEncryption, synchronously).
thread_local TlsBuffers *starting = nullptr;
// Which handle knows which SSL. Not kept in the SSL's ex_data: Qt writes its own pointers past
// the one index it asks for (measured: ours was overwritten, and the handle then used an SSL
// already freed), so the callbacks only use the SSL they are given.
std::mutex handlesMutex;
std::unordered_map<void *, TlsBuffers *> handles;

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

void TlsBuffers::onNew(void *parent, void *, ::crypto_ex_data_st *, int, long, void *)
{
    if (!starting)
        return;
    // The last SSL made while starting is the socket's (should Qt make a probe one first, it
    // frees it before: onFree forgets it).
    const std::lock_guard<std::mutex> lock(handlesMutex);
    starting->m_ssl = static_cast<SSL *>(parent);
    handles[parent] = starting;
}

void TlsBuffers::onFree(void *parent, void *, ::crypto_ex_data_st *, int, long, void *)
{
    const std::lock_guard<std::mutex> lock(handlesMutex);
    const auto it = handles.find(parent);
    if (it == handles.end())
        return;
    if (it->second->m_ssl == parent)
        it->second->m_ssl = nullptr;
    handles.erase(it);
}

TlsBuffers::~TlsBuffers()
{
    // The socket (and its SSL) outlives this member for a moment: forget it before.
    const std::lock_guard<std::mutex> lock(handlesMutex);
    if (const auto it = handles.find(m_ssl); m_ssl && it != handles.end() && it->second == this)
        handles.erase(it);
}

void TlsBuffers::startServerEncryption(QSslSocket *socket)
{
    static std::once_flag registered;
    static bool watching = false;
    std::call_once(registered,
        [] { watching = SSL_get_ex_new_index(0, nullptr, &onNew, nullptr, &onFree) >= 0; });
    starting = watching ? this : nullptr;
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
