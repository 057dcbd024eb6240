// The audit trail's hash chain.
#include "hashchain.h"

#include <QTest>

using namespace quorum;

class TestHashChain : public QObject
{
    Q_OBJECT

    static std::vector<hashchain::Link> chainOf(int n)
    {
        std::vector<hashchain::Link> chain;
        QByteArray previous = hashchain::genesis();
        for (int i = 0; i < n; ++i) {
            const QByteArray bytes = "event " + QByteArray::number(i);
            const QByteArray hash = hashchain::link(previous, bytes);
            chain.push_back({ bytes, previous, hash });
            previous = hash;
        }
        return chain;
    }

private slots:
    void intactChainVerifies()
    {
        QCOMPARE(hashchain::firstBroken(chainOf(0)), -1);
        QCOMPARE(hashchain::firstBroken(chainOf(50)), -1);
        QCOMPARE(hashchain::genesis().size(), 32);
    }

    void anyChangeIsFound_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("change");
        for (int index : { 0, 17, 49 }) {
            for (const char *change : { "byte", "hash", "previous", "remove", "swap" })
                QTest::addRow("%s at %d", change, index) << index << QString::fromLatin1(change);
        }
    }
    void anyChangeIsFound()
    {
        QFETCH(int, index);
        QFETCH(QString, change);
        auto chain = chainOf(50);
        const QByteArray head = chain.back().hash;
        int expected = index;
        if (change == QLatin1String("byte")) {
            chain[size_t(index)].eventBytes[0] = 'E';
        } else if (change == QLatin1String("hash")) {
            chain[size_t(index)].hash[3] = char(chain[size_t(index)].hash[3] ^ 1);
        } else if (change == QLatin1String("previous")) {
            chain[size_t(index)].previousHash[0] = char(chain[size_t(index)].previousHash[0] ^ 1);
        } else if (change == QLatin1String("remove")) {
            chain.erase(chain.begin() + index);
            if (index == 49) {
                // What is left of a chain cut at its end is a whole chain: every link verifies.
                // Only its head tells: it is not the head recorded before (the archive's
                // manifest signs it; tst_minutes "last event dropped" checks verify says so).
                QCOMPARE(hashchain::firstBroken(chain), -1);
                QCOMPARE(chain.size(), size_t(49));
                QVERIFY(chain.back().hash != head);
                return;
            }
        } else if (change == QLatin1String("swap")) {
            const int other = index == 49 ? 48 : index + 1;
            std::swap(chain[size_t(index)], chain[size_t(other)]);
            expected = std::min(index, other);
        }
        QCOMPARE(hashchain::firstBroken(chain), expected);
    }
};

QTEST_GUILESS_MAIN(TestHashChain)
#include "tst_hashchain.moc"
