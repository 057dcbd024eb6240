#include "processformexporter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace quorum {

namespace {
FormExporter::Result failure(const QString &detail, bool notInMinutes = false)
{
    FormExporter::Result result;
    result.detail = detail;
    result.notInMinutes = notInMinutes;
    return result;
}
} // namespace

ProcessFormExporter::ProcessFormExporter(QString program, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_dataDir(std::move(dataDir))
{ }

void ProcessFormExporter::start(
    const QString &meetingId, const QString &formId, bool english, const QString &outDir, Done done)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process->setProcessEnvironment(env);
    process->setProgram(m_program);
    process->setArguments({ QStringLiteral("export-form"), meetingId, formId,
        QStringLiteral("--data"), m_dataDir, QStringLiteral("--out-dir"), outDir,
        QStringLiteral("--language"), english ? QStringLiteral("en") : QStringLiteral("vi") });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, &QProcess::kill);
    // Either signal ends it, once: a child that never started has no finished().
    auto finish = [this, process, done](const Result &result) {
        process->disconnect(this);
        process->deleteLater();
        done(result);
    };
    connect(
        process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(failure(
                    QStringLiteral("Cannot run the exporter: %1").arg(process->errorString())));
        });
    connect(process, &QProcess::finished, this,
        [process, finish](int code, QProcess::ExitStatus status) {
            const QString said = QString::fromUtf8(process->readAllStandardOutput());
            const QString why = QString::fromUtf8(process->readAllStandardError()).trimmed();
            if (status != QProcess::NormalExit) {
                finish(failure(QStringLiteral("The exporter stopped (crashed or took too long)")));
                return;
            }
            if (code != 0) {
                finish(
                    failure(why.isEmpty() ? QStringLiteral("exit %1").arg(code) : why, code == 3));
                return;
            }
            // "exported form F of M (N events): STEM"
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("\\((\\d+) events\\): (\\S+)")).match(said);
            if (!m.hasMatch()) {
                finish(failure(QStringLiteral("The exporter said nothing of its files")));
                return;
            }
            Result result;
            result.ok = true;
            result.lastSeq = m.captured(1).toULongLong();
            result.stem = m.captured(2);
            finish(result);
        });
    timer->start(m_timeoutMs);
    process->start();
}

} // namespace quorum
