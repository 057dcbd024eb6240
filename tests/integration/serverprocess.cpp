#include "serverprocess.h"

#include "certfingerprint.h"

#include <QSslCertificate>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes must not leave its server running on the CI machine: the kernel
    // kills the server when the test process dies, whatever way it dies.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QObject::connect(&m_process, &QProcess::readyRead, &m_process,
        [this] { m_output += QString::fromUtf8(m_process.readAll()); });
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    // Restarting keeps the port, so that clients reconnect to the same address.
    const QString port = m_port ? QString::number(m_port) : QStringLiteral("0");
    // The whole suite runs on either I/O engine: QUORUM_IO_ENGINE=wire|qt (a test that names
    // one keeps it).
    QStringList engine;
    const QString engineName = qEnvironmentVariable("QUORUM_IO_ENGINE");
    if (!engineName.isEmpty() && !extraArguments.contains(QStringLiteral("--io-engine")))
        engine = QStringList{ QStringLiteral("--io-engine"), engineName };
    m_process.start(QStringLiteral(QUORUM_SERVER_BINARY),
        QStringList{ QStringLiteral("--demo"), QStringLiteral("--data"), m_dir.path(),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port,
            QStringLiteral("--port-file"), portFile, QStringLiteral("--no-qr"),
            QStringLiteral("--public-host"), QStringLiteral("127.0.0.1") }
            + engine + extraArguments);
    if (!m_process.waitForStarted(10'000))
        return false;
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            const quint16 p = quint16(f.readAll().toUInt());
            if (p) {
                m_port = p;
                // The server makes its certificate before it listens: it is there now.
                m_fingerprint.clear();
                if (!extraArguments.contains(QStringLiteral("--insecure"))) {
                    // The last --data given wins, as on the server's command line.
                    const qsizetype data = extraArguments.lastIndexOf(QStringLiteral("--data"));
                    const QString folder = data >= 0 && data + 1 < extraArguments.size()
                        ? extraArguments.at(data + 1)
                        : m_dir.path();
                    const auto chain = QSslCertificate::fromPath(
                        QDir(folder).filePath(QStringLiteral("tls-cert.pem")));
                    if (chain.isEmpty())
                        return false;
                    m_fingerprint = quorum::certificateFingerprint(chain.first().toDer());
                }
                return true;
            }
        }
        if (m_process.state() != QProcess::Running) {
            m_output += QString::fromUtf8(m_process.readAll()); // why it stopped
            return false;
        }
        m_process.waitForReadyRead(20);
    }
    return false;
}

QString writeMeetingFile(const QString &path, const QJsonObject &meeting)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(meeting).toJson()) < 0)
        return {};
    return path;
}

QString ServerProcess::organiserSecret() const
{
    static const QRegularExpression line(
        QStringLiteral("organiser secret \\(shown once[^)]*\\): (\\S+)"));
    QString secret;
    for (const auto &match : line.globalMatch(m_output))
        secret = match.captured(1);
    return secret;
}

QUrl ServerProcess::url() const
{
    if (m_fingerprint.isEmpty())
        return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
    return QUrl(QStringLiteral("wss://127.0.0.1:%1/?fp=%2").arg(m_port).arg(m_fingerprint));
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10'000);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        kill();
}

qint64 ServerProcess::heapInUseBytes()
{
    if (m_process.processId() == 0)
        return -1;
    const qsizetype from = m_output.size();
    ::kill(pid_t(m_process.processId()), SIGUSR1);
    static const QRegularExpression report(QStringLiteral("heap in use: (-?\\d+) bytes"));
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_output += QString::fromUtf8(m_process.readAll());
        const QRegularExpressionMatch match = report.match(m_output, from);
        if (match.hasMatch())
            return match.captured(1).toLongLong();
    }
    return -1;
}

qint64 ServerProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (m_process.processId() == 0 || !status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
