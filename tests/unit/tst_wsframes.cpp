// The WebSocket frame codec (server/net/wire/wsframes.h): every rule of RFC 6455 §5 the
// server relies on, fed whole and in pieces; and a round trip with Qt's own client, the
// tablet's QWebSocket, through a plain QTcpServer that speaks only through the codec.
#include "wsclientframe.h"
#include "wsframes.h"
#include "wsupgrade.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace quorum::wire;
using namespace wstest;

namespace {

constexpr qint64 Max = 1024 * 1024;

// Events as comparable text: kind, close code, payload in hex.
QStringList show(const QList<FrameEvent> &events)
{
    static const char *const kinds[] = { "Binary", "Text", "Ping", "Pong", "Close" };
    QStringList out;
    for (const FrameEvent &e : events) {
        QString s = QString::fromLatin1(kinds[int(e.kind)]);
        if (e.kind == FrameEvent::Kind::Close)
            s += QLatin1Char(' ') + QString::number(e.closeCode);
        s += QLatin1Char(' ') + QString::fromLatin1(e.payload.toHex());
        out << s;
    }
    return out;
}

struct Outcome
{
    QStringList events;
    FrameError error = FrameError::None;
};

Outcome decodeWhole(const QByteArray &bytes, qint64 max = Max)
{
    FrameDecoder decoder(max);
    QList<FrameEvent> events;
    decoder.feed(bytes, events);
    return { show(events), decoder.error() };
}

// Fed in pieces of the given sizes (cycled), stopping at the first error.
Outcome decodeInPieces(const QByteArray &bytes, const QList<int> &sizes, qint64 max = Max)
{
    FrameDecoder decoder(max);
    QList<FrameEvent> events;
    qsizetype at = 0;
    for (int i = 0; at < bytes.size(); ++i) {
        const qsizetype n = qMin<qsizetype>(sizes[i % sizes.size()], bytes.size() - at);
        if (!decoder.feed(bytes.constData() + at, n, events))
            break;
        at += n;
    }
    return { show(events), decoder.error() };
}

QByteArray pattern(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((i * 131 + 7) & 0xFF);
    return out;
}

} // namespace

class TestWsFrames : public QObject
{
    Q_OBJECT

private slots:
    void binaryMessageOfEachLengthForm_data();
    void binaryMessageOfEachLengthForm();
    void fragmentedMessageIsOneEvent();
    void pingBetweenFragmentsComesFirst();
    void eventsBeforeAnErrorAreKept();
    void protocolErrors_data();
    void protocolErrors();
    void oversizeIsRefusedOnTheAnnouncedLength_data();
    void oversizeIsRefusedOnTheAnnouncedLength();
    void aFailedDecoderStaysFailed();
    void closeFrames_data();
    void closeFrames();
    void bytesAfterCloseAreIgnored();
    void textMustBeUtf8_data();
    void textMustBeUtf8();
    void piecesOfAnySizeGiveTheSameEvents_data();
    void piecesOfAnySizeGiveTheSameEvents();
    void frameHeaderForms_data();
    void frameHeaderForms();
    void serverFramesRoundTrip();
    void closeReasonIsCutAtACharacter();
    void pongEchoesThePing();
    void qtClientRoundTrip();
};

void TestWsFrames::binaryMessageOfEachLengthForm_data()
{
    QTest::addColumn<int>("size");
    for (int size : { 0, 1, 7, 8, 9, 125, 126, 127, 65535, 65536, 200001 })
        QTest::addRow("%d", size) << size;
}

void TestWsFrames::binaryMessageOfEachLengthForm()
{
    QFETCH(int, size);
    const QByteArray payload = pattern(size);
    const Outcome o = decodeWhole(clientFrame(0x2, payload));
    QCOMPARE(o.error, FrameError::None);
    QCOMPARE(o.events, show({ { FrameEvent::Kind::Binary, 0, payload } }));
}

