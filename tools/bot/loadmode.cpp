#include "loadmode.h"

#include "botfleet.h"
#include "hostile.h"
#include "meetingclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <sys/resource.h>

using namespace quorum;

namespace {
// Hostile tablets use delegate PINs past the measured ones; the generator leaves room.
constexpr int HostilePins = 3;
constexpr int SilentConnections = 20;
// Sockets the bot needs besides its tablets: hostile ones, stdio, the event loop's own.
constexpr int FdMargin = HostilePins + SilentConnections + 64;

QJsonObject fdReport(const rlimit &before, const rlimit &after, qint64 needed, bool enough)
{
    return { { QStringLiteral("soft_before"), qint64(before.rlim_cur) },
        { QStringLiteral("soft"), qint64(after.rlim_cur) },
        { QStringLiteral("hard"), qint64(after.rlim_max) }, { QStringLiteral("needed"), needed },
        { QStringLiteral("enough"), enough } };
}
} // namespace

int LoadMode::parse(const QStringList &arguments, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load: N tablets against a room server or a baseline broadcast server; prints JSON."));
    parser.addHelpOption();
    BotOptions::declare(parser);
    parser.addOptions({
        { QStringLiteral("target"),
            QStringLiteral("quorum (default) or broadcast (a baseline server)"),
            QStringLiteral("kind"), QStringLiteral("quorum") },
        { QStringLiteral("scenario"), QStringLiteral("fanout (default) or votes"),
            QStringLiteral("name"), QStringLiteral("fanout") },
        { QStringLiteral("client"),
            QStringLiteral("raw (default, lean) or library (MeetingClient)"),
            QStringLiteral("kind"), QStringLiteral("raw") },
        { QStringLiteral("tablets"), QStringLiteral("Number of tablets (default 100)"),
            QStringLiteral("n"), QStringLiteral("100") },
        { QStringLiteral("rounds"), QStringLiteral("Fan-out rounds or vote rounds (default 20)"),
            QStringLiteral("n"), QStringLiteral("20") },
        { QStringLiteral("payload-bytes"),
            QStringLiteral(
                "Broadcast target: frame size (default: a Quorum CurrentItemChanged frame)"),
            QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("server-pid"),
            QStringLiteral("Read this process's RSS before and after connecting"),
            QStringLiteral("pid"), QStringLiteral("0") },
        { QStringLiteral("hostile"),
            QStringLiteral("Fanout: measure again while hostile tablets attack") },
        { QStringLiteral("write-meeting"),
            QStringLiteral("Write a meeting definition for load and exit"),
            QStringLiteral("file") },
        { QStringLiteral("delegates"),
            QStringLiteral("With --write-meeting: delegates (default 2000)"), QStringLiteral("n"),
            QStringLiteral("2000") },
        { QStringLiteral("items"),
            QStringLiteral("With --write-meeting: agenda items (default 1001)"),
            QStringLiteral("n"), QStringLiteral("1001") },
    });
    parser.process(arguments);

    m_meetingFile = parser.value(QStringLiteral("write-meeting"));
    m_delegates = parser.value(QStringLiteral("delegates")).toInt();
    m_items = parser.value(QStringLiteral("items")).toInt();
    if (!m_meetingFile.isEmpty())
        return 0;

    QString error;
    if (!m_common.read(parser, &error)) {
        err << "quorum-bot load: " << error << Qt::endl;
        return 2;
    }
    m_target = parser.value(QStringLiteral("target"));
    m_scenario = parser.value(QStringLiteral("scenario"));
    m_clientKind = parser.value(QStringLiteral("client"));
    m_tablets = parser.value(QStringLiteral("tablets")).toInt();
    m_rounds = parser.value(QStringLiteral("rounds")).toInt();
    m_payloadBytes = parser.value(QStringLiteral("payload-bytes")).toInt();
    m_serverPid = parser.value(QStringLiteral("server-pid")).toLongLong();
    m_hostile = parser.isSet(QStringLiteral("hostile"));
    if ((m_target != QLatin1String("quorum") && m_target != QLatin1String("broadcast"))
        || (m_scenario != QLatin1String("fanout") && m_scenario != QLatin1String("votes"))
        || (m_clientKind != QLatin1String("raw") && m_clientKind != QLatin1String("library"))
        || m_tablets < 1 || m_tablets > 20000 || m_rounds < 1 || m_rounds > 1000) {
        err << "quorum-bot load: bad --target, --scenario, --client, --tablets (1..20000) or "
               "--rounds (1..1000)"
            << Qt::endl;
        return 2;
    }
    if (m_target == QLatin1String("broadcast")
        && (m_scenario != QLatin1String("fanout") || m_hostile)) {
        err << "quorum-bot load: a broadcast baseline only has the fanout scenario" << Qt::endl;
        return 2;
    }
    if (m_clientKind == QLatin1String("library")
        && (m_target != QLatin1String("quorum") || m_hostile
            || m_scenario != QLatin1String("fanout"))) {
        err << "quorum-bot load: --client library runs the quorum fanout scenario only" << Qt::endl;
        return 2;
    }
    if (m_payloadBytes <= 0) {
        // The frame every tablet gets when the chair moves the agenda, as the server builds it.
        v1::ServerMessage message;
        v1::Event *event = message.mutable_event();
        event->set_seq(quint64(m_tablets) + 10);
        event->set_server_time_ms(qint64(LatencyRecorder::nowMs()));
        event->set_actor("chair");
        event->mutable_current_item_changed()->set_item_id(sstr(itemId(1)));
        m_payloadBytes = int(message.ByteSizeLong());
    }
    return 0;
}

