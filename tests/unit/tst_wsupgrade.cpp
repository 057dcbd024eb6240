// The WebSocket opening handshake, server side (server/net/wire/wsupgrade.h): RFC 6455
// §4.2.1's rules for the client's request, fed whole and split anywhere, and the responses.
#include "wsupgrade.h"

#include <QTest>

using namespace quorum::wire;

namespace {

// What the tablet's QWebSocket (Qt 6.4) sends, in its order.
const QByteArray Key = "dGhlIHNhbXBsZSBub25jZQ==";
const QByteArray Request = "GET /room?pin=1 HTTP/1.1\r\n"
                           "Host: 192.168.1.20:7450\r\n"
                           "Upgrade: websocket\r\n"
                           "Connection: Upgrade\r\n"
                           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                           "Sec-WebSocket-Version: 13\r\n"
                           "\r\n";

QByteArray replaceLine(const QByteArray &request, const QByteArray &from, const QByteArray &to)
{
    QByteArray out = request;
    const qsizetype at = out.indexOf(from);
    Q_ASSERT(at >= 0);
    const qsizetype eol = out.indexOf("\r\n", at);
    out.replace(at, eol + 2 - at, to.isEmpty() ? QByteArray() : to + "\r\n");
    return out;
}

UpgradeResult parseOnce(const QByteArray &bytes)
{
    UpgradeParser parser;
    return parser.parse(bytes);
}

} // namespace

class TestWsUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void theTabletsRequestIsAccepted();
    void framesAfterTheHeadAreNotConsumed();
    void aRequestSplitAnywhereIsTheSame();
    void acceptedVariants_data();
    void acceptedVariants();
    void refusedRequests_data();
    void refusedRequests();
    void anOversizedHeadIsRefused();
    void aHeadJustUnderTheBoundIsRead();
    void acceptKeyIsTheRfcs();
    void responses();
};

void TestWsUpgrade::theTabletsRequestIsAccepted()
{
    const UpgradeResult r = parseOnce(Request);
    QCOMPARE(r.status, UpgradeResult::Status::Ok);
    QCOMPARE(r.error, UpgradeError::None);
    QCOMPARE(r.consumed, Request.size());
    QCOMPARE(r.target, QByteArray("/room?pin=1"));
    QCOMPARE(r.key, Key);
}

void TestWsUpgrade::framesAfterTheHeadAreNotConsumed()
{
    const UpgradeResult r = parseOnce(Request + "\x82\x80\x01\x02\x03\x04");
    QCOMPARE(r.status, UpgradeResult::Status::Ok);
    QCOMPARE(r.consumed, Request.size());
}

void TestWsUpgrade::aRequestSplitAnywhereIsTheSame()
{
    // The same growing buffer, cut after every byte: Incomplete until the last, then Ok.
    UpgradeParser parser;
    for (qsizetype n = 0; n < Request.size(); ++n)
        QCOMPARE(parser.parse(Request.constData(), n).status, UpgradeResult::Status::Incomplete);
    const UpgradeResult r = parser.parse(Request);
    QCOMPARE(r.status, UpgradeResult::Status::Ok);
    QCOMPARE(r.consumed, Request.size());
    QCOMPARE(r.key, Key);
    // Split in two at every place, with a fresh parser each time.
    for (qsizetype cut = 0; cut <= Request.size(); ++cut) {
        UpgradeParser p;
        const UpgradeResult first = p.parse(Request.constData(), cut);
        QCOMPARE(first.status,
            cut == Request.size() ? UpgradeResult::Status::Ok : UpgradeResult::Status::Incomplete);
        QCOMPARE(p.parse(Request).status, UpgradeResult::Status::Ok);
        // Answered once, it answers the same.
        QCOMPARE(p.parse(Request + "more").consumed, Request.size());
    }
}

