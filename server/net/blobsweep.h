#pragma once

namespace quorum {

class BlobStore;
class Rooms;

/**
 * Removes document bytes that were attached once and that no meeting of this server attaches
 * now, nor names as an export (blobsweep.cpp; docs/documents.md).
 */
class BlobSweep
{
public:
    explicit BlobSweep(const Rooms &rooms)
        : m_rooms(rooms)
    { }
    void setBlobStore(BlobStore *blobs) { m_blobs = blobs; }
    void sweep();

private:
    const Rooms &m_rooms;
    BlobStore *m_blobs = nullptr;
};

} // namespace quorum