int LoadMode::writeMeeting(QTextStream &err)
{
    QJsonArray participants;
    participants.append(QJsonObject{
        { "id", "chair" }, { "name", "Chủ tọa" }, { "role", "chair" }, { "pin", chairPin() } });
    participants.append(QJsonObject{ { "id", "secretary" }, { "name", "Thư ký" },
        { "role", "secretary" }, { "pin", secretaryPin() } });
    for (int i = 1; i <= m_delegates; ++i) {
        participants.append(QJsonObject{ { "id", QStringLiteral("d%1").arg(i) },
            { "name", QStringLiteral("Đại biểu %1").arg(i) },
            { "title", QStringLiteral("Đoàn viên") }, { "role", "delegate" },
            { "pin", delegatePin(i) } });
    }
    QJsonArray agenda;
    for (int i = 1; i <= m_items; ++i)
        agenda.append(QJsonObject{ { "id", itemId(i) },
            { "title", QStringLiteral("Mục %1").arg(i) }, { "durationMinutes", 5 } });
    const QJsonObject meeting{ { "id", "bench" },
        { "title", QStringLiteral("Hội nghị tải thử (benchmark)") }, { "organisation", "Quorum" },
        { "place", QStringLiteral("127.0.0.1") }, { "language", "vi" },
        { "participants", participants }, { "agenda", agenda } };
    QFile file(m_meetingFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(meeting).toJson()) < 0) {
        err << "quorum-bot load: cannot write " << m_meetingFile << Qt::endl;
        return 2;
    }
    return 0;
}

bool LoadMode::raiseFdLimit(QTextStream &err)
{
    rlimit before{}, after{};
    getrlimit(RLIMIT_NOFILE, &before);
    after = before;
    after.rlim_cur = after.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &after) != 0)
        after = before;
    const qint64 needed = qint64(m_tablets) + FdMargin;
    const bool enough = after.rlim_cur == RLIM_INFINITY || qint64(after.rlim_cur) >= needed;
    m_result[QStringLiteral("fd_limit")] = fdReport(before, after, needed, enough);
    if (!enough) {
        err << "quorum-bot load: " << m_tablets << " tablets need " << needed
            << " file descriptors, but the hard limit is " << qint64(after.rlim_max)
            << " (raise it: ulimit -Hn, or LimitNOFILE in systemd)" << Qt::endl;
    }
    return enough;
}

bool LoadMode::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() >= timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

