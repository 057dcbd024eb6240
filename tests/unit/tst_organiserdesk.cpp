// The organiser desk's own logic without a server (issue 13): which texts are a server's desk
// link, the planned start as offices write it, and the meetings and agenda models the desk's
// pages show (QAbstractItemModelTester on every change).
#include "deskagendamodel.h"
#include "deskmeetingsmodel.h"
#include "organiserdesk.h"
#include "tlspinning.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

namespace v1 = quorum::v1;

namespace {
const QString Fingerprint = QStringLiteral("YWZMPO72KXRG6L7JQF4UHARNKG6DMK5CZBW7LYNRDQNQVCYI4W3A");

v1::MeetingSummary summary(const char *id, v1::MeetingPhase phase, qint64 start)
{
    v1::MeetingSummary s;
    s.set_meeting_id(id);
    s.set_title(std::string("Họp ") + id);
    s.set_phase(phase);
    s.set_scheduled_start_ms(start);
    return s;
}

QStringList ids(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.data(model.index(i, 0), role).toString();
    return out;
}
} // namespace

class TestOrganiserDesk : public QObject
{
    Q_OBJECT
private slots:
    // The join page sends a desk link to the desk, a join link to the join form.
    void deskLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("desk");
        QTest::addColumn<QString>("server");
        const QString pinned = QStringLiteral("wss://10.0.0.5:7450/?fp=") + Fingerprint;
        QTest::newRow("as the server prints it")
            << QStringLiteral("quorums://10.0.0.5:7450/?desk=&fp=") + Fingerprint << true << pinned;
        QTest::newRow("desk without a value")
            << QStringLiteral("quorums://10.0.0.5:7450/?desk&fp=") + Fingerprint << true << pinned;
        QTest::newRow("a join link of the server: its server, not a desk link")
            << QStringLiteral("quorums://10.0.0.5:7450/demo?pin=123456&fp=") + Fingerprint << false
            << pinned;
        QTest::newRow("TLS without its fingerprint: refused")
            << QStringLiteral("quorums://10.0.0.5:7450/?desk") << false << QString();
        QTest::newRow("an insecure server") << QStringLiteral("quorum://10.0.0.5:7450/?desk")
                                            << true << QStringLiteral("ws://10.0.0.5:7450/");
        QTest::newRow("an address alone") << QStringLiteral("10.0.0.5:7450") << false << QString();
        QTest::newRow("no port") << QStringLiteral("quorums://10.0.0.5/?desk&fp=") + Fingerprint
                                 << false << QString();
    }
    void deskLinks()
    {
        QFETCH(QString, text);
        QFETCH(bool, desk);
        QFETCH(QString, server);
        QCOMPARE(OrganiserDesk::isDeskLink(text), desk);
        const QUrl url = OrganiserDesk::serverOfLink(text);
        if (server.isEmpty()) {
            QVERIFY(url.isEmpty());
            return;
        }
        QString fingerprint;
        const QUrl bare = quorum::splitPinnedFingerprint(url, &fingerprint);
        QCOMPARE(bare.toString(), server.section(QLatin1Char('?'), 0, 0));
        QCOMPARE(fingerprint.isEmpty(), !server.contains(QStringLiteral("fp=")));
    }

    // The editor's two fields: what a secretary types, and what it refuses.
    // Guards: the join cards printed from the desk's participants page carry the server the desk
    // signed in to (DeskParticipants reads the client's `serverUrl` property by name; without
    // it the cards were refused with "no server to put in the join links").
    void theParticipantsPageSeesTheServerOfTheDesk()
    {
        OrganiserDesk desk;
        QVERIFY(desk.signIn(QStringLiteral("quorums://10.0.0.5:7450/?desk&fp=") + Fingerprint,
            QStringLiteral("secret")));
        const QUrl server = desk.client()->property("serverUrl").toUrl();
        QString fingerprint;
        QCOMPARE(quorum::splitPinnedFingerprint(server, &fingerprint).host(),
            QStringLiteral("10.0.0.5"));
        QVERIFY(!fingerprint.isEmpty());
    }

    void plannedStart_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("expected"); // ISO, "0" or "-1"
        QTest::newRow("both") << "15/12/2026"
                              << "8:30"
                              << "2026-12-15T08:30";
        QTest::newRow("no leading zeros") << "5/1/2027"
                                          << "14:05"
                                          << "2027-01-05T14:05";
        QTest::newRow("a day without time") << "15/12/2026"
                                            << ""
                                            << "2026-12-15T00:00";
        QTest::newRow("nothing: not given") << ""
                                            << ""
                                            << "0";
        QTest::newRow("no such day") << "31/02/2026"
                                     << "8:00"
                                     << "-1";
        QTest::newRow("a time without a day") << ""
                                              << "8:00"
                                              << "-1";
        QTest::newRow("American order") << "12/15/2026"
                                        << ""
                                        << "-1";
        QTest::newRow("no such hour") << "15/12/2026"
                                      << "25:00"
                                      << "-1";
    }
    void plannedStart()
    {
        QFETCH(QString, date);
        QFETCH(QString, time);
        QFETCH(QString, expected);
        const qint64 ms = OrganiserDesk::parseStart(date, time);
        if (expected == QLatin1String("0") || expected == QLatin1String("-1")) {
            QCOMPARE(ms, expected.toLongLong());
            return;
        }
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
            expected);
        // What the editor shows again reads back the same.
        QCOMPARE(
            OrganiserDesk::parseStart(OrganiserDesk::dateText(ms), OrganiserDesk::timeText(ms)),
            ms);
    }

    // Guards: an election preset chosen on the desk is worded as an election (who is elected,
    // which papers are invalid), not as a motion adopted; a motion's preset stays a motion.
    // Failed before: every preset read "Adopted when the votes in favour reach...".
    void electionPresetsAreWordedAsElections()
    {
        for (const char *preset : { "party-election", "majority-valid", "state-election" }) {
            const QString words = OrganiserDesk::ballotWords(0, QLatin1String(preset));
            QVERIFY2(words.startsWith(QLatin1String("Elected with ")), qPrintable(words));
            QVERIFY2(words.contains(QLatin1String("more names than seats")), qPrintable(words));
        }
        QVERIFY(OrganiserDesk::ballotWords(0, QStringLiteral("shareholders-board"))
                    .startsWith(QLatin1String("Elected by cumulative voting")));
        QVERIFY(OrganiserDesk::ballotWords(0, QStringLiteral("majority-present"))
                    .startsWith(QLatin1String("Adopted when")));
        QVERIFY(OrganiserDesk::ballotWords(0, QString()).startsWith(QLatin1String("Adopted when")));
    }

    void theTotalsShowWhereTheLawCountsAgainstAll()
    {
        // Issue 15: no preset counted shares or units against all of them, so the meeting
        // editor never showed its totals fields for a body. The shareholders' quorum counts all
        // voting shares (LDN 2020, Điều 145), the youth union's all units directly under (Điều
        // lệ Đoàn, Điều 9 khoản 1): their fields show; the others' stay hidden.
        OrganiserDesk desk;
        const QVariantMap shares = desk.quorumSettings(int(quorum::v1::BODY_KIND_SHAREHOLDERS));
        QVERIFY(shares.value(QStringLiteral("shares")).toBool());
        QVERIFY(shares.value(QStringLiteral("convenings")).toBool());
        const QVariantMap youth = desk.quorumSettings(int(quorum::v1::BODY_KIND_YOUTH_UNION));
        QVERIFY(youth.value(QStringLiteral("units")).toBool());
        QVERIFY(!youth.value(QStringLiteral("shares")).toBool());
        const QVariantMap party = desk.quorumSettings(int(quorum::v1::BODY_KIND_PARTY));
        QVERIFY(!party.value(QStringLiteral("units")).toBool());
        QVERIFY(!party.value(QStringLiteral("shares")).toBool());
    }

    void meetingIds()
    {
        const QString id = OrganiserDesk::suggestMeetingId();
        QVERIFY2(OrganiserDesk::isMeetingId(id), qPrintable(id));
        QVERIFY(OrganiserDesk::suggestMeetingId() != id);
        QVERIFY(!OrganiserDesk::isMeetingId(QStringLiteral("họp 5")));
        QVERIFY(!OrganiserDesk::isMeetingId(QString(65, QLatin1Char('a'))));
    }

    // Upcoming first, then running, closed, archived; by date within; rows kept by id.
    void meetingsGroupedByPhase()
    {
        DeskMeetingsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeetings({ summary("archived", v1::MEETING_PHASE_ARCHIVED, 100),
            summary("file", v1::MEETING_PHASE_UNSPECIFIED, 0),
            summary("later", v1::MEETING_PHASE_DRAFT, 3000),
            summary("closed", v1::MEETING_PHASE_CLOSED, 200),
            summary("undated", v1::MEETING_PHASE_CONVENED, 0),
            summary("sooner", v1::MEETING_PHASE_CONVENED, 2000) });
        QCOMPARE(ids(model, DeskMeetingsModel::MeetingIdRole),
            QStringList({ "sooner", "later", "undated", "file", "closed", "archived" }));
        QCOMPARE(model.data(model.index(3, 0), DeskMeetingsModel::GroupRole).toInt(),
            int(DeskMeetingsModel::Running));
        // Each group's first row carries its heading.
        QStringList firsts;
        for (int i = 0; i < model.rowCount(); ++i)
            if (model.data(model.index(i, 0), DeskMeetingsModel::FirstOfGroupRole).toBool())
                firsts
                    << model.data(model.index(i, 0), DeskMeetingsModel::MeetingIdRole).toString();
        QCOMPARE(firsts, QStringList({ "sooner", "file", "closed", "archived" }));
        // The draft convened, another removed: the rows follow, the others stay.
        model.setMeetings({ summary("later", v1::MEETING_PHASE_CONVENED, 3000),
            summary("sooner", v1::MEETING_PHASE_RUNNING, 2000),
            summary("file", v1::MEETING_PHASE_UNSPECIFIED, 0) });
        QCOMPARE(ids(model, DeskMeetingsModel::MeetingIdRole),
            QStringList({ "later", "sooner", "file" }));
        QCOMPARE(model.property("count").toInt(), 3);
    }

    void agendaWithDocuments()
    {
        DeskAgendaModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        quorum::MeetingState state;
        for (const char *id : { "a", "b" }) {
            v1::AgendaItem *item = state.definition.add_agenda();
            item->set_id(id);
            item->set_title(std::string("Mục ") + id);
            item->set_presenter("Nguyễn Văn An");
            item->set_duration_minutes(15);
        }
        v1::Document doc;
        doc.set_id("d1");
        doc.set_item_id("b");
        doc.set_title("Báo cáo");
        state.documents.documents.push_back(doc);
        model.setState(state);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, 0), DeskAgendaModel::DocumentsRole).toStringList(),
            QStringList{ "Báo cáo" });
        QCOMPARE(model.data(model.index(0, 0), DeskAgendaModel::DocumentsRole).toStringList(),
            QStringList());
        // Moved: b first.
        state.definition.mutable_agenda()->SwapElements(0, 1);
        model.setState(state);
        QCOMPARE(ids(model, DeskAgendaModel::ItemIdRole), QStringList({ "b", "a" }));
    }
};

QTEST_GUILESS_MAIN(TestOrganiserDesk)
#include "tst_organiserdesk.moc"