void TestWsUpgrade::acceptedVariants_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("header names in any case")
        << replaceLine(replaceLine(Request, "Upgrade:", "uPGRADE: websocket"), "Sec-WebSocket-Key",
               "SEC-WEBSOCKET-KEY: " + Key);
    QTest::newRow("token values in any case")
        << replaceLine(replaceLine(Request, "Upgrade:", "Upgrade: WebSocket"),
               "Connection:", "Connection: UPGRADE");
    QTest::newRow("connection token list")
        << replaceLine(Request, "Connection:", "Connection: keep-alive,  Upgrade ");
    QTest::newRow("connection in two headers")
        << replaceLine(Request, "Connection:", "Connection: keep-alive\r\nConnection: upgrade");
    QTest::newRow("upgrade token list with a version")
        << replaceLine(Request, "Upgrade:", "Upgrade: h2c, websocket/13");
    QTest::newRow("no spaces around values")
        << replaceLine(Request, "Sec-WebSocket-Key", "Sec-WebSocket-Key:" + Key + "\t");
    QTest::newRow("other headers")
        << replaceLine(Request, "Host:", "Host: x\r\nOrigin: http://x\r\nUser-Agent: tablet");
    QTest::newRow("root path") << "GET / HTTP/1.1" + Request.mid(Request.indexOf("\r\n"));
}

void TestWsUpgrade::acceptedVariants()
{
    QFETCH(QByteArray, request);
    const UpgradeResult r = parseOnce(request);
    QCOMPARE(r.error, UpgradeError::None);
    QCOMPARE(r.status, UpgradeResult::Status::Ok);
    QCOMPARE(r.key, Key);
}

void TestWsUpgrade::refusedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<UpgradeError>("error");
    QTest::addColumn<int>("status");
    const QByteArray rest = Request.mid(Request.indexOf("\r\n"));

    QTest::newRow("no Host") << replaceLine(Request, "Host:", {}) << UpgradeError::MissingHost
                             << 400;
    QTest::newRow("two Hosts") << replaceLine(Request, "Host:", "Host: a\r\nHost: b")
                               << UpgradeError::MissingHost << 400;
    QTest::newRow("no Upgrade") << replaceLine(Request, "Upgrade:", {})
                                << UpgradeError::NotWebSocket << 426;
    QTest::newRow("Upgrade: h2c") << replaceLine(Request, "Upgrade:", "Upgrade: h2c")
                                  << UpgradeError::NotWebSocket << 426;
    QTest::newRow("no Connection")
        << replaceLine(Request, "Connection:", {}) << UpgradeError::MissingConnectionUpgrade << 400;
    QTest::newRow("Connection: keep-alive")
        << replaceLine(Request, "Connection:", "Connection: keep-alive")
        << UpgradeError::MissingConnectionUpgrade << 400;
    QTest::newRow("Connection: upgraded")
        << replaceLine(Request, "Connection:", "Connection: upgraded")
        << UpgradeError::MissingConnectionUpgrade << 400;
    QTest::newRow("no version") << replaceLine(Request, "Sec-WebSocket-Version", {})
                                << UpgradeError::UnsupportedVersion << 426;
    QTest::newRow("version 8") << replaceLine(
        Request, "Sec-WebSocket-Version", "Sec-WebSocket-Version: 8")
                               << UpgradeError::UnsupportedVersion << 426;
    QTest::newRow("two versions") << replaceLine(
        Request, "Sec-WebSocket-Version", "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Version: 8")
                                  << UpgradeError::UnsupportedVersion << 426;
    QTest::newRow("no key") << replaceLine(Request, "Sec-WebSocket-Key", {}) << UpgradeError::BadKey
                            << 400;
    QTest::newRow("two keys") << replaceLine(
        Request, "Sec-WebSocket-Key", "Sec-WebSocket-Key: " + Key + "\r\nSec-WebSocket-Key: " + Key)
                              << UpgradeError::BadKey << 400;
    QTest::newRow("key of 15 bytes")
        << replaceLine(Request, "Sec-WebSocket-Key", "Sec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAA")
        << UpgradeError::BadKey << 400;
    QTest::newRow("key not base64")
        << replaceLine(Request, "Sec-WebSocket-Key", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ!!")
        << UpgradeError::BadKey << 400;
    QTest::newRow("POST") << "POST /room HTTP/1.1" + rest << UpgradeError::NotGet << 400;
    QTest::newRow("HTTP/1.0") << "GET /room HTTP/1.0" + rest << UpgradeError::BadHttpVersion << 400;
    QTest::newRow("no version in the request line")
        << "GET /room" + rest << UpgradeError::BadRequestLine << 400;
    QTest::newRow("absolute target")
        << "GET http://x/room HTTP/1.1" + rest << UpgradeError::BadRequestLine << 400;
    QTest::newRow("two spaces") << "GET  /room HTTP/1.1" + rest << UpgradeError::BadRequestLine
                                << 400;
    QTest::newRow("empty request line") << "\r\n" + Request << UpgradeError::BadRequestLine << 400;
    // Refused from the first bytes: a ClientHello has no blank line to wait for.
    QTest::newRow("TLS ClientHello")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
        << UpgradeError::BadRequestLine << 400;
    QTest::newRow("a method, unfinished") << QByteArray("PUT") << UpgradeError::NotGet << 400;
    // fuzz_wsframes: refused on "GA" as NotGet, on the whole line as BadRequestLine; the answer
    // must not depend on where the reads cut.
    QTest::newRow("a letter, then not a method")
        << QByteArray("GA\0 /room HTTP/1.1\r\n\r\n", 23) << UpgradeError::NotGet << 400;
    QTest::newRow("header without a colon")
        << replaceLine(Request, "Host:", "Host 192.168.1.20") << UpgradeError::BadHeaderLine << 400;
    QTest::newRow("space before the colon")
        << replaceLine(Request, "Host:", "Host : x") << UpgradeError::BadHeaderLine << 400;
    QTest::newRow("folded header") << replaceLine(Request, "Host:", "Host: x\r\n  continued")
                                   << UpgradeError::BadHeaderLine << 400;
    QTest::newRow("bare LF inside a header")
        << replaceLine(Request, "Host:", "Host: x\nUpgrade: websocket")
        << UpgradeError::BadHeaderLine << 400;
}

