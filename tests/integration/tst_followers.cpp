// Who follows the presentation, with the real server: a delegate's FollowState reaches the
// chair (and the presenter, and only them) as a Followers list; browsing shows the page;
// leaving drops the delegate; a chair who connects gets the current list; bad notices get a
// typed error and the server keeps serving.
#include "demomeeting.h"
#include "followersmodel.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QTest>

#include <functional>

using namespace quorum;

namespace {
const QString ChairPin = QStringLiteral("246810");

const v1::Follower *find(const v1::Followers &list, const char *participantId)
{
    for (const v1::Follower &f : list.followers()) {
        if (f.participant_id() == participantId)
            return &f;
    }
    return nullptr;
}
} // namespace

class TestFollowers : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    std::string m_doc; // a 3-page demo document

    std::unique_ptr<RawClient> raw(const QString &pin, const QString &device)
    {
        return demo::joinedWithDocument(m_server.url(), pin, device, &m_doc);
    }

    /** The first Followers list on `c` for which `want` holds (lists are coalesced, so an
     *  intermediate one may never be sent). */
    std::optional<v1::Followers> waitForList(
        RawClient &c, const std::function<bool(const v1::Followers &)> &want)
    {
        for (;;) {
            const auto m = c.nextOf(v1::ServerMessage::kFollowers, 10'000);
            if (!m)
                return std::nullopt;
            if (want(m->followers()))
                return m->followers();
        }
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.output())); }

    void chairSeesFollowingBrowsingAndLeaving()
    {
        auto chair = raw(ChairPin, QStringLiteral("chair-1"));
        QVERIFY(chair);
        QVERIFY(!m_doc.empty());
        // Right after the Welcome: the current list (nobody reads yet).
        const auto first = chair->nextOf(v1::ServerMessage::kFollowers);
        QVERIFY(first);
        QVERIFY(!find(first->followers(), "d01"));

        auto b = raw(QStringLiteral("310001"), QStringLiteral("b-1"));
        QVERIFY(b);
        b->send(followState(true, m_doc, 0));
        auto list = waitForList(*chair, [](const v1::Followers &l) { return find(l, "d01"); });
        QVERIFY(list);
        QVERIFY(find(*list, "d01")->following());
        QCOMPARE(find(*list, "d01")->document_id(), m_doc);

        // B turns to page 3 on its own: not following, on page index 2.
        b->send(followState(false, m_doc, 2));
        list = waitForList(*chair, [](const v1::Followers &l) {
            const v1::Follower *f = find(l, "d01");
            return f && !f->following();
        });
        QVERIFY(list);
        QCOMPARE(find(*list, "d01")->page(), 2u);

        // B's tablet goes away: B is gone from the list.
        b.reset();
        list = waitForList(*chair, [](const v1::Followers &l) { return !find(l, "d01"); });
        QVERIFY(list);
    }

    void aDelegateNeverReceivesFollowers()
    {
        auto chair = raw(ChairPin, QStringLiteral("chair-2"));
        auto d = raw(QStringLiteral("310002"), QStringLiteral("d-2"));
        auto b = raw(QStringLiteral("310003"), QStringLiteral("b-2"));
        QVERIFY(chair && d && b);
        b->send(followState(true, m_doc, 1));
        d->send(followState(false, m_doc, 0));
        QVERIFY(waitForList(
            *chair, [](const v1::Followers &l) { return find(l, "d03") && find(l, "d02"); }));
        // The list went out before this error is answered: everything D received up to the
        // error would include a Followers if one had been sent to D.
        d->send(followState(true, "no-such-document", 0));
        for (;;) {
            const auto m = d->next();
            QVERIFY2(m, "the error arrives");
            QVERIFY2(
                m->body_case() != v1::ServerMessage::kFollowers, "a delegate never gets the list");
            if (m->body_case() == v1::ServerMessage::kError)
                break;
        }
    }

    void aChairWhoConnectsGetsTheCurrentList()
    {
        auto b = raw(QStringLiteral("310004"), QStringLiteral("b-3"));
        QVERIFY(b);
        b->send(followState(false, m_doc, 1));
        // A chair that was not there yet: the list comes with the Welcome.
        auto seen = raw(ChairPin, QStringLiteral("chair-3a"));
        QVERIFY(seen);
        QVERIFY(waitForList(*seen, [](const v1::Followers &l) { return find(l, "d04"); }));
        auto chair = raw(ChairPin, QStringLiteral("chair-3b"));
        QVERIFY(chair);
        const auto first = chair->nextOf(v1::ServerMessage::kFollowers);
        QVERIFY(first);
        const v1::Follower *f = find(first->followers(), "d04");
        QVERIFY(f);
        QVERIFY(!f->following());
        QCOMPARE(f->page(), 1u);
    }

    void thePresenterReceivesTheListToo()
    {
        auto chair = raw(ChairPin, QStringLiteral("chair-4"));
        auto presenter = raw(QStringLiteral("310005"), QStringLiteral("p-4"));
        auto b = raw(QStringLiteral("310006"), QStringLiteral("b-4"));
        QVERIFY(chair && presenter && b);
        v1::Command name;
        name.mutable_set_presenter()->set_participant_id("d05");
        const auto reply = chair->reply(chair->command(name));
        QVERIFY(reply && !reply->has_error());
        // Named presenter: the current list at once, then its changes.
        QVERIFY(presenter->nextOf(v1::ServerMessage::kFollowers));
        b->send(followState(true, m_doc, 0));
        QVERIFY(waitForList(*presenter, [](const v1::Followers &l) { return find(l, "d06"); }));
        v1::Command back;
        back.mutable_set_presenter()->set_participant_id("");
        QVERIFY(chair->reply(chair->command(back)));
    }

    // The tablet makes its documents side on first use, which can be after the Welcome and
    // the list that follows it: the list is not lost.
    void aChairsTabletGetsTheListAlsoWhenItsDocumentsComeLater()
    {
        auto b = raw(QStringLiteral("310010"), QStringLiteral("b-6"));
        QVERIFY(b);
        b->send(followState(true, m_doc, 0));
        auto seen = raw(ChairPin, QStringLiteral("chair-6a"));
        QVERIFY(seen);
        QVERIFY(waitForList(*seen, [](const v1::Followers &l) { return find(l, "d10"); }));

        MeetingClient chair;
        chair.setDeviceId(QStringLiteral("chair-6b"));
        chair.join(m_server.url(), ChairPin);
        QTRY_COMPARE_WITH_TIMEOUT(chair.connectionState(), MeetingClient::Connected, 10'000);
        QTRY_VERIFY(chair.participants()->isPresent(QStringLiteral("d10")));
        // Only now: the documents side and its model.
        FollowersModel *followers = chair.documents()->followers();
        QTRY_VERIFY(followers->available());
        QTRY_COMPARE(followers->followingCount(), 1);
        for (int row = 0; row < followers->rowCount(); ++row)
            QVERIFY(followers->index(row).data(FollowersModel::ParticipantIdRole).toString()
                != QStringLiteral("chair"));
        chair.leave();
    }

    void badNoticesGetTypedErrors_data()
    {
        QTest::addColumn<bool>("following");
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("pin"); // one delegate per row: none left over from another
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown document") << false << QStringLiteral("no-such-document") << 0
                                          << QStringLiteral("310007") << QStringLiteral("d07");
        QTest::newRow("page beyond the end")
            << false << QString() << 3 << QStringLiteral("310008") << QStringLiteral("d08");
        QTest::newRow("following nothing") << true << QStringLiteral("-") << 0
                                           << QStringLiteral("310009") << QStringLiteral("d09");
    }

    void badNoticesGetTypedErrors()
    {
        QFETCH(bool, following);
        QFETCH(QString, document);
        QFETCH(int, page);
        QFETCH(QString, pin);
        QFETCH(QString, id);
        const QByteArray who = id.toLatin1();
        // Empty: the demo document (then the page is what is wrong); "-": no document at all.
        const std::string doc = document.isEmpty() ? m_doc
            : document == QStringLiteral("-")      ? std::string()
                                                   : sstr(document);
        auto chair = raw(ChairPin, QStringLiteral("chair-5"));
        auto bad = raw(pin, QStringLiteral("bad-5"));
        QVERIFY(chair && bad);
        bad->send(followState(following, doc, quint32(page)));
        const auto error = bad->nextOf(v1::ServerMessage::kError);
        QVERIFY(error);
        QCOMPARE(error->error().code(), v1::ERROR_INVALID_ARGUMENT);
        QVERIFY(bad->isOpen());
        // Nothing changed, and the server keeps serving: a good notice goes through.
        bad->send(followState(true, m_doc, 0));
        const auto list
            = waitForList(*chair, [&](const v1::Followers &l) { return find(l, who.constData()); });
        QVERIFY(list);
        QVERIFY(find(*list, who.constData())->following());
    }
};

QTEST_GUILESS_MAIN(TestFollowers)
#include "tst_followers.moc"
