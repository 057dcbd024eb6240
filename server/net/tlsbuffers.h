#pragma once

#include <cstddef>

class QSslSocket;
struct ssl_st;
struct crypto_ex_data_st;

namespace quorum {

/**
 * What a server-side TLS connection keeps once it has written everything (issue 12: memory per
 * idle tablet; docs/benchmarks.md, "Memory"), and giving it back:
 *  - Qt's OpenSSL backend passes bytes through two OpenSSL memory BIOs, and a memory BIO keeps
 *    the largest buffer it ever held: after a 300 KB Welcome the write BIO kept 300 KB for the
 *    life of the connection (measured: OpenSSL held ~200 KiB per idle tablet of a
 *    2,000-delegate meeting). Qt 6.4 has no public way to the connection's SSL*, so the
 *    handle learns it as OpenSSL makes it (an ex_data callback, during startServerEncryption
 *    on this thread) and forgets it when OpenSSL frees it.
 *  - Qt keeps one 16 KiB read block per QIODevice once it has read (QRingBuffer keeps a block
 *    between uses): two per TLS connection, the decrypted side (the QSslSocket) and the
 *    encrypted one (its inner QTcpSocket), 33 KiB of an idle tablet. A byte put back
 *    (ungetChar) and read as a QByteArray takes the block with it (QIODevice::read hands
 *    over a whole block without copying), and it goes with that array.
 */
class TlsBuffers
{
public:
    TlsBuffers() = default;
    ~TlsBuffers();
    TlsBuffers(const TlsBuffers &) = delete;
    TlsBuffers &operator=(const TlsBuffers &) = delete;

    /**
     * Starts the server side of TLS on `socket` and learns its OpenSSL connection; it asks
     * OpenSSL to free its record buffers whenever they are empty (SSL_MODE_RELEASE_BUFFERS).
     */
    void startServerEncryption(QSslSocket *socket);
    /** Whether the OpenSSL connection is known (started and not freed). */
    bool isKnown() const { return m_ssl != nullptr; }
    /**
     * Call on the socket's thread, outside Qt's TLS code (e.g. when encrypted bytes reached
     * the kernel), once nothing waits to be written: gives back each BIO's buffer that holds
     * nothing and is larger than KeptBytes, and the read blocks of a socket that holds nothing
     * unread (the encrypted side's only when it read since the last time, noteRead; the
     * decrypted side's always: Qt's TLS code reserves it at every pass, writes included).
     * Returns the bytes given back.
     */
    std::size_t releaseIdle(QSslSocket *socket);
    /** The socket read something (its read blocks are back). */
    void noteRead() { m_readSinceRelease = true; }

    /**
     * A BIO buffer up to this size stays (the frames of a meeting are mostly smaller: no
     * allocation per frame); a larger one goes once drained, at the cost of one allocation
     * per drain of a big frame.
     */
    static constexpr std::size_t KeptBytes = 4096;

private:
    static void onNew(void *parent, void *, crypto_ex_data_st *data, int index, long, void *);
    static void onFree(void *parent, void *held, crypto_ex_data_st *, int, long, void *);
    ssl_st *m_ssl = nullptr;
    bool m_readSinceRelease = true; // the handshake read
};

} // namespace quorum