void TestWsFrames::fragmentedMessageIsOneEvent()
{
    const QByteArray a = pattern(300), b = pattern(70000), c = pattern(5);
    const QByteArray bytes = clientFrame(0x2, a, false) + clientFrame(0x0, b, false)
        + clientFrame(0x0, {}, false) + clientFrame(0x0, c, true);
    const Outcome o = decodeWhole(bytes);
    QCOMPARE(o.error, FrameError::None);
    QCOMPARE(o.events, show({ { FrameEvent::Kind::Binary, 0, a + b + c } }));
}

void TestWsFrames::pingBetweenFragmentsComesFirst()
{
    const QByteArray bytes = clientFrame(0x1, "hel", false) + clientFrame(0x9, "p1")
        + clientFrame(0x0, "lo ", false) + clientFrame(0xA, {}) + clientFrame(0x0, "w\xc3\xa9")
        + clientFrame(0x2, "next");
    const Outcome o = decodeWhole(bytes);
    QCOMPARE(o.error, FrameError::None);
    QCOMPARE(o.events,
        show({ { FrameEvent::Kind::Ping, 0, "p1" }, { FrameEvent::Kind::Pong, 0, {} },
            { FrameEvent::Kind::Text, 0, "hello w\xc3\xa9" },
            { FrameEvent::Kind::Binary, 0, "next" } }));
}

void TestWsFrames::eventsBeforeAnErrorAreKept()
{
    ClientFrame unmasked;
    unmasked.masked = false;
    const Outcome o
        = decodeWhole(clientFrame(0x2, "one") + clientFrame(0x9, "p") + clientFrame(unmasked, "x"));
    QCOMPARE(o.error, FrameError::Unmasked);
    QCOMPARE(o.events,
        show({ { FrameEvent::Kind::Binary, 0, "one" }, { FrameEvent::Kind::Ping, 0, "p" } }));
}

void TestWsFrames::protocolErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FrameError>("error");
    QTest::addColumn<int>("closeCode");

    auto with = [](auto change) {
        ClientFrame f;
        change(f);
        return f;
    };
    QTest::newRow("unmasked") << clientFrame(with([](ClientFrame &f) { f.masked = false; }), "abc")
                              << FrameError::Unmasked << 1002;
    for (int rsv : { 1, 2, 4 }) {
        QTest::addRow("rsv %d", rsv)
            << clientFrame(with([rsv](ClientFrame &f) { f.rsv = quint8(rsv); }), "abc")
            << FrameError::ReservedBits << 1002;
    }
    for (int op : { 3, 4, 5, 6, 7, 0xB, 0xC, 0xF }) {
        QTest::addRow("opcode %x", op)
            << clientFrame(with([op](ClientFrame &f) { f.opcode = quint8(op); }), "abc")
            << FrameError::UnknownOpcode << 1002;
    }
    QTest::newRow("ping of 126 bytes")
        << clientFrame(0x9, QByteArray(126, 'p')) << FrameError::ControlTooLong << 1002;
    QTest::newRow("close of 126 bytes")
        << clientFrame(0x8, closePayload(1000, QByteArray(124, 'r'))) << FrameError::ControlTooLong
        << 1002;
    QTest::newRow("fragmented ping")
        << clientFrame(0x9, "p", false) << FrameError::ControlFragmented << 1002;
    QTest::newRow("continuation first")
        << clientFrame(0x0, "abc") << FrameError::UnexpectedContinuation << 1002;
    QTest::newRow("continuation after a whole message")
        << clientFrame(0x2, "a") + clientFrame(0x0, "b") << FrameError::UnexpectedContinuation
        << 1002;
    QTest::newRow("binary inside a fragmented text")
        << clientFrame(0x1, "a", false) + clientFrame(0x2, "b") << FrameError::ExpectedContinuation
        << 1002;
    QTest::newRow("16-bit length for 125 bytes") << clientFrame(
        with([](ClientFrame &f) { f.form = LengthForm::Sixteen; }), QByteArray(125, 'x'))
                                                 << FrameError::LengthNotMinimal << 1002;
    QTest::newRow("64-bit length for 65535 bytes") << clientFrame(
        with([](ClientFrame &f) { f.form = LengthForm::SixtyFour; }), QByteArray(65535, 'x'))
                                                   << FrameError::LengthNotMinimal << 1002;
    QTest::newRow("64-bit length with the top bit set")
        << clientHeader64(0x2, 0x8000000000000001ULL) << FrameError::LengthTopBitSet << 1002;
    QTest::newRow("close with one byte")
        << clientFrame(0x8, "\x03") << FrameError::BadClosePayload << 1002;
    QTest::newRow("text not UTF-8") << clientFrame(0x1, "\xff") << FrameError::InvalidUtf8 << 1007;
    QTest::newRow("close reason not UTF-8") << clientFrame(0x8, closePayload(1000, "\xc0\xaf"))
                                            << FrameError::InvalidCloseReason << 1007;
}

