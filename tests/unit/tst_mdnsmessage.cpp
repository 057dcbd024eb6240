// The room's DNS-SD records (proto/mdnsmessage.h, proto/roomannouncement.h): what the server
// announces reads back as the same room, and what arrives from the network — any host on the
// LAN can send anything to port 5353 — is read without running past the datagram or looping.
#include "mdnsmessage.h"
#include "roomannouncement.h"

#include <QTest>

using namespace quorum;

class TestMdnsMessage : public QObject
{
    Q_OBJECT

private slots:
    // Guards: the tablet lists the room with the title, meeting and fingerprint announced.
    void roomRoundTrips()
    {
        RoomAnnouncement room;
        room.title = QStringLiteral("Sinh hoạt chuyên đề: Xây dựng đội ngũ cán bộ Đoàn. Phiên 2");
        room.instance = dnssd::instanceLabel(room.title, QStringLiteral("quorum-phong-hop"));
        room.host = QStringLiteral("quorum-phong-hop.local");
        room.port = 7450;
        room.meetingId = QStringLiteral("demo");
        room.fingerprint = QString(64, QLatin1Char('A'));
        room.protocolVersion = 1;
        room.addresses = { QHostAddress(QStringLiteral("192.168.1.10")) };
        mdns::Message message;
        message.response = true;
        message.answers = dnssd::records(room, 120);
        const auto decoded = mdns::decode(mdns::encode(message));
        QVERIFY(decoded);
        QVERIFY(decoded->response);
        QCOMPARE(decoded->answers.size(), 4); // PTR, SRV, TXT, A
        const auto back = dnssd::fromRecords(decoded->answers.first().target, decoded->answers);
        QVERIFY(back);
        QCOMPARE(back->instance, room.instance);
        QVERIFY(!back->instance.contains(QLatin1Char('.'))); // a dot would split the label
        QVERIFY(room.instance.toUtf8().size() <= 63);
        QCOMPARE(back->title, room.title);
        QCOMPARE(back->meetingId, room.meetingId);
        QCOMPARE(back->fingerprint, room.fingerprint);
        QCOMPARE(back->port, room.port);
        QVERIFY(back->secure);
        QCOMPARE(back->protocolVersion, 1u);
        QCOMPARE(back->addresses, room.addresses);
    }

    void hostileDatagrams_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray header = QByteArray::fromHex("000084000000000100000000"); // one answer
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header cut") << QByteArray::fromHex("0000840000");
        QTest::newRow("answer missing") << header;
        QTest::newRow("label past the end") << header + QByteArray::fromHex("3f616263");
        QTest::newRow("pointer to itself") << header + QByteArray::fromHex("c00c");
        QTest::newRow("pointer forwards") << header + QByteArray::fromHex("c0ff");
        QTest::newRow("rdata longer than the datagram")
            << header + QByteArray::fromHex("00000c00010000007800ff");
        QTest::newRow("100 questions announced, none sent")
            << QByteArray::fromHex("000000000064000000000000");
    }

    // Guards: a malformed datagram is dropped, the responder and the finder keep running.
    void hostileDatagrams()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!mdns::decode(bytes));
    }

    void compressedNamesAreRead()
    {
        // A PTR answer whose target points back at the question's name (as other stacks write).
        QByteArray bytes = QByteArray::fromHex("000084000001000100000000");
        bytes += QByteArray::fromHex(
            "075f71756f72756d045f746370056c6f63616c00000c0001"); // _quorum._tcp.local PTR
        bytes += QByteArray::fromHex(
            "c00c000c000100000078000704526f6f6dc00c"); // -> Room._quorum._tcp.local
        const auto message = mdns::decode(bytes);
        QVERIFY(message);
        QCOMPARE(message->answers.size(), 1);
        QCOMPARE(message->answers.first().name, QStringLiteral("_quorum._tcp.local"));
        QCOMPARE(message->answers.first().target, QStringLiteral("Room._quorum._tcp.local"));
    }
};

QTEST_GUILESS_MAIN(TestMdnsMessage)
#include "tst_mdnsmessage.moc"
