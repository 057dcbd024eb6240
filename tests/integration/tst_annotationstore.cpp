// The tablet's local-first annotation store against the real server (issue 4): strokes made
// while the server is down reach the others exactly once after it comes back, also when the
// tablet itself restarted in between; live previews; undo and redo as operations.
#include "annotator.h"
#include "documentlibrary.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "pageannotationsmodel.h"
#include "protocol.h"
#include "refusal.h"
#include "replica.h"
#include "serverprocess.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace quorum;

namespace {
/** A tablet joined (or joining); its journal and documents live in stateDir. */
std::unique_ptr<MeetingClient> joined(
    const QUrl &url, const QString &pin, const QString &device, const QString &stateDir)
{
    auto c = std::make_unique<MeetingClient>();
    c->setDeviceId(device);
    c->setReconnectPolicy(50, 300);
    c->setStateDirectory(stateDir);
    c->documents(); // the annotator must be there for the first Welcome (it opens the journal)
    c->join(url, pin);
    return c;
}

QList<qreal> strokePoints(int i)
{
    const qreal y = 0.05 + 0.018 * i;
    return { 0.1, y, 0.3, y + 0.005, 0.5, y };
}

/** How many times each op id was applied, as B saw the events. */
struct AppliedCounter
{
    QHash<QString, int> count;
    void attach(MeetingClient &client)
    {
        client.setEventObserver([this](const v1::Event &e) {
            if (e.has_annotation_applied())
                ++count[qstr(e.annotation_applied().op().op_id())];
        });
    }
};

int visibleCount(MeetingClient &client, const QStringList &ids)
{
    int n = 0;
    for (const v1::AnnotationOp &op : client.replica()->documents()->visibleAnnotations())
        n += ids.contains(qstr(op.op_id())) ? 1 : 0;
    return n;
}
} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_documentId;
    QTemporaryDir m_scratch; // state folders of the tablets that do not restart

    QString scratch(const QString &device) const { return m_scratch.filePath(device); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        auto probe = joined(m_server.url(), QStringLiteral("246810"), QStringLiteral("probe"),
            scratch(QStringLiteral("probe")));
        QTRY_COMPARE(probe->connectionState(), MeetingClient::Connected);
        QVERIFY(!probe->replica()->documents()->documents().empty());
        m_documentId = qstr(probe->replica()->documents()->documents().front().id());
        probe->leave();
    }

    // Issue 4: "A draws 50 strokes while the server is down, and after restart and reconnect B
    // has all 50 exactly once."
    void fiftyStrokesWhileTheServerIsDown()
    {
        QTemporaryDir stateA;
        auto a = joined(
            m_server.url(), QStringLiteral("310001"), QStringLiteral("a-tablet"), stateA.path());
        auto b = joined(m_server.url(), QStringLiteral("310002"), QStringLiteral("b-tablet"),
            scratch(QStringLiteral("b-tablet")));
        AppliedCounter seen;
        seen.attach(*b);
        QTRY_COMPARE(a->connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(b->connectionState(), MeetingClient::Connected);

        Annotator *pen = a->documents()->annotator();
        pen->setLayer(Annotator::Shared);
        PageAnnotationsModel page;
        QAbstractItemModelTester tester(
            &page, QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setDocuments(a->documents());
        page.setDocumentId(m_documentId);
        page.setPage(0);
        const int before = page.rowCount();

        m_server.kill();
        QTRY_VERIFY(a->connectionState() != MeetingClient::Connected);
        QStringList ids;
        for (int i = 0; i < 50; ++i) {
            const QString id
                = pen->ink(m_documentId, 0, strokePoints(i), QStringLiteral("#d32f2f"), 0.004);
            QVERIFY(!id.isEmpty());
            ids << id;
        }
        // On the disk before anything was sent, and on A's page at once (pending).
        QCOMPARE(pen->pendingCount(), 50);
        QCOMPARE(int(pen->journal().pending().size()), 50);
        QVERIFY(QFileInfo(pen->journal().path()).size() > 0);
        QCOMPARE(page.rowCount(), before + 50);
        QCOMPARE(page.data(page.index(before), PageAnnotationsModel::StateRole).toInt(),
            int(PageAnnotationsModel::Pending));

        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        QTRY_COMPARE_WITH_TIMEOUT(a->connectionState(), MeetingClient::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(b->connectionState(), MeetingClient::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(pen->pendingCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(visibleCount(*b, ids), 50, 15000);
        for (const QString &id : ids)
            QCOMPARE(seen.count.value(id), 1);
        // A's page: the same 50, now applied, nothing doubled.
        QCOMPARE(page.rowCount(), before + 50);
        QCOMPARE(page.data(page.index(before + 49), PageAnnotationsModel::StateRole).toInt(),
            int(PageAnnotationsModel::Applied));
        a->leave();
        b->leave();
    }

    // The tablet restarts while offline: the in-memory command queue is gone, the journal is
    // not; the next Welcome into the same meeting sends what it holds.
    void pendingStrokesSurviveATabletRestart()
    {
        QTemporaryDir stateA;
        QStringList ids;
        {
            auto a = joined(m_server.url(), QStringLiteral("310003"), QStringLiteral("c-tablet"),
                stateA.path());
            QTRY_COMPARE(a->connectionState(), MeetingClient::Connected);
            Annotator *pen = a->documents()->annotator();
            pen->setLayer(Annotator::Shared);
            // One stroke made while online is answered and forgotten by the journal.
            const QString online
                = pen->ink(m_documentId, 1, strokePoints(0), QStringLiteral("#1565c0"), 0.004);
            QTRY_COMPARE(pen->pendingCount(), 0);
            ids << online;
            m_server.kill();
            QTRY_VERIFY(a->connectionState() != MeetingClient::Connected);
            for (int i = 1; i <= 10; ++i)
                ids << pen->ink(m_documentId, 1, strokePoints(i), QStringLiteral("#1565c0"), 0.004);
            QCOMPARE(pen->pendingCount(), 10);
        } // the tablet process ends here

        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        auto b = joined(m_server.url(), QStringLiteral("310004"), QStringLiteral("d-tablet"),
            scratch(QStringLiteral("d-tablet")));
        AppliedCounter seen;
        seen.attach(*b);
        QTRY_COMPARE(b->connectionState(), MeetingClient::Connected);

        auto again = joined(
            m_server.url(), QStringLiteral("310003"), QStringLiteral("c-tablet"), stateA.path());
        QTRY_COMPARE_WITH_TIMEOUT(again->connectionState(), MeetingClient::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(again->documents()->annotator()->pendingCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(visibleCount(*b, ids), 11, 15000);
        for (const QString &id : ids.mid(1))
            QCOMPARE(seen.count.value(id), 1);
        QCOMPARE(seen.count.value(ids.first()), 0); // applied before B joined, never again

        // Reopened once more, the journal holds nothing: nothing is sent twice.
        again->leave();
        QTRY_VERIFY(again->transportIdle());
        auto third = joined(
            m_server.url(), QStringLiteral("310003"), QStringLiteral("c-tablet"), stateA.path());
        QTRY_COMPARE(third->connectionState(), MeetingClient::Connected);
        QCOMPARE(third->documents()->annotator()->pendingCount(), 0);
        third->leave();
        b->leave();
    }

    // The tablet restarts while the server is unreachable: it shows the meeting it was in
    // (agenda, current item, documents) from its own copy, takes marks, and once the server
    // is back catches up by seq and sends them.
    void tabletRestartedWithoutTheServerShowsTheMeeting()
    {
        QTemporaryDir state;
        auto tablet = [&] {
            auto c = std::make_unique<MeetingClient>();
            c->setDeviceId(QStringLiteral("offline-tablet"));
            c->setReconnectPolicy(50, 300);
            c->setStateDirectory(state.path());
            c->setPersistent(true);
            return c;
        };
        QString title;
        QString item;
        quint64 seq = 0;
        int documents = 0;
        {
            auto a = tablet();
            QVERIFY(!a->resumeLastMeeting()); // nothing yet
            a->join(m_server.url(), QStringLiteral("310005"));
            QTRY_COMPARE(a->connectionState(), MeetingClient::Connected);
            // Events after the Welcome's snapshot are kept too.
            auto chair = joined(m_server.url(), QStringLiteral("246810"),
                QStringLiteral("offline-chair"), scratch(QStringLiteral("offline-chair")));
            QTRY_COMPARE(chair->connectionState(), MeetingClient::Connected);
            const QString target = chair->agenda()->itemIdAt(chair->agenda()->rowCount() - 1);
            QVERIFY(target != a->currentItemId());
            chair->setCurrentItem(target);
            QTRY_COMPARE(a->currentItemId(), target);
            chair->leave();
            m_server.kill();
            QTRY_VERIFY(a->connectionState() != MeetingClient::Connected);
            // Read once nothing more can arrive (the chair's departure may or may not have).
            title = a->meetingTitle();
            item = a->currentItemId();
            seq = a->lastSeq();
            documents = int(a->replica()->documents()->documents().size());
            QVERIFY(documents > 0);
        } // the tablet app ends with the server down

        auto b = tablet();
        QVERIFY(b->resumeLastMeeting());
        // At once, without any server: the meeting as it was.
        QVERIFY(b->joined());
        QVERIFY(b->connectionState() != MeetingClient::Connected);
        QCOMPARE(b->meetingTitle(), title);
        QCOMPARE(b->currentItemId(), item);
        QCOMPARE(b->lastSeq(), seq);
        QCOMPARE(b->participantId(), QStringLiteral("d05"));
        QCOMPARE(int(b->replica()->documents()->documents().size()), documents);
        // A mark made now is journaled and waits.
        Annotator *pen = b->documents()->annotator();
        pen->setLayer(Annotator::Shared);
        const QString offline
            = pen->ink(m_documentId, 0, strokePoints(3), QStringLiteral("#2e7d32"), 0.004);
        QVERIFY(!offline.isEmpty());
        QCOMPARE(pen->pendingCount(), 1);

        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        auto watcher = joined(m_server.url(), QStringLiteral("310006"),
            QStringLiteral("offline-watcher"), scratch(QStringLiteral("offline-watcher")));
        AppliedCounter seen;
        seen.attach(*watcher);
        QTRY_COMPARE_WITH_TIMEOUT(b->connectionState(), MeetingClient::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(pen->pendingCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count.value(offline), 1, 15000);
        QVERIFY(b->lastSeq() > seq);
        // It asked for what it missed, not for everything.
        QVERIFY2(m_server.output().contains(QRegularExpression(
                     QStringLiteral("d05\\W+joined meeting .* from seq %1\\b").arg(seq))),
            qPrintable(m_server.output()));

        // Leaving forgets the meeting on this tablet.
        b->leave();
        QVERIFY(!tablet()->resumeLastMeeting());
        watcher->leave();
    }

    void othersSeeTheStrokeWhileThePenMoves()
    {
        auto a = joined(m_server.url(), QStringLiteral("310005"), QStringLiteral("e-tablet"),
            scratch(QStringLiteral("e-tablet")));
        auto b = joined(m_server.url(), QStringLiteral("310006"), QStringLiteral("f-tablet"),
            scratch(QStringLiteral("f-tablet")));
        QTRY_COMPARE(a->connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(b->connectionState(), MeetingClient::Connected);
        Annotator *pen = a->documents()->annotator();
        pen->setLayer(Annotator::Shared);
        pen->setPreviewInterval(20);
        PageAnnotationsModel bPage;
        QAbstractItemModelTester tester(
            &bPage, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bPage.setDocuments(b->documents());
        bPage.setDocumentId(m_documentId);
        bPage.setPage(2);

        const QString id = pen->beginStroke(m_documentId, 2, QStringLiteral("#2e7d32"), 0.006);
        for (int i = 0; i < 20; ++i)
            pen->addPoint(0.1 + 0.02 * i, 0.5);
        QTRY_VERIFY(b->documents()->annotator()->previews().contains(id));
        QTRY_COMPARE(b->documents()->annotator()->previews().value(id).op.ink().xy_size(), 40);
        const int row = bPage.rowCount() - 1;
        QCOMPARE(bPage.data(bPage.index(row), PageAnnotationsModel::OpIdRole).toString(), id);
        QCOMPARE(bPage.data(bPage.index(row), PageAnnotationsModel::StateRole).toInt(),
            int(PageAnnotationsModel::Live));
        for (int i = 20; i < 30; ++i)
            pen->addPoint(0.1 + 0.02 * i, 0.5 + 0.01 * (i - 20));
        QCOMPARE(pen->endStroke(), id);
        // The stroke lands under the preview's id: the row stays, now applied, all 30 points.
        QTRY_VERIFY(b->replica()->documents()->hasOp(id));
        QTRY_VERIFY(!b->documents()->annotator()->previews().contains(id));
        QCOMPARE(bPage.data(bPage.index(row), PageAnnotationsModel::StateRole).toInt(),
            int(PageAnnotationsModel::Applied));
        QCOMPARE(bPage.data(bPage.index(row), PageAnnotationsModel::PointsRole)
                     .value<QList<qreal>>()
                     .size(),
            60);

        // A cancelled stroke leaves nothing behind.
        const QString gone = pen->beginStroke(m_documentId, 2, QStringLiteral("#2e7d32"), 0.006);
        pen->addPoint(0.2, 0.2);
        pen->addPoint(0.3, 0.3);
        QTRY_VERIFY(b->documents()->annotator()->previews().contains(gone));
        pen->cancelStroke();
        QTRY_VERIFY(!b->documents()->annotator()->previews().contains(gone));
        a->leave();
        b->leave();
    }

    void undoAndRedoAreOperations()
    {
        auto a = joined(m_server.url(), QStringLiteral("310007"), QStringLiteral("g-tablet"),
            scratch(QStringLiteral("g-tablet")));
        auto b = joined(m_server.url(), QStringLiteral("310008"), QStringLiteral("h-tablet"),
            scratch(QStringLiteral("h-tablet")));
        QTRY_COMPARE(a->connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(b->connectionState(), MeetingClient::Connected);
        Annotator *pen = a->documents()->annotator();
        pen->setLayer(Annotator::Shared);
        const QString stroke
            = pen->ink(m_documentId, 0, { 0.6, 0.6, 0.7, 0.7 }, QStringLiteral("#212121"), 0.004);
        const QString note = pen->note(m_documentId, 0, 0.8, 0.1, QStringLiteral("Xem lại số liệu"),
            QStringLiteral("#ffd54f"));
        QTRY_COMPARE(visibleCount(*b, { stroke, note }), 2);
        QVERIFY(pen->canUndo());

        pen->undo(); // the note goes
        QTRY_COMPARE(visibleCount(*b, { stroke, note }), 1);
        QVERIFY(pen->canRedo());
        pen->redo(); // back, under a new id, same text
        QTRY_VERIFY([&] {
            for (const v1::AnnotationOp &op :
                b->replica()->documents()->visibleAnnotations(m_documentId))
                if (op.has_note() && op.note().text() == "Xem lại số liệu")
                    return true;
            return false;
        }());
        QVERIFY(!pen->canRedo());

        // Clear page takes one's own marks of the layer; undo makes them again.
        const QString cleared = pen->clearPage(m_documentId, 0);
        QVERIFY(!cleared.isEmpty());
        QTRY_COMPARE(pen->pendingCount(), 0);
        const auto mine = [&] {
            int n = 0;
            for (const v1::AnnotationOp &op :
                b->replica()->documents()->visibleAnnotations(m_documentId))
                n += (qstr(op.author()) == a->participantId() && op.page() == 0) ? 1 : 0;
            return n;
        };
        QTRY_COMPARE(mine(), 0);
        pen->undo();
        QTRY_COMPARE(mine(), 2);

        // The eraser: B cannot erase A's shared stroke (typed refusal), A can.
        QSignalSpy refused(b->documents()->annotator(), &Annotator::operationRefused);
        QString aStroke;
        for (const v1::AnnotationOp &op :
            b->replica()->documents()->visibleAnnotations(m_documentId))
            if (op.has_ink() && qstr(op.author()) == a->participantId() && op.page() == 0)
                aStroke = qstr(op.op_id());
        QVERIFY(!aStroke.isEmpty());
        QVERIFY(!b->documents()->annotator()->erase(aStroke).isEmpty());
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(1).toInt(), int(MeetingClient::Forbidden));
        // Issue 17: the reason travels with it, for the reader to word (not the English detail).
        QCOMPARE(refused.first().at(2).toInt(), int(Refusal::AnnotationEraseNotAllowed));
        QVERIFY(!a->documents()->annotator()->erase(aStroke).isEmpty());
        QTRY_COMPARE(mine(), 1);
        a->leave();
        b->leave();
    }
    // Issue 4 follow-up: a stylus' pressure reaches the others with the stroke (one value per
    // point); a mouse or a finger (pressure -1) gives a stroke without any, and so does a
    // stroke in which one point came without pressure.
    void pressureTravelsWithTheStroke_data()
    {
        QTest::addColumn<QList<qreal>>("given"); // per point, -1: none
        QTest::addColumn<QList<qreal>>("kept");
        QTest::newRow("stylus") << QList<qreal>{ 0.1, 0.35, 0.6, 0.9, 1.0 }
                                << QList<qreal>{ 0.1, 0.35, 0.6, 0.9, 1.0 };
        QTest::newRow("mouse") << QList<qreal>{ -1, -1, -1, -1, -1 } << QList<qreal>{};
        QTest::newRow("one point without")
            << QList<qreal>{ 0.5, 0.5, -1, 0.5, 0.5 } << QList<qreal>{};
        QTest::newRow("out of range is clamped")
            << QList<qreal>{ 0, 0.5, 1.5, 0.5, 0 } << QList<qreal>{ 0, 0.5, 1, 0.5, 0 };
    }

    void pressureTravelsWithTheStroke()
    {
        QFETCH(QList<qreal>, given);
        QFETCH(QList<qreal>, kept);
        // Devices of their own per row: nothing pending from the row before.
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('-'));
        auto a = joined(m_server.url(), QStringLiteral("310009"), QStringLiteral("i-") + tag,
            scratch(QStringLiteral("i-") + tag));
        auto b = joined(m_server.url(), QStringLiteral("310010"), QStringLiteral("j-") + tag,
            scratch(QStringLiteral("j-") + tag));
        QTRY_COMPARE(a->connectionState(), MeetingClient::Connected);
        QTRY_COMPARE(b->connectionState(), MeetingClient::Connected);
        Annotator *pen = a->documents()->annotator();
        pen->setLayer(Annotator::Shared);

        const QString id = pen->beginStroke(m_documentId, 1, QStringLiteral("#1565c0"), 0.004);
        for (int i = 0; i < given.size(); ++i)
            pen->addPoint(0.2 + 0.05 * i, 0.6, given[i]);
        QCOMPARE(pen->endStroke(), id);
        // As sent (the journal's pending op) ...
        const auto pressures = [](const v1::AnnotationOp &op) {
            QList<qreal> out;
            for (float p : op.ink().pressure())
                out << qRound(p * 1000) / 1000.0;
            return out;
        };
        const auto sent = std::find_if(pen->pending().begin(), pen->pending().end(),
            [&](const v1::AnnotationOp &op) { return qstr(op.op_id()) == id; });
        QVERIFY(sent != pen->pending().end());
        QCOMPARE(pressures(*sent), kept);
        // ... and as the others receive it.
        QTRY_VERIFY(b->replica()->documents()->hasOp(id));
        int seen = 0;
        for (const v1::AnnotationOp &op :
            b->replica()->documents()->visibleAnnotations(m_documentId)) {
            if (qstr(op.op_id()) != id)
                continue;
            ++seen;
            QCOMPARE(op.ink().xy_size(), 2 * int(given.size()));
            QCOMPARE(pressures(op), kept);
        }
        QCOMPARE(seen, 1);
        a->leave();
        b->leave();
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