void TestWsFrames::protocolErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FrameError, error);
    QFETCH(int, closeCode);
    const Outcome whole = decodeWhole(bytes);
    QCOMPARE(whole.error, error);
    QVERIFY(whole.events.isEmpty() || error == FrameError::UnexpectedContinuation);
    QCOMPARE(int(closeCodeFor(error)), closeCode);
    QVERIFY(*describe(error));
    const Outcome bytewise = decodeInPieces(bytes, { 1 });
    QCOMPARE(bytewise.error, error);
    QCOMPARE(bytewise.events, whole.events);
}

void TestWsFrames::oversizeIsRefusedOnTheAnnouncedLength_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("max");
    QTest::newRow("one byte over") << clientFrame(0x2, pattern(1025)).left(8) << qint64(1024);
    QTest::newRow("2^62 announced") << clientHeader64(0x2, quint64(1) << 62) << Max;
    QTest::newRow("text 2^63-1 announced") << clientHeader64(0x1, ~0ULL >> 1) << Max;
    QTest::newRow("second fragment over")
        << clientFrame(0x2, pattern(600), false) + clientFrame(0x0, pattern(600)).left(8)
        << qint64(1024);
}

void TestWsFrames::oversizeIsRefusedOnTheAnnouncedLength()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, max);
    // Only the header (and earlier fragments) arrive: the refusal cannot wait for the payload,
    // and nothing of the announced size is buffered (a 2^62 buffer could not be allocated).
    FrameDecoder decoder(max);
    QList<FrameEvent> events;
    QVERIFY(!decoder.feed(header, events));
    QCOMPARE(decoder.error(), FrameError::MessageTooBig);
    QCOMPARE(closeCodeFor(decoder.error()), CloseCode::TooBig);
    QCOMPARE(decoder.bufferedBytes(), 0);
    QVERIFY(events.isEmpty());
}

void TestWsFrames::aFailedDecoderStaysFailed()
{
    FrameDecoder decoder(Max);
    QList<FrameEvent> events;
    QVERIFY(!decoder.feed(clientFrame(0x3, "x"), events));
    QVERIFY(!decoder.feed(clientFrame(0x2, "fine"), events));
    QCOMPARE(decoder.error(), FrameError::UnknownOpcode);
    QVERIFY(events.isEmpty());
}

void TestWsFrames::closeFrames_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QByteArray() << true << 1005;
    for (int code :
        { 1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999 })
        QTest::addRow("%d", code) << closePayload(quint16(code), "bye") << true << code;
    for (int code : { 0, 999, 1004, 1005, 1006, 1012, 1015, 1016, 1100, 2000, 2999, 5000, 65535 })
        QTest::addRow("bad %d", code) << closePayload(quint16(code)) << false << 0;
}

void TestWsFrames::closeFrames()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, valid);
    QFETCH(int, code);
    const Outcome o = decodeWhole(clientFrame(0x8, payload));
    if (!valid) {
        QCOMPARE(o.error, FrameError::BadCloseCode);
        QCOMPARE(closeCodeFor(o.error), CloseCode::ProtocolError);
        QVERIFY(o.events.isEmpty());
        return;
    }
    QCOMPARE(o.error, FrameError::None);
    QCOMPARE(o.events, show({ { FrameEvent::Kind::Close, quint16(code), payload.mid(2) } }));
}

