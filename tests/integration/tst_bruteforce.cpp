// Issue 10 "Authentication": guessing PINs is bounded for the whole meeting, not per address,
// and the secretary sees it. Issue 12 "Limits per participant": ten connections with one PIN
// share one command budget, and one budget of bytes.
#include "boundclient.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace quorum;

namespace {
// The defaults of PinBudget::Limits (docs/protocol.md): the test uses the real server's.
constexpr int MeetingBurst = 50;
constexpr double MeetingPerHour = 12;
constexpr int AddressBurst = 5;

v1::ClientMessage helloWith(const QString &pin)
{
    v1::ClientMessage m;
    m.mutable_hello()->set_protocol_version(ProtocolVersion);
    m.mutable_hello()->set_secret(sstr(pin));
    m.mutable_hello()->set_device_id("guesser");
    return m;
}
} // namespace

class TestBruteForce : public QObject
{
    Q_OBJECT
private slots:
    void bruteForceFromTenAddressesStaysInsideTheMeetingsBudget()
    {
        ServerProcess server;
        // The guessers keep their connections for the whole attack (a Hello that fails does not
        // start the Hello timer again).
        QVERIFY2(server.start({ QStringLiteral("--hello-timeout-ms"), QStringLiteral("60000") }),
            qPrintable(server.output()));
        auto secretary
            = RawClient::joined(server.url(), QStringLiteral("135790"), QStringLiteral("sec"));
        QVERIFY(secretary);
        v1::Welcome delegateWelcome;
        QVERIFY(RawClient::joined(
            server.url(), QStringLiteral("310001"), QStringLiteral("d01"), &delegateWelcome));

        // Ten addresses guess in turn, each as fast as the server answers, for ten seconds:
        // per address alone (5 at once, then 1 every 2 s) they would get 10 x (5 + 5) = 100
        // PINs checked; the meeting's budget lets 50 through, whatever the addresses.
        std::vector<std::unique_ptr<BoundClient>> guessers;
        for (int i = 2; i <= 11; ++i) {
            auto client = std::make_unique<BoundClient>();
            QVERIFY2(client->open(QHostAddress(QStringLiteral("127.0.0.%1").arg(i)), server.url()),
                "loopback addresses 127.0.0.2-11 (Linux routes all of 127/8)");
            guessers.push_back(std::move(client));
        }
        QHash<int, int> answers; // error code -> count
        int guess = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10'000) {
            for (auto &client : guessers) {
                // 700000..: no PIN of the demo meeting starts with 7.
                client->send(helloWith(QString::number(700000 + guess++)));
                const auto answer = client->next();
                QVERIFY(answer && answer->has_error());
                ++answers[answer->error().code()];
            }
            QTest::qWait(200);
        }
        const double hours = clock.elapsed() / 3'600'000.0;
        const int checked = answers.value(v1::ERROR_BAD_CREDENTIALS);
        qInfo() << guess << "guesses in" << clock.elapsed() << "ms:" << checked << "checked, "
                << answers.value(v1::ERROR_TOO_MANY_ATTEMPTS) << "refused per address,"
                << answers.value(v1::ERROR_PIN_BUDGET_EXHAUSTED) << "refused for the meeting";
        QVERIFY2(checked <= MeetingBurst + int(MeetingPerHour * hours) + 1,
            "inside the meeting's budget");
        QVERIFY(checked >= 10 * AddressBurst - 1);
        QVERIFY2(answers.value(v1::ERROR_PIN_BUDGET_EXHAUSTED) > 0,
            "the meeting's budget, not only the addresses'");

        // A correct PIN from a fresh address is not checked while the budget is spent ...
        BoundClient fresh;
        QVERIFY(fresh.open(QHostAddress(QStringLiteral("127.0.0.12")), server.url()));
        fresh.send(helloWith(QStringLiteral("310002")));
        auto answer = fresh.next();
        QVERIFY(answer && answer->has_error());
        QCOMPARE(answer->error().code(), v1::ERROR_PIN_BUDGET_EXHAUSTED);
        // ... and a device token joins all the same.
        RawClient tablet;
        QVERIFY(tablet.open(server.url()));
        tablet.helloToken(qstr(delegateWelcome.device_token()), QStringLiteral("d01"));
        QVERIFY2(tablet.welcome(), "a device that joined before reconnects during the attack");

