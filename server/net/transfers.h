#pragma once

#include "protocol.h"

namespace quorum {

class BlobStore;
class DocumentExports;
class FormExports;
class Gate;
class Session;
class Sessions;

/**
 * The messages that move bytes and leave no event (transferhandler.cpp): document fetches,
 * sent in bounded chunks through the session's TransferQueue, and live stroke previews,
 * relayed to the room and never stored.
 */
class Transfers
{
public:
    Transfers(const Gate &gate, const Sessions &sessions, const DocumentExports &exports,
        const FormExports &formExports)
        : m_gate(gate)
        , m_sessions(sessions)
        , m_exports(exports)
        , m_formExports(formExports)
    { }

    /** Where document bytes live (docs/documents.md); without one, fetches find nothing. */
    void setBlobStore(BlobStore *blobs) { m_blobs = blobs; }

    /** The handler of FetchDocument. */
    void handleFetchDocument(Session &session, const v1::FetchDocument &fetch);
    /** The handler of StrokePreview. */
    void handleStrokePreview(Session &session, const v1::StrokePreview &preview);

private:
    const Gate &m_gate;
    const Sessions &m_sessions;
    const DocumentExports &m_exports;
    const FormExports &m_formExports; // a form's results (ExportFormResults)
    BlobStore *m_blobs = nullptr;
};

} // namespace quorum
