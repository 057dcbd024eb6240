#include "annotationjournal.h"

#include "protocol.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcJournal, "quorum.client.journal", QtInfoMsg)

namespace v1 = quorum::v1;

bool AnnotationJournal::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_open = true;
    if (path.isEmpty())
        return true; // in memory: bots and tests that do not care about restarts

    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile in(path);
    if (in.exists() && in.open(QIODevice::ReadOnly)) {
        QSet<QString> done;
        std::vector<v1::AnnotationOp> ops;
        while (!in.atEnd()) {
            const QByteArray line = in.readLine();
            if (!line.endsWith('\n') || line.size() < 3 || line.at(1) != ' ')
                continue; // cut by a crash while being written: it was never acknowledged as stored
            const QByteArray payload = QByteArray::fromBase64(line.mid(2, line.size() - 3));
            if (line.at(0) == 'P') {
                v1::AnnotationOp op;
                if (op.ParseFromArray(payload.constData(), int(payload.size()))
                    && !op.op_id().empty())
                    ops.push_back(std::move(op));
            } else if (line.at(0) == 'D') {
                done.insert(QString::fromUtf8(payload));
            }
        }
        in.close();
        QSet<QString> ids;
        for (v1::AnnotationOp &op : ops) {
            const QString id = quorum::qstr(op.op_id());
            if (!done.contains(id) && !ids.contains(id)) {
                ids.insert(id);
                m_pending.push_back(std::move(op));
            }
        }
    }

    // Compact: only what is still pending, written whole and renamed over the old file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        m_open = false;
        return false;
    }
    for (const v1::AnnotationOp &op : m_pending) {
        const std::string bytes = op.SerializeAsString();
        out.write("P " + QByteArray(bytes.data(), qsizetype(bytes.size())).toBase64() + '\n');
    }
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        m_open = false;
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = m_file.errorString();
        m_open = false;
        return false;
    }
    qCDebug(lcJournal) << "opened" << path << "with" << m_pending.size() << "pending operations";
    return true;
}

void AnnotationJournal::close()
{
    m_file.close();
    m_pending.clear();
    m_path.clear();
    m_open = false;
}

bool AnnotationJournal::isPending(const QString &opId) const
{
    const std::string id = quorum::sstr(opId);
    for (const v1::AnnotationOp &op : m_pending) {
        if (op.op_id() == id)
            return true;
    }
    return false;
}

bool AnnotationJournal::writeLine(const QByteArray &line)
{
    if (!m_file.isOpen())
        return m_path.isEmpty(); // in memory: nothing to write
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        qCWarning(lcJournal) << "cannot write" << m_path << m_file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    // The point of the journal is to survive a flat battery: the line must reach the disk
    // before the operation is sent (one fdatasync per pen lift, not per point).
    ::fdatasync(m_file.handle());
#endif
    return true;
}

bool AnnotationJournal::append(const v1::AnnotationOp &op)
{
    const std::string bytes = op.SerializeAsString();
    if (!writeLine("P " + QByteArray(bytes.data(), qsizetype(bytes.size())).toBase64() + '\n'))
        return false;
    m_pending.push_back(op);
    return true;
}

bool AnnotationJournal::markDone(const QString &opId)
{
    const std::string id = quorum::sstr(opId);
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
        [&](const v1::AnnotationOp &op) { return op.op_id() == id; });
    if (it == m_pending.end())
        return false;
    m_pending.erase(it);
    // Losing this line costs only a resend that the server answers as a duplicate.
    return writeLine("D " + opId.toUtf8().toBase64() + '\n');
}
