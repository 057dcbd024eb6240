// The organiser's desk on the real server binary over loopback TLS (docs/protocol.md, "The
// organiser's desk"). Guards what an office notices: a meeting made from the app (no file),
// 300 participants imported in one command, PINs that join once convened, two meetings at
// once without cross-talk, a restart that keeps it all, and no participant's PIN that acts as
// the organiser.
#include "bodies.h"
#include "organiserclient.h"
#include "rawclient.h"
#include "rules.h"
#include "serverprocess.h"
#include "threshold.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {

/** An organiser's Hello: the list (no meeting), a meeting to create, or one to join. */
std::unique_ptr<RawClient> organiser(const ServerProcess &server, const QString &secret,
    const QString &meetingId = {}, bool create = false)
{
    auto client = std::make_unique<RawClient>();
    if (!client->open(server.url()))
        return nullptr;
    v1::ClientMessage m;
    v1::Hello *h = m.mutable_hello();
    h->set_protocol_version(ProtocolVersion);
    h->set_meeting_id(sstr(meetingId));
    h->set_organiser_secret(sstr(secret));
    h->set_create_meeting(create);
    h->set_device_id("desk");
    client->send(m);
    return client;
}

v1::Participant person(const QString &id, v1::Role role, const QString &name)
{
    v1::Participant p;
    p.set_id(sstr(id));
    p.set_name(sstr(name));
    p.set_role(role);
    p.set_voting(role == v1::ROLE_CHAIR || role == v1::ROLE_DELEGATE);
    p.set_unit("Chi đoàn " + std::to_string(id.size()));
    return p;
}

v1::Reply run(RawClient &client, const v1::Command &command)
{
    const auto reply = client.reply(client.command(command), 20'000);
    return reply ? *reply : v1::Reply();
}

/** Creates and prepares a meeting with `delegates` delegates; returns everyone's PIN. */
QHash<QString, QString> prepare(RawClient &desk, const QString &title, int delegates)
{
    v1::Command edit;
    edit.mutable_edit_meeting()->set_title(sstr(title));
    edit.mutable_edit_meeting()->set_organisation("Đoàn khối các cơ quan tỉnh");
    edit.mutable_edit_meeting()->set_minutes_number("05/BB-ĐTN");
    [&] { QVERIFY(!run(desk, edit).has_error()); }();
    v1::Command import;
    v1::ImportParticipants *list = import.mutable_import_participants();
    *list->add_participants() = person("chair", v1::ROLE_CHAIR, "Nguyễn Văn Chủ");
    *list->add_participants() = person("sec", v1::ROLE_SECRETARY, "Trần Thị Thư");
    for (int i = 1; i <= delegates; ++i)
        *list->add_participants() = person(
            QStringLiteral("d%1").arg(i), v1::ROLE_DELEGATE, QStringLiteral("Đại biểu %1").arg(i));
    [&] { QVERIFY(!run(desk, import).has_error()); }();
    for (const char *id : { "a", "b" }) {
        v1::Command item;
        item.mutable_add_agenda_item()->mutable_item()->set_id(id);
        item.mutable_add_agenda_item()->mutable_item()->set_title(std::string("Mục ") + id);
        item.mutable_add_agenda_item()->mutable_item()->set_presenter("Thư ký");
        item.mutable_add_agenda_item()->set_at_end(true);
        [&] { QVERIFY(!run(desk, item).has_error()); }();
    }
    v1::Command pins;
    pins.mutable_issue_pins();
    const v1::Reply issued = run(desk, pins);
    QHash<QString, QString> byId;
    for (const v1::IssuedPin &pin : issued.issued_pins())
        byId.insert(qstr(pin.participant_id()), qstr(pin.pin()));
    return byId;
}

std::unique_ptr<RawClient> joinWithPin(const ServerProcess &server, const QString &meetingId,
    const QString &pin, const QString &device)
{
    auto client = std::make_unique<RawClient>();
    if (!client->open(server.url()))
        return nullptr;
    client->setMeeting(meetingId);
    client->hello(pin, 0, device);
    return client;
}

} // namespace

