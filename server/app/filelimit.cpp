#include "filelimit.h"

#include <sys/resource.h>

namespace quorum {

long raiseFileLimit(long needed, QString *warning)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    const long now = limit.rlim_cur == RLIM_INFINITY ? needed : long(limit.rlim_cur);
    if (now < needed)
        *warning = QStringLiteral(
            "the open-file limit is %1, below the %2 this server may need "
            "(raise the hard limit: ulimit -Hn, or LimitNOFILE= in its systemd unit)")
                       .arg(now)
                       .arg(needed);
    return now;
}

} // namespace quorum
