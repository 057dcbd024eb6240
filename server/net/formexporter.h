#pragma once

#include <QString>

#include <functional>

namespace quorum {

/**
 * Makes one form's consolidated results as PDF and CSV for ExportFormResults (docs/forms.md,
 * "Export"), from the durable log, as the minutes hold them. The room server knows only this
 * interface: a PDF needs a QGuiApplication, which the server has not, so the real one
 * (server/app/processformexporter.h) runs `quorum-server export-form` as a child process.
 */
class FormExporter
{
public:
    struct Result
    {
        bool ok = false;
        bool notInMinutes = false; // the log holds no opened form with that id
        QString detail; // why not, for the log
        QString stem; // the files are <outDir>/<stem>.pdf and .csv
        quint64 lastSeq = 0; // the log they were made from ends here
    };
    using Done = std::function<void(const Result &result)>;

    virtual ~FormExporter() = default;
    /**
     * Starts writing the two files into `outDir`. `done` runs later from the event loop, never
     * inside start(), and never blocks it while the files are made.
     */
    virtual void start(const QString &meetingId, const QString &formId, bool english,
        const QString &outDir, Done done)
        = 0;
};

} // namespace quorum
