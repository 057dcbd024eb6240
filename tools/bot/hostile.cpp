#include "hostile.h"

#include <QJsonObject>

using namespace quorum;

namespace {
// Past quorum::MaxMessageBytes (4 MiB), sent as a single frame so the frame limit trips too.
constexpr qsizetype OversizedBytes = 5 * 1024 * 1024;
// A flood well past the server's 50 commands/s: 100 commands every 10 ms.
constexpr int FloodBatch = 100;
constexpr int FloodIntervalMs = 10;
} // namespace

HostileFleet::HostileFleet(
    const QUrl &url, const QStringList &secrets, int silentCount, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_secrets(secrets)
    , m_silentCount(silentCount)
{
    Q_ASSERT(m_secrets.size() >= 3);
    m_floodTimer.setInterval(FloodIntervalMs);
    connect(&m_floodTimer, &QTimer::timeout, this, [this] {
        if (!m_flooder->isWelcomed())
            return;
        for (int i = 0; i < FloodBatch; ++i) {
            v1::Command command;
            command.mutable_advance_agenda()->set_delta(1); // a delegate may not: FORBIDDEN
            m_flooder->sendCommand(std::move(command));
            ++m_floodCommands;
        }
    });
}

void HostileFleet::reopen(
    RawTablet *tablet, const QString &secret, const QString &device, int delayMs)
{
    QTimer::singleShot(delayMs, tablet, [this, tablet, secret, device] {
        if (m_running)
            tablet->open(m_url, secret, device);
    });
}

void HostileFleet::start()
{
    m_running = true;
    const QString flooderPin = m_secrets.at(0), oversizedPin = m_secrets.at(1),
                  reconnectPin = m_secrets.at(2);

    m_flooder = new RawTablet(RawTablet::Kind::Quorum, m_tally, this);
    connect(m_flooder, &RawTablet::closed, this,
        [=] { reopen(m_flooder, flooderPin, QStringLiteral("hostile-flood"), 100); });
    m_flooder->open(m_url, flooderPin, QStringLiteral("hostile-flood"));
    m_floodTimer.start();

    m_oversized = new RawTablet(RawTablet::Kind::Quorum, m_tally, this);
    m_oversized->socket().setOutgoingFrameSize(quint64(OversizedBytes) + 1);
    connect(m_oversized, &RawTablet::welcomed, this, [this] {
        m_oversized->socket().sendBinaryMessage(QByteArray(OversizedBytes, '\x12'));
        ++m_oversizedFrames;
    });
    connect(m_oversized, &RawTablet::closed, this,
        [=] { reopen(m_oversized, oversizedPin, QStringLiteral("hostile-big"), 200); });
    m_oversized->open(m_url, oversizedPin, QStringLiteral("hostile-big"));

    m_reconnector = new RawTablet(RawTablet::Kind::Quorum, m_tally, this);
    connect(m_reconnector, &RawTablet::welcomed, this, [this] { m_reconnector->abort(); });
    connect(m_reconnector, &RawTablet::closed, this, [=] {
        ++m_reconnects;
        reopen(m_reconnector, reconnectPin, QStringLiteral("hostile-loop"), 20);
    });
    m_reconnector->open(m_url, reconnectPin, QStringLiteral("hostile-loop"));

    for (int i = 0; i < m_silentCount; ++i) {
        auto *silent
            = new RawTablet(RawTablet::Kind::Broadcast, m_tally, this); // Broadcast: no Hello
        connect(silent, &RawTablet::closed, this, [=] {
            ++m_silentReopens;
            reopen(silent, {}, {}, 100);
        });
        silent->open(m_url, {}, {});
        m_silent.push_back(silent);
    }
}

void HostileFleet::stop()
{
    m_running = false;
    m_floodTimer.stop();
    for (RawTablet *t : findChildren<RawTablet *>())
        t->abort();
}

QJsonObject HostileFleet::report() const
{
    return {
        { QStringLiteral("flood_commands_sent"), m_floodCommands },
        { QStringLiteral("oversized_frames_sent"), m_oversizedFrames },
        { QStringLiteral("reconnect_cycles"), m_reconnects },
        { QStringLiteral("silent_connections"), m_silentCount },
        { QStringLiteral("silent_reopened_after_close"), m_silentReopens },
        { QStringLiteral("server_errors_received"), m_tally.errors },
        { QStringLiteral("closed_by_server_or_self"), m_tally.closed },
    };
}
