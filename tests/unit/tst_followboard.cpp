// The followers list in pages (FollowBoard::pages): every follower once, in participant id
// order, each page within its budget, every page but the last saying `more`; an empty list is
// one empty last page. The integration test (tst_followerpages) shows the same through the
// real server at the real budget.
#include "followboard.h"

#include <QTest>

using namespace quorum;

namespace {
v1::FollowState reading(const std::string &document, quint32 page)
{
    v1::FollowState s;
    s.set_following(true);
    s.set_document_id(document);
    s.set_page(page);
    return s;
}
} // namespace

class TestFollowBoard : public QObject
{
    Q_OBJECT

private slots:
    void anEmptyListIsOneLastPage()
    {
        FollowBoard board;
        const QByteArrayList pages = board.pages();
        QCOMPARE(pages.size(), 1);
        const auto m = decode<v1::ServerMessage>(pages.front());
        QVERIFY(m && m->has_followers());
        QCOMPARE(m->followers().followers_size(), 0);
        QVERIFY(!m->followers().more());
    }

    // Guards: a list longer than the budget is cut, and nothing is lost or doubled.
    void aLongListIsCutWithinTheBudget()
    {
        FollowBoard board;
        const std::string document(64, 'd');
        for (int i = 0; i < 1000; ++i)
            board.set(QStringLiteral("p%1")
                          .arg(i, 4, 10, QLatin1Char('0'))
                          .leftJustified(64, QLatin1Char('x')),
                reading(document, quint32(i % 7)));
        constexpr qint64 Budget = 16 * 1024;
        const QByteArrayList pages = board.pages(Budget);
        QVERIFY(pages.size() > 5); // ~137 KB of list
        QStringList seen;
        for (int k = 0; k < pages.size(); ++k) {
            QVERIFY2(pages[k].size() <= Budget, qPrintable(QString::number(pages[k].size())));
            const auto m = decode<v1::ServerMessage>(pages[k]);
            QVERIFY(m && m->has_followers());
            QCOMPARE(m->followers().more(), k + 1 < pages.size());
            QVERIFY(m->followers().followers_size() > 0);
            for (const v1::Follower &f : m->followers().followers())
                seen << qstr(f.participant_id());
        }
        QCOMPARE(seen.size(), 1000);
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(seen, sorted); // in id order, each once
        QCOMPARE(sorted.size(), QSet<QString>(sorted.begin(), sorted.end()).size());
    }
};

QTEST_GUILESS_MAIN(TestFollowBoard)
#include "tst_followboard.moc"
