#pragma once

#include "quorum.pb.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class MeetingClient;

/**
 * The tablet's documents on disk, addressed by SHA-256 (`<dir>/<hex>.pdf`), verified by hash,
 * kept across restarts. When the client is welcomed and whenever the meeting's documents
 * change, it fetches every document it does not hold yet, one after the other (the server
 * interleaves bulk bytes below control messages). A cut transfer resumes from the bytes
 * already in `<hex>.part`.
 */
class DocumentCache : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool allReady READ allReady NOTIFY stateChanged)
    Q_PROPERTY(double progress READ totalProgress NOTIFY stateChanged)

public:
    DocumentCache(MeetingClient *client, const QString &directory, QObject *parent = nullptr);

    /** The verified local file of these bytes, or empty while they are not here. */
    Q_INVOKABLE QString localPath(const QString &sha256) const;
    /** 0..1 for one document; 1 when it is here. */
    Q_INVOKABLE double progress(const QString &sha256) const;
    /** Every document of the meeting is here (true for a meeting without documents). */
    bool allReady() const;
    /** Bytes of all the meeting's documents here, over bytes of all of them. */
    double totalProgress() const;
    /** Document bytes received by this object (0 for a tablet that had everything). */
    qint64 bytesReceived() const { return m_bytesReceived; }
    /** Fetches what is missing (also done by itself after each Welcome and document change). */
    void prefetch();
    /**
     * Fetches bytes that are no document of the meeting too (an exported minutes PDF or
     * archive, docs/minutes.md), after the documents; documentReady() tells when they are here.
     */
    void fetchExtra(const QString &sha256, qint64 size);
    /** Deletes these bytes from the cache (an export with someone's private notes, on leaving). */
    void discard(const QString &sha256);

signals:
    void documentReady(const QString &sha256);
    void progressChanged(const QString &sha256, double progress);
    /**
     * These bytes will not come: code is a MeetingClient::ErrorCode and reason a
     * Refusal::Reason when the server refused them (a page words them with Texts.refusalText),
     * Internal with no reason when this tablet could not keep them; detail is English, for logs.
     */
    void failed(const QString &sha256, int code, int reason, const QString &detail);
    void stateChanged();

private:
    struct Transfer
    {
        qint64 expected = 0; // next offset
        qint64 total = 0;
    };
    void onChunk(const quorum::v1::DocumentChunk &chunk);
    void finish(const QString &sha256);
    bool isHere(const QString &sha256) const;
    QString partPath(const QString &sha256) const;
    QString finalPath(const QString &sha256) const;

    MeetingClient *m_client;
    QString m_dir;
    QHash<QString, Transfer> m_inFlight; // at most one: documents arrive one by one
    mutable QSet<QString> m_verified; // hashed once per run
    QSet<QString> m_failed; // refused by the server: not asked again this session
    QHash<QString, qint64> m_extra; // fetchExtra(): sha256 -> size
    qint64 m_bytesReceived = 0;
};
