#include "deskjoincards.h"

#include "deskparticipants.h"
#include "joincards.h"
#include "protocol.h"
#include "tlspinning.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

DeskJoinCards::DeskJoinCards(QObject *parent)
    : QObject(parent)
{ }

QObject *DeskJoinCards::participants() const
{
    return m_participants;
}

void DeskJoinCards::setParticipants(QObject *participants)
{
    auto *desk = qobject_cast<DeskParticipants *>(participants);
    if (desk == m_participants)
        return;
    m_participants = desk;
    emit participantsChanged();
}

QUrl DeskJoinCards::suggestedFile() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString meeting
        = m_participants ? quorum::qstr(m_participants->definition().meeting_id()) : QString();
    return QUrl::fromLocalFile(
        QDir(folder).filePath(QStringLiteral("%1-the-join-cards.pdf")
                                  .arg(meeting.isEmpty() ? QStringLiteral("meeting") : meeting)));
}

bool DeskJoinCards::write(const QUrl &file)
{
    m_error.clear();
    const QUrl server = m_participants ? m_participants->serverUrl() : QUrl();
    if (!m_participants || server.host().isEmpty()) {
        m_error = QStringLiteral("no server to put in the join links");
        emit written();
        return false;
    }
    // The address the desk reached the server at: the tablets of the room reach it there too.
    QString fingerprint;
    const QUrl bare = quorum::splitPinnedFingerprint(server, &fingerprint);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    // The suggested file is in the Documents folder, which a fresh tablet may not have yet.
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!quorum::writeJoinCards(m_participants->definition(), m_participants->pins(), bare.host(),
            quint16(bare.port()), fingerprint, path, &m_error)) {
        emit written();
        return false;
    }
    m_writtenFile = QUrl::fromLocalFile(path);
    emit written();
    return true;
}
