#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;

/**
 * A join link opened while the tablet already runs on this profile (the desktop's handler of
 * quorum:// links starts `quorum-tablet LINK` again) goes to the running process, which joins
 * with it, instead of being refused with the profile. A local socket in the profile's folder.
 */
class LinkHandover : public QObject
{
    Q_OBJECT
public:
    explicit LinkHandover(const QString &profileDirectory, QObject *parent = nullptr);

    /** The running process (it holds the profile's lock): receives links for `onLink`. */
    bool listen(std::function<void(const QString &)> onLink, QString *error);
    /** Another process: gives `link` to the running one; false when none answers. */
    bool handOver(const QString &link, QString *error) const;

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
