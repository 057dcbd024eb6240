// The foundation's meeting flow, with the real server and the real client library.
#include "joinedtablet.h"
#include "meetingclient.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace quorum;

class TestMeetingFlow : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.output())); }

    void twoClientsSeeEachOtherAndTheAgendaMove()
    {
        auto chair = joinedTablet(
            m_server.url(), QStringLiteral("246810"), QStringLiteral("chair-tablet"));
        auto delegate
            = joinedTablet(m_server.url(), QStringLiteral("310001"), QStringLiteral("d01-tablet"));
        QTRY_COMPARE(chair->connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(delegate->connectionState(), MeetingClient::Connected);
        QCOMPARE(chair->role(), MeetingClient::Chair);
        QCOMPARE(delegate->role(), MeetingClient::Delegate);
        QCOMPARE(delegate->participantName(), QStringLiteral("Lê Văn C"));
        QCOMPARE(delegate->meetingTitle(),
            QStringLiteral(
                "Sinh hoạt chuyên đề: Xây dựng đội ngũ cán bộ Đoàn đáp ứng yêu cầu chuyển đổi số"));
        QTRY_VERIFY(chair->participants()->isPresent(QStringLiteral("d01")));
        QTRY_VERIFY(delegate->participants()->isPresent(QStringLiteral("chair")));
        QCOMPARE(delegate->presentCount(), 2);
        QCOMPARE(delegate->agenda()->rowCount(), 5);

        QSignalSpy acked(chair.get(), &MeetingClient::commandAcknowledged);
        chair->advanceAgenda(1);
        QTRY_COMPARE(delegate->currentItemId(), QStringLiteral("opening"));
        chair->advanceAgenda(1);
        QTRY_COMPARE(delegate->currentItemIndex(), 1);
        QCOMPARE(delegate->currentItemTitle(),
            QStringLiteral("Phát huy vai trò của công chức, viên chức trẻ trong chuyển đổi số"));
        QTRY_COMPARE(acked.count(), 2);

        // A delegate may not run the agenda: typed error, nothing moves.
        QSignalSpy failed(delegate.get(), &MeetingClient::commandFailed);
        delegate->advanceAgenda(1);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).value<MeetingClient::ErrorCode>(), MeetingClient::Forbidden);
        // ... and why, typed, over the wire (issue 17): the tablet words the reason, not the
        // detail.
        QCOMPARE(failed.at(0).at(3).toInt(), int(Refusal::GeneralRole));
        QCOMPARE(chair->currentItemIndex(), 1);

        // Leaving is seen by the others.
        delegate->leave();
        QTRY_VERIFY(!chair->participants()->isPresent(QStringLiteral("d01")));
    }

    void wrongPinIsRefused()
    {
        auto stranger
            = joinedTablet(m_server.url(), QStringLiteral("111111"), QStringLiteral("stranger"));
        QSignalSpy failed(stranger.get(), &MeetingClient::joinFailed);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(
            failed.at(0).at(0).value<MeetingClient::ErrorCode>(), MeetingClient::BadCredentials);
        QCOMPARE(stranger->connectionState(), MeetingClient::Disconnected);
        QVERIFY(!stranger->joined());
    }

    void sameDeviceReplacesItsOldSession()
    {
        RawClient first;
        QVERIFY(first.open(m_server.url()));
        first.hello(QStringLiteral("310002"), 0, QStringLiteral("d02-tablet"));
        QVERIFY(first.welcome());
        auto watcher
            = joinedTablet(m_server.url(), QStringLiteral("900000"), QStringLiteral("projector"));
        QTRY_COMPARE(watcher->connectionState(), MeetingClient::Connected);
        QVERIFY(watcher->participants()->isPresent(QStringLiteral("d02")));

        RawClient second;
        QVERIFY(second.open(m_server.url()));
        second.hello(QStringLiteral("310002"), 0, QStringLiteral("d02-tablet"));
        QVERIFY(second.welcome());
        const auto error = first.nextOf(v1::ServerMessage::kError);
        QVERIFY(error);
        QCOMPARE(error->error().code(), v1::ERROR_SESSION_REPLACED);
        QVERIFY(first.waitForClose());
        // No ghost and no flicker: d02 stays present through the replacement.
        QTest::qWait(200);
        QVERIFY(watcher->participants()->isPresent(QStringLiteral("d02")));
        second.socket().close();
        QTRY_VERIFY(!watcher->participants()->isPresent(QStringLiteral("d02")));
    }

    void resentCommandIsAppliedOnce()
    {
        RawClient chair;
        QVERIFY(chair.open(m_server.url()));
        chair.hello(QStringLiteral("246810"), 0, QStringLiteral("chair-raw"));
        QVERIFY(chair.welcome());
        v1::Command c;
        c.mutable_set_current_item()->set_item_id("closing");
        const auto first = chair.reply(chair.command(c, QStringLiteral("cmd-closing-1")));
        QVERIFY(first);
        QVERIFY(first->seq() > 0);
        QVERIFY(!first->duplicate());
        c.mutable_set_current_item()->set_item_id("opening");
        chair.command(c); // moves away, so that a second application would show
        const auto again = chair.reply(chair.command(c, QStringLiteral("cmd-closing-1")));
        QVERIFY(again);
        QVERIFY(again->duplicate());
        QCOMPARE(again->seq(), first->seq());
    }

    // A command that changed nothing was still done: resent after the state moved on (the ack
    // was lost with the Wi-Fi), it must not apply then, also not after a server restart.
    void resentCommandThatChangedNothingStaysDone()
    {
        auto join = [&](RawClient &client, const QString &device) {
            return client.open(m_server.url())
                && (client.hello(QStringLiteral("246810"), 0, device), true)
                && client.welcome().has_value();
        };
        RawClient chair;
        QVERIFY(join(chair, QStringLiteral("chair-noop")));
        v1::Command toClosing;
        toClosing.mutable_set_current_item()->set_item_id("closing");
        QVERIFY(chair.reply(chair.command(toClosing)));
        const auto unchanged = chair.reply(chair.command(toClosing, QStringLiteral("cmd-noop-1")));
        QVERIFY(unchanged && !unchanged->has_error());
        QCOMPARE(unchanged->seq(), 0u); // nothing happened
        QVERIFY(!unchanged->duplicate());
        v1::Command toOpening;
        toOpening.mutable_set_current_item()->set_item_id("opening");
        const auto moved = chair.reply(chair.command(toOpening));
        QVERIFY(moved && moved->seq() > 0);

        const auto resent = chair.reply(chair.command(toClosing, QStringLiteral("cmd-noop-1")));
        QVERIFY(resent);
        QVERIFY(resent->duplicate());

        m_server.kill();
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        RawClient after;
        after.open(m_server.url());
        after.hello(QStringLiteral("246810"), 0, QStringLiteral("chair-noop"));
        const auto welcome = after.welcome();
        QVERIFY(welcome);
        QCOMPARE(welcome->snapshot().current_item_id(), std::string("opening"));
        const auto resentAfterRestart
            = after.reply(after.command(toClosing, QStringLiteral("cmd-noop-1")));
        QVERIFY(resentAfterRestart);
        QVERIFY(resentAfterRestart->duplicate());
        QVERIFY(!after.nextOf(v1::ServerMessage::kEvent, 500)); // the item did not move
    }
};

QTEST_GUILESS_MAIN(TestMeetingFlow)
#include "tst_meetingflow.moc"
