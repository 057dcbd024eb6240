#include "heapreport.h"

#include <QDebug>
#include <QSocketNotifier>

#include <csignal>
#include <malloc.h>
#include <sys/socket.h>
#include <unistd.h>

namespace quorum {

namespace {
int reportPipe[2] = { -1, -1 };

void onReportSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] ssize_t ignored = ::write(reportPipe[1], &byte, 1);
}
} // namespace

long long heapInUseBytes()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return static_cast<long long>(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

void reportHeapOnSignal(QObject *parent)
{
    // The handler only writes a byte (async-signal-safe); the report runs in the event loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, reportPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(reportPipe[0], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [] {
        char bytes[64];
        [[maybe_unused]] ssize_t ignored = ::read(reportPipe[0], bytes, sizeof bytes);
#ifdef __GLIBC__
        malloc_trim(0);
#endif
        qInfo("heap in use: %lld bytes", heapInUseBytes());
    });
    std::signal(SIGUSR1, onReportSignal);
}

} // namespace quorum
