#include "deskfixture.h"

#include "organiserclient.h"

#include <QProcess>
#include <QQmlEngine>
#include <QTest>

namespace v1 = quorum::v1;

DeskFixture::DeskFixture(QObject *parent)
    : QObject(parent)
{ }

DeskFixture::~DeskFixture() = default;

QObject *DeskFixture::openMeeting(const QString &meetingId)
{
    if (!m_server) {
        m_server = std::make_unique<ServerProcess>();
        if (!m_server->start()) {
            qWarning(
                "DeskFixture: quorum-server did not start:\n%s", qPrintable(m_server->output()));
            m_server.reset();
            return nullptr;
        }
    }
    QString secret;
    QTest::qWaitFor(
        [&] {
            secret = m_server->organiserSecret();
            return !secret.isEmpty();
        },
        20'000);
    m_client = std::make_unique<OrganiserClient>();
    // Returned to QML without a parent: the fixture owns it, not the JavaScript collector.
    QQmlEngine::setObjectOwnership(m_client.get(), QQmlEngine::CppOwnership);
    m_client->setServer(m_server->url(), secret);
    m_client->openMeeting(meetingId, true);
    if (!QTest::qWaitFor([&] { return m_client->isOpen(); }, 20'000))
        return nullptr;
    return m_client.get();
}

QUrl DeskFixture::serverUrl() const
{
    return m_server ? m_server->url() : QUrl();
}

bool DeskFixture::convene(const QString &title)
{
    if (!m_client)
        return false;
    v1::Command edit;
    edit.mutable_edit_meeting()->set_title(quorum::sstr(title));
    m_client->send(edit);
    v1::Command convene;
    convene.mutable_convene_meeting();
    m_client->send(convene);
    return QTest::qWaitFor(
        [&] { return m_client->state().definition.phase() == v1::MEETING_PHASE_CONVENED; }, 20'000);
}

QUrl DeskFixture::writeRosterXlsx(int rows)
{
    const QString file = m_scratch.filePath(QStringLiteral("danh-sach-%1.xlsx").arg(rows));
    // The Debian python3 with python3-openpyxl, not a pyenv one on PATH.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(QUICK_TEST_SOURCE_DIR "/make-desk-roster.py"), file,
            QString::number(rows) });
    if (!python.waitForFinished(60'000) || python.exitCode() != 0) {
        qWarning("DeskFixture: make-desk-roster.py failed: %s",
            python.readAllStandardError().constData());
        return {};
    }
    return QUrl::fromLocalFile(file);
}
