// bench-join: "join into a meeting holding N strokes: time to first page usable" (issue 12,
// docs/benchmarks.md). Fills a running quorum-server's meeting (quorum-bot's meeting file,
// started with two documents) with N shared ink strokes from delegates, half on each document,
// has the chair make the second document's item current, then joins J fresh tablets one after
// the other and times, from opening the connection:
//   - the Welcome (the meeting's state without annotations),
//   - the first AnnotationPage of the current item's document: the page on screen is usable,
//   - the last AnnotationPage: every stroke is in.
// It checks that the current document's pages come first and that every stroke arrives once.
//
//   bench-join --url wss://127.0.0.1:PORT/?fp=HEX --strokes N [--joins J] [--points P]
//              [--server-pid PID]   (then the server's VmRSS before, filled, after the joins)
//
// One JSON object on stdout; exit 1 when something was not measured.
#include "protocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <set>

using namespace quorum;

namespace {

/**
 * Each writer stays inside a participant's command budget (ServerConfig: a burst of 100, then
 * 50 a second): 90 at once, then 45 a second, at most 20 unanswered. Ten writers at most: every
 * writer's tablet gets every stroke too, and the bench process, not the server, would be measured.
 */
constexpr int WriterBurst = 90;
constexpr int WriterPerSecond = 45;
constexpr int MaxWriters = 10;
constexpr int MaxInFlight = 20;

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

/** One tablet over a QWebSocket: Hello, then every message it gets. */
class Tablet
{
public:
    std::function<void(const v1::ServerMessage &)> onMessage;
    v1::Welcome welcome;
    bool welcomed = false;
    bool failed = false;
    std::set<quint64> replies;
    int errorReplies = 0;
    QString lastError;

