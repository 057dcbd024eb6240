#include "rawclient.h"

#include "tlspinning.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cmath>

using namespace quorum;

RawClient::RawClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        if (!m_lean)
            m_frames.push_back(bytes);
        m_largestFrame = std::max(m_largestFrame, qint64(bytes.size()));
        auto message = decode<v1::ServerMessage>(bytes);
        if (!message)
            qFatal("the server sent a frame that is not a ServerMessage");
        // A big meeting's Welcome: seen, as a tablet sees it, once its snapshot's pages are in.
        std::vector<v1::ServerMessage> now = m_snapshotPages.take(std::move(*message));
        if (m_snapshotPages.isBroken())
            qFatal("the server sent snapshot pages that do not make a snapshot");
        for (v1::ServerMessage &m : now)
            receive(std::move(m));
    });
}

void RawClient::receive(v1::ServerMessage message)
{
    if (message.has_welcome() && message.welcome().has_snapshot()
        && !message.welcome().annotations_follow())
        ++m_lastPages; // whole as it is: no pages follow
    if (message.has_annotation_page()) {
        for (v1::AnnotationOp op : message.annotation_page().annotations()) {
            if (m_lean)
                op.clear_kind();
            m_pageOps.push_back(std::move(op));
        }
        m_lastPages += message.annotation_page().last();
        return;
    }
    if (m_lean && (message.has_event() || message.has_event_batch())) {
        auto keep = [this](v1::Event event) {
            if (event.has_annotation_applied())
                event.mutable_annotation_applied()->mutable_op()->clear_kind();
            m_events.push_back(std::move(event));
        };
        if (message.has_event())
            keep(message.event());
        for (const v1::Event &event : message.event_batch().events())
            keep(event);
        return;
    }
    if (message.has_event())
        m_events.push_back(message.event());
    if (message.has_event_batch()) {
        // A commit's events in one frame: queued one by one, as lone events would be.
        for (const v1::Event &event : message.event_batch().events()) {
            m_events.push_back(event);
            v1::ServerMessage single;
            *single.mutable_event() = event;
            m_inbox.push_back(std::move(single));
        }
        return;
    }
    m_inbox.push_back(std::move(message));
}

v1::ClientMessage followState(bool following, const std::string &documentId, quint32 page)
{
    v1::ClientMessage m;
    v1::FollowState *s = m.mutable_follow_state();
    s->set_following(following);
    s->set_document_id(documentId);
    s->set_page(page);
    return m;
}

std::unique_ptr<RawClient> RawClient::joined(
    const QUrl &url, const QString &pin, const QString &device, v1::Welcome *welcome, bool lean)
{
    auto client = std::make_unique<RawClient>();
    client->setLean(lean);
    if (!client->open(url))
        return nullptr;
    client->hello(pin, 0, device);
    const auto w = client->welcome();
    if (!w)
        return nullptr;
    if (welcome)
        *welcome = *w;
    return client;
}

