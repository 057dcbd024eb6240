#pragma once

#include "formexporter.h"

#include <QObject>
#include <QString>

namespace quorum {

/**
 * ExportFormResults the way the server can: `quorum-server export-form MEETING FORM --data DIR
 * --out-dir DIR` of its own binary as a child process on the live data (offscreen platform,
 * QPdfWriter), asynchronously (QProcess signals, no waiting). One child per call; a time limit
 * kills a stuck one.
 */
class ProcessFormExporter : public QObject, public FormExporter
{
public:
    ProcessFormExporter(QString program, QString dataDir, QObject *parent = nullptr);

    void start(const QString &meetingId, const QString &formId, bool english, const QString &outDir,
        Done done) override;

private:
    QString m_program;
    QString m_dataDir;
    /** A form's files take a second; a minute means the child is stuck. */
    int m_timeoutMs = 60 * 1000;
};

} // namespace quorum
