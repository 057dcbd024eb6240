#pragma once

#include <functional>

class QObject;

namespace quorum {

/**
 * Counts what OpenSSL holds (its allocations go through counting wrappers of malloc). Call it
 * first in main(): OpenSSL takes custom allocators only before its first allocation; when it
 * is too late, openSslHeapBytes() says -1.
 */
void countOpenSslHeap();

/** What OpenSSL holds now, in bytes (usable sizes of its live allocations); -1 when unknown. */
long long openSslHeapBytes();

/**
 * On SIGUSR1 the server logs the memory it holds, one line:
 *   heap in use: N bytes; OpenSSL: N bytes; resident: N KiB; waiting to be written: N bytes
 * The heap in use is glibc's mallinfo2 (allocated chunks of every arena, and mmapped ones),
 * after malloc_trim gave what is free back to the system; OpenSSL's share is
 * countOpenSslHeap()'s count; resident is VmRSS after the trim; waiting to be written is
 * `pendingBytes()` (every connection's queued frames, encrypted or not; 0 when the caller
 * gives no such function), so that a reader knows whether the joins' pages had drained.
 * Unlike RSS the heap does not keep the allocator's peak, so a bound holds on a loaded machine
 * (issue 12: RSS per stroke read 25 and 139 KiB on one tree). tst_bigmeeting, tst_idlememory
 * and the bench (quorum-bot load --server-log) read it; an operator can ask a running server
 * the same way (`kill -USR1 PID`).
 */
void reportHeapOnSignal(QObject *parent, std::function<long long()> pendingBytes = {});

/** The heap in use now, in bytes (mallinfo2: uordblks + hblkhd); -1 where unknown. */
long long heapInUseBytes();

} // namespace quorum
