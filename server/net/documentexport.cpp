#include "documentexport.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace quorum {

QString exportedFileName(const v1::Document &document)
{
    QString stem = QFileInfo(qstr(document.file_name())).completeBaseName();
    stem.replace(
        QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    while (stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    if (stem.isEmpty())
        stem = qstr(document.id()).replace(QLatin1Char('/'), QLatin1Char('-'));
    return stem + QStringLiteral(".annotated.pdf");
}

void ExportedFiles::add(const QString &meetingId, const QString &sha256, const QString &owner)
{
    m_owners[meetingId][sha256].insert(owner);
}

bool ExportedFiles::contains(const QString &meetingId, const QString &sha256) const
{
    return m_owners.value(meetingId).contains(sha256);
}

void ExportedFiles::forget(const QString &sha256)
{
    for (auto &byHash : m_owners)
        byHash.remove(sha256);
}

bool ExportedFiles::mayFetch(
    const QString &meetingId, const QString &sha256, const QString &participantId) const
{
    const QSet<QString> owners = m_owners.value(meetingId).value(sha256);
    return owners.contains(QString()) || owners.contains(participantId);
}

} // namespace quorum
