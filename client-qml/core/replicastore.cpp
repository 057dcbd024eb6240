#include "replicastore.h"

#include "protocol.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcReplicaStore, "quorum.client.replicastore", QtInfoMsg)

namespace v1 = quorum::v1;

void ReplicaStore::open(const QString &directory, const QString &key)
{
    close();
    QDir().mkpath(directory);
    const QString base = QDir(directory).filePath(QStringLiteral("replica-") + key);
    m_welcomePath = base + QStringLiteral(".welcome");
    m_eventsPath = base + QStringLiteral(".events");
}

void ReplicaStore::close()
{
    m_events.close();
    m_welcomePath.clear();
    m_eventsPath.clear();
}

bool ReplicaStore::load(v1::Welcome *welcome, std::vector<v1::Event> *events)
{
    if (!isOpen())
        return false;
    QFile file(m_welcomePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto stored = quorum::decode<v1::Welcome>(file.readAll());
    if (!stored || !stored->has_snapshot()) {
        qCWarning(lcReplicaStore) << m_welcomePath << "is unreadable; ignored";
        return false;
    }
    *welcome = *stored;
    events->clear();
    m_events.close();
    QFile log(m_eventsPath);
    if (!log.open(QIODevice::ReadWrite))
        return true;
    const QByteArray bytes = log.readAll();
    qsizetype at = 0;
    while (bytes.size() - at >= 4) {
        const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + at);
        if (bytes.size() - at - 4 < qsizetype(length))
            break; // torn by a power cut: what follows was never acknowledged to anyone
        auto event = quorum::decode<v1::Event>(bytes.mid(at + 4, length));
        if (!event)
            break;
        events->push_back(std::move(*event));
        at += 4 + length;
    }
    if (at < bytes.size()) {
        qCInfo(lcReplicaStore) << "cutting a torn record off" << m_eventsPath;
        log.resize(at);
    }
    return true;
}

void ReplicaStore::saveWelcome(const v1::Welcome &welcome)
{
    if (!isOpen())
        return;
    // The old events go first: a new base must never be read with the events of an older one
    // (a crash between the two steps leaves the old base without its tail: merely older).
    m_events.close();
    m_events.setFileName(m_eventsPath);
    if (!m_events.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcReplicaStore) << "cannot write" << m_eventsPath << m_events.errorString();
        remove();
        return;
    }
    m_events.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSaveFile file(m_welcomePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(quorum::encode(welcome)) < 0
        || !file.commit()) {
        qCWarning(lcReplicaStore) << "cannot write" << m_welcomePath << file.errorString();
        remove();
        return;
    }
    QFile::setPermissions(m_welcomePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void ReplicaStore::append(const v1::Event &event)
{
    if (!isOpen())
        return;
    if (!m_events.isOpen()) {
        m_events.setFileName(m_eventsPath);
        if (!m_events.open(QIODevice::WriteOnly | QIODevice::Append)) {
            qCWarning(lcReplicaStore) << "cannot write" << m_eventsPath << m_events.errorString();
            return;
        }
    }
    const QByteArray bytes = quorum::encode(event);
    char length[4];
    qToLittleEndian<quint32>(quint32(bytes.size()), length);
    m_events.write(length, 4);
    m_events.write(bytes);
}

void ReplicaStore::flush()
{
    if (m_events.isOpen())
        m_events.flush();
}

void ReplicaStore::remove()
{
    m_events.close();
    if (isOpen()) {
        QFile::remove(m_welcomePath);
        QFile::remove(m_eventsPath);
    }
}
