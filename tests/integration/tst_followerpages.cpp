// The Followers list of a big meeting (issue 12), with the real server on loopback: 2,000
// delegates with the longest ids (64 bytes, MaxIdBytes) read a document with the longest id
// (64 bytes); the chair gets every one of them exactly once, in frames no larger than the
// budget of every frame the server cuts (FrameTargetBytes), and the library client hands the
// chair's screen only whole lists, never a part of one.
//
// Before the fix the list was one frame of ~274 KB here (137 bytes per follower), ~1.4 MB at
// MaxParticipants (10,000): above FrameTargetBytes from ~1,900 followers on.
#include "docgen.h"
#include "meetingclient.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace quorum;

namespace {
const QString Meeting = QStringLiteral("dai-hoi");
const QString ChairPin = QStringLiteral("100000");
/** A congress (tst_bigmeeting's 2,000 tablets): ~274 KB of list, over one page. */
constexpr int Followers = 2000;

QString delegatePin(int i)
{
    return QString::number(200000 + i);
}
/** The longest id a participant may have (MaxIdBytes, 64 bytes). */
QString delegateId(int i)
{
    return QStringLiteral("dai-bieu-%1-")
        .arg(i, 4, 10, QLatin1Char('0'))
        .leftJustified(64, QLatin1Char('x'));
}

} // namespace

class TestFollowerPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::string m_document; // its id: the item's id and the file's name, cut at 64 bytes
    quint64 m_head = 0;
    std::vector<std::unique_ptr<RawClient>> m_delegates;

    /** A client of the big meeting; `lastSeq` = the head: no snapshot (2,000 participants). */
    std::unique_ptr<RawClient> open(const QString &pin, const QString &device, quint64 lastSeq)
    {
        auto c = std::make_unique<RawClient>();
        c->setMeeting(Meeting);
        if (!c->open(m_server.url()))
            return nullptr;
        c->hello(pin, lastSeq, device);
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A file name long enough that the document's id is cut at 64 bytes.
        const QString pdf = m_dir.filePath(
            QStringLiteral("bao-cao-chinh-tri-trinh-dai-hoi-dai-bieu-lan-thu-nhat-nhiem-ky.pdf"));
        QString error;
        QVERIFY2(docgen::writeNumberedPdf(pdf, 3, &error), qPrintable(error));
        QJsonArray participants;
        participants.append(QJsonObject{ { "id", "chair" }, { "name", "Nguyễn Văn A" },
            { "role", "chair" }, { "pin", ChairPin } });
        for (int i = 1; i <= Followers; ++i)
            participants.append(QJsonObject{ { "id", delegateId(i) },
                { "name", QStringLiteral("Đại biểu %1").arg(i) }, { "role", "delegate" },
                { "pin", delegatePin(i) } });
        const QJsonObject meeting{ { "id", Meeting }, { "title", "Đại hội đại biểu" },
            { "participants", participants },
            { "agenda",
                QJsonArray{ QJsonObject{ { "id", "bao-cao-chinh-tri" }, { "title", "Báo cáo" },
                    { "documents", QJsonArray{ pdf } } } } } };
        const QString path = m_dir.filePath(QStringLiteral("dai-hoi.json"));
        QVERIFY(!writeMeetingFile(path, meeting).isEmpty());
        // Plain ws: 2,000 TLS handshakes in this one process would test the handshakes, not
        // the list; the list is the same bytes either way.
        QVERIFY2(
            m_server.start({ QStringLiteral("--meeting"), path, QStringLiteral("--insecure") }),
            qPrintable(m_server.output()));

        auto probe = open(ChairPin, QStringLiteral("probe"), 0);
        QVERIFY(probe);
        const auto welcome = probe->welcome(30'000);
        QVERIFY(welcome);
        for (const v1::Document &d : welcome->snapshot().documents())
            m_document = d.id();
        QCOMPARE(m_document.size(), size_t(64));
        m_head = welcome->head_seq();

        probe.reset(); // not a reader of the lists that follow
        // Every delegate connected and reading, 250 at a time: opened together, so that their
        // joins share the server's group commits.
        QElapsedTimer joining;
        joining.start();
        for (int from = 1; from <= Followers; from += 250) {
            const size_t first = m_delegates.size();
            for (int i = from; i < from + 250 && i <= Followers; ++i) {
                auto c = std::make_unique<RawClient>();
                c->setMeeting(Meeting);
                c->setLean(true);
                c->socket().open(m_server.url());
                m_delegates.push_back(std::move(c));
            }
            QTRY_VERIFY_WITH_TIMEOUT(
                std::all_of(m_delegates.begin() + qsizetype(first), m_delegates.end(),
                    [](const auto &c) { return c->isOpen(); }),
                30'000);
            for (size_t k = first; k < m_delegates.size(); ++k)
                m_delegates[k]->hello(delegatePin(int(k) + 1), m_head, QStringLiteral("tablet"));
            for (size_t k = first; k < m_delegates.size(); ++k) {
                QVERIFY2(m_delegates[k]->welcome(30'000), "every delegate is welcomed");
                m_delegates[k]->send(followState(true, m_document, 0));
            }
        }
        qInfo() << Followers << "followers joined in" << joining.elapsed() << "ms";
    }

    // Guards: the chair gets a list longer than one frame's budget whole, every follower
    // exactly once, in frames of at most FrameTargetBytes.
    void theChairGetsEveryFollowerOnceInFramesWithinTheBudget()
    {
        auto chair = open(ChairPin, QStringLiteral("chair"), m_head);
        QVERIFY(chair && chair->welcome(30'000));
        // Lists are coalesced: wait for one with everyone (pages gathered as a tablet does).
        std::vector<std::string> list;
        int pages = 0;
        for (;;) {
            const auto m = chair->nextOf(v1::ServerMessage::kFollowers, 60'000);
            QVERIFY2(m, "the whole list arrives");
            for (const v1::Follower &f : m->followers().followers())
                list.push_back(f.participant_id());
            ++pages;
            if (m->followers().more())
                continue;
            if (list.size() >= size_t(Followers))
                break;
            list.clear();
            pages = 0;
        }
        QVERIFY2(pages >= 2, "a list of ~274 KB is more than one page");
        QCOMPARE(list.size(), size_t(Followers));
        const std::set<std::string> once(list.begin(), list.end());
        QCOMPARE(once.size(), size_t(Followers));
        for (int i = 1; i <= Followers; ++i)
            QVERIFY(once.count(sstr(delegateId(i))));
        qint64 largest = 0;
        for (const QByteArray &frame : chair->frames()) {
            const auto m = decode<v1::ServerMessage>(frame);
            QVERIFY(m);
            if (m->has_followers())
                largest = std::max(largest, qint64(frame.size()));
        }
        qInfo() << "largest Followers frame" << largest << "bytes," << pages << "pages";
        QVERIFY2(largest <= FrameTargetBytes,
            qPrintable(QStringLiteral("a Followers frame of %1 bytes").arg(largest)));
    }

    // Guards: the chair's screen never shows part of a list: the library client hands over a
    // list only with its last page, so every list it hands over holds all 2,000.
    void theChairsTabletSeesOnlyWholeLists()
    {
        MeetingClient chair;
        chair.setDeviceId(QStringLiteral("chair-tablet"));
        std::vector<int> sizes;
        bool moved = false;
        chair.setFollowersHandler([&](const v1::Followers &list) {
            sizes.push_back(list.followers_size());
            for (const v1::Follower &f : list.followers()) {
                if (f.participant_id() == sstr(delegateId(7)) && !f.following())
                    moved = true;
            }
        });
        chair.join(m_server.url(), ChairPin, Meeting);
        QTRY_COMPARE_WITH_TIMEOUT(chair.connectionState(), MeetingClient::Connected, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!sizes.empty(), 30'000);
        // A change in the middle of the list: it comes again whole.
        m_delegates[6]->send(followState(false, m_document, 2));
        QTRY_VERIFY_WITH_TIMEOUT(moved, 30'000);
        for (int size : sizes)
            QCOMPARE(size, Followers);
        chair.leave();
    }
};

QTEST_MAIN(TestFollowerPages)
#include "tst_followerpages.moc"
