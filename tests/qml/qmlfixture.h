#pragma once

#include "layoutscan.h"
#include "serverprocess.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class MeetingClient;
class OrganiserDesk;
class QPointingDevice;
class QQuickItem;

/**
 * What the tst_*.qml files need beyond the app's own module (QML singleton `Fixture` in
 * Quorum.Test): a real demo quorum-server on loopback (started on first use, killed and
 * restarted on demand), and a way to put a meeting into a MeetingClient's replica without a
 * server, for pages that only need to show state.
 */
class QmlFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY serverChanged)

public:
    explicit QmlFixture(QObject *parent = nullptr);
    ~QmlFixture() override;

    /** "127.0.0.1:PORT" of the demo server; starts it the first time. */
    QString serverAddress();
    /** quorums://127.0.0.1:PORT/demo?pin=PIN&fp=FINGERPRINT for the demo server (as its QR codes).
     */
    Q_INVOKABLE QString joinLink(const QString &pin);
    /** The demo server's certificate fingerprint, in groups of four (as the tablet shows it). */
    Q_INVOKABLE QString serverFingerprint();
    /**
     * A second demo server listening on every address, which announces its meeting on the LAN
     * (NearbyRooms); its port, or 0 when this machine has no interface that can multicast.
     */
    Q_INVOKABLE int startAnnouncedServer();
    /** kill -9 the server (clients see the connection drop). */
    Q_INVOKABLE void killServer();
    /** Starts it again on the same port and database. */
    Q_INVOKABLE bool restartServer();

    /** The demo server's organiser secret, as it printed it at its first start. */
    Q_INVOKABLE QString organiserSecret();
    /** The demo server's desk link: quorums://127.0.0.1:PORT/?desk&fp=FINGERPRINT. */
    Q_INVOKABLE QString deskLink();
    /**
     * What the participants page (deskpeople13's) does, for the desk's own tests: the open
     * meeting of `desk` gets a chair, a secretary and `delegates` delegates (ImportParticipants
     * through its OrganiserClient); the request id, 0 when no meeting is open.
     */
    Q_INVOKABLE int importParticipants(OrganiserDesk *desk, int delegates);

    /** Two clients in one test process are two devices. */
    Q_INVOKABLE void setDeviceId(MeetingClient *client, const QString &deviceId);
    /**
     * Loads a snapshot of a small demo meeting (4 participants, 5 agenda items) into the
     * client's replica: item `currentIndex` is current (-1: none); `presentIds` are in the room.
     */
    Q_INVOKABLE void loadSnapshot(
        MeetingClient *client, int currentIndex, const QStringList &presentIds);
    /**
     * The same demo meeting, with a closed share-weighted yes/no ballot on item 3 (current):
     * `yes`, `no` and `abstain` shares, `invalid` papers, as the result shows it.
     */
    Q_INVOKABLE void loadClosedBallot(
        MeetingClient *client, double yes, double no, double abstain, int invalid);
    /** A new empty folder that lives as long as the test run (a tablet's state directory). */
    Q_INVOKABLE QString temporaryDirectory();
    /** Whether a local file (a file: URL) exists. */
    Q_INVOKABLE bool fileExists(const QUrl &url) const;
    /** A new PDF of `pages` numbered pages ("Trang N") in the scratch folder; its file: URL. */
    Q_INVOKABLE QString writePdf(int pages);
    /** A file that is no PDF (text), named .pdf; its file: URL. */
    Q_INVOKABLE QString writeNotPdf();
    /** $QUORUM_SCREENSHOT_DIR: where tests that double as screenshots save them; empty: don't. */
    Q_INVOKABLE QString screenshotDirectory() const;
    /**
     * A pen stroke on `item` from a stylus with pressure, as Qt Quick receives one from a
     * graphics tablet (QTabletEvent, which QtTest cannot send from QML): pressed at the
     * first point, moved through the others, lifted at the last. `xy` are item pixels,
     * `pressure` one 0..1 per point. Returns how many of the events Qt Quick accepted (the
     * ones it did not, a real platform would also turn into mouse events).
     */
    Q_INVOKABLE int stylusStroke(
        QQuickItem *item, const QList<qreal> &xy, const QList<qreal> &pressure);

    /**
     * What is wrong on `page` as laid out now (LayoutScan): labels cut off or spilling over,
     * things off the page's edge, and with `vietnamese` English words of the app on screen.
     */
    Q_INVOKABLE QStringList layoutProblems(QQuickItem *page, bool vietnamese);

signals:
    void serverChanged();

private:
    bool ensureServer();

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ServerProcess> m_announced;
    QTemporaryDir m_scratch;
    QPointingDevice *m_stylus = nullptr;
    ulong m_stylusTime = 1'000'000;
    int m_scratchCount = 0;
    LayoutScan m_layoutScan;
};
