// The participants of the organiser's desk (DeskParticipants, DeskJoinCards) against the real
// server binary over loopback TLS. Guards what a secretary preparing a meeting notices: the
// list follows the server, an import carries the unit (đơn vị) and is refused whole with its
// rows named, a convened meeting's change needs a reason and a participant on the record stays,
// and the join cards printed from the app carry each name and a QR code that joins with the new
// PIN (issue 13: before, cards came only from `quorum-server cards` on an exported file).
#include "deskjoincards.h"
#include "deskparticipants.h"
#include "organiserclient.h"
#include "rawclient.h"
#include "refusal.h"
#include "serverprocess.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace quorum;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QVariantMap person(const QString &id, const QString &name, int role, const QString &unit = {})
{
    return { { "id", id }, { "name", name }, { "role", role }, { "title", "Ủy viên" },
        { "unit", unit }, { "weight", 1 } };
}

/** A desk with a new draft meeting open, its model and the model's tester. */
struct Desk
{
    ServerProcess server;
    OrganiserClient client;
    DeskParticipants model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool open(const QString &meetingId)
    {
        if (!server.start())
            return false;
        if (!QTest::qWaitFor([&] { return !server.organiserSecret().isEmpty(); }, 20'000))
            return false;
        client.setServer(server.url(), server.organiserSecret());
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganiserClient(&client);
        model.setServerUrl(server.url());
        client.openMeeting(meetingId, true);
        return QTest::qWaitFor([&] { return client.isOpen(); }, 20'000);
    }
    /** Sends through `act` and waits for the Reply; whether it was applied. */
    template <typename F> bool answer(F act)
    {
        QSignalSpy replied(&model, &DeskParticipants::replied);
        if (!act())
            return false;
        if (!replied.wait(20'000))
            return false;
        return replied.first().at(1).toBool();
    }
    /** Titles the meeting and convenes it (the two commands a convening needs); whether the
     *  desk saw it convened. */
    bool convene(const char *title)
    {
        v1::Command titled;
        titled.mutable_edit_meeting()->set_title(title);
        client.send(titled);
        v1::Command convening;
        convening.mutable_convene_meeting();
        client.send(convening);
        return QTest::qWaitFor(
            [&] { return model.phase() == int(v1::MEETING_PHASE_CONVENED); }, 20'000);
    }
};

} // namespace

class TestDeskParticipants : public QObject
{
    Q_OBJECT
private slots:
    void theListFollowsTheServerAndRefusalsAreTyped()
    {
        Desk desk;
        QVERIFY2(desk.open(QStringLiteral("hop-p")), qPrintable(desk.server.output()));
        QCOMPARE(desk.model.phase(), int(v1::MEETING_PHASE_DRAFT));
        QVERIFY(desk.model.editable());
        QVERIFY(!desk.model.needsReason());

        // The office's list, as RosterPreview::confirm() hands it over: the unit reaches the
        // participant (issue 13: it was dropped).
        QVariantList list{ person("chair", "Nguyễn Văn Chủ", 1, "Ban Thường vụ") };
        for (int i = 1; i <= 300; ++i)
            list << person(QStringLiteral("d%1").arg(i),
                QStringLiteral("Đại biểu Lê Thị %1").arg(i), 3,
                QStringLiteral("Chi đoàn Sở số %1").arg(i));
        QVERIFY(desk.answer([&] { return desk.model.importList(list, false); }));
        QTRY_COMPARE(desk.model.count(), 301);
        const QModelIndex chair = desk.model.index(0);
        QCOMPARE(chair.data(DeskParticipants::NameRole).toString(), "Nguyễn Văn Chủ");
        QCOMPARE(chair.data(DeskParticipants::UnitRole).toString(), "Ban Thường vụ");
        QCOMPARE(chair.data(DeskParticipants::ParticipantRoleRole).toInt(), 1);
        QCOMPARE(desk.model.withoutPin(), 301);

        // All or nothing: one duplicate refuses the whole list, the row named.
        const QVariantList bad{ person("x1", "Trần Văn X", 3), person("d7", "Lại Một Người", 3) };
        QVERIFY(!desk.answer([&] { return desk.model.importList(bad, false); }));
        QCOMPARE(desk.model.refusal(), int(Refusal::DeskImportRefused));
        QCOMPARE(desk.model.refusedRows().size(), 1);
        const QVariantMap row = desk.model.refusedRows().first().toMap();
        QCOMPARE(row.value("index").toInt(), 1);
        QCOMPARE(row.value("name").toString(), "Lại Một Người");
        QCOMPARE(row.value("reason").toInt(), int(Refusal::DeskParticipantExists));
        QCOMPARE(desk.model.count(), 301);

        // Add (the id made from the name), edit, remove.
        QVERIFY(desk.answer([&] {
            return desk.model.add(
                { { "name", "Đỗ Thị Hằng" }, { "role", 2 }, { "unit", "Văn phòng" } });
        }));
        QTRY_COMPARE(desk.model.count(), 302);
        QCOMPARE(desk.model.participant("do-thi-hang").value("unit").toString(), "Văn phòng");
        QVariantMap hang = desk.model.participant("do-thi-hang");
        hang["weight"] = 5;
        hang["title"] = "Thư ký hội nghị";
        QVERIFY(desk.answer([&] { return desk.model.edit(hang); }));
        QTRY_COMPARE(desk.model.participant("do-thi-hang").value("weight").toInt(), 5);
        QVERIFY(desk.answer([&] { return desk.model.remove("d300"); }));
        QTRY_COMPARE(desk.model.count(), 301);

        // Convened: a change without a reason is refused, with one it is on the record.
        QVERIFY(desk.convene("Hội nghị P"));
        QVERIFY(desk.model.needsReason());
        QVERIFY(!desk.answer([&] { return desk.model.remove("d299"); }));
        QCOMPARE(desk.model.refusal(), int(Refusal::DeskFrozen));
        QVERIFY(desk.answer([&] { return desk.model.remove("d299", "Vắng: đi công tác"); }));
        QTRY_COMPARE(desk.model.count(), 300);

        // A participant the record names (here: present on a tablet) is not removed.
        QVERIFY(desk.answer([&] { return desk.model.issuePins({ "d1" }); }));
        RawClient tablet;
        QVERIFY(tablet.open(desk.server.url()));
        tablet.setMeeting("hop-p");
        tablet.hello(desk.model.pins().value("d1"), 0, "tablet-d1");
        QVERIFY(tablet.welcome(20'000));
        QVERIFY(!desk.answer([&] { return desk.model.remove("d1", "Nhầm danh sách"); }));
        QCOMPARE(desk.model.refusal(), int(Refusal::DeskParticipantInUse));
        QCOMPARE(desk.model.count(), 300);
    }

    // Guards: a list larger than one import carries (MaxImportBytes, ~4 MB: 9,000 rows of the
    // longest names and units) is refused on the desk, worded, and the desk stays connected.
    // Before, it went out as one frame past the server's 4 MiB: the server closed the desk's
    // connection (1009), and the desk sent the list again on every reconnect, for ever.
    void aListTooLargeForOneImportIsRefusedOnTheDesk()
    {
        Desk desk;
        QVERIFY2(desk.open(QStringLiteral("hop-l")), qPrintable(desk.server.output()));
        const auto text = [](int i, const QString &words) {
            return (QString::number(i) + QLatin1Char(' ') + words.repeated(10)).left(200);
        };
        QVariantList list;
        for (int i = 1; i <= 9000; ++i)
            list << person(QStringLiteral("d%1").arg(i),
                text(i, QStringLiteral("Nguyễn Thị Hồng Nhung ")), 3,
                text(i, QStringLiteral("Sở Thông tin và Truyền thông ")));
        QSignalSpy replied(&desk.model, &DeskParticipants::replied);
        QVERIFY(!desk.model.importList(list, false));
        QCOMPARE(desk.model.refusal(), int(Refusal::DeskTooMany));
        QCOMPARE(replied.size(), 1);
        QVERIFY(!replied.first().at(1).toBool());
        QVERIFY(!desk.model.busy());
        // In parts it goes through, on the same connection.
        QVERIFY(desk.answer([&] { return desk.model.importList(list.mid(0, 4500), false); }));
        QVERIFY(desk.answer([&] { return desk.model.importList(list.mid(4500), false); }));
        QTRY_COMPARE(desk.model.count(), 9000);
        QVERIFY(desk.client.isOpen());
    }

    void joinCardsFromTheAppJoinWithTheNewPins()
    {
        Desk desk;
        QVERIFY2(desk.open(QStringLiteral("hop-q")), qPrintable(desk.server.output()));
        const QVariantList list{ person("chair", "Nguyễn Văn Chủ", 1),
            person("d1", "Phạm Thị Ánh Dương", 3, "Chi đoàn Sở Tư pháp"),
            person("d2", "Trần Đức Lộc", 3) };
        QVERIFY(desk.answer([&] { return desk.model.importList(list, false); }));
        QVERIFY(desk.answer([&] { return desk.model.issueMissingPins(); }));
        QCOMPARE(desk.model.pinCount(), 3);
        QCOMPARE(desk.model.withoutPin(), 0);
        const QString pinD1 = desk.model.pins().value("d1");
        QCOMPARE(desk.model.index(1).data(DeskParticipants::PinRole).toString(), pinD1);

        QTemporaryDir dir;
        DeskJoinCards cards;
        cards.setParticipants(&desk.model);
        // A folder that does not exist yet (a tablet's Documents folder before anything was
        // saved there, the file dialog's default): made, not "could not write the cards".
        const QString pdf = dir.filePath("Documents/cards.pdf");
        QVERIFY2(cards.write(QUrl::fromLocalFile(pdf)), qPrintable(cards.error()));
        const QString text = run("pdftotext", { pdf, "-" }).simplified();
        for (const char *name : { "Nguyễn Văn Chủ", "Phạm Thị Ánh Dương", "Trần Đức Lộc" })
            QVERIFY2(text.contains(QString::fromUtf8(name)), qPrintable(text));
        run("pdftoppm", { "-r", "300", "-png", pdf, dir.filePath("page") });
        const QString codes = run("zbarimg", { "-q", dir.filePath("page-1.png") });
        QCOMPARE(codes.count("QR-Code:"), 3);
        const QString prefix = QStringLiteral("QR-Code:quorums://127.0.0.1:%1/hop-q?pin=%2&fp=")
                                   .arg(desk.server.port())
                                   .arg(pinD1);
        QVERIFY2(codes.contains(prefix), qPrintable(codes));

        // A lost card: one new PIN, one card; the link read off it joins the convened meeting.
        QVERIFY(desk.convene("Hội nghị Q"));
        desk.model.forgetPins();
        QVERIFY(desk.answer([&] { return desk.model.issuePins({ "d1" }); }));
        QCOMPARE(desk.model.pinCount(), 1);
        const QString newPin = desk.model.pins().value("d1");
        QVERIFY(newPin != pinD1);
        const QString single = dir.filePath("one.pdf");
        QVERIFY(cards.write(QUrl::fromLocalFile(single)));
        QCOMPARE(run("pdfinfo", { single }).contains(QRegularExpression("Pages:\\s+1\n")), true);
        QVERIFY(!run("pdftotext", { single, "-" }).contains("Trần Đức Lộc"));
        run("pdftoppm", { "-r", "300", "-png", single, dir.filePath("one") });
        const QString one = run("zbarimg", { "-q", dir.filePath("one-1.png") });
        QCOMPARE(one.count("QR-Code:"), 1);
        const QUrl link(one.trimmed().mid(QStringLiteral("QR-Code:").size()));
        QCOMPARE(QUrlQuery(link).queryItemValue("pin"), newPin);
        RawClient tablet;
        QVERIFY(tablet.open(desk.server.url()));
        tablet.setMeeting("hop-q");
        tablet.hello(newPin, 0, "tablet-d1");
        const auto welcome = tablet.welcome(20'000);
        QVERIFY(welcome);
        QCOMPARE(welcome->participant_id(), "d1");
    }

    void theOrganiserIsToldItsOwnRole()
    {
        // The organiser's Welcome says ROLE_ORGANISER (not the secretary's role: a tablet would
        // show the secretary's screens), while it keeps a secretary's rights.
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTRY_VERIFY(!server.organiserSecret().isEmpty());
        RawClient raw;
        QVERIFY(raw.open(server.url()));
        v1::ClientMessage m;
        v1::Hello *h = m.mutable_hello();
        h->set_protocol_version(ProtocolVersion);
        h->set_meeting_id("hop-o");
        h->set_organiser_secret(sstr(server.organiserSecret()));
        h->set_create_meeting(true);
        h->set_device_id("desk");
        raw.send(m);
        const auto welcome = raw.welcome(20'000);
        QVERIFY(welcome);
        QVERIFY(welcome->organiser());
        QCOMPARE(welcome->role(), v1::ROLE_ORGANISER);
    }
};

QTEST_MAIN(TestDeskParticipants)
#include "tst_deskparticipants.moc"
