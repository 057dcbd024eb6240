#include "loadmode.h"

#include "botfleet.h"
#include "hostile.h"
#include "meetingclient.h"
#include "serverheap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace quorum;

namespace {
// Hostile tablets use delegate PINs past the measured ones; the generator leaves room.
constexpr int HostilePins = 3;
constexpr int SilentConnections = 20;
// Sockets the bot needs besides its tablets: hostile ones, stdio, the event loop's own.
constexpr int FdMargin = HostilePins + SilentConnections + 64;
/** Handshakes under way at once when the lean tablets connect (connectAll). */
constexpr int MaxHandshakes = 256;

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
        { QStringLiteral("scenario"),
            QStringLiteral("fanout (default), votes, commands, strokes or bulk"),
            QStringLiteral("name"), QStringLiteral("fanout") },
        { QStringLiteral("client"),
            QStringLiteral("raw (default, lean) or library (MeetingClient)"),
            QStringLiteral("kind"), QStringLiteral("raw") },
        { QStringLiteral("tablets"),
            QStringLiteral("Tablets (votes: voters, bulk: fetching tablets; the chair is extra)"),
            QStringLiteral("n"), QStringLiteral("100") },
        { QStringLiteral("rounds"),
            QStringLiteral("Fan-out, vote, stroke or idle control rounds (default 20)"),
            QStringLiteral("n"), QStringLiteral("20") },
        { QStringLiteral("payload-bytes"),
            QStringLiteral(
                "Broadcast target: frame size (default: the Quorum frame it stands for)"),
            QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("stroke-points"),
            QStringLiteral("Strokes: points per ink stroke (default 150)"), QStringLiteral("n"),
            QStringLiteral("150") },
        { QStringLiteral("server-pid"),
            QStringLiteral("Read this process's RSS before and after connecting"),
            QStringLiteral("pid"), QStringLiteral("0") },
        { QStringLiteral("server-log"),
            QStringLiteral("quorum-server's log (with --server-pid): its heap is read before "
                           "connecting and once idle and drained (SIGUSR1, heapreport.h)"),
            QStringLiteral("file") },
        { QStringLiteral("hostile"),
            QStringLiteral("Fanout: measure again while hostile tablets attack") },
        { QStringLiteral("write-meeting"),
            QStringLiteral("Write a meeting definition for load and exit"),
            QStringLiteral("file") },
        { QStringLiteral("delegates"),
            QStringLiteral("With --write-meeting: delegates (default 2000)"), QStringLiteral("n"),
            QStringLiteral("2000") },
        { QStringLiteral("voting"),
            QStringLiteral("With --write-meeting: delegates 1..n have a vote, the others not "
                           "(default: all), so that n present voters make the quorum"),
            QStringLiteral("n"), QStringLiteral("-1") },
        { QStringLiteral("items"),
            QStringLiteral("With --write-meeting: agenda items (default 1001)"),
            QStringLiteral("n"), QStringLiteral("1001") },
    });
    parser.process(arguments);

    m_meetingFile = parser.value(QStringLiteral("write-meeting"));
    m_delegates = parser.value(QStringLiteral("delegates")).toInt();
    m_voting = parser.value(QStringLiteral("voting")).toInt();
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
    m_strokePoints = parser.value(QStringLiteral("stroke-points")).toInt();
    m_serverPid = parser.value(QStringLiteral("server-pid")).toLongLong();
    m_serverLog = parser.value(QStringLiteral("server-log"));
    m_hostile = parser.isSet(QStringLiteral("hostile"));
    static const QStringList scenarios{ QStringLiteral("fanout"), QStringLiteral("votes"),
        QStringLiteral("commands"), QStringLiteral("strokes"), QStringLiteral("bulk") };
    if ((m_target != QLatin1String("quorum") && m_target != QLatin1String("broadcast"))
        || !scenarios.contains(m_scenario)
        || (m_clientKind != QLatin1String("raw") && m_clientKind != QLatin1String("library"))
        || m_tablets < 1 || m_tablets > 20000 || m_rounds < 1 || m_rounds > 1000
        || m_strokePoints < 2 || m_strokePoints > 10000) {
        err << "quorum-bot load: bad --target, --scenario, --client, --tablets (1..20000), "
               "--rounds (1..1000) or --stroke-points (2..10000)"
            << Qt::endl;
        return 2;
    }
    if (m_scenario == QLatin1String("strokes") && m_tablets < 2) {
        err << "quorum-bot load: strokes needs at least 2 tablets" << Qt::endl;
        return 2;
    }
    if (m_target == QLatin1String("broadcast")
        && (m_scenario == QLatin1String("votes") || m_scenario == QLatin1String("commands")
            || m_hostile)) {
        err << "quorum-bot load: a broadcast baseline has the fanout, strokes and bulk scenarios"
            << Qt::endl;
        return 2;
    }
    if (m_clientKind == QLatin1String("library")
        && (m_target != QLatin1String("quorum") || m_hostile
            || m_scenario != QLatin1String("fanout"))) {
        err << "quorum-bot load: --client library runs the quorum fanout scenario only" << Qt::endl;
        return 2;
    }
    if (m_payloadBytes <= 0) {
        // The frame every tablet gets, as the server builds it: the chair moving the agenda,
        // or (strokes) one shared ink stroke.
        v1::ServerMessage message;
        v1::Event *event = message.mutable_event();
        event->set_seq(quint64(m_tablets) + 10);
        event->set_server_time_ms(qint64(LatencyRecorder::nowMs()));
        if (m_scenario == QLatin1String("strokes")) {
            event->set_actor("d1");
            v1::AnnotationOp op
                = strokeCommand(QStringLiteral("s-00000000-0000"), QStringLiteral("i0001/strokes"))
                      .annotate()
                      .op();
            op.set_author("d1");
            *event->mutable_annotation_applied()->mutable_op() = op;
        } else {
            event->set_actor("chair");
            event->mutable_current_item_changed()->set_item_id(sstr(itemId(1)));
        }
        m_payloadBytes = int(message.ByteSizeLong());
    }
    return 0;
}