        // The secretary was told: how many, from how many addresses, and that PINs are paused.
        std::optional<v1::AuthFailures> seen;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            while (auto m = secretary->next(50)) {
                if (m->has_auth_failures())
                    seen = m->auth_failures();
            }
            return seen && seen->failed() >= quint64(checked) && seen->pin_joins_paused();
        }()),
            5000);
        QCOMPARE(seen->addresses(), 10u);
        QCOMPARE(seen->budget_left(), 0u);
    }

    void tenConnectionsWithOnePinShareOneCommandBudget()
    {
        ServerProcess server;
        QVERIFY2(
            server.start({ QStringLiteral("--max-devices-per-participant"), QStringLiteral("10") }),
            qPrintable(server.output()));
        // 60 commands on each connection at once: 600 against one budget of 100 at once and
        // 50/s (per connection it would have been 10 x 100).
        v1::Command command;
        command.mutable_set_queue_open()->set_open(true);
        const auto flood = floodAsOneChair(server, command, 60, 20'000);
        QVERIFY(flood);
        QVERIFY2(flood->admitted <= 100 + int(50 * flood->seconds) + 1,
            "one budget for the participant");
        QVERIFY(flood->limited > 0);
    }

    // Guards issue 12 "ten connections with one PIN sent 400 strokes/s": the bytes a participant
    // sends are counted once for all their connections (ServerConfig::participantBytes*: 16 MiB
    // at once, 1 MiB/s). Each connection alone sends 4 MB, far inside any per-connection budget;
    // together they send 40 MB, and only what the one budget holds is taken.
    void tenConnectionsWithOnePinShareOneByteBudget()
    {
        ServerProcess server;
        // Commands are not what is measured here: their budget is raised out of the way.
        QVERIFY2(
            server.start({ QStringLiteral("--max-devices-per-participant"), QStringLiteral("10"),
                QStringLiteral("--participant-commands-per-second"), QStringLiteral("1000") }),
            qPrintable(server.output()));
        // A command of 200 KB (an unknown item: the core refuses it, nothing is stored or
        // sent to anyone), 20 per connection.
        constexpr qint64 FrameBytes = 200'000;
        v1::Command command;
        command.mutable_set_current_item()->set_item_id(std::string(size_t(FrameBytes), 'x'));
        const auto flood = floodAsOneChair(server, command, 20, 60'000);
        QVERIFY(flood);
        constexpr double Burst = 16 * 1024 * 1024, PerSecond = 1024 * 1024;
        QVERIFY2(
            double(flood->admitted) * FrameBytes <= Burst + PerSecond * flood->seconds + FrameBytes,
            "one byte budget for the participant");
        QVERIFY(flood->limited > 0);
        QVERIFY(flood->admitted >= int(Burst / FrameBytes) - 1); // the burst itself passes
    }

private:
    struct Flood
    {
        int admitted = 0;
        int limited = 0; // RATE_LIMITED replies
        double seconds = 0;
    };

    /**
     * Ten connections with the chair's PIN each send `each` copies of `command` at once; every
     * Reply is awaited. Empty when a connection could not join or a Reply did not come.
     */
    static std::optional<Flood> floodAsOneChair(
        const ServerProcess &server, const v1::Command &command, int each, int replyMs)
    {
        std::vector<std::unique_ptr<RawClient>> chairs;
        for (int i = 0; i < 10; ++i) {
            chairs.push_back(RawClient::joined(
                server.url(), QStringLiteral("246810"), QStringLiteral("chair-%1").arg(i)));
            if (!chairs.back())
                return std::nullopt;
        }
        QElapsedTimer clock;
        clock.start();
        std::vector<std::vector<quint64>> requests(chairs.size());
        for (size_t c = 0; c < chairs.size(); ++c) {
            for (int i = 0; i < each; ++i)
                requests[c].push_back(chairs[c]->command(command));
        }
        Flood flood;
        for (size_t c = 0; c < chairs.size(); ++c) {
            for (quint64 id : requests[c]) {
                const auto reply = chairs[c]->reply(id, replyMs);
                if (!reply)
                    return std::nullopt;
                (reply->error().code() == v1::ERROR_RATE_LIMITED ? flood.limited
                                                                 : flood.admitted)++;
            }
        }
        flood.seconds = clock.elapsed() / 1000.0;
        qInfo() << flood.admitted << "admitted," << flood.limited << "rate-limited in"
                << flood.seconds << "s";
        return flood;
    }
};

QTEST_GUILESS_MAIN(TestBruteForce)
#include "tst_bruteforce.moc"
