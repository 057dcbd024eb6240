#pragma once

#include "rawtablet.h"

#include <QTimer>

#include <memory>
#include <vector>

/**
 * The tablets a room server must survive while serving everyone else (issue 3, "Bad input
 * and limits"): one that floods commands, one that sends frames past the size limit, some
 * that connect and never say Hello, and one that joins and drops in a loop. Each comes back
 * after the server closes it, until stop(). Every loop is driven by a timer and ends at
 * stop(); nothing here blocks.
 */
class HostileFleet : public QObject
{
    Q_OBJECT
public:
    /** secrets: PINs of delegates that no measured tablet uses (flooder, oversized, reconnector).
     */
    HostileFleet(
        const QUrl &url, const QStringList &secrets, int silentCount, QObject *parent = nullptr);

    void start();
    void stop();
    /** What the hostile tablets did and how the server answered. */
    QJsonObject report() const;

private:
    void reopen(RawTablet *tablet, const QString &secret, const QString &device, int delayMs);

    QUrl m_url;
    QStringList m_secrets;
    int m_silentCount;
    bool m_running = false;
    LoadTally m_tally; // kept apart from the measured tablets
    RawTablet *m_flooder = nullptr;
    RawTablet *m_oversized = nullptr;
    RawTablet *m_reconnector = nullptr;
    std::vector<RawTablet *> m_silent;
    QTimer m_floodTimer;
    qint64 m_floodCommands = 0;
    qint64 m_oversizedFrames = 0;
    qint64 m_reconnects = 0;
    qint64 m_silentReopens = 0;
};
