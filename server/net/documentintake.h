#pragma once

#include "pdfingest.h"
#include "protocol.h"

#include <QString>

#include <optional>

namespace quorum {

class BlobStore;

/**
 * Admits a PDF into the meeting's documents: ingests it (server/pdf: hash, pages, text,
 * outline, thumbnails), then keeps its bytes and side files in the blob store. Used by the
 * parts that receive documents: uploads (on their worker thread) and the documents of the
 * meeting file at start. Returns what the meeting needs to know (id and item empty), or
 * nullopt with the ingest error and a readable detail.
 */
std::optional<v1::Document> ingestDocument(BlobStore &blobs, const QString &path,
    pdf::IngestError *code, QString *error, const pdf::IngestLimits &limits = {});

} // namespace quorum