void TestWsFrames::bytesAfterCloseAreIgnored()
{
    FrameDecoder decoder(Max);
    QList<FrameEvent> events;
    QVERIFY(decoder.feed(
        clientFrame(0x8, closePayload(1000)) + clientFrame(0x2, "late") + "garbage", events));
    QVERIFY(decoder.isClosed());
    QVERIFY(decoder.feed(clientFrame(0x2, "later"), events));
    QCOMPARE(show(events), show({ { FrameEvent::Kind::Close, 1000, {} } }));
}

void TestWsFrames::textMustBeUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("plain words, long enough for a word") << true;
    QTest::newRow("vietnamese") << QString::fromUtf8("Biểu quyết").toUtf8() << true;
    QTest::newRow("4 bytes") << QByteArray("\xf0\x9f\x97\xb3 \xf4\x8f\xbf\xbf") << true;
    QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf") << true;
    QTest::newRow("overlong /") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong 4") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("F5") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("abcdefgh\x80") << false;
    QTest::newRow("truncated") << QByteArray("abc\xe2\x82") << false;
    QTest::newRow("bad second byte") << QByteArray("\xe2\x28\xa1") << false;
}

void TestWsFrames::textMustBeUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    // Whole, and cut into fragments one byte each (a character split across frames is fine).
    QByteArray fragmented;
    for (qsizetype i = 0; i < text.size(); ++i)
        fragmented += clientFrame(i == 0 ? 0x1 : 0x0, text.mid(i, 1), i + 1 == text.size());
    for (const QByteArray &bytes : { clientFrame(0x1, text), fragmented }) {
        const Outcome o = decodeWhole(bytes);
        if (valid) {
            QCOMPARE(o.error, FrameError::None);
            QCOMPARE(o.events, show({ { FrameEvent::Kind::Text, 0, text } }));
        } else {
            QCOMPARE(o.error, FrameError::InvalidUtf8);
            QCOMPARE(closeCodeFor(o.error), CloseCode::InvalidPayload);
        }
    }
}

void TestWsFrames::piecesOfAnySizeGiveTheSameEvents_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("1") << QList<int>{ 1 };
    QTest::newRow("2") << QList<int>{ 2 };
    QTest::newRow("3,5,7") << QList<int>{ 3, 5, 7 };
    QTest::newRow("13,1,4096") << QList<int>{ 13, 1, 4096 };
    QTest::newRow("65537") << QList<int>{ 65537 };
}

void TestWsFrames::piecesOfAnySizeGiveTheSameEvents()
{
    QFETCH(QList<int>, sizes);
    ClientFrame oddMask;
    oddMask.maskKey = 0xa1b2c3d4;
    const QByteArray bytes = clientFrame(0x2, pattern(70001)) + clientFrame(0x9, "ping")
        + clientFrame(0x1, "fragm", false) + clientFrame(0xA, "po")
        + clientFrame(0x0, pattern(0), false) + clientFrame(0x0, "ented text")
        + clientFrame(oddMask, pattern(131)) + clientFrame(0x2, {})
        + clientFrame(0x8, closePayload(1001, "going")) + clientFrame(0x2, "after");
    const Outcome whole = decodeWhole(bytes);
    QCOMPARE(whole.error, FrameError::None);
    QCOMPARE(whole.events.size(), 7);
    const Outcome pieces = decodeInPieces(bytes, sizes);
    QCOMPARE(pieces.error, FrameError::None);
    QCOMPARE(pieces.events, whole.events);
}

void TestWsFrames::frameHeaderForms_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("0") << quint64(0) << QByteArray("\x82\x00", 2);
    QTest::newRow("125") << quint64(125) << QByteArray("\x82\x7d");
    QTest::newRow("126") << quint64(126) << QByteArray("\x82\x7e\x00\x7e", 4);
    QTest::newRow("65535") << quint64(65535) << QByteArray("\x82\x7e\xff\xff");
    QTest::newRow("65536") << quint64(65536)
                           << QByteArray("\x82\x7f\x00\x00\x00\x00\x00\x01\x00\x00", 10);
    QTest::newRow("2^40+5") << (quint64(1) << 40) + 5
                            << QByteArray("\x82\x7f\x00\x00\x01\x00\x00\x00\x00\x05", 10);
}

