// Bad input against the real server: each gets its typed error or close code, and another
// tablet keeps receiving events throughout.
#include "rawclient.h"
#include "serverprocess.h"

#include <QTest>

using namespace quorum;

namespace {
const QString ChairPin = QStringLiteral("246810");
const QString DelegatePin = QStringLiteral("310001");
const QString ProjectorPin = QStringLiteral("900000");
constexpr int KeepOpen = -1;
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    RawClient m_chair;
    RawClient m_projector;
    int m_step = 0;

    /** The chair moves the agenda; the projector must see it. */
    void checkOthersStillServed()
    {
        const char *items[] = { "opening", "young-officials" };
        v1::Command c;
        c.mutable_set_current_item()->set_item_id(items[m_step++ % 2]);
        const quint64 request = m_chair.command(c);
        const auto reply = m_chair.reply(request);
        QVERIFY(reply);
        QCOMPARE(reply->error().code(), v1::ERROR_UNSPECIFIED);
        // Presence events of the bad clients may come first; the chair's must arrive.
        std::optional<v1::ServerMessage> event;
        do {
            event = m_projector.nextOf(v1::ServerMessage::kEvent);
            QVERIFY2(event, "the projector stopped receiving events");
        } while (event->event().seq() < reply->seq());
        QCOMPARE(event->event().seq(), reply->seq());
        QVERIFY(event->event().has_current_item_changed());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--hello-timeout-ms"), QStringLiteral("1500") }),
            qPrintable(m_server.output()));
        QVERIFY(m_chair.open(m_server.url()));
        m_chair.hello(ChairPin, 0, QStringLiteral("chair-tablet"));
        QVERIFY(m_chair.welcome());
        QVERIFY(m_projector.open(m_server.url()));
        m_projector.hello(ProjectorPin, 0, QStringLiteral("projector"));
        const auto welcome = m_projector.welcome();
        QVERIFY(welcome);
        QVERIFY(welcome->has_snapshot());
        checkOthersStillServed();
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("errorCode"); // expected Error message, 0: none
        QTest::addColumn<int>("closeCode"); // expected close code, KeepOpen: stays open

        QTest::newRow("garbage bytes") << "garbage" << int(v1::ERROR_MALFORMED)
                                       << int(QWebSocketProtocol::CloseCodeProtocolError);
        QTest::newRow("truncated protobuf") << "truncated" << int(v1::ERROR_MALFORMED)
                                            << int(QWebSocketProtocol::CloseCodeProtocolError);
        QTest::newRow("text frame")
            << "text" << 0 << int(QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        QTest::newRow("unknown message")
            << "unknown" << int(v1::ERROR_UNSUPPORTED_MESSAGE) << KeepOpen;
        QTest::newRow("oversized message")
            << "oversized" << 0 << int(QWebSocketProtocol::CloseCodeTooMuchData);
        QTest::newRow("command before hello") << "early-command" << int(v1::ERROR_NOT_AUTHENTICATED)
                                              << int(QWebSocketProtocol::CloseCodePolicyViolated);
        QTest::newRow("wrong PIN") << "wrong-pin" << int(v1::ERROR_BAD_CREDENTIALS) << KeepOpen;
        QTest::newRow("other protocol version") << "version" << int(v1::ERROR_PROTOCOL_VERSION)
                                                << int(QWebSocketProtocol::CloseCodeProtocolError);
        QTest::newRow("unknown meeting") << "meeting" << int(v1::ERROR_UNKNOWN_MEETING) << KeepOpen;
        QTest::newRow("second hello")
            << "second-hello" << int(v1::ERROR_ALREADY_AUTHENTICATED) << KeepOpen;
        QTest::newRow("never says hello")
            << "silent" << 0 << int(QWebSocketProtocol::CloseCodePolicyViolated);
    }
    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(int, errorCode);
        QFETCH(int, closeCode);

