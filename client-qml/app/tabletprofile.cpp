#include "tabletprofile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {
const QString kDeviceId = QStringLiteral("deviceId");
const QString kLanguage = QStringLiteral("language");

/** Younger than this, a lock may be one a starting tablet has made and not yet written to. */
constexpr qint64 kSettlingMs = 5000;

/**
 * Whether the lock at `path` is left over: older than a start takes, and no process holds it.
 * QLockFile's holder keeps an exclusive flock on the file from right after creating it until
 * it unlocks or dies; a lock that names no readable pid (a tablet killed, or the power lost,
 * between creating the file and writing it) is otherwise never taken over with no stale time.
 */
bool isAbandoned(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()
        || qAbs(info.lastModified().msecsTo(QDateTime::currentDateTimeUtc())) < kSettlingMs)
        return false;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd); // releases the probe's own lock
    return !held;
}
} // namespace

bool TabletProfile::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$"));
    return valid.match(name).hasMatch();
}

TabletProfile::TabletProfile(const QString &name)
    : m_name(name.isEmpty() ? defaultName() : name)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (m_name == defaultName()) {
        // The folder and settings the tablet used before profiles: an install keeps its meeting.
        m_directory = base;
        m_settingsFile = QSettings(QStringLiteral("Quorum"), QStringLiteral("tablet")).fileName();
    } else {
        m_directory = QDir(base).filePath(QStringLiteral("profiles/") + m_name);
        m_settingsFile = QDir(m_directory).filePath(QStringLiteral("tablet.ini"));
    }
}

TabletProfile::~TabletProfile() = default;

bool TabletProfile::lock(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create the profile folder %1").arg(m_directory);
        return false;
    }
    m_lock
        = std::make_unique<QLockFile>(QDir(m_directory).filePath(QStringLiteral("profile.lock")));
    // Never stale by age (a tablet runs all day); a dead holder's lock is removed by its pid.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    // One with no pid to check (empty or cut short) is removed when nobody holds it.
    if (m_lock->error() == QLockFile::LockFailedError
        && isAbandoned(QDir(m_directory).filePath(QStringLiteral("profile.lock")))
        && m_lock->removeStaleLockFile() && m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = QStringLiteral("the profile '%1' is in use by another quorum-tablet (pid %2); "
                                "start this one with --profile OTHER-NAME")
                     .arg(m_name)
                     .arg(pid);
    } else {
        *error = QStringLiteral("cannot lock the profile folder %1").arg(m_directory);
    }
    m_lock.reset();
    return false;
}

QString TabletProfile::deviceId() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    QString id = settings.value(kDeviceId).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(kDeviceId, id);
    }
    return id;
}

QString TabletProfile::chosenLanguage() const
{
    return QSettings(m_settingsFile, QSettings::IniFormat).value(kLanguage).toString();
}

void TabletProfile::setChosenLanguage(const QString &code) const
{
    QSettings(m_settingsFile, QSettings::IniFormat).setValue(kLanguage, code);
}
