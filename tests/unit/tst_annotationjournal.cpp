// AnnotationJournal: the tablet's local-first record of its annotation operations (issue 4:
// "every operation is written to a local store on the tablet before it is sent").
#include "annotationjournal.h"
#include "protocol.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace v1 = quorum::v1;

namespace {
v1::AnnotationOp stroke(const QString &id)
{
    v1::AnnotationOp op;
    op.set_op_id(quorum::sstr(id));
    op.set_document_id("opening/doc");
    op.set_page(1);
    op.set_layer(v1::LAYER_SHARED);
    op.mutable_ink()->add_xy(0.1f);
    op.mutable_ink()->add_xy(0.2f);
    op.mutable_ink()->add_xy(0.3f);
    op.mutable_ink()->add_xy(0.4f);
    op.mutable_ink()->set_color(0xff112233);
    return op;
}

QStringList ids(const AnnotationJournal &journal)
{
    QStringList out;
    for (const v1::AnnotationOp &op : journal.pending())
        out << quorum::qstr(op.op_id());
    return out;
}
} // namespace

class TestAnnotationJournal : public QObject
{
    Q_OBJECT
private slots:
    void pendingOperationsSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/a.journal"));
        {
            AnnotationJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.pending().empty());
            for (int i = 0; i < 5; ++i)
                QVERIFY(journal.append(stroke(QStringLiteral("op-%1").arg(i))));
            QVERIFY(journal.markDone(QStringLiteral("op-1")));
            QVERIFY(journal.markDone(QStringLiteral("op-3")));
            QVERIFY(!journal.markDone(QStringLiteral("op-3"))); // once
            QVERIFY(journal.isPending(QStringLiteral("op-4")));
        } // no close(): as if the process died
        AnnotationJournal again;
        QVERIFY(again.open(path));
        QCOMPARE(ids(again), (QStringList{ "op-0", "op-2", "op-4" }));
        // The whole operation comes back, not just its id.
        QCOMPARE(again.pending()[1].SerializeAsString(),
            stroke(QStringLiteral("op-2")).SerializeAsString());
    }

    void openingCompactsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.journal"));
        {
            AnnotationJournal journal;
            QVERIFY(journal.open(path));
            for (int i = 0; i < 100; ++i) {
                QVERIFY(journal.append(stroke(QStringLiteral("op-%1").arg(i))));
                QVERIFY(journal.markDone(QStringLiteral("op-%1").arg(i)));
            }
            QVERIFY(journal.append(stroke(QStringLiteral("last"))));
        }
        AnnotationJournal again;
        QVERIFY(again.open(path));
        QCOMPARE(ids(again), QStringList{ "last" });
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 1);
    }

    // A crash in the middle of a write leaves a cut last line: it is ignored, the rest is read.
    void aCutLastLineIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.journal"));
        {
            AnnotationJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.append(stroke(QStringLiteral("whole"))));
            QVERIFY(journal.append(stroke(QStringLiteral("cut"))));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 7));
        f.close();
        AnnotationJournal again;
        QVERIFY(again.open(path));
        QCOMPARE(ids(again), QStringList{ "whole" });
    }

    void garbageLinesAndDuplicatesAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.journal"));
        const std::string bytes = stroke(QStringLiteral("x")).SerializeAsString();
        const QByteArray line
            = "P " + QByteArray(bytes.data(), qsizetype(bytes.size())).toBase64() + '\n';
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nonsense\nP !!!notbase64\n" + line + line + "D \n");
        f.close();
        AnnotationJournal journal;
        QVERIFY(journal.open(path));
        QCOMPARE(ids(journal), QStringList{ "x" });
    }

    void anEmptyPathKeepsItInMemory()
    {
        AnnotationJournal journal;
        QVERIFY(journal.open(QString()));
        QVERIFY(journal.append(stroke(QStringLiteral("a"))));
        QCOMPARE(ids(journal), QStringList{ "a" });
        QVERIFY(journal.markDone(QStringLiteral("a")));
        QVERIFY(journal.pending().empty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationJournal)
#include "tst_annotationjournal.moc"
