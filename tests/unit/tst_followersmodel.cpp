// FollowersModel without a server: rows from the replica's participants and the server's
// Followers lists, following first, self and absent participants left out, counts.
#include "followersmodel.h"
#include "participantsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace v1 = quorum::v1;

namespace {
v1::Follower follower(const char *id, bool following, const char *doc, quint32 page)
{
    v1::Follower f;
    f.set_participant_id(id);
    f.set_following(following);
    f.set_document_id(doc);
    f.set_page(page);
    return f;
}

QStringList names(const FollowersModel &m)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out << m.index(row).data(FollowersModel::NameRole).toString();
    return out;
}
} // namespace

class TestFollowersModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowTheServersListAndPresence()
    {
        ParticipantsModel participants;
        participants.setEntries({ { "chair", "Chủ tọa", {}, 1, true }, { "d1", "An", {}, 3, true },
            { "d2", "Bình", {}, 3, true }, { "d3", "Chi", {}, 3, true },
            { "d4", "Dũng", {}, 3, false } });
        FollowersModel model(&participants);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSelfId("chair");
        QCOMPARE(model.rowCount(), 0); // nothing before a list: not the chair or presenter yet

        v1::Followers list;
        *list.add_followers() = follower("d3", true, "doc", 0);
        *list.add_followers() = follower("d2", false, "doc", 4);
        model.setFollowers(list);
        QVERIFY(model.available());
        // Following first, then reading on their own, then not reading; self and absent left out.
        QCOMPARE(names(model), (QStringList{ "Chi", "Bình", "An" }));
        QCOMPARE(model.followingCount(), 1);
        QCOMPARE(model.onlineCount(), 3);
        QCOMPARE(model.index(1).data(FollowersModel::PageRole).toInt(), 4);
        QCOMPARE(model.index(1).data(FollowersModel::FollowingRole).toBool(), false);
        QCOMPARE(model.index(2).data(FollowersModel::ReadingRole).toBool(), false);

        // Someone joins: listed as not reading; B starts following: moves up.
        QSignalSpy counts(&model, &FollowersModel::countsChanged);
        participants.setPresent("d4", true);
        QCOMPARE(model.onlineCount(), 4);
        QCOMPARE(names(model).last(), QStringLiteral("Dũng"));
        *list.mutable_followers(1) = follower("d2", true, "doc", 0);
        model.setFollowers(list);
        QCOMPARE(names(model), (QStringList{ "Bình", "Chi", "An", "Dũng" }));
        QCOMPARE(model.followingCount(), 2);
        QVERIFY(counts.count() >= 2);

        // Not the presenter any more: nothing shown.
        model.clear();
        QVERIFY(!model.available());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.followingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowersModel)
#include "tst_followersmodel.moc"