void TestWsUpgrade::refusedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(UpgradeError, error);
    QFETCH(int, status);
    const UpgradeResult r = parseOnce(request);
    QCOMPARE(r.status, UpgradeResult::Status::Bad);
    QCOMPARE(r.error, error);
    QVERIFY(r.key.isEmpty());
    const QByteArray response = rejectionResponse(error);
    QVERIFY2(response.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), response);
    QVERIFY(response.contains("\r\nConnection: close\r\n"));
    QCOMPARE(response.contains("\r\nSec-WebSocket-Version: 13\r\n"), status == 426);
}

void TestWsUpgrade::anOversizedHeadIsRefused()
{
    // A slowloris: headers that never end. Refused once the bound is reached, whatever comes.
    QByteArray head = Request.left(Request.size() - 2);
    while (head.size() < MaxUpgradeHeadBytes)
        head += "X-Padding: " + QByteArray(50, 'p') + "\r\n";
    UpgradeParser parser;
    QCOMPARE(parser.parse(head.constData(), MaxUpgradeHeadBytes - 1).status,
        UpgradeResult::Status::Incomplete);
    const UpgradeResult r = parser.parse(head + "\r\n");
    QCOMPARE(r.status, UpgradeResult::Status::Bad);
    QCOMPARE(r.error, UpgradeError::HeadTooLarge);
    QVERIFY(rejectionResponse(r.error).startsWith("HTTP/1.1 400 "));
}

void TestWsUpgrade::aHeadJustUnderTheBoundIsRead()
{
    QByteArray head = Request.left(Request.size() - 2);
    const QByteArray name = "X-Padding: ";
    head += name + QByteArray(MaxUpgradeHeadBytes - head.size() - name.size() - 4, 'p') + "\r\n";
    head += "\r\n";
    QCOMPARE(head.size(), MaxUpgradeHeadBytes);
    const UpgradeResult r = parseOnce(head);
    QCOMPARE(r.status, UpgradeResult::Status::Ok);
    QCOMPARE(r.consumed, MaxUpgradeHeadBytes);
}

void TestWsUpgrade::acceptKeyIsTheRfcs()
{
    // RFC 6455 §1.3's example.
    QCOMPARE(acceptKey(Key), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void TestWsUpgrade::responses()
{
    QCOMPARE(switchingProtocolsResponse(Key),
        QByteArray("HTTP/1.1 101 Switching Protocols\r\n"
                   "Upgrade: websocket\r\n"
                   "Connection: Upgrade\r\n"
                   "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n"));
    const QByteArray bad = rejectionResponse(UpgradeError::BadKey);
    const qsizetype body = bad.indexOf("\r\n\r\n") + 4;
    QVERIFY(bad.contains("Content-Length: " + QByteArray::number(bad.size() - body) + "\r\n"));
}

QTEST_GUILESS_MAIN(TestWsUpgrade)
#include "tst_wsupgrade.moc"
