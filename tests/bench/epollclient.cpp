// bench-epoll-client: a second, independent load client for the fan-out benchmark (issue 12),
// written apart from quorum-bot's Qt tablet: no Qt, no generated protobuf code, one thread,
// epoll, the WebSocket client framing (RFC 6455) and TLS through OpenSSL's libssl directly.
// Two clients that share no code measuring the same servers in the same run tell the servers
// apart from the client's own cost (docs/benchmarks.md, "Two load clients").
//
//   bench-epoll-client --url ws[s]://127.0.0.1:PORT[/?fp=SHA256HEX] --tablets N [--rounds R]
//       [--target quorum|broadcast] [--scenario fanout|votes] [--payload-bytes B]
//       [--timeout-ms T] [--server-pid PID]
//
// quorum: connection i says Hello with the PIN quorum-bot's meeting gives it (i = 0: the chair,
// 1000001; else delegate i, 2000000 + i) and waits for its Welcome; the chair then changes
// the current item R times (two items, alternately) and every connection times the
// CurrentItemChanged event (now - Event.server_time_ms). broadcast (bench-bare-server, the Node
// ws server): connection 0 sends B zero bytes R times; the server stamps the first 8 bytes
// (int64 ms, little endian) and sends the frame to everyone, who times it the same way. A round
// ends when every connection has the frame (10 s at most: then the missing frames are counted
// and the run stops). One JSON object on stdout.
//
// votes (quorum only; the meeting of `quorum-bot load --write-meeting ... --voting N`): the
// chair and N voting delegates (d1..dN) connect; per round the chair creates and opens a
// yes/no/abstain ballot, every delegate sends CastVote at the same moment, and each times its
// CastVote from the write to its Reply (sent only once the vote is durable: the group commit's
// fsync). While the votes come in, each connection counts the VoteCast events it gets (the
// chair must get every one; a delegate only its own: docs/protocol.md "Votes") and the
// VotesCounted events standing in for the others; then the chair closes the ballot and its
// result must count N ballots.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

