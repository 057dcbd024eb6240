#pragma once

#include "clock.h"

#include <QDateTime>

namespace quorum {

/** The server's wall clock. */
class SystemClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace quorum
