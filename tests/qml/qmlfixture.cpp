#include "qmlfixture.h"

#include "certfingerprint.h"
#include "mdnsmessage.h"

#include <QDir>
#include <QFile>
#include <QUrl>

#include "docgen.h"
#include <QGuiApplication>
#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTabletEvent>

#include "meetingclient.h"
#include "organiserclient.h"
#include "organiserdesk.h"
#include "replica.h"

QmlFixture::QmlFixture(QObject *parent)
    : QObject(parent)
{ }

QmlFixture::~QmlFixture() = default;

bool QmlFixture::ensureServer()
{
    if (m_server)
        return true;
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start()) {
        qWarning("QmlFixture: quorum-server did not start:\n%s", qPrintable(m_server->output()));
        m_server.reset();
        return false;
    }
    emit serverChanged();
    return true;
}

QString QmlFixture::serverAddress()
{
    if (!ensureServer())
        return {};
    return QStringLiteral("127.0.0.1:%1").arg(m_server->port());
}

QString QmlFixture::joinLink(const QString &pin)
{
    if (!ensureServer())
        return {};
    return QStringLiteral("quorums://127.0.0.1:%1/demo?pin=%2&fp=%3")
        .arg(m_server->port())
        .arg(pin, m_server->fingerprint());
}

QString QmlFixture::serverFingerprint()
{
    if (!ensureServer())
        return {};
    return quorum::groupedFingerprint(m_server->fingerprint());
}

