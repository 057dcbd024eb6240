#include "noticesettings.h"

#include <QSettings>

namespace {
QString &settingsFile()
{
    static QString path;
    return path;
}
const QString kMuted = QStringLiteral("ballotChimeMuted");
} // namespace

NoticeSettings::NoticeSettings(QObject *parent)
    : QObject(parent)
{
    if (!settingsFile().isEmpty())
        m_muted = QSettings(settingsFile(), QSettings::IniFormat).value(kMuted, false).toBool();
}

void NoticeSettings::setSettingsFile(const QString &path)
{
    settingsFile() = path;
}

void NoticeSettings::setMuted(bool muted)
{
    if (m_muted == muted)
        return;
    m_muted = muted;
    if (!settingsFile().isEmpty())
        QSettings(settingsFile(), QSettings::IniFormat).setValue(kMuted, muted);
    emit mutedChanged();
}
