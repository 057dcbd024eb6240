// The rate limiter behind command and PIN limits, with time passed in.
#include "tokenbucket.h"

#include <QTest>

using namespace quorum;

class TestTokenBucket : public QObject
{
    Q_OBJECT
private slots:
    void burstThenRate()
    {
        TokenBucket bucket(5, 0.5); // the wrong-PIN limit: 5 at once, then one per 2 s
        qint64 t = 1000;
        for (int i = 0; i < 5; ++i)
            QVERIFY(bucket.take(t));
        QVERIFY(!bucket.take(t));
        QVERIFY(!bucket.take(t + 1999));
        QVERIFY(bucket.take(t + 2000));
        QVERIFY(!bucket.available(t + 2000));
        QVERIFY(bucket.available(t + 1'000'000));
        // Refill never exceeds the burst.
        for (int i = 0; i < 5; ++i)
            QVERIFY(bucket.take(t + 1'000'000));
        QVERIFY(!bucket.take(t + 1'000'000));
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
