// The room's transport against the real server (issue 10, "Transport"; issue 12, listener):
// what a packet capture of a join, a secret ballot and a download reads over TLS (and, as a
// control, over --insecure); a server with another certificate at the pinned address gets
// nothing but a ClientHello; a plaintext client is refused; trust on first use keeps the
// fingerprint and refuses a changed certificate; half-open connections neither outlive their
// deadline nor keep a tablet out.
#include "certfingerprint.h"
#include "meetingclient.h"
#include "rawclient.h"
#include "recordingrelay.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace quorum;

namespace {
const QString ChairPin = QStringLiteral("246810");
const QString DelegatePin = QStringLiteral("310001");
const QString Document
    = QStringLiteral(QUORUM_SOURCE_DIR "/assets/documents/vai-tro-cong-chuc-tre.pdf");

QUrl through(const RecordingRelay &relay, const ServerProcess &server)
{
    QUrl url = server.url();
    url.setPort(relay.port());
    return url;
}

/** Fetches a document whole (chunk by chunk) and returns its bytes. */
QByteArray download(RawClient &client, const QByteArray &sha)
{
    v1::ClientMessage m;
    m.mutable_fetch_document()->set_sha256(sha.toStdString());
    client.send(m);
    QByteArray got;
    while (true) {
        const auto msg = client.nextOf(v1::ServerMessage::kDocumentChunk, 10'000);
        if (!msg || msg->document_chunk().has_error())
            return got;
        got += QByteArray::fromStdString(msg->document_chunk().data());
        if (quint64(got.size()) >= msg->document_chunk().total_size())
            return got;
    }
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A thousand sockets in this process too (the half-open test).
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }

    void captureReadsNoSecret_data()
    {
        QTest::addColumn<bool>("insecure");
        QTest::newRow("tls") << false;
        // The control: the same scan finds everything on a plain server, so it can find it.
        QTest::newRow("plain (--insecure)") << true;
    }

    // Guards: PIN, vote and document bytes readable by anyone on the Wi-Fi (issue 10).
    void captureReadsNoSecret()
    {
        QFETCH(bool, insecure);
        ServerProcess server;
        QVERIFY2(
            server.start(insecure ? QStringList{ QStringLiteral("--insecure") } : QStringList{}),
            qPrintable(server.output()));
        QCOMPARE(server.url().scheme(), insecure ? QStringLiteral("ws") : QStringLiteral("wss"));
        RecordingRelay relay(server.port());

        // Enough delegates for the quorum, the chair, and one delegate whose traffic is recorded.
        auto chair = RawClient::joined(server.url(), ChairPin, QStringLiteral("chair"));
        QVERIFY(chair);
        std::vector<std::unique_ptr<RawClient>> others;
        for (int i = 2; i <= 7; ++i) {
            others.push_back(RawClient::joined(
                server.url(), QStringLiteral("31000%1").arg(i), QStringLiteral("d%1").arg(i)));
            QVERIFY(others.back());
        }
        auto delegate
            = RawClient::joined(through(relay, server), DelegatePin, QStringLiteral("recorded"));
        QVERIFY2(delegate, "the delegate joins through the relay");

        v1::Command create;
        v1::Ballot *ballot = create.mutable_create_ballot()->mutable_ballot();
        ballot->set_id("secret-1");
        ballot->set_item_id("eform-vote");
        ballot->set_question("Bầu chủ tịch?");
        ballot->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
        ballot->set_secret(true);
        auto created = chair->reply(chair->command(create));
        QVERIFY(created && !created->has_error());
        v1::Command open;
        open.mutable_open_ballot()->set_ballot_id("secret-1");
        auto opened = chair->reply(chair->command(open));
        QVERIFY2(
            opened && !opened->has_error(), opened ? opened->error().detail().c_str() : "no reply");
        v1::Command vote;
        vote.mutable_cast_vote()->set_ballot_id("secret-1");
        vote.mutable_cast_vote()->add_choices(2);
        const QByteArray choice = QByteArray::fromStdString(vote.cast_vote().SerializeAsString());
        auto voted = delegate->reply(delegate->command(vote));
        QVERIFY2(
            voted && !voted->has_error(), voted ? voted->error().detail().c_str() : "no reply");

        QFile pdf(Document);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(download(*delegate, sha), bytes);

        delegate.reset();
        QTRY_VERIFY(!relay.recordings().empty() && !relay.recordings().back().fromServer.isEmpty());
        QByteArray heard;
        for (const auto &r : relay.recordings())
            heard
                += RecordingRelay::readable(r.fromClient) + RecordingRelay::readable(r.fromServer);
        QVERIFY(heard.size() > bytes.size()); // the download went through the relay
        const bool pinHeard = heard.contains(DelegatePin.toUtf8());
        const bool voteHeard = heard.contains(choice);
        // Slices of the PDF as it was sent (its streams are compressed: its text is these bytes).
        int slicesHeard = 0;
        for (qsizetype at = 1000; at + 48 < bytes.size(); at += bytes.size() / 8)
            slicesHeard += heard.contains(bytes.mid(at, 48)) ? 1 : 0;
        if (insecure) {
            QVERIFY2(
                pinHeard && voteHeard && slicesHeard > 0, "the scan must find them in plain mode");
        } else {
            QVERIFY2(!pinHeard, "the PIN is in the capture");
            QVERIFY2(!voteHeard, "the vote's choice is in the capture");
            QCOMPARE(slicesHeard, 0);
        }
    }

    // Guards: a rogue server at the pinned address receives no byte of the Hello (issue 10).
    void otherCertificateGetsNothing()
    {
        ServerProcess genuine;
        QVERIFY2(genuine.start(), qPrintable(genuine.output()));
        ServerProcess rogue; // another data folder: another certificate
        QVERIFY2(rogue.start(), qPrintable(rogue.output()));
        QVERIFY(genuine.fingerprint() != rogue.fingerprint());
        RecordingRelay relay(rogue.port());

        MeetingClient client;
        client.setDeviceId(QStringLiteral("pinned"));
        QSignalSpy failed(&client, &MeetingClient::joinFailed);
        client.join(through(relay, genuine),
            DelegatePin); // the genuine fingerprint, the rogue behind the address
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(client.lastError(), MeetingClient::CertificateChanged);
        QCOMPARE(client.connectionState(), MeetingClient::Disconnected);
        QCOMPARE(client.presentedFingerprint(), groupedFingerprint(rogue.fingerprint()));
        QTest::qWait(500); // nothing else may follow (no retry either)
        QCOMPARE(relay.recordings().size(), size_t(1));

        const QByteArray sent = relay.recordings().front().fromClient;
        const auto records = RecordingRelay::tlsRecords(sent);
        QVERIFY(!records.empty());
        QCOMPARE(records.front().first, 22); // the ClientHello
        QCOMPARE(quint8(sent.at(5)), quint8(1));
        // Nothing after it: no Finished, no upgrade request, no Hello.
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(sent.size(), 5 + records.front().second);
        QVERIFY(!sent.contains(DelegatePin.toUtf8()));
        QVERIFY(!sent.contains("GET "));
    }

    // Guards: a ws:// client against the TLS server is refused, and the server carries on.
    void plaintextClientRefused()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        RawClient plain;
        QVERIFY(!plain.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()))));
        QVERIFY(RawClient::joined(server.url(), DelegatePin, QStringLiteral("after")));
    }

    // Guards: the link the server prints (its QR code: fp= in base32) pins its certificate.
    void printedLinkJoins()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QString link;
        QTRY_VERIFY((link =
                            [&] {
                                for (const QString &word : server.output().split(
                                         QRegularExpression(QStringLiteral("\\s+"))))
                                    if (word.startsWith(QStringLiteral("quorums://"))
                                        && word.contains(QStringLiteral("pin=310003")))
                                        return word;
                                return QString();
                            }())
                        .size()
            > 0);
        QVERIFY2(link.endsWith(QStringLiteral("&fp=") + linkFingerprint(server.fingerprint())),
            qPrintable(link));
        QCOMPARE(normalizeCertificateFingerprint(linkFingerprint(server.fingerprint())),
            server.fingerprint());
        MeetingClient client;
        client.setDeviceId(QStringLiteral("printed"));
        QVERIFY(client.joinLink(link));
        QTRY_COMPARE(client.connectionState(), MeetingClient::Connected);
    }

    // Guards: trust on first use asks once, keeps the answer, refuses a changed certificate.
    void trustOnFirstUse()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTemporaryDir state;
        const QUrl typed(
            QStringLiteral("wss://127.0.0.1:%1/").arg(server.port())); // an address, no fingerprint
        // One tablet, restarted: a persistent client on the same state folder each time.
        auto tablet = [&state] {
            auto client = std::make_unique<MeetingClient>();
            client->setPersistent(true);
            client->setStateDirectory(state.path());
            client->setDeviceId(QStringLiteral("tofu"));
            return client;
        };
        {
            auto first = tablet();
            MeetingClient &client = *first;
            QSignalSpy failed(&client, &MeetingClient::joinFailed);
            client.join(typed, DelegatePin);
            QTRY_COMPARE(failed.size(), 1);
            QCOMPARE(client.lastError(), MeetingClient::CertificateUnknown);
            QCOMPARE(client.presentedFingerprint(), groupedFingerprint(server.fingerprint()));
            QCOMPARE(
                client.connectionState(), MeetingClient::Disconnected); // it waits for the person
            QTest::qWait(300);
            QVERIFY(!client.joined());
            client.trustPresentedCertificate();
            QTRY_COMPARE(client.connectionState(), MeetingClient::Connected);
            client.leave();
            QTRY_VERIFY(client.transportIdle());
        }
        {
            auto again = tablet(); // restarted: it asks no more
            again->join(typed, DelegatePin);
            QTRY_COMPARE(again->connectionState(), MeetingClient::Connected);
            again->leave();
            QTRY_VERIFY(again->transportIdle());
        }
        // The server gets a new certificate at the same address.
        server.stop();
        QVERIFY(QFile::remove(server.dataPath() + QStringLiteral("/tls-cert.pem")));
        QVERIFY(QFile::remove(server.dataPath() + QStringLiteral("/tls-key.pem")));
        const QString before = server.fingerprint();
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(server.fingerprint() != before);
        auto restarted = tablet();
        MeetingClient &changed = *restarted;
        QSignalSpy failed(&changed, &MeetingClient::joinFailed);
        changed.join(typed, DelegatePin);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(changed.lastError(), MeetingClient::CertificateChanged);
        QCOMPARE(changed.presentedFingerprint(), groupedFingerprint(server.fingerprint()));
        changed.trustPresentedCertificate(); // not for a changed certificate
        QTest::qWait(500);
        QCOMPARE(changed.connectionState(), MeetingClient::Disconnected);
    }

    void halfOpenConnections_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("stillOpenAtMost");
        // The deadline closes them all; the cap keeps at most that many, closing the oldest.
        QTest::newRow("deadline") << QStringList{ QStringLiteral("--handshake-timeout-ms"),
            QStringLiteral("2000") }
                                  << 0;
        QTest::newRow("cap") << QStringList{ QStringLiteral("--handshake-timeout-ms"),
            QStringLiteral("600000"), QStringLiteral("--max-unauthenticated"),
            QStringLiteral("100") }
                             << 100;
    }

    // Guards: 1,030 half-sent upgrades blocked every join (issue 12).
    void halfOpenConnections()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, stillOpenAtMost);
        ServerProcess server;
        QVERIFY2(server.start(arguments), qPrintable(server.output()));
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 1000; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            sockets.push_back(std::move(socket));
        }
        int connected = 0;
        QTRY_VERIFY_WITH_TIMEOUT((connected = int(std::count_if(sockets.begin(), sockets.end(),
                                      [](const auto &s) {
                                          return s->state() == QAbstractSocket::ConnectedState
                                              || s->state() == QAbstractSocket::UnconnectedState;
                                      })))
                == 1000,
            20'000);
        // Half of them start a TLS handshake and stop: a record header promising 512 bytes.
        for (size_t i = 0; i < sockets.size(); i += 2) {
            if (sockets[i]->state() == QAbstractSocket::ConnectedState)
                sockets[i]->write(QByteArray::fromHex("160301020001"));
        }
        QElapsedTimer timer;
        timer.start();
        MeetingClient client;
        client.setDeviceId(QStringLiteral("joins-anyway"));
        client.join(server.url(), DelegatePin);
        QTRY_COMPARE_WITH_TIMEOUT(client.connectionState(), MeetingClient::Connected, 10'000);
        qInfo() << "joined past 1,000 half-open connections in" << timer.elapsed() << "ms";
        auto open = [&] {
            return int(std::count_if(sockets.begin(), sockets.end(),
                [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }));
        };
        QTRY_VERIFY_WITH_TIMEOUT(open() <= stillOpenAtMost, 10'000);
        qInfo() << open() << "of them still open after" << timer.elapsed() << "ms";
        QVERIFY(client.connectionState() == MeetingClient::Connected);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
