#include "serverheap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace {
qint64 logSize(const QString &logFile)
{
    QFile file(logFile);
    return file.open(QIODevice::ReadOnly) ? file.size() : 0;
}

QString logFrom(const QString &logFile, qint64 offset)
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return QString::fromUtf8(file.readAll());
}

void runEventsFor(int ms)
{
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}
} // namespace

ServerHeap ServerHeap::parseLast(const QString &log)
{
    static const QRegularExpression report(
        QStringLiteral("heap in use: (-?\\d+) bytes; OpenSSL: (-?\\d+) bytes; resident: (-?\\d+) "
                       "KiB; waiting to be written: (-?\\d+) bytes"));
    ServerHeap heap;
    auto matches = report.globalMatch(log);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        heap.heapBytes = match.captured(1).toLongLong();
        heap.openSslBytes = match.captured(2).toLongLong();
        heap.residentKib = match.captured(3).toLongLong();
        heap.waitingBytes = match.captured(4).toLongLong();
    }
    return heap;
}

ServerHeap ServerHeap::ask(qint64 pid, const QString &logFile, int timeoutMs)
{
    const qint64 from = logSize(logFile);
    if (pid <= 0 || ::kill(pid_t(pid), SIGUSR1) != 0)
        return {};
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        runEventsFor(50);
        const QString text = logFrom(logFile, from);
        // A whole line: the report ends with a newline.
        const qsizetype end = text.lastIndexOf(QLatin1Char('\n'));
        const ServerHeap heap = parseLast(text.left(end + 1));
        if (heap.isValid())
            return heap;
    }
    return {};
}

ServerHeap ServerHeap::askDrained(qint64 pid, const QString &logFile, int tries)
{
    ServerHeap heap;
    for (int i = 0; i < tries; ++i) {
        heap = ask(pid, logFile);
        if (!heap.isValid() || heap.waitingBytes == 0)
            break;
        runEventsFor(500);
    }
    return heap;
}
