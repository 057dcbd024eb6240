#pragma once

#include "serverprocess.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class OrganiserClient;

/**
 * What the organiser's desk pages need in a tst_*.qml (QML singleton `DeskFixture` in
 * Quorum.Test): a real quorum-server of their own, an OrganiserClient with a new draft meeting
 * open on it, the desk's lifecycle commands, and the office's list as a real XLSX.
 */
class DeskFixture : public QObject
{
    Q_OBJECT
public:
    explicit DeskFixture(QObject *parent = nullptr);
    ~DeskFixture() override;

    /** A new draft meeting `meetingId` opened as the organiser (null when it failed). */
    Q_INVOKABLE QObject *openMeeting(const QString &meetingId);
    /** The server's address as a tablet pins it (wss://127.0.0.1:PORT/?fp=…). */
    Q_INVOKABLE QUrl serverUrl() const;
    /** Titles and convenes the open meeting; true when the desk sees it convened. */
    Q_INVOKABLE bool convene(const QString &title);
    /** `rows` participants written by openpyxl (make-desk-roster.py); the file's URL. */
    Q_INVOKABLE QUrl writeRosterXlsx(int rows);

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<OrganiserClient> m_client;
    QTemporaryDir m_scratch;
};
