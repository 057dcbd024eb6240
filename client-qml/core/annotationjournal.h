#pragma once

#include "quorum.pb.h"

#include <QFile>
#include <QString>

#include <vector>

/**
 * The tablet's local-first record of its own annotation operations: every operation is
 * written here (and flushed to the disk) before it is sent, and marked done once the server
 * answered it. Operations still pending when the tablet restarts are sent again; the server
 * applies an op id once, so a resend never duplicates a stroke.
 *
 * An append-only text file, one record a line: `P <base64 AnnotationOp>` (pending) or
 * `D <base64 op id>` (answered). A line cut by a crash is ignored on the next open. Opening
 * rewrites the file with the pending records only, so it never grows past one meeting's
 * unanswered work.
 */
class AnnotationJournal
{
public:
    AnnotationJournal() = default;
    AnnotationJournal(const AnnotationJournal &) = delete;
    AnnotationJournal &operator=(const AnnotationJournal &) = delete;

    /** Opens (creating it if needed) and reads the file; an empty path keeps it in memory only. */
    bool open(const QString &path, QString *error = nullptr);
    void close();
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }

    /** Operations written but not answered yet, in the order they were made. */
    const std::vector<quorum::v1::AnnotationOp> &pending() const { return m_pending; }
    bool isPending(const QString &opId) const;

    /** Records an operation as pending; returns once it is on the disk. */
    bool append(const quorum::v1::AnnotationOp &op);
    /** The server answered the operation (applied, duplicate or refused): forget it. */
    bool markDone(const QString &opId);

private:
    bool writeLine(const QByteArray &line);

    QString m_path;
    QFile m_file;
    bool m_open = false;
    std::vector<quorum::v1::AnnotationOp> m_pending;
};
