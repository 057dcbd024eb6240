// Annotation rules in the core, without a server: an operation is applied once whatever
// number of times it arrives, an id cannot be reused for other content, private layers are
// seen by their author only (events, snapshots), bad strokes are refused with a reason, and
// what one participant stores on one document is bounded (issue 10 "Quotas").
#include "annotationquota.h"
#include "annotations.h"
#include "documents.h"
#include "meetingfixture.h"

#include <limits>

Q_DECLARE_METATYPE(quorum::v1::Command)

using namespace quorum;
using fixture::command;
using fixture::commit;
using fixture::refusal;

namespace {
/** The meeting with a 3-page document attached to item "a". */
Meeting meetingWithDocument(Meeting::AnnotationBodiesIn bodies = Meeting::AnnotationBodiesIn::State)
{
    Meeting m = fixture::meetingWith(4, 10, bodies);
    v1::Document doc;
    doc.set_sha256(std::string(64, 'a'));
    doc.set_title("Kế hoạch");
    doc.set_size(1234);
    for (int i = 0; i < 3; ++i) {
        v1::PageSize *p = doc.add_pages();
        p->set_width(595);
        p->set_height(842);
    }
    commit(m, decideDocumentIngested(m.state(), doc));
    commit(m,
        m.decide("chair", command([](v1::Command &c) {
            v1::AttachDocument *a = c.mutable_attach_document();
            a->set_document_id("ke-hoach");
            a->set_item_id("a");
            a->set_sha256(std::string(64, 'a'));
        }),
            1000));
    return m;
}

v1::Command ink(const char *opId, v1::AnnotationLayer layer,
    std::vector<float> xy = { 0.1f, 0.1f, 0.5f, 0.2f }, quint32 page = 0,
    const char *documentId = "ke-hoach")
{
    return command([&](v1::Command &c) {
        v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
        op->set_op_id(opId);
        op->set_document_id(documentId);
        op->set_page(page);
        op->set_layer(layer);
        for (float v : xy)
            op->mutable_ink()->add_xy(v);
        op->mutable_ink()->set_color(0xffd32f2f);
        op->mutable_ink()->set_width(0.004f);
    });
}

v1::Command erase(const char *opId, const char *target)
{
    return command([&](v1::Command &c) {
        v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
        op->set_op_id(opId);
        op->mutable_erase()->set_target_op_id(target);
    });
}

int shown(const v1::Snapshot &snapshot, const std::string &opId)
{
    int n = 0;
    for (const v1::AnnotationOp &op : snapshot.annotations())
        n += op.op_id() == opId;
    return n;
}
} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT
private slots:
    void anOperationIsAppliedOnce()
    {
        Meeting m = meetingWithDocument();
        const Decision first = m.decide("d1", ink("s1", v1::LAYER_SHARED), 2000);
        QCOMPARE(first.events().size(), size_t(1));
        QCOMPARE(first.events().front().annotation_applied().op().author(), std::string("d1"));
        commit(m, first);
        const quint64 seq = m.state().seq;
        // The same operation again (offline queue, a second device): accepted, nothing new.
        const Decision again = m.decide("d1", ink("s1", v1::LAYER_SHARED), 3000);
        QVERIFY(again.ok());
        QVERIFY(again.events().empty());
        QCOMPARE(m.state().seq, seq);
        QCOMPARE(shown(m.snapshot("d2"), "s1"), 1);
    }

    // Guards (issue 12, annotations out of RAM): the server's meeting keeps entries, not
    // bodies, and decides from them as a tablet's does: a resend is a duplicate, an id reused
    // for other content is refused, an erase finds its target and takes its place.
    void theServerDecidesFromEntriesWithoutBodies()
    {
        Meeting m = meetingWithDocument(Meeting::AnnotationBodiesIn::Log);
        commit(m, m.decide("d1", ink("s1", v1::LAYER_SHARED), 2000));
        const quint64 strokeSeq = m.state().seq;
        commit(m, m.decide("d1", ink("p1", v1::LAYER_PRIVATE), 2000));
        QVERIFY(m.state().documents.bodies.byId.isEmpty());
        QCOMPARE(m.state().documents.ops.size(), 2);
        const AnnotationEntry *s1 = m.annotation(QStringLiteral("s1"));
        QVERIFY(s1);
        QCOMPARE(s1->author, QStringLiteral("d1"));
        QCOMPARE(s1->seq, strokeSeq); // where its body is in the log
        QCOMPARE(s1->digest.size(), 32);

        const Decision again = m.decide("d1", ink("s1", v1::LAYER_SHARED), 3000);
        QVERIFY(again.ok());
        QVERIFY(again.events().empty());
        const Decision reused
            = m.decide("d1", ink("s1", v1::LAYER_SHARED, { 0.2f, 0.2f, 0.3f, 0.3f }), 3000);
        QCOMPARE(refusal(reused), v1::ERROR_INVALID_ARGUMENT);
        QCOMPARE(reused.error().annotation(), v1::ANNOTATION_REFUSAL_OP_ID_REUSED);
        // Another's private mark stays out of reach, as on the tablet.
        QCOMPARE(refusal(m.decide("d2", erase("e0", "p1"), 3000)), v1::ERROR_INVALID_ARGUMENT);

        commit(m, m.decide("d1", erase("e1", "s1"), 3000));
        QVERIFY(m.state().documents.erased.contains(QStringLiteral("s1")));
        const AnnotationEntry *e1 = m.annotation(QStringLiteral("e1"));
        QVERIFY(e1);
        QCOMPARE(e1->documentId, QStringLiteral("ke-hoach"));
        QCOMPARE(e1->layer, v1::LAYER_SHARED);
        QVERIFY(m.state().documents.bodies.byId.isEmpty());
    }

    void anIdCannotBeReusedForOtherContent()
    {
        Meeting m = meetingWithDocument();
        commit(m, m.decide("d1", ink("s1", v1::LAYER_SHARED), 2000));
        QCOMPARE(
            refusal(m.decide("d1", ink("s1", v1::LAYER_SHARED, { 0.2f, 0.2f, 0.3f, 0.3f }), 3000)),
            v1::ERROR_INVALID_ARGUMENT);
        // Another participant sending the same id and points is other content: another author.
        QCOMPARE(
            refusal(m.decide("d2", ink("s1", v1::LAYER_SHARED), 3000)), v1::ERROR_INVALID_ARGUMENT);
    }

    void privateMarksAreSeenByTheirAuthorOnly()
    {
        Meeting m = meetingWithDocument();
        const Decision mine = m.decide("d1", ink("p1", v1::LAYER_PRIVATE), 2000);
        QCOMPARE(privateOwner(mine.events().front()), QStringLiteral("d1"));
        commit(m, mine);
        commit(m, m.decide("d1", ink("s1", v1::LAYER_SHARED), 2000));
        QCOMPARE(shown(m.snapshot("d1"), "p1"), 1);
        QCOMPARE(shown(m.snapshot("d2"), "p1"), 0);
        QCOMPARE(shown(m.snapshot("chair"), "p1"), 0); // not even the chair
        QCOMPARE(shown(m.snapshot(), "p1"), 0); // the shared part of every Welcome
        QCOMPARE(shown(m.snapshot("d2"), "s1"), 1);
        // Nobody else can erase it, or even learn that it exists.
        QCOMPARE(refusal(m.decide("chair", erase("e1", "p1"), 3000)), v1::ERROR_INVALID_ARGUMENT);
    }

    void erasingAndClearingTouchOnlyWhatOneMayChange()
    {
        Meeting m = meetingWithDocument();
        commit(m, m.decide("d1", ink("s1", v1::LAYER_SHARED), 2000));
        commit(m, m.decide("d2", ink("s2", v1::LAYER_SHARED), 2000));
        QCOMPARE(refusal(m.decide("d2", erase("e1", "s1"), 3000)), v1::ERROR_FORBIDDEN);
        commit(m, m.decide("chair", erase("e2", "s1"), 3000)); // the chair may, on shared layers
        QCOMPARE(shown(m.snapshot("d1"), "s1"), 0);
        // Clear page: only the sender's own marks on that page and layer.
        commit(m, m.decide("d1", ink("s3", v1::LAYER_SHARED), 4000));
        commit(m,
            m.decide("d1", command([](v1::Command &c) {
                v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
                op->set_op_id("clear1");
                op->set_document_id("ke-hoach");
                op->set_page(0);
                op->set_layer(v1::LAYER_SHARED);
                op->mutable_clear_page();
            }),
                5000));
        const v1::Snapshot after = m.snapshot("d2");
        QCOMPARE(shown(after, "s3"), 0);
        QCOMPARE(shown(after, "s2"), 1);
    }

    void badStrokesAreRefused_data()
    {
        QTest::addColumn<v1::Command>("bad");
        const float nan = std::numeric_limits<float>::quiet_NaN();
        QTest::newRow("NaN") << ink("b1", v1::LAYER_SHARED, { 0.1f, nan, 0.2f, 0.2f });
        QTest::newRow("off the page") << ink("b2", v1::LAYER_SHARED, { 0.1f, 0.1f, 3.0f, 0.2f });
        QTest::newRow("odd coordinates") << ink("b3", v1::LAYER_SHARED, { 0.1f, 0.1f, 0.2f });
        QTest::newRow("too many points")
            << ink("b4", v1::LAYER_SHARED, std::vector<float>(2 * 10'001, 0.5f));
        QTest::newRow("page 4 of 3") << ink("b5", v1::LAYER_SHARED, { 0.1f, 0.1f, 0.2f, 0.2f }, 3);
        QTest::newRow("not in the meeting")
            << ink("b6", v1::LAYER_SHARED, { 0.1f, 0.1f, 0.2f, 0.2f }, 0, "khac");
        QTest::newRow("presenter layer, not presenter") << ink("b7", v1::LAYER_PRESENTER);
        QTest::newRow("no layer") << ink("b8", v1::LAYER_UNSPECIFIED);
    }
    void badStrokesAreRefused()
    {
        QFETCH(v1::Command, bad);
        Meeting m = meetingWithDocument();
        const quint64 seq = m.state().seq;
        const Decision d = m.decide("d1", bad, 2000);
        QCOMPARE(refusal(d), v1::ERROR_INVALID_ARGUMENT);
        QVERIFY(!d.error().detail().empty());
        QCOMPARE(m.state().seq, seq);
        // The refused id stays free for a good operation.
        v1::Command good = ink("x", v1::LAYER_SHARED);
        good.mutable_annotate()->mutable_op()->set_op_id(bad.annotate().op().op_id());
        QVERIFY(m.decide("d1", good, 2000).ok());
    }

    // Issue 10 "Quotas": bytes per participant and document, with a typed error; erasing
    // stays possible past it, and another participant is not limited by it.
    void bytesPerDocumentAreBounded()
    {
        Meeting m = meetingWithDocument();
        std::vector<float> longest;
        for (int i = 0; i < annotationlimits::MaxPointsPerStroke; ++i) {
            longest.push_back(0.1f + 0.8f * float(i) / annotationlimits::MaxPointsPerStroke);
            longest.push_back(0.5f);
        }
        int n = 0;
        Decision d = m.decide("d1", ink("op-0", v1::LAYER_SHARED, longest), 1000);
        while (d.ok()) {
            commit(m, d);
            d = m.decide(
                "d1", ink(("op-" + std::to_string(++n)).c_str(), v1::LAYER_SHARED, longest), 1000);
            QVERIFY(n < 1000);
        }
        QCOMPARE(refusal(d), v1::ERROR_QUOTA_EXCEEDED);
        // ~80 KB per stroke: the quota answers near its 16 MiB, not before.
        QVERIFY(quint64(n + 1) * 80'000 > annotationquota::MaxBytesPerDocument * 9 / 10);
        commit(m, m.decide("d1", erase("erase-0", "op-0"), 1000));
        QVERIFY(m.decide("d2", ink("other", v1::LAYER_SHARED), 1000).ok());
    }

    void operationsPerDocumentAreBounded()
    {
        Meeting m = meetingWithDocument();
        for (quint64 n = 0; n < annotationquota::MaxOpsPerDocument; ++n) {
            const Decision d
                = m.decide("d1", ink(("op-" + std::to_string(n)).c_str(), v1::LAYER_PRIVATE), 1000);
            QVERIFY(d.ok());
            commit(m, d);
        }
        QCOMPARE(refusal(m.decide("d1", ink("one-more", v1::LAYER_PRIVATE), 1000)),
            v1::ERROR_QUOTA_EXCEEDED);
    }

    // Issue 10 "Quotas": a document's title and file name have a length limit, with a typed error.
    void overlongDocumentNamesAreRefused()
    {
        Meeting m = meetingWithDocument();
        auto attach = [](std::string title, std::string fileName) {
            return command([&](v1::Command &c) {
                v1::AttachDocument *a = c.mutable_attach_document();
                a->set_document_id("khac");
                a->set_item_id("a");
                a->set_sha256(std::string(64, 'a'));
                a->set_title(title);
                a->set_file_name(fileName);
            });
        };
        QCOMPARE(refusal(m.decide("chair", attach(std::string(501, 't'), "a.pdf"), 1000)),
            v1::ERROR_FIELD_TOO_LONG);
        QCOMPARE(refusal(m.decide("chair", attach("Tờ trình", std::string(256, 'f')), 1000)),
            v1::ERROR_FIELD_TOO_LONG);
        QVERIFY(m.decide("chair", attach(std::string(500, 't'), std::string(255, 'f')), 1000).ok());
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