double nowMs()
{
    // Wall clock, as the servers stamp (ms since the Unix epoch).
    return std::chrono::duration<double, std::milli>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

double monotonicMs()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// ---- protobuf wire format: the few fields this client writes and reads -----------------------

void putVarint(std::string &out, uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

void putBytes(std::string &out, int field, const std::string &bytes)
{
    putVarint(out, uint64_t(field) << 3 | 2);
    putVarint(out, bytes.size());
    out += bytes;
}

void putUint(std::string &out, int field, uint64_t v)
{
    putVarint(out, uint64_t(field) << 3);
    putVarint(out, v);
}

/** One field of a message: its number, its wire type and its value. */
struct Field
{
    int number = 0;
    int type = 0;
    uint64_t varint = 0;
    const char *data = nullptr; // length-delimited
    size_t size = 0;
};

/** Walks a message's fields; false at the end or on malformed bytes. */
struct Reader
{
    const char *p;
    const char *end;
    bool varint(uint64_t *v)
    {
        *v = 0;
        for (int shift = 0; shift < 64 && p < end; shift += 7) {
            const auto b = uint8_t(*p++);
            *v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return true;
        }
        return false;
    }
    bool next(Field *f)
    {
        uint64_t key = 0;
        if (p >= end || !varint(&key))
            return false;
        f->number = int(key >> 3);
        f->type = int(key & 7);
        switch (f->type) {
        case 0:
            return varint(&f->varint);
        case 1:
            if (end - p < 8)
                return false;
            p += 8;
            return true;
        case 2: {
            uint64_t n = 0;
            if (!varint(&n) || uint64_t(end - p) < n)
                return false;
            f->data = p;
            f->size = size_t(n);
            p += n;
            return true;
        }
        case 5:
            if (end - p < 4)
                return false;
            p += 4;
            return true;
        default:
            return false;
        }
    }
};

// Field numbers of proto/quorum.proto (append-only, so they stay valid).
constexpr int ClientHello = 1, ClientCommand = 2;
constexpr int HelloProtocolVersion = 1, HelloSecret = 3, HelloDeviceId = 4, HelloClientName = 6;
constexpr int CommandRequestId = 1, CommandId = 2, CommandSetCurrentItem = 10;
constexpr int CommandCreateBallot = 34, CommandOpenBallot = 35, CommandCastVote = 36,
              CommandCloseBallot = 37;
constexpr int ServerWelcome = 1, ServerReply = 2, ServerEvent = 3, ServerError = 4,
              ServerEventBatch = 5;
constexpr int ReplyRequestId = 1, ReplyError = 2;
constexpr int BatchEvents = 1;
constexpr int EventServerTime = 2, EventCurrentItemChanged = 13, EventBallotOpened = 33,
              EventVoteCast = 34, EventBallotClosed = 35, EventVotesCounted = 37;
constexpr int VoteCastVoterIds = 2, BallotClosedResult = 2, ResultBallots = 2;
constexpr uint64_t ProtocolVersion = 1; // proto/protocol.h

std::string chairPin()
{
    return "1000001"; // tools/bot/loadmode.h: the meeting quorum-bot writes
}

std::string delegatePin(int i)
{
    return std::to_string(2000000 + i);
}

std::string delegateId(int i)
{
    return "d" + std::to_string(i); // tools/bot/loadmode.cpp, writeMeeting
}

// ---- the run ----------------------------------------------------------------------------------

struct Options
{
    std::string host = "127.0.0.1";
    int port = 0;
    bool tls = false;
    std::string fingerprint; // SHA-256 of the server's certificate, hex; empty: not checked
    int tablets = 100;
    int rounds = 20;
    bool quorum = true;
    bool votes = false; // --scenario votes
    int serverPid = 0; // its CPU time per vote round, when given
    int payloadBytes = 28; // the size of Quorum's CurrentItemChanged frame (docs/benchmarks.md)
    int timeoutMs = 120000;
};

struct Connection
{
    enum class State {
        Connecting,
        Handshake,
        Upgrading,
        Joining,
        Open,
        Closed
    } state
        = State::Connecting;
    int fd = -1;
    int index = 0;
    SSL *ssl = nullptr;
    std::string in; // bytes read, not yet consumed
    std::string out; // bytes to write
    std::string message; // a fragmented message being put together
    bool wantWrite = false;
    int timedRound = -1; // the last round this connection timed
    int attempts = 0; // connections closed before their Welcome, tried again
    // votes
    uint64_t awaited = 0; // the request id whose Reply is awaited (0: none)
    double sentMs = 0; // when that command was written
    bool replied = false;
    bool replyError = false;
    int opened = -1; // the last round whose BallotOpened arrived
    long long ownVoteCasts = 0; // VoteCast events about this connection's own vote
    long long otherVoteCasts = 0; // VoteCast events about others' votes
    long long votesCounted = 0; // VotesCounted events (others' votes as a count)
    long long eventFrames = 0; // frames holding events
    long long lastBallots = -1; // BallotClosed.result.ballots, the last one seen
};

/** Tries per connection before the run fails: a tablet that cannot join is a result. */
constexpr int MaxAttempts = 5;

struct Run
{
    Options options;
    int epoll = -1;
    SSL_CTX *ctx = nullptr;
    std::vector<Connection> connections;
    int welcomed = 0;
    int closed = 0;
    int round = -1; // the round being timed
    int roundFrames = 0;
    double lastFrameMs = 0;
    std::vector<double> samples;
    std::string error;
    std::mt19937 random{ std::random_device{}() };
    uint64_t requestId = 0;
    int reconnects = 0;
    int replies = 0; // votes: Replies received this round
    int openedThisRound = 0; // votes: BallotOpened received this round
    int closedThisRound = 0;
};

void fail(Run &run, const std::string &why)
{
    if (run.error.empty())
        run.error = why;
}

void setEvents(Run &run, Connection &c)
{
    epoll_event ev{};
    ev.events = EPOLLIN | (c.wantWrite || !c.out.empty() ? uint32_t(EPOLLOUT) : 0u);
    ev.data.u32 = uint32_t(c.index);
    epoll_ctl(run.epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

bool open(Run &run, int index);

void closeConnection(Run &run, Connection &c, const std::string &why)
{
    if (c.state == Connection::State::Closed)
        return;
    const bool joining = c.state != Connection::State::Open;
    if (c.ssl)
        SSL_free(c.ssl);
    c.ssl = nullptr;
    close(c.fd);
    // Closed before its Welcome (a server under load closes handshakes that take too long):
    // a tablet tries again, and so does this client, a few times.
    if (joining && run.round < 0 && c.attempts < MaxAttempts) {
        ++run.reconnects;
        const int attempts = c.attempts + 1;
        const int index = c.index;
        c = Connection{};
        c.attempts = attempts;
        open(run, index);
        return;
    }
    fail(run, "connection " + std::to_string(c.index) + ": " + why);
    c.state = Connection::State::Closed;
    ++run.closed;
}

/** A masked client frame (RFC 6455 5.3: every client frame is masked). */
void queueFrame(Run &run, Connection &c, int opcode, const std::string &payload)
{
    std::string frame;
    frame.push_back(char(0x80 | opcode));
    const size_t n = payload.size();
    if (n < 126) {
        frame.push_back(char(0x80 | n));
    } else if (n < 65536) {
        frame.push_back(char(0x80 | 126));
        frame.push_back(char(n >> 8));
        frame.push_back(char(n));
    } else {
        frame.push_back(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            frame.push_back(char(uint64_t(n) >> (8 * i)));
    }
    const uint32_t mask = run.random();
    char key[4];
    std::memcpy(key, &mask, 4);
    frame.append(key, 4);
    const size_t at = frame.size();
    frame += payload;
    for (size_t i = 0; i < n; ++i)
        frame[at + i] = char(frame[at + i] ^ key[i % 4]);
    c.out += frame;
}

/** Writes what waits; false when the connection broke. */
bool flush(Run &run, Connection &c)
{
    while (!c.out.empty()) {
        ssize_t n;
        if (c.ssl) {
            ERR_clear_error();
            const int r = SSL_write(c.ssl, c.out.data(), int(c.out.size()));
            if (r <= 0) {
                const int e = SSL_get_error(c.ssl, r);
                if (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ)
                    break;
                return false;
            }
            n = r;
        } else {
            n = send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    break;
                return false;
            }
        }
        c.out.erase(0, size_t(n));
    }
    setEvents(run, c);
    return true;
}

void sendUpgrade(Run &run, Connection &c)
{
    unsigned char nonce[16];
    for (unsigned char &b : nonce)
        b = static_cast<unsigned char>(run.random());
    unsigned char key[32];
    EVP_EncodeBlock(key, nonce, 16);
    c.out += "GET / HTTP/1.1\r\nHost: " + run.options.host + ":" + std::to_string(run.options.port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
        + reinterpret_cast<char *>(key) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    c.state = Connection::State::Upgrading;
}

void sendHello(Run &run, Connection &c)
{
    std::string hello;
    putUint(hello, HelloProtocolVersion, ProtocolVersion);
    putBytes(hello, HelloSecret, c.index == 0 ? chairPin() : delegatePin(c.index));
    putBytes(
        hello, HelloDeviceId, "epoll-" + std::to_string(getpid()) + "-" + std::to_string(c.index));
    putBytes(hello, HelloClientName, "bench-epoll-client");
    std::string message;
    putBytes(message, ClientHello, hello);
    queueFrame(run, c, 0x2, message);
}

/** Queues Command{request_id, command_id, body} on `c` and flushes it; returns the request id. */
uint64_t sendCommand(Run &run, Connection &c, int bodyField, const std::string &body)
{
    std::string command;
    putUint(command, CommandRequestId, ++run.requestId);
    putBytes(command, CommandId,
        "epoll-" + std::to_string(getpid()) + "-" + std::to_string(run.requestId));
    putBytes(command, bodyField, body);
    std::string message;
    putBytes(message, ClientCommand, command);
    queueFrame(run, c, 0x2, message);
    c.awaited = run.requestId;
    c.replied = false;
    c.replyError = false;
    c.sentMs = monotonicMs();
    if (!flush(run, c))
        closeConnection(run, c, "write failed");
    return run.requestId;
}

void trigger(Run &run, int round)
{
    Connection &sender = run.connections.front();
    if (run.options.quorum) {
        std::string setItem;
        putBytes(setItem, 1, round % 2 == 0 ? "i0002" : "i0001"); // SetCurrentItem.item_id
        std::string command;
        putUint(command, CommandRequestId, ++run.requestId);
        putBytes(command, CommandId,
            "epoll-" + std::to_string(getpid()) + "-" + std::to_string(run.requestId));
        putBytes(command, CommandSetCurrentItem, setItem);
        std::string message;
        putBytes(message, ClientCommand, command);
        queueFrame(run, sender, 0x2, message);
    } else {
        queueFrame(run, sender, 0x2, std::string(size_t(run.options.payloadBytes), '\0'));
    }
    if (!flush(run, sender))
        closeConnection(run, sender, "write failed");
}

void timed(Run &run, Connection &c, double stampMs)
{
    if (run.round < 0 || c.timedRound == run.round)
        return;
    c.timedRound = run.round;
    run.samples.push_back(nowMs() - stampMs);
    ++run.roundFrames;
}

/** The server time of a CurrentItemChanged event in `event`, or a negative number. */
double currentItemStamp(const char *data, size_t size)
{
    Reader r{ data, data + size };
    Field f;
    double stamp = -1;
    bool changed = false;
    while (r.next(&f)) {
        if (f.number == EventServerTime && f.type == 0)
            stamp = double(int64_t(f.varint));
        else if (f.number == EventCurrentItemChanged)
            changed = true;
    }
    return changed ? stamp : -1;
}

/** One Event for the votes scenario: what it is and whom it concerns. */
void onVoteEvent(Run &run, Connection &c, const char *data, size_t size)
{
    Reader r{ data, data + size };
    Field f;
    while (r.next(&f)) {
        if (f.type != 2)
            continue;
        if (f.number == EventBallotOpened && c.opened != run.round) {
            c.opened = run.round;
            ++run.openedThisRound;
        } else if (f.number == EventVotesCounted) {
            ++c.votesCounted;
        } else if (f.number == EventVoteCast) {
            Reader vote{ f.data, f.data + f.size };
            Field v;
            bool own = false;
            const std::string me = delegateId(c.index);
            while (vote.next(&v)) {
                if (v.number == VoteCastVoterIds && v.type == 2
                    && std::string(v.data, v.size) == me)
                    own = true;
            }
            ++(own ? c.ownVoteCasts : c.otherVoteCasts);
        } else if (f.number == EventBallotClosed) {
            Reader closed{ f.data, f.data + f.size };
            Field rf;
            while (closed.next(&rf)) {
                if (rf.number != BallotClosedResult || rf.type != 2)
                    continue;
                Reader result{ rf.data, rf.data + rf.size };
                Field b;
                c.lastBallots = 0;
                while (result.next(&b)) {
                    if (b.number == ResultBallots && b.type == 0)
                        c.lastBallots = (long long)b.varint;
                }
            }
            ++run.closedThisRound;
        }
    }
}

void onReply(Run &run, Connection &c, const char *data, size_t size)
{
    Reader r{ data, data + size };
    Field f;
    uint64_t id = 0;
    bool error = false;
    while (r.next(&f)) {
        if (f.number == ReplyRequestId && f.type == 0)
            id = f.varint;
        else if (f.number == ReplyError && f.type == 2 && f.size > 0)
            error = true;
    }
    if (id == 0 || id != c.awaited || c.replied)
        return;
    c.replied = true;
    c.replyError = error;
    ++run.replies;
    if (run.round >= 0 && c.index > 0)
        run.samples.push_back(monotonicMs() - c.sentMs);
}

void onMessage(Run &run, Connection &c, const std::string &m)
{
    run.lastFrameMs = monotonicMs();
    if (!run.options.quorum) {
        int64_t stamp = 0;
        if (m.size() == size_t(run.options.payloadBytes) && m.size() >= 8) {
            std::memcpy(&stamp, m.data(), 8);
            timed(run, c, double(stamp));
        }
        return;
    }
    // A frame may hold several concatenated ServerMessages (a Welcome with a snapshot).
    Reader r{ m.data(), m.data() + m.size() };
    Field f;
    while (r.next(&f)) {
        if (f.number == ServerWelcome && c.state == Connection::State::Joining) {
            c.state = Connection::State::Open;
            ++run.welcomed;
        } else if (run.options.votes) {
            if (f.number == ServerReply && f.type == 2) {
                onReply(run, c, f.data, f.size);
            } else if (f.number == ServerEvent && f.type == 2) {
                ++c.eventFrames;
                onVoteEvent(run, c, f.data, f.size);
            } else if (f.number == ServerEventBatch && f.type == 2) {
                ++c.eventFrames;
                Reader batch{ f.data, f.data + f.size };
                Field e;
                while (batch.next(&e)) {
                    if (e.number == BatchEvents && e.type == 2)
                        onVoteEvent(run, c, e.data, e.size);
                }
            } else if (f.number == ServerError && c.state == Connection::State::Joining) {
                fail(run, "connection " + std::to_string(c.index) + " refused at Hello");
            }
        } else if (f.number == ServerEvent && f.type == 2) {
            const double stamp = currentItemStamp(f.data, f.size);
            if (stamp >= 0)
                timed(run, c, stamp);
        } else if (f.number == ServerEventBatch && f.type == 2) {
            Reader batch{ f.data, f.data + f.size };
            Field e;
            while (batch.next(&e)) {
                if (e.number == BatchEvents && e.type == 2) {
                    const double stamp = currentItemStamp(e.data, e.size);
                    if (stamp >= 0)
                        timed(run, c, stamp);
                }
            }
        } else if (f.number == ServerError && c.state == Connection::State::Joining) {
            fail(run, "connection " + std::to_string(c.index) + " refused at Hello");
        }
    }
}

/** Parses what was read: the upgrade's answer, then frames. */
void consume(Run &run, Connection &c)
{
    if (c.state == Connection::State::Upgrading) {
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos)
            return;
        if (c.in.compare(0, 12, "HTTP/1.1 101") != 0) {
            closeConnection(run, c, "upgrade refused: " + c.in.substr(0, c.in.find('\r')));
            return;
        }
        c.in.erase(0, end + 4);
        if (run.options.quorum) {
            c.state = Connection::State::Joining;
            sendHello(run, c);
        } else {
            c.state = Connection::State::Open;
            ++run.welcomed;
        }
    }
    size_t at = 0;
    while (c.state != Connection::State::Closed) {
        const size_t avail = c.in.size() - at;
        if (avail < 2)
            break;
        const auto *p = reinterpret_cast<const unsigned char *>(c.in.data() + at);
        const bool fin = p[0] & 0x80;
        const int opcode = p[0] & 0x0f;
        const bool masked = p[1] & 0x80;
        uint64_t len = p[1] & 0x7f;
        size_t header = 2;
        if (len == 126) {
            if (avail < 4)
                break;
            len = uint64_t(p[2]) << 8 | p[3];
            header = 4;
        } else if (len == 127) {
            if (avail < 10)
                break;
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = len << 8 | p[2 + i];
            header = 10;
        }
        if (masked)
            header += 4; // servers do not mask; tolerated all the same
        if (avail < header + len)
            break;
        std::string payload = c.in.substr(at + header, size_t(len));
        if (masked) {
            for (size_t i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ p[header - 4 + i % 4]);
        }
        at += header + size_t(len);
        switch (opcode) {
        case 0x0: // continuation
        case 0x1:
        case 0x2:
            c.message += payload;
            if (fin) {
                onMessage(run, c, c.message);
                c.message.clear();
            }
            break;
        case 0x8:
            closeConnection(run, c, "closed by the server");
            break;
        case 0x9:
            queueFrame(run, c, 0xA, payload);
            break;
        default:
            break; // pong
        }
    }
    if (c.state != Connection::State::Closed)
        c.in.erase(0, at);
}

bool verifyFingerprint(Run &run, Connection &c)
{
    if (run.options.fingerprint.empty())
        return true;
    X509 *cert = SSL_get1_peer_certificate(c.ssl);
    if (!cert)
        return false;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    X509_digest(cert, EVP_sha256(), md, &n);
    X509_free(cert);
    std::string hex;
    char buf[3];
    for (unsigned int i = 0; i < n; ++i) {
        std::snprintf(buf, sizeof buf, "%02x", md[i]);
        hex += buf;
    }
    std::string want = run.options.fingerprint;
    std::transform(want.begin(), want.end(), want.begin(), ::tolower);
    return hex == want;
}

void onReadable(Run &run, Connection &c)
{
    if (c.state == Connection::State::Connecting)
        return; // a connection opened again just now: writable first
    if (c.state == Connection::State::Handshake) {
        ERR_clear_error();
        const int r = SSL_connect(c.ssl);
        if (r != 1) {
            const int e = SSL_get_error(c.ssl, r);
            c.wantWrite = e == SSL_ERROR_WANT_WRITE;
            if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                closeConnection(run, c, "TLS handshake failed");
            else
                setEvents(run, c);
            return;
        }
        c.wantWrite = false;
        if (!verifyFingerprint(run, c)) {
            closeConnection(run, c, "the certificate does not match the pinned fingerprint");
            return;
        }
        sendUpgrade(run, c);
        if (!flush(run, c))
            closeConnection(run, c, "write failed");
        return;
    }
    char buf[65536];
    for (;;) {
        ssize_t n;
        if (c.ssl) {
            ERR_clear_error();
            const int r = SSL_read(c.ssl, buf, sizeof buf);
            if (r <= 0) {
                const int e = SSL_get_error(c.ssl, r);
                if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
                    break;
                closeConnection(run, c, "connection lost");
                return;
            }
            n = r;
        } else {
            n = recv(c.fd, buf, sizeof buf, 0);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                break;
            if (n <= 0) {
                closeConnection(run, c, "connection lost");
                return;
            }
        }
        c.in.append(buf, size_t(n));
    }
    consume(run, c);
    if (c.state != Connection::State::Closed && !flush(run, c))
        closeConnection(run, c, "write failed");
}

void onWritable(Run &run, Connection &c)
{
    if (c.state == Connection::State::Connecting) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0) {
            closeConnection(run, c, std::string("connect: ") + std::strerror(err));
            return;
        }
        if (c.ssl) {
            c.state = Connection::State::Handshake;
            onReadable(run, c); // starts the handshake
        } else {
            sendUpgrade(run, c);
            if (!flush(run, c))
                closeConnection(run, c, "write failed");
        }
        return;
    }
    if (c.state == Connection::State::Handshake) {
        onReadable(run, c);
        return;
    }
    if (!flush(run, c))
        closeConnection(run, c, "write failed");
}

bool open(Run &run, int index)
{
    Connection &c = run.connections[size_t(index)];
    c.index = index;
    c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (c.fd < 0) {
        fail(run, std::string("socket: ") + std::strerror(errno));
        return false;
    }
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // as the bot's LowDelayOption
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(run.options.port));
    inet_pton(AF_INET, run.options.host.c_str(), &addr.sin_addr);
    if (connect(c.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0
        && errno != EINPROGRESS) {
        fail(run, std::string("connect: ") + std::strerror(errno));
        return false;
    }
    if (run.options.tls) {
        c.ssl = SSL_new(run.ctx);
        SSL_set_fd(c.ssl, c.fd);
        SSL_set_mode(c.ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    }
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u32 = uint32_t(index);
    epoll_ctl(run.epoll, EPOLL_CTL_ADD, c.fd, &ev);
    return true;
}

/** Runs the event loop until `done` or `ms` pass; false on timeout. */
template <typename Done> bool loop(Run &run, Done done, double ms)
{
    const double until = monotonicMs() + ms;
    epoll_event events[512];
    while (!done()) {
        const double left = until - monotonicMs();
        if (left <= 0)
            return false;
        const int n = epoll_wait(run.epoll, events, 512, int(std::min(left, 50.0)) + 1);
        for (int i = 0; i < n; ++i) {
            Connection &c = run.connections[events[i].data.u32];
            if (c.state == Connection::State::Closed)
                continue;
            if (events[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP))
                onWritable(run, c);
            if (c.state != Connection::State::Closed
                && events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP))
                onReadable(run, c);
        }
    }
    return true;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

bool parseUrl(const std::string &url, Options *o)
{
    std::string rest;
    if (url.rfind("wss://", 0) == 0) {
        o->tls = true;
        rest = url.substr(6);
    } else if (url.rfind("ws://", 0) == 0) {
        rest = url.substr(5);
    } else {
        return false;
    }
    const size_t colon = rest.find(':');
    if (colon == std::string::npos)
        return false;
    o->host = rest.substr(0, colon);
    o->port = std::atoi(rest.c_str() + colon + 1);
    const size_t fp = rest.find("fp=");
    if (fp != std::string::npos)
        o->fingerprint = rest.substr(fp + 3, rest.find('&', fp) - fp - 3);
    return o->port > 0;
}

double serverCpuMs(int pid)
{
    if (pid <= 0)
        return -1;
    FILE *f = std::fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r");
    if (!f)
        return -1;
    char buf[1024];
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    // After "(comm)": utime and stime are the 12th and 13th fields (clock ticks).
    const char *p = std::strrchr(buf, ')');
    unsigned long long utime = 0, stime = 0;
    if (!p
        || std::sscanf(
               p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime)
            != 2)
        return -1;
    return double(utime + stime) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

/** Waits until no frame came for `quietMs` (the server has sent what the last step made). */
void settle(Run &run, double quietMs)
{
    run.lastFrameMs = monotonicMs();
    loop(
        run, [&] { return monotonicMs() - run.lastFrameMs > quietMs; }, 30000);
}

/** The chair's command and its Reply; false when refused or not answered in 10 s. */
bool chairCommand(Run &run, int bodyField, const std::string &body)
{
    Connection &chair = run.connections.front();
    sendCommand(run, chair, bodyField, body);
    const bool answered = loop(
        run, [&] { return chair.replied || !run.error.empty(); }, 10000);
    return answered && chair.replied && !chair.replyError;
}

/** The votes scenario (file comment); appends its JSON fields to `json`. */
void runVotes(Run &run, std::string &json)
{
    const int voters = run.options.tablets;
    Connection &chair = run.connections.front();
    std::vector<double> serverCpu, castWall;
    int rounds = 0, countedRight = 0, refused = 0;
    std::string problems;
    long long eventFrames = 0, chairVoteCasts = 0, foreignVoteCasts = 0, ownVoteCasts = 0,
              votesCounted = 0;
    for (int r = 0; r < run.options.rounds && run.error.empty(); ++r) {
        const std::string ballot = "e-" + std::to_string(getpid()) + "-" + std::to_string(r);
        std::string b;
        putBytes(b, 1, ballot); // Ballot.id
        putBytes(b, 2, "i0001"); // Ballot.item_id
        putBytes(b, 3, "Thông qua nghị quyết? (benchmark)"); // Ballot.question
        putUint(b, 4, 1); // Ballot.kind: BALLOT_YES_NO_ABSTAIN
        std::string create;
        putBytes(create, 1, b); // CreateBallot.ballot
        std::string id;
        putBytes(id, 1, ballot); // OpenBallot.ballot_id, CloseBallot.ballot_id
        if (!chairCommand(run, CommandCreateBallot, create)) {
            problems += "round " + std::to_string(r) + ": CreateBallot refused; ";
            break;
        }
        run.round = r;
        run.openedThisRound = 0;
        if (!chairCommand(run, CommandOpenBallot, id)) {
            problems += "round " + std::to_string(r) + ": OpenBallot refused; ";
            break;
        }
        loop(
            run, [&] { return run.openedThisRound >= voters + 1; }, 10000);
        settle(run, 300);
        // Every delegate casts at once: all frames queued first, then written in one sweep.
        std::vector<long long> framesBefore, ownBefore, otherBefore, countedBefore;
        for (const Connection &c : run.connections) {
            framesBefore.push_back(c.eventFrames);
            ownBefore.push_back(c.ownVoteCasts);
            otherBefore.push_back(c.otherVoteCasts);
            countedBefore.push_back(c.votesCounted);
        }
        run.replies = 0;
        const double cpu0 = serverCpuMs(run.options.serverPid);
        const double start = monotonicMs();
        for (int i = 1; i <= voters; ++i) {
            std::string cast;
            putBytes(cast, 1, ballot); // CastVote.ballot_id
            putUint(cast, 2, i % 3 == 0 ? 1 : 0); // CastVote.choices: 2/3 yes, as the bot
            sendCommand(run, run.connections[size_t(i)], CommandCastVote, cast);
        }
        const bool all = loop(
            run, [&] { return run.replies >= voters || !run.error.empty(); }, 60000);
        castWall.push_back(monotonicMs() - start);
        if (cpu0 >= 0)
            serverCpu.push_back(serverCpuMs(run.options.serverPid) - cpu0);
        for (int i = 1; i <= voters; ++i)
            refused += run.connections[size_t(i)].replyError ? 1 : 0;
        settle(run, 300);
        ++rounds;
        for (size_t i = 0; i < run.connections.size(); ++i) {
            const Connection &c = run.connections[i];
            eventFrames += c.eventFrames - framesBefore[i];
            if (i == 0) {
                chairVoteCasts += c.otherVoteCasts - otherBefore[i];
                continue;
            }
            ownVoteCasts += c.ownVoteCasts - ownBefore[i];
            foreignVoteCasts += c.otherVoteCasts - otherBefore[i];
            votesCounted += c.votesCounted - countedBefore[i];
        }
        run.closedThisRound = 0;
        if (chairCommand(run, CommandCloseBallot, id)
            && loop(
                run, [&] { return run.closedThisRound >= 1; }, 10000)
            && chair.lastBallots == voters)
            ++countedRight;
        else
            problems += "round " + std::to_string(r) + ": the result counts "
                + std::to_string(chair.lastBallots) + " ballots; ";
        settle(run, 300);
        run.round = -1;
        if (!all) {
            problems += "round " + std::to_string(r) + ": " + std::to_string(voters - run.replies)
                + " votes not acknowledged in 60 s; ";
            break;
        }
    }
    char buf[1024];
    std::snprintf(buf, sizeof buf,
        ",\"votes\":{\"voters\":%d,\"rounds\":%d,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,"
        "\"samples\":%zu,\"error_replies\":%d,\"ballots_counted_right\":%d,"
        "\"cast_to_last_ack_wall_ms_p50\":%.1f,\"server_cpu_ms_per_cast_round_p50\":%.1f,"
        "\"event_frames_per_tablet_per_round\":%.2f,"
        "\"chair_vote_casts_per_round\":%.1f,\"delegate_own_vote_casts_per_round\":%.3f,"
        "\"delegate_foreign_vote_casts\":%lld,\"delegate_votes_counted_per_round\":%.2f",
        voters, rounds, percentile(run.samples, 50), percentile(run.samples, 99),
        percentile(run.samples, 100), run.samples.size(), refused, countedRight,
        percentile(castWall, 50), percentile(serverCpu, 50),
        double(eventFrames) / double(voters + 1) / std::max(rounds, 1),
        double(chairVoteCasts) / std::max(rounds, 1),
        double(ownVoteCasts) / voters / std::max(rounds, 1), foreignVoteCasts,
        double(votesCounted) / voters / std::max(rounds, 1));
    json += buf;
    if (!problems.empty()) {
        for (char &ch : problems)
            ch = ch == '"' || ch == '\\' ? '\'' : ch;
        json += ",\"problems\":\"" + problems + "\"";
    }
    json += "}";
}

int usage()
{
    std::fprintf(stderr,
        "usage: bench-epoll-client --url ws[s]://HOST:PORT[/?fp=HEX] --tablets N [--rounds R]\n"
        "       [--target quorum|broadcast] [--scenario fanout|votes] [--payload-bytes B]\n"
        "       [--timeout-ms T] [--server-pid PID]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    Run run;
    Options &o = run.options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : nullptr;
        if (!value)
            return usage();
        if (arg == "--url") {
            if (!parseUrl(value, &o))
                return usage();
        } else if (arg == "--tablets") {
            o.tablets = std::atoi(value);
        } else if (arg == "--rounds") {
            o.rounds = std::atoi(value);
        } else if (arg == "--target") {
            o.quorum = std::string(value) == "quorum";
        } else if (arg == "--payload-bytes") {
            o.payloadBytes = std::max(8, std::atoi(value));
        } else if (arg == "--timeout-ms") {
            o.timeoutMs = std::atoi(value);
        } else if (arg == "--scenario") {
            o.votes = std::string(value) == "votes";
        } else if (arg == "--server-pid") {
            o.serverPid = std::atoi(value);
        } else {
            return usage();
        }
        ++i;
    }
    if (o.port <= 0 || o.tablets <= 0 || (o.votes && !o.quorum))
        return usage();
    // votes: the chair drives, the N voters are measured.
    const int connectionCount = o.votes ? o.tablets + 1 : o.tablets;

    // One descriptor per connection: raise the soft limit to the hard one (as quorum-bot does).
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < rlim_t(connectionCount + 16)) {
        std::fprintf(stderr, "bench-epoll-client: %d connections need more than %llu descriptors\n",
            o.tablets, static_cast<unsigned long long>(limit.rlim_cur));
        return 2;
    }
    if (o.tls) {
        run.ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_min_proto_version(run.ctx, TLS1_2_VERSION);
        SSL_CTX_set_verify(run.ctx, SSL_VERIFY_NONE, nullptr); // the pinned fingerprint instead
    }
    run.epoll = epoll_create1(0);
    run.connections.resize(size_t(connectionCount));

    // Connect: at most 256 handshakes under way at once, so that the listen backlog of every
    // server (4,096) is never the measure.
    const double connectStart = monotonicMs();
    int opened = 0;
    const bool connected = loop(
        run,
        [&] {
            while (opened < connectionCount && opened - run.welcomed - run.closed < 256) {
                if (!open(run, opened++))
                    return true;
            }
            return run.welcomed + run.closed >= connectionCount || !run.error.empty();
        },
        o.timeoutMs);
    const double connectSeconds = (monotonicMs() - connectStart) / 1000.0;
    if (connected && run.error.empty()) {
        // Idle: no frame for 500 ms (joins fan out to everyone on Quorum).
        run.lastFrameMs = monotonicMs();
        loop(
            run, [&] { return monotonicMs() - run.lastFrameMs > 500; }, 30000);
    }
    long long missing = 0;
    int rounds = 0;
    std::string votesJson;
    if (o.votes && run.error.empty() && run.welcomed == connectionCount) {
        runVotes(run, votesJson);
        rounds = o.rounds;
    }
    // The server's CPU while frames go out (trigger to the last receipt; with --server-pid):
    // what a round costs it, steadier than a latency on a shared machine.
    double fanoutServerCpuMs = 0;
    for (int r = 0; !o.votes && r < o.rounds && run.error.empty() && run.welcomed == o.tablets;
         ++r) {
        run.round = r;
        run.roundFrames = 0;
        const double cpu0 = serverCpuMs(o.serverPid);
        trigger(run, r);
        ++rounds;
        if (!loop(
                run, [&] { return run.roundFrames >= o.tablets || !run.error.empty(); }, 10000)) {
            missing += o.tablets - run.roundFrames;
            break; // later rounds would count this one's stragglers
        }
        fanoutServerCpuMs += serverCpuMs(o.serverPid) - cpu0;
        // A pause between rounds, as the bot makes, so that rounds do not overlap.
        loop(
            run, [] { return false; }, 100);
    }
    run.round = -1;

    std::printf("{\"client\":\"epoll\",\"target\":\"%s\",\"transport\":\"%s\",\"tablets\":%d,"
                "\"connect\":{\"seconds\":%.3f,\"welcomed\":%d},\"rounds\":%d,\"reconnects\":%d",
        o.quorum ? "quorum" : "broadcast", o.tls ? "tls" : "plain", o.tablets, connectSeconds,
        run.welcomed, rounds, run.reconnects);
    if (o.votes)
        std::printf("%s", votesJson.c_str());
    else
        std::printf(",\"fanout\":{\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"samples\":%zu,"
                    "\"server_cpu_ms_per_round\":%.1f},\"fanout_missing\":%lld",
            percentile(run.samples, 50), percentile(run.samples, 99), run.samples.size(),
            o.serverPid > 0 && rounds > 0 ? fanoutServerCpuMs / rounds : -1.0, missing);
    if (!run.error.empty()) {
        std::string escaped;
        for (char ch : run.error)
            escaped += ch == '"' || ch == '\\' ? std::string("'") : std::string(1, ch);
        std::printf(",\"error\":\"%s\"", escaped.c_str());
    }
    std::printf("}\n");
    for (Connection &c : run.connections) {
        if (c.state != Connection::State::Closed && c.fd >= 0) {
            if (c.ssl)
                SSL_free(c.ssl);
            close(c.fd);
        }
    }
    if (run.ctx)
        SSL_CTX_free(run.ctx);
    const bool complete = run.error.empty() && run.welcomed == connectionCount && rounds == o.rounds
        && missing == 0 && votesJson.find("problems") == std::string::npos;
    return complete ? 0 : 1;
}