class TestOrganiser : public QObject
{
    Q_OBJECT
private slots:
    void organiserPreparesConvenesAndMeetingsStayApart()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_VERIFY(!server.organiserSecret().isEmpty());
        const QString secret = server.organiserSecret();

        // No participant's PIN is the organiser, nor a wrong secret.
        for (const QString &wrong : { QStringLiteral("135790"), QStringLiteral("WRONG-SECRET") }) {
            auto impostor = organiser(server, wrong);
            QVERIFY(impostor);
            const auto error = impostor->nextOf(v1::ServerMessage::kError);
            QVERIFY(error);
            QCOMPARE(error->error().code(), v1::ERROR_BAD_CREDENTIALS);
        }

        // The list: the demo meeting (from its file) only, then the connection closes.
        {
            auto list = organiser(server, secret);
            const auto welcome = list->welcome();
            QVERIFY(welcome);
            QVERIFY(welcome->organiser());
            QCOMPARE(welcome->meetings_size(), 1);
            QCOMPARE(welcome->meetings(0).meeting_id(), "demo");
            QVERIFY(list->waitForClose());
        }

        // Creating a meeting: a draft of its own, by the organiser.
        auto deskA = organiser(server, secret, QStringLiteral("hop-a"), true);
        const auto welcomeA = deskA->welcome(20'000);
        QVERIFY(welcomeA);
        QVERIFY(welcomeA->organiser());
        QCOMPARE(welcomeA->participant_id(), "@organiser");
        QCOMPARE(welcomeA->snapshot().meeting().phase(), v1::MEETING_PHASE_DRAFT);
        {
            auto again = organiser(server, secret, QStringLiteral("hop-a"), true);
            const auto error = again->nextOf(v1::ServerMessage::kError);
            QVERIFY(error);
            QCOMPARE(error->error().code(), v1::ERROR_MEETING_EXISTS);
        }

        // A list with a bad row is refused whole, every bad row named.
        v1::Command bad;
        *bad.mutable_import_participants()->add_participants()
            = person("x1", v1::ROLE_DELEGATE, "Một");
        *bad.mutable_import_participants()->add_participants()
            = person("x1", v1::ROLE_DELEGATE, "Hai");
        *bad.mutable_import_participants()->add_participants()
            = person("x3", v1::ROLE_UNSPECIFIED, "Ba");
        const v1::Reply refused = run(*deskA, bad);
        QCOMPARE(refused.error().desk(), v1::DESK_REFUSAL_IMPORT_REFUSED);
        QCOMPARE(refused.refused_participants_size(), 2);
        QCOMPARE(refused.refused_participants(0).index(), 1u);
        QCOMPARE(refused.refused_participants(1).index(), 2u);

        // 300 participants in one command, the agenda, a PIN each.
        const QHash<QString, QString> pinsA = prepare(*deskA, QStringLiteral("Hội nghị A"), 298);
        QCOMPARE(pinsA.size(), 300);
        const QSet<QString> distinct(pinsA.cbegin(), pinsA.cend());
        QCOMPARE(distinct.size(), 300);
        // The PINs are in no event: the log says only whose were issued.
        for (const v1::Event &e : deskA->events())
            QVERIFY(!e.has_pins_issued() || e.pins_issued().participant_ids_size() == 300);

        // The agenda's documents through the existing upload path, as the organiser.
        {
            QFile pdf(
                QStringLiteral(QUORUM_SOURCE_DIR "/assets/documents/vai-tro-cong-chuc-tre.pdf"));
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            const QByteArray bytes = pdf.readAll();
            const std::string sha
                = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
            v1::ClientMessage chunk;
            v1::UploadChunk *c = chunk.mutable_upload_chunk();
            c->set_upload_id("desk-up-1");
            c->set_data(bytes.constData(), size_t(bytes.size()));
            c->set_total_size(quint64(bytes.size()));
            c->set_sha256(sha);
            c->set_file_name("vai-tro-cong-chuc-tre.pdf");
            deskA->send(chunk);
            std::optional<v1::ServerMessage> progress;
            do
                progress = deskA->nextOf(v1::ServerMessage::kUploadProgress, 20'000);
            while (progress && !progress->upload_progress().has_document()
                && !progress->upload_progress().has_error());
            QVERIFY(progress);
            QVERIFY2(!progress->upload_progress().has_error(),
                progress->upload_progress().error().detail().c_str());
            v1::Command attach;
            attach.mutable_attach_document()->set_document_id("tai-lieu-a");
            attach.mutable_attach_document()->set_item_id("a");
            attach.mutable_attach_document()->set_sha256(sha);
            const v1::Reply attached = run(*deskA, attach);
            QVERIFY2(!attached.has_error(), attached.error().detail().c_str());
        }

        // A draft: delegates wait, the secretary prepares.
        {
            auto early = joinWithPin(server, QStringLiteral("hop-a"), pinsA["d1"], "t-d1");
            const auto error = early->nextOf(v1::ServerMessage::kError);
            QVERIFY(error);
            QCOMPARE(error->error().code(), v1::ERROR_INVALID_STATE);
        }
        auto secretary = joinWithPin(server, QStringLiteral("hop-a"), pinsA["sec"], "t-sec");
        QVERIFY(secretary->welcome());
        // The meeting's secretary is not the organiser: no archive, no removal.
        v1::Command archive;
        archive.mutable_archive_meeting();
        QCOMPARE(run(*secretary, archive).error().code(), v1::ERROR_FORBIDDEN);
        v1::Command convene;
        convene.mutable_convene_meeting();
        QVERIFY(!run(*secretary, convene).has_error());

        // Convened: a delegate joins with the PIN just issued.
        auto delegateA = joinWithPin(server, QStringLiteral("hop-a"), pinsA["d1"], "t-d1");
        const auto joinedA = delegateA->welcome(20'000);
        QVERIFY(joinedA);
        QCOMPARE(joinedA->participant_id(), "d1");
        QCOMPARE(joinedA->snapshot().meeting().participants_size(), 300);
        QCOMPARE(joinedA->snapshot().meeting().phase(), v1::MEETING_PHASE_CONVENED);
        QCOMPARE(joinedA->snapshot().documents_size(), 1); // to read before the meeting
        // ... and may not act as the organiser in the meeting either.
        v1::Command pinsAgain;
        pinsAgain.mutable_issue_pins()->add_participant_ids("d2");
        QCOMPARE(run(*delegateA, pinsAgain).error().code(), v1::ERROR_FORBIDDEN);

        // A second meeting at once, on the same server.
        auto deskB = organiser(server, secret, QStringLiteral("hop-b"), true);
        QVERIFY(deskB->welcome(20'000));
        const QHash<QString, QString> pinsB = prepare(*deskB, QStringLiteral("Hội nghị B"), 3);
        QVERIFY(!run(*deskB, convene).has_error());
        auto delegateB = joinWithPin(server, QStringLiteral("hop-b"), pinsB["d1"], "t-b1");
        QVERIFY(delegateB->welcome(20'000));
        // A's PIN opens nothing in B.
        {
            auto wrongRoom = joinWithPin(server, QStringLiteral("hop-b"), pinsA["d2"], "t-x");
            const auto error = wrongRoom->nextOf(v1::ServerMessage::kError);
            QVERIFY(error);
            QCOMPARE(error->error().code(), v1::ERROR_BAD_CREDENTIALS);
        }
        // A change in A reaches A's tablet and none of B's.
        const size_t bEventsBefore = delegateB->events().size();
        v1::Command late;
        *late.mutable_add_participant()->mutable_participant()
            = person("late", v1::ROLE_DELEGATE, "Đến muộn");
        late.mutable_add_participant()->set_reason("Bổ sung theo Quyết định 12");
        QVERIFY(!run(*deskA, late).has_error());
        auto addedIn = [](const RawClient &client, const char *id) -> const v1::Event * {
            for (const v1::Event &e : client.events()) {
                if (e.has_participant_added() && e.participant_added().participant().id() == id)
                    return &e;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(addedIn(*delegateA, "late"), 10'000);
        QCOMPARE(addedIn(*delegateA, "late")->participant_added().reason(),
            "Bổ sung theo Quyết định 12");
        QCOMPARE(addedIn(*delegateA, "late")->actor(), "@organiser");
        // B's tablet sees its own meeting's next change, and nothing of A before it.
        v1::Command lateB = late;
        lateB.mutable_add_participant()->mutable_participant()->set_id("lateB");
        QVERIFY(!run(*deskB, lateB).has_error());
        QTRY_VERIFY_WITH_TIMEOUT(addedIn(*delegateB, "lateB"), 10'000);
        QVERIFY(!addedIn(*delegateB, "late"));
        QVERIFY(!addedIn(*delegateA, "lateB"));
        QVERIFY(delegateB->events().size() > bEventsBefore);

        // A restart keeps both meetings, their phases, participants and PINs.
        deskA.reset();
        deskB.reset();
        delegateA.reset();
        delegateB.reset();
        secretary.reset();
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.output()));
        {
            auto list = organiser(server, secret);
            const auto welcome = list->welcome(20'000);
            QVERIFY(welcome);
            QCOMPARE(welcome->meetings_size(), 3);
            QHash<QString, v1::MeetingSummary> byId;
            for (const v1::MeetingSummary &m : welcome->meetings())
                byId.insert(qstr(m.meeting_id()), m);
            QCOMPARE(byId["hop-a"].phase(), v1::MEETING_PHASE_CONVENED);
            QCOMPARE(byId["hop-a"].participants(), 301u);
            QCOMPARE(byId["hop-a"].agenda_items(), 2u);
            QCOMPARE(byId["hop-b"].title(), "Hội nghị B");
        }
        auto again = joinWithPin(server, QStringLiteral("hop-a"), pinsA["d7"], "t-d7");
        QVERIFY(again->welcome(20'000));
    }

    void organiserClientPreparesAMeeting()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_VERIFY(!server.organiserSecret().isEmpty());
        OrganiserClient desk;
        desk.setServer(server.url(), server.organiserSecret());
        QHash<quint64, v1::Reply> replies;
        connect(&desk, &OrganiserClient::replied,
            [&](quint64 id, const v1::Reply &reply) { replies.insert(id, reply); });
        desk.openMeeting(QStringLiteral("hop-c"), true);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isOpen(), 20'000);
        QCOMPARE(desk.state().definition.phase(), v1::MEETING_PHASE_DRAFT);
        auto sendAndWait = [&](const v1::Command &command) {
            const quint64 id = desk.send(command);
            [&] { QTRY_VERIFY_WITH_TIMEOUT(replies.contains(id), 20'000); }();
            return replies.value(id);
        };
        v1::Command edit;
        edit.mutable_edit_meeting()->set_title("Hội nghị C");
        QVERIFY(!sendAndWait(edit).has_error());
        v1::Command import;
        *import.mutable_import_participants()->add_participants()
            = person("chair", v1::ROLE_CHAIR, "Chủ trì");
        for (int i = 1; i < 300; ++i)
            *import.mutable_import_participants()->add_participants()
                = person(QStringLiteral("d%1").arg(i), v1::ROLE_DELEGATE,
                    QStringLiteral("Đại biểu %1").arg(i));
        QVERIFY(!sendAndWait(import).has_error());
        v1::Command item;
        item.mutable_add_agenda_item()->mutable_item()->set_id("a");
        item.mutable_add_agenda_item()->mutable_item()->set_title("Khai mạc");
        QVERIFY(!sendAndWait(item).has_error());
        v1::Command pins;
        pins.mutable_issue_pins();
        const v1::Reply issued = sendAndWait(pins);
        QCOMPARE(issued.issued_pins_size(), 300);
        // The join cards of those PINs: the meeting exported as a meeting file, printed by
        // `quorum-server cards` (joincards.cpp), as for a meeting file written by hand.
        QHash<QString, QString> byId;
        for (const v1::IssuedPin &pin : issued.issued_pins())
            byId.insert(qstr(pin.participant_id()), qstr(pin.pin()));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("hop-c.json"));
        const QString cards = out.filePath(QStringLiteral("the-cards.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(desk.meetingFile(byId));
        }
        QProcess printer;
        printer.start(QStringLiteral(QUORUM_SERVER_BINARY),
            { QStringLiteral("cards"), file, QStringLiteral("--out"), cards,
                QStringLiteral("--data"), server.dataPath(), QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QString::number(server.port()) });
        QVERIFY(printer.waitForFinished(60'000));
        QCOMPARE(printer.exitCode(), 0);
        QFile pdf(cards);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        v1::Command convene;
        convene.mutable_convene_meeting();
        QVERIFY(!sendAndWait(convene).has_error());
        // The desk's copy is the server's fold of the events it received.
        QTRY_COMPARE(desk.state().definition.phase(), v1::MEETING_PHASE_CONVENED);
        QCOMPARE(desk.state().participants.size(), size_t(300));
        QCOMPARE(desk.state().definition.title(), "Hội nghị C");

        OrganiserClient list;
        list.setServer(server.url(), server.organiserSecret());
        bool listed = false;
        connect(&list, &OrganiserClient::meetingsListed, [&] { listed = true; });
        list.listMeetings();
        QTRY_VERIFY_WITH_TIMEOUT(listed, 20'000);
        QCOMPARE(list.meetings().size(), size_t(2)); // the demo and hop-c
    }

    // Issue 15: a quorum rule of the meeting's own, sent by the desk (two conditions, and a
    // second convening of its own), is what the server keeps, and still after a restart.
    void customQuorumFromTheDeskSurvivesARestart()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_VERIFY(!server.organiserSecret().isEmpty());
        v1::QuorumRule own = bodies::preset(v1::BODY_KIND_YOUTH_UNION).quorum;
        *own.mutable_threshold() = threshold::make(3, 5, v1::COMPARISON_AT_LEAST);
        *own.mutable_also(0)->mutable_threshold() = threshold::make(1, 2, v1::COMPARISON_MORE_THAN);
        v1::ReconvenedQuorum second;
        second.set_convening(2);
        *second.mutable_threshold() = threshold::make(1, 2, v1::COMPARISON_AT_LEAST);
        *own.add_reconvened() = second;
        {
            OrganiserClient desk;
            desk.setServer(server.url(), server.organiserSecret());
            QHash<quint64, v1::Reply> replies;
            connect(&desk, &OrganiserClient::replied,
                [&](quint64 id, const v1::Reply &reply) { replies.insert(id, reply); });
            desk.openMeeting(QStringLiteral("hop-q"), true);
            QTRY_VERIFY_WITH_TIMEOUT(desk.isOpen(), 20'000);
            v1::Command edit;
            edit.mutable_edit_meeting()->set_title("Hội nghị Ban Chấp hành");
            edit.mutable_edit_meeting()->set_body_kind(v1::BODY_KIND_YOUTH_UNION);
            *edit.mutable_edit_meeting()->mutable_quorum_rule() = own;
            edit.mutable_edit_meeting()->set_convening(2);
            const quint64 id = desk.send(edit);
            QTRY_VERIFY_WITH_TIMEOUT(replies.contains(id), 20'000);
            QVERIFY(!replies.value(id).has_error());
            QTRY_VERIFY(desk.state().definition.quorum_rule().SerializeAsString()
                == own.SerializeAsString());
        }
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.output()));
        OrganiserClient again;
        again.setServer(server.url(), server.organiserSecret());
        again.openMeeting(QStringLiteral("hop-q"), false);
        QTRY_VERIFY_WITH_TIMEOUT(again.isOpen(), 20'000);
        QVERIFY(
            again.state().definition.quorum_rule().SerializeAsString() == own.SerializeAsString());
        QCOMPARE(again.state().definition.convening(), 2u);
        // Counted by it: at the second convening, at least half of those convened (none yet).
        QCOMPARE(rules::quorumConditions(again.state().definition.quorum_rule(), 2)
                     .front()
                     .threshold()
                     .fraction()
                     .denominator(),
            2u);
    }

    void reissuedPinAndNewSecretReplaceTheOldOnes()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_VERIFY(!server.organiserSecret().isEmpty());
        const QString secret = server.organiserSecret();
        auto desk = organiser(server, secret, QStringLiteral("hop-r"), true);
        QVERIFY(desk->welcome(20'000));
        const QHash<QString, QString> pins = prepare(*desk, QStringLiteral("Hội nghị R"), 2);
        v1::Command convene;
        convene.mutable_convene_meeting();
        QVERIFY(!run(*desk, convene).has_error());
        // A lost card: a new PIN for one person; the old one joins no more.
        v1::Command again;
        again.mutable_issue_pins()->add_participant_ids("d1");
        const v1::Reply reissued = run(*desk, again);
        QCOMPARE(reissued.issued_pins_size(), 1);
        const QString newPin = qstr(reissued.issued_pins(0).pin());
        auto old = joinWithPin(server, QStringLiteral("hop-r"), pins["d1"], "t-old");
        const auto refused = old->nextOf(v1::ServerMessage::kError);
        QVERIFY(refused);
        QCOMPARE(refused->error().code(), v1::ERROR_BAD_CREDENTIALS);
        auto fresh = joinWithPin(server, QStringLiteral("hop-r"), newPin, "t-new");
        const auto joined = fresh->welcome(20'000);
        QVERIFY(joined);
        QCOMPARE(joined->participant_id(), "d1");
        // Another participant's PIN is untouched.
        auto other = joinWithPin(server, QStringLiteral("hop-r"), pins["d2"], "t-d2");
        QVERIFY(other->welcome(20'000));

        // A new organiser secret, asked for at a start: the old one opens nothing.
        desk.reset();
        server.stop();
        QVERIFY2(server.start({ QStringLiteral("--new-organiser-secret") }),
            qPrintable(server.output()));
        QTRY_VERIFY(server.output().count(QStringLiteral("organiser secret (shown once")) == 2);
        const QString newest = server.organiserSecret();
        QVERIFY(newest != secret);
        auto stale = organiser(server, secret);
        const auto error = stale->nextOf(v1::ServerMessage::kError);
        QVERIFY(error);
        QCOMPARE(error->error().code(), v1::ERROR_BAD_CREDENTIALS);
        auto current = organiser(server, newest);
        const auto list = current->welcome(20'000);
        QVERIFY(list);
        QCOMPARE(list->meetings_size(), 2);
    }

    void archivedMeetingIsRemovedOnlyWhenConfirmed()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_VERIFY(!server.organiserSecret().isEmpty());
        const QString secret = server.organiserSecret();
        auto desk = organiser(server, secret, QStringLiteral("hop-z"), true);
        QVERIFY(desk->welcome(20'000));
        const QHash<QString, QString> pins = prepare(*desk, QStringLiteral("Hội nghị Z"), 2);
        QCOMPARE(pins.size(), 4);
        v1::Command convene, start, close;
        convene.mutable_convene_meeting();
        start.mutable_start_meeting();
        close.mutable_close_meeting();
        for (const v1::Command *step : { &convene, &start, &close })
            QVERIFY(!run(*desk, *step).has_error());
        v1::Command remove;
        remove.mutable_remove_meeting()->set_confirm_meeting_id("hop-z");
        // Not before it is archived.
        QCOMPARE(run(*desk, remove).error().desk(), v1::DESK_REFUSAL_WRONG_PHASE);
        v1::Command archive;
        archive.mutable_archive_meeting();
        const v1::Reply archived = run(*desk, archive);
        QVERIFY2(!archived.has_error(), archived.error().detail().c_str());
        QVERIFY(!archived.archive().archive_sha256().empty());
        QVERIFY(archived.archive().archive_size() > 0);
        v1::Command unconfirmed;
        unconfirmed.mutable_remove_meeting()->set_confirm_meeting_id("hop");
        QCOMPARE(run(*desk, unconfirmed).error().desk(), v1::DESK_REFUSAL_CONFIRMATION_NEEDED);
        QVERIFY(!run(*desk, remove).has_error());
        QVERIFY(desk->waitForClose(10'000));
        auto list = organiser(server, secret);
        const auto welcome = list->welcome(20'000);
        QVERIFY(welcome);
        QCOMPARE(welcome->meetings_size(), 1); // the demo alone
        // Gone for good: a restart does not bring it back, and its PINs join nothing.
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.output()));
        auto gone = joinWithPin(server, QStringLiteral("hop-z"), pins["d1"], "t-z");
        const auto error = gone->nextOf(v1::ServerMessage::kError);
        QVERIFY(error);
        QCOMPARE(error->error().code(), v1::ERROR_UNKNOWN_MEETING);
    }
};

QTEST_MAIN(TestOrganiser)
#include "tst_organiser.moc"
