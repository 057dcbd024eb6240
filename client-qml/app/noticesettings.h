#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/**
 * How the tablet calls attention to a ballot that opens: the chime on or muted. Kept in the
 * profile's settings (TabletProfile::settingsFile) once main() names the file; without one (the
 * tests) the choice lasts as long as the process.
 */
class NoticeSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool muted READ muted WRITE setMuted NOTIFY mutedChanged)

public:
    explicit NoticeSettings(QObject *parent = nullptr);

    /** The profile's settings file (INI); call before the QML engine loads. */
    static void setSettingsFile(const QString &path);

    bool muted() const { return m_muted; }
    void setMuted(bool muted);

signals:
    void mutedChanged();

private:
    bool m_muted = false;
};