v1::Command LoadMode::strokeCommand(const QString &opId, const QString &documentId) const
{
    // A handwritten underline: a gentle wave across the page, with pen pressure.
    v1::Command command;
    v1::AnnotationOp *op = command.mutable_annotate()->mutable_op();
    op->set_op_id(sstr(opId));
    op->set_document_id(sstr(documentId));
    op->set_page(0);
    op->set_layer(v1::LAYER_SHARED);
    v1::InkStroke *ink = op->mutable_ink();
    for (int i = 0; i < m_strokePoints; ++i) {
        const double t = double(i) / (m_strokePoints - 1);
        ink->add_xy(float(0.1 + 0.7 * t));
        ink->add_xy(float(0.5 + 0.02 * std::sin(12.0 * t)));
        ink->add_pressure(float(0.5 + 0.3 * std::sin(3.0 * t)));
    }
    ink->set_color(0xffd32f2fu);
    ink->set_width(0.004f);
    return command;
}

int LoadMode::writeMeeting(QTextStream &err)
{
    QJsonArray participants;
    participants.append(QJsonObject{
        { "id", "chair" }, { "name", "Chủ tọa" }, { "role", "chair" }, { "pin", chairPin() } });
    // The chair and delegates 1..--voting have a vote (the meeting file's default for a chair
    // and a delegate): the votes scenario connects exactly them, so the quorum is reached.
    participants.append(QJsonObject{ { "id", "secretary" }, { "name", "Thư ký" },
        { "role", "secretary" }, { "pin", secretaryPin() } });
    for (int i = 1; i <= m_delegates; ++i) {
        participants.append(QJsonObject{ { "id", QStringLiteral("d%1").arg(i) },
            { "name", QStringLiteral("Đại biểu %1").arg(i) },
            { "title", QStringLiteral("Đoàn viên") }, { "role", "delegate" },
            { "pin", delegatePin(i) }, { "voting", m_voting < 0 || i <= m_voting } });
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

double LoadMode::serverCpuMs() const
{
    if (m_serverPid <= 0)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_serverPid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // After "(comm)": state is field 3, utime 14 and stime 15 (clock ticks).
    const QByteArray line = stat.readAll();
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return -1;
    return double(f[11].toLongLong() + f[12].toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double LoadMode::botCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
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

void LoadMode::settle(int quietMs)
{
    // The server is idle once no frame arrived for a while (joins fan out to everyone).
    waitFor([&] { return LatencyRecorder::nowMs() - m_tally.lastFrameMs > quietMs; }, 30000);
}

int LoadMode::connections() const
{
    // votes and bulk: the chair drives, the N tablets are measured.
    if (m_scenario == QLatin1String("votes") || m_scenario == QLatin1String("bulk"))
        return m_tablets + 1;
    return m_tablets;
}

QString LoadMode::secretOf(int i) const
{
    if (m_scenario == QLatin1String("commands")) // chair and secretary devices (class comment)
        return i % 2 == 0 ? chairPin() : secretaryPin();
    return i == 0 ? chairPin() : delegatePin(i);
}

bool LoadMode::connectAll(QTextStream &err)
{
    const bool quorum = m_target == QLatin1String("quorum");
    const int n = connections();
    const qint64 rssBefore = serverRssKib();
    // The heap with no tablet, trimmed (the same report as once idle, so the difference is
    // what the tablets cost).
    const ServerHeap heapBefore = quorum && !m_serverLog.isEmpty()
        ? ServerHeap::ask(m_serverPid, m_serverLog)
        : ServerHeap{};
    QElapsedTimer clock;
    clock.start();
    if (m_clientKind == QLatin1String("library")) {
        auto *fleet = new BotFleet(&m_owner);
        for (int i = 0; i < n; ++i) {
            MeetingClient *client = fleet->add(QStringLiteral("tablet %1").arg(i), secretOf(i));
            QObject::connect(
                client, &MeetingClient::welcomed, &m_owner, [this] { ++m_tally.welcomed; });
            // Called once per event, whether it came alone or in an EventBatch.
            client->setEventObserver([this](const v1::Event &event) {
                const double now = LatencyRecorder::nowMs();
                ++m_tally.frames;
                m_tally.lastFrameMs = now;
                if (event.body_case() == m_tally.timedCase) {
                    m_tally.fanout.add(now - double(event.server_time_ms()));
                    ++m_tally.fanoutFrames;
                }
            });
        }
        fleet->joinAll(m_common.url, m_common.meetingId);
    } else {
        for (int i = 0; i < n; ++i) {
            // At most 256 handshakes under way at once (as bench-epoll-client): a loaded
            // machine then finishes each within the server's handshake timeout, instead of
            // all of them timing out together.
            waitFor([&] { return i - m_tally.welcomed - m_tally.closed < MaxHandshakes; },
                m_common.timeoutMs);
            auto *tablet = new RawTablet(
                quorum ? RawTablet::Kind::Quorum : RawTablet::Kind::Broadcast, m_tally, &m_owner);
            m_raw.push_back(tablet);
            if (i == 0)
                tablet->setKeepWelcome(true);
            tablet->open(m_common.url, secretOf(i), QStringLiteral("load-%1-%2").arg(m_run).arg(i));
        }
    }
    const bool all = waitFor([&] { return m_tally.welcomed >= n; }, m_common.timeoutMs);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    m_result[QStringLiteral("connect")] = QJsonObject{
        { QStringLiteral("tablets"), n },
        { QStringLiteral("welcomed"), m_tally.welcomed },
        { QStringLiteral("seconds"), std::round(seconds * 1000) / 1000 },
        { QStringLiteral("reconnects"), m_tally.reconnects },
    };
    if (!all) {
        err << "quorum-bot load: only " << m_tally.welcomed << " of " << n
            << " tablets were welcomed within " << m_common.timeoutMs << " ms" << Qt::endl;
        return false;
    }
    settle();
    const qint64 rssIdle = serverRssKib();
    if (rssBefore > 0 && rssIdle > 0) {
        QJsonObject rss{
            { QStringLiteral("before"), rssBefore },
            { QStringLiteral("idle"), rssIdle },
            { QStringLiteral("per_tablet"), std::round(double(rssIdle - rssBefore) / n * 10) / 10 },
        };
        // RSS keeps what the allocator held during the Welcome storm, and whether the server's
        // own trim (2 s after the last connection) ran before this reading is a race: ask the
        // server to trim now (SIGUSR1, heapreport.h) and read again.
        // Only quorum-server answers SIGUSR1 so (it would end bench-bare-server, and wake
        // Node's inspector).
        if (heapBefore.isValid()) {
            m_result[QStringLiteral("server_heap")] = idleHeap(heapBefore, n);
            const qint64 trimmed = m_result[QStringLiteral("server_heap")]
                                       .toObject()[QStringLiteral("resident_kib")]
                                       .toInteger(-1);
            rss[QStringLiteral("idle_after_trim")] = trimmed;
            rss[QStringLiteral("per_tablet_after_trim")]
                = std::round(double(trimmed - rssBefore) / n * 10) / 10;
        } else if (quorum && m_serverPid > 0 && ::kill(pid_t(m_serverPid), SIGUSR1) == 0) {
            QElapsedTimer wait;
            wait.start();
            while (wait.elapsed() < 1000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const qint64 trimmed = serverRssKib();
            rss[QStringLiteral("idle_after_trim")] = trimmed;
            rss[QStringLiteral("per_tablet_after_trim")]
                = std::round(double(trimmed - rssBefore) / n * 10) / 10;
        }
        m_result[QStringLiteral("server_rss_kib")] = rss;
    }
    return true;
}

QJsonObject LoadMode::idleHeap(const ServerHeap &before, int n)
{
    // Once every tablet has read what it was sent (nothing waits to be written): measured
    // earlier, the pages in flight would count as what an idle tablet keeps.
    const ServerHeap idle = ServerHeap::askDrained(m_serverPid, m_serverLog);
    const auto perTablet = [n](qint64 with, qint64 without) {
        return std::round(double(with - without) / 1024.0 / n * 10) / 10;
    };
    return {
        { QStringLiteral("before_kib"), before.heapBytes / 1024 },
        { QStringLiteral("idle_kib"), idle.heapBytes / 1024 },
        { QStringLiteral("per_tablet_kib"), perTablet(idle.heapBytes, before.heapBytes) },
        { QStringLiteral("openssl_per_tablet_kib"),
            perTablet(idle.openSslBytes, before.openSslBytes) },
        { QStringLiteral("resident_kib"), idle.residentKib },
        { QStringLiteral("resident_per_tablet_kib"),
            perTablet(idle.residentKib * 1024, before.residentKib * 1024) },
        { QStringLiteral("waiting_bytes"), idle.waitingBytes },
    };
}

LatencyRecorder LoadMode::timedRounds(int rounds, const std::function<void(int)> &send,
    const std::function<bool()> &stop, int *roundsDone)
{
    m_tally.fanout.clear();
    const qint64 start = m_tally.fanoutFrames;
    qint64 missing = 0;
    int done = 0;
    for (int r = 0; r < rounds; ++r) {
        if (stop && stop())
            break;
        const qint64 expected = start + qint64(m_measured) * (r + 1);
        send(r);
        ++done;
        // A round ends when every measured tablet has the frame; a lost frame ends it after 10 s.
        if (!waitFor([&] { return m_tally.fanoutFrames >= expected; }, 10000)) {
            missing += expected - m_tally.fanoutFrames;
            break; // later rounds would count this round's stragglers as theirs
        }
        // A pause between rounds, as between two chair actions, so rounds do not overlap.
        waitFor([] { return false; }, 100);
    }
    if (roundsDone)
        *roundsDone = done;
    m_result[QStringLiteral("fanout_missing")]
        = m_result.value(QStringLiteral("fanout_missing")).toInteger() + missing;
    return m_tally.fanout;
}

void LoadMode::chairChangesItem(int)
{
    // Alternate between two items across all calls, so that every round changes the item.
    const QString item = itemId(1 + (++m_chairActions % 2));
    if (BotFleet *fleet = m_owner.findChild<BotFleet *>()) {
        fleet->clients().first()->setCurrentItem(item);
    } else if (m_target == QLatin1String("quorum")) {
        v1::Command command;
        command.mutable_set_current_item()->set_item_id(sstr(item));
        m_raw.front()->sendCommand(std::move(command));
    } else {
        m_raw.front()->sendTrigger(QByteArray(m_payloadBytes, '\0'));
    }
}

bool LoadMode::chairCommand(v1::Command command, int timeoutMs)
{
    RawTablet *chair = m_raw.front();
    const qint64 before = chair->repliesReceived();
    chair->sendCommand(std::move(command));
    return waitFor([&] { return chair->repliesReceived() > before; }, timeoutMs)
        && chair->lastReplyError() == 0;
}

void LoadMode::commands()
{
    const qint64 repliesBefore = m_tally.replies;
    const qint64 framesBefore = m_tally.frames;
    m_tally.acks.clear();
    int rounds = 0;
    for (int r = 0; r < m_rounds; ++r) {
        // Each tablet to its own item: every command changes the current item, so each makes
        // one event that must be durable before its Reply.
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
    QJsonObject result = m_tally.acks.summary();
    result[QStringLiteral("senders")] = m_tablets;
    result[QStringLiteral("rounds")] = rounds;
    result[QStringLiteral("replies")] = m_tally.replies - repliesBefore;
    result[QStringLiteral("error_replies")] = m_tally.errors;
    // Frames each tablet received per round besides its reply: 1 per commit since batching.
    result[QStringLiteral("frames_per_tablet_per_round")]
        = std::round(double(m_tally.frames - framesBefore - (m_tally.replies - repliesBefore))
              / m_tablets / std::max(rounds, 1) * 10)
        / 10;
    m_result[QStringLiteral("commands")] = result;
}

void LoadMode::votes()
{
    RawTablet *chair = m_raw.front();
    chair->setMeasured(false);
    m_measured = m_tablets;
    LatencyRecorder opened, acks, sendMs, castWallMs, serverCastCpuMs, botCastCpuMs;
    int rounds = 0, ballotsOk = 0, errorReplies = 0;
    qint64 frames = 0, framesAtCast = 0;
    QJsonArray problems;
    for (int r = 0; r < m_rounds; ++r) {
        const QString ballot = QStringLiteral("b-%1-%2").arg(m_run).arg(r);
        v1::Command create;
        v1::Ballot *b = create.mutable_create_ballot()->mutable_ballot();
        b->set_id(sstr(ballot));
        b->set_item_id(sstr(itemId(1)));
        b->set_question("Thông qua nghị quyết? (benchmark)");
        b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
        if (!chairCommand(create)) {
            problems.append(QStringLiteral("round %1: CreateBallot refused (%2)")
                                .arg(r)
                                .arg(chair->lastReplyError()));
            break;
        }
        settle(200);
        // BallotOpened, stamped by the server, timed at every delegate.
        m_tally.timedCase = v1::Event::kBallotOpened;
        m_tally.fanout.clear();
        const qint64 expectedOpened = m_tally.fanoutFrames + m_tablets;
        v1::Command open;
        open.mutable_open_ballot()->set_ballot_id(sstr(ballot));
        if (!chairCommand(open)) {
            problems.append(QStringLiteral("round %1: OpenBallot refused (%2)")
                                .arg(r)
                                .arg(chair->lastReplyError()));
            break;
        }
        waitFor([&] { return m_tally.fanoutFrames >= expectedOpened; }, 10000);
        opened.merge(m_tally.fanout);
        m_tally.timedCase = v1::Event::BODY_NOT_SET;
        settle(300);
        // Every delegate casts at once; each Reply means the vote is durable.
        m_tally.acks.clear();
        const qint64 repliesBefore = m_tally.replies, errorsBefore = m_tally.errors;
        framesAtCast = m_tally.frames;
        QElapsedTimer sending;
        sending.start();
        const double serverCpu0 = serverCpuMs(), botCpu0 = botCpuMs();
        for (int i = 1; i <= m_tablets; ++i) {
            v1::Command cast;
            cast.mutable_cast_vote()->set_ballot_id(sstr(ballot));
            cast.mutable_cast_vote()->add_choices(quint32(i % 3 == 0 ? 1 : 0)); // 2/3 yes
            m_raw[size_t(i)]->sendCommand(std::move(cast));
        }
        // Until the sockets are flushed the casts are still in the bot: the event loop writes
        // them on its next turn (the time to do so is reported, not subtracted).
        sendMs.add(double(sending.nsecsElapsed()) / 1e6);
        const bool all
            = waitFor([&] { return m_tally.replies >= repliesBefore + m_tablets; }, 60000);
        acks.merge(m_tally.acks);
        // Who was busy until the last acknowledgement: the server, or this bot reading
        // ~1,000 sockets (each also gets the VoteCast batches).
        castWallMs.add(double(sending.nsecsElapsed()) / 1e6);
        if (serverCpu0 >= 0)
            serverCastCpuMs.add(serverCpuMs() - serverCpu0);
        botCastCpuMs.add(botCpuMs() - botCpu0);
        errorReplies += m_tally.errors - errorsBefore;
        settle(300);
        frames += m_tally.frames - framesAtCast - (m_tally.replies - repliesBefore);
        ++rounds;
        const int closedBefore = m_tally.ballotsClosed;
        v1::Command close;
        close.mutable_close_ballot()->set_ballot_id(sstr(ballot));
        const bool closed = chairCommand(close)
            && waitFor([&] { return m_tally.ballotsClosed > closedBefore; }, 10000);
        if (closed && m_tally.lastClosedBallots == m_tablets)
            ++ballotsOk;
        else
            problems.append(QStringLiteral("round %1: the result counts %2 ballots, not %3")
                                .arg(r)
                                .arg(m_tally.lastClosedBallots)
                                .arg(m_tablets));
        settle(300);
        if (!all)
            break;
    }
    QJsonObject result = acks.summary();
    result[QStringLiteral("voters")] = m_tablets;
    result[QStringLiteral("rounds")] = rounds;
    result[QStringLiteral("error_replies")] = errorReplies;
    result[QStringLiteral("ballots_counted_right")] = ballotsOk;
    result[QStringLiteral("ballot_opened")] = opened.summary();
    result[QStringLiteral("bot_send_loop_ms")] = sendMs.summary();
    result[QStringLiteral("cast_to_last_ack_wall_ms")] = castWallMs.summary();
    result[QStringLiteral("server_cpu_ms_per_cast_round")] = serverCastCpuMs.summary();
    result[QStringLiteral("bot_cpu_ms_per_cast_round")] = botCastCpuMs.summary();
    // What each tablet received per round while the votes came in (VoteCast batches).
    result[QStringLiteral("event_frames_per_tablet_per_round")]
        = std::round(double(frames) / (m_tablets + 1) / std::max(rounds, 1) * 10) / 10;
    if (!problems.isEmpty())
        result[QStringLiteral("problems")] = problems;
    m_result[QStringLiteral("votes")] = result;
}

void LoadMode::strokes()
{
    // Tablet 1, a delegate, draws; the other N-1 (the chair among them) are timed.
    RawTablet *sender = m_raw[1];
    sender->setMeasured(false);
    m_measured = m_tablets - 1;
    const bool quorum = m_target == QLatin1String("quorum");
    QString documentId;
    if (quorum) {
        if (m_tally.documents.empty()) {
            m_result[QStringLiteral("strokes")] = QJsonObject{ { QStringLiteral("problem"),
                QStringLiteral("the meeting has no document to draw on (--document)") } };
            return;
        }
        documentId = qstr(m_tally.documents.front().id());
        m_tally.timedCase = v1::Event::kAnnotationApplied;
    }
    const qint64 errorsBefore = m_tally.errors;
    m_tally.relay.clear();
    const LatencyRecorder samples = timedRounds(m_rounds, [&](int r) {
        if (quorum)
            sender->sendCommand(
                strokeCommand(QStringLiteral("s-%1-%2").arg(m_run).arg(r), documentId));
        else
            sender->sendTrigger(QByteArray(m_payloadBytes, '\0'));
    });
    QJsonObject result = samples.summary();
    result[QStringLiteral("frame_bytes")] = m_tally.timedFrameBytes;
    if (quorum) {
        // Live ink: the same points as StrokePreview messages, relayed without storage; timed
        // from the bot's send (same clock), so it includes the hop to the server.
        m_tally.timedCase = v1::Event::BODY_NOT_SET;
        m_tally.timePreviews = true;
        settle(200);
        const v1::InkStroke ink = strokeCommand(QString(), documentId).annotate().op().ink();
        const LatencyRecorder previews = timedRounds(m_rounds, [&](int r) {
            v1::StrokePreview preview;
            preview.set_stroke_id(sstr(QStringLiteral("p-%1-%2").arg(m_run).arg(r)));
            preview.set_document_id(sstr(documentId));
            preview.set_page(0);
            preview.set_layer(v1::LAYER_SHARED);
            preview.set_first_point(0);
            *preview.mutable_xy() = ink.xy();
            preview.set_color(ink.color());
            preview.set_width(ink.width());
            sender->sendPreview(preview);
        });
        m_tally.timePreviews = false;
        QJsonObject p = previews.summary();
        p[QStringLiteral("frame_bytes")] = m_tally.timedFrameBytes;
        result[QStringLiteral("preview_send_to_receipt")] = p;
    } else {
        result[QStringLiteral("send_to_receipt")] = m_tally.relay.summary();
    }
    result[QStringLiteral("receivers")] = m_measured;
    result[QStringLiteral("points")] = m_strokePoints;
    result[QStringLiteral("error_replies")] = m_tally.errors - errorsBefore;
    m_result[QStringLiteral("strokes")] = result;
}

void LoadMode::bulk()
{
    RawTablet *chair = m_raw.front();
    chair->setMeasured(false);
    m_measured = m_tablets;
    const bool quorum = m_target == QLatin1String("quorum");
    QString sha256;
    qint64 size = -1;
    if (quorum) {
        if (m_tally.documents.empty()) {
            m_result[QStringLiteral("bulk")] = QJsonObject{ { QStringLiteral("problem"),
                QStringLiteral("the meeting has no document to fetch (--document)") } };
            return;
        }
        // The largest document of the meeting.
        const v1::Document *doc = &m_tally.documents.front();
        for (const v1::Document &d : m_tally.documents)
            if (d.size() > doc->size())
                doc = &d;
        sha256 = qstr(doc->sha256());
        size = qint64(doc->size());
    }
    // Control messages (the chair moves the agenda) while nothing else is sent.
    m_tally.timedCase = v1::Event::kCurrentItemChanged;
    auto control = [this](int r) { chairChangesItem(r); };
    const LatencyRecorder idle = timedRounds(m_rounds, control);
    settle(300);

    // All tablets fetch the document at once; the chair keeps moving the agenda meanwhile.
    const qint64 bytesBefore = m_tally.chunkBytes;
    const int doneBefore = m_tally.transfersDone, errorsBefore = m_tally.transferErrors;
    const double start = LatencyRecorder::nowMs();
    for (int i = 1; i <= m_tablets; ++i)
        m_raw[size_t(i)]->fetch(sha256, size, i == 1);
    auto finished = [&] {
        return m_tally.transfersDone - doneBefore + m_tally.transferErrors - errorsBefore
            >= m_tablets;
    };
    int duringRounds = 0;
    // Bounded: at most 3,000 rounds (5+ minutes at 100 ms) or the bot's timeout.
    QElapsedTimer clock;
    clock.start();
    const LatencyRecorder during = timedRounds(
        3000, control, [&] { return finished() || clock.elapsed() > m_common.timeoutMs; },
        &duringRounds);
    const bool all
        = waitFor(finished, std::max<int>(1000, m_common.timeoutMs - int(clock.elapsed())));
    const double seconds = (m_tally.lastTransferDoneMs - start) / 1000.0;
    const qint64 bytes = m_tally.chunkBytes - bytesBefore;
    const double mib = double(bytes) / (1024.0 * 1024.0);
    auto round2 = [](double v) { return std::round(v * 100) / 100; };
    QJsonObject result{
        { QStringLiteral("tablets"), m_tablets },
        { QStringLiteral("document_bytes"), size > 0 ? size : m_raw[1]->bytesFetched() },
        { QStringLiteral("mib_total"), round2(mib) },
        { QStringLiteral("transfers_done"), m_tally.transfersDone - doneBefore },
        { QStringLiteral("transfer_errors"), m_tally.transferErrors - errorsBefore },
        { QStringLiteral("all_done"), all },
        { QStringLiteral("seconds"), round2(seconds) },
        { QStringLiteral("mib_s"), all && seconds > 0 ? round2(mib / seconds) : -1.0 },
        { QStringLiteral("control_idle"), idle.summary() },
        { QStringLiteral("control_during"), during.summary() },
        { QStringLiteral("control_rounds_during"), duringRounds },
    };
    if (quorum)
        result[QStringLiteral("first_tablet_sha256_verified")] = m_raw[1]->fetchVerified();
    if (!idle.empty() && !during.empty())
        result[QStringLiteral("control_p99_ratio")]
            = round2(during.percentile(99) / std::max(idle.percentile(99), 0.01));
    m_result[QStringLiteral("bulk")] = result;
}

int LoadMode::run(QTextStream &out, QTextStream &err)
{
    if (!m_meetingFile.isEmpty())
        return writeMeeting(err);
    m_run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_result[QStringLiteral("target")] = m_target;
    m_result[QStringLiteral("scenario")] = m_scenario;
    m_result[QStringLiteral("client")] = m_clientKind;
    m_result[QStringLiteral("tablets")] = m_tablets;
    m_result[QStringLiteral("payload_bytes")] = m_payloadBytes;
    m_measured = connections();
    int code = 0;
    if (!raiseFdLimit(err) || !connectAll(err)) {
        code = 1;
    } else if (m_scenario == QLatin1String("votes")) {
        votes();
    } else if (m_scenario == QLatin1String("commands")) {
        commands();
    } else if (m_scenario == QLatin1String("strokes")) {
        strokes();
    } else if (m_scenario == QLatin1String("bulk")) {
        bulk();
    } else {
        auto chair = [this](int r) { chairChangesItem(r); };
        const LatencyRecorder quiet = timedRounds(m_rounds, chair);
        m_result[QStringLiteral("fanout")] = quiet.summary();
        if (m_hostile) {
            QStringList pins;
            for (int i = 1; i <= HostilePins; ++i)
                pins << delegatePin(m_tablets + i);
            HostileFleet hostile(m_common.url, pins, SilentConnections);
            hostile.start();
            waitFor([] { return false; }, 2000); // let the attack reach its pace
            const LatencyRecorder attacked = timedRounds(m_rounds, chair);
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
