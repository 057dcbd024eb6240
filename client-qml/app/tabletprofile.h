#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

/**
 * One tablet process's own folder: the meeting's copy, the documents, the annotation journals,
 * the device id and the language a person chose. Two windows on one machine (the demo: the chair
 * and a delegate) are two profiles; two processes on one folder overwrote each other's
 * downloads (issue 11: documents stuck at 0 %), so a profile is held by one process at a time
 * (a QLockFile in its folder; a crashed holder's lock is taken over: QLockFile checks its pid,
 * and a lock with no readable pid is taken over once nobody holds it).
 */
class TabletProfile
{
public:
    /** The profile used without --profile: the install's data folder, as before profiles. */
    static QString defaultName() { return QStringLiteral("default"); }
    /** Letters, digits, '-', '_' and '.', not starting with '.'; at most 64 characters. */
    static bool isValidName(const QString &name);

    /** `name` empty: the default profile. Nothing is created or locked yet. */
    explicit TabletProfile(const QString &name = {});
    ~TabletProfile();

    QString name() const { return m_name; }
    /** Default: AppLocalDataLocation; NAME: AppLocalDataLocation/profiles/NAME. */
    QString directory() const { return m_directory; }
    /** Where the device id and the person's language choice are kept (INI). */
    QString settingsFile() const { return m_settingsFile; }

    /** Creates the folder and takes its lock; false (and `error` in English) when another
     *  process holds it or the folder cannot be written. */
    bool lock(QString *error);

    /** The device id of this profile: kept in its settings, made once (a UUID). */
    QString deviceId() const;
    /** The language a person chose on this tablet ("vi"/"en"), empty when never chosen. */
    QString chosenLanguage() const;
    void setChosenLanguage(const QString &code) const;

private:
    QString m_name;
    QString m_directory;
    QString m_settingsFile;
    std::unique_ptr<QLockFile> m_lock;
};
