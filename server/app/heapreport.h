#pragma once

class QObject;

namespace quorum {

/**
 * On SIGUSR1 the server logs the heap it holds ("heap in use: N bytes"): glibc's mallinfo2
 * (allocated chunks of every arena, and mmapped ones), after malloc_trim gave what is free back
 * to the system. Unlike RSS it does not keep the allocator's peak, so a bound holds on a loaded
 * machine (issue 12: RSS per stroke read 25 and 139 KiB on one tree). tst_bigmeeting asserts
 * on it; an operator can ask a running server the same way (`kill -USR1 PID`).
 */
void reportHeapOnSignal(QObject *parent);

/** The heap in use now, in bytes (mallinfo2: uordblks + hblkhd); -1 where unknown. */
long long heapInUseBytes();

} // namespace quorum
