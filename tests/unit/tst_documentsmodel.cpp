// DocumentsModel without a server: the meeting's documents as the shared fold keeps them
// (DocumentAttached, a new version, DocumentRemoved), all of them or one agenda item's, row by
// row under QAbstractItemModelTester (STYLE.md habit 7; issue 17: it had no tester before).
#include "documentsmodel.h"
#include "meetingclient.h"
#include "replica.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace v1 = quorum::v1;

namespace {
v1::Document document(const char *id, const char *item, char sha, quint32 version = 1)
{
    v1::Document d;
    d.set_id(id);
    d.set_item_id(item);
    d.set_title(std::string("Tài liệu ") + id);
    d.set_file_name(std::string(id) + ".pdf");
    d.set_sha256(std::string(64, sha));
    d.set_size(1000);
    d.set_version(version);
    return d;
}
} // namespace

class TestDocumentsModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowTheMeetingsDocuments()
    {
        QTemporaryDir dir;
        MeetingClient client;
        client.setStateDirectory(dir.path());
        MeetingReplica *replica = client.replica();
        auto apply = [&](const std::function<void(v1::Event &)> &fill) {
            v1::Event e;
            e.set_seq(replica->lastSeq() + 1);
            fill(e);
            QCOMPARE(replica->apply(e), MeetingReplica::ApplyResult::Applied);
        };
        apply([](v1::Event &e) {
            e.mutable_meeting_defined()->set_meeting_id("m1");
            e.mutable_meeting_defined()->set_title("Họp");
        });

        DocumentsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(client.documents());
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        apply([](v1::Event &e) {
            *e.mutable_document_attached()->mutable_document() = document("a", "item-1", 'a');
        });
        apply([](v1::Event &e) {
            *e.mutable_document_attached()->mutable_document() = document("b", "item-2", 'b');
        });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(1).data(DocumentsModel::TitleRole).toString(),
            QStringLiteral("Tài liệu b"));

        // A new version replaces its row in place.
        apply([](v1::Event &e) {
            *e.mutable_document_attached()->mutable_document() = document("a", "item-1", 'c', 2);
        });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0).data(DocumentsModel::VersionRole).toInt(), 2);

        // One agenda item's documents only.
        model.setItemId(QStringLiteral("item-2"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.documentIdAt(0), QStringLiteral("b"));

        apply([](v1::Event &e) { e.mutable_document_removed()->set_document_id("b"); });
        QCOMPARE(model.rowCount(), 0);
        model.setItemId({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.size(), 0); // never a reset: rows come and go one by one
    }
};

QTEST_GUILESS_MAIN(TestDocumentsModel)
#include "tst_documentsmodel.moc"
