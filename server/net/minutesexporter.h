#pragma once

#include "protocol.h"

#include <QString>

#include <functional>

namespace quorum {

/**
 * Makes a meeting's minutes PDF and signed archive for ExportMinutes (docs/minutes.md) and
 * keeps both by SHA-256 where FetchDocument finds them. The room server only knows this
 * interface: rendering PDFs needs a QGuiApplication, which the server has not, so the real
 * one (server/app/processexporter.h) runs `quorum-server export` as a child process.
 */
class MinutesExporter
{
public:
    struct Result
    {
        v1::ErrorCode code = v1::ERROR_UNSPECIFIED; // unset: it worked
        QString detail; // why not, for the Reply and the log
        v1::MinutesExported exported;
    };
    using Done = std::function<void(const Result &result)>;

    virtual ~MinutesExporter() = default;
    /**
     * Starts exporting the durable log of one meeting. `done` runs later from the event loop,
     * never inside start(), and never blocks it while the files are made.
     */
    virtual void start(const QString &meetingId, Done done) = 0;
};

} // namespace quorum