        RawClient bad;
        QVERIFY(bad.open(m_server.url()));
        if (kind == QLatin1String("garbage")) {
            bad.sendBytes(QByteArray("\xff\xff\xff\xff\x0f not protobuf", 18));
        } else if (kind == QLatin1String("truncated")) {
            v1::ClientMessage m;
            m.mutable_hello()->set_protocol_version(ProtocolVersion);
            m.mutable_hello()->set_client_name("a name long enough to cut");
            bad.sendBytes(encode(m).chopped(5));
        } else if (kind == QLatin1String("text")) {
            bad.sendText(QStringLiteral("{\"hello\": {}}"));
        } else if (kind == QLatin1String("unknown")) {
            bad.sendBytes(QByteArray("\x98\x06\x01", 3)); // field 99, varint 1: from a newer client
        } else if (kind == QLatin1String("oversized")) {
            bad.sendBytes(QByteArray(int(MaxMessageBytes) + 1024, 'x'));
        } else if (kind == QLatin1String("early-command")) {
            v1::Command c;
            c.mutable_advance_agenda()->set_delta(1);
            bad.command(c);
        } else if (kind == QLatin1String("wrong-pin")) {
            bad.hello(QStringLiteral("000000"));
        } else if (kind == QLatin1String("version")) {
            bad.hello(DelegatePin, 0, QStringLiteral("old-tablet"), ProtocolVersion + 1);
        } else if (kind == QLatin1String("meeting")) {
            v1::ClientMessage m;
            m.mutable_hello()->set_protocol_version(ProtocolVersion);
            m.mutable_hello()->set_meeting_id("no-such-meeting");
            m.mutable_hello()->set_secret(sstr(DelegatePin));
            bad.send(m);
        } else if (kind == QLatin1String("second-hello")) {
            bad.hello(DelegatePin, 0, QStringLiteral("delegate-tablet"));
            QVERIFY(bad.welcome());
            bad.hello(DelegatePin, 0, QStringLiteral("delegate-tablet"));
        }

        if (errorCode) {
            const auto error = bad.nextOf(v1::ServerMessage::kError);
            QVERIFY2(error, "no typed error");
            QCOMPARE(int(error->error().code()), errorCode);
            QVERIFY(!error->error().detail().empty());
        }
        if (closeCode == KeepOpen) {
            QTest::qWait(100);
            QVERIFY(bad.isOpen());
        } else {
            QVERIFY(bad.waitForClose(5000));
            QCOMPARE(int(bad.closeCode()), closeCode);
        }
        checkOthersStillServed();
    }

    void forbiddenCommandIsRefusedAndChangesNothing()
    {
        RawClient delegate;
        QVERIFY(delegate.open(m_server.url()));
        delegate.hello(DelegatePin, 0, QStringLiteral("delegate-2"));
        const auto welcome = delegate.welcome();
        QVERIFY(welcome);
        v1::Command c;
        c.mutable_advance_agenda()->set_delta(1);
        const auto reply = delegate.reply(delegate.command(c));
        QVERIFY(reply);
        QCOMPARE(reply->error().code(), v1::ERROR_FORBIDDEN);
        QCOMPARE(reply->seq(), 0u);
        QVERIFY(delegate.isOpen());
        checkOthersStillServed();
        // The delegate's view moved only by the chair's event.
        QTRY_COMPARE(delegate.events().size(), size_t(1));
    }

    void floodIsLimitedAndClosed()
    {
        RawClient flood;
        QVERIFY(flood.open(m_server.url()));
        flood.hello(DelegatePin, 0, QStringLiteral("flood"));
        QVERIFY(flood.welcome());
        v1::Command c;
        c.mutable_set_current_item()->set_item_id("opening");
        int rateLimited = 0;
        for (int i = 0; i < 2000 && flood.isOpen(); ++i)
            flood.command(c);
        while (auto m = flood.nextOf(v1::ServerMessage::kReply, 2000)) {
            if (m->reply().error().code() == v1::ERROR_RATE_LIMITED)
                ++rateLimited;
        }
        QVERIFY2(rateLimited > 0, "a flood was never rate limited");
        QVERIFY(flood.waitForClose(5000));
        QCOMPARE(flood.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        checkOthersStillServed();
    }

    void wrongPinsAreRateLimited()
    {
        RawClient guesser;
        QVERIFY(guesser.open(m_server.url()));
        bool limited = false;
        for (int attempt = 0; attempt < 10 && !limited; ++attempt) {
            guesser.hello(QStringLiteral("99999%1").arg(attempt));
            const auto error = guesser.nextOf(v1::ServerMessage::kError);
            QVERIFY(error);
            limited = error->error().code() == v1::ERROR_TOO_MANY_ATTEMPTS;
        }
        QVERIFY2(limited, "ten wrong PINs in a row were all checked");
        // While limited, even the right PIN is not checked: guessing gains nothing.
        guesser.hello(DelegatePin);
        const auto error = guesser.nextOf(v1::ServerMessage::kError);
        QVERIFY(error);
        QCOMPARE(error->error().code(), v1::ERROR_TOO_MANY_ATTEMPTS);
        checkOthersStillServed();
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