    explicit Tablet(const QUrl &url)
    {
        const QString fingerprint = QUrlQuery(url).queryItemValue(QStringLiteral("fp"));
        QObject::connect(&m_socket, &QWebSocket::sslErrors, [this, fingerprint] {
            // The server's own certificate, pinned by its fingerprint (as tablets do).
            const QByteArray peer
                = m_socket.sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
            if (peer.toHex().compare(fingerprint.toLatin1(), Qt::CaseInsensitive) == 0)
                m_socket.ignoreSslErrors();
        });
        QObject::connect(
            &m_socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &bytes) {
                v1::ServerMessage message;
                if (!message.ParseFromArray(bytes.constData(), int(bytes.size())))
                    return;
                if (message.has_welcome()) {
                    welcome = message.welcome();
                    welcomed = true;
                } else if (message.has_reply()) {
                    replies.insert(message.reply().request_id());
                    if (message.reply().has_error()) {
                        ++errorReplies;
                        lastError = QString::fromStdString(message.reply().error().detail());
                    }
                } else if (message.has_error()) {
                    failed = true;
                }
                if (onMessage)
                    onMessage(message);
            });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { failed = true; });
        QUrl plain = url;
        plain.setQuery(QString());
        m_socket.open(plain);
    }
    void send(const v1::ClientMessage &message) { m_socket.sendBinaryMessage(encode(message)); }
    void hello(const QString &pin, const QString &device)
    {
        QObject::connect(&m_socket, &QWebSocket::connected, [this, pin, device] {
            v1::ClientMessage message;
            v1::Hello *h = message.mutable_hello();
            h->set_protocol_version(ProtocolVersion);
            h->set_secret(sstr(pin));
            h->set_device_id(sstr(device));
            h->set_client_name("bench-join");
            send(message);
        });
    }
    quint64 command(v1::Command command)
    {
        command.set_request_id(++m_requests);
        command.set_command_id(sstr(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        v1::ClientMessage message;
        *message.mutable_command() = std::move(command);
        send(message);
        return m_requests;
    }

private:
    QWebSocket m_socket;
    quint64 m_requests = 0;
};

QString delegatePin(int i)
{
    return QString::number(2000000 + i); // tools/bot/loadmode.h: quorum-bot's meeting
}

/** A handwritten underline of `points` points with pen pressure (as quorum-bot's strokes). */
v1::Command stroke(const std::string &documentId, int n, int points)
{
    v1::Command command;
    v1::AnnotationOp *op = command.mutable_annotate()->mutable_op();
    op->set_op_id("join-" + std::to_string(n));
    op->set_document_id(documentId);
    op->set_page(0);
    op->set_layer(v1::LAYER_SHARED);
    v1::InkStroke *ink = op->mutable_ink();
    const double y = 0.05 + 0.9 * double(n % 97) / 97;
    for (int i = 0; i < points; ++i) {
        const double t = double(i) / (points - 1);
        ink->add_xy(float(0.1 + 0.7 * t));
        ink->add_xy(float(y + 0.02 * std::sin(12.0 * t)));
        ink->add_pressure(float(0.5 + 0.3 * std::sin(3.0 * t)));
    }
    ink->set_color(0xff1565c0u);
    ink->set_width(0.004f);
    return command;
}

/** VmRSS of a process in KiB, or -1 (the server's memory with the meeting it holds). */
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QUrl url;
    int strokes = 5000, joins = 5, points = 150;
    qint64 serverPid = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--url"))
            url = QUrl(args[i + 1]);
        else if (args[i] == QLatin1String("--strokes"))
            strokes = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--joins"))
            joins = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--points"))
            points = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--server-pid"))
            serverPid = args[i + 1].toLongLong();
    }
    if (!url.isValid() || strokes <= 0 || joins <= 0 || points < 2) {
        std::fprintf(stderr, "usage: bench-join --url URL --strokes N [--joins J] [--points P]\n");
        return 2;
    }
    QJsonObject result{ { "strokes", strokes }, { "points", points }, { "joins", joins } };
    auto finish = [&](const QString &problem) {
        if (!problem.isEmpty())
            result[QStringLiteral("problem")] = problem;
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return problem.isEmpty() ? 0 : 1;
    };

    // The chair: the documents, and the current item at the end.
    Tablet chair(url);
    chair.hello(QStringLiteral("1000001"), QStringLiteral("join-chair"));
    if (!waitFor([&] { return chair.welcomed || chair.failed; }, 30000) || !chair.welcomed)
        return finish(QStringLiteral("the chair was not welcomed"));
    std::vector<v1::Document> documents(
        chair.welcome.snapshot().documents().begin(), chair.welcome.snapshot().documents().end());
    if (documents.size() < 2)
        return finish(QStringLiteral("the server needs two documents (--document i0001=… "
                                     "--document i0002=…)"));

    // Fill: the writers at once, each within its budget, strokes alternating between documents.
    result[QStringLiteral("server_rss_kib_before")] = residentKiB(serverPid);
    QElapsedTimer fill;
    fill.start();
    const int writers = std::min(MaxWriters, (strokes + WriterBurst - 1) / WriterBurst);
    std::vector<std::unique_ptr<Tablet>> fillers;
    for (int w = 0; w < writers; ++w) {
        fillers.push_back(std::make_unique<Tablet>(url));
        fillers.back()->hello(delegatePin(w + 1), QStringLiteral("join-writer-%1").arg(w));
    }
    if (!waitFor(
            [&] {
                return std::all_of(fillers.begin(), fillers.end(),
                    [](const auto &t) { return t->welcomed || t->failed; });
            },
            60000))
        return finish(QStringLiteral("writers were not welcomed"));
    std::vector<int> sent(size_t(writers), 0);
    QElapsedTimer pace;
    pace.start();
    int next = 0;
    const bool filled = waitFor(
        [&] {
            const int allowed = WriterBurst + int(pace.elapsed() * WriterPerSecond / 1000);
            for (; next < strokes; ++next) {
                const size_t w = size_t(next % writers);
                // Closed loop too: a server that falls behind reads a backlog at once, and a
                // backlog past the burst would be refused however evenly it was sent.
                if (sent[w] >= allowed || sent[w] - int(fillers[w]->replies.size()) >= MaxInFlight)
                    break;
                fillers[w]->command(stroke(documents[size_t(next % 2)].id(), next, points));
                ++sent[w];
            }
            if (next < strokes)
                return false;
            for (int w = 0; w < writers; ++w) {
                if (int(fillers[size_t(w)]->replies.size()) < sent[size_t(w)])
                    return false;
            }
            return true;
        },
        600000);
    int errors = 0;
    QString why;
    for (const auto &w : fillers) {
        errors += w->errorReplies;
        why = w->lastError.isEmpty() ? why : w->lastError;
    }
    result[QStringLiteral("fill_seconds")] = std::round(fill.elapsed() / 10.0) / 100;
    if (!filled || errors)
        return finish(QStringLiteral("strokes not stored: %1 refused (%2)").arg(errors).arg(why));
    fillers.clear();
    waitFor([] { return false; }, 500); // the writers' leaving settles
    result[QStringLiteral("server_rss_kib_filled")] = residentKiB(serverPid);

    // The second document's item becomes current: its strokes must come first.
    const std::string current = documents[1].id();
    v1::Command setItem;
    setItem.mutable_set_current_item()->set_item_id(documents[1].item_id());
    const quint64 request = chair.command(setItem);
    if (!waitFor([&] { return chair.replies.count(request) > 0; }, 30000))
        return finish(QStringLiteral("the chair's SetCurrentItem was not answered"));

    std::vector<double> welcomeMs, firstPageMs, allPagesMs;
    qint64 largestPage = 0;
    for (int j = 0; j < joins; ++j) {
        QElapsedTimer clock;
        double welcomedAt = -1, firstAt = -1, lastAt = -1;
        bool otherFirst = false;
        std::set<std::string> held;
        int duplicates = 0;
        clock.start();
        Tablet joiner(url);
        joiner.onMessage = [&](const v1::ServerMessage &message) {
            const double now = double(clock.nsecsElapsed()) / 1e6;
            if (message.has_welcome() && welcomedAt < 0)
                welcomedAt = now;
            if (!message.has_annotation_page())
                return;
            const v1::AnnotationPage &page = message.annotation_page();
            largestPage = std::max<qint64>(largestPage, qint64(message.ByteSizeLong()));
            if (firstAt < 0) {
                if (page.document_id() == current)
                    firstAt = now;
                else
                    otherFirst = true;
            }
            for (const v1::AnnotationOp &op : page.annotations())
                duplicates += held.insert(op.op_id()).second ? 0 : 1;
            if (page.last())
                lastAt = now;
        };
        joiner.hello(delegatePin(writers + 1 + j), QStringLiteral("join-fresh-%1").arg(j));
        if (!waitFor([&] { return lastAt >= 0 || joiner.failed; }, 120000) || lastAt < 0)
            return finish(QStringLiteral("join %1: the pages did not all arrive").arg(j));
        if (otherFirst || firstAt < 0)
            return finish(QStringLiteral("join %1: another document's page came first").arg(j));
        if (int(held.size()) != strokes || duplicates)
            return finish(QStringLiteral("join %1: %2 strokes held, %3 twice")
                              .arg(j)
                              .arg(held.size())
                              .arg(duplicates));
        welcomeMs.push_back(welcomedAt);
        firstPageMs.push_back(firstAt);
        allPagesMs.push_back(lastAt);
    }
    auto figures = [](const std::vector<double> &v) {
        return QJsonObject{ { "median_ms", std::round(median(v) * 10) / 10 },
            { "max_ms", std::round(*std::max_element(v.begin(), v.end()) * 10) / 10 } };
    };
    result[QStringLiteral("welcome")] = figures(welcomeMs);
    result[QStringLiteral("first_page_usable")] = figures(firstPageMs);
    result[QStringLiteral("all_pages")] = figures(allPagesMs);
    result[QStringLiteral("largest_page_bytes")] = largestPage;
    result[QStringLiteral("server_rss_kib_after_joins")] = residentKiB(serverPid);
    return finish({});
}
