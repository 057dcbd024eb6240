#pragma once

#include <QString>

/**
 * One line of quorum-server's heap report (server/app/heapreport.h), asked for with SIGUSR1
 * and read from the server's log: the heap in use after the server's trim, OpenSSL's share,
 * the resident size and what waited to be written to the tablets then.
 */
struct ServerHeap
{
    qint64 heapBytes = -1;
    qint64 openSslBytes = -1;
    qint64 residentKib = -1;
    qint64 waitingBytes = -1;
    bool isValid() const { return heapBytes >= 0; }

    /** The last report in `log` (text of the server's log); invalid when there is none. */
    static ServerHeap parseLast(const QString &log);
    /**
     * Sends SIGUSR1 to `pid` and waits (running the event loop, so the tablets keep reading)
     * for a new report in `logFile`, at most `timeoutMs`.
     */
    static ServerHeap ask(qint64 pid, const QString &logFile, int timeoutMs = 10000);
    /**
     * Asks until the report says nothing waits to be written (the joins' pages are drained),
     * at most `tries` times half a second apart; the last report either way.
     */
    static ServerHeap askDrained(qint64 pid, const QString &logFile, int tries = 20);
};
