// UploadStore without a server: chunks in order, resends skipped, the declared hash checked
// on the last byte, limits, idle uploads dropped with their files, leftovers of a run removed.
#include "uploadstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
const QByteArray Bytes
    = QByteArray("%PDF-1.4 không phải một PDF thật, chỉ là byte.\n%%EOF\n").repeated(40);

std::string sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex().toStdString();
}

v1::UploadChunk chunk(const std::string &id, qint64 offset, qint64 size,
    const QByteArray &whole = Bytes, std::string declared = {})
{
    v1::UploadChunk c;
    c.set_upload_id(id);
    c.set_offset(quint64(offset));
    if (size > 0)
        c.set_data(whole.constData() + offset, size_t(size));
    c.set_total_size(quint64(whole.size()));
    c.set_sha256(declared.empty() ? sha(whole) : declared);
    c.set_file_name("a.pdf");
    return c;
}
} // namespace

class TestUploadStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    UploadStore::Limits smallLimits() const
    {
        UploadStore::Limits l;
        l.maxBytes = 100'000;
        l.maxChunkBytes = 1000;
        l.maxPerParticipant = 2;
        l.idleMs = 60'000;
        return l;
    }

private slots:
    void wholeFileInOrderWithAResend()
    {
        UploadStore store(m_dir.filePath("ok"), smallLimits());
        QString error;
        QVERIFY(store.open(&error));
        auto out = store.accept("m", "chair", chunk("u", 0, 0), 0);
        QVERIFY(out.ok() && out.created);
        QCOMPARE(out.upload->received, 0);
        qint64 at = 0;
        while (at < Bytes.size()) {
            const qint64 n = qMin<qint64>(700, Bytes.size() - at);
            out = store.accept("m", "chair", chunk("u", at, n), 1);
            QVERIFY2(out.ok(), qPrintable(out.detail));
            at += n;
            QCOMPARE(out.upload->received, at);
            if (at == 1400) { // the same chunk again: skipped
                out = store.accept("m", "chair", chunk("u", 700, 700), 2);
                QVERIFY(out.ok() && !out.complete);
                QCOMPARE(out.upload->received, 1400);
            }
        }
        QVERIFY(out.complete);
        QVERIFY(out.upload->ingesting);
        QFile f(out.upload->tempPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), Bytes);
        // Another participant's upload with the same id is another upload.
        QVERIFY(store.accept("m", "secretary", chunk("u", 0, 0), 3).created);
        const QString path = out.upload->tempPath;
        store.remove(UploadStore::keyOf("m", "chair", "u"));
        QVERIFY(!QFile::exists(path));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("failure");
        QTest::newRow("chunk too big") << 0 << 1001 << QString() << int(v1::ERROR_INVALID_ARGUMENT)
                                       << int(v1::UPLOAD_FAILURE_BAD_CHUNK);
        QTest::newRow("gap") << 10 << 10 << QString() << int(v1::ERROR_INVALID_ARGUMENT)
                             << int(v1::UPLOAD_FAILURE_BAD_CHUNK);
        QTest::newRow("gap past the end")
            << int(Bytes.size()) - 5 << 10 << QString() << int(v1::ERROR_INVALID_ARGUMENT)
            << int(v1::UPLOAD_FAILURE_BAD_CHUNK);
        QTest::newRow("bad hash form")
            << 0 << 10 << QString("abc") << int(v1::ERROR_INVALID_ARGUMENT)
            << int(v1::UPLOAD_FAILURE_BAD_CHUNK);
        QTest::newRow("hash mismatch")
            << 0 << -1 << QString(64, 'a') << int(v1::ERROR_INVALID_ARGUMENT)
            << int(v1::UPLOAD_FAILURE_HASH_MISMATCH);
    }

    void refusals()
    {
        QFETCH(int, offset);
        QFETCH(int, size);
        QFETCH(QString, declared);
        QFETCH(int, code);
        QFETCH(int, failure);
        const QString dir = m_dir.filePath(QString("refusal-%1").arg(QTest::currentDataTag()));
        UploadStore store(dir, smallLimits());
        QString error;
        QVERIFY(store.open(&error));
        UploadStore::Outcome out;
        if (size < 0) { // the whole file, chunk by chunk
            for (qint64 at = 0; at < Bytes.size() && (at == 0 || out.ok()); at += 1000)
                out = store.accept("m", "chair",
                    chunk("u", at, qMin<qint64>(1000, Bytes.size() - at), Bytes,
                        declared.toStdString()),
                    0);
        } else {
            if (offset > 0 && offset + size <= Bytes.size() && offset != 10)
                QVERIFY(store.accept("m", "chair", chunk("u", 0, 0), 0).ok());
            out = store.accept(
                "m", "chair", chunk("u", offset, size, Bytes, declared.toStdString()), 0);
        }
        QCOMPARE(int(out.code), code);
        QCOMPARE(int(out.failure), failure);
        QVERIFY(!out.upload);
        QCOMPARE(store.count(), 0);
        QVERIFY(QDir(dir).isEmpty()); // no partial file
    }

    void sizeAndCountLimits()
    {
        UploadStore store(m_dir.filePath("limits"), smallLimits());
        QString error;
        QVERIFY(store.open(&error));
        v1::UploadChunk big = chunk("big", 0, 0);
        big.set_total_size(100'001);
        QCOMPARE(store.accept("m", "chair", big, 0).failure, v1::UPLOAD_FAILURE_TOO_LARGE);
        QVERIFY(store.accept("m", "chair", chunk("1", 0, 0), 0).ok());
        QVERIFY(store.accept("m", "chair", chunk("2", 0, 0), 0).ok());
        const auto third = store.accept("m", "chair", chunk("3", 0, 0), 0);
        QCOMPARE(third.code, v1::ERROR_RATE_LIMITED);
        QCOMPARE(third.failure, v1::UPLOAD_FAILURE_TOO_MANY);
        QVERIFY(store.accept("m", "secretary", chunk("3", 0, 0), 0).ok()); // per participant
        // Declared fields may not change under way.
        v1::UploadChunk other = chunk("1", 0, 10);
        other.set_total_size(5000);
        QCOMPARE(store.accept("m", "chair", other, 0).failure, v1::UPLOAD_FAILURE_BAD_CHUNK);
        QCOMPARE(store.count(), 2);
        // An abandoned upload makes room at once.
        store.abandon(UploadStore::keyOf("m", "chair", "2"));
        QCOMPARE(store.count(), 1);
        QVERIFY(store.accept("m", "chair", chunk("3", 0, 0), 0).ok());
    }

    // While a worker ingests the bytes, nothing a tablet sends may delete them or free the
    // upload's place: a bad chunk, another declared hash, a gap, an abandon.
    void anUploadBeingIngestedStaysWhateverArrives()
    {
        UploadStore store(m_dir.filePath("ingesting"), smallLimits());
        QString error;
        QVERIFY(store.open(&error));
        UploadStore::Outcome out;
        for (qint64 at = 0; at < Bytes.size(); at += 1000)
            out = store.accept(
                "m", "chair", chunk("u", at, qMin<qint64>(1000, Bytes.size() - at)), 1);
        QVERIFY(out.complete);
        const QString temp = out.upload->tempPath;
        QVERIFY(QFile::exists(temp));

        v1::UploadChunk tooBig = chunk("u", 0, 0);
        tooBig.set_data(std::string(2000, 'x'));
        v1::UploadChunk otherHash = chunk("u", 0, 10);
        otherHash.set_sha256(std::string(64, 'b'));
        v1::UploadChunk overflowing = chunk("u", 0, 10);
        overflowing.set_offset(quint64(1) << 63);
        for (const v1::UploadChunk &stray :
            { tooBig, otherHash, overflowing, chunk("u", 5000, 10) }) {
            const auto answer = store.accept("m", "chair", stray, 2);
            QVERIFY(answer.ok());
            QCOMPARE(answer.upload->received, qint64(Bytes.size()));
        }
        store.abandon(UploadStore::keyOf("m", "chair", "u"));
        QCOMPARE(store.expire(10'000'000), 0);
        QVERIFY(QFile::exists(temp));
        QVERIFY(store.find(UploadStore::keyOf("m", "chair", "u")));
        // Its place is still taken: one more upload, not two.
        QVERIFY(store.accept("m", "chair", chunk("v", 0, 0), 3).ok());
        QCOMPARE(
            store.accept("m", "chair", chunk("w", 0, 0), 3).failure, v1::UPLOAD_FAILURE_TOO_MANY);
        // The ingest's end removes it.
        store.remove(UploadStore::keyOf("m", "chair", "u"));
        QVERIFY(!QFile::exists(temp));
    }

    // An offset beyond what is held is a gap, also one that would overflow a signed size.
    void overflowingOffsetsAreGaps()
    {
        UploadStore store(m_dir.filePath("overflow"), smallLimits());
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.accept("m", "chair", chunk("u", 0, 0), 0).ok());
        v1::UploadChunk wild = chunk("u", 0, 10);
        wild.set_offset(~quint64(0) - 3);
        QCOMPARE(store.accept("m", "chair", wild, 1).failure, v1::UPLOAD_FAILURE_BAD_CHUNK);
    }

    void idleUploadsAreDroppedWithTheirFiles()
    {
        const QString dir = m_dir.filePath("idle");
        UploadStore store(dir, smallLimits());
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.accept("m", "chair", chunk("old", 0, 500), 0).ok());
        QVERIFY(store.accept("m", "chair", chunk("new", 0, 500), 50'000).ok());
        QCOMPARE(store.expire(60'000), 0);
        QCOMPARE(store.expire(60'001), 1);
        QCOMPARE(store.count(), 1);
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 1);
        // The dropped one starts again from 0 when asked.
        const auto again = store.accept("m", "chair", chunk("old", 0, 0), 60'002);
        QVERIFY(again.created);
        QCOMPARE(again.upload->received, 0);
    }

    void openRemovesWhatAnEarlierRunLeft()
    {
        const QString dir = m_dir.filePath("restart");
        QDir().mkpath(dir);
        QFile left(QDir(dir).filePath("1234.part"));
        QVERIFY(left.open(QIODevice::WriteOnly));
        left.write("half");
        left.close();
        UploadStore store(dir, smallLimits());
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(QDir(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUploadStore)
#include "tst_uploadstore.moc"
