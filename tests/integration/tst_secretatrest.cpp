// A secret ballot at rest (issue 10, docs/architecture.md "Secret ballots at rest"): after a
// secret ballot closes, no byte the real server stored - database, WAL, journal, any file of
// its data folder, the exported archive - and no line it logged links a voter to a choice.
//
// The votes follow a known pattern, one per commit (each waits for its acknowledgement), by
// voters of distinct weights: every change of the stored totals is then one voter's choice,
// and every change of the ballots' weight names the voter. The scan reads raw bytes, not SQL,
// for: (1) any row of the ballot's box (meeting id and ballot id back to back, as SQLite
// stores the row's key) - the running totals and weights, in the database's pages, its free
// space, the WAL or a journal; (2) any VoteCast of the ballot that carries a choice, as
// Protobuf bytes in any file or as JSON in the archive's event log; (3) a log line naming a
// voter with the ballot or a choice. Without secure_delete (1) finds the deleted rows in the
// database's free space; without the checkpoint, every version of the box in the WAL.
#include "archivefile.h"
#include "rawclient.h"
#include "secretscan.h"
#include "serverprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace quorum;

namespace {
const QString MeetingId = QStringLiteral("hop-kin-42");
const QString BallotId = QStringLiteral("bau-kin-7f3a");
const QString ChairPin = QStringLiteral("710000");
const QString SecretaryPin = QStringLiteral("720000");
// Distinct weights: a stored change of the ballots' weight would name its voter.
const quint64 Weights[] = { 3, 5, 9, 17, 33, 65 };
const quint32 Choices[] = { 0, 1, 2, 0, 1, 2 }; // yes, no, abstain twice each: 2/2/2 tells nothing
constexpr int Voters = 6;
QString voterId(int i)
{
    return QStringLiteral("cu-tri-%1").arg(i + 1);
}
QString voterPin(int i)
{
    return QString::number(730001 + i);
}

QString writeMeeting(const QString &dir)
{
    QJsonArray participants{ QJsonObject{ { "id", "chair" }, { "name", "Chủ tọa" },
                                 { "role", "chair" }, { "pin", ChairPin }, { "voting", false } },
        QJsonObject{ { "id", "secretary" }, { "name", "Thư ký" }, { "role", "secretary" },
            { "pin", SecretaryPin } } };
    for (int i = 0; i < Voters; ++i)
        participants.append(
            QJsonObject{ { "id", voterId(i) }, { "name", QStringLiteral("Cử tri %1").arg(i + 1) },
                { "role", "delegate" }, { "pin", voterPin(i) }, { "weight", qint64(Weights[i]) } });
    const QJsonObject meeting{ { "id", MeetingId }, { "title", "Bầu Bí thư" },
        { "participants", participants },
        { "agenda", QJsonArray{ QJsonObject{ { "id", "bau" }, { "title", "Bầu cử" } } } } };
    return writeMeetingFile(dir + QStringLiteral("/secret-meeting.json"), meeting);
}

std::unique_ptr<RawClient> join(const QUrl &url, const QString &pin)
{
    auto client = std::make_unique<RawClient>();
    client->setMeeting(MeetingId);
    if (!client->open(url))
        return nullptr;
    client->hello(pin, 0, QStringLiteral("tablet-") + pin);
    return client->welcome() ? std::move(client) : nullptr;
}

bool acknowledged(RawClient &client, v1::Command command, v1::Reply *reply = nullptr)
{
    const auto r = client.reply(client.command(std::move(command)), 30'000);
    if (r && reply)
        *reply = *r;
    return r && !r->has_error();
}

/** The chair creates and opens a secret yes/no ballot. */
bool openSecretBallot(RawClient &chair, const QString &id)
{
    v1::Command create;
    v1::Ballot *b = create.mutable_create_ballot()->mutable_ballot();
    b->set_id(sstr(id));
    b->set_item_id("bau");
    b->set_question("Đồng ý bầu đồng chí A làm Bí thư?");
    b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
    b->set_secret(true);
    v1::Command open;
    open.mutable_open_ballot()->set_ballot_id(sstr(id));
    return acknowledged(chair, create) && acknowledged(chair, open);
}

} // namespace

class TestSecretAtRest : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // Everything the server may log, debug included: (3) scans it.
        qputenv("QT_LOGGING_RULES", "quorum.*=true");
        QVERIFY2(m_server.start({ QStringLiteral("--meeting"), writeMeeting(m_dir.path()) }),
            qPrintable(m_server.output()));
    }

    void noStoredByteLinksAVoterToAChoice()
    {
        auto chair = join(m_server.url(), ChairPin);
        auto secretary = join(m_server.url(), SecretaryPin);
        QVERIFY(chair && secretary);
        std::vector<std::unique_ptr<RawClient>> voters;
        for (int i = 0; i < Voters; ++i) {
            voters.push_back(join(m_server.url(), voterPin(i)));
            QVERIFY(voters.back());
        }
        QVERIFY(openSecretBallot(*chair, BallotId));
        // One vote per commit: each waits for the previous one's acknowledgement.
        for (int i = 0; i < Voters; ++i) {
            v1::Command vote;
            vote.mutable_cast_vote()->set_ballot_id(sstr(BallotId));
            vote.mutable_cast_vote()->add_choices(Choices[i]);
            QVERIFY(acknowledged(*voters[size_t(i)], vote));
        }
        v1::Command close;
        close.mutable_close_ballot()->set_ballot_id(sstr(BallotId));
        v1::Reply closed;
        QVERIFY(acknowledged(*chair, close, &closed));
        // The result is published (the scrub before it succeeded) and counts right.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(chair->events().begin(), chair->events().end(),
                                     [](const v1::Event &e) { return e.has_ballot_closed(); }),
            10'000);
        for (const v1::Event &e : chair->events()) {
            if (e.has_ballot_closed()) {
                QCOMPARE(e.ballot_closed().result().options(0).votes(), 2u);
                QCOMPARE(e.ballot_closed().result().options(1).votes(), 2u);
                QCOMPARE(e.ballot_closed().result().options(2).votes(), 2u);
            }
        }
        // The archive: the secretary exports, the server keeps it in its data folder.
        v1::Command exportMinutes;
        exportMinutes.mutable_export_minutes();
        QVERIFY(acknowledged(*secretary, exportMinutes));

        // Every file of the data folder, raw; every member of every archive in it.
        QStringList links;
        int files = 0, archives = 0;
        QDirIterator it(
            m_server.dataPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            ++files;
            links << secretscan::links(path, bytes, MeetingId, BallotId);
            if (bytes.startsWith("PK\x03\x04")) {
                archive::ReadError reason;
                QString detail;
                const auto members = archive::readZip(path, &reason, &detail);
                QVERIFY2(members, qPrintable(detail));
                for (const archive::Member &m : *members)
                    links << secretscan::links(
                        path + QLatin1Char(':') + m.path, m.bytes, MeetingId, BallotId);
                ++archives;
            }
        }
        QVERIFY(files >= 3); // the database, its WAL and shared memory index, blobs
        QCOMPARE(archives, 1); // the export
        QVERIFY2(links.isEmpty(), qPrintable(links.join(QLatin1Char('\n'))));

        // (3) The server's log: no line names a voter with the ballot or a choice.
        const QStringList labels{ BallotId, QStringLiteral("choice"), QStringLiteral("Đồng ý"),
            QStringLiteral("Không đồng ý"), QStringLiteral("Không biểu quyết") };
        for (const QString &line : m_server.output().split(QLatin1Char('\n'))) {
            for (int i = 0; i < Voters; ++i) {
                if (!line.contains(voterId(i)))
                    continue;
                for (const QString &label : labels)
                    QVERIFY2(!line.contains(label, Qt::CaseInsensitive), qPrintable(line));
            }
        }
    }

    // "A failed checkpoint is not a warning": while a reader's snapshot keeps the box's older
    // versions in the WAL, the result is not published; it is once the reader is gone.
    void theResultWaitsUntilTheBoxIsGone()
    {
        const QString ballot = QStringLiteral("bau-kin-2");
        auto chair = join(m_server.url(), ChairPin);
        auto voter = join(m_server.url(), voterPin(0));
        QVERIFY(chair && voter);
        QVERIFY(openSecretBallot(*chair, ballot));
        v1::Command vote;
        vote.mutable_cast_vote()->set_ballot_id(sstr(ballot));
        vote.mutable_cast_vote()->add_choices(1);
        QVERIFY(acknowledged(*voter, vote));

        auto closedSeen = [&] {
            return std::any_of(
                chair->events().begin(), chair->events().end(), [&](const v1::Event &e) {
                    return e.has_ballot_closed() && qstr(e.ballot_closed().ballot_id()) == ballot;
                });
        };
        {
            // A reader (a copy tool, a report) holds a snapshot from before the close.
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(m_server.databasePath());
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")));
            QVERIFY(q.next());
            v1::Command close;
            close.mutable_close_ballot()->set_ballot_id(sstr(ballot));
            chair->command(close);
            // An absence can only be watched for a while: a second is many scrub retries.
            QTest::qWait(1000);
            QVERIFY2(
                !closedSeen(), "the result went out while older versions of the box were on disk");
            q.finish();
            db.rollback();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        QTRY_VERIFY_WITH_TIMEOUT(closedSeen(), 10'000);
        QVERIFY(
            m_server.output().contains(QStringLiteral("nothing is published until they are gone")));
    }
};

QTEST_GUILESS_MAIN(TestSecretAtRest)
#include "tst_secretatrest.moc"
