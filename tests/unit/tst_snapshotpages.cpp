// A Welcome whose snapshot comes in SnapshotPages (client side, SnapshotPages): read as if the
// Welcome held it, with what came between the pages handed over after it, in order; pages
// that do not make a snapshot are refused. tst_bigsnapshot shows it through the real server.
#include "snapshotpages.h"

#include <QTest>

using namespace quorum;

namespace {
v1::ServerMessage page(const std::string &part, bool last)
{
    v1::ServerMessage m;
    m.mutable_snapshot_page()->set_part(part);
    m.mutable_snapshot_page()->set_last(last);
    return m;
}
} // namespace

class TestSnapshotPages : public QObject
{
    Q_OBJECT

private slots:
    // Guards: the pages make the Welcome's snapshot, and a Followers list sent between them
    // comes after the Welcome (a chair's list is not lost to the Welcome that follows it).
    void pagesMakeTheWelcomeAndWhatCameBetweenFollows()
    {
        v1::Snapshot snapshot;
        snapshot.set_seq(42);
        for (int i = 0; i < 100; ++i)
            snapshot.mutable_meeting()->add_participants()->set_id("p" + std::to_string(i));
        const std::string bytes = snapshot.SerializeAsString();
        v1::ServerMessage welcome;
        welcome.mutable_welcome()->set_participant_id("chair");
        welcome.mutable_welcome()->set_snapshot_pages(3);
        v1::ServerMessage followers;
        followers.mutable_followers();

        SnapshotPages pages;
        QVERIFY(pages.take(welcome).empty());
        QVERIFY(pages.take(followers).empty());
        const size_t third = bytes.size() / 3;
        QVERIFY(pages.take(page(bytes.substr(0, third), false)).empty());
        QVERIFY(pages.take(page(bytes.substr(third, third), false)).empty());
        const auto now = pages.take(page(bytes.substr(2 * third), true));
        QVERIFY(!pages.isBroken());
        QCOMPARE(now.size(), size_t(2));
        QVERIFY(now[0].has_welcome());
        QCOMPARE(now[0].welcome().participant_id(), std::string("chair"));
        QCOMPARE(now[0].welcome().snapshot_pages(), 0u);
        QCOMPARE(now[0].welcome().snapshot().seq(), 42u);
        QCOMPARE(now[0].welcome().snapshot().meeting().participants_size(), 100);
        QVERIFY(now[1].has_followers());
        // Afterwards, messages pass straight through.
        QCOMPARE(pages.take(followers).size(), size_t(1));
    }

    // Guards: the organiser's list of a server with hundreds of meetings, in MeetingsPages,
    // makes the Welcome's meetings, in order, each once; a page the Welcome did not announce
    // is refused.
    void meetingsPagesMakeTheWelcomesList()
    {
        const auto meetingsPage = [](int from, int to, bool last) {
            v1::ServerMessage m;
            for (int i = from; i < to; ++i)
                m.mutable_meetings_page()->add_meetings()->set_meeting_id("m" + std::to_string(i));
            m.mutable_meetings_page()->set_last(last);
            return m;
        };
        v1::ServerMessage welcome;
        welcome.mutable_welcome()->set_organiser(true);
        welcome.mutable_welcome()->set_meetings_follow(true);
        SnapshotPages pages;
        QVERIFY(pages.take(welcome).empty());
        QVERIFY(pages.take(meetingsPage(0, 700, false)).empty());
        QVERIFY(pages.take(meetingsPage(700, 1500, false)).empty());
        const auto now = pages.take(meetingsPage(1500, 1500, true)); // the last may be empty
        QVERIFY(!pages.isBroken());
        QCOMPARE(now.size(), size_t(1));
        const v1::Welcome &listed = now[0].welcome();
        QVERIFY(!listed.meetings_follow());
        QCOMPARE(listed.meetings_size(), 1500);
        for (int i = 0; i < 1500; ++i)
            QCOMPARE(listed.meetings(i).meeting_id(), "m" + std::to_string(i));

        SnapshotPages stray;
        QVERIFY(stray.take(meetingsPage(0, 1, true)).empty());
        QVERIFY(stray.isBroken()); // a page without its Welcome
        v1::ServerMessage snapshotWelcome;
        snapshotWelcome.mutable_welcome()->set_snapshot_pages(1);
        SnapshotPages unannounced;
        QVERIFY(unannounced.take(snapshotWelcome).empty());
        QVERIFY(unannounced.take(meetingsPage(0, 1, true)).empty());
        QVERIFY(unannounced.isBroken()); // meetings for a Welcome that said none follow
    }

    void aWelcomeWithItsSnapshotPassesThrough()
    {
        v1::ServerMessage welcome;
        welcome.mutable_welcome()->mutable_snapshot()->set_seq(7);
        SnapshotPages pages;
        const auto now = pages.take(welcome);
        QCOMPARE(now.size(), size_t(1));
        QCOMPARE(now[0].welcome().snapshot().seq(), 7u);
    }

    void pagesThatDoNotParseAreRefused()
    {
        v1::ServerMessage welcome;
        welcome.mutable_welcome()->set_snapshot_pages(1);
        SnapshotPages pages;
        QVERIFY(pages.take(welcome).empty());
        QVERIFY(pages.take(page("\xff\xff\xff", true)).empty());
        QVERIFY(pages.isBroken());
        SnapshotPages stray;
        QVERIFY(stray.take(page("x", true)).empty());
        QVERIFY(stray.isBroken()); // a page without its Welcome
    }
};

QTEST_GUILESS_MAIN(TestSnapshotPages)
#include "tst_snapshotpages.moc"
