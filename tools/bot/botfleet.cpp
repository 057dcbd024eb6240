#include "botfleet.h"

#include "meetingclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaEnum>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <climits>

namespace {
QString errorName(MeetingClient::ErrorCode code)
{
    return QString::fromLatin1(QMetaEnum::fromType<MeetingClient::ErrorCode>().valueToKey(code));
}
} // namespace

BotFleet::BotFleet(QObject *parent)
    : QObject(parent)
{ }

MeetingClient *BotFleet::add(const QString &label, const QString &secret)
{
    auto *client = new MeetingClient(this);
    // Unique per process run: two bots on one server must not replace each other's sessions,
    // and a bot must never touch the tablet's QSettings.
    client->setDeviceId(QStringLiteral("bot-%1-%2")
                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))
                            .arg(m_clients.size()));
    client->setClientName(QStringLiteral("quorum-bot %1").arg(label));
    m_clients.append(client);
    m_labels.append(label);
    m_secrets.append(secret);

    for (auto signal : { &MeetingClient::connectionStateChanged, &MeetingClient::joinedChanged,
             &MeetingClient::presenceChanged, &MeetingClient::currentItemChanged,
             &MeetingClient::meetingChanged, &MeetingClient::identityChanged }) {
        connect(client, signal, this, &BotFleet::changed);
    }
    connect(client, &MeetingClient::joinFailed, this,
        [this, label](MeetingClient::ErrorCode code, const QString &detail) {
            fail(QStringLiteral("%1: join failed: %2 (%3)").arg(label, errorName(code), detail));
        });
    connect(client, &MeetingClient::commandFailed, this,
        [this, label](
            const QString &commandId, MeetingClient::ErrorCode code, const QString &detail) {
            fail(QStringLiteral("%1: command %2 failed: %3 (%4)")
                     .arg(label, commandId, errorName(code), detail));
        });
    connect(client, &MeetingClient::errorOccurred, this, [this, client, label] {
        if (client->lastError() == MeetingClient::SessionReplaced && !m_leaving)
            fail(QStringLiteral("%1: session replaced by another device").arg(label));
    });
    return client;
}

QString BotFleet::label(const MeetingClient *client) const
{
    const qsizetype i = m_clients.indexOf(const_cast<MeetingClient *>(client));
    return i < 0 ? QString() : m_labels.at(i);
}

void BotFleet::joinAll(const QUrl &url, const QString &meetingId)
{
    m_leaving = false;
    for (qsizetype i = 0; i < m_clients.size(); ++i)
        m_clients.at(i)->join(url, m_secrets.at(i), meetingId);
}

void BotFleet::leaveAll(QDeadlineTimer deadline)
{
    m_leaving = true;
    for (MeetingClient *client : std::as_const(m_clients))
        client->leave();
    // Wait for the close handshakes so the server logs clean leaves, not lost links.
    while (!deadline.hasExpired()) {
        bool idle = true;
        for (MeetingClient *client : std::as_const(m_clients))
            idle = idle && client->transportIdle();
        if (idle)
            return;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
}

bool BotFleet::waitUntil(const std::function<bool()> &done, QDeadlineTimer deadline)
{
    if (!m_failure.isEmpty())
        return false;
    if (done())
        return true;
    QEventLoop loop;
    connect(this, &BotFleet::changed, &loop, [&] {
        if (!m_failure.isEmpty() || done())
            loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(int(std::clamp<qint64>(deadline.remainingTime(), 0, INT_MAX)));
    loop.exec();
    return m_failure.isEmpty() && done();
}

QString BotFleet::laggards() const
{
    QStringList lines;
    const QMetaEnum states = QMetaEnum::fromType<MeetingClient::ConnectionState>();
    for (qsizetype i = 0; i < m_clients.size(); ++i) {
        const MeetingClient *c = m_clients.at(i);
        if (c->connectionState() == MeetingClient::Connected)
            continue;
        QString line = m_labels.at(i) + QStringLiteral(": ")
            + QString::fromLatin1(states.valueToKey(c->connectionState()));
        if (c->lastError() != MeetingClient::NoError)
            line
                += QStringLiteral(" (%1: %2)").arg(errorName(c->lastError()), c->lastErrorDetail());
        lines.append(line);
    }
    return lines.join(QStringLiteral("; "));
}

void BotFleet::fail(const QString &reason)
{
    if (m_failure.isEmpty())
        m_failure = reason;
    emit changed();
}