bool RawClient::open(const QUrl &url)
{
    // wss://…/?fp=: the fingerprint is pinned as a tablet pins it (ServerProcess::url()).
    QString fingerprint;
    const QUrl bare = splitPinnedFingerprint(url, &fingerprint);
    m_socket.open(bare);
    if (bare.scheme() == QLatin1String("wss"))
        pinServerCertificate(&m_socket, fingerprint, [](const QString &) {});
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    return connected.wait(5000) || m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawClient::hello(
    const QString &secret, quint64 lastSeq, const QString &device, quint32 version)
{
    v1::ClientMessage m;
    v1::Hello *h = m.mutable_hello();
    h->set_protocol_version(version);
    h->set_meeting_id(sstr(m_meetingId));
    h->set_secret(sstr(secret));
    h->set_device_id(sstr(device));
    h->set_last_seq(lastSeq);
    send(m);
}

void RawClient::helloToken(const QString &token, const QString &device)
{
    v1::ClientMessage m;
    v1::Hello *h = m.mutable_hello();
    h->set_protocol_version(ProtocolVersion);
    h->set_meeting_id(sstr(m_meetingId));
    h->set_device_token(sstr(token));
    h->set_device_id(sstr(device));
    send(m);
}

quint64 RawClient::command(v1::Command command, const QString &commandId)
{
    const quint64 id = m_nextRequest++;
    command.set_request_id(id);
    command.set_command_id(
        sstr(commandId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : commandId));
    v1::ClientMessage m;
    *m.mutable_command() = command;
    send(m);
    return id;
}

std::optional<v1::ServerMessage> RawClient::next(int ms)
{
    if (m_inbox.empty())
        (void)QTest::qWaitFor([this] { return !m_inbox.empty(); }, ms);
    if (m_inbox.empty())
        return std::nullopt;
    v1::ServerMessage m = std::move(m_inbox.front());
    m_inbox.pop_front();
    // Replies may come in another order than their requests (refusals go out at once,
    // acknowledgements after the commit): keep each for reply() even when skipped here.
    if (m.has_reply())
        m_replies.insert(m.reply().request_id(), m.reply());
    return m;
}

std::optional<std::vector<v1::AnnotationOp>> RawClient::snapshotAnnotations(int ms)
{
    if (!QTest::qWaitFor([this] { return m_lastPages > 0; }, ms))
        return std::nullopt;
    --m_lastPages;
    return std::exchange(m_pageOps, {});
}

std::optional<v1::ServerMessage> RawClient::nextOf(v1::ServerMessage::BodyCase kind, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        auto m = next(int(std::max<qint64>(1, deadline.remainingTime())));
        if (m && m->body_case() == kind)
            return m;
    }
    return std::nullopt;
}

QByteArray RawClient::fetchAll(const std::string &sha256, QString *error)
{
    v1::ClientMessage message;
    message.mutable_fetch_document()->set_sha256(sha256);
    send(message);
    QByteArray bytes;
    for (;;) {
        const auto m = nextOf(v1::ServerMessage::kDocumentChunk, 20'000);
        if (!m) {
            *error = QStringLiteral("no chunk after %1 bytes").arg(bytes.size());
            return {};
        }
        const v1::DocumentChunk &chunk = m->document_chunk();
        if (chunk.has_error()) {
            *error = QString::fromStdString(chunk.error().detail());
            return {};
        }
        if (chunk.offset() != quint64(bytes.size())) {
            *error
                = QStringLiteral("chunk at %1, expected %2").arg(chunk.offset()).arg(bytes.size());
            return {};
        }
        bytes += QByteArray::fromStdString(chunk.data());
        if (quint64(bytes.size()) >= chunk.total_size())
            return bytes;
    }
}

std::optional<v1::Welcome> RawClient::welcome(int ms)
{
    auto m = nextOf(v1::ServerMessage::kWelcome, ms);
    return m ? std::optional(m->welcome()) : std::nullopt;
}

std::optional<v1::Reply> RawClient::reply(quint64 requestId, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!m_replies.contains(requestId) && !deadline.hasExpired())
        next(int(std::max<qint64>(1, deadline.remainingTime())));
    const auto it = m_replies.constFind(requestId);
    if (it == m_replies.cend())
        return std::nullopt;
    return m_replies.take(requestId);
}

bool RawClient::waitForClose(int ms)
{
    return QTest::qWaitFor(
        [this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, ms);
}

v1::Command command(const std::function<void(v1::Command &)> &fill)
{
    v1::Command c;
    fill(c);
    return c;
}

bool applied(RawClient &client, v1::Command c)
{
    const auto r = client.reply(client.command(std::move(c)), 60'000);
    if (r && r->has_error())
        qWarning() << "refused:" << qstr(r->error().detail());
    return r && !r->has_error();
}

v1::Command maximumStroke(const std::string &documentId, const QString &opId, int seed)
{
    v1::Command c;
    v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
    op->set_op_id(sstr(opId));
    op->set_document_id(documentId);
    op->set_page(0);
    op->set_layer(v1::LAYER_SHARED);
    v1::InkStroke *ink = op->mutable_ink();
    for (int i = 0; i < 10'000; ++i) {
        ink->add_xy(float(i) / 10'000);
        ink->add_xy(0.5f + 0.4f * float(std::sin(i / 50.0 + seed)));
        ink->add_pressure(0.5f);
    }
    ink->set_color(0xff1565c0);
    ink->set_width(0.003f);
    return c;
}
