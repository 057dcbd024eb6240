// Finding the room without typing (issue 11): the real quorum-server announces its meetings on
// the LAN over multicast DNS (DNS-SD `_quorum._tcp`) and the tablet's RoomFinder lists them;
// joining a room found so asks the person to confirm the fingerprint, as a typed address does;
// --no-announce keeps the server silent; a server that cannot announce serves all the same.
#include "certfingerprint.h"
#include "mdnsmessage.h"
#include "meetingclient.h"
#include "roomfinder.h"
#include "serverprocess.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace quorum;

namespace {
const QString DelegatePin = QStringLiteral("310001");
const QString DemoTitle = QStringLiteral(
    "Sinh hoạt chuyên đề: Xây dựng đội ngũ cán bộ Đoàn đáp ứng yêu cầu chuyển đổi số");
// Listening on every address, as in a room (ServerProcess listens on loopback, which is not
// announced: nobody on the LAN could reach it).
const QStringList OnTheLan{ QStringLiteral("--listen"), QStringLiteral("0.0.0.0") };

/** The row of the room announced by the server with this port and fingerprint, or -1. */
int rowOf(const RoomFinder &finder, const ServerProcess &server)
{
    for (int row = 0; row < finder.rooms().size(); ++row) {
        const RoomAnnouncement &room = finder.rooms().at(row).room;
        if (room.port == server.port() && room.fingerprint == server.fingerprint())
            return row;
    }
    return -1;
}

QString role(const RoomFinder &finder, int row, RoomFinder::Role r)
{
    return finder.data(finder.index(row), r).toString();
}
} // namespace

class TestRoomDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (mdns::multicastInterfaces().isEmpty())
            QSKIP("this machine has no network interface that is up and can multicast: mDNS has no "
                  "link to run on");
    }

    // Guards: a delegate had to type the server's address; the room now lists itself.
    void announcedMeetingIsListedAndJoinsAfterConfirmation()
    {
        RoomFinder finder;
        QAbstractItemModelTester tester(&finder);
        finder.setActive(true);
        QVERIFY(finder.listening());
        ServerProcess server;
        QVERIFY2(server.start(OnTheLan), qPrintable(server.output()));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(finder, server) >= 0, 10'000);
        const int row = rowOf(finder, server);
        QCOMPARE(role(finder, row, RoomFinder::TitleRole), DemoTitle);
        QCOMPARE(role(finder, row, RoomFinder::MeetingIdRole), QStringLiteral("demo"));
        QVERIFY(finder.data(finder.index(row), RoomFinder::SecureRole).toBool());
        QVERIFY(finder.data(finder.index(row), RoomFinder::CompatibleRole).toBool());
        const QString address = role(finder, row, RoomFinder::AddressRole);
        QVERIFY2(address.endsWith(QStringLiteral(":%1").arg(server.port())), qPrintable(address));
        QVERIFY2(
            !address.contains(QStringLiteral("://")), qPrintable(address)); // TLS: a bare address

        // The address is what a person would type: the announced fingerprint pins nothing by
        // itself. The server's certificate is shown and must be confirmed first.
        MeetingClient client;
        client.setDeviceId(QStringLiteral("nearby"));
        QSignalSpy failed(&client, &MeetingClient::joinFailed);
        client.join(QUrl(QStringLiteral("wss://") + address + QLatin1Char('/')), DelegatePin,
            role(finder, row, RoomFinder::MeetingIdRole));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(client.lastError(), MeetingClient::CertificateUnknown);
        QCOMPARE(client.presentedFingerprint(),
            groupedFingerprint(role(finder, row, RoomFinder::FingerprintRole)));
        client.trustPresentedCertificate();
        QTRY_COMPARE(client.connectionState(), MeetingClient::Connected);
        client.leave();

        // The server stops: its goodbye takes the room off the list at once, not in 120 s.
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(finder, server) < 0, 5'000);
    }

    // Guards: --no-announce (or `no-announce = true` in the configuration file) is silent.
    void noAnnounceIsSilent()
    {
        RoomFinder finder;
        finder.setActive(true);
        ServerProcess silent;
        QVERIFY2(silent.start(OnTheLan + QStringList{ QStringLiteral("--no-announce") }),
            qPrintable(silent.output()));
        // A server that announces, started after: when its announcement is here, the silent
        // one's would have been too (a server announces as it starts).
        ServerProcess loud;
        QVERIFY2(loud.start(OnTheLan), qPrintable(loud.output()));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(finder, loud) >= 0, 10'000);
        QCOMPARE(rowOf(finder, silent), -1);
        QVERIFY(
            !silent.output().contains(QStringLiteral("not announcing"))); // asked for: no warning
    }

    // Guards: the server must start and serve without mDNS, and say so once.
    void servesWhenItCannotAnnounce()
    {
        // Port 5353 held by a program that does not share it (as a foreign mDNS stack may): a
        // plain socket without SO_REUSEADDR (Qt's QUdpSocket sets it even when asked not to share).
        const int holder = ::socket(AF_INET, SOCK_DGRAM, 0);
        QVERIFY(holder >= 0);
        const auto closeHolder = qScopeGuard([holder] { ::close(holder); });
        sockaddr_in any{};
        any.sin_family = AF_INET;
        any.sin_port = htons(mdns::Port);
        any.sin_addr.s_addr = htonl(INADDR_ANY);
        if (::bind(holder, reinterpret_cast<const sockaddr *>(&any), sizeof any) != 0)
            QSKIP("UDP port 5353 is in use by another mDNS program here: it cannot be held to test "
                  "this");
        ServerProcess server;
        QVERIFY2(server.start(OnTheLan), qPrintable(server.output()));
        QTRY_VERIFY(server.output().contains(QStringLiteral("not announcing")));
        QCOMPARE(server.output().count(QStringLiteral("not announcing")), 1);
        MeetingClient client;
        client.setDeviceId(QStringLiteral("typed"));
        client.join(server.url(), DelegatePin);
        QTRY_COMPARE(client.connectionState(), MeetingClient::Connected);
        client.leave();
    }
};

QTEST_GUILESS_MAIN(TestRoomDiscovery)
#include "tst_roomdiscovery.moc"
