// What an idle tablet costs the server (issue 12: "server memory per idle tablet"), against
// the real server over TLS on loopback: a meeting of 1,000 delegates (a Welcome of tens of KB),
// 300 lean tablets join and go idle, and the server's heap, as it reports it on SIGUSR1
// (heapreport.h: after its trim, once nothing waits to be written), is compared with the heap
// before they joined. Not timed.
//
// Guards: each idle TLS connection gives back what it no longer needs once its writes drained
// (tlsbuffers.h: OpenSSL's memory BIOs, which kept the largest Welcome they carried, and Qt's
// read blocks). Before, 197 KiB per idle tablet of this meeting; after, 98-101 (docs/benchmarks.md,
// "Memory per idle tablet, measured drained"). The target is 36 KiB: not met yet, see
// there for what stays (Qt's write blocks, OpenSSL's own state).

#include "rawtablet.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>
#include <vector>

namespace {
constexpr int Delegates = 1000;
constexpr int Tablets = 300;
// The bound asserted, KiB of heap per idle tablet (measured 98-101 on this machine; before the
// buffers were given back, 197).
constexpr double BoundKiB = 128;

QString delegatePin(int i)
{
    return QString::number(3000000 + i);
}

bool writeMeeting(const QString &path)
{
    QJsonArray participants{ QJsonObject{
        { "id", "chair" }, { "name", "Chair" }, { "role", "chair" }, { "pin", "4000001" } } };
    for (int i = 1; i <= Delegates; ++i)
        participants.append(QJsonObject{ { "id", QStringLiteral("d%1").arg(i) },
            { "name", QStringLiteral("Đại biểu %1").arg(i) }, { "role", "delegate" },
            { "pin", delegatePin(i) } });
    QJsonArray agenda;
    for (int i = 1; i <= 20; ++i)
        agenda.append(QJsonObject{ { "id", QStringLiteral("i%1").arg(i) },
            { "title", QStringLiteral("Mục %1").arg(i) }, { "durationMinutes", 5 } });
    const QJsonObject meeting{ { "id", "idle" }, { "title", "Idle tablets" },
        { "organisation", "Quorum" }, { "place", "127.0.0.1" }, { "language", "vi" },
        { "participants", participants }, { "agenda", agenda } };
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(meeting).toJson()) > 0;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}
} // namespace

class TestIdleMemory : public QObject
{
    Q_OBJECT

private slots:
    void idleTabletsCostLittleHeap();
};

void TestIdleMemory::idleTabletsCostLittleHeap()
{
    QTemporaryDir dir;
    const QString meeting = dir.filePath(QStringLiteral("meeting.json"));
    QVERIFY(writeMeeting(meeting));
    ServerProcess server;
    QVERIFY2(server.start({ QStringLiteral("--meeting"), meeting }), qPrintable(server.output()));
    const qint64 before = server.heapInUseBytes();
    QVERIFY2(before > 0, qPrintable(server.output()));

    LoadTally tally;
    QObject owner;
    for (int i = 1; i <= Tablets; ++i) {
        // A hundred handshakes at a time, as a room's tablets come in.
        QVERIFY2(waitFor([&] { return i - tally.welcomed - tally.closed <= 100; }, 60'000),
            qPrintable(QStringLiteral("opened %1, welcomed %2, closed %3, errors %4")
                           .arg(tally.opened)
                           .arg(tally.welcomed)
                           .arg(tally.closed)
                           .arg(tally.errors)));
        auto *tablet = new RawTablet(RawTablet::Kind::Quorum, tally, &owner);
        tablet->setMeetingId(QStringLiteral("idle")); // the server holds the demo meeting too
        tablet->open(server.url(), delegatePin(i), QStringLiteral("idle-%1").arg(i));
    }
    QVERIFY2(waitFor([&] { return tally.welcomed == Tablets; }, 120'000),
        qPrintable(QStringLiteral("%1 of %2 welcomed").arg(tally.welcomed).arg(Tablets)));
    // Idle: no frame for a second (every join is told to everyone).
    QVERIFY(waitFor([&] { return LatencyRecorder::nowMs() - tally.lastFrameMs > 1000; }, 60'000));

    // Once nothing waits to be written: what is in flight is not what an idle tablet keeps.
    static const QRegularExpression waiting(QStringLiteral("waiting to be written: (\\d+) bytes"));
    qint64 idle = -1;
    for (int attempt = 0; attempt < 20; ++attempt) {
        idle = server.heapInUseBytes();
        QRegularExpressionMatch last;
        for (auto it = waiting.globalMatch(server.output()); it.hasNext();)
            last = it.next();
        if (last.hasMatch() && last.captured(1) == QLatin1String("0"))
            break;
        waitFor([] { return false; }, 500);
    }
    QVERIFY2(idle > 0, qPrintable(server.output().right(2000)));
    const double perTabletKiB = double(idle - before) / 1024.0 / Tablets;
    qInfo("server heap: %lld KiB before, %lld KiB with %d idle tablets: %.1f KiB per tablet",
        before / 1024, idle / 1024, Tablets, perTabletKiB);
    QVERIFY2(perTabletKiB <= BoundKiB,
        qPrintable(QStringLiteral("%1 KiB of heap per idle tablet (bound %2)")
                       .arg(perTabletKiB, 0, 'f', 1)
                       .arg(BoundKiB)));
}

QTEST_GUILESS_MAIN(TestIdleMemory)
#include "tst_idlememory.moc"