void TestWsFrames::frameHeaderForms()
{
    QFETCH(quint64, size);
    QFETCH(QByteArray, header);
    char out[MaxFrameHeaderBytes];
    const int n = frameHeader(Opcode::Binary, size, out);
    QCOMPARE(QByteArray(out, n), header);
}

// What the server writes, masked as a client would send it: the decoder reads it back.
static QByteArray asClientFrame(const QByteArray &serverFrame)
{
    const int length7 = serverFrame[1] & 0x7F;
    const int headerBytes = length7 == 126 ? 4 : length7 == 127 ? 10 : 2;
    QByteArray out = serverFrame.left(headerBytes);
    out[1] = char(out[1] | 0x80);
    const char key[4] = { '\x12', '\x34', '\x56', '\x78' };
    out.append(key, 4);
    for (qsizetype i = headerBytes; i < serverFrame.size(); ++i)
        out += char(serverFrame[i] ^ key[(i - headerBytes) % 4]);
    return out;
}

void TestWsFrames::serverFramesRoundTrip()
{
    QByteArray out;
    appendFrame(out, Opcode::Binary, pattern(70000));
    appendFrame(out, Opcode::Text, "t\xc3\xa9");
    appendFrame(out, Opcode::Binary, QByteArrayView());
    appendPong(out, "pp");
    appendCloseFrame(out, CloseCode::PolicyViolated, "too many commands");
    QByteArray client;
    for (qsizetype at = 0; at < out.size();) {
        const int length7 = out[at + 1] & 0x7F;
        quint64 size = quint64(length7);
        int headerBytes = 2;
        if (length7 == 126) {
            size = (quint64(quint8(out[at + 2])) << 8) | quint8(out[at + 3]);
            headerBytes = 4;
        } else if (length7 == 127) {
            size = 0;
            for (int i = 0; i < 8; ++i)
                size = (size << 8) | quint8(out[at + 2 + i]);
            headerBytes = 10;
        }
        client += asClientFrame(out.mid(at, headerBytes + qsizetype(size)));
        at += headerBytes + qsizetype(size);
    }
    const Outcome o = decodeWhole(client);
    QCOMPARE(o.error, FrameError::None);
    QCOMPARE(o.events,
        show({ { FrameEvent::Kind::Binary, 0, pattern(70000) },
            { FrameEvent::Kind::Text, 0, "t\xc3\xa9" }, { FrameEvent::Kind::Binary, 0, {} },
            { FrameEvent::Kind::Pong, 0, "pp" },
            { FrameEvent::Kind::Close, 1008, "too many commands" } }));
}

void TestWsFrames::closeReasonIsCutAtACharacter()
{
    // 61 two-byte characters and one more: 124 bytes, one over what a close frame leaves.
    const QByteArray reason = QString(62, QChar(0x00e9)).toUtf8();
    QByteArray out;
    appendCloseFrame(out, CloseCode::Normal, reason);
    QCOMPARE(out.size(), 2 + 2 + 122);
    QCOMPARE(out.mid(4), reason.left(122));
    const Outcome o = decodeWhole(asClientFrame(out));
    QCOMPARE(o.error, FrameError::None);
    QCOMPARE(o.events, show({ { FrameEvent::Kind::Close, 1000, reason.left(122) } }));
}

void TestWsFrames::pongEchoesThePing()
{
    QByteArray out;
    appendPong(out, "abc");
    QCOMPARE(out,
        QByteArray("\x8a\x03"
                   "abc"));
}

