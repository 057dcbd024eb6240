#include "heapreport.h"

#include <QDebug>
#include <QFile>
#include <QSocketNotifier>

#include <openssl/crypto.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <malloc.h>
#include <sys/socket.h>
#include <unistd.h>

namespace quorum {

namespace {
int reportPipe[2] = { -1, -1 };
std::atomic<long long> openSslBytes{ 0 };
bool openSslCounted = false;

void onReportSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] ssize_t ignored = ::write(reportPipe[1], &byte, 1);
}

// OpenSSL's allocations, counted by their usable size (what they really take of the heap).
void *countedMalloc(size_t size, const char *, int)
{
    void *block = std::malloc(size);
    if (block)
        openSslBytes += static_cast<long long>(malloc_usable_size(block));
    return block;
}

void countedFree(void *block, const char *, int)
{
    if (block)
        openSslBytes -= static_cast<long long>(malloc_usable_size(block));
    std::free(block);
}

void *countedRealloc(void *block, size_t size, const char *, int)
{
    const long long before = block ? static_cast<long long>(malloc_usable_size(block)) : 0;
    void *moved = std::realloc(block, size);
    if (moved)
        openSslBytes += static_cast<long long>(malloc_usable_size(moved)) - before;
    else if (size == 0) // realloc(p, 0) freed it
        openSslBytes -= before;
    return moved;
}

long long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

void countOpenSslHeap()
{
    openSslCounted = CRYPTO_set_mem_functions(countedMalloc, countedRealloc, countedFree) == 1;
}

long long openSslHeapBytes()
{
    return openSslCounted ? openSslBytes.load() : -1;
}

long long heapInUseBytes()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return static_cast<long long>(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

void reportHeapOnSignal(QObject *parent, std::function<long long()> pendingBytes)
{
    // The handler only writes a byte (async-signal-safe); the report runs in the event loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, reportPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(reportPipe[0], QSocketNotifier::Read, parent);
    QObject::connect(
        notifier, &QSocketNotifier::activated, parent, [pendingBytes = std::move(pendingBytes)] {
            char bytes[64];
            [[maybe_unused]] ssize_t ignored = ::read(reportPipe[0], bytes, sizeof bytes);
#ifdef __GLIBC__
            malloc_trim(0);
#endif
            qInfo("heap in use: %lld bytes; OpenSSL: %lld bytes; resident: %lld KiB; waiting to "
                  "be written: %lld bytes",
                heapInUseBytes(), openSslHeapBytes(), residentKiB(),
                pendingBytes ? pendingBytes() : 0LL);
        });
    std::signal(SIGUSR1, onReportSignal);
}

} // namespace quorum
