// Issue 10 "Quotas": what one participant stores on one document is bounded, in operations
// and in bytes, with a typed error; erasing stays possible past it, and others are not limited.
#include "annotationquota.h"
#include "annotations.h"
#include "documents.h"
#include "meetingfixture.h"

using namespace quorum;
using fixture::command;
using fixture::commit;
using fixture::refusal;

namespace {
Meeting meetingWithDocument()
{
    Meeting m = fixture::meetingWith(4);
    v1::Document doc;
    doc.set_sha256(std::string(64, 'a'));
    doc.set_size(1234);
    v1::PageSize *p = doc.add_pages();
    p->set_width(595);
    p->set_height(842);
    commit(m, decideDocumentIngested(m.state(), doc));
    commit(m, m.decide("chair", command([](v1::Command &c) {
        c.mutable_attach_document()->set_document_id("doc");
        c.mutable_attach_document()->set_item_id("a");
        c.mutable_attach_document()->set_sha256(std::string(64, 'a'));
    }), 1000));
    return m;
}

v1::Command stroke(int n, int points)
{
    return command([&](v1::Command &c) {
        v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
        op->set_op_id("op-" + std::to_string(n));
        op->set_document_id("doc");
        op->set_layer(v1::LAYER_SHARED);
        for (int i = 0; i < points; ++i) {
            op->mutable_ink()->add_xy(0.1f + 0.8f * float(i) / float(points));
            op->mutable_ink()->add_xy(0.5f);
        }
        op->mutable_ink()->set_color(0xff000000);
        op->mutable_ink()->set_width(0.004f);
    });
}
} // namespace

class TestAnnotationQuota : public QObject
{
    Q_OBJECT
private slots:
    void bytesPerDocumentAreBounded()
    {
        Meeting m = meetingWithDocument();
        // Maximum strokes (10,000 points, ~80 KB each) until the quota answers.
        int n = 0;
        Decision d = m.decide("d1", stroke(n, annotationlimits::MaxPointsPerStroke), 1000);
        while (d.ok()) {
            commit(m, d);
            d = m.decide("d1", stroke(++n, annotationlimits::MaxPointsPerStroke), 1000);
            QVERIFY(n < 1000);
        }
        QCOMPARE(refusal(d), v1::ERROR_QUOTA_EXCEEDED);
        QVERIFY(quint64(n) * 80'000 <= annotationquota::MaxBytesPerDocument);
        QVERIFY(quint64(n + 1) * 80'000 > annotationquota::MaxBytesPerDocument * 9 / 10);
        // Erasing still works; another participant is not limited by d1's marks.
        commit(m, m.decide("d1", command([](v1::Command &c) {
            v1::AnnotationOp *op = c.mutable_annotate()->mutable_op();
            op->set_op_id("erase-0");
            op->mutable_erase()->set_target_op_id("op-0");
        }), 1000));
        QVERIFY(m.decide("d2", stroke(5000, 100), 1000).ok());
    }

    void operationsPerDocumentAreBounded()
    {
        Meeting m = meetingWithDocument();
        for (quint64 n = 0; n < annotationquota::MaxOpsPerDocument; ++n) {
            const Decision d = m.decide("d1", stroke(int(n), 2), 1000);
            QVERIFY(d.ok());
            commit(m, d);
        }
        QCOMPARE(refusal(m.decide("d1", stroke(-1, 2), 1000)), v1::ERROR_QUOTA_EXCEEDED);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationQuota)
#include "tst_annotationquota.moc"