int QmlFixture::startAnnouncedServer()
{
    if (quorum::mdns::multicastInterfaces().isEmpty())
        return 0;
    if (!m_announced) {
        m_announced = std::make_unique<ServerProcess>();
        if (!m_announced->start({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0") })) {
            qWarning(
                "QmlFixture: quorum-server did not start:\n%s", qPrintable(m_announced->output()));
            m_announced.reset();
            return 0;
        }
    }
    return m_announced->port();
}

void QmlFixture::killServer()
{
    if (m_server)
        m_server->kill();
}

bool QmlFixture::restartServer()
{
    return ensureServer() && m_server->start();
}

QString QmlFixture::organiserSecret()
{
    if (!ensureServer())
        return {};
    return m_server->organiserSecret(); // the newest printed
}

QString QmlFixture::deskLink()
{
    if (!ensureServer())
        return {};
    return QStringLiteral("quorums://127.0.0.1:%1/?desk&fp=%2")
        .arg(m_server->port())
        .arg(m_server->fingerprint());
}

int QmlFixture::importParticipants(OrganiserDesk *desk, int delegates)
{
    namespace v1 = quorum::v1;
    if (!desk)
        return 0;
    v1::Command command;
    v1::ImportParticipants *import = command.mutable_import_participants();
    auto add = [&](const QString &id, const QString &name, v1::Role role) {
        v1::Participant *p = import->add_participants();
        p->set_id(quorum::sstr(id));
        p->set_name(quorum::sstr(name));
        p->set_role(role);
        p->set_voting(role != v1::ROLE_OBSERVER);
    };
    add(QStringLiteral("chu-toa"), QStringLiteral("Nguyễn Văn An"), v1::ROLE_CHAIR);
    add(QStringLiteral("thu-ky"), QStringLiteral("Trần Thị Bình"), v1::ROLE_SECRETARY);
    for (int i = 1; i <= delegates; ++i)
        add(QStringLiteral("dai-bieu-%1").arg(i), QStringLiteral("Đại biểu số %1").arg(i),
            v1::ROLE_DELEGATE);
    return int(desk->organiserClient()->send(command));
}

void QmlFixture::setDeviceId(MeetingClient *client, const QString &deviceId)
{
    if (client)
        client->setDeviceId(deviceId);
}

namespace {
quorum::v1::Snapshot demoSnapshot(int currentIndex, const QStringList &presentIds)
{
    namespace v1 = quorum::v1;
    v1::Snapshot snapshot;
    snapshot.set_seq(42);
    v1::MeetingDefined *meeting = snapshot.mutable_meeting();
    meeting->set_meeting_id("fixture");
    meeting->set_title("Sinh hoạt chuyên đề: chuyển đổi số");
    meeting->set_organisation("Đoàn khối Cơ quan - Doanh nghiệp tỉnh");
    meeting->set_place("Phòng họp không giấy, tầng 3");
    meeting->set_language("vi");
    const struct
    {
        const char *id, *name, *title;
        v1::Role role;
    } people[] = {
        { "chair", "Nguyễn Văn A", "Bí thư Đoàn khối", v1::ROLE_CHAIR },
        { "secretary", "Trần Thị B", "Ủy viên Ban Thường vụ", v1::ROLE_SECRETARY },
        { "d01", "Lê Văn C", "Chủ nhiệm CLB Lý luận trẻ", v1::ROLE_DELEGATE },
        { "projector", "Màn hình phòng họp", "Máy chiếu", v1::ROLE_OBSERVER },
    };
    for (const auto &person : people) {
        v1::Participant *p = meeting->add_participants();
        p->set_id(person.id);
        p->set_name(person.name);
        p->set_title(person.title);
        p->set_role(person.role);
        p->set_present(presentIds.contains(QString::fromUtf8(person.id)));
        // Connecting is checking in (server attendance.cpp): the attendance says so too.
        if (p->present()) {
            v1::AttendanceChanged *a = snapshot.mutable_floor()->add_attendance();
            a->set_participant_id(person.id);
            a->set_state(v1::ATTENDANCE_IN_ROOM);
        }
    }
    const char *items[][2] = {
        { "opening", "Khai mạc, giới thiệu đại biểu" },
        { "young-officials", "Phát huy vai trò của công chức, viên chức trẻ trong chuyển đổi số" },
        { "professional-work", "Chuyển đổi số gắn với công tác chuyên môn" },
        { "eform-vote", "Biểu quyết thông qua kế hoạch áp dụng biểu mẫu điện tử" },
        { "closing", "Bế mạc" },
    };
    for (const auto &item : items) {
        v1::AgendaItem *a = meeting->add_agenda();
        a->set_id(item[0]);
        a->set_title(item[1]);
        a->set_duration_minutes(10);
    }
    snapshot.mutable_floor()->set_queue_open(true);
    if (currentIndex >= 0 && currentIndex < int(std::size(items)))
        snapshot.set_current_item_id(items[currentIndex][0]);
    return snapshot;
}
} // namespace

void QmlFixture::loadSnapshot(
    MeetingClient *client, int currentIndex, const QStringList &presentIds)
{
    if (client)
        client->replica()->loadSnapshot(demoSnapshot(currentIndex, presentIds));
}

void QmlFixture::loadClosedBallot(
    MeetingClient *client, double yes, double no, double abstain, int invalid)
{
    if (!client)
        return;
    namespace v1 = quorum::v1;
    v1::Snapshot snapshot = demoSnapshot(3, { QStringLiteral("chair"), QStringLiteral("d01") });
    v1::BallotState *state = snapshot.mutable_floor()->add_ballots();
    v1::Ballot *b = state->mutable_ballot();
    b->set_id("shares");
    b->set_item_id("eform-vote");
    b->set_question("Thông qua báo cáo tài chính năm 2025?");
    b->set_kind(v1::BALLOT_YES_NO_ABSTAIN);
    b->mutable_rule()->set_weighted(true);
    b->mutable_rule()->set_base(v1::BASE_MEMBERS_PRESENT);
    const std::pair<const char *, v1::OptionKind> options[] = { { "Đồng ý", v1::OPTION_YES },
        { "Không đồng ý", v1::OPTION_NO }, { "Không biểu quyết", v1::OPTION_ABSTAIN } };
    for (const auto &[label, kind] : options) {
        v1::BallotOption *o = b->add_options();
        o->set_label(label);
        o->set_kind(kind);
    }
    state->set_phase(v1::BallotState::PHASE_CLOSED);
    state->set_eligible(2);
    state->add_voted("chair");
    state->add_voted("d01");
    v1::BallotResult *r = state->mutable_result();
    const double votes[] = { yes, no, abstain };
    for (int i = 0; i < 3; ++i) {
        v1::OptionResult *o = r->add_options();
        o->set_option(quint32(i));
        o->set_votes(quint64(votes[i]));
        o->set_elected(i == 0 && yes > no);
    }
    r->set_ballots(2);
    r->set_voters(2);
    r->set_eligible(2);
    r->set_invalid(quint64(invalid));
    r->set_base(quint64(yes + no + abstain));
    r->set_passed(yes > no);
    r->set_outcome(yes > no ? v1::OUTCOME_PASSED : v1::OUTCOME_NOT_PASSED);
    client->replica()->loadSnapshot(snapshot);
}

QString QmlFixture::temporaryDirectory()
{
    const QString path = m_scratch.filePath(QStringLiteral("state-%1").arg(++m_scratchCount));
    QDir().mkpath(path);
    return path;
}

bool QmlFixture::fileExists(const QUrl &url) const
{
    return url.isLocalFile() && QFile::exists(url.toLocalFile());
}

QString QmlFixture::screenshotDirectory() const
{
    return qEnvironmentVariable("QUORUM_SCREENSHOT_DIR");
}

QString QmlFixture::writePdf(int pages)
{
    const QString path
        = m_scratch.filePath(QStringLiteral("upload-%1-%2.pdf").arg(++m_scratchCount).arg(pages));
    QString error;
    if (!quorum::docgen::writeNumberedPdf(path, pages, &error)) {
        qWarning("QmlFixture: %s", qPrintable(error));
        return {};
    }
    return QUrl::fromLocalFile(path).toString();
}

QString QmlFixture::writeNotPdf()
{
    const QString path = m_scratch.filePath(QStringLiteral("ghi-chu-%1.pdf").arg(++m_scratchCount));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Ghi chú cuộc họp: đây là văn bản, không phải PDF.\n");
    return QUrl::fromLocalFile(path).toString();
}

int QmlFixture::stylusStroke(QQuickItem *item, const QList<qreal> &xy, const QList<qreal> &pressure)
{
    if (!item || !item->window() || xy.size() < 4 || pressure.size() * 2 != xy.size())
        return -1;
    if (!m_stylus) {
        // Like a Wacom pen: position, pressure, tilt; its tip is the left button.
        m_stylus = new QPointingDevice(QStringLiteral("Quorum test stylus"), 4242,
            QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
            QInputDevice::Capability::Position | QInputDevice::Capability::Pressure
                | QInputDevice::Capability::XTilt | QInputDevice::Capability::YTilt,
            1, 2, QString(), QPointingDeviceUniqueId::fromNumericId(4242), this);
    }
    QQuickWindow *window = item->window();
    const qsizetype n = xy.size() / 2;
    int accepted = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF scene = item->mapToScene(QPointF(xy[2 * i], xy[2 * i + 1]));
        const bool first = i == 0, last = i == n - 1;
        QTabletEvent event(first ? QEvent::TabletPress
                : last           ? QEvent::TabletRelease
                                 : QEvent::TabletMove,
            m_stylus, scene, window->mapToGlobal(scene), pressure[i], 0, 0, 0, 0, 0, Qt::NoModifier,
            first || last ? Qt::LeftButton : Qt::NoButton, last ? Qt::NoButton : Qt::LeftButton);
        m_stylusTime += 16; // a tablet reports about 60 times a second
        event.setTimestamp(m_stylusTime);
        event.setAccepted(false);
        QGuiApplication::sendEvent(window, &event);
        accepted += event.isAccepted() ? 1 : 0;
    }
    return accepted;
}

QStringList QmlFixture::layoutProblems(QQuickItem *page, bool vietnamese)
{
    QString error;
    if (!m_layoutScan.load(
            QStringLiteral(QUICK_TEST_SOURCE_DIR "/../../client-qml/app/i18n/quorum_vi.ts"),
            &error))
        return { QStringLiteral("cannot read quorum_vi.ts: ") + error };
    return page ? m_layoutScan.scan(page, vietnamese) : QStringList{ QStringLiteral("no page") };
}