qint64 LoadMode::serverRssKib() const
{
    if (m_serverPid <= 0)
        return -1;
    QFile status(QStringLiteral("/proc/%1/status").arg(m_serverPid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void LoadMode::settle()
{
    // The server is idle once no frame arrived for a while (joins fan out to everyone).
    waitFor([this] { return LatencyRecorder::nowMs() - m_tally.lastFrameMs > 500; }, 30000);
}

bool LoadMode::connectAll(QTextStream &err)
{
    const bool quorum = m_target == QLatin1String("quorum");
    const bool votes = m_scenario == QLatin1String("votes");
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto secretOf = [&](int i) {
        if (votes) // every voter device belongs to the chair or the secretary (see the class
                   // comment)
            return i % 2 == 0 ? chairPin() : secretaryPin();
        return i == 0 ? chairPin() : delegatePin(i);
    };
    const qint64 rssBefore = serverRssKib();
    QElapsedTimer clock;
    clock.start();
    if (m_clientKind == QLatin1String("library")) {
        auto *fleet = new BotFleet(&m_owner);
        for (int i = 0; i < m_tablets; ++i) {
            MeetingClient *client = fleet->add(QStringLiteral("tablet %1").arg(i), secretOf(i));
            QObject::connect(
                client, &MeetingClient::welcomed, &m_owner, [this] { ++m_tally.welcomed; });
            client->setEventObserver([this](const v1::Event &event) {
                const double now = LatencyRecorder::nowMs();
                ++m_tally.frames;
                m_tally.lastFrameMs = now;
                if (event.has_current_item_changed()) {
                    m_tally.fanout.add(now - double(event.server_time_ms()));
                    ++m_tally.fanoutFrames;
                }
            });
        }
        fleet->joinAll(m_common.url, m_common.meetingId);
    } else {
        for (int i = 0; i < m_tablets; ++i) {
            auto *tablet = new RawTablet(
                quorum ? RawTablet::Kind::Quorum : RawTablet::Kind::Broadcast, m_tally, &m_owner);
            m_raw.push_back(tablet);
            tablet->open(m_common.url, secretOf(i), QStringLiteral("load-%1-%2").arg(run).arg(i));
        }
    }
    const bool all = waitFor([this] { return m_tally.welcomed >= m_tablets; }, m_common.timeoutMs);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    m_result[QStringLiteral("connect")] = QJsonObject{
        { QStringLiteral("tablets"), m_tablets },
        { QStringLiteral("welcomed"), m_tally.welcomed },
        { QStringLiteral("seconds"), std::round(seconds * 1000) / 1000 },
    };
    if (!all) {
        err << "quorum-bot load: only " << m_tally.welcomed << " of " << m_tablets
            << " tablets were welcomed within " << m_common.timeoutMs << " ms" << Qt::endl;
        return false;
    }
    settle();
    const qint64 rssIdle = serverRssKib();
    if (rssBefore > 0 && rssIdle > 0) {
        m_result[QStringLiteral("server_rss_kib")] = QJsonObject{
            { QStringLiteral("before"), rssBefore },
            { QStringLiteral("idle"), rssIdle },
            { QStringLiteral("per_tablet"),
                std::round(double(rssIdle - rssBefore) / m_tablets * 10) / 10 },
        };
    }
    return true;
}

LatencyRecorder LoadMode::fanoutRounds(int rounds)
{
    m_tally.fanout.clear();
    const qint64 start = m_tally.fanoutFrames;
    qint64 missing = 0;
    BotFleet *fleet = m_owner.findChild<BotFleet *>();
    for (int r = 0; r < rounds; ++r) {
        const qint64 expected = start + qint64(m_tablets) * (r + 1);
        // Alternate between two items across all calls, so that every round changes the item.
        const QString item = itemId(1 + (++m_chairActions % 2));
        if (fleet) {
            fleet->clients().first()->setCurrentItem(item);
        } else if (m_target == QLatin1String("quorum")) {
            v1::Command command;
            command.mutable_set_current_item()->set_item_id(sstr(item));
            m_raw.front()->sendCommand(std::move(command));
        } else {
            m_raw.front()->sendTrigger(QByteArray(m_payloadBytes, '\0'));
        }
        // A round ends when every tablet has the frame; a lost frame ends it after 10 s.
        if (!waitFor([&] { return m_tally.fanoutFrames >= expected; }, 10000))
            missing += expected - m_tally.fanoutFrames;
        // A pause between rounds, as between two chair actions, so rounds do not overlap.
        waitFor([] { return false; }, 100);
    }
    m_result[QStringLiteral("fanout_missing")]
        = m_result.value(QStringLiteral("fanout_missing")).toInteger() + missing;
    return m_tally.fanout;
}

void LoadMode::votes()
{
    const qint64 repliesBefore = m_tally.replies;
    const qint64 fanoutBefore = m_tally.fanoutFrames;
    m_tally.acks.clear();
    int rounds = 0;
    for (int r = 0; r < m_rounds; ++r) {
        // Each tablet to its own item: every command changes the current item, so each makes
        // one event that must be durable before its Reply, like one ballot each.
        for (int i = 0; i < m_tablets; ++i) {
            v1::Command command;
            command.mutable_set_current_item()->set_item_id(
                sstr(itemId(1 + (i + r) % (m_tablets + 1))));
            m_raw[size_t(i)]->sendCommand(std::move(command));
        }
        const qint64 expected = repliesBefore + qint64(m_tablets) * (r + 1);
        const bool done = waitFor([&] { return m_tally.replies >= expected; }, 60000);
        ++rounds;
        settle();
        if (!done)
            break;
    }
    QJsonObject votes = m_tally.acks.summary();
    votes[QStringLiteral("voters")] = m_tablets;
    votes[QStringLiteral("rounds")] = rounds;
    votes[QStringLiteral("replies")] = m_tally.replies - repliesBefore;
    votes[QStringLiteral("error_replies")] = m_tally.errors;
    votes[QStringLiteral("event_frames_fanned_out")] = m_tally.fanoutFrames - fanoutBefore;
    m_result[QStringLiteral("votes")] = votes;
}

int LoadMode::run(QTextStream &out, QTextStream &err)
{
    if (!m_meetingFile.isEmpty())
        return writeMeeting(err);
    m_result[QStringLiteral("target")] = m_target;
    m_result[QStringLiteral("scenario")] = m_scenario;
    m_result[QStringLiteral("client")] = m_clientKind;
    m_result[QStringLiteral("tablets")] = m_tablets;
    m_result[QStringLiteral("payload_bytes")] = m_payloadBytes;
    int code = 0;
    if (!raiseFdLimit(err) || !connectAll(err)) {
        code = 1;
    } else if (m_scenario == QLatin1String("votes")) {
        votes();
    } else {
        const LatencyRecorder quiet = fanoutRounds(m_rounds);
        m_result[QStringLiteral("fanout")] = quiet.summary();
        if (m_hostile) {
            QStringList pins;
            for (int i = 1; i <= HostilePins; ++i)
                pins << delegatePin(m_tablets + i);
            HostileFleet hostile(m_common.url, pins, SilentConnections);
            hostile.start();
            waitFor([] { return false; }, 2000); // let the attack reach its pace
            const LatencyRecorder attacked = fanoutRounds(m_rounds);
            hostile.stop();
            QJsonObject h = attacked.summary();
            h[QStringLiteral("p99_ratio")]
                = std::round(attacked.percentile(99) / quiet.percentile(99) * 100) / 100;
            h[QStringLiteral("attack")] = hostile.report();
            h[QStringLiteral("measured_tablets_still_welcomed")] = m_tally.welcomed;
            m_result[QStringLiteral("hostile")] = h;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    m_result[QStringLiteral("bot")] = QJsonObject{
        { QStringLiteral("cpu_s"),
            std::round((double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)
                           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6)
                * 100)
                / 100 },
        { QStringLiteral("max_rss_kib"), qint64(usage.ru_maxrss) },
    };
    for (RawTablet *tablet : m_raw)
        tablet->abort();
    out << QJsonDocument(m_result).toJson(QJsonDocument::Compact) << Qt::endl;
    return code;
}
