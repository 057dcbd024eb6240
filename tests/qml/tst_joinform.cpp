// JoinForm without QML: what an address becomes, when Join makes sense, which form error.

#include "joinform.h"
#include "meetingclient.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestJoinForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void serverUrlFromAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("url"); // empty: rejected
        QTest::newRow("host") << "192.168.1.10"
                              << "wss://192.168.1.10:7450/";
        QTest::newRow("host and port") << "192.168.1.10:8000"
                                       << "wss://192.168.1.10:8000/";
        QTest::newRow("spaces around") << "  10.0.0.5:7450 "
                                       << "wss://10.0.0.5:7450/";
        QTest::newRow("name") << "phonghop.local"
                              << "wss://phonghop.local:7450/";
        QTest::newRow("ws url") << "ws://10.0.0.5:9000"
                                << "ws://10.0.0.5:9000/";
        QTest::newRow("wss url as written") << "wss://room.example/quorum"
                                            << "wss://room.example/quorum";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("web address") << "http://10.0.0.5"
                                     << "";
        QTest::newRow("no host") << "ws://"
                                 << "";
        QTest::newRow("port only") << ":7450"
                                   << "";
    }

    void serverUrlFromAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, url);
        const QUrl result = JoinForm::serverUrlFromAddress(address);
        QCOMPARE(result.isValid() ? result.toString() : QString(), url);
    }

    void canJoin()
    {
        JoinForm form;
        QSignalSpy changed(&form, &JoinForm::formChanged);
        QVERIFY(!form.canJoin());
        form.setServerAddress(QStringLiteral("10.0.0.5"));
        QVERIFY(!form.canJoin());
        form.setPin(QStringLiteral("  "));
        QVERIFY2(!form.canJoin(), "a blank PIN is no PIN");
        form.setPin(QStringLiteral("246810"));
        QVERIFY(form.canJoin());
        form.setServerAddress(QString());
        QVERIFY(!form.canJoin());
        form.setLink(QStringLiteral("quorum://10.0.0.5/demo?pin=1"));
        QVERIFY(form.canJoin());
        QCOMPARE(changed.count(), 5);
    }

    void formErrors()
    {
        MeetingClient client;
        client.setDeviceId(QStringLiteral("tst-joinform"));
        JoinForm form;
        form.setClient(&client);
        form.setLink(QStringLiteral("https://example.org"));
        QVERIFY(!form.submit());
        QCOMPARE(form.error(), int(JoinForm::InvalidLink));
        QCOMPARE(client.connectionState(), MeetingClient::Disconnected);
        form.setLink(QString());
        QCOMPARE(form.error(), 0);

        form.setServerAddress(QStringLiteral("http://10.0.0.5"));
        form.setPin(QStringLiteral("246810"));
        QVERIFY(!form.submit());
        QCOMPARE(form.error(), int(JoinForm::InvalidAddress));
        QVERIFY(!form.busy());
    }

    void submitJoinsAndCancelStops()
    {
        MeetingClient client;
        client.setDeviceId(QStringLiteral("tst-joinform"));
        client.setReconnectPolicy(50, 100);
        JoinForm form;
        form.setClient(&client);
        form.setServerAddress(QStringLiteral("127.0.0.1:1")); // nothing listens on port 1
        form.setPin(QStringLiteral("246 810"));
        QVERIFY(form.submit());
        QVERIFY(form.busy());
        QTRY_COMPARE(form.error(), int(MeetingClient::ConnectionFailed));
        QCOMPARE(client.serverUrl(), QStringLiteral("wss://127.0.0.1:1/"));
        form.cancel();
        QVERIFY(!form.busy());
        QCOMPARE(form.error(), 0);
        QCOMPARE(client.connectionState(), MeetingClient::Disconnected);
    }

    void aLinkAndATypedAddressThatDisagree_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ignored");
        QTest::newRow("nothing typed") << ""
                                       << "" << false;
        QTest::newRow("the link's server") << "192.168.1.10"
                                           << "" << false;
        QTest::newRow("the link's server and port") << "ws://192.168.1.10:7450"
                                                    << "" << false;
        QTest::newRow("the link's PIN, with a space") << ""
                                                      << "246 810" << false;
        QTest::newRow("another host") << "10.0.0.7"
                                      << "" << true;
        QTest::newRow("another port") << "192.168.1.10:8000"
                                      << "" << true;
        QTest::newRow("another PIN") << "192.168.1.10"
                                     << "310001" << true;
    }

    void aLinkAndATypedAddressThatDisagree()
    {
        QFETCH(QString, address);
        QFETCH(QString, pin);
        QFETCH(bool, ignored);
        JoinForm form;
        form.setServerAddress(address);
        form.setPin(pin);
        QVERIFY(!form.typedIgnored());
        QCOMPARE(form.linkServer(), QString());
        form.setLink(QStringLiteral("quorum://192.168.1.10:7450/demo?pin=246810"));
        QCOMPARE(form.linkServer(), QStringLiteral("192.168.1.10:7450"));
        QCOMPARE(form.typedIgnored(), ignored);
        form.setLink(QStringLiteral("not a link"));
        QVERIFY2(!form.typedIgnored(), "a bad link shows its own error");
    }

    void scannedTextsThatAreLinks()
    {
        QVERIFY(JoinForm::isLink(QStringLiteral("quorum://192.168.1.10:7450/demo?pin=246810")));
        QVERIFY(JoinForm::isLink(QStringLiteral("quorums://room.local:7450/demo?pin=1")));
        QVERIFY(!JoinForm::isLink(QStringLiteral("https://doanthanhnien.vn")));
        QVERIFY(!JoinForm::isLink(QStringLiteral("quorum://192.168.1.10:7450/demo")));
    }
};

QTEST_GUILESS_MAIN(TestJoinForm)
#include "tst_joinform.moc"
