#pragma once

#include "documentexport.h"
#include "formexporter.h"
#include "protocol.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace quorum {

class BlobStore;
class Gate;
class Session;

/**
 * ExportFormResults (formexporthandler.cpp): a FormExporter makes a form's PDF and CSV off the
 * event loop; the files are kept by SHA-256 in a folder `form-exports` beside the blob store
 * and fetched with FetchDocument by anyone of the meeting (what the minutes will say, and the
 * minutes are everyone's). Not a command: no event. One export per meeting at a time.
 */
class FormExports : public QObject
{
public:
    explicit FormExports(const Gate &gate, QObject *parent = nullptr);
    ~FormExports() override;

    /** Who makes the files; without one every request is refused (EXPORT_BUSY). */
    void setExporter(FormExporter *exporter) { m_exporter = exporter; }
    /** The exported files go to a sibling folder of the blob store's, emptied here. */
    bool setBlobStore(BlobStore *blobs, QString *error);

    /** The handler of ExportFormResults. */
    void handle(Session &session, const v1::ExportFormResults &request);

    /** The file of an export of this meeting with these bytes, or empty (FetchDocument). */
    QString path(const QString &meetingId, const QString &sha256) const;

private:
    const Gate &m_gate;
    FormExporter *m_exporter = nullptr;
    std::unique_ptr<BlobStore> m_files;
    ExportedFiles m_exported;
    QSet<QString> m_running; // meetings with an export under way
};

} // namespace quorum
