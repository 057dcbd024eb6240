// The document chunk frame the server builds by hand (one copy of the bytes) is the message
// protobuf would have made: tablets parse it with the generated code.
#include "protocol.h"
#include "transferqueue.h"

#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

class TestTransferFrame : public QObject
{
    Q_OBJECT
private slots:
    void parsesAsTheGeneratedMessage_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("empty file") << qint64(0) << qint64(0);
        QTest::newRow("small") << qint64(100) << qint64(0);
        QTest::newRow("two-byte length") << qint64(127) << qint64(128);
        QTest::newRow("full chunk far in")
            << TransferQueue::ChunkBytes << qint64(3) * 1024 * 1024 * 1024;
    }
    void parsesAsTheGeneratedMessage()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, offset);
        QByteArray data(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            data[i] = char(i * 7 + 3);
        const QString sha = QStringLiteral("ab").repeated(32);
        const QByteArray frame
            = documentChunkFrame(sha, offset, data.constData(), size, offset + size + 5);
        const auto message = decode<v1::ServerMessage>(frame);
        QVERIFY(message);
        QVERIFY(message->has_document_chunk());
        const v1::DocumentChunk &chunk = message->document_chunk();
        QCOMPARE(qstr(chunk.sha256()), sha);
        QCOMPARE(chunk.offset(), quint64(offset));
        QCOMPARE(chunk.total_size(), quint64(offset + size + 5));
        QCOMPARE(QByteArray::fromStdString(chunk.data()), data);
        QVERIFY(!chunk.has_error());

        v1::ServerMessage generated;
        generated.mutable_document_chunk()->set_sha256(sstr(sha));
        generated.mutable_document_chunk()->set_offset(quint64(offset));
        generated.mutable_document_chunk()->set_data(data.constData(), size_t(size));
        generated.mutable_document_chunk()->set_total_size(quint64(offset + size + 5));
        QCOMPARE(frame.size(), encode(generated).size());
    }

    void oneMappingServesEveryTransferOfAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7 bytes");
        f.close();
        auto first = MappedDocument::open(path);
        auto second = MappedDocument::open(path);
        QVERIFY(first);
        QCOMPARE(first.get(), second.get());
        QCOMPARE(QByteArray(first->data(), first->size()), QByteArray("%PDF-1.7 bytes"));
        QVERIFY(!MappedDocument::open(dir.filePath(QStringLiteral("missing.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestTransferFrame)
#include "tst_transferframe.moc"
