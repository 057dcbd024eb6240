#include "commandwatch.h"

CommandWatch::CommandWatch(QObject *parent)
    : QObject(parent)
{ }

void CommandWatch::dropClient()
{
    for (const QMetaObject::Connection &c : std::as_const(m_kept))
        disconnect(c);
    m_kept.clear();
    m_client = nullptr;
    m_pending.clear();
}

bool CommandWatch::setClient(MeetingClient *client)
{
    if (m_client == client)
        return false;
    dropClient();
    m_client = client;
    if (!client)
        return true;
    // A check-in's reply names the person (checkInAcknowledged), just before the
    // acknowledgement every command gets (MeetingClient::onReply).
    keep(connect(client, &MeetingClient::checkInAcknowledged, this,
        [this](const QString &id, const QString &participantId, quint64) {
            if (!id.isEmpty() && id == m_pending)
                m_checkedIn = participantId;
        }));
    keep(connect(
        client, &MeetingClient::commandAcknowledged, this, [this](const QString &id, quint64 seq) {
            if (id.isEmpty() || id != m_pending)
                return;
            m_pending.clear();
            const QString participantId = std::exchange(m_checkedIn, QString());
            emit acknowledged(id, participantId, seq);
        }));
    keep(connect(client, &MeetingClient::commandFailed, this,
        [this](
            const QString &id, MeetingClient::ErrorCode code, const QString &detail, int reason) {
            if (id.isEmpty() || id != m_pending)
                return;
            m_pending.clear();
            m_checkedIn.clear();
            emit refused(id, code, detail, reason);
        }));
    return true;
}
