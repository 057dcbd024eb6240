#include "processexporter.h"

#include "archivefile.h"
#include "blobstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcExport, "quorum.server.export", QtInfoMsg)

namespace quorum {

namespace {
MinutesExporter::Result failure(v1::ErrorCode code, const QString &detail)
{
    MinutesExporter::Result result;
    result.code = code;
    result.detail = detail;
    return result;
}

QString lastLine(const QByteArray &output)
{
    const QStringList lines
        = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}
} // namespace

ProcessMinutesExporter::ProcessMinutesExporter(
    QString program, QString dataDir, BlobStore &blobs, QString fingerprint, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_dataDir(std::move(dataDir))
    , m_blobs(blobs)
    , m_fingerprint(std::move(fingerprint))
{ }

void ProcessMinutesExporter::start(const QString &meetingId, Done done)
{
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!scratch->isValid()) {
        QTimer::singleShot(0, this, [done] {
            done(failure(v1::ERROR_INTERNAL, QStringLiteral("No scratch folder for the export")));
        });
        return;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString fileName = QStringLiteral("%1-%2.quorum.zip").arg(meetingId, stamp);
    const QString out = scratch->filePath(fileName);

    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // no display on a server
    process->setProcessEnvironment(env);
    process->setProgram(m_program);
    process->setArguments({ QStringLiteral("export"), meetingId, QStringLiteral("--data"),
        m_dataDir, QStringLiteral("--out"), out });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] {
        qCWarning(lcExport) << "export takes too long: killed";
        process->kill();
    });

    // Either signal ends it, once: a child that never started has no finished().
    auto finish = [this, process, scratch, out, fileName, done](const Result &fallback) {
        process->disconnect(this);
        process->deleteLater();
        if (fallback.code != v1::ERROR_UNSPECIFIED) {
            done(fallback);
            return;
        }
        const QByteArray stdoutBytes = process->readAllStandardOutput();
        Result result;
        v1::MinutesExported &e = result.exported;
        QString error;
        const QString archiveHash = m_blobs.addFile(out, QStringLiteral("zip"), &error);
        if (archiveHash.isEmpty()) {
            done(failure(v1::ERROR_INTERNAL, error));
            return;
        }
        archive::ReadError reason = archive::ReadError::None;
        QString detail;
        const auto members = archive::readZip(out, &reason, &detail);
        const QString pdfPath = scratch->filePath(QStringLiteral("bien-ban.vi.pdf"));
        bool pdfWritten = false;
        if (members) {
            for (const archive::Member &m : *members) {
                if (m.path == QLatin1String("minutes/bien-ban.vi.pdf")) {
                    QFile f(pdfPath);
                    pdfWritten = f.open(QIODevice::WriteOnly) && f.write(m.bytes) == m.bytes.size();
                }
            }
        }
        if (!pdfWritten) {
            done(failure(v1::ERROR_INTERNAL,
                QStringLiteral("The archive holds no minutes PDF (%1)").arg(detail)));
            return;
        }
        const QString pdfHash = m_blobs.addFile(pdfPath, QStringLiteral("pdf"), &error);
        if (pdfHash.isEmpty()) {
            done(failure(v1::ERROR_INTERNAL, error));
            return;
        }
        e.set_archive_sha256(sstr(archiveHash));
        e.set_archive_size(quint64(QFileInfo(out).size()));
        e.set_archive_file_name(sstr(fileName));
        e.set_minutes_vi_sha256(sstr(pdfHash));
        e.set_minutes_vi_size(quint64(QFileInfo(pdfPath).size()));
        // What the child said about what it wrote: "(N events)", "not approved".
        const QString said = QString::fromUtf8(stdoutBytes);
        e.set_approved(!said.contains(QLatin1String("not approved")));
        const QRegularExpressionMatch events
            = QRegularExpression(QStringLiteral("\\((\\d+) events\\)")).match(said);
        e.set_last_seq(events.hasMatch() ? events.captured(1).toULongLong() : 0);
        e.set_fingerprint(sstr(m_fingerprint));
        qCInfo(lcExport) << "exported" << fileName << e.archive_size() << "bytes, minutes"
                         << pdfHash.left(12);
        done(result);
    };
    connect(
        process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(failure(v1::ERROR_INTERNAL,
                    QStringLiteral("Cannot run the exporter: %1").arg(process->errorString())));
        });
    connect(process, &QProcess::finished, this,
        [process, finish](int code, QProcess::ExitStatus status) {
            if (status != QProcess::NormalExit) {
                finish(failure(v1::ERROR_INTERNAL,
                    QStringLiteral("The exporter stopped (crashed or took too long)")));
                return;
            }
            if (code != 0) {
                const QString why = lastLine(process->readAllStandardError());
                finish(failure(v1::ERROR_INTERNAL,
                    why.isEmpty() ? QStringLiteral("The export failed (exit %1)").arg(code) : why));
                return;
            }
            finish(Result());
        });
    qCInfo(lcExport) << "exporting" << meetingId << "with" << m_program;
    timer->start(m_timeoutMs);
    process->start();
}

} // namespace quorum