// The tablet's own client against a server that is only this codec over plain TCP: the
// frames QWebSocket really sends (random masks, messages fragmented by its outgoing frame
// size, pings, its close) decode, and what the encoder writes back is what it reads.
void TestWsFrames::qtClientRoundTrip()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<FrameEvent> received; // every event the server decoded
    QByteArray target;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        auto buffer = std::make_shared<QByteArray>();
        auto parser = std::make_shared<UpgradeParser>();
        auto decoder = std::make_shared<FrameDecoder>(8 * 1024 * 1024);
        auto upgraded = std::make_shared<bool>(false);
        auto closeSent = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, socket, [=, &received, &target] {
            QByteArray bytes = socket->readAll();
            if (!*upgraded) {
                *buffer += bytes;
                const UpgradeResult r = parser->parse(*buffer);
                if (r.status == UpgradeResult::Status::Incomplete)
                    return;
                QCOMPARE(r.status, UpgradeResult::Status::Ok);
                target = r.target;
                socket->write(switchingProtocolsResponse(r.key));
                *upgraded = true;
                bytes = buffer->mid(r.consumed);
            }
            QList<FrameEvent> events;
            QVERIFY(decoder->feed(bytes, events));
            QByteArray out;
            for (const FrameEvent &e : events) {
                received.append(e);
                switch (e.kind) {
                case FrameEvent::Kind::Binary: {
                    // Header and shared payload written apart, as the engine's writev will.
                    char header[MaxFrameHeaderBytes];
                    out.append(
                        header, frameHeader(Opcode::Binary, quint64(e.payload.size()), header));
                    out += e.payload;
                    break;
                }
                case FrameEvent::Kind::Text:
                    if (e.payload == "close me") {
                        appendCloseFrame(out, CloseCode::PolicyViolated, "too many commands");
                        *closeSent = true;
                    } else {
                        appendFrame(out, Opcode::Text, e.payload);
                    }
                    break;
                case FrameEvent::Kind::Ping:
                    appendPong(out, e.payload);
                    break;
                case FrameEvent::Kind::Pong:
                    break;
                case FrameEvent::Kind::Close:
                    if (!*closeSent)
                        appendCloseFrame(out, CloseCode(e.closeCode));
                    break;
                }
            }
            socket->write(out);
            if (decoder->isClosed())
                socket->disconnectFromHost();
        });
    });

    QWebSocket client;
    client.setOutgoingFrameSize(64 * 1024); // the 4 MiB message goes out in 64 fragments
    QSignalSpy connected(&client, &QWebSocket::connected);
    QList<QByteArray> echoed;
    QStringList echoedText;
    QByteArray pong;
    connect(&client, &QWebSocket::binaryMessageReceived, this,
        [&](const QByteArray &m) { echoed << m; });
    connect(&client, &QWebSocket::textMessageReceived, this,
        [&](const QString &m) { echoedText << m; });
    connect(&client, &QWebSocket::pong, this, [&](quint64, const QByteArray &p) { pong = p; });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/room?pin=1").arg(server.serverPort())));
    QVERIFY(connected.wait(10000));
    QCOMPARE(target, QByteArray("/room?pin=1"));

    const QList<QByteArray> messages
        = { QByteArray(), pattern(10), pattern(125), pattern(70000), pattern(4 * 1024 * 1024) };
    for (const QByteArray &m : messages)
        QCOMPARE(client.sendBinaryMessage(m), m.size());
    client.sendTextMessage(QStringLiteral("xin chào"));
    client.ping("are you there");
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), messages.size(), 20000);
    QCOMPARE(echoed, messages);
    QTRY_COMPARE(echoedText, QStringList{ QStringLiteral("xin chào") });
    QTRY_COMPARE(pong, QByteArray("are you there"));

    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("bye"));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 10000);
    // Qt's client closes its end once its close frame is written, without waiting for ours.
    QTRY_VERIFY(received.last().kind == FrameEvent::Kind::Close);
    QCOMPARE(received.last().closeCode, quint16(1001));
    QCOMPARE(received.last().payload, QByteArray("bye"));

    // A close the server starts (as Session::close does): the tablet reads its code and reason.
    QWebSocket second;
    QSignalSpy secondConnected(&second, &QWebSocket::connected);
    QSignalSpy secondDisconnected(&second, &QWebSocket::disconnected);
    second.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())));
    QVERIFY(secondConnected.wait(10000));
    second.sendTextMessage(QStringLiteral("close me"));
    QTRY_COMPARE_WITH_TIMEOUT(secondDisconnected.count(), 1, 10000);
    QCOMPARE(second.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(second.closeReason(), QStringLiteral("too many commands"));
    QTRY_VERIFY(received.last().kind == FrameEvent::Kind::Close); // the tablet's answer
    QCOMPARE(received.last().closeCode, quint16(1008));
}

QTEST_GUILESS_MAIN(TestWsFrames)
#include "tst_wsframes.moc"
